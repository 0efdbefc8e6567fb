"""The many-typeface confusion model: what English-only OCR makes of letters and letter groups
(``những`` -> ``nhifng``, ``được`` -> ``duc``), learned from typefaces other than the ones
held out for the bench, and used by the candidate search."""

from __future__ import annotations

import pytest
from magpipe.repair import lexicon
from magpipe.repair.candidate_index import index_for
from magpipe.repair.candidates import CandidateFinder
from magpipe.repair.lexicon.model import DAMAGED

# (true syllable, what English-only Tesseract read on some typeface)
MULTI_LETTER = [("những", "nhifng"), ("thức", "thifc"), ("chức", "chifc"), ("được", "duc"),
                ("được", "dugc"), ("ở", "6"), ("ở", "é"), ("với", "véi"), ("với", "vdi"),
                ("Những", "Nhifng")]


@pytest.fixture(scope="module")
def model():
    return lexicon.load()


@pytest.mark.parametrize(("letter", "piece"), [("ữ", "if"), ("ứ", "if"), ("ợ", ""),
                                                ("ợ", "g"), ("ở", "6"), ("ớ", "é")])
def test_damaged_channel_holds_the_learned_confusion(model, letter: str, piece: str) -> None:
    assert model.channels[DAMAGED][letter][piece] > -6.0, (letter, piece)


@pytest.mark.parametrize(("syllable", "seen"), MULTI_LETTER)
def test_candidate_search_proposes_the_true_syllable(model, syllable: str, seen: str) -> None:
    searched = CandidateFinder(model).search(seen, DAMAGED)
    assert syllable.lower() in [s for s, _lp, _fuzzy in searched]
    indexed = CandidateFinder(model, index_for(model)).candidates(seen, DAMAGED)
    assert indexed == searched


def test_learned_and_held_out_typefaces_never_meet() -> None:
    from tools import typefaces
    learned = {typefaces.FACES[p.face].family for p in typefaces.learning_prints()}
    held_out = {typefaces.FACES[p.face].family for p in typefaces.held_out_prints()}
    assert learned == set(typefaces.LEARNED_FAMILIES)
    assert held_out == set(typefaces.HELD_OUT_FAMILIES)
    assert not learned & held_out


def test_learning_prints_cover_sizes_styles_and_degradations() -> None:
    from tools import typefaces
    prints = typefaces.learning_prints()
    faces = [typefaces.FACES[p.face] for p in prints]
    assert {f.style for f in faces} == {"regular", "bold", "italic"}
    assert {f.serif for f in faces} == {True, False}
    assert {p.size for p in prints} >= {8.0, 14.0}
    assert {p.degrade for p in prints} == set(typefaces.DEGRADATIONS)
