"""The role of a block: title, intro, body, caption, credit, byline, section label, furniture.

Pure rules on what a block looks like and where it sits; each rule says why it exists. Sizes are
compared with the page's body size, never taken as absolute points, because OCR reports line
heights and the text layer reports font sizes.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.langid import classify
from magpipe.split.large_intros import first_under_title, opens_under_title
from magpipe.split.letter_edges import column_letters, letters_of
from magpipe.split.margin_titles import title_in_band
from magpipe.split.pieces import GUTTER, JUNK_CONF
from magpipe.split.title_lines import first_line_of
from magpipe.text.contents import ends_with_page
from magpipe.text.credits import CREDIT_MARK
from magpipe.text.headings import CAPS_SHARE, upper_share

log = logging.getLogger(__name__)

FURNITURE_MARGIN = 0.06  # share of the page height at top and bottom where furniture sits
REPEAT_MARGIN = 0.12  # text repeated on other pages counts as furniture this far in
TITLE_SIZE = 1.3      # x body size: larger text is a title
TITLE_WIDTH = 1.7    # x body width per character: wider is a title (capitals are ~1.4)
CAPTION_WIDTH = 0.85  # x body width per character: narrower is a caption (OCR)
CAPTION_SIZE = 0.88   # x body size: smaller text is a caption (or furniture)
ASIDE_INSET = 0.45    # x body size: justified body text reaches both edges of its column; a
                      # paragraph held in from both is set in a box (a note beside the article)
ASIDE_SIZE = 0.95     # x body size (x body line pitch on OCR): a paragraph of several
                      # lines set this much smaller than the page's body, with no photo credit,
                      # is a note beside the articles (body text and intros are set in the body
                      # size; captions below CAPTION_SIZE keep their own rule)
ASIDE_LINES = 3       # fewest lines of such a note in a column (a caption is a line or two)
QUOTE_PITCH = 1.2     # x body line pitch: a paragraph set this much more loosely is set large
QUOTE_WIDTH = 1.15    # x body width per character: a line with letters this much wider is too

_PAGE_NUMBER = re.compile(r"^(?:trang|page|tr\.)?\s*[-–—]?\s*\d{1,3}\s*[-–—]?$", re.IGNORECASE)
# "2- TIÊU ĐIỂM / Focal Points", "TIÊU ĐIỂM", "Focal Points": a number and dash, or a slash
# between a capitalised Vietnamese half and an English half.
_RUBRIC_NUMBER = re.compile(r"^\d{1,2}\s*[-–.]\s*\S")
# a slash between two halves that hold letters (a date such as ``19/12/2025`` is no rubric)
_RUBRIC_SLASH = re.compile(r"[^\W\d_][^/]*/[^/]*[^\W\d_]")
_BYLINE = re.compile(r"(tổng hợp|tong hop|biên dịch|^theo\b|^nguồn\b|synthesi[sz]ed by|"
                     r"^compiled by|^by\b|^source\b|^translated by)", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
OPENING_QUOTES = "“\"«„‘'"


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
    inset: float = 0.0   # how far all its lines stay in from both edges of its column
    pitch: float = 0.0   # median distance between its lines' baselines (0: one line)
    line_texts: tuple[str, ...] = ()   # the text of each of its lines, top to bottom
    italic: bool = False  # most of its lines are set italic (text layers say; OCR never does)
    # x range of its lines' words that hold a letter or digit (``pieces.Line.core``): the box
    # less the marks OCR reads off a rule or speck beside the text (a hairline read as ``|``);
    # (0, 0): not measured, the box stands for it
    core: tuple[float, float] = (0.0, 0.0)
    run_in: bool = False  # a run-in head cut from the paragraph it opens (``run_in_heads``)
    # text layers: the median font size its words declare (``Word.size``); 0 on OCR pages
    font: float = 0.0


@dataclass(frozen=True)
class PageFacts:
    width: float
    height: float
    body_size: float
    body_cw: float       # body width per character
    columns: int
    exact: bool          # sizes are font sizes (text layer), not OCR box heights
    repeated: frozenset[str]         # furniture texts seen on other pages (see furniture_key)
    body_pitch: float = 0.0          # the page's usual line pitch (the body's leading)
    top_edge: float = 0.0            # foot of the page's top band (``layout.analyse``)
    running: frozenset[str] = frozenset()   # running heads (``heads.running_heads``)
    # the document's other body size (a translation set smaller, ``bodysize``); 0: none
    other_body: float = 0.0
    # the document's (first) body size, ``bodysize.body_sizes``; 0: unknown (a page of
    # captions beside a photo sets no body text of its own: its own size is theirs)
    doc_body: float = 0.0
    # the foot of a proof sheet's marks over the page's trim (``top_band.sheet_head``): the
    # top furniture margin is measured from it; 0: none
    sheet_head: float = 0.0
    # text layers: the font size most of the page's characters declare
    # (``pieces.body_font_size``); 0 on OCR pages
    body_font: float = 0.0


def declared_larger(f: Facts, page: PageFacts) -> bool:
    """Text layers: the block's words declare a font ``TITLE_SIZE`` times the body's or larger.
    Box heights follow each face's declared ascent and descent: a title face that reserves
    little room above its capitals draws boxes hardly taller than a body face that reserves
    room for stacked marks (``snake``: bold italic capitals at 1.45 x the body's size in boxes
    1.08 x the body's), while the sizes the text layer declares keep their ratio."""
    return page.exact and page.body_font > 0 and f.font >= TITLE_SIZE * page.body_font


def furniture_key(text: str) -> str:
    """Text with digits and spacing removed: a running header reads the same on every page."""
    return re.sub(r"[\W\d_]+", "", text.lower())



# Block texts whose ``has_credit`` answer is kept: the role passes ask it of one block's text
# again and again (the scale bench's two documents: 342 questions of 101 texts), and each
# answer is a search tried at every character of the text (~18 us for a block of 300).
CREDIT_MEMO = 2048


@functools.lru_cache(maxsize=CREDIT_MEMO)
def has_credit(text: str) -> bool:
    """The text holds a photo credit (``text.credits.CREDIT_MARK``)."""
    return CREDIT_MARK.search(text) is not None


def page_number_like(text: str) -> bool:
    return _PAGE_NUMBER.match(text.strip()) is not None


def points_to_page(f: Facts) -> bool:
    """The block, or one of its lines (an entry of two lines whose number stands at the end of
    the first), ends with the number of a page it points to."""
    return ends_with_page(f.text) or any(ends_with_page(t) for t in f.line_texts)


def rubric_like(text: str) -> bool:
    return bool(_RUBRIC_NUMBER.match(text) or _RUBRIC_SLASH.search(text))


def byline_like(text: str) -> bool:
    return _BYLINE.search(text) is not None


def role_of(f: Facts, page: PageFacts) -> str:
    words = WORD.findall(f.text)
    top_share, bottom_share = f.box[1] / page.height, f.box[3] / page.height
    in_margin = ((f.box[3] - page.sheet_head) / page.height < FURNITURE_MARGIN
                 or top_share > 1 - FURNITURE_MARGIN) and \
        not title_in_band(len(words), f.size >= TITLE_SIZE * page.body_size)
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
    # (a repeated head alone in the page's top band need not be small)
    if f.lines <= 2 and (in_margin or (near_margin and furniture_key(f.text) in page.repeated
                                       and (f.size < CAPTION_SIZE * page.body_size
                                            or f.box[3] <= page.top_edge))):
        return Role.HEADER
    # Captions carry a photo credit ("Ảnh: NAME", "Photo: NAME").
    if has_credit(f.text):
        return Role.CAPTION
    short = len(words) <= 8 and f.lines <= 2
    # Rubrics: "2- TIÊU ĐIỂM / Focal Points" style labels on one short line. (A rubric without
    # a number or slash is found from its place above a title: see ``sections_above_titles``.)
    if short and f.lines == 1 and f.size < TITLE_SIZE * page.body_size and \
            (_RUBRIC_NUMBER.match(f.text) or _RUBRIC_SLASH.search(f.text)):
        return Role.SECTION
    # Titles: clearly larger than the body: taller (text layers), or with wider characters
    # (OCR, whose heights of capitals and of marked lines say little).
    if page.exact and f.size >= TITLE_SIZE * page.body_size or f.cw >= TITLE_WIDTH * page.body_cw \
            or declared_larger(f, page):
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
    # Notes beside the articles: several lines set a little smaller than the body, spanning
    # the columns or (three lines or more) inside one.
    # On OCR, whose widths per character swing more than that between paragraphs (English
    # letters run narrower than Vietnamese ones), the note's tighter leading tells it, where
    # it also stands apart from the column text: across the columns, or held in from both
    # edges of its column (OCR baselines leave a few percent of noise in the leading).
    # (a block reaching a gutter's width past its column's edge spans: a page whose
    # second column is empty has one column found)
    apart = (f.column == -1 and page.columns >= 2) or f.inset >= ASIDE_INSET * page.body_size \
        or f.inset <= -GUTTER * page.body_size
    a_bit_smaller = f.size < ASIDE_SIZE * page.body_size if page.exact else \
        f.lines >= ASIDE_LINES and 0 < f.pitch < ASIDE_SIZE * page.body_pitch and apart
    # (in mixed case: a lead set in capitals is an intro, below)
    if a_bit_smaller and not f.bold and upper_share(f.text) < CAPS_SHARE and \
            (f.lines >= ASIDE_LINES or (f.lines >= 2 and f.column == -1 and page.columns >= 2)):
        return Role.ASIDE
    # Intros: a bold lead paragraph set in body size (text layers know the weight) ...
    if f.bold and page.exact and f.lines >= 2 and \
            abs(f.size - page.body_size) < 0.2 * page.body_size:
        return Role.INTRO
    # ... or body-sized text spanning the columns of a multi-column page (the boxed lead) ...
    if f.column == -1 and page.columns >= 2 and f.lines >= 2:
        return Role.INTRO
    # ... or a paragraph set in capitals (body text is in mixed case).
    if f.lines >= 2 and upper_share(f.text) >= CAPS_SHARE:
        return Role.INTRO
    return Role.BODY


RUBRIC_REACH = 2.5    # x body size: how far above its title a rubric line sits at most
RUBRIC_PITCHES = 2.0  # the same in body line pitches on OCR, whose boxes hold only the ink (a
                      # capitals title's box starts lower than its font's, so gaps read larger)


def sections_above_titles(roles: list[str], facts: list[Facts], body_size: float,
                          body_pitch: float = 0.0) -> list[str]:
    # (a rubric is set smaller than the title under it: lower, or with narrower letters)
    """Short one-line blocks right before a title (in reading order) are section rubrics.

    The bulletin prints its rubric (``TIÊU ĐIỂM`` left, ``Focal Points`` right) on one line
    above the article's title, in body-sized bold: nothing but that place tells it from a
    one-line paragraph, on OCR text where the weight is lost. A line opening in small letters
    is a sentence's rest, no rubric (a paragraph's end turned over a page: report-4); so is a
    line set in the title's size and filling most of its width: the title's first line
    (``title_lines.first_line_of``).
    """
    out = list(roles)
    reach = max(RUBRIC_REACH * body_size, RUBRIC_PITCHES * body_pitch)
    for i, role in enumerate(roles):
        if role != Role.TITLE:
            continue
        j = i - 1
        while j >= 0 and out[j] == Role.OTHER:
            j -= 1                                     # skip specks
        while j >= 0 and out[j] in (Role.BODY, Role.BYLINE, Role.SECTION, Role.OTHER) and \
                facts[j].lines == 1 and (facts[j].size < facts[i].size or
                                         facts[j].cw < facts[i].cw) and \
                not facts[j].text.lstrip()[:1].islower() and \
                -0.5 * body_size <= facts[i].box[1] - facts[j].box[3] < reach and \
                not first_line_of(facts[j].box, facts[j].size, facts[i].box, facts[i].size):
            out[j] = Role.SECTION
            j -= 1
    return out


def spanning_body(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Text that spans the columns is an intro only beside the page's own body text: when the
    spanning text outweighs the text set in the columns, it is the body (a one-column page whose
    title or photos made the geometry see columns)."""
    spanning = [k for k, r in enumerate(roles) if r == Role.INTRO and facts[k].column == -1
                and not (facts[k].bold and page.exact)]
    # one spanning paragraph right under its article's head is the lead, whatever its weight
    # against the columns (an article that runs on over the next page leaves little below it)
    if len(spanning) == 1 and under_head(spanning[0], roles):
        return roles
    in_columns = sum(len(f.text) for f, r in zip(facts, roles, strict=True)
                     if r == Role.BODY and f.column != -1)
    if not spanning or sum(len(facts[k].text) for k in spanning) <= in_columns:
        return roles
    log.debug("%d spanning blocks outweigh the column text: body, not intro", len(spanning))
    return [Role.BODY if k in spanning else r for k, r in enumerate(roles)]


NAME_WORDS = 6      # most words of a byline's name line between a title and its lead


def _before(k: int, roles: list[str], passing: frozenset[str] = frozenset({Role.OTHER})
            ) -> int:
    """The block before ``k`` in reading order, blocks of the roles ``passing`` passed over
    (specks); -1 when there is none."""
    j = k - 1
    while j >= 0 and roles[j] in passing:
        j -= 1
    return j


def under_head(k: int, roles: list[str], passing: frozenset[str] = frozenset({Role.OTHER})
               ) -> bool:
    """Block ``k`` comes right after a title or byline in reading order, blocks of the roles
    ``passing`` passed over (specks)."""
    j = _before(k, roles, passing)
    return j >= 0 and roles[j] in (Role.TITLE, Role.BYLINE)


def under_named_title(k: int, roles: list[str], facts: list[Facts]) -> bool:
    """Block ``k`` comes right after a title's byline in reading order, whatever role its look
    gave the byline (a one-line name of ``NAME_WORDS`` words at most, right after the title:
    the pass that reads it as the title's byline runs later), specks passed over."""
    j = _before(k, roles)
    if j < 1 or facts[j].lines != 1 or len(facts[j].text.split()) > NAME_WORDS:
        return False
    i = _before(j, roles)
    return i >= 0 and roles[i] == Role.TITLE


def _inside_column_body(k: int, roles: list[str], facts: list[Facts], inset: float) -> bool:
    """Block ``k`` stays ``inset`` in from both edges of the other body paragraphs of its
    column (the median edges of their letters), where the column holds two of them at least;
    else of the letters of the column's other blocks (``letter_edges.column_letters``): the
    column range alone is rough where OCR boxes or stray marks widen it. Those letters are
    rough too where a line of the running head is set flush with the page's edge rather than
    the text's (a scan's ``Số 4 - Quý IV năm 2025`` reaching past the text under it,
    tetebeche-3-scanned): the column's one other body paragraph, where it reaches an edge of
    them (no box itself, as a notice's twin under it is), is the text's edges."""
    others = [g for j, (r, g) in enumerate(zip(roles, facts, strict=True))
              if j != k and r == Role.BODY and g.column == facts[k].column and g.lines >= 2]
    if len(others) < 2:
        left, right = column_letters(facts[k].column, facts, skip=k)
        if others:
            lo, hi = letters_of(others[0])
            if lo - left < inset or right - hi < inset:
                left, right = lo, hi
        return facts[k].box[0] - left >= inset and right - facts[k].box[2] >= inset
    # (their letters' edges, and the block's: a speck OCR read beside a paragraph's line
    # widens its box past the text, and a paragraph beside it then looks held in)
    left = sorted(letters_of(g)[0] for g in others)[len(others) // 2]
    right = sorted(letters_of(g)[1] for g in others)[len(others) // 2]
    lo, hi = letters_of(facts[k])
    return lo - left >= inset and right - hi >= inset


def _set_large(role: str, f: Facts, page: PageFacts) -> bool:
    """Body text set with a leading ``QUOTE_PITCH`` times the page's body leading or more
    (OCR: a pull quote whose letters are not wide enough to make it a title)."""
    return role == Role.BODY and not page.exact and f.lines >= 2 and page.body_pitch > 0 and \
        f.pitch >= QUOTE_PITCH * page.body_pitch


def _set_wide(role: str, f: Facts, page: PageFacts) -> bool:
    """Body text whose letters are ``QUOTE_WIDTH`` times as wide as the body's (OCR: a line of
    a pull quote that the geometry cut off alone, so no leading can be measured)."""
    return role == Role.BODY and not page.exact and f.cw >= QUOTE_WIDTH * page.body_cw


def asides(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Boxed notes and pull quotes, told apart from the page's own body text by where they sit:

    * a body paragraph of two lines or more whose every line stays ``ASIDE_INSET`` body sizes
      in from both edges of its column and of the column's other body paragraphs (a box
      inside the column), unless it opens its article (``opens_under_title``: a lead);
    * a would-be title inside a column (on OCR also body text set with a much larger leading),
      in mixed case, that opens with a quotation mark or has body text of its column and its
      language above it (a quote set large among the paragraphs; a title opens its text), and
      the rest of such a quote cut off below it.
    """
    out = list(roles)
    for k, (role, f) in enumerate(zip(roles, facts, strict=True)):
        if f.column < 0:
            continue
        if role == Role.BODY and f.lines >= 2 and f.inset >= ASIDE_INSET * page.body_size \
                and _inside_column_body(k, roles, facts, ASIDE_INSET * page.body_size) \
                and not opens_under_title(k, roles, facts):    # (a lead set on a narrower measure)
            out[k] = Role.ASIDE
        elif (role == Role.TITLE or _set_large(role, f, page)
              and not first_under_title(k, roles, facts)) and \
                upper_share(f.text) < CAPS_SHARE:           # (large_intros: an intro set large)
            # (body text of the other language above opens no quote: the title of the other
            # language's copy, set under the first copy's text)
            lang = classify(f.text)[0]
            above = any(g.column == f.column and roles[j] == Role.BODY
                        and g.box[3] <= f.box[1] + 1 and classify(g.text)[0] == lang
                        for j, g in enumerate(facts))
            # the rest of a quote whose first lines were cut off (a centred line is narrower)
            rest = k > 0 and out[k - 1] == Role.ASIDE and facts[k - 1].column == f.column and \
                abs(facts[k - 1].size - f.size) < 0.1 * f.size and \
                abs(facts[k - 1].cw - f.cw) < 0.1 * f.cw and \
                0 <= f.box[1] - facts[k - 1].box[3] < 1.5 * page.body_size
            if above or rest or f.text.lstrip()[:1] in OPENING_QUOTES:
                out[k] = Role.ASIDE
        elif _set_wide(role, f, page) and upper_share(f.text) < CAPS_SHARE:
            # wide letters alone are weaker evidence (OCR widths swing): only a quote's opening
            # or the rest of a quote found above (set wide too, however unlike its width: OCR
            # reads the quote's lines a tenth or more apart)
            rest = k > 0 and out[k - 1] == Role.ASIDE and facts[k - 1].column == f.column and \
                0 <= f.box[1] - facts[k - 1].box[3] < 1.5 * page.body_size
            if rest or f.text.lstrip()[:1] in OPENING_QUOTES:
                out[k] = Role.ASIDE
        if out[k] == Role.ASIDE:
            log.debug("aside: %r", f.text[:40])
    return out
