"""The role model's block features: what a block looks like and where it sits, each measured
against the page's own body text, so that a model trained on some publications reads another.

``features(facts, page, photos)`` gives one row of ``FEATURES`` per block of a page, in
reading order: sizes and widths per character as ratios to the page's body size and width,
weight, share of capitals, lines, words, line pitch against the body's, place on the page and
in its column, how far it stays in from the column's edges, text patterns (credit, page
number, page reference, rubric, byline, quotation marks, contact fields), the sizes of its
neighbours in reading order, and language evidence; and (seventeenth round) what the rules
found telling since: the page's photos (a block right under or beside one: a caption), the
page's top band and its running heads, the document's other body size (a translation set
smaller), the largest type on the page (a nameplate, a title), the white above and below a
block in its column (a head stands apart, a paragraph of a run does not), its place in its
column's run, text held in from both edges (a frame) and OCR's confidence. (A label and
colon opening a block, ``Editor's note:``, was tried and left out: an interview's turns open
with the speaker's name and a colon, and the interview family lost a fifth of its links. A
head over the text it opens, its size above the body when the next block is body-size text
right under it, was tried in the twenty-first round (weight penalty 0.001) and left out:
trained on every family it won born-digital pairings, 573 -> 577/626, but under
leave-one-out, means over the 53 families, it lost them: pairing 90.5 -> 89.9% born-digital
and 76.9 -> 73.6% scanned, F1 0.832 -> 0.828 and 0.730 -> 0.730. Two contrasts that OCR
keeps were tried in the twenty-second round and left out: a block's width per character and
line size against the running text of its own language on the page (English letters run
narrower than Vietnamese ones: against the page's one body width, Vietnamese body paragraphs
of the bench's scans read 0.024 wide and English ones 0.024 narrow in log ratio, nearly as
far apart as a lead from the body of its own language, 0.06 to 0.07), and its width per
character and line pitch against the paragraph right under it in its language (a lead set
apart from its text). Over the 56
development families, each family read by a model fitted without it, they won born-digital
pairings, 618 -> 621/656, paragraph F1 0.876 -> 0.882 (means over families), and scanned F1
0.786 -> 0.789, but lost scanned pairings, 180 -> 171/217 (likely: the scans' widths and
pitches swing more than those of the text layers most training rows come from).)
Pure logic.
"""

from __future__ import annotations

import math

import numpy as np
from magpipe.artifacts.base import Box, across, down
from magpipe.split.boxes import CONTACT_FIELDS, contact_fields
from magpipe.split.langid import evidence
from magpipe.split.roles import (
    ASIDE_INSET,
    FURNITURE_MARGIN,
    OPENING_QUOTES,
    REPEAT_MARGIN,
    WORD,
    Facts,
    PageFacts,
    byline_like,
    furniture_key,
    has_credit,
    page_number_like,
    rubric_like,
)
from magpipe.text.contents import ends_with_page
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

FEATURES = (
    "size_up", "size_down", "size_body", "cw_up", "cw_down", "bold", "caps", "lines", "one_line",
    "words", "spanning", "multi_column", "inset", "width_share", "centred", "top", "bottom",
    "in_margin", "near_margin", "repeated", "credit", "page_number", "page_reference",
    "contents_page", "rubric", "byline", "flush_right", "opens_quote", "ends_sentence",
    "first_on_page", "prev_size_up", "next_size_up", "prev_smaller", "after_title",
    "body_above", "under_title", "own_style", "pitch_up", "pitch_down", "marked", "stopwords",
    "exact", "contact",
    # seventeenth round
    "under_photo", "beside_photo", "top_band", "running", "other_body", "largest",
    "white_above", "white_below", "column_first", "column_last", "held_in", "low_conf",
)

PHOTO_LEAST = 4.0     # x body size: the least width and height of a photo (smaller: a mark)
PHOTO_GAP = 1.5       # x body size: the most white between a photo and the text it holds
                      # (a caption under it or beside it)
PHOTO_SLACK = 0.5     # x body size: how far such text may stand out of the photo's width
SAME_SIZE = 0.04      # log ratio: two sizes this close are one size
WHITE_CAP = 6.0       # x body size: white above or below counts up to this much
LOW_CONF = 70.0       # OCR confidence under which a block's letters are in doubt


def log_ratio(a: float, b: float) -> float:
    """The log of ``a`` over ``b``, each kept off zero."""
    return math.log(max(a, 1e-3) / max(b, 1e-3))


