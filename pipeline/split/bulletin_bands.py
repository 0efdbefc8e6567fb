"""Bands of a page that name the publication or its backers, not a story: a masthead set no
larger than the stories' titles, and a strip centred at the page's foot under the last text.

* ``mastheads`` (a role pass): a bulletin's or newsletter's name heads its first page set
  like a title, centred across the page (it, or its twin under it where OCR lost a word at
  an end of the name), not far larger than one (``nameplate`` takes the
  names set far larger): its twin in the other language under it, then the issue line (the
  number and the date; one a language, side by side). A title so set whose band, right
  under it, holds a line of that kind (one line dated, ``has_date``, or naming a month and
  its year as a monthly's issue does, ``has_month_year``; no sentence, under the name's
  foot; nothing over it but short lines ending no sentence, within the name's width) and
  over another title on the page (the first story's) is that name: it, its
  twin and the band's lines down to the dated row are running heads (``Role.HEADER``). A
  story's title has its byline, kicker or text under it, and no title of another story
  under its head; a headline set in a table's cell, its date beside it, is neither centred
  across the page nor over its date.
* ``foot_strips`` (a role pass): a block of a line or three alone under all of the page's
  text at its foot (nothing level with it), set apart from it by white (``APART``), centred
  on the page's text and held in from both its edges, set no larger than the body and ending
  no sentence (a sponsors' or partners' strip, a list of names under a rule), is no
  article's text (``Role.ASIDE``). An article's text runs the width of its column, its
  columns side by side, its lines close under each other down to the page's foot.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts, furniture_key
from magpipe.text.dates import has_date, has_issue_number, has_month_year, has_quarter_year
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

MAST_TOP = 0.25      # share of the page's height: a masthead's name lies this high at most
MAST_WIDTH = 0.6     # share of the page's text width: a masthead's name runs this wide at least
MAST_CENTRED = 1.0   # x body size: ... centred on the text to this
NUMBERED_WIDTH = 0.3  # ... or this wide, over an issue line that numbers the issue (``Số 4``,
                      # ``No. 4``): a bulletin's short name centred over it
ISSUE_REACH = 3.0    # x the name's height: the dated issue line lies this far under its foot
                     # at most (the name's twin between)
NAME_LINES = 2       # lines of each of the name's own blocks over its issue line, at most
NAME_GAP = 3.0       # x body size: widest word space OCR cuts a name set large at
STRIP_FOOT = 0.75    # share of the page's height: a foot strip's top lies this low at least
STRIP_LINES = 3      # lines of a foot strip, at most
STRIP_SIZE = 1.05    # x body size: a foot strip is set no larger
CENTRED = 1.0        # x body size: a centred block's two insets differ this much at most
APART = 1.5         # x body size: white over a foot strip, at least (a rule and its padding)
HELD_IN = 3.0        # x body size: a foot strip stands this far in from each edge, at least
# roles a masthead's lines were given from their look (a name set like a title, the issue
# line read as a byline, as text or as a date label)
_MAST_ROLES = frozenset({Role.TITLE, Role.BYLINE, Role.BODY, Role.INTRO, Role.SECTION,
                         Role.LABEL})
# roles of article text a foot strip was given (a centred block spanning the columns reads as
# a lead)
_STRIP_ROLES = frozenset({Role.BODY, Role.INTRO})
# roles whose text a foot strip lies under (everything but the page's furniture)
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.TITLE, Role.CAPTION, Role.CREDIT,
                         Role.BYLINE, Role.SECTION, Role.LABEL})


def _issue_line(f: Facts) -> bool:
    # (a monthly's issue is dated by its month and year, ``Tháng 11 năm 2025``, a
    # quarterly's by its quarter beside its number, ``Số 4 · Quý IV năm 2025``: a line naming
    # a quarter alone is as often a heading, ``Dấu ấn đối ngoại quý IV năm 2025``)
    return f.lines == 1 and (has_date(f.text) or has_month_year(f.text) or (
        has_quarter_year(f.text) and has_issue_number(f.text))) and not ends_sentence(f.text)


def _whole_name(titles: list[int], facts: list[Facts], body: float) -> Facts:
    """The first name (``titles`` top down) with the titles OCR cut from it on its row: a name
    set large, cut at a wide word space (``FRIENDSHIP`` | ``BULLETIN``), each part level with
    the first and at most ``NAME_GAP`` body sizes from the part before."""
    name = facts[titles[0]]
    for k in sorted(titles[1:], key=lambda j: facts[j].box[0]):
        f = facts[k]
        level = abs(f.box[1] - name.box[1]) < body and abs(f.box[3] - name.box[3]) < body
        if level and f.lines == name.lines and 0 <= f.box[0] - name.box[2] <= NAME_GAP * body:
            name = replace(name, text=f"{name.text} {f.text}", box=union((name.box, f.box)))
    return name


def _inside(box: Box, outer: Box) -> bool:
    return outer[0] <= box[0] and box[2] <= outer[2] and outer[1] <= box[1] and box[3] <= outer[3]


def _centred(box: Box, left: float, right: float, body: float) -> bool:
    """The box stands centred between ``left`` and ``right`` (to ``MAST_CENTRED`` body
    sizes)."""
    return abs((box[0] - left) - (right - box[2])) <= MAST_CENTRED * body


def mastheads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A title heading the page over a dated issue line and another title is the publication's
    name: it and its band are running heads (see the module)."""
    order = sorted(range(len(facts)), key=lambda k: facts[k].box[1])
    titles = [k for k in order if roles[k] == Role.TITLE]
    # (a name kept out already as the running head set inside the page, ``heads_inside``,
    # still heads its band)
    names = [k for k in order if roles[k] == Role.TITLE or roles[k] == Role.ASIDE
             and furniture_key(facts[k].text) in page.running]
    if not names or not titles or facts[names[0]].box[1] > MAST_TOP * page.height:
        return roles
    name = _whole_name(names, facts, page.body_size)
    left, right = min(f.box[0] for f in facts), max(f.box[2] for f in facts)
    reach = name.box[3] + ISSUE_REACH * (name.box[3] - name.box[1])
    band = [k for k in order if name.box[1] <= facts[k].box[1] <= reach]
    dated = [k for k in band if _issue_line(facts[k]) and roles[k] in _MAST_ROLES
             and facts[k].box[1] >= name.box[3]]     # (under the name, not beside it)
    numbered = any(has_issue_number(facts[k].text) for k in dated)
    if not dated or name.box[2] - name.box[0] < (NUMBERED_WIDTH if numbered else MAST_WIDTH) \
            * (right - left):
        return roles        # (a short name heads a band only over its issue's number)
    # (only the name's own lines over the issue line: its twin, a tagline; a story's text
    # under its title, then a dated entry, is no band. The name's own parts are not asked:
    # OCR may read a speck after it as a full stop)
    over = [k for k in band if facts[k].box[1] < min(facts[j].box[1] for j in dated)
            and not _inside(facts[k].box, name.box)]
    if any(facts[k].lines > NAME_LINES or ends_sentence(facts[k].text)
           or facts[k].box[0] < name.box[0] - page.body_size
           or facts[k].box[2] > name.box[2] + page.body_size for k in over):
        return roles        # (the name's own lines stand under it, within its width)
    # a masthead is centred across the page; a headline in a cell is not. OCR may lose a word
    # at an end of a name set large (on a tint, say): then the name's own lines under it, its
    # twin, still show the band centred
    if not any(_centred(box, left, right, page.body_size)
               for box in [name.box] + [facts[k].box for k in over]):
        return roles
    foot = max(facts[k].box[3] for k in dated)
    if not any(facts[k].box[1] > foot for k in titles):
        return roles
    log.debug("masthead %r over a dated issue line: no story's title", name.text[:30])
    # (a line of the band kept out as the running head set inside the page is the name's
    # twin under it, once OCR reads the running head and it alike: a head, not an aside)
    return [Role.HEADER if (r in _MAST_ROLES or r == Role.ASIDE
                            and furniture_key(f.text) in page.running)
            and name.box[1] <= f.box[1] and f.box[3] <= foot
            else r for r, f in zip(roles, facts, strict=True)]


