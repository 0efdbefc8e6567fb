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
from magpipe.text.caption_keys import caption_key, key_alone

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


def test_a_place_word_set_in_the_captions_own_type_stays_its_first_words() -> None:
    # the text layer prints ``(Trái)`` in the caption's roman, ``(Left)`` in its italics:
    # the caption names its photo by its place, and the words are the caption's
    result, aligned = _run("tail-english")
    assert not any(b.role == Role.LABEL for p in result.pages for b in p.blocks)
    captions = [c for a in aligned.articles for c in a.captions]
    assert len(captions) == 2
    assert {(c.vi or "")[:7] for c in captions} == {"(Trái) ", "(Phải) "}
    assert {(c.en or "")[:7] for c in captions} == {"(Left) ", "(Right)"}


@pytest.mark.parametrize(("data", "name"), [("layouts-gallery", "numbers-gathered"),
                                            ("layouts-pairs", "scanned-credits")])
def test_a_key_set_apart_or_of_unknown_weight_is_a_label_and_no_part_of_the_caption(
        data: str, name: str) -> None:
    # the gallery's bold ``1 -`` before a roman caption; a scan's ``Trái:``, whose weight OCR
    # does not read: each a label block of its own, the caption's text without it
    result = split(RepairArtifact.load(DATA.parent / data / f"{name}.repair.json"), Config())
    blocks = [b for p in result.pages for b in p.blocks]
    labels = [b for b in blocks if b.role == Role.LABEL and key_alone(b.text)]
    captions = [b for b in blocks if b.role == Role.CAPTION]
    assert len(labels) >= 4
    assert not any(caption_key(b.text) for b in captions)
    aligned = align(result, Config())
    texts = [t for a in aligned.articles for c in a.captions for t in (c.vi, c.en) if t]
    assert len(texts) >= 4 and not any(caption_key(t) for t in texts)
