"""Captions paired by the photo they sit under (``PageLayout.images``): text under a photo that
names its photographer is read as the photo's caption, whatever role split gave it; text under a
photo naming nobody stays in the article; the Vietnamese and English captions under one photo
are one caption even when the reading order puts another photo's caption between them."""

from __future__ import annotations

from dataclasses import replace

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.captions import read_captions
from magpipe.align.photos import photo_of, twin_photos
from magpipe.config import Config

VI_BODY = "Ngày 27/11/2025, tại trụ sở Tỉnh uỷ, đồng chí Hoàng Quốc Khánh đã tiếp Đoàn đại biểu."
EN_BODY = "On November 27, 2025, at the headquarters, Mr. Hoang Quoc Khanh received the delegation."
VI_CAPTION = "Đoàn đại biểu tỉnh xuất cảnh qua cửa khẩu quốc tế Hữu Nghị."
EN_CAPTION = "The provincial delegation exits the country via the Huu Nghi Border Gate."
PHOTO = (300.0, 150.0, 560.0, 260.0)


def _page(lang: str, title: str, body: str, caption: str, credit: str, caption_role: str,
          credit_role: str) -> list[tuple]:
    """A title, a paragraph beside a photo, the caption under the photo and its credit on a
    line of its own, right-aligned under it."""
    return [(lang, "title", title, (50.0, 60.0, 560.0, 80.0)),
            (lang, "body", body, (50.0, 150.0, 286.0, 400.0)),
            (lang, caption_role, caption, (300.0, 264.0, 540.0, 274.0)),
            (lang, credit_role, credit, (490.0, 275.0, 560.0, 285.0))]


def _split(vi_credit: str = "Nguồn: VŨ GIANG", en_credit: str = "Source: VU GIANG"):
    split = make_split([
        _page("vi", "CHỦ TỊCH KHU TỰ TRỊ QUẢNG TÂY HỘI KIẾN BÍ THƯ TỈNH UỶ", VI_BODY,
              VI_CAPTION, vi_credit, "body", "byline"),
        _page("en", "CHAIRMAN OF GUANGXI MEETS THE PROVINCIAL PARTY SECRETARY", EN_BODY,
              EN_CAPTION, en_credit, "aside", "byline")], name="photos")
    return replace(split, pages=tuple(replace(p, images=(PHOTO,)) for p in split.pages))


def test_text_under_a_photo_naming_its_photographer_is_the_photos_caption():
    (article,) = align(_split(), Config()).articles
    (caption,) = article.captions
    assert (caption.vi, caption.en, caption.credit, caption.credit_en) == (
        VI_CAPTION, EN_CAPTION, "VŨ GIANG", "VU GIANG")
    assert [(p.vi, p.en) for p in article.paragraphs] == [(VI_BODY, EN_BODY)]


def test_text_under_a_photo_naming_nobody_stays_in_the_article():
    (article,) = align(_split(vi_credit="Lạng Sơn, tháng 11/2025.",
                              en_credit="Lang Son, November 2025."), Config()).articles
    assert article.captions == ()
    assert VI_CAPTION in " ".join(p.vi or "" for p in article.paragraphs)


def test_captions_of_two_photos_read_out_of_order_are_paired_by_their_photo():
    left, right = (40.0, 100.0, 260.0, 250.0), (280.0, 100.0, 500.0, 250.0)
    split = make_split([[
        ("vi", "caption", "Toàn cảnh buổi tiếp. Ảnh: TRẦN HẢI", (40.0, 254.0, 260.0, 264.0)),
        ("en", "caption", "The two delegations. Photo: TRAN HAI", (280.0, 254.0, 500.0, 264.0)),
        ("vi", "caption", "Hai đoàn đại biểu. Ảnh: TRẦN HẢI", (280.0, 268.0, 500.0, 278.0)),
        ("en", "caption", "Overview of the meeting. Photo: TRAN HAI", (40.0, 268.0, 260.0, 278.0)),
    ]])
    blocks = list(enumerate(split.pages[0].blocks))
    caps = read_captions(blocks, photos={1: (left, right)})
    assert sorted((c.vi, c.en) for c in caps) == [
        ("Hai đoàn đại biểu.", "The two delegations."),
        ("Toàn cảnh buổi tiếp.", "Overview of the meeting.")]
    assert {c.photo for c in caps} == {left, right}


def test_a_caption_sits_under_or_beside_the_nearest_photo_in_its_column():
    photos = ((40.0, 100.0, 260.0, 250.0), (280.0, 100.0, 500.0, 250.0))
    assert photo_of((40.0, 254.0, 250.0, 270.0), photos) == 0         # under the left one
    assert photo_of((290.0, 256.0, 480.0, 270.0), photos) == 1        # under the right one
    assert photo_of((505.0, 120.0, 560.0, 200.0), photos) == 1        # beside the right one
    assert photo_of((40.0, 300.0, 250.0, 320.0), photos) is None      # far below: text
    assert twin_photos((0.0, 0.0, 200.0, 100.0), (50.0, 50.0, 350.0, 200.0))
    assert not twin_photos((0.0, 0.0, 200.0, 100.0), (0.0, 0.0, 100.0, 100.0))


def test_a_credit_name_wrapped_under_its_caption_completes_the_credit():
    def page(lang, title, body, caption, rest):
        items = [(lang, "title", title, (50.0, 60.0, 560.0, 80.0)),
                 (lang, "body", body, (50.0, 300.0, 560.0, 400.0)),
                 (lang, "caption", caption, (300.0, 264.0, 560.0, 274.0))]
        return items + ([(lang, "body", rest, (300.0, 277.0, 330.0, 285.0))] if rest else [])

    split = make_split([
        page("vi", "CHỦ TỊCH KHU TỰ TRỊ QUẢNG TÂY HỘI KIẾN BÍ THƯ TỈNH UỶ", VI_BODY,
             f"{VI_CAPTION} Ảnh: Phạm Hương", None),
        page("en", "CHAIRMAN OF GUANGXI MEETS THE PROVINCIAL PARTY SECRETARY", EN_BODY,
             f"{EN_CAPTION} Photo: PHAM", "HUONG")], name="wrapped")
    split = replace(split, pages=tuple(replace(p, images=(PHOTO,)) for p in split.pages))
    (article,) = align(split, Config()).articles
    (caption,) = article.captions
    assert (caption.vi, caption.en, caption.credit, caption.credit_en) == (
        VI_CAPTION, EN_CAPTION, "Phạm Hương", "PHAM HUONG")
    assert [(p.vi, p.en) for p in article.paragraphs] == [(VI_BODY, EN_BODY)]


def test_a_long_paragraph_under_a_photo_closed_by_its_source_stays_text():
    body = " ".join([VI_BODY] * 8) + " Nguồn: TTXVN"
    split = make_split([[("vi", "title", "CHỦ TỊCH KHU TỰ TRỊ", (50.0, 60.0, 560.0, 80.0)),
                         ("vi", "body", body, (300.0, 264.0, 560.0, 500.0))]])
    split = replace(split, pages=(replace(split.pages[0], images=(PHOTO,)),))
    (article,) = align(split, Config()).articles
    assert article.captions == () and article.paragraphs
