"""Article heads (titles in capitals at body size, bylines under titles, labels, keywords lines)
and contents pages named by their heading, on small hand-made block descriptions."""

from __future__ import annotations

from dataclasses import replace

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.contents_pages import contents_entries
from magpipe.split.heads import (
    article_heads,
    byline_languages,
    caps_titles,
    heads_inside,
    intros_below_columns,
    notes_after_bylines,
    wide_leads,
)
from magpipe.split.roles import Facts, furniture_key
from magpipe.text.headings import (
    contents_heading,
    footnote_like,
    jump_line,
    keywords_line,
    ocr_note_mark,
    section_number,
)
from test_split_roles import PAGE, facts

TITLE = "LÃNH ĐẠO UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI LÃNH SỰ DANH DỰ VIỆT NAM TẠI BRAZIL"
TEXT = "Chiều ngày 11/11/2025, tại trụ sở UBND tỉnh, ông Đinh Hữu Học chủ trì buổi đón tiếp."


def _entry() -> list[Facts]:
    return [facts(TITLE, box=(40, 100, 262, 130), lines=3, bold=True),
            facts("MAI THU", box=(40, 134, 80, 143), lines=1),
            facts("Tóm tắt", box=(40, 147, 70, 155), lines=1, bold=True),
            facts(TEXT, box=(40, 159, 262, 200), lines=4),
            facts("Từ khóa: Đinh Hữu Học; Lạng Sơn; Brazil", box=(40, 204, 250, 213), lines=1)]


def test_a_summary_entry_gets_title_byline_label_and_keywords() -> None:
    entry = _entry()
    roles = caps_titles([Role.INTRO, Role.BODY, Role.BODY, Role.BODY, Role.BODY], entry, PAGE)
    assert article_heads(roles, entry, PAGE) == [Role.TITLE, Role.BYLINE, Role.LABEL, Role.BODY,
                                                 Role.KEYWORDS]


def test_a_lead_in_capitals_ending_a_sentence_stays_an_intro() -> None:
    lead = facts("NGÀY 19/12/2025, UBND TỈNH LẠNG SƠN TỔ CHỨC LỄ THÔNG TUYẾN DỰ ÁN.", lines=3)
    assert caps_titles([Role.INTRO], [lead], PAGE) == [Role.INTRO]


def test_pieces_of_a_lead_in_capitals_cut_up_by_ocr_are_no_titles() -> None:
    """OCR cut a capitals lead line by line: no piece ends a sentence, but together they run
    longer than a title."""
    lines = ["ON DECEMBER 19, 2025, THE LANG SON PROVINCIAL PEOPLE'S",
             "COMMITTEE ORGANIZED THE TECHNICAL TRAFFIC OPENING CEREMONY",
             "OF THE HUU NGHI BORDER GATE - CHI LANG EXPRESSWAY PROJECT",
             "UNDER THE BOT (BUILD-OPERATE-TRANSFER) MODEL WITH LEADERS",
             "OF THE PROVINCE AND THE MINISTRY OF CONSTRUCTION ATTENDING"]
    pieces = [facts(t, box=(40, 100 + 12 * k, 262, 109 + 12 * k), lines=1)
              for k, t in enumerate(lines)]
    assert caps_titles([Role.BODY] * 5, pieces, PAGE) == [Role.BODY] * 5
    assert caps_titles([Role.BODY], pieces[:1], PAGE) == [Role.TITLE]
    # a short piece of it set flush right is no byline
    roles = [Role.BODY, Role.BODY, Role.BYLINE, Role.BODY, Role.BODY]
    assert article_heads(roles, pieces, PAGE) == [Role.BODY] * 5


def test_a_rubric_of_a_few_words_is_no_title() -> None:
    assert caps_titles([Role.BODY], [facts("TIÊU ĐIỂM", lines=1)], PAGE) == [Role.BODY]


def test_keywords_lines_and_sentences_with_a_colon() -> None:
    assert keywords_line("Keywords: Viet Nam; Guangxi Zhuang Autonomous Region; Canh Toan")
    assert keywords_line("Từ khóa: Lạng Sơn; Hữu Nghị; Chi Lăng")
    assert not keywords_line("Note: the delegation visited the border gate on Monday.")


def test_a_list_running_on_in_lower_case_at_a_page_head_is_no_keywords_line() -> None:
    # the end of a sentence carried over from the page before (english-first-1 of seed 5200:
    # "... đại diện Lãnh đạo các sở, | ngành: Ngoại vụ, ..."): a label opens with a capital
    run_on = ("ngành: Ngoại vụ, Văn hoá, Thể thao và Du lịch, Công thương, Văn phòng UBND "
              "tỉnh, Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh.")
    assert not keywords_line(run_on)
    assert keywords_line("Từ khóa: Lạng Sơn; Hữu Nghị; Chi Lăng")
    roles = [Role.BODY, Role.BODY]
    assert article_heads(roles, [facts(run_on, lines=2), facts("Tại buổi làm việc, ông Đinh "
                                                               "Hữu Học phát biểu.", lines=4)],
                         PAGE) == roles