def _photo_place(box: Box, photos: tuple[Box, ...], body: float) -> tuple[float, float]:
    """Whether ``box`` stands right under a photo, in its width, and whether it stands beside
    one, level with it, near its edge (each 0 or 1)."""
    under = beside = 0.0
    for p in photos:
        if p[2] - p[0] < PHOTO_LEAST * body or p[3] - p[1] < PHOTO_LEAST * body:
            continue
        slack = PHOTO_SLACK * body
        if box[0] >= p[0] - slack and box[2] <= p[2] + slack and \
                -slack <= box[1] - p[3] <= PHOTO_GAP * body:
            under = 1.0
        if down(box, p) >= 0.5 * (box[3] - box[1]) and -across(box, p) <= PHOTO_GAP * body \
                and across(box, p) <= slack:
            beside = 1.0
    return under, beside


def _whites(facts: list[Facts], k: int, body: float) -> tuple[float, float]:
    """The white between block ``k`` and the nearest block above and below sharing some of its
    width, in body sizes (``WHITE_CAP`` when there is none)."""
    f = facts[k]
    above = below = WHITE_CAP
    for j, g in enumerate(facts):
        if j == k or across(g.box, f.box) <= 0:
            continue
        if g.box[3] <= f.box[1] + 1:
            above = min(above, (f.box[1] - g.box[3]) / body)
        elif g.box[1] >= f.box[3] - 1:
            below = min(below, (g.box[1] - f.box[3]) / body)
    return max(above, 0.0), max(below, 0.0)


def features(facts: list[Facts], page: PageFacts, photos: tuple[Box, ...] = ()) -> np.ndarray:
    """One row of ``FEATURES`` per block of a page, in reading order. Sizes count only on
    text layers (``page.exact``); OCR gives widths per character instead."""
    n = len(facts)
    body = max(page.body_size, 1e-3)
    sizes = [log_ratio(f.size, page.body_size) if page.exact else log_ratio(f.cw, page.body_cw)
             for f in facts]
    in_text = [k for k, f in enumerate(facts)
               if f.box[1] / page.height >= FURNITURE_MARGIN and any(c.isalnum() for c in f.text)]
    refs = sum(1 for k in in_text if ends_with_page(facts[k].text))
    contents_share = refs / len(in_text) if in_text else 0.0
    first = in_text[0] if in_text else -1
    # the top and foot of each column's run of blocks
    tops: dict[int, float] = {}
    feet: dict[int, float] = {}
    for f in facts:
        tops[f.column] = min(tops.get(f.column, f.box[1]), f.box[1])
        feet[f.column] = max(feet.get(f.column, f.box[3]), f.box[3])
    ranked = sorted(sizes, reverse=True)
    rows = np.zeros((n, len(FEATURES)))
    for k, f in enumerate(facts):
        words = WORD.findall(f.text)
        col_lo, col_hi = f.column_box
        left, right = f.box[0] - col_lo, col_hi - f.box[2]
        width = max(col_hi - col_lo, 1.0)
        top, bottom = f.box[1] / page.height, f.box[3] / page.height
        lsize = sizes[k] if page.exact else 0.0
        lcw = log_ratio(f.cw, page.body_cw)
        ev = evidence(f.text)
        lpitch = log_ratio(f.pitch, page.body_pitch) if f.pitch > 0 and page.body_pitch > 0 \
            else 0.0
        prev = sizes[k - 1] if k > 0 else 0.0
        nxt = sizes[k + 1] if k + 1 < n else 0.0
        above = any(g.column == f.column and g.box[3] <= f.box[1] + 1 and g.lines >= 3
                    and abs(sizes[j]) < 0.05 for j, g in enumerate(facts) if j != k)
        # the nearest block above that shares some of its width
        over = [j for j, g in enumerate(facts) if j != k and g.box[3] <= f.box[1] + 1
                and across(g.box, f.box) > 0]
        nearest = max(over, key=lambda j: facts[j].box[3]) if over else -1
        under_photo, beside_photo = _photo_place(f.box, photos, body)
        white_above, white_below = _whites(facts, k, body)
        # how much larger than the next largest block of the page (0 unless the largest)
        next_largest = ranked[1] if len(ranked) > 1 else 0.0
        largest = max(sizes[k] - next_largest, 0.0) if sizes[k] >= ranked[0] else 0.0
        row = {
            "size_up": max(lsize, 0.0), "size_down": max(-lsize, 0.0),
            "size_body": float(abs(sizes[k]) < SAME_SIZE),
            "cw_up": max(lcw, 0.0), "cw_down": max(-lcw, 0.0),
            "bold": float(f.bold and page.exact), "caps": upper_share(f.text),
            "lines": math.log1p(f.lines), "one_line": float(f.lines == 1),
            "words": math.log1p(len(words)),
            "spanning": float(f.column == -1 and page.columns >= 2),
            "multi_column": float(page.columns >= 2),
            "inset": min(max(min(left, right) / body, 0.0), 5.0) / 5.0,
            "width_share": min((f.box[2] - f.box[0]) / width, 1.5),
            "centred": float(min(left, right) > page.body_size
                             and abs(left - right) < page.body_size),
            "top": top, "bottom": bottom,
            "in_margin": float(bottom < FURNITURE_MARGIN or top > 1 - FURNITURE_MARGIN),
            "near_margin": float(top < REPEAT_MARGIN or bottom > 1 - REPEAT_MARGIN),
            "repeated": float(furniture_key(f.text) in page.repeated),
            "credit": float(has_credit(f.text)),
            "page_number": float(page_number_like(f.text)),
            "page_reference": float(ends_with_page(f.text)),
            "contents_page": contents_share,
            "rubric": float(rubric_like(f.text)), "byline": float(byline_like(f.text)),
            "flush_right": float(left > 0.3 * width and right < 1.5 * page.body_size),
            "opens_quote": float(f.text.lstrip()[:1] in OPENING_QUOTES),
            "ends_sentence": float(f.text.rstrip()[-1:] in SENTENCE_ENDS),
            "first_on_page": float(k == first),
            "prev_size_up": max(prev, 0.0), "next_size_up": max(nxt, 0.0),
            "prev_smaller": float(prev < -SAME_SIZE),
            "after_title": float(k > 0 and prev > 0.2),
            "body_above": float(above),
            "under_title": float(nearest >= 0 and sizes[nearest] > 0.2),
            "own_style": float(abs(lcw) > 0.03 or (f.bold and page.exact)
                               or upper_share(f.text) > CAPS_SHARE),
            "pitch_up": max(lpitch, 0.0), "pitch_down": max(-lpitch, 0.0),
            "marked": ev.marked, "stopwords": ev.stopwords,
            "exact": float(page.exact),
            "contact": min(contact_fields(f.text), CONTACT_FIELDS) / CONTACT_FIELDS,
            "under_photo": under_photo, "beside_photo": beside_photo,
            "top_band": float(page.top_edge > 0 and f.box[3] <= page.top_edge + 1),
            "running": float(furniture_key(f.text) in page.running),
            "other_body": float(page.exact and page.other_body > 0
                                and abs(log_ratio(f.size, page.other_body)) < SAME_SIZE),
            "largest": min(largest, 1.0),
            "white_above": math.log1p(white_above), "white_below": math.log1p(white_below),
            "column_first": float(f.box[1] <= tops[f.column] + 1),
            "column_last": float(f.box[3] >= feet[f.column] - 1),
            "held_in": float(f.inset > ASIDE_INSET * body and f.lines >= 2),
            "low_conf": max(LOW_CONF - f.conf, 0.0) / LOW_CONF,
        }
        rows[k] = [row[name] for name in FEATURES]
    return rows


