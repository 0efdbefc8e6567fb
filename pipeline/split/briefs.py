"""A page of many short items (news in brief): each item's headline, and the masthead above them.

A news-in-brief page sets many short items, each a headline over one paragraph, the
Vietnamese item then its English twin (run down narrow columns, or side by side in ruled
rows). Its headlines are set in one bold capitals style, often in a display face whose
letters are no taller (and, in italics, no wider) than the body's, so neither size nor width
tells them from the text: what tells them is their weight and case, the mixed-case text right
under each, and their number on the page. Above the first headline the page's masthead (the
bulletin's name in both languages and the issue line) belongs to no article.

A box of coming events (a heading, then entries each opened by a date: ``20/12: ...``)
closes many such pages: a calendar, no article's.

Pure rules over one page's blocks in reading order; each says why it exists.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import REPEAT_MARGIN, WORD, Facts, PageFacts
from magpipe.split.title_lines import SAME_SIZE
from magpipe.text.dates import dated_entry
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

HEADLINES_MIN = 2     # fewest headlines that make a page of short items: one item's, in each
                      # language (a page that a briefs page runs over onto); a lead in
                      # capitals under its own title is never taken for one (``_headlines``)
HEADLINE_LINES = 6    # most lines of a headline (a long one in a narrow column)
HEADLINE_WORDS = 4    # fewest words of a headline (a shorter capitals line is a rubric or label)
HEADLINE_SPREAD = 1.5  # x the page's usual headline size: a capitals line set larger than that
                      # over a line or two is a masthead or a display title, not an item's
UNDER_GAP = 1.5       # x body size: the item's text starts this close under its headline
MASTHEAD_AFTER = 3    # fewest headlines under a masthead: more than one article's two titles (a
                      # page holding one article's titles may have a rubric above them, no
                      # masthead)
MASTHEAD_GAP = 4.0    # x body size: the gap between a masthead's two names, at least
MASTHEAD_LINES = 2    # most lines of a block of the masthead (a name, an issue line; OCR may
                      # read the issue line and a speck of the shading as two)
AGENDA_ENTRIES = 2    # fewest dated entries that make a calendar (one is a sentence with a date)
AGENDA_HEAD_WORDS = 4  # most words of a calendar's heading in mixed case (``Sắp diễn ra``,
                      # ``Coming up``); one set in capitals may name its months too (``LỊCH SỰ
                      # KIỆN THÁNG 1 - THÁNG 2``): capitals make it a heading, whatever its length
AGENDA_HEAD_GAP = 2.0  # x body size: a heading in capitals stands this close over its entries
RUN_ON_GAP = 1.0      # x body size: an entry's last line read apart lies this close under it
RUN_ON_LINES = 2      # most lines of an entry's last words read apart from it
# roles a headline may have been given by its look: a bold capitals lead (intro), body text,
# or, set in a narrow italic display face, a caption
_MISREAD = frozenset({Role.BODY, Role.INTRO, Role.CAPTION, Role.TITLE})
# roles of the block before a capitals lead that is an intro, not a headline: its own title
# and what sits under a title
_HEAD_OF_ARTICLE = frozenset({Role.TITLE, Role.SECTION, Role.BYLINE, Role.LABEL})


def _headline_look(f: Facts, exact: bool) -> bool:
    """Set like a headline: in capitals, a few words, a few lines, not ending like a sentence,
    and (text layers, which know the weight) in bold."""
    text = f.text.strip()
    if not text or text[-1] in SENTENCE_ENDS or upper_share(text) < CAPS_SHARE:
        return False
    if len(WORD.findall(text)) < HEADLINE_WORDS or f.lines > HEADLINE_LINES:
        return False
    return f.bold or not exact


def _text_under(f: Facts, nxt: Facts, body: float, roman: bool = True) -> bool:
    """``nxt`` starts right under ``f``; ``roman``: and is mixed-case text in roman (the item's
    text)."""
    gap = nxt.box[1] - f.box[3]
    if not (-0.5 * body <= gap < UNDER_GAP * body and across(f.box, nxt.box) > 0):
        return False
    return not roman or (not nxt.bold and upper_share(nxt.text) < CAPS_SHARE)


def _headlines(roles: list[str], facts: list[Facts], page: PageFacts,
               strict: bool = True) -> list[int]:
    """Blocks set like a headline (``_headline_look``) with the item's text (two lines or
    more) right under them. ``strict``: not after a title or what sits under one (a lead in
    capitals opens an article under its title); else only not after a title (on a page of
    briefs the issue line under the masthead reads like a byline or label)."""
    after = _HEAD_OF_ARTICLE if strict else frozenset({Role.TITLE})
    found = []
    for k, f in enumerate(facts):
        if roles[k] not in _MISREAD or k + 1 >= len(facts) or \
                roles[k + 1] not in (Role.BODY, Role.INTRO) or facts[k + 1].lines < 2:
            continue
        if k and roles[k - 1] in after and roles[k] != Role.TITLE:
            continue
        if k and roles[k - 1] == Role.TITLE and _text_under(facts[k - 1], f, page.body_size,
                                                           roman=False):
            continue                     # the last line of a title cut off by the geometry
        if _headline_look(f, page.exact) and _text_under(f, facts[k + 1], page.body_size):
            found.append(k)
    if not found:
        return found
    usual = sorted(facts[k].size for k in found)[len(found) // 2]
    return [k for k in found if facts[k].size <= HEADLINE_SPREAD * usual]


def _side_by_side(zone: list[Facts], body: float) -> bool:
    """Two of the blocks sit on the same rows, a wide gap apart: a masthead names the bulletin
    in both languages, one name at the left and the other at the right (a title or a rubric
    over the text is one block, or lines one under the other)."""
    return any(min(a.box[3], b.box[3]) > max(a.box[1], b.box[1]) and
               b.box[0] - a.box[2] >= MASTHEAD_GAP * body
               for a in zone for b in zone)


def _heads_text(k: int, roles: list[str], facts: list[Facts], headlines: set[int],
                body: float, largest: float) -> bool:
    """The block ``k``, set no larger than ``largest`` (the headlines' size, spread), is the
    first line of a head over its own text: the blocks after it in reading order, each right
    under the one before (a title the geometry cut into lines, none of them a headline, each
    set in the first's size: ``title_lines.SAME_SIZE``), lead to mixed-case running text
    (``_text_under``) of two lines or more, opening as a paragraph does (not in lower case:
    a column's text run on from the one before) and, where the text layer declares fonts, set
    no larger than the head. A masthead's names and issue line stand over the
    first item's headline, not over text (a grid of cards or items whose first row, or lead
    card, opens at the page's head sets its titles there); its name is set far larger than
    any headline (a line of OCR junk under it may read as text), its issue line smaller."""
    if facts[k].size > largest:
        return False
    j = k
    while j + 1 < len(facts) and j + 1 not in headlines and \
            _text_under(facts[j], facts[j + 1], body, roman=False):
        j += 1
        if roles[j] in (Role.BODY, Role.INTRO) and facts[j].lines >= 2 and \
                _text_under(facts[j - 1], facts[j], body):
            # (text opening in lower case runs on from another column; a line set in a
            # smaller font than the text, as an issue line, heads none: text layers)
            return not facts[j].text[:1].islower() and \
                not 0 < facts[k].font < facts[j].font
        if abs(facts[j].size - facts[k].size) > SAME_SIZE * facts[k].size:
            return False        # no line of the same head: an issue line, another item's head
    return False


def short_items(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A page holding ``HEADLINES_MIN`` headlines (``_headlines``) or more is a page of short
    items: each headline is a title, the text under it the item's paragraph (not a lead),
    and, under ``MASTHEAD_AFTER`` headlines or more, the short blocks lying wholly above
    every headline and inside the page's top band (``REPEAT_MARGIN``), two of them side by
    side (``_side_by_side``), are the masthead (the bulletin's name and issue line in both
    languages, no article's)."""
    if len(_headlines(roles, facts, page)) < HEADLINES_MIN:
        return roles
    found = _headlines(roles, facts, page, strict=False)
    out = list(roles)
    for k in found:
        if out[k] != Role.TITLE:
            log.debug("headline of a short item (one of %d on the page): %r", len(found),
                      facts[k].text[:40])
        out[k] = Role.TITLE
        if out[k + 1] == Role.INTRO:
            out[k + 1] = Role.BODY       # an item's one paragraph, not a lead before others
    if len(found) < MASTHEAD_AFTER:
        return out
    # the masthead lies above every headline, in the page's top band (where a continued
    # item's text that heads a column further right does not end)
    first = min([facts[k].box[1] for k in found] + [REPEAT_MARGIN * page.height])
    # (a run-in head, ``run_in_heads``, opens an item's paragraph: no masthead's)
    zone = [k for k, f in enumerate(facts) if f.box[3] <= first and f.lines <= MASTHEAD_LINES
            and out[k] not in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER) and not f.run_in]
    # (a title's lines over its own text, an item or card whose head the geometry cut into
    # lines, are no masthead's: ``_heads_text``)
    usual = sorted(facts[k].size for k in found)[len(found) // 2]
    zone = [k for k in zone if not _heads_text(k, out, facts, set(found), page.body_size,
                                               HEADLINE_SPREAD * usual)]
    if not _side_by_side([facts[k] for k in zone], page.body_size):
        return out                       # a title or a rubric over the text, not a masthead
    for k in zone:
        log.debug("masthead above the page's short items: %r", facts[k].text[:40])
        out[k] = Role.HEADER
    return out


def _entries(f: Facts) -> int:
    """Lines of the block that open a calendar entry (a day and month, then a colon)."""
    return sum(dated_entry(t) for t in (f.line_texts or (f.text,)))


def _agenda_head(head: Facts, first: Facts, body: float) -> bool:
    """``head``, right before a calendar's first entry ``first`` in reading order, is its
    heading: one line, not a sentence, of ``AGENDA_HEAD_WORDS`` words at most, or set in
    capitals right over the entry (within ``AGENDA_HEAD_GAP`` body sizes, over its left
    part): a heading that names the calendar's months runs longer than a few words."""
    text = head.text.strip()
    if head.lines != 1 or not text or text[-1] in SENTENCE_ENDS:
        return False
    if len(WORD.findall(text)) <= AGENDA_HEAD_WORDS:
        return True
    gap = first.box[1] - head.box[3]
    return upper_share(text) >= CAPS_SHARE and -0.5 * body <= gap <= AGENDA_HEAD_GAP * body \
        and across(head.box, first.box) > 0


def _runs_on(entry: Facts, f: Facts, body: float) -> bool:
    """``f`` is the last words of the calendar entry ``entry`` read as a block of their own
    (a scan's line parted from the lines over it): the entry stops mid-sentence and ``f``
    goes on in lower case, a line or two right under it, within its width."""
    text, before = f.text.strip(), entry.text.strip()
    if not text or not before or before[-1] in SENTENCE_ENDS or f.lines > RUN_ON_LINES:
        return False
    if not text[0].islower():
        return False
    gap = f.box[1] - entry.box[3]
    return -0.5 * body <= gap <= RUN_ON_GAP * body and \
        entry.box[0] - body <= f.box[0] <= entry.box[2]


def agendas(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A calendar of coming events: blocks in a row (reading order) each opening with a date
    and a colon or dash (or an entry's last words read apart from it, ``_runs_on``),
    ``AGENDA_ENTRIES`` entries or more together, and the heading right before them
    (``_agenda_head``), are a box of no article (an aside): an article's paragraph may open
    with a date, but not entry after entry."""
    out = list(roles)
    body = page.body_size
    k = 0
    while k < len(facts):
        if roles[k] in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER) or \
                not dated_entry(facts[k].text):
            k += 1
            continue
        end = k + 1
        while end < len(facts) and (dated_entry(facts[end].text)
                                    or _runs_on(facts[end - 1], facts[end], body)):
            end += 1
        if sum(_entries(f) for f in facts[k:end]) >= AGENDA_ENTRIES:
            start = k - 1 if k and _agenda_head(facts[k - 1], facts[k], body) else k
            for j in range(start, end):
                out[j] = Role.ASIDE
            log.debug("a calendar of %d blocks of dated entries: no article's", end - k)
        k = end
    return out
