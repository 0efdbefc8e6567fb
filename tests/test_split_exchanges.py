"""The rules for interviews, heads, translations set smaller and edition labels, on small
hand-made blocks: speaker labels (``text/speakers``), edition labels (``text/editions``), the
role passes of ``split/exchanges``, ``split/headlines``, ``split/bodysize`` and the contact
boxes' captions (``split/boxes``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from magpipe.align.photos import completes_credit
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.bodysize import other_body, page_body, second_body_size, translation_text
from magpipe.split.boxes import contact_boxes
from magpipe.split.exchanges import interview_turns, is_question, quote_twins
from magpipe.split.headlines import credit_rests, head_bylines, kicker_rubrics, title_last_lines
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.editions import cut_edition_label, edition_label
from magpipe.text.headings import keywords_line
from magpipe.text.speakers import speaker_label

PAGE = PageFacts(width=538.6, height=765.4, body_size=9.5, body_cw=4.75, columns=2,
                 repeated=frozenset(), exact=True)
LEFT, RIGHT = (40.0, 262.0), (276.0, 498.0)


def facts(text: str, box=(40.0, 300.0, 262.0, 340.0), size=9.5, bold=False, lines=4,
          column=0, pitch=0.0, inset=0.0) -> Facts:
    col = LEFT if column == 0 else RIGHT if column == 1 else (0.0, 538.6)
    return Facts(text=text, box=box, size=size, cw=size / 2, bold=bold, lines=lines,
                 column=column, column_box=col, pitch=pitch, inset=inset,
                 line_texts=tuple(text.split(" / ")) if " / " in text else ())


@pytest.mark.parametrize(("text", "label"), [
    ("PV: Xin ông cho biết?", "PV:"), ("Q: Could you tell us?", "Q:"), ("A: Yes.", "A:"),
    ("Hỏi: Ông đánh giá thế nào?", "Hỏi:"), ("Đáp: Chúng tôi...", "Đáp:"),
    ("Ông Nam: Tham dự buổi tiếp có...", "Ông Nam:"), ("Mr. Nam: Attending the meeting",
                                                       "Mr. Nam:"),
    ("Bà Nông Thị Hạnh: Chiều ngày", "Bà Nông Thị Hạnh:"), ("Reporter: Thank you.", "Reporter:"),
    ("Ông cho biết: dự án sẽ khởi công", None), ("Tham dự buổi tiếp có: ông A, bà B", None),
    ("Ảnh: MINH KHÔI", None), ("Quarterly results: up 5%", None), ("Từ khóa: hợp tác; đối ngoại",
                                                                   None),
])
def test_speaker_label_opens_a_turn_and_nothing_else(text: str, label: str | None) -> None:
    assert speaker_label(text) == label


def test_a_turn_opening_with_a_name_is_no_keywords_line() -> None:
    """``Ông Nam: ...`` has the shape of ``Label: term, term``; it is a turn, not keywords."""
    assert not keywords_line("Ông Nam: Tham dự buổi tiếp có đồng chí Đoàn Thị Hậu, Phó Bí thư.")
    assert keywords_line("Từ khóa: hợp tác, đối ngoại, Lạng Sơn")
    assert keywords_line("Keywords: cooperation; external affairs")


@pytest.mark.parametrize(("text", "cut"), [
    ("BẢN TIẾNG VIỆT ĐẠI SỨ CỘNG HOÀ PHÁP", ("BẢN TIẾNG VIỆT", "ĐẠI SỨ CỘNG HOÀ PHÁP")),
    ("BAN TIENG VIET LỄ THÔNG TUYẾN", ("BAN TIENG VIET", "LỄ THÔNG TUYẾN")),
    ("Bản dịch tiếng Việt: Hội đàm", ("Bản dịch tiếng Việt:", "Hội đàm")),
    ("ENGLISH VERSION TALKS BETWEEN", ("ENGLISH VERSION", "TALKS BETWEEN")),
    ("BẢN TIẾNG VIỆT", None), ("BẢN ĐỒ VIỆT NAM", None), ("Bản tin đối ngoại", None),
    ("ENGLISH SECTION", None),
])
def test_edition_label_is_cut_from_the_title_read_with_it(text: str, cut) -> None:
    assert cut_edition_label(text) == cut


def test_edition_label_alone_is_found() -> None:
    assert edition_label("BẢN TIẾNG VIỆT") == "BẢN TIẾNG VIỆT"
    assert edition_label("Vietnamese translation") == "Vietnamese translation"
    assert edition_label("TIÊU ĐIỂM") is None


def test_questions_end_with_a_question_mark() -> None:
    assert is_question("Ông đánh giá thế nào về hợp tác?")
    assert is_question("“What comes next?”")
    assert not is_question("Thank you very much!")


def test_bold_turns_of_an_interview_are_body_and_the_lead_stays_an_intro() -> None:
    """The lead under the title (bold, spanning) stays an intro; a bold paragraph opening with
    a speaker label, one asking a question, and one after body text in its column are body."""
    blocks = [
        facts("CHỦ TỊCH HỘI KIẾN", box=(40, 60, 498, 90), size=16, bold=True, lines=2,
              column=-1),
        facts("On November 27, 2025, the Chairman received the delegation.", bold=True,
              box=(40, 100, 498, 140), column=-1),
        facts("Could you tell us about the main results of external affairs?", bold=True,
              box=(40, 150, 262, 170), lines=2),
        facts("The results were many and the province is proud of them all.",
              box=(40, 175, 262, 230), lines=5),
        facts("Q: And the visits and working sessions in the recent months", bold=True,
              box=(40, 240, 262, 260), lines=2),
        facts("They went well and brought new agreements for the border trade.",
              box=(40, 265, 262, 320), lines=5),
        facts("Thank you very much for sharing your views with our readers", bold=True,
              box=(40, 330, 262, 350), lines=2),
    ]
    roles = [Role.TITLE, Role.INTRO, Role.INTRO, Role.BODY, Role.INTRO, Role.BODY, Role.INTRO]
    out = interview_turns([str(r) for r in roles], blocks, PAGE)
    assert out == [Role.TITLE, Role.INTRO, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY]


def test_a_bold_lead_after_a_title_in_its_column_stays_an_intro() -> None:
    blocks = [facts("HỘI ĐÀM GIỮA HAI TỈNH", box=(40, 60, 262, 90), size=16, bold=True,
                    lines=2),
              facts("Ngày 19/12/2025, hai tỉnh đã hội đàm tại Lạng Sơn.", bold=True,
                    box=(40, 100, 262, 140))]
    assert interview_turns([Role.TITLE, Role.INTRO], blocks, PAGE) == [Role.TITLE, Role.INTRO]


def test_a_name_in_capitals_flush_right_under_the_title_is_its_byline() -> None:
    """``VŨ GIANG`` over ``VU GIANG`` flush right under the title, read as a title in capitals:
    the byline. The same lines at the left, or far under the title, are not."""
    title = facts("CHỦ TỊCH HỘI KIẾN VỚI BÍ THƯ", box=(40, 60, 498, 110), size=16, bold=True,
                  lines=2, column=-1)
    name = facts("VŨ GIANG / VU GIANG", box=(440, 116, 498, 140), lines=2, column=1)
    assert head_bylines([Role.TITLE, Role.TITLE], [title, name], PAGE)[1] == Role.BYLINE
    left = facts("VŨ GIANG / VU GIANG", box=(276, 116, 330, 140), lines=2, column=1)
    assert head_bylines([Role.TITLE, Role.TITLE], [title, left], PAGE)[1] == Role.TITLE
    far = facts("VŨ GIANG / VU GIANG", box=(440, 200, 498, 224), lines=2, column=1)
    assert head_bylines([Role.TITLE, Role.TITLE], [title, far], PAGE)[1] == Role.TITLE


def test_a_line_set_like_the_title_right_under_it_is_the_titles_last_line() -> None:
    """The English title's last line, set apart by the geometry and read as a byline: set in
    the title's size, weight and capitals, closer than its line pitch, it is the title's. A
    byline set smaller under the title stays a byline."""
    title = facts("CHAIRMAN OF THE GOVERNMENT MEETS WITH THE SECRETARY OF THE LANG",
                  box=(40, 162, 478, 194), size=12.8, bold=True, lines=2, column=-1, pitch=19.3)
    last = facts("SON PROVINCIAL PARTY COMMITTEE", box=(40, 201, 256, 214), size=12.8,
                 bold=True, lines=1, column=0)
    assert title_last_lines([Role.TITLE, Role.BYLINE], [title, last], PAGE)[1] == Role.TITLE
    byline = facts("MAI THU", box=(40, 201, 90, 212), size=9.5, bold=True, lines=1)
    assert title_last_lines([Role.TITLE, Role.BYLINE], [title, byline], PAGE)[1] == Role.BYLINE


def _words(size: float, text: str, n: int, y: float = 100.0) -> list[Word]:
    return [Word(text=text, box=(40.0 + 30 * (k % 10), y + size * 2 * (k // 10),
                                 68.0 + 30 * (k % 10), y + size * 2 * (k // 10) + size), size=size)
            for k in range(n)]


def test_a_translation_set_smaller_is_the_documents_second_body_size() -> None:
    """English body at 10, its Vietnamese translation at 9.2, captions of both languages at 8:
    the second body size is the translation's; a document whose smaller size holds both
    languages (captions) has none."""
    english = tuple(_words(10.0, "meeting", 400))
    vietnamese = tuple(_words(9.2, "hội đàm", 300))
    captions = tuple(_words(8.0, "Ảnh", 60) + _words(8.0, "Photo", 60, y=500))
    pages = [english + captions, vietnamese]
    assert second_body_size(pages, 10.0) == pytest.approx(9.2, rel=0.03)
    mixed = tuple(_words(10.0, "meeting", 200) + _words(10.0, "hội", 200, y=400))
    boxed = tuple(_words(9.2, "meeting", 150) + _words(9.2, "hội", 150, y=500))
    assert second_body_size([mixed, boxed], 10.0) is None


def test_a_translation_page_holding_little_text_takes_the_second_body_size() -> None:
    """A page of the translation: its title, one paragraph, long captions set small. Its own
    median lands on the captions; it takes the document's second body size."""
    page = tuple(_words(9.2, "hội đàm", 40) + _words(7.0, "chú thích ảnh", 150, y=400)
                 + _words(16.0, "TIÊU ĐỀ", 20, y=40))
    assert page_body(page, 10.0, 9.2) == pytest.approx(9.2)
    assert page_body(page, 10.0, None) == pytest.approx(7.0)
    assert other_body(10.0, 10.0, 9.2) == 9.2 and other_body(9.2, 10.0, 9.2) == 10.0
    assert other_body(10.0, 10.0, None) == 0.0


