"""The form of an official letter (a letter, note or press release of a state body, or its
translation): the parts around its text that are not paragraphs of it.

A Vietnamese official document is set on a fixed form (``magpipe.text.officialdocs``): the
letterhead (the issuing office over a short rule on the left, the national name and motto on
the right, or the two stacked in a narrow column), the number and the place and date under
it, the document's kind and its subject centred, the addressee, the text and the closing, and
at the foot the distribution list and the signer's block (the office line(s), a signature,
the name). The rules here, after the look and layout passes:

* a page that carries the national name or motto, or a translation stamp, is a letter's
  first page; on it the letterhead (every line above the number) is no article's text
  (role ``header``), the number and the place and date are labels of the letter, and the
  centred capitals between them and the addressee are its kind (``section``, when there are
  two headings or more) and its subject (``title``); ``form_heads`` first cuts a kind set
  larger off the subject it was read together with;
* the addressee and the text under it, in its column, are body text;
* on any page, the distribution list (its head, ``Nơi nhận:``, and the lines under it) is a
  label of the letter, and the lines set in from the text's left edge between the text's
  last line and the list's foot, in the list's column or beside it, are the signer's block
  (``byline``).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.layout import Para
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.officialdocs import (
    addressee_line,
    dateline,
    dateline_in_english,
    distribution_head,
    national_line,
    number_line,
    translation_stamp,
)
from magpipe.text.vietnamese import is_bare_syllable

log = logging.getLogger(__name__)

# A kind line set this much larger than the subject lines under it is a heading of its own
# (the generator-independent fact: a document's kind is set a size above its subject).
KIND_SIZE = 1.1
# A heading's run-on line is centred on its axis within this share of its widest line.
AXIS_SHARE = 0.05
# The letterhead lies in the page's top part.
HEAD_ZONE = 0.35
# Capitals: a heading of the form is set in capitals (this share of its letters).
CAPS_SHARE = 0.7
# A distribution list's head is a short line (its formula, maybe a word more).
HEAD_WORDS = 4
# A line of the list starts within this many body sizes of the head's left edge, and follows
# the line above within this many.
LIST_EDGE = 1.5
LIST_GAP = 2.5
# The signer's block is set in from the text's left edge by at least this many body sizes,
# holds at most this many lines a block, and ends at most this far (body sizes) below the
# list's foot (the name under the signature and seal).
SIGN_INSET = 2.0
SIGN_LINES = 3
SIGN_BELOW = 14.0
# A centred heading of the form stands at least this many body sizes in from both edges of
# its measure (text set to the measure starts at its edge). A long subject wraps to nearly the
# measure's width, so no wider inset can be asked of it (a subject of two full lines in a
# column of a two-language page stands under two body sizes in).
HEAD_INSET = 1.0
# A column this wide (share of the page) is a text column a heading is centred in; narrower
# ones are a letterhead's halves, and the page's text extent is the measure.
WIDE_COLUMN = 0.35
# roles no form rule changes: what holds no letter, the page's numbers
_KEEP = frozenset({Role.OTHER, Role.PAGE_NUMBER, Role.CONTENTS, Role.JUMP})
# roles a paragraph of the letter's text may have been given by its look
_NOT_TEXT = frozenset({Role.INTRO, Role.TITLE, Role.SECTION, Role.BYLINE, Role.CAPTION,
                       Role.KEYWORDS, Role.ASIDE, Role.LABEL, Role.HEADER})


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters)


def _name(text: str) -> bool:
    """A person's name as a signer's block prints it: Vietnamese syllables, with or without
    their marks, in upper and lower case (no office line in capitals, no ``by``)."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and not _caps(text) and all(is_bare_syllable(w) for w in words)


def _form_page(line_texts: list[str]) -> bool:
    """A page of a letter's first page: the national name, motto or a translation stamp."""
    return any(national_line(t) or translation_stamp(t) for t in line_texts)


def _runs_on(upper: Para, lower: Para) -> bool:
    """``lower`` is the last line(s) of the centred heading ``upper`` in capitals: right under
    it (less than a line's height apart), on the same axis, no wider (a centred heading
    wraps its longest lines first; the kind over a subject is narrower than the subject, so
    it never takes the subject in)."""
    if not all(_caps(ln.text) and not number_line(ln.text)
               for ln in (*upper.lines, *lower.lines)):
        return False
    tall = upper.lines[-1].box[3] - upper.lines[-1].box[1]
    wide = max(ln.box[2] - ln.box[0] for ln in upper.lines)
    axis = abs((upper.box[0] + upper.box[2]) - (lower.box[0] + lower.box[2])) / 2
    return (0 <= lower.box[1] - upper.box[3] < tall and axis < AXIS_SHARE * wide
            and lower.box[2] - lower.box[0] <= wide)


