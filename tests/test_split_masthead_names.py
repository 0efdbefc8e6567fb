"""A masthead whose name was kept out already (``split.bulletin_bands.mastheads``): where the
publication's name over the first page is also its running head on the other pages, the
rule for running heads set inside the page (``heads.heads_inside``) keeps it out first, and
the dated issue lines under it (``Số 37 · Thứ Sáu, ngày 12 tháng 12 năm 2025``) must still go
with it, not stay as article text (an advertorial bulletin's first page, born-digital); the
name's twin read as the running head on a scan is the masthead's too."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.bulletin_bands import mastheads
from magpipe.split.roles import Facts, PageFacts, furniture_key

NAME = "DIỄN ĐÀN DOANH NGHIỆP BIÊN GIỚI"


def _f(text: str, box: tuple[float, float, float, float], lines: int = 1, size: float = 9.0,
       bold: bool = False) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.5, bold=bold, lines=lines, column=-1,
                 column_box=(40.0, 760.0))


PAGE = PageFacts(width=800.0, height=1100.0, body_size=9.0, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset(), running=frozenset({furniture_key(NAME)}))
FACTS = [_f(NAME, (184.0, 50.0, 610.0, 94.0), size=30.0, bold=True),
         _f("Border Business Forum", (312.0, 96.0, 482.0, 118.0), size=16.0),
         _f("Số 37 · Thứ Sáu, ngày 12 tháng 12 năm 2025 · Giá 6.000 đồng",
            (39.0, 127.0, 301.0, 134.0), size=7.0),
         _f("Issue 37 · Friday, 12 December 2025 · Price VND 6,000", (520.0, 127.0, 755.0, 134.0),
            size=7.0),
         _f("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC CỬA KHẨU HỮU NGHỊ - CHI LĂNG",
            (39.0, 159.0, 373.0, 209.0), 2, size=18.0, bold=True),
         _f("Ngày 19/12/2025, UBND tỉnh Lạng Sơn tổ chức Lễ thông tuyến dự án.",
            (39.0, 215.0, 390.0, 263.0), 4)]


def test_issue_lines_under_a_name_kept_out_as_the_running_head_are_the_mastheads() -> None:
    roles = [Role.ASIDE, Role.ASIDE, Role.SECTION, Role.SECTION, Role.TITLE, Role.BODY]
    out = mastheads(roles, FACTS, PAGE)
    assert out[2:] == [Role.HEADER, Role.HEADER, Role.TITLE, Role.BODY]
    # the name, kept out as the running head, is the masthead's head too; its twin, an aside
    # for another reason, is left as it is
    assert out[:2] == [Role.HEADER, Role.ASIDE]


def test_the_names_twin_read_as_the_running_head_is_the_mastheads() -> None:
    # a scan: the running heads of the other pages read ``BORDER BUSINESS FORUM``, as the
    # name's English twin under it does once its OCR slips are put right
    page = PageFacts(width=800.0, height=1100.0, body_size=9.0, body_cw=4.5, columns=2,
                     exact=False, repeated=frozenset(),
                     running=frozenset({furniture_key("BORDER BUSINESS FORUM")}))
    roles = [Role.TITLE, Role.ASIDE, Role.SECTION, Role.SECTION, Role.TITLE, Role.BODY]
    assert mastheads(roles, FACTS, page)[:4] == [Role.HEADER] * 4


def test_a_name_kept_out_needs_a_story_title_under_its_issue_line() -> None:
    roles = [Role.ASIDE, Role.ASIDE, Role.SECTION, Role.SECTION, Role.BODY, Role.BODY]
    assert mastheads(roles, FACTS, PAGE) == roles


def test_a_name_whose_last_word_ocr_lost_is_centred_by_its_twin() -> None:
    # a scan of a name set large on a tint: OCR lost its last word, so the name's box stops
    # short of the centre's mirror; the twin under it still stands centred across the page
    cut = [_f("DIỄN ĐÀN DOANH NGHIỆP BIÊN", (184.0, 50.0, 540.0, 94.0), size=30.0, bold=True),
           *FACTS[1:]]
    roles = [Role.TITLE, Role.BYLINE, Role.BODY, Role.BODY, Role.TITLE, Role.BODY]
    assert mastheads(roles, cut, PAGE) == [Role.HEADER] * 4 + [Role.TITLE, Role.BODY]
    # neither the name nor a line under it centred: a headline in a cell, left alone
    aside = [_f("DIỄN ĐÀN DOANH NGHIỆP BIÊN", (184.0, 50.0, 540.0, 94.0), size=30.0),
             _f("Border Business Forum", (184.0, 96.0, 354.0, 118.0), size=16.0), *FACTS[2:]]
    assert mastheads(roles, aside, PAGE) == roles
