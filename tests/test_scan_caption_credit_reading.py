"""A caption's credit read whole where OCR put something into it: a speck read as a word
between its name's words (split leaves it out of the caption, ``split.line_dust``), the
space after ``by`` lost (``Photo byLAMAI``, ``text.credit_labels``), a digit for a letter
(``GI4NG``, ``align.credit_slips``); and a caption half whose row OCR cut in two read whole
(``align.caption_runs``). Split and align on
scanned pages saved from the layout bench (``tests/data/layouts-scan-captions/``, made by
``tools/scan_captions_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.align.photos import credit_cut
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.text.credit_labels import as_printed

DATA = Path(__file__).parent / "data" / "layouts-scan-captions"


def _load(name: str) -> tuple[RepairArtifact, dict]:
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


def _caption_right(artifact: RepairArtifact, truth: dict, opening: str) -> bool:
    articles = [dict(a, captions=[c for c in a["captions"] if (c["vi"] or "").startswith(opening)])
                for a in truth["articles"]]
    assert sum(len(a["captions"]) for a in articles) == 1
    aligned = align(split(artifact, Config()), Config())
    return align_score(aligned, dict(truth, articles=articles), fuzzy=True).captions_right == 1


def test_speck_after_a_credits_first_word_leaves_its_name_whole() -> None:
    # ``Ảnh: TRÍ -`` / ``DŨNG``: the ``-`` is a point across, in a line 11 pt high
    artifact, truth = _load("dust_credit")
    credits = [b.text for p in split(artifact, Config()).pages for b in p.blocks
               if b.role == "credit"]
    assert "Ảnh: TRÍ DŨNG" in credits
    assert _caption_right(artifact, truth, "Đồng chí Nguyễn Cảnh Toàn, Phó Bí thư")


def test_credit_whose_name_ran_into_by_is_read() -> None:
    assert as_printed("Overview of the meeting. Photo byLAMAI") == \
        "Overview of the meeting. Photo by LAMAI"
    assert credit_cut("Overview of the meeting. Photo byLAMAI", "en")[1] == "LAMAI"
    # a word that opens with ``by`` in small letters is left alone
    assert as_printed("a bypass and byways") == "a bypass and byways"


def test_caption_beside_its_photo_whose_credit_line_split_took_for_a_label() -> None:
    # ``Overview of the meeting. Photo`` (a byline) over ``byLAMAI`` (a label), right of the
    # photo whose left side holds the Vietnamese caption
    artifact, truth = _load("glued_by")
    assert _caption_right(artifact, truth, "Toàn cảnh buổi làm việc")


def test_caption_half_whose_row_ocr_cut_in_two_is_read_whole_with_its_credit() -> None:
    # ``... China, within`` | ``the framework of ... December 2025.`` under ``Pboto: VU GIU4NG``;
    # the Vietnamese half credited ``(Ảnh: VŨ GI4NG)``
    artifact, truth = _load("row_cut")
    assert _caption_right(artifact, truth, "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy hội đàm")
