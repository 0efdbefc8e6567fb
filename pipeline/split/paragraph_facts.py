"""The paragraphs of a page as the role rules see them, and the facts the rules decide on.

A page's paragraphs (``magpipe.split.layout``) are cut where their lines switch language for
good, where a row holds two languages' parts, at side heads and at junk rows; each paragraph is
then measured (size, width of its characters, weight, its column and inset, its line pitch)
into a ``roles.Facts``, and the page into a ``roles.PageFacts``. ``magpipe.split`` reads its
blocks from these; ``tools/train_roles.py`` trains the role model on them.
"""

from __future__ import annotations

from dataclasses import replace

from magpipe.artifacts.base import union
from magpipe.artifacts.pages import Page, Word
from magpipe.split.bodysize import other_body
from magpipe.split.credit_ends import credit_tails_kept
from magpipe.split.graphics import twin_label_cut
from magpipe.split.grids import twin_cell_cut
from magpipe.split.junk_rows import junk_rows_off
from magpipe.split.langid import language_cuts
from magpipe.split.layout import PageGeometry, Para, column_of
from magpipe.split.letterform import form_heads
from magpipe.split.line_steps import SAME_SIZE
from magpipe.split.margin import cut_at_side_heads
from magpipe.split.name_lines import measure_of, names_tail_kept
from magpipe.split.name_tails import names_kept
from magpipe.split.parallel_rows import common_row_cuts
from magpipe.split.pieces import body_font_size, declared_size, weighted_median
from magpipe.split.roles import (
    FURNITURE_MARGIN,
    REPEAT_MARGIN,
    Facts,
    PageFacts,
    furniture_key,
    has_credit,
)
from magpipe.split.row_cuts import cut_row
from magpipe.split.slash_titles import slash_cut
from magpipe.split.stacked_kickers import kicker_cut
from magpipe.split.twin_lists import key_lines, twin_list_cuts
from magpipe.split.twin_type import type_cuts
from magpipe.split.type_turns import type_turns


def runs_on(first: str, second: str) -> bool:
    """``first`` ends in a comma and ``second`` opens in a small letter: one phrase."""
    return first.rstrip().endswith(",") and second.lstrip()[:1].islower()


def _cut_languages(words: tuple[Word, ...], para: Para, body: float,
                   band: bool = False, measure: tuple[float, float] | None = None,
                   columns: tuple[tuple[float, float], ...] = (), exact: bool = False
                   ) -> list[Para]:
    """A paragraph whose lines switch language for good is two paragraphs (``measure``: its
    x range, ``name_lines``; its own box when not given; ``columns``: the page's; ``exact``:
    a text layer, whose type ``twin_type`` reads)."""
    if len(para.lines) == 1:
        return cut_row(words, para, body, band, columns)
    texts = [ln.text for ln in para.lines]
    if exact and (turns := type_turns(words, list(para.lines))):    # (type_turns)
        return _cut_at(para, [0, *turns, len(texts)])
    if len(texts) < 2 or has_credit(" ".join(texts)):
        return [para]
    if (halves := slash_cut(words, para)) is not None:      # (a slash title's two titles)
        return halves
    cuts = language_cuts(texts)
    cuts = type_cuts(words, list(para.lines), cuts) if exact else cuts    # (twin_type)
    kept = names_kept(texts, credit_tails_kept(texts, cuts))  # name_tails,
    names = names_tail_kept(words, para.lines, kept,  # credit_ends, name_lines
                            measure or (para.box[0], para.box[2]))
    cuts = twin_list_cuts(texts) or names or kicker_cut(texts) or \
        twin_cell_cut(list(para.lines), body) or twin_label_cut(texts)
    # (no cut inside a phrase running on: a line ending in a comma over one opening in a
    # small letter; a caption's name and age, repair having given the English name its
    # marks, over the rest of the English caption)
    bounds = [0, *(k for k in cuts if not runs_on(texts[k - 1], texts[k])), len(texts)]
    if len(bounds) == 2:
        return [para]       # (one paragraph: it keeps its marks, a run-in head's)
    return _cut_at(para, bounds)


def _cut_at(para: Para, bounds: list[int]) -> list[Para]:
    """``para`` cut into the paragraphs of its lines between ``bounds`` (first 0, last its
    number of lines)."""
    return [Para(lines=para.lines[a:b], box=union([ln.box for ln in para.lines[a:b]]),
                 region=para.region) for a, b in zip(bounds, bounds[1:], strict=False)]


def _in_band(para: Para, page: Page, geo: PageGeometry) -> bool:
    """The paragraph lies in the page's top or bottom band (running heads, page numbers)."""
    top = max(geo.top_edge, FURNITURE_MARGIN * page.height)
    return para.box[3] <= top or para.box[1] >= (1 - FURNITURE_MARGIN) * page.height