def test_text_set_in_the_documents_other_body_size_in_its_column_is_running_text() -> None:
    """Lines read as a note for their smaller size: running text when set in the document's
    other body size and flush with their column; a note held in from both edges (boxed), or
    set in a third size, stays a note."""
    page = PageFacts(width=538.6, height=765.4, body_size=10.0, body_cw=5.0, columns=2,
                     repeated=frozenset(), exact=True, other_body=9.2)
    run_on = facts("Tại buổi làm việc, ông Đinh Hữu Học bày tỏ vui mừng.", size=9.2, lines=9)
    boxed = facts("Ghi chú của tòa soạn về số báo này.", size=9.2, lines=4, inset=8.0)
    small = facts("A note set small beside the text of the page.", size=8.5, lines=4)
    out = translation_text([Role.ASIDE] * 3, [run_on, boxed, small], page)
    assert out == [Role.BODY, Role.ASIDE, Role.ASIDE]
    plain = PageFacts(width=538.6, height=765.4, body_size=10.0, body_cw=5.0, columns=2,
                      repeated=frozenset(), exact=True)
    assert translation_text([Role.ASIDE], [run_on], plain) == [Role.ASIDE]


def test_a_translation_set_small_enough_to_read_as_captions_is_running_text() -> None:
    """A translation set at 0.88 of the original's size or smaller reads as captions by its
    look; long, uncredited, in the document's other body size and flush with its column, in
    the other language than the page's running text, it is running text. A caption of two
    lines, one with a photo credit, or one in the language of the page's running text (an
    English-first issue's English captions set as small as its Vietnamese translation),
    stays a caption."""
    page = PageFacts(width=538.6, height=765.4, body_size=10.0, body_cw=5.0, columns=2,
                     repeated=frozenset(), exact=True, other_body=8.6)
    text = facts("Tham dự Hội đàm có đồng chí Đinh Hữu Học, Ủy viên Ban Thường vụ Tỉnh ủy.",
                 size=10.0, lines=9)
    run_on = facts("Attending the talks were Mr. Dinh Huu Hoc and others.", size=8.6, lines=9)
    short = facts("The delegation at the border gate.", size=8.6, lines=2)
    credited = facts("The delegation at the border gate. Photo: TRI DUNG", size=8.6, lines=3)
    roles = [Role.BODY] + [Role.CAPTION] * 3
    out = translation_text(roles, [text, run_on, short, credited], page)
    assert out == [Role.BODY, Role.BODY, Role.CAPTION, Role.CAPTION]
    own = facts("Đoàn đại biểu tỉnh Lạng Sơn thăm khu kinh tế cửa khẩu và làm việc.", size=8.6,
                lines=3)
    assert translation_text(roles[:2], [text, own], page) == [Role.BODY, Role.CAPTION]


