"""The align stage on the ``greeting``, ``stacked`` and ``report`` layout families
(``fixtures/layouts_sixth.py``), on saved split artifacts of ``tests/data/layouts`` made by
``tools/layout_test_data.py``: made from the truth (``*-truth``: align's own part, apart from
the split stage's) and, for the report, the split stage's output; and on small split artifacts
for what they show (titles in small letters, signatures, numbered headings, footnotes, jump
lines, drop caps)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles
from magpipe.align.sections import jump_line, note_mark, numbered_heading, split_notes
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.records import CONTENTS
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score

DATA = Path(__file__).parent / "data" / "layouts"


def _aligned(name: str):
    artifact = SplitArtifact.load(DATA / f"{name}.split.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    out = align(artifact, Config())
    return out, truth, align_score(out, truth, fuzzy=True)


def test_greetings_under_one_heading_with_titles_in_small_letters_are_each_paired():
    out, truth, s = _aligned("greeting-truth")
    assert s.articles == 2 and s.paired_right == 2
    assert s.f1 == 1.0
    articles = [a for a in out.articles if a.paired]
    assert [a.title.vi for a in articles] == ["Thư chúc Tết", "Thư chúc Tết"]
    assert all(a.byline.vi and a.byline.en for a in articles)     # the signatures
    assert {a.byline.en for a in articles} == {t["byline"]["en"] for t in truth["articles"]}


def test_stacked_articles_are_taken_up_where_their_jump_lines_send_them():
    out, _, s = _aligned("stacked-truth")
    assert s.articles == 2 and s.paired_right == 2
    assert s.f1 == 1.0
    for a in out.articles:
        for p in a.paragraphs:
            assert jump_line(p.vi or "") is None and jump_line(p.en or "") is None
            assert not (p.vi or "").startswith("(") and not (p.en or "").startswith("(")
    first, second = (a for a in out.articles if a.paired)
    assert first.pages == (1, 3, 4) and second.pages == (2, 5)     # first pages, then on
    assert second.paragraphs[0].vi.startswith("Tại buổi làm việc")   # its drop cap read


def test_a_report_in_numbered_sections_is_one_article_with_its_headings_and_notes():
    out, truth, s = _aligned("report-truth")
    assert s.articles == 1 and s.paired_right == 1
    assert s.f1 == 1.0
    assert s.contents_truth == s.contents_right == 4
    (report,) = [a for a in out.articles if a.kind != CONTENTS and a.paragraphs]
    assert [numbered_heading(h.vi) for h in report.headings] == ["1", "2", "3", "4"]
    assert all(numbered_heading(h.en) == numbered_heading(h.vi) for h in report.headings)
    assert report.notes and all(note_mark(n.vi) == note_mark(n.en) for n in report.notes)
    assert not any(note_mark(p.vi or "") or note_mark(p.en or "") for p in report.paragraphs)


def test_a_report_split_by_the_split_stage_is_paired_as_one_article():
    _, _, s = _aligned("report")
    assert s.articles == 1 and s.paired_right == 1
    assert s.f1 >= 0.9


def test_a_title_in_small_letters_opens_an_article_and_a_signature_closes_it():
    split = make_split([[
        ("vi", "title", "Lời ngỏ"), ("vi", "body", "Kính gửi quý bạn đọc thân mến,"),
        ("vi", "body", "Một năm đã qua."),
        ("vi", "byline", "Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ"),
        ("vi", "title", "Thư chúc Tết"), ("vi", "body", "Thưa quý vị và các bạn,"),
    ]])
    first, second = group_articles(split).drafts
    assert first.title.text == "Lời ngỏ" and second.title.text == "Thư chúc Tết"
    assert first.byline.text == "Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ"
    assert len(first.paragraphs) == 2 and len(second.paragraphs) == 1


def test_a_scrap_in_small_letters_labelled_title_inside_a_sentence_stays_text():
    split = make_split([[
        ("en", "title", "A REAL TITLE IN CAPITALS"),
        ("en", "body", "The ceremony was attended by leaders of"),
        ("en", "title", "Ministries"),
        ("en", "body", "and agencies of the province."),
    ]])
    (draft,) = group_articles(split).drafts
    assert draft.title.text == "A REAL TITLE IN CAPITALS"


@pytest.mark.parametrize(("text", "jump"), [
    ("(Xem tiếp trang 3)", (True, 3)), ("(Continued on page 12)", (True, 12)),
    ("(Tiếp theo trang 1)", (False, 1)), ("Continued from page 2", (False, 2)),
    ("Xem tiep trang 5", (True, 5)), ("(Xem ảnh trang 3)", None),
    ("Trang 3 của báo cáo tiếp theo sẽ nói về việc này.", None),
])
def test_jump_lines_are_read_in_both_languages(text, jump):
    found = jump_line(text)
    assert (found and (found.onward, found.page)) == jump or found == jump


def test_numbered_headings_and_footnotes_are_told_by_their_text():
    assert numbered_heading("2. ĐOÀN ĐẠI BIỂU TỈNH THĂM TRUNG QUỐC¹") == "2"
    assert numbered_heading("IV. KẾT LUẬN") == "IV"
    assert numbered_heading("1. Đoàn đã thăm ba tỉnh.") is None      # a list item: a sentence
    assert numbered_heading("2025 là năm bản lề") is None
    assert split_notes("² Tên người. ³ Bản tin.") == [("²", "² Tên người."), ("³", "³ Bản tin.")]
    assert note_mark("Theo số liệu¹ mới") is None


def test_a_numbered_heading_under_the_title_is_a_section_not_the_next_article():
    split = make_split([[
        ("vi", "title", "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI"),
        ("vi", "title", "1. HỘI ĐÀM VỚI ĐOÀN QUẢNG TÂY"), ("vi", "body", "Ngày 12/12, hai bên"),
        ("vi", "body", "hội đàm tại tỉnh."),
        ("vi", "title", "2. ĐÓN ĐẠI SỨ PHÁP"), ("vi", "body", "Chiều 15/12, tỉnh đón Đại sứ."),
        ("vi", "body", "¹ Theo số liệu của Sở."),
    ]])
    (draft,) = group_articles(split).drafts
    assert draft.title.text == "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI"
    assert [h.text for _, h in draft.headings] == ["1. HỘI ĐÀM VỚI ĐOÀN QUẢNG TÂY",
                                                  "2. ĐÓN ĐẠI SỨ PHÁP"]
    assert [n.text for n in draft.notes] == ["¹ Theo số liệu của Sở."]
    assert len(draft.paragraphs) == 3        # a heading opens a paragraph: nothing joined over it


def test_an_article_titled_with_a_number_keeps_its_numbered_followers_as_articles():
    split = make_split([[
        ("vi", "title", "1. HỘI ĐÀM VỚI ĐOÀN QUẢNG TÂY"), ("vi", "body", "Hai bên hội đàm."),
        ("vi", "title", "2. ĐÓN ĐẠI SỨ PHÁP"), ("vi", "body", "Tỉnh đón Đại sứ."),
    ]])
    assert len(group_articles(split).drafts) == 2


def test_a_drop_cap_is_read_with_the_rest_of_its_paragraph():
    split = make_split([[
        ("vi", "title", "LỄ THÔNG TUYẾN CAO TỐC"), ("vi", "body", "T"),
        ("vi", "body", "ại buổi lễ, lãnh đạo tỉnh cho biết tuyến đường"),
        ("vi", "body", "dài gần 60 km."),
    ]])
    (draft,) = group_articles(split).drafts
    assert [p.text for p in draft.paragraphs] == [
        "Tại buổi lễ, lãnh đạo tỉnh cho biết tuyến đường dài gần 60 km."]


def test_split_made_from_the_truth_uses_split_roles_and_links_the_piece_under_a_drop_cap():
    """``tools/truth_to_split.py``: the truth's own roles (heading, jump, footnote) become
    roles the split stage has; the block under the lines beside a drop cap continues them."""
    report = SplitArtifact.load(DATA / "report-truth.split.json")      # (loading validates)
    numbered = [b for p in report.pages[1:] for b in p.blocks if numbered_heading(b.text)]
    assert numbered and {b.role for b in numbered} == {"title"}
    stacked = [b for p in SplitArtifact.load(DATA / "stacked-truth.split.json").pages
               for b in p.blocks]
    caps = [k for k, b in enumerate(stacked) if b.role == "body" and len(b.text.strip()) == 1]
    assert caps
    for k in caps:
        assert stacked[k + 2].continued_from == stacked[k + 1].id


def test_page_numbers_set_apart_are_read_with_the_entry_of_their_row_under_the_contents_heading():
    """A cover with the report's title over a contents strip whose page numbers are blocks of
    their own at the right of each entry, a rubric over each entry."""
    def page(lang, title, heading, rubric, entries):
        blocks = [(lang, "title", title, (40.0, 40.0, 500.0, 60.0)),
                  (lang, "byline", "Sở Ngoại vụ" if lang == "vi" else "Foreign Affairs",
                   (40.0, 62.0, 500.0, 74.0)),
                  (lang, "contents", heading, (40.0, 80.0, 200.0, 95.0))]
        top = 100.0
        for number, text in entries:
            blocks += [(lang, "contents", rubric, (40.0, top, 200.0, top + 12)),
                       (lang, "contents", number, (490.0, top + 14, 500.0, top + 26)),
                       (lang, "contents", text, (50.0, top + 14, 450.0, top + 26))]
            top += 30
        return blocks
    vi = page("vi", "BÁO CÁO ĐỐI NGOẠI", "MỤC LỤC", "ĐIỂM TIN",
              [("3", "ĐẠI SỨ PHÁP THĂM LẠNG SƠN"), ("4", "LỄ HỘI XUÂN 2026")])
    en = page("en", "FOREIGN AFFAIRS REPORT", "CONTENTS", "News",
              [("5", "FRENCH AMBASSADOR VISITS LANG SON"), ("6", "SPRING FESTIVAL 2026")])
    out = align(make_split([vi, en], name="strip"), Config())
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert (record.title.vi, record.title.en) == ("MỤC LỤC", "CONTENTS")
    assert [(p.vi, p.en) for p in record.paragraphs] == [
        ("ĐIỂM TIN ĐẠI SỨ PHÁP THĂM LẠNG SƠN 3", "News FRENCH AMBASSADOR VISITS LANG SON 5"),
        ("ĐIỂM TIN LỄ HỘI XUÂN 2026 4", "News SPRING FESTIVAL 2026 6")]
