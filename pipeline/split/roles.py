"""The role of a block: title, intro, body, caption, credit, byline, section label, furniture.

Pure rules on what a block looks like and where it sits; each rule says why it exists. Sizes are
compared with the page's body size, never taken as absolute points, because OCR reports line
heights and the text layer reports font sizes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.pieces import JUNK_CONF
from magpipe.text.credits import CREDIT_MARK

FURNITURE_MARGIN = 0.06  # share of the page height at top and bottom where furniture sits
REPEAT_MARGIN = 0.12  # text repeated on other pages counts as furniture this far in
TITLE_SIZE = 1.3      # x body size: larger text is a title
TITLE_WIDTH = 1.7    # x body width per character: wider is a title (capitals are ~1.4)
CAPTION_WIDTH = 0.85  # x body width per character: narrower is a caption (OCR)
CAPTION_SIZE = 0.88   # x body size: smaller text is a caption (or furniture)

_PAGE_NUMBER = re.compile(r"^(?:trang|page|tr\.)?\s*[-–—]?\s*\d{1,3}\s*[-–—]?$", re.IGNORECASE)
# "2- TIÊU ĐIỂM / Focal Points", "TIÊU ĐIỂM", "Focal Points": a number and dash, or a slash
# between a capitalised Vietnamese half and an English half.
_RUBRIC_NUMBER = re.compile(r"^\d{1,2}\s*[-–.]\s*\S")
_BYLINE = re.compile(r"(tổng hợp|tong hop|biên dịch|^theo\b|^nguồn\b|synthesi[sz]ed by|"
                     r"^compiled by|^by\b|^source\b|^translated by)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Facts:
    """What the role rules look at for one block."""

    text: str
    box: Box
    size: float          # median line size (height)
    cw: float            # median width per character
    bold: bool
    lines: int
    column: int          # -1 when the block spans columns
    column_box: tuple[float, float]   # x range of its column (of the page for spanning blocks)
    conf: float = 100.0  # best median OCR confidence of its lines


@dataclass(frozen=True)
class PageFacts:
    width: float
    height: float
    body_size: float
    body_cw: float       # body width per character
    columns: int
    exact: bool          # sizes are font sizes (text layer), not OCR box heights
    repeated: frozenset[str]         # furniture texts seen on other pages (see furniture_key)


def furniture_key(text: str) -> str:
    """Text with digits and spacing removed: a running header reads the same on every page."""
    return re.sub(r"[\W\d_]+", "", text.lower())


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def has_credit(text: str) -> bool:
    return CREDIT_MARK.search(text) is not None


def role_of(f: Facts, page: PageFacts) -> str:
    words = _WORD.findall(f.text)
    top_share, bottom_share = f.box[1] / page.height, f.box[3] / page.height
    in_margin = bottom_share < FURNITURE_MARGIN or top_share > 1 - FURNITURE_MARGIN
    near_margin = top_share < REPEAT_MARGIN or bottom_share > 1 - REPEAT_MARGIN
    # OCR specks and rules read as text: no letter or digit, or a sliver of a box.
    if not any(c.isalnum() for c in f.text) or f.box[3] - f.box[1] < 0.4 * page.body_size \
            or f.conf < JUNK_CONF:
        return Role.OTHER
    # Page numbers: a bare number in the top or bottom margin.
    if near_margin and _PAGE_NUMBER.match(f.text.strip()):
        return Role.PAGE_NUMBER
    # Running headers/footers: short text wholly in the margin, or small text near the edge
    # that other pages repeat (section rubrics repeat too, but are not set small).
    if f.lines <= 2 and (in_margin or (near_margin and furniture_key(f.text) in page.repeated
                                       and f.size < CAPTION_SIZE * page.body_size)):
        return Role.HEADER
    # Captions carry a photo credit ("Ảnh: NAME", "Photo: NAME").
    if has_credit(f.text):
        return Role.CAPTION
    short = len(words) <= 8 and f.lines <= 2
    # Rubrics: "2- TIÊU ĐIỂM / Focal Points" style labels on one short line. (A rubric without
    # a number or slash is found from its place above a title: see ``sections_above_titles``.)
    if short and f.lines == 1 and f.size < TITLE_SIZE * page.body_size and \
            (_RUBRIC_NUMBER.match(f.text) or "/" in f.text):
        return Role.SECTION
    # Titles: clearly larger than the body: taller (text layers), or with wider characters
    # (OCR, whose heights of capitals and of marked lines say little).
    if page.exact and f.size >= TITLE_SIZE * page.body_size or f.cw >= TITLE_WIDTH * page.body_cw:
        return Role.TITLE
    # Bylines: "LÃ VIỆT tổng hợp", "Synthesized by LA VIET", or a short name set flush right.
    col_lo, col_hi = f.column_box
    flush_right = f.box[0] - col_lo > 0.3 * (col_hi - col_lo) and \
        col_hi - f.box[2] < 1.5 * page.body_size
    if short and f.lines == 1 and (_BYLINE.search(f.text) or
                                   (flush_right and 2 <= len(words) <= 5)):
        return Role.BYLINE
    # Captions without a credit: set smaller than the body, in a few lines.
    smaller = f.size < CAPTION_SIZE * page.body_size if page.exact else \
        f.cw < CAPTION_WIDTH * page.body_cw
    if smaller and f.lines >= 2 and f.column != -1:
        return Role.CAPTION
    # Intros: a bold lead paragraph set in body size (text layers know the weight) ...
    if f.bold and page.exact and f.lines >= 2 and \
            abs(f.size - page.body_size) < 0.2 * page.body_size:
        return Role.INTRO
    # ... or body-sized text spanning the columns of a multi-column page (the boxed lead).
    if f.column == -1 and page.columns >= 2 and f.lines >= 2:
        return Role.INTRO
    return Role.BODY


def sections_above_titles(roles: list[str], facts: list[Facts], body_size: float) -> list[str]:
    # (a rubric is set smaller than the title under it: lower, or with narrower letters)
    """Short one-line blocks right before a title (in reading order) are section rubrics.

    The bulletin prints its rubric (``TIÊU ĐIỂM`` left, ``Focal Points`` right) on one line
    above the article's title, in body-sized bold: nothing but that place tells it from a
    one-line paragraph, on OCR text where the weight is lost.
    """
    out = list(roles)
    for i, role in enumerate(roles):
        if role != Role.TITLE:
            continue
        j = i - 1
        while j >= 0 and out[j] == Role.OTHER:
            j -= 1                                     # skip specks
        while j >= 0 and out[j] in (Role.BODY, Role.BYLINE, Role.SECTION, Role.OTHER) and \
                facts[j].lines == 1 and (facts[j].size < facts[i].size or
                                         facts[j].cw < facts[i].cw) and \
                -0.5 * body_size <= facts[i].box[1] - facts[j].box[3] < 2.5 * body_size:
            out[j] = Role.SECTION
            j -= 1
    return out