def test_contact_lines_read_as_captions_join_the_contact_box() -> None:
    """An imprint box set smaller than the body: its lines read as captions (no photo credit)
    and its heading as text. Two contact fields make the box; its heading and the paragraph
    set in its size go with it; a real caption beside it (with a credit) stays a caption."""
    heading = facts("ABOUT THIS REVIEW", box=(276, 171, 420, 180), size=8.0, lines=1, column=1)
    about = facts("The review is published every quarter by the Department.",
                  box=(276, 184, 498, 216), size=8.0, lines=3, column=1)
    office = facts("Editorial office: 2 Hoang Van Thu Street. Email: gateway@example.vn",
                   box=(276, 221, 498, 241), size=8.0, lines=2, column=1)
    photo = facts("The delegation visits the gate. Photo: MINH KHOI", box=(40, 221, 262, 241),
                  size=8.0, lines=2, column=0)
    roles = [Role.BODY, Role.CAPTION, Role.CAPTION, Role.CAPTION]
    out = contact_boxes([str(r) for r in roles], [heading, about, office, photo], PAGE)
    assert out == [Role.ASIDE, Role.ASIDE, Role.ASIDE, Role.CAPTION]


def test_a_kicker_on_a_rubrics_row_over_a_larger_title_is_a_rubric() -> None:
    """OCR reads ``PHỎNG VẤN`` wide enough for a title while ``INTERVIEW`` on its row is a
    rubric: over the larger title, the kicker is a rubric too. A short title with no rubric on
    its row, or with no larger title under it, stays a title."""
    ocr = PageFacts(width=538.6, height=765.4, body_size=7.7, body_cw=3.9, columns=2,
                    repeated=frozenset(), exact=False)

    def ocr_facts(text: str, box, cw: float, lines: int = 1, column: int = 0) -> Facts:
        return replace(facts(text, box=box, lines=lines, column=column), cw=cw, size=cw * 1.4)
    kicker = ocr_facts("PHỎNG VẤN", (35, 47, 95, 58), 7.1)
    mate = ocr_facts("INTERVIEW", (449, 50, 504, 58), 6.1, column=1)
    title = ocr_facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", (36, 70, 461, 117), 11.1, lines=2)
    roles = [Role.TITLE, Role.SECTION, Role.TITLE]
    assert kicker_rubrics([str(r) for r in roles], [kicker, mate, title], ocr) == [
        Role.SECTION, Role.SECTION, Role.TITLE]
    assert kicker_rubrics([Role.TITLE, Role.TITLE], [kicker, title], ocr)[0] == Role.TITLE
    small = ocr_facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", (36, 70, 461, 117), 7.0, lines=2)
    assert kicker_rubrics([str(r) for r in roles], [kicker, mate, small], ocr)[0] == \
        Role.TITLE