# The second stage's features: what the first stage makes of a block's neighbours (the block
# before it and after it in reading order, and the nearest block above it sharing some of its
# width): the chance that each is a title, body text, a caption, or text kept out of the
# articles. A line under a caption is its twin, a paragraph under a title opens the article,
# a short line among furniture is furniture: the rules read such places, one block's look
# does not.
NEIGHBOURS = ("prev", "next", "above")
NEIGHBOUR_ROLES = ("title", "body", "caption", "out")
_OUT = frozenset({"header", "page-number", "other", "aside", "contents", "jump"})
NEIGHBOUR_FEATURES = tuple(f"{n}_{r}" for n in NEIGHBOURS for r in NEIGHBOUR_ROLES)


def neighbours(facts: list[Facts]) -> np.ndarray:
    """Per block, the index of the block before it, after it and right above it (-1: none)."""
    out = np.full((len(facts), len(NEIGHBOURS)), -1, dtype=int)
    for k, f in enumerate(facts):
        over = [j for j, g in enumerate(facts) if j != k and g.box[3] <= f.box[1] + 1
                and across(g.box, f.box) > 0]
        out[k] = (k - 1, k + 1 if k + 1 < len(facts) else -1,
                  max(over, key=lambda j: facts[j].box[3]) if over else -1)
    return out


def neighbour_rows(probs: np.ndarray, classes: tuple[str, ...], near: np.ndarray) -> np.ndarray:
    """``NEIGHBOUR_FEATURES`` per block from the first stage's role chances (``probs``, one
    row per block, columns in ``classes``' order) and ``near`` (``neighbours``' indices, into
    the same rows)."""
    groups = np.zeros((len(probs), len(NEIGHBOUR_ROLES)))
    for c, role in enumerate(classes):
        at = NEIGHBOUR_ROLES.index("out") if role in _OUT else \
            NEIGHBOUR_ROLES.index(role) if role in NEIGHBOUR_ROLES else -1
        if at >= 0:
            groups[:, at] += probs[:, c]
    padded = np.vstack([groups, np.zeros((1, len(NEIGHBOUR_ROLES)))])   # (-1: no neighbour)
    return np.hstack([padded[near[:, i]] for i in range(len(NEIGHBOURS))])