def para_words(para: Para) -> list[int]:
    return [i for line in para.lines for i in line.words]

def repeated_texts(pages: tuple[Page, ...], geometry: list) -> frozenset[str]:
    """Texts near the top or bottom edge that appear on two or more pages."""
    seen: dict[str, set[int]] = {}
    for page, geo in zip(pages, geometry, strict=True):
        for para in geo.paras:
            top, bottom = para.box[1] / page.height, para.box[3] / page.height
            if top < REPEAT_MARGIN or bottom > 1 - REPEAT_MARGIN:
                key = furniture_key(" ".join(ln.text for ln in para.lines))
                if key:
                    seen.setdefault(key, set()).add(page.number)
    return frozenset(k for k, v in seen.items() if len(v) >= 2)


def _pitch(para: Para) -> float:
    """Median distance between the baselines of a paragraph's lines (0 for one line)."""
    steps = sorted(b.base - a.base for a, b in zip(para.lines, para.lines[1:], strict=False))
    return steps[len(steps) // 2] if steps else 0.0


def _body_pitch(facts: list[Facts]) -> float:
    """The line pitch most lines of the page's paragraphs of three lines or more are set at
    (each paragraph's own median pitch, counted once per line); 0 when there are none."""
    return weighted_median([(f.pitch, f.lines) for f in facts if f.lines >= 3 and f.pitch > 0],
                           0.0)


def _body_font(words: tuple[Word, ...], body: float) -> float:
    """The font size a text-layer page's body text declares: that of its words whose boxes
    stand at the body's height (``SAME_SIZE``), all its words' when none does. The size most
    of the page's characters declare may be its captions' (a photo report's page of captions
    under a few paragraphs: filmstrip-3, whose text then read 1.3 times larger)."""
    near = [w for w in words if abs(w.box[3] - w.box[1] - body) <= SAME_SIZE * body]
    return body_font_size(near or words)


def _core(para: Para) -> tuple[float, float]:
    """The x range of a paragraph's letters and digits (its lines' ``core``, the box where a
    line holds none)."""
    cores = [ln.core if ln.alnum and ln.core[1] > ln.core[0] else (ln.box[0], ln.box[2])
             for ln in para.lines]
    return min(c[0] for c in cores), max(c[1] for c in cores)


def page_facts(page: Page, geo: PageGeometry, repeated: frozenset[str],
               running: frozenset[str] = frozenset(),
               sizes: tuple[float | None, float | None] = (None, None)
               ) -> tuple[list[Para], list[Facts], PageFacts]:
    """The paragraphs of a page (cut where their lines switch language) and what the role
    rules and the role model look at for each (``sizes``: the document's two body sizes,
    ``bodysize``)."""
    words = page.words
    pf = PageFacts(width=page.width, height=page.height, body_size=geo.body_size,
                   body_cw=geo.body_cw, columns=len(geo.columns), repeated=repeated,
                   exact=geo.exact, top_edge=geo.top_edge, running=running,
                   sheet_head=geo.sheet_head,
                   other_body=other_body(geo.body_size, *sizes), doc_body=sizes[0] or 0.0,
                   body_font=_body_font(words, geo.body_size) if geo.exact else 0.0)
    paras = common_row_cuts(form_heads(words, [piece for para in geo.paras
                                               for part in key_lines(para) for piece in
                                               _cut_languages(words, part, geo.body_size,
                                                              _in_band(part, page, geo),
                                                              measure_of(part.box, geo.columns,
                                                                         geo.body_size),
                                                              geo.columns, geo.exact)]),
                            geo.columns)
    paras = cut_at_side_heads(junk_rows_off(paras), geo.body_size)
    facts = []
    for para in paras:
        column = column_of(para.box, geo.columns, geo.banded)
        col_lo, col_hi = geo.columns[column] if column >= 0 else (0.0, page.width)
        inset = min(min(ln.box[0] for ln in para.lines) - col_lo,
                    col_hi - max(ln.box[2] for ln in para.lines))
        facts.append(Facts(text=" ".join(words[i].text for i in para_words(para)), box=para.box,
                           size=sorted(ln.size for ln in para.lines)[len(para.lines) // 2],
                           cw=sorted(ln.cw for ln in para.lines)[len(para.lines) // 2],
                           bold=sum(ln.bold for ln in para.lines) * 2 > len(para.lines),
                           italic=sum(ln.italic for ln in para.lines) * 2 > len(para.lines),
                           lines=len(para.lines), column=column,
                           conf=max(ln.conf for ln in para.lines),
                           column_box=(col_lo, col_hi), inset=inset,
                           pitch=_pitch(para), line_texts=tuple(ln.text for ln in para.lines),
                           core=_core(para), run_in=para.run_in,
                           font=declared_size(words, para_words(para)) if geo.exact else 0.0))
    return paras, facts, replace(pf, body_pitch=_body_pitch(facts))
