"""The head of an article, read against the page's own body text: a title set in capitals at
about the body's size, the byline under it, a label over the text (``Tóm tắt``, ``Abstract``)
and a keywords line after it (``Từ khóa: A; B``).

A summary journal sets several short entries a page, each opened by a title no larger than its
text: only its capitals, its shortness and its missing full stop tell it from a lead set in
capitals (an intro is sentences). Pure rules over one page's blocks in reading order; each says
why it exists.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Page
from magpipe.split.langid import classify
from magpipe.split.layout import PageGeometry
from magpipe.split.roles import (
    ASIDE_SIZE,
    FURNITURE_MARGIN,
    WORD,
    Facts,
    PageFacts,
    byline_like,
    furniture_key,
    points_to_page,
    under_head,
    under_named_title,
)
from magpipe.text.folding import unmarked
from magpipe.text.headings import (
    CAPS_SHARE,
    LABEL_WORDS,
    TITLE_CHARS,
    jump_line,
    keywords_line,
    upper_share,
)
from magpipe.text.punctuation import SENTENCE_ENDS
from magpipe.text.vietnamese import has_vietnamese_marks, is_bare_syllable

log = logging.getLogger(__name__)

TITLE_WORDS = 5       # fewest words of a title set at body size (a rubric is a word or four)
TITLE_LINES = 8       # most lines of such a title (a narrow column sets 250 characters in 7)
NOT_SMALLER = 0.95    # x body size (text layers): a title is not set smaller than the body
NOT_LARGER = 1.05     # x body size (text layers): a footnote is not set larger than the body
BYLINE_WORDS = 6      # most words of a byline under a title (a name, "tổng hợp", "by")
KEYWORDS_LINES = 3    # most lines of a keywords line (a narrow column wraps a long list)
ACROSS = 1.5          # x the widest column: how wide a block spanning the columns is at least
BELOW_LINES = 3       # fewest lines of a column paragraph that a note below the columns follows
BELOW_REASON = "a lead below a column's foot"     # (intros_below_columns' reason, for the log)
LABEL_NOT_ENDING = ".!?;,"    # a label (Tóm tắt, Abstract) ends in none of these: a line
                              # ending in a comma runs on (a greeting's Dear readers,)
HEAD_GAP = 2.5        # x body size: a byline or label sits this close under the block above


def caps_title(f: Facts, page: PageFacts) -> bool:
    """A title set in capitals at about the body's size: ``TITLE_WORDS`` words or more (or two
    lines), at most ``TITLE_LINES`` lines and ``TITLE_CHARS`` characters, not ending like a
    sentence, in one column or spanning, not smaller than the body (text layers)."""
    text = f.text.strip()
    words = WORD.findall(text)
    if not words or upper_share(text) < CAPS_SHARE or text[-1] in SENTENCE_ENDS or \
            points_to_page(f):               # a contents entry ends with its page number
        return False
    if len(text) > TITLE_CHARS or f.lines > TITLE_LINES:
        return False
    if page.exact and f.size < NOT_SMALLER * page.body_size:
        return False
    return (len(words) >= TITLE_WORDS or f.lines >= 2) and not name_twice(words)


def _name_in_capitals(f: Facts) -> bool:
    """``f`` holds only a name said twice (``name_twice``), in capitals, ``BYLINE_WORDS`` words
    at most each time: a byline in both languages."""
    words = WORD.findall(f.text)
    return len(words) <= 2 * BYLINE_WORDS and upper_share(f.text) >= CAPS_SHARE and \
        name_twice(words)


def name_twice(words: list[str]) -> bool:
    """The words are one run said twice, the second time without its marks or with others
    (``KHỔNG NGHĨA`` / ``KHONG NGHIA``): a name printed in each language, a byline's two lines,
    not a title and its translation, whose words differ."""
    half = len(words) // 2
    return half > 0 and len(words) == 2 * half and \
        unmarked(" ".join(words[:half])).casefold() == unmarked(" ".join(words[half:])).casefold()


def _capitals_runs(facts: list[Facts], body: float, titles: frozenset[int] = frozenset()
                   ) -> list[int]:
    """For each block, the characters of the run of capitals text it belongs to: blocks in
    capitals following each other in reading order, in one column, each within a line's gap
    of the one before or beside it (OCR cuts a lead set in capitals into pieces line by line,
    where the widths of its letters swing). Blocks of ``titles`` (set larger: a title, whose
    twin in the other language may follow it in capitals) belong to no run."""
    runs: list[list[int]] = []
    for k, f in enumerate(facts):
        caps = upper_share(f.text) >= CAPS_SHARE and k not in titles
        prev = facts[k - 1] if k else None
        joined = caps and prev is not None and runs and runs[-1][-1] == k - 1 and \
            prev.column == f.column and f.box[1] - prev.box[3] < body
        if joined:
            runs[-1].append(k)
        elif caps:
            runs.append([k])
    total = [0] * len(facts)
    for run in runs:
        for k in run:
            total[k] = sum(len(facts[j].text) for j in run)
    return total


def caps_titles(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body text and intros that read as a title set in capitals (``caps_title``) are titles,
    unless they are pieces of a longer run of capitals text (a lead cut up by OCR; a title
    set larger above one, its twin in the other language, makes no run with it). An intro
    that is a name said twice in capitals (``_name_in_capitals``) is a byline."""
    out = list(roles)
    runs = _capitals_runs(facts, page.body_size,
                          frozenset(k for k, r in enumerate(roles) if r == Role.TITLE))
    for k, f in enumerate(facts):
        if out[k] in (Role.BODY, Role.INTRO) and runs[k] <= TITLE_CHARS and caps_title(f, page):
            out[k] = Role.TITLE
            log.debug("title in capitals at body size: %r", f.text[:40])
        elif out[k] == Role.INTRO and _name_in_capitals(f):
            out[k] = Role.BYLINE
            log.debug("a name said twice in capitals: %r", f.text[:40])
    return out


