"""The align stage on the ``journal`` and ``newsletter`` layout families (saved split artifacts
of ``tests/data/layouts``, made by ``tools/layout_test_data.py``), on small split artifacts for
what they show (bylines under titles, titles read as intros, entries without names or numbers),
and the review pages of their cross-page pairs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import ArticlePiece, Draft
from magpipe.align.pairing import pair_articles
from magpipe.archive.review import PageImage, build_review
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.records import CONTENTS
from magpipe.batch.review import render_review
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score

DATA = Path(__file__).parent / "data" / "layouts"


def _aligned(name: str):
    artifact = SplitArtifact.load(DATA / f"{name}.split.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, align(artifact, Config()), truth


def test_journal_entries_drifting_down_two_columns_are_each_paired_with_their_twin():
    _, out, truth = _aligned("journal")
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 6 and s.paired_right == 6
    assert s.f1 >= 0.95


def test_journal_entries_set_beside_their_twins_in_rows_are_each_paired():
    _, out, truth = _aligned("journal-rows")
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 5 and s.paired_right == 5
    assert s.f1 >= 0.95


def test_journal_keyword_lines_and_labels_are_kept_apart_from_the_paragraphs():
    _, out, _ = _aligned("journal")
    paired = [a for a in out.articles if a.paired]
    assert paired
    for a in paired:
        # (the split stage read some English keyword lines as boxed notes: no article text)
        assert a.keywords.vi and a.keywords.vi.startswith("Từ khóa:")
        assert a.keywords.en is None or a.keywords.en.startswith("Keywords:")
        assert (a.byline.vi is None) == (a.byline.en is None)    # one entry prints none
        for p in a.paragraphs:
            assert not re.match(r"(Từ khóa|Keywords|Tóm tắt|Abstract)\b", p.vi or p.en or "")
    assert sum(bool(a.keywords.en) for a in paired) >= 3
    assert sum(a.byline.vi == a.byline.en == "MAI THU" for a in paired) == 2
    labelled = [a for a in paired if a.label.vi or a.label.en]
    assert labelled and all((a.label.vi, a.label.en) == ("Tóm tắt", "Abstract")
                            for a in labelled)


def test_scanned_journal_keeps_its_entries_apart_when_titles_break_or_run_into_the_text():
    """OCR: one title broken over two blocks, another read with its text as one block."""
    _, out, truth = _aligned("journal-scanned")
    s = align_score(out, truth, fuzzy=True)
    assert s.paired_right == 3 and s.f1 >= 0.95
    first = next(a for a in out.articles if a.title.vi and a.title.vi.startswith("HỘI ĐÀM"))
    assert first.title.vi.endswith("QUẢNG TÂY, TRUNG QUỐC ` `") and first.paired
    assert first.paragraphs[0].vi.startswith("Trong khuôn khổ")


def test_newsletter_contents_pages_are_found_by_the_titles_they_list_and_paired():
    _, out, truth = _aligned("newsletter")
    s = align_score(out, truth, fuzzy=True)
    assert s.contents_truth == 2 and s.contents_right == 2
    assert s.paired_right == 2
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert (record.title.vi, record.title.en) == ("MỤC LỤC", "CONTENTS")
    # the entries are no article: every article record holds text
    assert all(a.paragraphs for a in out.articles if a.kind != CONTENTS)


def test_a_byline_under_the_title_does_not_close_the_article():
    page = [("vi", "title", "ĐẠI SỨ PHÁP THĂM LẠNG SƠN"), ("vi", "body", "MAI THU"),
            ("vi", "body", "Ngày 15/12/2025, Đoàn công tác của Đại sứ quán Pháp thăm tỉnh."),
            ("vi", "body", "Tại buổi làm việc, hai bên trao đổi về hợp tác du lịch."),
            ("en", "title", "FRENCH AMBASSADOR VISITS LANG SON"), ("en", "byline", "MAI THU"),
            ("en", "body", "On December 15, 2025, a delegation of the French Embassy visited."),
            ("en", "body", "At the meeting, the two sides discussed cooperation in tourism.")]
    (article,) = align(make_split([page], name="byline-top"), Config()).articles
    assert article.paired and (article.byline.vi, article.byline.en) == ("MAI THU", "MAI THU")
    assert len(article.paragraphs) == 2 and all(p.vi and p.en for p in article.paragraphs)


def test_capitals_titles_read_as_intros_start_one_entry_each():
    page = [("vi", "intro", "LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG"),
            ("vi", "body", "Ngày 19/12/2025, UBND tỉnh tổ chức Lễ thông tuyến cao tốc."),
            ("vi", "intro", "ĐẠI SỨ HOA KỲ THĂM TỈNH LẠNG SƠN"),
            ("vi", "body", "Ngày 12/12/2025, ông Đoàn Thanh Sơn tiếp Đại sứ Marc Knapper.")]
    arts = align(make_split([page], name="entries"), Config()).articles
    assert [a.title.vi for a in arts] == ["LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG",
                                          "ĐẠI SỨ HOA KỲ THĂM TỈNH LẠNG SƠN"]
    assert [len(a.paragraphs) for a in arts] == [1, 1]


def test_a_title_read_with_its_text_as_one_block_is_cut_where_the_capitals_end():
    page = [("vi", "title", "LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG"),
            ("vi", "body", "Ngày 19/12/2025, UBND tỉnh tổ chức Lễ thông tuyến cao tốc."),
            ("vi", "body", "ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI TỈNH LẠNG SƠN Ngày 15/12/2025, Đoàn "
                           "công tác của Đại sứ quán Pháp thăm và làm việc tại tỉnh Lạng Sơn."),
            ("vi", "body", "NGÀY 12/12/2025, TẠI TRỤ SỞ UBND TỈNH, ÔNG ĐOÀN THANH SƠN TIẾP ĐOÀN.")]
    arts = align(make_split([page], name="run-in"), Config()).articles
    assert [a.title.vi for a in arts] == ["LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG",
                                          "ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI TỈNH LẠNG SƠN"]
    assert arts[1].paragraphs[0].vi.startswith("Ngày 15/12/2025, Đoàn công tác")
    # a paragraph set all in capitals is no title: it ends a sentence
    assert arts[1].paragraphs[-1].vi.startswith("NGÀY 12/12/2025")


def _draft(lang: str, order: int, text: str) -> Draft:
    return Draft(lang, order, paragraphs=(ArticlePiece(text, ()),))


def test_entries_without_names_or_numbers_are_paired_by_their_glosses():
    """A reflection and a greeting: no name, number or date to go by, the English printed in
    the other order; the gloss anchors pair them."""
    vi_a = ("Mùa xuân về trên những cánh đồng, người nông dân vui mừng gieo hạt và chăm sóc "
            "cây lúa non bên dòng sông quê hương.")
    vi_b = ("Thân gửi các bạn đọc, chúc các bạn một năm mới sức khỏe, hạnh phúc và thành công "
            "trong công việc cùng gia đình.")
    en_b = ("Dear readers, we wish you a new year of health, happiness and success in your "
            "work and with your family.")
    en_a = ("Spring returns to the fields; the farmers happily sow seeds and tend the young "
            "rice by the river of their homeland.")
    pairs = pair_articles((_draft("vi", 1, vi_a), _draft("vi", 2, vi_b),
                           _draft("en", 3, en_b), _draft("en", 4, en_a)))
    twins = {(p.vi.order, p.en.order) for p in pairs if p.vi and p.en}
    assert twins == {(1, 4), (2, 3)}


def _images(artifact: SplitArtifact) -> dict[int, PageImage]:
    return {p.number: PageImage(p.number, f"pages/page-{p.number:04d}.jpg", p.width, p.height)
            for p in artifact.pages}


def _cells(page: str, kind: str, text: str) -> tuple[str, str]:
    row = next(r for r in re.findall(r"<tr[^>]*>.*?</tr>", page)
               if f'<td class="kind">{kind}</td>' in r and text in r)
    vi, en = re.findall(r'<td lang="(?:vi|en)"[^>]*>(.*?)</td>(?=<td)', row + "<td")
    return vi, en


def test_review_page_shows_each_half_of_a_journal_pair_on_its_own_page():
    """Streams: an entry's English abstract drifts onto the next page; the title row shows the
    Vietnamese title cropped from its page and the English one from the other."""
    artifact, out, _ = _aligned("journal")
    page = build_review(out, _images(artifact), {})
    crossing = [a for a in out.articles if a.paired
                and {s.page for s in a.title_from if s.lang == "vi"}
                != {s.page for s in a.title_from if s.lang == "en"}]
    assert crossing and any(a.keywords.en for a in crossing)
    for a in crossing:
        vi_cell, en_cell = _cells(page, "title", a.title.vi[:30])
        vi_page = next(s.page for s in a.title_from if s.lang == "vi")
        en_page = next(s.page for s in a.title_from if s.lang == "en")
        assert re.findall(r'class="crop" data-page="(\d+)"', vi_cell) == [str(vi_page)]
        assert re.findall(r'class="crop" data-page="(\d+)"', en_cell) == [str(en_page)]
        if a.keywords.en:
            assert _cells(page, "keywords", a.keywords.en[:30])[1]
            assert a.keywords.en[:30] in render_review(out)


def test_review_page_shows_both_pages_of_a_paragraph_carried_over():
    vi_p1 = [("vi", "title", "LỄ HỘI XUÂN Ở LẠNG SƠN"),
             ("vi", "body", "Ngày 2/2/2026, lễ hội xuân được tổ chức tại thành phố và thu hút",
              (40.0, 700.0, 500.0, 740.0))]
    vi_p2 = [("vi", "body", "hàng nghìn du khách trong và ngoài tỉnh.", (40.0, 50.0, 500.0, 70.0))]
    en_p3 = [("en", "title", "SPRING FESTIVAL IN LANG SON"),
             ("en", "body", "On February 2, 2026, the spring festival was held in the city "
                            "and drew thousands of visitors from within and outside the "
                            "province.")]
    artifact = make_split([vi_p1, vi_p2, en_p3], name="carried")
    out = align(artifact, Config())
    (article,) = out.articles
    (link,) = article.paragraphs
    assert [s.page for s in link.vi_from] == [1, 2] and [s.page for s in link.en_from] == [3]
    vi_cell, en_cell = _cells(build_review(out, _images(artifact), {}), "¶1", "hàng nghìn")
    assert re.findall(r'class="crop" data-page="(\d+)"', vi_cell) == ["1", "2"]
    assert re.findall(r'class="crop" data-page="(\d+)"', en_cell) == ["3"]


def test_contents_pages_of_as_many_entries_pair_them_in_order_when_nothing_else_tells():
    """OCR damaged the listed titles and the pages printed differ: the entries' order pairs
    them; an entry pair the article pairs tell apart is still left apart."""
    from magpipe.align.contents import Entry, pair_entries
    from magpipe.artifacts.records import Source

    def entry(text: str, lang: str, k: int) -> Entry:
        return Entry(text, None, None, Source(1 if lang == "vi" else 2, (0, 0, 1, 1),
                                              f"{lang}{k}", lang))
    vi = (entry("TIÊU ĐIỂM LỄ THÔNG TUYẾN CAO TỐC", "vi", 0),
          entry("TIN VẮN ĐẠI SỨ THĂM TỈNH", "vi", 1))
    en = (entry("Focal Points TECHNICAL TRAFFIC OPENING", "en", 0),
          entry("News AMBASSADOR VISITS THE PROVINCE", "en", 1))
    assert [(a.text[:4], b.text[:4]) for a, b, _ in pair_entries(vi, en) if a and b] == \
        [("TIÊU", "Foca"), ("TIN ", "News")]
    told = {"vi0": 0, "en0": 1, "vi1": 1, "en1": 0}
    assert not [1 for a, b, _ in pair_entries(vi, en, told) if a and b and a.source.block == "vi0"
                and b.source.block == "en0"]


def test_a_paragraph_opening_with_a_name_in_capitals_is_not_cut_into_a_title():
    from magpipe.align.reread import run_in_title
    assert run_in_title("WORLD VISION INTERNATIONAL IN VIET NAM visited the province on "
                        "Monday and met the leaders of the provincial departments.") is None
    assert run_in_title("FRENCH AMBASSADOR VISITS LANG SON Abstract On December 15, 2025, "
                        "a delegation of the French Embassy visited the province.") == (
        "FRENCH AMBASSADOR VISITS LANG SON",
        "Abstract On December 15, 2025, a delegation of the French Embassy visited the "
        "province.")


def test_contents_read_as_text_and_a_heading_read_as_an_entry_are_found_and_paired():
    """The split stage read the entries as body (the rubric over one as a caption) and the
    heading as the page's only entry: the titles the entries list find them."""
    vi_contents = [("vi", "contents", "MỤC LỤC"), ("vi", "header", "ĐIỂM TIN ĐỐI NGOẠI"),
                   ("vi", "body", "ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI LẠNG SƠN 3")]
    en_contents = [("en", "contents", "CONTENTS"), ("en", "caption", "Foreign Affairs News"),
                   ("en", "body", "FRENCH AMBASSADOR VISITS AND WORKS IN LANG SON 4")]
    vi = [("vi", "title", "ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI LẠNG SƠN"),
          ("vi", "body", "Ngày 15/12/2025, Đoàn công tác của Đại sứ quán Pháp thăm tỉnh.")]
    en = [("en", "title", "FRENCH AMBASSADOR VISITS AND WORKS IN LANG SON"),
          ("en", "body", "On December 15, 2025, a delegation of the French Embassy visited.")]
    out = align(make_split([vi_contents, en_contents, vi, en], name="found"), Config())
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert (record.title.vi, record.title.en) == ("MỤC LỤC", "CONTENTS")
    assert [(p.vi, p.en) for p in record.paragraphs] == [
        ("ĐIỂM TIN ĐỐI NGOẠI ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI LẠNG SƠN 3",
         "Foreign Affairs News FRENCH AMBASSADOR VISITS AND WORKS IN LANG SON 4")]
    (article,) = [a for a in out.articles if a.kind != CONTENTS]
    assert article.paired and article.pages == (3, 4)


