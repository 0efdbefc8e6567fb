"""Words glued to a neighbour without a space (``toc(06/01/2005)``, ``hoc1.388``,
``nhanh.Nguoi``, ``an,o``, ``dua-Khen``) reach the decoder cut where the glue is, and come
back whole; initials, abbreviations, codes, URLs, compounds and OCR's digits for vowels stay
one word (``magpipe.repair.glued``; the table in ``tests/data/repair_glued_cases.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.repair import repair_text
from magpipe.repair.decoder import Decision
from magpipe.repair.glued import glued_parts
from magpipe.repair.slashes import CutLines

TABLE = Path(__file__).parent / "data" / "repair_glued_cases.json"
CASES = json.loads(TABLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_glued_case_gives_expected_text(case: dict) -> None:
    fixed, _changes = repair_text(case["input"], case["mode"])
    assert fixed == case["expected"]


@pytest.mark.parametrize(("word", "parts"), [
    ("toc(06/01/2005)", ["toc", "(06/01/2005)"]),
    ("hoc1.388", ["hoc", "1.388"]),
    ("nhanh.Nguoi", ["nhanh.", "Nguoi"]),
    ("an,o,", ["an,", "o,"]),
    ("bong:(co", ["bong:", "(co"]),
    ("dua-Khen", ["dua-", "Khen"]),
    ("(chuyen&", ["(chuyen", "&"]),
])
def test_a_glued_word_is_cut_at_its_joint_and_the_parts_give_it_back(word: str,
                                                                    parts: list[str]) -> None:
    assert glued_parts(word) == parts
    assert "".join(parts) == word


@pytest.mark.parametrize("word", ["P.Tan", "TP.HCM", "Q.3DT", "D1,", "H5N1", "R&D", "e.g.",
                                  "v.v.", "ca-lo", "Ba-ra-nung", "fly-cruise-hang", "ngu6i",
                                  "hoc1", "1,5", "8:30", "www.abc.vn", "ban@tphcm.gov.vn.",
                                  "nhanh.", "(Quoc)"])
def test_initials_codes_compounds_urls_and_ocr_digits_stay_one_word(word: str) -> None:
    assert glued_parts(word) is None


def test_decisions_on_glued_parts_become_one_change_of_the_word() -> None:
    cut = CutLines([["dang", "tang", "toc(06/01/2005)"]])
    words = cut.cut[0]
    assert words == ["dang", "tang", "toc", "(06/01/2005)"]
    decisions = [Decision(1, "tang", "tăng", 2.0, "stripped"),
                 Decision(2, "toc", "tốc", 1.5, "stripped")]
    joined = cut.joined(0, decisions)
    assert [(d.index, d.before, d.after) for d in joined] == [
        (1, "tang", "tăng"), (2, "toc(06/01/2005)", "tốc(06/01/2005)")]
