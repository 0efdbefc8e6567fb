"""Leads set in italics (issue 16): the text layer's font names say which words are italic
(``extract.wordlines.italic_font``, carried per word as ``Word.italic`` and per line and
block as weight is), and an italic paragraph first under its title, before roman text, is
the article's intro (``split.italic_leads``), where its look made it body."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.extract.wordlines import italic_font
from magpipe.split.italic_leads import italic_leads
from magpipe.split.pieces import make_line
from magpipe.split.roles import Facts, PageFacts


def test_a_font_name_says_its_cut_is_italic():
    for name in ("Lato-Italic", "ABCDEF+DejaVuSans-BoldOblique", "Arial,Italic",
                 "TimesNewRomanPS-ItalicMT", "MinionPro-It", "MyriadPro-SemiboldIt"):
        assert italic_font(name), name
    for name in ("Lato-Regular", "Tinos-Bold", "ItcGaramond", "Bitstream Vera", "Item-Regular",
                 "ABCDIT+NotoSerif"):
        assert not italic_font(name), name


def test_a_line_is_italic_when_most_of_its_characters_are():
    words = (Word("Ngày", (0, 0, 20, 10), 9.0, italic=True),
             Word("27/11/2025,", (22, 0, 70, 10), 9.0, italic=True),
             Word("tại", (72, 0, 85, 10), 9.0))
    assert make_line(words, [0, 1, 2]).italic
    assert not make_line(words, [2]).italic
    assert not make_line(tuple(Word(w.text, w.box, w.size) for w in words), [0, 1, 2]).italic


PAGE = PageFacts(width=595.0, height=842.0, body_size=9.0, body_cw=4.4, columns=2, exact=True,
                 repeated=frozenset())


def _block(text: str, box: tuple[float, float, float, float], lines: int, *,
           size: float = 9.0, italic: bool = False) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.4, bold=False, lines=lines, column=0,
                 column_box=(40.0, 290.0), italic=italic)


def _article(lead_italic: bool = True, text_italic: bool = False) -> list[Facts]:
    return [_block("LỄ THÔNG TUYẾN CAO TỐC", (40, 60, 290, 90), 2, size=16.0),
            _block("Ngày 19/12/2025, UBND tỉnh Lạng Sơn tổ chức Lễ thông tuyến ...",
                   (40, 100, 290, 140), 4, italic=lead_italic),
            _block("Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng ...",
                   (40, 150, 290, 300), 12, italic=text_italic),
            _block("Tuyến cao tốc dài gần 60 km ...", (40, 310, 290, 400), 8,
                   italic=text_italic)]


def test_an_italic_paragraph_under_its_title_before_roman_text_is_the_intro():
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert italic_leads(roles, _article(), PAGE) == [Role.TITLE, Role.INTRO, Role.BODY,
                                                     Role.BODY]


def test_text_set_in_italics_all_through_has_no_italic_lead():
    """An English translation set in italics: its first paragraph is no lead."""
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert italic_leads(roles, _article(text_italic=True), PAGE) == roles


def test_an_italic_paragraph_among_the_text_or_on_an_ocr_page_stays_body():
    facts = _article(lead_italic=False)
    facts[2] = _block(facts[2].text, facts[2].box, facts[2].lines, italic=True)  # mid-text
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert italic_leads(roles, facts, PAGE) == roles
    ocr = PageFacts(width=595.0, height=842.0, body_size=9.0, body_cw=4.4, columns=2,
                    exact=False, repeated=frozenset())
    assert italic_leads(roles, _article(), ocr) == roles
