"""The clause-end odds: punctuation read as a clause end, counted as a word of the language
model, and the odds of an end added to the word before it (``magpipe.repair.clause_ends``)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from magpipe.repair import lexicon, lm
from magpipe.repair.clause_ends import end_ids, with_ends
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.repair.lm import BOS, END_COMMA, END_STOP, end_of
from magpipe.text.vietnamese import strip_diacritics

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.build_lm import vocabulary  # noqa: E402
from tools.lm_corpus import Encoder  # noqa: E402

TABLE = Path(__file__).parent / "data" / "repair_clause_end_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))

shipped = pytest.mark.skipif(lm.load() is None or not lm.load().end_rates,
                             reason="no language model with clause ends built")


@pytest.mark.parametrize(("trail", "end"), [
    (",", END_COMMA), (";", END_COMMA), (":", END_COMMA), ("),", END_COMMA),
    (".", END_STOP), ('."', END_STOP), ("!", END_STOP), ("?", END_STOP), ("...", END_STOP),
    ("…", END_STOP), (")", None), ('"', None), ("", None), ("-", None)])
def test_trailing_punctuation_marks_the_clause_end_it_ends(trail: str, end: str | None
                                                           ) -> None:
    assert end_of(trail) == end


def test_the_corpora_are_counted_with_the_end_before_the_break() -> None:
    vocab = vocabulary()
    names = {i: w for w, i in vocab.items()}
    out: list[int] = []
    Encoder(vocab).encode("Anh chạy nhanh lắm, không ai (thật) theo kịp.", out)
    assert [names[i] for i in out] == [
        "<s>", "anh", "chạy", "nhanh", "lắm", END_COMMA, "<s>", "không", "ai", "<s>", "thật",
        "<s>", "theo", "kịp", END_STOP, "<s>"]


@shipped
def test_the_shipped_model_knows_which_word_ends_a_clause() -> None:
    model = lm.load()
    assert model is not None
    assert set(model.end_rates) == {END_COMMA, END_STOP}
    assert all(0.005 < rate < 0.2 for rate in model.end_rates.values())
    comma, i = model.ids[END_COMMA], model.id_of
    # `nhanh lắm,` ends a clause far more often than `nhanh làm,`
    assert (model.logp(i("nhanh"), i("lắm"), comma)
            > model.logp(i("nhanh"), i("làm"), comma) + 2.0)
    assert model.logp(BOS, i("quận"), comma) > math.log(model.end_rates[END_COMMA])


@shipped
def test_an_end_found_from_its_history_row_has_the_searched_log_probability() -> None:
    """``end_logp`` (the stored trigram found from its history's row) equals ``logp_many``
    (the search) for histories with a stored end, without one, unseen pairs and BOS."""
    model = lm.load()
    assert model is not None
    rng = np.random.default_rng(7)
    low = np.uint64((1 << lm.ID_BITS) - 1)
    stored = model._tri[rng.integers(0, len(model._tri), 20_000)]
    size = len(model.ids)
    h2 = np.concatenate([(stored >> np.uint64(2 * lm.ID_BITS)).astype(np.int64),
                         rng.integers(0, size, 5_000), np.full(500, BOS)])
    h1 = np.concatenate([((stored >> np.uint64(lm.ID_BITS)) & low).astype(np.int64),
                         rng.integers(3, size, 5_000), rng.integers(3, size, 500)])
    h1[-100:] = BOS
    ends = np.array([model.ids[END_COMMA], model.ids[END_STOP]])[rng.integers(0, 2, len(h1))]
    found = model._ends
    assert (found >= 0).sum() > 10_000
    np.testing.assert_array_equal(model.end_logp(h2, h1, ends), model.logp_many(h2, h1, ends))


@shipped
def test_the_end_odds_change_only_the_words_before_a_clause_end() -> None:
    decoder = Decoder(lexicon.load(), lm.load())
    words = strip_diacritics("ở các quận, huyện và xã").split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    where = [k for k, s in enumerate(slots) if s is not None]
    run = [slots[k] for k in where]
    starts = [k == 0 for k in range(len(run))]
    breaks = [bool(parts[k][2]) for k in where]
    ends = end_ids(decoder.lm, [end_of(parts[k][2]) for k in where])
    assert ends[2] >= 0 and ends.count(-1) == len(ends) - 1
    plain = decoder.lattice.scores(run, [priors[k] for k in where], starts, breaks,
                                   Evidence.none())
    ended = with_ends(plain, run, starts, breaks, ends, decoder.tables)
    for u in range(len(run)):
        if u != 2:
            np.testing.assert_array_equal(ended.step(u), plain.step(u))
    odds = ended.step(2) - plain.step(2)
    assert np.all(odds[..., 0] == 0.0)                   # keeping the word as it is
    assert odds.max() == 0.0          # counted from the best reading: none beats keeping
    texts = run[2].texts
    assert odds[0, 0, texts.index("quận")] > odds[0, 0, texts.index("quản")]
    assert with_ends(plain, run, starts, breaks, [-1] * len(run), decoder.tables) is plain


@shipped
def test_the_end_odds_added_in_place_equal_those_added_to_a_copy() -> None:
    """The decoder adds the odds to its fresh scores in place: the same scores, bit for
    bit, as a copy given them, over a paragraph with several ends, breaks and words kept."""
    decoder = Decoder(lexicon.load(), lm.load())
    words = strip_diacritics("Ông Nam nói: ở các quận, huyện và xã (nội thành) dân "
                             "đã về. Hôm nay trời mưa to, gió lớn!").split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    where = [k for k, s in enumerate(slots) if s is not None]
    run = [slots[k] for k in where]
    starts = [k in (0, 7) for k in range(len(run))]
    breaks = [bool(parts[k][2]) for k in where]
    ends = end_ids(decoder.lm, [end_of(parts[k][2]) for k in where])
    assert sum(e >= 0 for e in ends) >= 4

    def plain():
        return decoder.lattice.scores(run, [priors[k] for k in where], starts, breaks,
                                      Evidence.none())

    copied = with_ends(plain(), run, starts, breaks, ends, decoder.tables)
    fresh = plain()
    in_place = with_ends(fresh, run, starts, breaks, ends, decoder.tables, in_place=True)
    assert in_place is fresh
    np.testing.assert_array_equal(in_place.pairs, copied.pairs)
    np.testing.assert_array_equal(in_place.rows, copied.rows)
    assert not np.array_equal(copied.pairs, plain().pairs)


@shipped
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_stripped_text_reads_the_words_before_punctuation(case: dict) -> None:
    """Each case: a stripped paragraph whose listed words the clause-end odds read right,
    and the same decoder without them reads otherwise (the odds are what settles them).
    Both without the confusion sets' classifier, which reads ``lắm.`` right by itself
    (``khó lắm``, ``nhanh lắm`` are common): the odds are what is checked here."""
    model, trigram = lexicon.load(), lm.load()
    truth = case["text"].split()
    stripped = strip_diacritics(case["text"])
    read = {}
    for weight in (0.0, None):
        decoder = (Decoder(model, trigram, context_weight=0.0) if weight is None
                   else Decoder(model, trigram, end_weight=weight, context_weight=0.0))
        out = stripped.split()
        for d in decoder.decode(stripped.split(), DAMAGED):
            out[d.index] = d.after
        read[weight] = out
    for word in case["settled"]:
        at = truth.index(word)
        assert read[None][at] == word
        assert read[0.0][at] != word
