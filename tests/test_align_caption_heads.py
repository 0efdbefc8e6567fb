"""A caption's first lines that the split stage read as body or aside text (set just over the
caption's last line, within the same width, not closing a sentence) are read with the caption:
its twin is found and the article keeps none of it; a paragraph closed by a full stop over a
caption, or set far above it, stays in the article."""

from __future__ import annotations

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.caption_heads import caption_heads
from magpipe.config import Config

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
