"""A caption's first lines that the split stage read as body or aside text (set just over the
caption's last line, within the same width, not closing a sentence) are read with the caption:
its twin is found and the article keeps none of it; a paragraph closed by a full stop over a
caption, or set far above it, stays in the article."""

from __future__ import annotations

import json
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.caption_heads import caption_heads
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import FUZZY_RATIO
from magpipe.split import split
from magpipe.text.folding import unmarked
from rapidfuzz import fuzz

SCANS = Path(__file__).parent / "data" / "layouts-scan-captions"   # scan_captions_test_data

VI_BODY = "Ngày 27/11/2025, tại trụ sở Tỉnh uỷ, đồng chí Hoàng Quốc Khánh đã tiếp Đoàn đại biểu."
EN_BODY = "On November 27, 2025, at the headquarters, Mr. Hoang Quoc Khanh received the delegation."
VI_HEAD = "Đồng chí Nguyễn Cảnh Toàn, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh tiếp đồng chí Vi Thao,"
VI_TAIL = "Chủ tịch Khu tự trị Quảng Tây - tháng 11/2025. Ảnh: TRÍ DŨNG"
EN_HEAD = "Mr. Nguyen Canh Toan, Deputy Secretary of the Provincial Party Committee, received"
EN_TAIL = "Mr. Vi Thao, Chairman of the Guangxi Region - November 2025. Photo: TRI DUNG"


def _page(lang: str, title: str, body: str, head: str, tail: str, head_role: str,
          head_box=(50.0, 700.0, 560.0, 718.0)) -> list[tuple]:
    return [(lang, "title", title, (50.0, 60.0, 560.0, 80.0)),
            (lang, "body", body, (50.0, 100.0, 560.0, 160.0)),
            (lang, head_role, head, head_box),
            (lang, "caption", tail, (120.0, 721.0, 490.0, 729.0))]


def _split(head_box=(50.0, 700.0, 560.0, 718.0), vi_head: str = VI_HEAD):
    return make_split([
        _page("vi", "CHỦ TỊCH KHU TỰ TRỊ QUẢNG TÂY HỘI KIẾN BÍ THƯ TỈNH UỶ", VI_BODY, vi_head,
              VI_TAIL, "body", head_box),
        _page("en", "CHAIRMAN OF GUANGXI MEETS THE PROVINCIAL PARTY SECRETARY", EN_BODY, EN_HEAD,
              EN_TAIL, "aside", head_box)], name="heads")


def test_caption_first_lines_read_as_text_are_read_with_their_caption():
    out = align(_split(), Config())
    (article,) = out.articles
    (caption,) = article.captions
    assert caption.vi == f"{VI_HEAD} {VI_TAIL.removesuffix(' Ảnh: TRÍ DŨNG')}"
    assert caption.en == f"{EN_HEAD} {EN_TAIL.removesuffix(' Photo: TRI DUNG')}"
    assert (caption.credit, caption.credit_en) == ("TRÍ DŨNG", "TRI DUNG")
    assert [(p.vi, p.en) for p in article.paragraphs] == [(VI_BODY, EN_BODY)]


def test_a_closed_paragraph_or_one_set_far_above_a_caption_is_no_caption_head():
    closed = _split(vi_head=VI_HEAD.rstrip(",") + ".")
    assert caption_heads(closed.pages[0]) == frozenset()
    far = _split(head_box=(50.0, 600.0, 560.0, 618.0))
    assert all(caption_heads(page) == frozenset() for page in far.pages)
    narrow = _split(head_box=(200.0, 700.0, 400.0, 718.0))     # the caption sticks out of it
    assert all(caption_heads(page) == frozenset() for page in narrow.pages)


def test_scanned_caption_head_whose_box_overlaps_the_next_line_is_read_with_it():
    """``digest-1-scanned`` page 2: a caption's first line, across the page under a wide photo,
    read as body text apart from its second line, whose OCR box starts over its foot."""
    artifact = RepairArtifact.load(SCANS / "overlapping_head.repair.json")
    truth = json.loads((SCANS / "overlapping_head.truth.json").read_text(encoding="utf-8"))
    wanted = next(c for a in truth["articles"] for c in a["captions"]
                  if c["vi"].startswith("Đồng chí Nguyễn Cảnh Toàn, Phó Bí thư"))
    captions = [c for a in align(split(artifact, Config()), Config()).articles
                for c in a.captions]
    # the scan's text differs from the truth's by an OCR slip or two (``Khu tỷ``)
    assert any(c.vi and fuzz.ratio(unmarked(c.vi), unmarked(wanted["vi"])) >= FUZZY_RATIO
               and c.credit == wanted["credit"] for c in captions)


def test_text_over_a_narrow_caption_of_several_lines_is_no_caption_head():
    """photo-essay-2-digital at seed 4700: a paragraph across the page whose English ends
    without its stop, set over the English caption of the photo under it (a narrow box of
    several lines at the page's left), stays text: a caption's lines share one measure, so
    the caption is no centred last line of it. A one-line caption, centred under it as
    narrow, still is (the first test)."""
    head_box = (50.0, 600.0, 560.0, 640.0)          # three lines across the page
    caption_box = (50.0, 655.0, 230.0, 735.0)       # seven lines, a third of the width
    page = make_split([[("en", "title", "THE DELEGATION", (50.0, 60.0, 560.0, 80.0)),
                        ("en", "body", EN_HEAD, head_box),
                        ("en", "caption", EN_TAIL, caption_box)]]).pages[0]
    assert caption_heads(page) == frozenset()
    one_line = make_split([[("en", "body", EN_HEAD, (50.0, 620.0, 560.0, 640.0)),
                            ("en", "caption", EN_TAIL, (150.0, 643.0, 460.0, 651.0))]])
    assert caption_heads(one_line.pages[0]) == frozenset({"p1-b0"})
