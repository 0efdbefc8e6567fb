"""The rules of a page of many short items (``magpipe.split.briefs``) and the dates that open a
calendar's entries (``magpipe.text.dates``), on blocks made up here: each headline in bold
capitals over its item's text, the masthead above, a calendar of coming events, and the
pages those rules must leave alone (a capitals lead under its title, one article's titles
under a rubric, a paragraph that opens with a date)."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.briefs import agendas, short_items
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import dated_entry

BODY = 9.0
PAGE = PageFacts(width=600.0, height=900.0, body_size=BODY, body_cw=4.5, columns=2,
                 repeated=frozenset(), exact=True)
HEAD_VI = "LÃNH ĐẠO TỈNH TIẾP ĐOÀN ĐẠI BIỂU KHU TỰ TRỊ QUẢNG TÂY"
HEAD_EN = "PROVINCIAL LEADER RECEIVES THE GUANGXI DELEGATION"
TEXT_VI = "Ngày 12/12/2025, tại trụ sở UBND tỉnh, lãnh đạo tỉnh đã tiếp đoàn đại biểu."
TEXT_EN = "On December 12, 2025, at the headquarters, the provincial leader received them."


def block(text: str, top: float, lines: int = 1, bold: bool = False, size: float = BODY,
          x: float = 40.0, width: float = 250.0) -> Facts:
    """A block at ``top``; its first line reads ``text``, the others run on."""
    height = lines * 1.2 * size
    return Facts(text=text, box=(x, top, x + width, top + height), size=size, cw=4.5,
                 bold=bold, lines=lines, column=0 if x < 300 else 1,
                 column_box=(x, x + width),
                 line_texts=(text,) + ("the line running on",) * (lines - 1))


def item(top: float, x: float, head: str, text: str) -> list[Facts]:
    """A headline of two lines in bold capitals and its text of four lines right under it."""
    return [block(head, top, lines=2, bold=True, x=x),
            block(text, top + 2.4 * BODY + 2, lines=4, x=x)]


def briefs_page() -> tuple[list[Facts], list[str]]:
    """A masthead (name and issue line in each language), then two items in both languages
    side by side; the headlines read by their look as an intro and a caption."""
    facts = [block("TIN VẮN ĐỐI NGOẠI", 40, size=2.3 * BODY, bold=True),
             block("Số 12 · Tháng 12 năm 2025", 66, size=0.9 * BODY),
             block("EXTERNAL AFFAIRS IN BRIEF", 50, bold=True, x=340),
             block("No. 12 · December 2025", 66, size=0.9 * BODY, x=340)]
    for top in (110.0, 220.0):
        facts += item(top, 40, HEAD_VI, TEXT_VI) + item(top, 340, HEAD_EN, TEXT_EN)
    roles = [Role.TITLE, Role.LABEL, Role.BODY, Role.BYLINE,
             Role.INTRO, Role.BODY, Role.CAPTION, Role.BODY,
             Role.INTRO, Role.BODY, Role.CAPTION, Role.BODY]
    return facts, [str(r) for r in roles]


def test_headlines_in_bold_capitals_over_item_text_are_titles_and_their_text_body():
    facts, roles = briefs_page()
    out = short_items(roles, facts, PAGE)
    assert [out[k] for k in (4, 6, 8, 10)] == [Role.TITLE] * 4
    assert [out[k] for k in (5, 7, 9, 11)] == [Role.BODY] * 4


def test_the_masthead_above_the_headlines_belongs_to_no_article():
    facts, roles = briefs_page()
    out = short_items(roles, facts, PAGE)
    assert out[:4] == [Role.HEADER] * 4


def test_a_page_of_one_article_keeps_its_rubric_and_its_capitals_lead():
    """A rubric over the title, the title, and a lead in capitals right under it: the lead is
    no headline (it follows its title), and one article's titles make no masthead."""
    facts = [block("ĐIỂM TIN", 40, bold=True),
             block(HEAD_VI, 60, lines=2, bold=True, size=2 * BODY),
             block(HEAD_VI, 60 + 4.8 * BODY + 2, lines=3, bold=True),
             block(TEXT_VI, 60 + 8.4 * BODY + 4, lines=12),
             block(HEAD_EN, 60, lines=2, bold=True, size=2 * BODY, x=340),
             block(TEXT_EN, 60 + 4.8 * BODY + 2, lines=12, x=340)]
    roles = [str(r) for r in (Role.SECTION, Role.TITLE, Role.INTRO, Role.BODY, Role.TITLE,
                              Role.BODY)]
    assert short_items(roles, facts, PAGE) == roles


def test_the_last_line_of_a_title_cut_off_is_no_headline():
    """A title whose last line the geometry cut off (a title right above it) and the other
    language's title: no page of short items, so the lines above stay titles."""
    facts = [block("HỘI ĐÀM GIỮA CHỦ TỊCH UBND TỈNH LẠNG SƠN VÀ", 40, bold=True, size=2 * BODY),
             block("CHỦ TỊCH CHÍNH QUYỀN KHU TỰ TRỊ QUẢNG TÂY", 40 + 2.4 * BODY, bold=True,
                   size=2 * BODY),
             block(TEXT_VI, 40 + 4.8 * BODY + 2, lines=8),
             block(HEAD_EN, 500, lines=2, bold=True, size=2 * BODY),
             block(TEXT_EN, 500 + 4.8 * BODY + 2, lines=8)]
    roles = [str(r) for r in (Role.TITLE, Role.TITLE, Role.BODY, Role.TITLE, Role.BODY)]
    assert short_items(roles, facts, PAGE) == roles