def test_a_page_headed_contents_keeps_its_entries_out_without_page_numbers() -> None:
    """OCR lost the page numbers set far right of the entries: the heading names the page."""
    page = [facts("MỤC LỤC", box=(36, 60, 116, 78), size=17, lines=1),
            facts("ĐIỂM TIN ĐỐI NGOẠI", box=(35, 92, 114, 102), lines=1),
            facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC CỬA KHẨU HỮU NGHỊ - CHI LĂNG",
                  box=(42, 106, 603, 119), lines=1)]
    roles = contents_entries([Role.TITLE, Role.BYLINE, Role.BODY], page)
    assert roles == [Role.CONTENTS] * 3
    assert contents_heading("MUC LUC") and contents_heading("Contents:")
    assert not contents_heading("CONTENTS OF THE TREATY")


def test_text_spanning_the_columns_below_them_is_a_note_not_an_intro() -> None:
    """A shaded box across the page's foot, under the columns: an intro opens its article
    above them."""
    page = [facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", box=(40, 60, 498, 80), size=15, lines=1,
                  column=-1),
            facts(TEXT, box=(40, 90, 498, 130), lines=3, column=-1),
            facts(TEXT, box=(40, 140, 262, 400), lines=20, column=0),
            facts(TEXT, box=(276, 140, 498, 400), lines=20, column=1),
            facts(TEXT, box=(40, 700, 498, 740), lines=3, column=-1)]
    roles = [Role.TITLE, Role.INTRO, Role.BODY, Role.BODY, Role.INTRO]
    assert intros_below_columns(roles, page, PAGE) == [Role.TITLE, Role.INTRO, Role.BODY,
                                                       Role.BODY, Role.ASIDE]


def test_the_running_head_set_inside_a_page_is_no_article_title() -> None:
    """A house ad repeating the publication's name (its running head) in a box on the page."""
    page = replace(PAGE, running=frozenset({furniture_key("BẢN TIN ĐỐI NGOẠI LẠNG SƠN")}))
    blocks = [facts("BẢN TIN ĐỐI NGOẠI LẠNG SƠN", box=(300, 600, 480, 615), size=12, lines=1),
              facts(TITLE, box=(40, 100, 262, 130), lines=3)]
    assert heads_inside([Role.TITLE, Role.TITLE], blocks, page) == [Role.ASIDE, Role.TITLE]


def test_a_name_under_a_title_takes_the_titles_language_whatever_its_marks() -> None:
    """Repair put marks on the English copy's name (``MAI THỦ``): under an English title it is
    English; a name after an English paragraph of its column is English too."""
    roles = [Role.TITLE, Role.BYLINE, Role.BODY, Role.OTHER, Role.BYLINE]
    texts = ["LEADER RECEIVES THE HONORARY CONSUL", "MAI THỦ", "On the afternoon ...", "ˆ",
             "VŨ GIANG"]
    langs = [Lang.EN, Lang.VI, Lang.EN, Lang.EN, Lang.VI]
    assert byline_languages(roles, [0] * 5, texts, langs) == [Lang.EN] * 5


def test_twin_names_in_a_row_are_one_per_language() -> None:
    """Interleaved copy: each Vietnamese paragraph followed by its English twin, then both
    names. Marks tell the Vietnamese one; without marks (OCR) they take turns after the last
    paragraph; a name with a word that says its language is left to its letters."""
    roles = [Role.BODY, Role.BODY, Role.BYLINE, Role.BYLINE]
    texts = ["Trước đó, bà Okuno ...", "Before the meeting, Ms. Okuno ...", "MAI THU", "MAI THU"]
    langs = [Lang.VI, Lang.EN, Lang.EN, Lang.EN]
    assert byline_languages(roles, [0] * 4, texts, langs)[2:] == [Lang.VI, Lang.EN]
    marked = [*texts[:2], "KHONG NGHIA", "KHỔNG NGHĨA"]
    assert byline_languages(roles, [0] * 4, marked, langs)[2:] == [Lang.EN, Lang.VI]
    worded = [*texts[:2], "LÃ VIỆT tổng hợp", "Synthesized by LA VIET"]
    assert byline_languages(roles, [0] * 4, worded, [Lang.VI, Lang.EN, Lang.VI, Lang.EN]) == \
        [Lang.VI, Lang.EN, Lang.VI, Lang.EN]


