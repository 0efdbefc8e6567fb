"""A newspaper's nameplate: the paper's name set far larger than anything else at the top of its
front page, with the lines of the band it heads (the name's twin in the other language, a
tagline, the issue and date line). It names the paper, not a story: no article's title or text.

``nameplates`` (a role pass, run by ``split.passes.RULE_PASSES``): where the page's largest block,
``NAMEPLATE_SIZE`` body sizes tall or more (or ``NAMEPLATE_ALONE`` and far larger than any
other, or far larger than any other and the name the publication's running heads begin with:
a booklet's ``NHỊP CẦU XỨ LẠNG`` over inside pages headed ``NHỊP CẦU XỨ LẠNG · SỐ 12``, set
no more than twice and a half the body), lies in its top ``NAMEPLATE_TOP`` and is a line or
two, that block and every block over the band's foot are running heads (``Role.HEADER``). The
band's foot is the widest white gap between rows of blocks under the name (sharing some of
its width: a column running down beside it is no line of its band) within ``BAND_DEPTH``
nameplate heights under it: the gap above the first stories is wider than those between the
band's own lines. No block is a nameplate when another set as large runs to a headline's
words a line (``_in_headline_type``: a piece of a title OCR cut apart). Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts, furniture_key

log = logging.getLogger(__name__)

NAMEPLATE_SIZE = 3.0   # x body size: a nameplate's line is this tall at least (a title of a story
                       # runs under it; the largest headline of a front page is about twice
                       # the body)
NAMEPLATE_ALONE = 2.5  # x body size: ... or this tall when set far larger than anything else on
                       # the page (``FAR_LARGER``: a paper's name over bands of stories whose
                       # titles are set twice the body; a story's title set as large over a
                       # page runs to lines of its own size)
FAR_LARGER = 1.15      # x the size of the page's next largest block
ALONE_WORDS = 2        # fewest words of a name taken by its size alone (a scanned title's last
                       # word read as a block of its own, ``UNDERSTANDING``, is none)
NAMEPLATE_TOP = 0.2    # share of the page's height: a nameplate's top lies this high at most
NAMEPLATE_LINES = 2    # most lines of a nameplate
NAMEPLATE_WORDS = 5    # most words a line of a nameplate holds (a paper's name: ``BIÊN CƯƠNG``,
                       # ``ĐÔI BỜ HỮU NGHỊ``); a tabloid's headline set as large across the
                       # page runs to a dozen words a line, and is a story's title
NAME_CHARS = 6         # fewest letters of a name read from the running heads (a running head's
                       # first word alone, ``SỐ``, names nothing)
BAND_DEPTH = 2.0       # x the nameplate's height: how far under it its band's lines may lie
BAND_LINES = 2         # most lines of a block of the band (a tagline, a date line): a block
                       # of more is a story's (its title over a photo under the band: the
                       # white under the photo is no band's foot; front-page, seed 4200)
BAND_ROWS = 2          # fewest rows of blocks under the name in its band (its twin, a tagline
                       # or an issue line): a large title alone on a cover heads no band


def _band_foot(facts: list[Facts], name: Facts) -> float | None:
    """The foot of the nameplate's band: the top of the widest white gap between the rows of
    blocks under the name (below the first of them), within ``BAND_DEPTH`` name heights;
    ``None`` when fewer than
    ``BAND_ROWS`` rows lie above that gap."""
    height = name.box[3] - name.box[1]
    reach = name.box[3] + BAND_DEPTH * height
    spans = sorted((f.box[1], f.box[3], f.lines) for f in facts
                   if f is not name and name.box[1] <= f.box[1])
    foot, widest, at, rows = name.box[3], 0.0, None, 0
    counted = 0
    for top, bottom, lines in spans:
        if counted and top - foot > widest:       # (the white over the name's twin: none)
            widest, at, rows = top - foot, foot, counted
        if top > reach or lines > BAND_LINES and counted >= BAND_ROWS:
            break   # (the first row past the band's depth, or a story's under the band's
            #          rows, closes its last gap; a column beside the name is no story's)
        if (top + bottom) / 2 >= foot:         # (a tall box may reach up into the row above)
            counted += 1
        foot = max(foot, bottom)
    return at if at is not None and rows >= BAND_ROWS else None


def _large(name: Facts, facts: list[Facts], roles: list[str], page: PageFacts) -> bool:
    """``name`` is set large enough for a nameplate (see ``NAMEPLATE_ALONE``), or far larger
    than the rest and named by the running heads (see the module). On OCR the name is
    compared with the page's other text (OCR junk aside) by width per character: the height
    OCR reads of a line of capitals swings with its marks (``DÂN TỘC CHOANG`` in a title reads
    nearly as tall as a nameplate's ``NHỊP CẦU XỨ LẠNG`` twice as wide)."""
    if name.size >= NAMEPLATE_SIZE * page.body_size:
        return True
    key = furniture_key(name.text)
    named = len(key) >= NAME_CHARS and any(head.startswith(key) for head in page.running)
    if page.exact:
        far = all(name.size >= FAR_LARGER * f.size for f in facts if f is not name)
    else:
        far = all(name.cw >= FAR_LARGER * f.cw for f, r in zip(facts, roles, strict=True)
                  if f is not name and r != Role.OTHER)
    return (named or name.size >= NAMEPLATE_ALONE * page.body_size) and \
        len(name.text.split()) >= ALONE_WORDS and far


def _in_headline_type(name: Facts, facts: list[Facts], page: PageFacts) -> bool:
    """Another block set about as large as ``name`` (within ``FAR_LARGER``: by size on a text
    layer, by width per character on OCR) runs to more than ``NAMEPLATE_WORDS`` words a line:
    the type is a headline's, and ``name`` a piece of it (OCR cut a title of several lines
    into blocks, and one of a line or two, its Vietnamese last line run into the English first
    one, reads as tall as a nameplate: ``PHƯƠNG CỦA TRUNG QUỐC PROVINCIAL DELEGATION``). A
    nameplate's twin in the other language is as short as the name."""
    def as_large(f: Facts) -> bool:
        return f.size * FAR_LARGER >= name.size if page.exact else f.cw * FAR_LARGER >= name.cw
    return any(f is not name and as_large(f) and
               len(f.text.split()) > NAMEPLATE_WORDS * max(1, f.lines) for f in facts)


def nameplates(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The nameplate and the lines of its band are running heads (see the module)."""
    if not facts:
        return roles
    name = max(facts, key=lambda f: f.size)
    if not _large(name, facts, roles, page) or name.lines > NAMEPLATE_LINES or \
            name.box[1] > NAMEPLATE_TOP * page.height or \
            len(name.text.split()) > NAMEPLATE_WORDS * name.lines or \
            _in_headline_type(name, facts, page):
        return roles
    foot = _band_foot(facts, name)
    if foot is None:
        return roles
    log.debug("nameplate %r: its band down to %.0f is no article's", name.text[:30], foot)
    return [Role.HEADER if f is name or f.box[3] <= foot + 0.5 else r
            for r, f in zip(roles, facts, strict=True)]