def test_a_display_line_far_larger_than_the_headlines_is_no_headline():
    """A masthead read with a line of junk under it (OCR) is set far larger than the items'
    headlines: it is not counted as one of them, and stays out as the masthead."""
    facts, roles = briefs_page()
    facts[1] = block("tei ee năm 2025 Số 12 - Tháng 12 eee", 66, lines=2, size=0.9 * BODY)
    roles[1] = str(Role.BODY)
    out = short_items(roles, facts, PAGE)
    assert out[0] == out[1] == Role.HEADER
    assert [out[k] for k in (4, 6, 8, 10)] == [Role.TITLE] * 4


def test_dated_entries_under_a_short_heading_are_a_calendar_of_no_article():
    facts = [block(TEXT_VI, 40, lines=4),
             block("SẮP DIỄN RA", 100, bold=True),
             block("20/12: Hội nghị tổng kết công tác đối ngoại năm 2025.", 112, lines=2),
             block("24/12: Gặp mặt các cơ quan đại diện nước ngoài.", 136, lines=2),
             block("COMING UP", 160, bold=True),
             block("20 December: Conference reviewing external affairs.", 172, lines=2),
             block("8 January: Opening of the border trade fair.", 196, lines=2)]
    roles = [str(Role.BODY), str(Role.LABEL)] + [str(Role.BODY)] * 2 + \
        [str(Role.LABEL)] + [str(Role.BODY)] * 2
    out = agendas(roles, facts, PAGE)
    assert out[0] == Role.BODY
    assert out[1:] == [Role.ASIDE] * 6


def test_a_heading_in_capitals_naming_the_months_heads_its_calendar():
    """A calendar's heading that names its months runs longer than a few words; set in
    capitals right over the first entry it is the calendar's heading, no article's text. A
    mixed-case line as long, or one in capitals far above the entries, is not."""
    facts = [block(TEXT_VI, 40, lines=4),
             block("LỊCH SỰ KIỆN THÁNG 1 - THÁNG 2", 100),
             block("12/01 - Hội nghị xúc tiến thương mại biên giới.", 112, lines=2),
             block("18/01 - Giải chạy bán marathon Mẫu Sơn.", 136)]
    roles = [str(Role.BODY)] * 4
    assert agendas(roles, facts, PAGE) == [Role.BODY] + [Role.ASIDE] * 3
    mixed = [*facts[:1], block("Các sự kiện của tỉnh trong tháng 1 và tháng 2", 100),
             *facts[2:]]
    assert agendas(roles, mixed, PAGE)[:2] == [Role.BODY] * 2
    far = [*facts[:1], block("LỊCH SỰ KIỆN THÁNG 1 - THÁNG 2", 60), *facts[2:]]
    assert agendas(roles, far, PAGE)[:2] == [Role.BODY] * 2


def test_an_entrys_last_words_read_apart_stay_in_its_calendar():
    """A scan may read an entry's last line as a block of its own, ending the run of dated
    blocks: the line that goes on in lower case right under an entry stopping mid-sentence
    stays in the calendar, and so does the entry after it."""
    facts = [block("EVENTS CALENDAR", 100),
             block("24 Jan - Lunar New Year fair of safe farm produce.", 112),
             block("2 Feb - Long Tong festival of Yen Trach commune, Cao Loc", 124),
             block("district.", 134, width=30.0),
             block("8 Feb - Seminar on education cooperation with Guangxi.", 146, lines=2),
             block(TEXT_EN, 200, lines=4)]
    roles = [str(Role.BODY)] * 6
    assert agendas(roles, facts, PAGE) == [Role.ASIDE] * 5 + [Role.BODY]
    # an entry ending its sentence is whole: the lower-case line under it is not its own
    ended = [*facts[:2], block("2 Feb - Long Tong festival of Yen Trach commune.", 124),
             block("and the text goes on in lower case.", 134, lines=2)]
    assert agendas(roles[:4], ended, PAGE) == [Role.ASIDE] * 3 + [Role.BODY]


def test_a_paragraph_that_opens_with_a_date_stays_article_text():
    facts = [block("Kỳ họp", 40, bold=True),
             block("20/12: ngày khai mạc kỳ họp, các đại biểu đã thảo luận.", 52, lines=3),
             block(TEXT_VI, 90, lines=4)]
    roles = [str(Role.LABEL), str(Role.BODY), str(Role.BODY)]
    assert agendas(roles, facts, PAGE) == roles


def test_dates_that_open_a_calendar_entry():
    for text in ("20/12: Hội nghị", "24 December: New Year meeting", "January 8: Opening",
                 "Ngày 8/1: Khai mạc", "20⁄12: OCR's fraction slash"):
        assert dated_entry(text), text
    for text in ("Ngày 27/11/2025, tại trụ sở", "1945: a year alone",
                 "On December 12, 2025, at the headquarters"):
        assert not dated_entry(text), text


def test_a_title_over_headed_sections_is_no_masthead():
    """A report's page: its title in the top band, then sections each headed in bold
    capitals over their text. Without two names side by side there is no masthead: the
    title stays the article's."""
    facts, roles = briefs_page()
    facts, roles = [block("BÁO CÁO CÔNG TÁC ĐỐI NGOẠI", 40, size=2 * BODY, bold=True)] + \
        facts[4:], [str(Role.TITLE)] + roles[4:]
    out = short_items(roles, facts, PAGE)
    assert out[0] == Role.TITLE
    # (the first heading reads as a lead in capitals after the title: left as it was)
    assert [out[k] for k in (3, 5, 7)] == [Role.TITLE] * 3