def test_smaller_text_after_a_closing_byline_is_a_note_not_the_articles_text() -> None:
    """OCR of a column ending ``... text / KHONG NGHIA / Editor's note: ...`` where the note,
    unboxed, is set at a tighter leading than the body: it belongs to no article. The same
    text under a byline set under a title, or at the body's leading, stays article text."""
    ocr = replace(PAGE, exact=False, body_pitch=12.0)
    text = "Within the framework of the working program, the delegation visited the gate."
    note = "Editor's note: Attending the delegation were Mr. Doseba Tua Sinay and others."
    blocks = [replace(facts(text, box=(40, 300, 262, 340)), pitch=12.0),
              replace(facts("KHONG NGHIA", box=(200, 345, 262, 353), lines=1)),
              replace(facts(note, box=(40, 380, 262, 430)), pitch=10.8)]
    roles = [Role.BODY, Role.BYLINE, Role.BODY]
    assert notes_after_bylines(roles, blocks, ocr)[2] == Role.ASIDE
    assert notes_after_bylines([Role.TITLE, Role.BYLINE, Role.BODY], blocks, ocr)[2] == Role.BODY
    even = [*blocks[:2], replace(blocks[2], pitch=12.0)]
    assert notes_after_bylines(roles, even, ocr)[2] == Role.BODY


def test_a_paragraph_under_its_title_twice_as_wide_as_the_body_is_the_lead() -> None:
    """A one-column page (photos beside the text): the lead set across the page under the
    title, the body in a half-width column below it. A paragraph no wider than the body, or
    one not under a head, stays body text."""
    title = facts(TITLE, box=(46, 86, 504, 141), size=15, lines=3)
    lead = facts(TEXT, box=(46, 153, 521, 196), lines=4)
    body = [facts(TEXT, box=(46, 210 + 80 * k, 274, 278 + 80 * k), lines=6) for k in range(2)]
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert wide_leads(roles, [title, lead, *body]) == [Role.TITLE, Role.INTRO, Role.BODY,
                                                       Role.BODY]
    narrow = replace(lead, box=(46, 153, 274, 196))
    assert wide_leads(roles, [title, narrow, *body]) == roles
    assert wide_leads([Role.BODY] * 4, [body[0], lead, *body]) == [Role.BODY] * 4
    twin = replace(lead, box=(46, 200, 521, 240),       # the English lead, set next
                   text="The delegation of the province visited the border gate and the market.")
    got = wide_leads([Role.TITLE, Role.BODY, Role.BODY, *roles[2:]], [title, lead, twin, *body])
    assert got[:3] == [Role.TITLE, Role.INTRO, Role.INTRO]
    # after a lead read so by its look: its twin is a lead, the next paragraph in its own
    # language the text under it
    looked = [Role.TITLE, Role.INTRO, Role.BODY, *roles[2:]]
    assert wide_leads(looked, [title, lead, twin, *body])[:3] == looked[:2] + [Role.INTRO]
    text = replace(twin, text=lead.text)
    assert wide_leads(looked, [title, lead, text, *body])[:3] == looked[:3]


def test_a_wide_paragraph_under_its_titles_byline_is_the_lead_whatever_the_bylines_role() -> None:
    """The title's byline, a one-line name, is read as one by a pass after the leads' (an
    article's head): the wide paragraph under it is the lead all the same (feature-3 scanned:
    the name, read apart from the title, left the lead body text). A longer line under the
    title is no byline."""
    title = facts(TITLE, box=(46, 86, 504, 126), size=15, lines=2)
    name = facts("KHỔNG NGHĨA", box=(46, 132, 113, 142), lines=1)
    lead = facts(TEXT, box=(46, 150, 521, 186), lines=3)
    body = [facts(TEXT, box=(46, 197 + 80 * k, 274, 265 + 80 * k), lines=6) for k in range(2)]
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY, Role.BODY]
    assert wide_leads(roles, [title, name, lead, *body])[2] == Role.INTRO
    line = replace(name, text="Chiều ngày 11/11/2025, tại trụ sở UBND tỉnh Lạng Sơn")
    assert wide_leads(roles, [title, line, lead, *body])[2] == Role.BODY


def test_jump_lines_read_in_both_languages_with_or_without_marks_and_parentheses() -> None:
    for text in ("(Xem tiếp trang 3)", "(Tiếp theo trang 2)", "(Continued on page 3)",
                 "Continued from page 12.", "(Xem tiep trang 3)"):
        assert jump_line(text), text
    for text in ("Xem tiếp trang sau", "Tiếp theo là một câu dài hơn trang 3 nữa",
                 "Continued support for the province"):
        assert not jump_line(text), text


def test_section_numbers_open_numbered_headings_not_dates_or_rubrics() -> None:
    assert section_number("1. LÃNH ĐẠO UBND TỈNH") == 1
    assert section_number("2.1. Background") == 2
    assert section_number("3) Results") == 3
    for text in ("2- TIÊU ĐIỂM", "19/12/2025", "1.5 million people", "Chapter 2."):
        assert section_number(text) is None, text


def test_footnote_marks_and_what_ocr_makes_of_them() -> None:
    assert footnote_like("¹ Theo số liệu của Sở Ngoại vụ.") and footnote_like("* Note")
    assert not footnote_like("1 Theo số liệu")
    for text in ("1 Các chức danh", "? Theo số liệu", "‘Titles are given"):
        assert ocr_note_mark(text), text
    for text in ("12 people came", "Các chức danh", "1.5 million"):
        assert not ocr_note_mark(text), text