def _under(f: Facts, above: Facts, body: float) -> bool:
    """``f`` sits right under ``above``, starting within its left and right edges' reach."""
    gap = f.box[1] - above.box[3]
    return -0.5 * body <= gap < HEAD_GAP * body and across(f.box, above.box) > 0


def _bold_over_text(k: int, facts: list[Facts], page: PageFacts) -> bool:
    """Text layers: block ``k`` is set in bold right over the next block, set in roman (a
    label at the top of a column, its title ending the column before)."""
    if not page.exact or k + 1 >= len(facts) or not facts[k].bold or facts[k + 1].bold:
        return False
    return _under(facts[k + 1], facts[k], page.body_size)


_TEXT_LIKE = frozenset({Role.TITLE, Role.BODY, Role.INTRO, Role.SECTION, Role.BYLINE})
_HEAD_ROLES = frozenset({Role.BODY, Role.INTRO, Role.BYLINE, Role.SECTION})


def article_heads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Bylines, labels and keywords lines of a page's articles:

    * a one-line block of at most ``BYLINE_WORDS`` words with a word in capitals (a name), right
      under a title, is its byline;
    * a one-line block of at most ``LABEL_WORDS`` words, not ending like a sentence, right
      under a title or its byline (or, on a text layer, set in bold right over roman text)
      and above body text, is a label (``Tóm tắt``);
    * a block of ``KEYWORDS_LINES`` lines at most reading ``Word: item; item`` is a keywords
      line.
    """
    out = list(roles)
    body = page.body_size
    runs = _capitals_runs(facts, body)
    for k, f in enumerate(facts):
        text = f.text.strip()
        if out[k] == Role.BYLINE and runs[k] > TITLE_CHARS and not byline_like(text):
            out[k] = Role.BODY            # a piece of a lead in capitals set flush right
            log.debug("no byline: a piece of a longer run of capitals: %r", text)
            continue
        # (a keywords line set smaller than the body may have been taken for a note)
        if out[k] in _HEAD_ROLES | {Role.ASIDE} and f.lines <= KEYWORDS_LINES and \
                keywords_line(text):
            out[k] = Role.KEYWORDS
            log.debug("keywords line: %r", text[:40])
            continue
        if out[k] not in _HEAD_ROLES or k == 0 or f.lines != 1 or not text or \
                runs[k] > TITLE_CHARS:       # a piece of a lead in capitals cut up by OCR
            continue
        above, role_above = facts[k - 1], out[k - 1]
        words = WORD.findall(text)
        if role_above == Role.TITLE and _under(f, above, body) and \
                len(words) <= BYLINE_WORDS and any(len(w) > 1 and w.isupper() for w in words) \
                and text[-1] not in SENTENCE_ENDS:
            out[k] = Role.BYLINE
            log.debug("byline under a title: %r", text)
        elif (role_above in (Role.TITLE, Role.BYLINE) and _under(f, above, body)
              or _bold_over_text(k, facts, page)) and \
                len(words) <= LABEL_WORDS and text[-1] not in LABEL_NOT_ENDING and \
                k + 1 < len(facts) and out[k + 1] in (Role.BODY, Role.INTRO):
            out[k] = Role.LABEL
            log.debug("label over an article's text: %r", text)
    return out


def intros_below_columns(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """An intro spanning the columns opens its article, above them: text spanning the columns
    of a multi-column page (``ACROSS`` times as wide as its widest column) below a paragraph
    of ``BELOW_LINES`` lines or more set in them, with no title spanning the columns between
    (a new article's), is a note set apart from the articles (a shaded box at the page's
    foot), not an intro."""
    out = list(roles)
    widest = max((g.column_box[1] - g.column_box[0] for g in facts if g.column >= 0),
                 default=0.0)
    if page.columns < 2:
        return out
    for k, f in enumerate(facts):
        if out[k] != Role.INTRO or f.column != -1 or (f.bold and page.exact):
            continue
        if f.box[2] - f.box[0] < ACROSS * widest:
            continue              # no wider than a column: columns the geometry got wrong
        above = [j for j, g in enumerate(facts) if out[j] == Role.BODY and g.column >= 0
                 and g.lines >= BELOW_LINES and g.box[3] <= f.box[1]]
        titled = any(out[j] == Role.TITLE and facts[j].column == -1 and facts[j].box[1] < f.box[1]
                     and facts[j].box[3] > max(facts[i].box[3] for i in above)
                     for j in range(len(facts))) if above else False
        if above and not titled:
            out[k] = Role.ASIDE
            log.debug("spanning text below the columns: a note, not an intro: %r", f.text[:40])
    return out


def running_heads(pages: tuple[Page, ...], geometry: list[PageGeometry]) -> frozenset[str]:
    """Texts (``furniture_key``) set in the top or bottom band of two pages or more: the
    publication's running heads, not every text near an edge (an article's title at a page's
    top and its contents entry are repeated too)."""
    seen: dict[str, set[int]] = {}
    for page, geo in zip(pages, geometry, strict=True):
        top = max(geo.top_edge, FURNITURE_MARGIN * page.height)
        for para in geo.paras:
            if para.box[3] <= top or para.box[1] >= (1 - FURNITURE_MARGIN) * page.height:
                key = furniture_key(" ".join(ln.text for ln in para.lines))
                if key:
                    seen.setdefault(key, set()).add(page.number)
    return frozenset(k for k, v in seen.items() if len(v) >= 2)


def heads_inside(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block of a line or two reading as the publication's running head, set inside the page
    (a house ad, a masthead box), belongs to no article: an aside, not a title."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] in _TEXT_LIKE and f.lines <= 2 and furniture_key(f.text) in page.running:
            out[k] = Role.ASIDE
            log.debug("the running head set inside the page: %r", f.text[:40])
    return out


def _bare_name(role: str, text: str) -> bool:
    """A byline that is only a name (``MAI THỦ``), no ``tổng hợp`` / ``by`` to tell its language.
    A Vietnamese name is Vietnamese syllables, with or without their marks: words without a
    mark of which one is no syllable (``EXTERNAL AFFAIRS`` under a cover's Vietnamese title) are
    English, and their letters tell it (``Nguyễn Thị Thu Hà, Editor-in-Chief`` is still a name,
    whatever its title's language). A name capitalises each of its words, up to a comma (an
    office may follow it): a line with a word in lower case there is an office or a phrase
    (``Sở Ngoại vụ tỉnh Lạng Sơn``, a report's issuer under its English title), and its
    letters tell its language."""
    if role != Role.BYLINE or byline_like(text):
        return False
    if any(w[0].islower() for w in WORD.findall(text.split(",")[0])):
        return False
    return has_vietnamese_marks(text) or all(is_bare_syllable(w) for w in WORD.findall(text))


def byline_languages(roles: list[str], columns: list[int], texts: list[str],
                     langs: list[str]) -> list[str]:
    """The language of a byline that is only a name, from its article rather than its letters
    (the English copy of a Vietnamese name drops its marks, but OCR and repair drop and add
    marks on names too):

    * a name right under a title (specks aside) is the title's;
    * two names in a row in one column reading alike without marks and case are twins, one
      per language: the one with marks is Vietnamese; if neither or both has them, they take
      turns like the paragraphs before them, the first in the language other than the text
      just before it (each Vietnamese paragraph followed by its English twin);
    * a name after the article's text, in its column, is that text's.
    """
    out = list(langs)
    text_roles = (Role.BODY, Role.INTRO)

    def before(k: int) -> int | None:
        j = k - 1
        while j >= 0 and roles[j] == Role.OTHER:
            j -= 1
        return j if j >= 0 else None

    k = 0
    while k < len(roles):
        if not _bare_name(roles[k], texts[k]):
            k += 1
            continue
        j = before(k)
        nxt = k + 1 if k + 1 < len(roles) and _bare_name(roles[k + 1], texts[k + 1]) and \
            columns[k + 1] == columns[k] and \
            unmarked(texts[k + 1]) == unmarked(texts[k]) else None
        if j is not None and roles[j] == Role.TITLE:
            out[k] = langs[j]
        elif nxt is not None:
            marks = [has_vietnamese_marks(texts[i]) for i in (k, nxt)]
            if marks[0] != marks[1]:
                first = Lang.VI if marks[0] else Lang.EN
            else:
                prior = langs[j] if j is not None and roles[j] in text_roles else Lang.EN
                first = Lang.VI if prior == Lang.EN else Lang.EN
            out[k], out[nxt] = first, Lang.EN if first == Lang.VI else Lang.VI
            log.debug("twin names %r: %s first", texts[k], first)
            k = nxt + 1
            continue
        elif j is not None and roles[j] in text_roles and columns[j] == columns[k]:
            out[k] = langs[j]
        k += 1
    return out


def notes_after_bylines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Text set a little smaller than the body (``ASIDE_SIZE``: font size on a text layer,
    line pitch on OCR) after the byline that closes an article at its foot (the byline follows
    the article's text, not a title), in the byline's column, with no article text after it
    in the column, is a note beside the article (an editor's note), not more of its text. On
    OCR the smaller leading alone is weak evidence (see ``roles.role_of``); the closing byline
    before it sets it apart instead of a box."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in (Role.BODY, Role.INTRO) or f.column < 0 or f.lines < 2:
            continue
        smaller = f.size < ASIDE_SIZE * page.body_size if page.exact else \
            0 < f.pitch < ASIDE_SIZE * page.body_pitch
        if not smaller:
            continue
        same = [j for j, g in enumerate(facts) if g.column == f.column and out[j] != Role.OTHER]
        earlier, later = [j for j in same if j < k], [j for j in same if j > k]
        if len(earlier) < 2 or out[earlier[-1]] != Role.BYLINE or \
                out[earlier[-2]] not in (Role.BODY, Role.INTRO) or \
                any(out[j] in (Role.BODY, Role.INTRO, Role.TITLE) for j in later):
            continue
        out[k] = Role.ASIDE
        log.debug("smaller text after an article's closing byline: a note: %r", f.text[:40])
    return out


def wide_leads(roles: list[str], facts: list[Facts]) -> list[str]:
    """A paragraph of two lines or more right under its article's title or byline (a name line
    under the title, whatever its look made of it: ``roles.under_named_title``; or right
    after a lead so found, or after any lead in the other language), ``ACROSS`` times as wide
    as the page's other body paragraphs (their median), is the article's lead set across the
    text below it, where the geometry found no columns for it to span (photos
    fill the page beside a single column of text). The paragraph after a lead read so by its
    look, in the lead's own language, is the text under it (tetebeche-2: a half of one
    language, set in one wide column beside none, lost its second paragraph to the lead).
    A paragraph whose next paragraph of its language, set under it, is as wide (more than
    its width over ``ACROSS``) is column text, however narrow the page's other paragraphs:
    a lead is set across narrower text (classifieds-1 scanned: an article in two wide columns
    over a band of small ads, each ad a narrow paragraph, lost its three paragraphs a
    language to the lead)."""
    out = list(roles)
    for k, f in enumerate(facts):
        # (or right after such a lead: its twin in the other language, set next)
        twin = k and out[k - 1] == Role.INTRO and (
            roles[k - 1] == Role.BODY or classify(f.text)[0] != classify(facts[k - 1].text)[0])
        if roles[k] != Role.BODY or f.lines < 2 or \
                not (under_head(k, roles) or under_named_title(k, roles, facts) or twin):
            continue
        widths = sorted(g.box[2] - g.box[0] for j, g in enumerate(facts)
                        if j != k and roles[j] == Role.BODY and g.lines >= 2)
        if widths and f.box[2] - f.box[0] >= ACROSS * widths[len(widths) // 2] and \
                not _as_wide_under(k, roles, facts):
            out[k] = Role.INTRO
            log.debug("a lead wider than the body under it: %r", f.text[:40])
    return out


def _as_wide_under(k: int, roles: list[str], facts: list[Facts]) -> bool:
    """The next body paragraph of two lines or more after block ``k`` in reading order that is
    of ``k``'s language, set under it and overlapping its width, is wider than ``k``'s width
    over ``ACROSS``: the two are one column's text (``wide_leads``)."""
    f = facts[k]
    lang = classify(f.text)[0]
    for g, role in zip(facts[k + 1:], roles[k + 1:], strict=True):
        if role != Role.BODY or g.lines < 2 or g.box[1] < f.box[3] or \
                across(g.box, f.box) <= 0 or classify(g.text)[0] != lang:
            continue
        return ACROSS * (g.box[2] - g.box[0]) > f.box[2] - f.box[0]
    return False


JUMP_LINES = 2        # most lines of a jump line's block (a narrow column wraps it)


def jump_lines(roles: list[str], facts: list[Facts]) -> list[str]:
    """A block of a line or two reading ``(Xem tiếp trang 3)`` / ``(Continued from page 2)``
    is a jump line: it tells where the article goes on, and is no text, byline or title of it
    (set flush right at a column's foot it looks like a byline, which would close the
    article)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER) and \
                f.lines <= JUMP_LINES and jump_line(f.text):
            out[k] = Role.JUMP
            log.debug("jump line: %r", f.text)
    return out

