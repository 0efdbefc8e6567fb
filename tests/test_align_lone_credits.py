"""A credit read on its own after its caption's other half (``magpipe.align.lone_credits``),
and a credit line OCR doubted for its name in capitals (``magpipe.split.credit_lines``): on a
scanned page saved from the layout bench (``tests/data/layouts-scan-captions/``, made by
``tools/scan_captions_test_data.py``) and on small made-up drafts."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.align.caption_halves import CaptionDraft
from magpipe.align.lone_credits import lone_credits_placed
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.artifacts.records import Source
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-scan-captions"


def test_doubted_credit_read_after_the_english_half_closes_the_vietnamese_one() -> None:
    """``feature-1-scanned`` page 2: ``Toàn cảnh ...`` / ``Ảnh: KHÁNH LY`` (its name read at
    confidence 3) and ``Overview ...`` / ``(Photo: KHANH LY)``, each credit flush right under
    its half, read half, half, credit, credit."""
    artifact = RepairArtifact.load(DATA / "doubted_credit.repair.json")
    truth = json.loads((DATA / "doubted_credit.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    credit = next(b for p in result.pages for b in p.blocks if b.text == "Ảnh: KHÁNH LY")
    assert credit.role == Role.CREDIT
    truth["articles"] = [dict(a, captions=[c for c in a["captions"]
                                           if c["en"] == "Overview of the meeting."])
                         for a in truth["articles"]]
    found = align_score(align(result, Config()), truth, fuzzy=True)
    assert (found.captions, found.captions_right) == (1, 1)


def _draft(box, lang: str, **fields) -> CaptionDraft:
    return CaptionDraft(sources=(Source(page=1, box=box, block=f"b{box[1]}", lang=lang),),
                        **fields)


def test_lone_credit_goes_to_the_half_it_sits_under() -> None:
    vi = _draft((30.0, 380.0, 160.0, 389.0), "vi", vi="Toàn cảnh chương trình làm việc.")
    en = _draft((30.0, 406.0, 130.0, 414.0), "en", en="Overview of the meeting.",
                credit_en="KHANH LY")
    lone = _draft((560.0, 392.0, 620.0, 399.0), "vi", credit="KHÁNH LY")
    out = lone_credits_placed([vi, en, lone], {})
    assert [(d.vi, d.credit, d.en, d.credit_en) for d in out] == [
        ("Toàn cảnh chương trình làm việc.", "KHÁNH LY", None, None),
        (None, None, "Overview of the meeting.", "KHANH LY")]


def test_lone_credit_far_from_any_half_of_its_language_stays_alone() -> None:
    vi = _draft((30.0, 380.0, 160.0, 389.0), "vi", vi="Toàn cảnh chương trình làm việc.")
    lone = _draft((560.0, 600.0, 620.0, 607.0), "vi", credit="KHÁNH LY")
    assert lone_credits_placed([vi, lone], {}) == [vi, lone]
