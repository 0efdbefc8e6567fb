"""Contents pages on scans (issue 16): a heading set letter-spaced, which OCR reads in pieces
(``| N TH IS ISS U E``), still names the page's list; and the line set right over a contents
heading (the English section's banner, ``ENGLISH SECTION``, or the other language's heading
OCR garbled) is no article's title.

Saved artifacts: ``tests/data/layouts-scans/cover-contents-twins`` (a cover's inside page:
``TRONG SỐ NÀY`` over ``IN THIS ISSUE``, both letter-spaced, the Vietnamese one garbled) and
``digest-english-banner`` (the English section's first page: its banner, ``CONTENTS``, the
entries, then the first article)."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts.layout import Block, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.contents_banners import contents_banners
from magpipe.split.cover_lines import cover_pages
from magpipe.split.heading_lines import heading_line
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.headings import contents_heading

DATA = Path(__file__).parent / "data" / "layouts-scans"


def _blocks(name: str) -> list[Block]:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    return [b for p in result.pages for b in p.blocks]


def test_a_letter_spaced_heading_read_in_pieces_is_a_contents_heading() -> None:
    assert contents_heading("| N TH IS ISS U E") and contents_heading("C O N T E N T S")
    assert heading_line("M Ụ C  L Ụ C")
    assert not contents_heading("IN THIS ISSUE OF THE TREATY")
    assert not contents_heading("CON TENTS ARE LISTED")


def test_a_scanned_cover_lists_its_contents_under_a_letter_spaced_heading() -> None:
    """The English heading, read in pieces under the garbled Vietnamese one, is a line of its
    own that names the list: both entries are contents, and the garbled heading over it is
    kept out of the articles too."""
    blocks = _blocks("cover-contents-twins")
    heading = next(b for b in blocks if b.text == "| N TH IS ISS U E")
    assert heading.role == Role.CONTENTS
    entries = [b for b in blocks if b.text.startswith("3 L")]
    assert len(entries) == 2 and all(b.role == Role.CONTENTS for b in entries)
    garbled = [b for b in blocks if b.text.startswith("tƯ RO") or b.text == "N AYV"]
    assert garbled and all(b.role == Role.HEADER for b in garbled)


def test_the_banner_over_the_english_sections_contents_is_no_title() -> None:
    blocks = _blocks("digest-english-banner")
    banner = next(b for b in blocks if "ENGLISH SECTION" in b.text)
    assert banner.role == Role.HEADER
    assert next(b for b in blocks if b.text == "CONTENTS").role == Role.CONTENTS
    # the first article, under the list, keeps its title
    assert any(b.role == Role.TITLE and b.text.startswith("LEADER OF THE PROVINCIAL")
               for b in blocks)


def _f(text: str, box: tuple[float, float, float, float], lines: int = 1,
       size: float = 9.0) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.5, bold=False, lines=lines, column=-1,
                 column_box=(40.0, 560.0))


PAGE = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset())


def test_only_a_title_standing_right_over_the_contents_heading_is_its_banner() -> None:
    heading = _f("CONTENTS", (40.0, 100.0, 110.0, 114.0), size=14.0)
    entry = _f("FRENCH AMBASSADOR VISITS LANG SON 8", (40.0, 120.0, 480.0, 130.0))
    banner = _f("ENGLISH SECTION", (240.0, 70.0, 350.0, 90.0), size=20.0)
    roles = [Role.TITLE, Role.CONTENTS, Role.CONTENTS]
    assert contents_banners(roles, [banner, heading, entry], PAGE)[0] == Role.HEADER
    # an article's title with its text between it and the heading keeps its role
    text = _f("Ngày 12/12/2025, đoàn công tác đã đến thăm tỉnh.", (40.0, 80.0, 480.0, 96.0), 2)
    roles = [Role.TITLE, Role.BODY, Role.CONTENTS, Role.CONTENTS]
    high = _f("ENGLISH SECTION", (240.0, 40.0, 350.0, 60.0), size=20.0)
    assert contents_banners(roles, [high, text, heading, entry], PAGE) == roles
    # a title far over the heading, or beside the list, is none either
    far = _f("ENGLISH SECTION", (240.0, 20.0, 350.0, 40.0), size=20.0)
    beside = _f("ENGLISH SECTION", (500.0, 70.0, 580.0, 90.0), size=20.0)
    for title in (far, beside):
        roles = [Role.TITLE, Role.CONTENTS, Role.CONTENTS]
        assert contents_banners(roles, [title, heading, entry], PAGE) == roles


def _cover(text: str, top: float, lines: int = 1, size: float = 10.0) -> Facts:
    return Facts(text=text, box=(40.0, top, 450.0, top + 1.3 * size * lines), size=size,
                 cw=size / 2, bold=True, lines=lines, column=0, column_box=(40.0, 560.0))


def test_a_cover_line_whose_page_ocr_lost_runs_into_the_next_and_is_still_one() -> None:
    """A scanned cover: OCR lost the Vietnamese line's page number and read its last line
    (``NAM · tr.``) with the English line under it; the two lines it kept stand flush over
    that block, at its left edge, and are a cover line too, not an article's title."""
    facts = [_cover("ĐÔI BỜ HỮU NGHỊ", 22, size=44.0),
             _cover("FRIENDSHIP ACROSS THE BORDER", 85, size=14.0),
             _cover("Số 4 (36) · Tháng 12/2025", 109, size=8.0),
             _cover("LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT", 600, 2, 12.0),
             _cover("NAM · tr. LEADER OF THE PROVINCIAL COMMITTEE RECEIVES · p. 3", 632, 2),
             _cover("ĐOÀN ĐẠI BIỂU TỈNH THĂM TRUNG QUỐC · tr. 5", 671, 2, 12.0),
             _cover("PROVINCIAL DELEGATION VISITS CHINA · p. 5", 721, 2)]
    roles = [Role.TITLE, Role.BYLINE, Role.BODY, Role.TITLE] + [Role.INTRO] * 3
    assert cover_pages(roles, facts, PAGE) == [Role.HEADER] * 3 + [Role.CONTENTS] * 4
    # set apart over the first cover line (white between), a title is the nameplate's
    apart = [*facts[:3], _cover("LÃNH ĐẠO UBND TỈNH", 560, 1, 12.0), *facts[4:]]
    assert cover_pages(roles, apart, PAGE)[3] == Role.HEADER