def test_a_pull_quotes_twin_under_it_is_kept_out_with_it() -> None:
    """The first answer quoted large in Vietnamese (an aside, in two pieces as OCR cut it),
    its English under it at the body's size, opening with a quotation mark: an aside too. A
    quoted paragraph under body text, or far under the quote, stays body."""
    quote = facts("“Phát biểu tại buổi làm việc, Đại sứ Olivier", box=(47, 50, 255, 64),
                  lines=1)
    rest = facts("Brochet cảm ơn sự đón tiếp trọng thị...”", box=(58, 67, 240, 82), lines=1)
    twin = facts("“Speaking at the meeting Ambassador Olivier Brochet thanked Lang Son...",
                 box=(41, 90, 260, 116), lines=2)
    roles = [Role.ASIDE, Role.ASIDE, Role.BODY]
    assert quote_twins([str(r) for r in roles], [quote, rest, twin], PAGE)[2] == Role.ASIDE
    body = facts("The meeting went well for both sides.", box=(41, 50, 260, 82), lines=3)
    assert quote_twins([Role.BODY, Role.BODY], [body, twin], PAGE)[1] == Role.BODY
    far = replace(twin, box=(41, 140, 260, 166))
    assert quote_twins([str(r) for r in roles], [quote, rest, far], PAGE)[2] == Role.BODY


def test_a_bracketed_credits_name_on_a_line_of_its_own_stays_with_its_caption() -> None:
    """``(Photo: VU`` ends a caption, ``GIANG)`` is read as a line of body text under it: it
    is the caption's. A short line under a caption that closes no bracket, and the caption's
    own credit joined in align, are told apart too."""
    caption = facts("The delegation works with the Association. (Photo: VU",
                    box=(35, 490, 206, 511), size=7.0, lines=2)
    rest = facts("GIANG)", box=(35, 515, 61, 522), size=7.0, lines=1)
    assert credit_rests([Role.CAPTION, Role.BODY], [caption, rest], PAGE)[1] == Role.CAPTION
    closed = replace(caption, text="The delegation works with the Association. (Photo: VU)")
    assert credit_rests([Role.CAPTION, Role.BODY], [closed, rest], PAGE)[1] == Role.BODY
    text = facts("Tham dự buổi lễ có (nhiều đại biểu", box=(35, 515, 200, 522), lines=1)
    assert credit_rests([Role.CAPTION, Role.BODY], [caption, text], PAGE)[1] == Role.BODY
    assert completes_credit("Association. (Photo: VU", "GIANG)", "en")
    assert not completes_credit("Association. (Photo: VU)", "GIANG)", "en")
    assert completes_credit("Toàn cảnh buổi lễ. Ảnh:", "TRÍ DŨNG", "vi")
