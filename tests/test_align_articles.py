"""Grouping blocks into articles and pairing each Vietnamese article with its English twin.

Texts are the development articles (tests/data/align_dev_articles.json), set on
pages in ways the fixtures do not use: twins on facing pages in swapped order, a
paragraph cut by a page break, an article with no twin.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles, join_text, split_bilingual
from magpipe.config import Config

DEV = {a["id"]: a for a in json.loads((Path(__file__).parent / "data" / "align_dev_articles.json")
                                      .read_text(encoding="utf-8"))["articles"]}
LONELY_TITLE = "KINH NGHIỆM QUỐC TẾ VỀ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG"
LONELY_BODY = ("Nhiều quốc gia trong khu vực đã phát triển du lịch cộng đồng gắn với bảo tồn "
               "văn hoá bản địa, tạo sinh kế bền vững cho người dân vùng cao.")


def _article(key: str, lang: str, cut: int | None = None) -> list[tuple[str, str, str]]:
    a = DEV[key]
    blocks = [(lang, "title", a["title"][lang]), (lang, "intro", a["intro"][lang])]
    for link in a["paragraphs"]:
        blocks += [(lang, "body", p) for p in link[lang]]
    if cut is not None:   # cut paragraph `cut` in two, mid-sentence, at the foot of a column
        text = blocks[cut + 2][2]
        half = text.index(" ", len(text) // 2)
        blocks[cut + 2:cut + 3] = [(lang, "body", text[:half]),
                                   (lang, "body", text[half + 1:], (280.0, 50.0, 500.0, 65.0))]
    return blocks + [(lang, "byline", a["byline"][lang])]


def _document():
    page1 = [("vi", "header", "BẢN TIN ĐỐI NGOẠI LẠNG SƠN"),
             ("vi", "section", "2- TIÊU ĐIỂM / Focal Points")]
    page1 += _article("french-ambassador", "vi", cut=1)
    page1 += _article("brazil-consul", "vi")
    page1 += [("vi", "title", LONELY_TITLE), ("vi", "body", LONELY_BODY),
              ("vi", "page-number", "1")]
    page2 = [("en", "header", "LANG SON EXTERNAL AFFAIRS BULLETIN")]
    page2 += _article("brazil-consul", "en") + _article("french-ambassador", "en")
    return make_split([page1, page2])


def test_titles_start_articles_and_bylines_end_them():
    drafts = group_articles(_document()).drafts
    fr, br = DEV["french-ambassador"]["title"], DEV["brazil-consul"]["title"]
    assert [(d.lang, d.title.text) for d in drafts] == [
        ("vi", fr["vi"]), ("vi", br["vi"]), ("vi", LONELY_TITLE),
        ("en", br["en"]), ("en", fr["en"])]
    french = drafts[0]
    assert [p.text for p in french.sections] == ["TIÊU ĐIỂM", "Focal Points"]
    assert drafts[3].sections == ()
    assert french.byline.text == "KHỔNG NGHĨA"
    assert len(french.paragraphs) == 4          # the cut paragraph is whole again
    assert french.paragraphs[1].text == DEV["french-ambassador"]["paragraphs"][1]["vi"][0]
    assert len(french.paragraphs[1].sources) == 2
    assert "BẢN TIN" not in " ".join(d.text() for d in drafts)   # furniture left out


def test_twins_on_the_facing_page_in_swapped_order_are_paired():
    records = align(_document(), Config()).articles
    paired = {(a.title.vi, a.title.en) for a in records if a.paired}
    for key in ("french-ambassador", "brazil-consul"):
        title = DEV[key]["title"]
        assert (title["vi"], title["en"]) in paired


def test_article_without_twin_is_kept_and_marked_unpaired():
    records = align(_document(), Config()).articles
    lonely = [a for a in records if a.title.vi == LONELY_TITLE]
    assert len(lonely) == 1
    a = lonely[0]
    assert not a.paired and a.title.en is None
    assert [p.vi for p in a.paragraphs] == [LONELY_BODY] and a.paragraphs[0].en is None
    assert {s.block for s in a.unpaired} == {s.block for s in a.title_from} | {
        s.block for s in a.paragraphs[0].vi_from}
    assert a.confidence < min(r.confidence for r in records if r.paired)


def test_article_ids_come_from_checksum_and_position():
    records = align(_document(), Config()).articles
    ids = [a.id for a in records]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("0123456789abcdef-p1-") for i in ids)
    again = align(_document(), Config()).articles
    assert [a.id for a in again] == ids


def test_english_line_end_hyphen_is_dropped_when_pieces_are_joined():
    assert join_text("the com-", "menced work", "en") == "the commenced work"
    assert join_text("Hữu Nghị -", "Chi Lăng", "vi") == "Hữu Nghị - Chi Lăng"
    assert join_text("Việt -", "Trung", "vi") == "Việt - Trung"
    assert join_text("ngày 14-", "19/12/2025", "vi") == "ngày 14-19/12/2025"


def test_bilingual_rubric_goes_to_the_pair_it_heads():
    records = {a.title.vi: a for a in align(_document(), Config()).articles}
    french = records[DEV["french-ambassador"]["title"]["vi"]]
    brazil = records[DEV["brazil-consul"]["title"]["vi"]]
    assert (french.section.vi, french.section.en) == ("TIÊU ĐIỂM", "Focal Points")
    assert [s.lang for s in french.section_from] == ["vi", "en"]
    assert (brazil.section.vi, brazil.section.en) == (None, None)


def test_paragraph_without_final_stop_directly_below_is_not_joined():
    split = make_split([[("en", "title", "A TITLE"),
                         ("en", "body", "Attending were Mr. A, Mr. B and the Public Security"),
                         ("en", "body", "On the same afternoon, the delegation left.")]])
    (draft,) = group_articles(split).drafts
    assert len(draft.paragraphs) == 2


@pytest.mark.parametrize(("text", "halves"), [
    ("2- TIÊU ĐIỂM / Focal Points", ("TIÊU ĐIỂM", "Focal Points")),
    ("TIÊU ĐIỂM Focal Points", ("TIÊU ĐIỂM", "Focal Points")),
    ("ĐIỂM TIN ĐỐI NGOẠI Foreign Affairs News", ("ĐIỂM TIN ĐỐI NGOẠI", "Foreign Affairs News")),
    ("LẠNG SƠN NGÀY NAY Lang Son Province today", ("LẠNG SƠN NGÀY NAY", "Lang Son Province today")),
    ("TIÊU ĐIỂM", (None, None)),
    ("Foreign Affairs News", (None, None)),
])
def test_bilingual_rubric_is_cut_into_its_halves(text, halves):
    assert split_bilingual(text) == halves


def test_noisy_split_blocks_do_not_start_or_end_articles():
    split = make_split([[
        ("en", "title", "A REAL TITLE IN CAPITALS"),
        ("en", "body", "The ceremony was attended by leaders of"),
        ("en", "title", "ministries"),            # an OCR fragment labelled title
        ("en", "body", "|"),                      # a stray rule
        ("en", "byline", "and"),                  # an OCR fragment labelled byline
        ("en", "body", "and agencies of the province."),
        ("en", "byline", "Synthesized by LA VIET"),
    ]])
    (draft,) = group_articles(split).drafts
    assert draft.title.text == "A REAL TITLE IN CAPITALS"
    assert draft.byline.text == "Synthesized by LA VIET"
    assert all("|" not in p.text for p in draft.paragraphs)


def test_untitled_article_takes_a_leading_block_in_capitals_as_title():
    split = make_split([[
        ("vi", "title", "LÃNH ĐẠO TỈNH TIẾP ĐẠI SỨ"), ("vi", "body", "Ngày 12/12/2025, tỉnh tiếp."),
        ("en", "intro", "LEADER OF THE PROVINCE RECEIVES THE AMBASSADOR"),
        ("en", "body", "On December 12, 2025, the province received."),
    ]])
    vi, en = group_articles(split).drafts
    assert en.title.text == "LEADER OF THE PROVINCE RECEIVES THE AMBASSADOR" and en.intro is None


def test_split_links_are_followed_across_breaks_only():
    split = make_split([[
        ("en", "title", "A TITLE"),
        ("en", "body", "Attending were Mr. A and the Public Security", (40, 100, 250, 200)),
        ("en", "body", "On the same afternoon, the delegation left", (40, 208, 250, 260)),
        ("en", "body", "for the border gate.", (40, 420, 250, 440)),     # below a photo
    ]])
    blocks = split.pages[0].blocks
    linked = replace(split.pages[0], blocks=blocks[:2] + (
        replace(blocks[2], continued_from="p1-b1"), replace(blocks[3], continued_from="p1-b2")))
    (draft,) = group_articles(replace(split, pages=(linked,))).drafts
    assert [p.text for p in draft.paragraphs] == [
        "Attending were Mr. A and the Public Security",
        "On the same afternoon, the delegation left for the border gate."]


def test_a_title_alone_on_its_page_does_not_run_on_into_the_next_pages_title():
    """A contents page's heading (its entries are furniture) and the next article's title."""
    grouping = group_articles(make_split([
        [("vi", "title", "MỤC LỤC"), ("vi", "contents", "1- ĐIỂM TIN ĐỐI NGOẠI … 3")],
        [("vi", "title", LONELY_TITLE), ("vi", "body", LONELY_BODY)]]))
    assert [d.title.text for d in grouping.drafts] == ["MỤC LỤC", LONELY_TITLE]