def foot_strips(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A short centred block under all of the page's text at its foot is no article's (see the
    module)."""
    if not facts:
        return roles
    left = min(f.box[0] for f in facts)
    right = max(f.box[2] for f in facts)
    body = page.body_size
    # (an OCR box's height is no type size: a line of capitals with marks stands taller than
    # the body's lines; on a scan a strip is measured against the body's line pitch)
    size = body if page.exact else page.body_pitch or body
    out = list(roles)
    for k, f in enumerate(facts):
        if roles[k] not in _STRIP_ROLES or f.box[1] < STRIP_FOOT * page.height \
                or f.lines > STRIP_LINES or f.size > STRIP_SIZE * size \
                or ends_sentence(f.text):
            continue
        inset_l, inset_r = f.box[0] - left, right - f.box[2]
        if min(inset_l, inset_r) < HELD_IN * body or abs(inset_l - inset_r) > CENTRED * body:
            continue
        others = [g for j, g in enumerate(facts) if j != k and roles[j] in _TEXT_ROLES]
        if any(g.box[3] > f.box[1] for g in others):
            continue        # text beside it or under it: a column's foot, not a strip
        if others and f.box[1] - max(g.box[3] for g in others) < APART * body:
            continue        # set close under the text above: its paragraph's last lines
        log.debug("a centred strip at the page's foot: no article's: %r", f.text[:40])
        out[k] = Role.ASIDE
    return out
