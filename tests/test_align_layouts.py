"""The align stage on the saved split artifacts of the layout families (``tests/data/layouts``,
made by ``tools/layout_test_data.py``), and on small split artifacts for the cases the
families show: contents pages, captions across pages, bylines read early, intros in capitals,
what is left without a twin, and the review page of cross-page and interleaved pairs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from align_blocks import make_split
from magpipe.align import align
from magpipe.align.anchors import extract_anchors
from magpipe.align.caption_halves import CaptionDraft, pair_in_order
from magpipe.align.lexicon import gloss_similarity
from magpipe.archive.review import build_review
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.records import CONTENTS, Source
from magpipe.batch.review import render_review
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score

DATA = Path(__file__).parent / "data" / "layouts"
FAMILIES = ("side-by-side", "facing", "sections", "interleaved", "captions", "furniture")


def _aligned(family: str):
    artifact = SplitArtifact.load(DATA / f"{family}.split.json")
    truth = json.loads((DATA / f"{family}.truth.json").read_text(encoding="utf-8"))
    return align(artifact, Config()), truth


def test_contents_page_is_paired_entry_by_entry_with_its_twin():
    out, truth = _aligned("furniture")
    records = [a for a in out.articles if a.kind == CONTENTS]
    assert len(records) == 1 and records[0].paired
    assert (records[0].title.vi, records[0].title.en) == ("MỤC LỤC", "CONTENTS")
    s = align_score(out, truth, fuzzy=False)
    assert s.contents_truth == 2 and s.contents_right == 2
    assert all(p.confidence >= 0.7 for p in records[0].paragraphs)
    # the contents page is no article: no title of it reaches the article records
    assert not any(a.title.vi == "MỤC LỤC" for a in out.articles if a.kind != CONTENTS)


def test_contents_entry_without_twin_is_left_out_and_the_rest_keep_their_order():
    vi = [("vi", "title", "MỤC LỤC"),
          ("vi", "contents", "1- TIÊU ĐIỂM / ĐẠI SỨ MARC KNAPPER THĂM LẠNG SƠN … 3"),
          ("vi", "contents", "2- TIN VẮN / HỘI NGHỊ ASEAN TẠI HÀ NỘI … 5"),
          ("vi", "contents", "3- VĂN HÓA / LỄ HỘI XUÂN 2026 … 7")]
    en = [("en", "title", "CONTENTS"),
          ("en", "contents", "1- Focal Points / AMBASSADOR MARC KNAPPER VISITS LANG SON … 3"),
          ("en", "contents", "3- Culture / SPRING FESTIVAL 2026 … 7")]
    out = align(make_split([vi, en], name="contents"), Config())
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    pairs = [(p.vi[:2] if p.vi else None, p.en[:2] if p.en else None) for p in record.paragraphs]
    assert pairs == [("1-", "1-"), ("2-", None), ("3-", "3-")]
    (left,) = record.left_out
    assert left.item == "contents" and left.lang == "vi" and "ASEAN" in left.text
    assert 0.0 <= left.confidence <= 1.0 and left.reason


def test_contents_set_side_by_side_on_one_page_are_paired():
    page = [("vi", "title", "MỤC LỤC", (40.0, 60.0, 250.0, 80.0)),
            ("en", "title", "CONTENTS", (290.0, 60.0, 500.0, 80.0)),
            ("vi", "contents", "1- ĐẠI SỨ MARC KNAPPER THĂM LẠNG SƠN … 2",
             (40.0, 90.0, 250.0, 110.0)),
            ("vi", "contents", "2- LỄ HỘI XUÂN 2026 … 4", (40.0, 120.0, 250.0, 140.0)),
            ("en", "contents", "1- AMBASSADOR MARC KNAPPER VISITS LANG SON … 2",
             (290.0, 90.0, 500.0, 110.0)),
            ("en", "contents", "2- SPRING FESTIVAL 2026 … 4", (290.0, 120.0, 500.0, 140.0))]
    out = align(make_split([page], name="contents-side"), Config())
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert (record.title.vi, record.title.en) == ("MỤC LỤC", "CONTENTS") and record.paired
    assert [(p.vi[:2], p.en[:2]) for p in record.paragraphs] == [("1-", "1-"), ("2-", "2-")]
    assert not [a for a in out.articles if a.kind != CONTENTS]


@pytest.mark.parametrize("family", FAMILIES)
def test_everything_without_a_twin_is_listed_with_reason_and_confidence(family):
    out, _ = _aligned(family)
    for a in out.articles:
        assert 0.0 <= a.confidence <= 1.0
        listed = {s.block for x in a.left_out for s in x.sources}
        for x in a.left_out:
            assert x.reason and 0.0 <= x.confidence <= 1.0 and x.lang in ("vi", "en")
        if not a.paired:
            assert [x.item for x in a.left_out if x.item in ("article", "contents")]
            continue
        for p in a.paragraphs:
            assert 0.0 <= p.confidence <= 1.0
            if not (p.vi and p.en):
                assert {s.block for s in p.vi_from + p.en_from} <= listed
        for c in a.captions:
            if not (c.vi and c.en):
                assert {s.block for s in c.sources} <= listed


def test_unpaired_article_says_why():
    page = [("vi", "title", "TIN VẮN"),
            ("vi", "body", "Một bản tin ngắn chỉ có tiếng Việt, không có bản tiếng Anh nào.")]
    out = align(make_split([page], name="alone"), Config())
    (article,) = out.articles
    (left,) = article.left_out
    assert left.item == "article" and left.reason == "no English article within reach"
    assert left.confidence == 1.0 and left.text == "TIN VẮN"


def _half(lang: str, text: str, credit: str, page: int) -> CaptionDraft:
    src = (Source(page, (40.0, 600.0, 300.0, 620.0), f"p{page}-c", lang),)
    if lang == "vi":
        return CaptionDraft(vi=text, credit=credit, sources=src)
    return CaptionDraft(en=text, credit_en=credit, sources=src)


def test_caption_halves_of_one_article_pair_are_joined_in_order():
    """Each language's copy of two photos, captioned on its own pages (a sections layout):
    the halves are joined by order, credit and agreement, never crosswise."""
    caps = [_half("vi", "Các đại biểu chụp ảnh lưu niệm tại chương trình.", "TRÍ DŨNG", 1),
            _half("vi", "Toàn cảnh buổi tiếp đoàn đại biểu tỉnh Quảng Tây.", "TRÍ DŨNG", 2),
            _half("en", "Delegates take a group photo at the meeting.", "TRI DUNG", 3),
            _half("en", "Overview of the reception of the Guangxi delegation.", "TRI DUNG", 4)]
    joined = pair_in_order(caps)
    assert [(c.vi[:8], c.en[:8]) for c in joined] == [("Các đại ", "Delegate"),
                                                       ("Toàn cản", "Overview")]
    assert all(0.5 <= c.match <= 1.0 for c in joined)


def test_one_language_captions_of_different_photos_stay_apart():
    caps = [_half("vi", "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh uỷ phát biểu.", "TRÍ DŨNG", 1),
            _half("en", "Delegations from both sides attend the talks.", "TRI DUNG", 2)]
    assert pair_in_order(caps) == caps


def test_body_set_under_the_column_stays_in_its_article_when_the_byline_came_first():
    """The split read a byline at the top of the next column before the rest of this one."""
    page = [("vi", "title", "ĐOÀN ĐẠI BIỂU TỈNH THĂM QUẢNG TÂY", (40.0, 60.0, 500.0, 80.0)),
            ("vi", "body", "Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh thăm Quảng Tây.",
             (40.0, 90.0, 260.0, 200.0)),
            ("vi", "byline", "VŨ GIANG", (440.0, 90.0, 495.0, 100.0)),
            ("vi", "body", "Đồng chí Trần Cương khẳng định Quảng Tây sẵn sàng hợp tác.",
             (40.0, 208.0, 260.0, 300.0))]
    out = align(make_split([page], name="byline"), Config())
    (article,) = out.articles
    assert len(article.paragraphs) == 2 and article.byline.vi == "VŨ GIANG"


def test_a_new_article_still_starts_after_a_byline_elsewhere_on_the_page():
    page = [("vi", "title", "TIN THỨ NHẤT", (40.0, 60.0, 500.0, 80.0)),
            ("vi", "body", "Nội dung tin thứ nhất.", (40.0, 90.0, 260.0, 200.0)),
            ("vi", "byline", "VŨ GIANG", (200.0, 205.0, 260.0, 215.0)),
            ("vi", "body", "Một tin khác không có tiêu đề.", (280.0, 90.0, 500.0, 200.0))]
    out = align(make_split([page], name="byline2"), Config())
    assert len(out.articles) == 2


def test_text_in_capitals_gives_names_and_no_acronyms():
    en = ("FROM DECEMBER 14 TO 19, 2025, THE DELEGATION LED BY MR. HOANG QUOC KHANH PAID A "
          "WORKING VISIT. Later the delegates met the WVI team in the city of Nanning.")
    anchors = extract_anchors(en, "en")
    acronyms = {a.key for a in anchors if a.kind == "acronym"}
    names = {a.key for a in anchors if a.kind == "name"}
    assert not acronyms & {"FROM", "THE", "DELEGATION", "PAID", "WORKING"}
    assert {"hoang quoc", "quoc khanh", "nanning"} <= names
    mixed = extract_anchors("The WVI and ASEAN met in Nanning with Mr. Chen Gang.", "en")
    assert {a.key for a in mixed if a.kind == "acronym"} == {"WVI", "ASEAN"}


def test_glosses_meet_plural_and_singular_forms():
    assert gloss_similarity("Các đại biểu chụp ảnh lưu niệm tại chương trình.",
                            "Delegates take a group photo at the meeting.") > 0.0


def _rows(page: str) -> list[str]:
    return re.findall(r"<tr[^>]*>.*?</tr>", page)


def test_review_page_links_each_half_of_a_cross_page_pair_to_its_own_page():
    """Sections: the Vietnamese pages first, then the English ones; each paragraph row shows
    the Vietnamese text with its page and the English text with its (later) page."""
    out, _ = _aligned("sections")
    page = render_review(out)
    crossing = [p for a in out.articles for p in a.paragraphs if p.vi and p.en
                and p.vi_from[0].page != p.en_from[0].page]
    assert crossing
    for p in crossing:
        row = next(r for r in _rows(page) if p.vi[:40] in r)
        vi_cell, en_cell = re.findall(r'<td lang="(?:vi|en)">(.*?)</td>', row)
        assert f'data-page="{p.vi_from[0].page}"' in vi_cell
        assert f'data-page="{p.en_from[0].page}"' in en_cell
        assert p.en[:40] in en_cell


@pytest.mark.parametrize("render", [render_review, lambda a: build_review(a, {}, {})],
                         ids=["text-page", "archive-page"])
def test_review_pages_show_what_was_left_out(render):
    out, _ = _aligned("captions")
    page = render(out)
    lone = [x for a in out.articles for x in a.left_out]
    assert lone
    for x in lone:
        assert f'data-item="{x.item}" data-confidence="{x.confidence:.3f}"' in page
        assert x.reason in page


def test_review_page_shows_contents_entries():
    furniture, _ = _aligned("furniture")
    page = render_review(furniture)
    assert 'data-kind="contents"' in page
    entries = [r for r in _rows(page) if '<td class="kind">entry ' in r]
    assert len(entries) == 2 and all("MỤC LỤC" not in r for r in entries)


def test_lead_paragraph_read_as_body_on_one_side_is_linked_to_the_other_sides_intro():
    """OCR cannot see the Vietnamese lead is bold: it arrives as body, its twin as intro."""
    vi = [("vi", "title", "CHỦ TỊCH QUẢNG TÂY HỘI KIẾN BÍ THƯ TỈNH UỶ LẠNG SƠN"),
          ("vi", "body", "Ngày 27/11/2025, tại trụ sở Tỉnh uỷ, đồng chí Hoàng Quốc Khánh, Bí thư "
                         "Tỉnh uỷ Lạng Sơn đã tiếp đồng chí Vi Thao, Chủ tịch Quảng Tây."),
          ("vi", "body", "Tham dự buổi tiếp có đồng chí Đoàn Thị Hậu, Phó Bí thư Thường trực "
                         "Tỉnh ủy và đồng chí Đinh Hữu Học.")]
    en = [("en", "title", "GUANGXI CHAIRMAN MEETS LANG SON PARTY SECRETARY"),
          ("en", "intro", "On November 27, 2025, at the headquarters of the Provincial Party "
                          "Committee, Mr. Hoang Quoc Khanh received Mr. Wei Tao, Chairman of "
                          "Guangxi."),
          ("en", "body", "Attending the meeting were Ms. Doan Thi Hau, Standing Deputy Secretary "
                         "of the Provincial Party Committee, and Mr. Dinh Huu Hoc.")]
    (article,) = align(make_split([vi, en], name="lead"), Config()).articles
    assert article.intro.en is None and article.intro.vi is None
    first = article.paragraphs[0]
    assert first.vi.startswith("Ngày 27/11/2025") and first.en.startswith("On November 27")
    assert all(p.vi and p.en for p in article.paragraphs) and not article.left_out
