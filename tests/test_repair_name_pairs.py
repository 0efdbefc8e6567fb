"""A title-case word's bare neighbours in stripped text (``magpipe.repair.name_pairs``):
the reading the corpora write beside a name wins over the one commoner alone."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest
from magpipe.repair import lm, repair_text
from magpipe.repair.name_pairs import LOWER, OPENING, TITLE, NamePairs
from magpipe.repair.options import neighbours_of
from magpipe.repair.words import split_token
from magpipe.text.vietnamese import strip_diacritics

CASES = Path(__file__).parent / "data" / "repair_name_pair_cases.json"
shipped = pytest.mark.skipif(lm.load() is None or not lm.load().pairs,
                             reason="no language model built")


def test_neighbours_are_read_only_beside_a_title_case_word_inside_a_sentence() -> None:
    words = "Le hoi Phu Day o Nam Dinh, Ha Noi va cac tinh. Lan di. Hai Tinh moi".split()
    near = neighbours_of(words, [split_token(w) for w in words])
    assert near[1] == ("", "phu", LOWER) and near[2] == ("hoi", "day", TITLE)
    assert near[3] == ("phu", "", TITLE)
    assert near[4] == ("", "nam", LOWER) and near[5] == ("o", "dinh", TITLE)
    assert near[6] == ("nam", "", TITLE)
    assert near[7] == ("", "noi", TITLE) and near[8] == ("ha", "", TITLE)   # not across `Dinh,`
    assert near[0] is None and near[9] is None and near[12] is None      # `tinh. Lan`: no
    # a word that opens its sentence has the sentence's capital: its own shape
    assert near[14] == ("", "tinh", OPENING) and near[15] == ("hai", "", TITLE)


def test_pair_odds_prefer_the_syllable_seen_beside_the_bare_neighbour(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv.gz"
    rows = ("phủ\tdầy\t1\t30\t0\nphú\tyên\t0\t900\t40\nhội\tphú\t20\t0\t5\n"
            "cô\tlan\t50\t0\t10\ncó\tlan\t5\t0\t0\n")
    path.write_bytes(gzip.compress(rows.encode("utf-8")))
    sightings = {"phủ": (4000, 100), "phú": (300, 3000), "cô": (5000, 10),
                 "có": (90000, 900), "dầy": (20, 40), "lan": (100, 300), "phũ": (3, 0)}
    pairs = NamePairs(path, sightings)
    after = pairs.after(["phủ", "phú", "phũ"], "day", TITLE)       # Phủ Dầy, though Phú is
    assert after is not None and after[0] > max(after[1:])        # commoner in title case
    # a syllable never read in title case has the odds of the bare form after any one
    assert after[2] == pytest.approx(math.log(2.0 * 30 / 4350 / 2.0))
    after = pairs.after(["cô", "có"], "lan", LOWER)
    assert after is not None and after[0] > after[1]
    before = pairs.before("hoi", ["phú", "phủ"])
    assert before is not None and before[0] > before[1]
    # no reading seen beside the neighbour: no odds (the table says nothing of it)
    assert pairs.after(["phủ", "phú"], "singapore", TITLE) is None
    assert pairs.before("di", ["phủ", "phú"]) is None


@shipped
@pytest.mark.parametrize("case", json.loads(CASES.read_text(encoding="utf-8")),
                         ids=lambda case: "-".join(case["words"]))
def test_stripped_names_read_as_the_corpora_write_them_beside_each_other(case: dict) -> None:
    """A paragraph long enough to be stripped text (``language.BARE_MIN`` words); the
    names it checks are read right (the rest of it is the decoder's business)."""
    words = case["text"].split()
    out = repair_text(strip_diacritics(case["text"]))[0].split()
    assert len(out) == len(words)
    for name in case["words"]:
        at = words.index(name)
        assert out[at] == name, case["why"]
