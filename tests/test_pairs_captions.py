"""A row of photos across the page with one caption group per language under it, each caption
opened by its photo's place word (the ``pairs`` layout family): split and align from saved
pages (``tests/data/layouts-pairs/``, made by ``tools/pairs_test_data.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.artifacts.records import AlignArtifact
from magpipe.config import Config
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-pairs"


def _run(name: str) -> tuple[SplitArtifact, AlignArtifact]:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    return result, align(result, Config())


@pytest.mark.parametrize(("name", "tail"), [
    ("tail-english", "between Lang Son and French partners."),
    ("tail-vietnamese", "hoá, quảng bá du lịch địa phương."),
])
def test_a_paragraphs_last_line_opening_a_column_under_the_rows_captions_stays_body(
        name: str, tail: str) -> None:
    result, aligned = _run(name)
    block = next(b for p in result.pages for b in p.blocks if b.text.strip() == tail)
    assert block.role == Role.BODY
    captions = [c for a in aligned.articles for c in a.captions]
    assert captions and not any(tail in (c.vi or "") + (c.en or "") for c in captions)
    # the paragraph it ends is read whole, with its twin
    assert any(tail in (p.vi or "") + (p.en or "") for a in aligned.articles
               for p in a.paragraphs)


@pytest.mark.parametrize(("name", "credits"), [
    ("scanned-credits", {"Toàn cảnh buổi Hội kiến": ("TRÍ DŨNG", "TRI DUNG"),
                         "Gian hàng của tỉnh": ("KIỀU ANH", "KIEU ANH")}),
    ("scanned-misread", {"Đồng chí Nguyễn Cảnh Toàn": ("TRÍ DŨNG", "TRI DUNG")}),
])
def test_each_credit_on_a_line_under_its_caption_names_that_captions_photographer(
        name: str, credits: dict[str, tuple[str, str]]) -> None:
    _, aligned = _run(name)
    captions = [c for a in aligned.articles for c in a.captions]
    for opening, (vi, en) in credits.items():
        caption = next(c for c in captions if c.vi and opening in c.vi)
        assert (caption.credit, caption.credit_en) == (vi, en)