def test_rubrics_of_a_labelled_contents_page_are_read_with_the_entry_below_them():
    """The split stage labelled the rubric lines over the entries as contents too (one rubric
    as a running head): where the entries print their pages, a line without one is a rubric
    and goes with the entry under it, not into an entry of its own."""
    vi_contents = [("vi", "contents", "MỤC LỤC"), ("vi", "header", "ĐIỂM TIN ĐỐI NGOẠI"),
                   ("vi", "contents", "ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI LẠNG SƠN 3"),
                   ("vi", "contents", "ĐIỂM TIN ĐỐI NGOẠI"),
                   ("vi", "contents", "HỘI ĐÀM GIỮA HAI TỈNH BIÊN GIỚI 5")]
    en_contents = [("en", "contents", "CONTENTS"), ("en", "contents", "Foreign Affairs News"),
                   ("en", "contents", "FRENCH AMBASSADOR VISITS AND WORKS IN LANG SON 4"),
                   ("en", "contents", "Foreign Affairs News"),
                   ("en", "contents", "TALKS BETWEEN THE TWO BORDER PROVINCES 6")]
    out = align(make_split([vi_contents, en_contents], name="rubrics"), Config())
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert [(p.vi, p.en) for p in record.paragraphs] == [
        ("ĐIỂM TIN ĐỐI NGOẠI ĐẠI SỨ PHÁP THĂM VÀ LÀM VIỆC TẠI LẠNG SƠN 3",
         "Foreign Affairs News FRENCH AMBASSADOR VISITS AND WORKS IN LANG SON 4"),
        ("ĐIỂM TIN ĐỐI NGOẠI HỘI ĐÀM GIỮA HAI TỈNH BIÊN GIỚI 5",
         "Foreign Affairs News TALKS BETWEEN THE TWO BORDER PROVINCES 6")]


def test_a_keywords_line_before_any_article_of_its_language_opens_one():
    """The split stage labelled a keywords line at the top of a page whose article starts on
    the page before in the other column order: align keeps it, in an article of its own."""
    blocks = [("en", "keywords", "Keywords: Viet Nam; Guangxi; border trade"),
              ("en", "title", "TALKS BETWEEN THE TWO BORDER PROVINCES"),
              ("en", "body", "On December 15, 2025, the two delegations met at the border.")]
    out = align(make_split([blocks], name="keywords-first"), Config())
    assert any(a.keywords.en == "Keywords: Viet Nam; Guangxi; border trade"
               for a in out.articles)