def form_heads(words: tuple[Word, ...], paras: list[Para]) -> list[Para]:
    """On a letter's first page, a heading in capitals whose first line is set larger than
    the lines under it (the document's kind over its subject) is two paragraphs, and the
    last line(s) of a centred heading that geometry set apart (``_runs_on``) are one with
    it (OCR reads a short last line of capitals without marks smaller, and its language
    alone could not be told)."""
    if not _form_page([ln.text for p in paras for ln in p.lines]):
        return paras
    out: list[Para] = []
    for para in paras:
        lines = para.lines
        if len(lines) >= 2 and all(_caps(ln.text) for ln in lines):
            rest = sorted(ln.size for ln in lines[1:])[(len(lines) - 1) // 2]
            if lines[0].size >= KIND_SIZE * rest:
                log.debug("letter form: kind %r cut off its subject", lines[0].text)
                out.append(Para(lines=lines[:1], box=lines[0].box, region=para.region))
                para = Para(lines=lines[1:], box=union([ln.box for ln in lines[1:]]),
                            region=para.region)
        if out and _runs_on(out[-1], para):
            log.debug("letter form: %r runs on from the heading above", para.lines[0].text)
            out[-1] = Para(lines=out[-1].lines + para.lines, box=union([out[-1].box, para.box]),
                           region=out[-1].region)
            continue
        out.append(para)
    return out


@dataclass(frozen=True)
class _Measure:
    """Where a block's text lies across: its column, or the page's text extent."""

    lo: float
    hi: float
    key: int          # the column index, -1 for the page's extent


def _measures(facts: list[Facts], page: PageFacts) -> list[_Measure]:
    extent = (min(f.box[0] for f in facts), max(f.box[2] for f in facts))
    out = []
    for f in facts:
        lo, hi = f.column_box
        if f.column >= 0 and hi - lo >= WIDE_COLUMN * page.width:
            out.append(_Measure(lo, hi, f.column))
        else:
            out.append(_Measure(extent[0], extent[1], -1))
    return out


def _centred(f: Facts, m: _Measure, body: float) -> bool:
    left, right = f.box[0] - m.lo, m.hi - f.box[2]
    return left > HEAD_INSET * body and abs(left - right) < 2 * SIGN_INSET * body


def _form_head(out: list[str], facts: list[Facts], page: PageFacts) -> float:
    """Letterhead (``header``), number and date (``label``) of a first page, in ``out``; the
    foot of the number and date (else of the letterhead)."""
    body = page.body_size
    texts = [f.line_texts or (f.text,) for f in facts]
    marked = [any(national_line(t) or translation_stamp(t) for t in ts) for ts in texts]
    top_part = [f.box[1] < HEAD_ZONE * page.height for f in facts]
    numbers = [k for k, f in enumerate(facts) if top_part[k] and number_line(f.text)]
    labels = {k for k in range(len(facts)) if top_part[k]
              and (k in numbers or any(dateline(t) for t in texts[k]))}
    # the letterhead: what stands above the number (else the marked lines' foot)
    bottom = min(facts[k].box[1] for k in numbers) + 0.3 * body if numbers else \
        max(f.box[3] for f, m in zip(facts, marked, strict=True) if m)
    for k, f in enumerate(facts):
        if out[k] in _KEEP:
            continue
        if k in labels:
            out[k] = Role.LABEL
        elif marked[k] or (f.box[3] <= bottom and top_part[k]):
            out[k] = Role.HEADER
    return max((facts[k].box[3] for k in labels), default=bottom)


def _headings(out: list[str], facts: list[Facts], mine: list[int], measures: list[_Measure],
              top: float, end: float, body: float) -> None:
    """The centred capitals of one measure between ``top`` (the number and date's foot) and
    ``end`` (the addressee): the kind (``section``, when two or more) and the subject
    (``title``), in ``out``."""
    heads = sorted((k for k in mine if out[k] not in _KEEP | {Role.HEADER, Role.LABEL}
                    and top <= facts[k].box[1] < end and _caps(facts[k].text)
                    and _centred(facts[k], measures[k], body)), key=lambda k: facts[k].box[1])
    for n, k in enumerate(heads):
        out[k] = Role.SECTION if n == 0 and len(heads) >= 2 else Role.TITLE


def _text_under(out: list[str], facts: list[Facts], mine: list[int], a: int,
                body: float) -> None:
    """The addressee ``a`` and the blocks under it at its left edge (the letter's text, a
    closing its look took for a heading or note) are body text, in ``out``."""
    out[a] = Role.BODY
    edge, head_top = facts[a].box[0], facts[a].box[1]
    for k in mine:
        f = facts[k]
        if (f.box[1] > head_top and out[k] in _NOT_TEXT - {Role.HEADER, Role.LABEL}
                and abs(f.box[0] - edge) <= LIST_EDGE * body):
            out[k] = Role.BODY


def _letterhead(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Letterhead, number and date, kind and subject, addressee and text of a first page."""
    out = list(roles)
    top = _form_head(out, facts, page)
    measures = _measures(facts, page)
    addressees = [k for k, f in enumerate(facts) if addressee_line(f.text)]
    for key in {m.key for m in measures}:
        mine = [k for k, m in enumerate(measures) if m.key == key]
        own = [k for k in addressees if k in mine]
        end = min((facts[k].box[1] for k in own), default=page.height)
        _headings(out, facts, mine, measures, top, end, page.body_size)
        for a in own:
            _text_under(out, facts, mine, a, page.body_size)
    return out


def _listed(facts: list[Facts], d: int, body: float) -> tuple[set[int], float]:
    """The distribution list under its head ``d`` (lines at the head's left edge, each close
    under the one before) and its foot."""
    head = facts[d].box
    listed, foot = {d}, head[3]
    for k in sorted(range(len(facts)), key=lambda k: facts[k].box[1]):
        f = facts[k]
        if (k not in listed and f.box[1] >= head[1]
                and abs(f.box[0] - head[0]) <= LIST_EDGE * body
                and f.box[1] - foot <= LIST_GAP * body):
            listed.add(k)
            foot = max(foot, f.box[3])
    return listed, foot


def _foot(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The distribution list and the signer's block beside or above it."""
    body = page.body_size
    heads = [k for k, f in enumerate(facts) if distribution_head(f.text)
             and len((f.line_texts or (f.text,))[0].split()) <= HEAD_WORDS]
    out = list(roles)
    for d in heads:
        head = facts[d].box
        listed, foot = _listed(facts, d, body)
        # the signer's block lies between the list's left edge and the next list's (the
        # other language's column), under the text's last line at the list's left edge
        right = min((facts[h].box[0] for h in heads
                     if facts[h].box[0] > head[0] + SIGN_INSET * body), default=page.width)
        start = max((f.box[3] for k, f in enumerate(facts) if k not in listed
                     and f.box[3] <= head[1] + 0.3 * body and out[k] not in _KEEP
                     and abs(f.box[0] - head[0]) <= LIST_EDGE * body), default=0.0)
        for k in listed:
            if out[k] not in _KEEP:
                out[k] = Role.LABEL
        for k, f in enumerate(facts):
            if (k not in listed and out[k] not in _KEEP and f.box[1] >= start - 0.3 * body
                    and f.box[0] - head[0] > SIGN_INSET * body and f.box[2] <= right + body
                    and f.lines <= SIGN_LINES and f.box[1] <= foot + SIGN_BELOW * body):
                out[k] = Role.BYLINE
    return out


def letter_forms(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The roles of an official letter's form (see the module's docstring)."""
    if not facts:
        return roles
    out = list(roles)
    if _form_page([t for f in facts for t in (f.line_texts or (f.text,))]):
        out = _letterhead(out, facts, page)
    return _foot(out, facts, page)


def addressees_closed(links: dict[str, str], texts: dict[str, str]) -> dict[str, str]:
    """``continuation.link``'s links without those from a letter's addressee: the addressee
    (``Kính gửi: ...``) ends no sentence, yet is a paragraph of its own that nothing
    continues (``texts``: each block's text by id)."""
    kept = {later: earlier for later, earlier in links.items()
            if not addressee_line(texts.get(earlier, ""))}
    if len(kept) < len(links):
        log.debug("letter form: %d link(s) from an addressee dropped", len(links) - len(kept))
    return kept


def form_languages(roles: list[str], boxes: list[Box], texts: list[str],
                   langs: list[str]) -> list[str]:
    """Languages of a letter form's parts that their letters do not tell: a place and date
    is in the language of its month (``Lạng Sơn, 5 May 2025`` is English: repair may give
    the place its marks), and a line of the signer's block under an office line of another
    language (a name, ``Nông Văn Bình`` under ``DIRECTOR``, on a page with a distribution
    list: a name reads alike in both, and repair may give it its marks) is in the office
    line's language."""
    out = list(langs)
    # a signer's block stands by the distribution list (beside it or over it)
    signed = any(r == Role.LABEL and distribution_head(t) for r, t in zip(roles, texts,
                                                                          strict=True))
    for k, role in enumerate(roles):
        if role == Role.LABEL and dateline(texts[k]):
            out[k] = Lang.EN if dateline_in_english(texts[k]) else Lang.VI
        elif role == Role.BYLINE and signed and _name(texts[k]):
            over = [j for j, r in enumerate(roles) if r == Role.BYLINE and j != k
                    and boxes[j][3] <= boxes[k][1] and boxes[j][0] < boxes[k][2]
                    and boxes[k][0] < boxes[j][2] and _caps(texts[j])]
            if over:
                office = max(over, key=lambda j: boxes[j][3])
                if out[office] != out[k]:
                    log.debug("letter form: signer %r takes its office line's language",
                              texts[k])
                    out[k] = out[office]
    return out


FORM_REASON = "an official letter's form (letterhead, number, date, kind, list, signer)"


def form_over_model(roles: list[str], reasons: list[str], facts: list[Facts],
                    page: PageFacts) -> tuple[list[str], list[str]]:
    """The role model's roles with a letter's form laid over them (``letter_forms``): the
    form is told by its fixed wording and where it stands, which the model's features of a
    block's look do not see; each block the form changed gets the form as its reason."""
    new = letter_forms(roles, facts, page)
    return new, [FORM_REASON if a != b else why
                 for a, b, why in zip(roles, new, reasons, strict=True)]
