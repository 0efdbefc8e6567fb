"""A printer's proof scanned: the page set inside a larger sheet whose head holds marks OCR
reads as junk over the page's running heads (``split.top_band.sheet_marks``): the heads are
kept out as running heads, not read as the article's titles; on a saved scanned page
(``tests/data/layouts-proof/``, made by ``tools/proof_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.pieces import body_size_of, build_pieces
from magpipe.split.roles import FURNITURE_MARGIN
from magpipe.split.top_band import sheet_head, sheet_marks

DATA = Path(__file__).parent / "data" / "layouts-proof"
HEADS = ("BẢN TIN HỘI HỮU NGHỊ", "FRIENDSHIP ASSOCIATION BULLETIN")


def _read() -> tuple[RepairArtifact, dict]:
    name = "sheet-marks-over-heads"
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


def test_the_registration_mark_over_the_heads_is_found_as_a_sheet_mark() -> None:
    page = _read()[0].pages[0]
    pieces = build_pieces(page.words, body_size_of(page.words))
    margin = FURNITURE_MARGIN * page.height
    marks = [p for p in pieces if id(p) in sheet_marks(pieces, margin)]
    assert [p.text.strip() for p in marks] == ["|"]
    heads_top = min(p.box[1] for p in pieces if "BULLETIN" in p.text)
    assert marks[0].box[3] == sheet_head(pieces, sheet_marks(pieces, margin)) < heads_top


def test_running_heads_under_a_proof_sheets_marks_are_kept_out_of_the_article() -> None:
    pages, _ = _read()
    blocks = split(pages, Config()).pages[0].blocks
    for head in HEADS:
        found = [b for b in blocks if head in b.text]
        assert len(found) == 1 and found[0].role == Role.HEADER, [(b.role, b.text[:40])
                                                                  for b in found]
    assert sum(b.role == Role.TITLE for b in blocks) == 2     # the article's two titles


def test_the_article_under_a_proof_sheets_heads_is_paired() -> None:
    pages, truth = _read()
    assert align_score(align(split(pages, Config()), Config()), truth, fuzzy=True
                       ).paired_right == 1
