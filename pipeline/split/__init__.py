"""The split stage: pages of words -> blocks in reading order, each with language and role.

``split(artifact, config)`` runs, per page: geometry (``magpipe.split.layout``: pieces,
XY cut into columns and spanning elements, paragraphs), language (``magpipe.split.langid``), roles
(``magpipe.split.roles``), the cutting of mixed captions ``<vi> Ảnh: NAME/ <en>`` into their
Vietnamese half, the credit and the English half, and then, over the whole document, the links of
paragraphs broken across columns and pages (``magpipe.split.continuation``).

Joining choice: a paragraph broken across columns or pages stays as two blocks (each keeps its
own page and box); the later one names the earlier in ``Block.continued_from``, and
``SplitArtifact.chains()`` gives whole paragraphs. Inside a block, lines are joined with
line-end hyphens of English words removed (``magpipe.text.dehyphen``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, PageLayout, Role, SplitArtifact
from magpipe.artifacts.pages import OCR_SOURCES, ExtractArtifact, Page, RepairArtifact
from magpipe.config import Config
from magpipe.split.advertorials import advertorials
from magpipe.split.backdrops import behind_text
from magpipe.split.banners import banners_apart
from magpipe.split.bar_rules import bar_rules
from magpipe.split.block_text import block_text, number_last
from magpipe.split.bodysize import body_sizes, page_body
from magpipe.split.box_twins import box_twins
from magpipe.split.caption_names import named_twin_languages
from magpipe.split.cells import table_cells
from magpipe.split.centred_notices import centred_notices, line_spans
from magpipe.split.classifieds import classified_ads
from magpipe.split.contents_numbers import numbers_homed
from magpipe.split.continuation import BARS, Piece, link
from magpipe.split.doc_pitch import fallback_pitch, pitch_ratio
from magpipe.split.drafts import (
    Draft,
    by_rows,
    caption_drafts,
    column_hints,
    same_title,
    title_beside,
)
from magpipe.split.drawn_boxes import drawn_boxes, panels
from magpipe.split.drawn_forms import drawn_forms
from magpipe.split.dropcaps import drop_caps
from magpipe.split.faint_type import faint_apart, faint_blocks, page_faint_words
from magpipe.split.figure_boxes import figure_boxes
from magpipe.split.figure_tables import figures_language, twin_line_parts
from magpipe.split.fillers import fillers_apart
from magpipe.split.fold import sheet_geometry
from magpipe.split.free_columns import titles_first
from magpipe.split.graphics import graphic_labels, label_parts
from magpipe.split.hanging_marks import hanging_marks
from magpipe.split.heads import byline_languages, running_heads
from magpipe.split.imposition import booklet_order
from magpipe.split.insets import insets_last
from magpipe.split.instrument import framed_instrument
from magpipe.split.key_entries import key_entries
from magpipe.split.key_labels import set_apart_keys
from magpipe.split.keyed_captions import keyed_page, labelled_credit
from magpipe.split.label_stacks import label_stacks
from magpipe.split.langid import classify, credited_lang, fill_unknown
from magpipe.split.lattice_text import lattice_text
from magpipe.split.lattices import lattice_order
from magpipe.split.layout import PageGeometry, Para
from magpipe.split.letterform import addressees_closed, form_languages
from magpipe.split.level_rows import level_rows
from magpipe.split.margin import headed, heads_in_place, note_marks_off
from magpipe.split.mixed_titles import numbered_below
from magpipe.split.name_lines import title_tail_languages
from magpipe.split.numbered_heads import numbered_headings
from magpipe.split.page_order import reading_order
from magpipe.split.paragraph_facts import page_facts, para_words, repeated_texts
from magpipe.split.part_dividers import dividers_apart
from magpipe.split.passes import ruled
from magpipe.split.photo_captions import photo_captions
from magpipe.split.photo_tags import photo_tags
from magpipe.split.pointer_labels import set_apart_pointers
from magpipe.split.portraits import portrait_cards
from magpipe.split.puzzles import puzzle_boxes
from magpipe.split.read_twice import read_once
from magpipe.split.rolemodel import RoleModel, model_ruled
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.ruled_rows import row_tints, ruled_tables
from magpipe.split.scan_codes import scan_codes
from magpipe.split.serial_bands import Band, band_roles, in_band, recurring_bands
from magpipe.split.short_ends import short_ends_closed
from magpipe.split.short_measure_captions import short_measure_captions
from magpipe.split.slanted_feet import slanted_feet
from magpipe.split.slash_titles import slash_parts
from magpipe.split.snaking import snaking_columns
from magpipe.split.teasers import teasers_apart
from magpipe.split.term_lines import term_parts
from magpipe.split.third_language import other_language
from magpipe.split.tiers import tier_by_tier
from magpipe.split.tilted import untilted
from magpipe.split.title_drops import title_dropped
from magpipe.split.title_lines import title_runs_on
from magpipe.split.title_pieces import title_holding
from magpipe.split.title_rivers import title_across
from magpipe.split.turn_note import turn_notes
from magpipe.split.turned import turned_drafts, upright
from magpipe.split.twin_lists import labelled_languages
from magpipe.split.two_up import two_up
from magpipe.split.wild_art import REASON as WILD_ART
from magpipe.split.wild_art import wild_art

log = logging.getLogger(__name__)

def _page_blocks(page: Page, geo: PageGeometry, repeated: frozenset[str],
                 source: str = "rules", running: frozenset[str] = frozenset(),
                 model: RoleModel | None = None, sizes: tuple[float | None, float | None] = (
                     None, None), band: Band | None = None) -> tuple[list[Block], list[int]]:
    """Blocks of one page in reading order, and the region index of each (``sizes``: the
    document's two body sizes, ``bodysize``; ``band``: the page's band that runs a stream of
    its own, ``serial_bands``)."""
    words = page.words
    paras, facts, pf = page_facts(page, geo, repeated, running, sizes)
    # the role rules, or the role model with the rules that keep text out by its place
    decided = ruled(facts, pf) if source == "rules" else \
        model_ruled(facts, pf, model, page.images)
    roles, reasons = keyed_page(*decided, facts, pf, page.images)
    drawn = row_tints(panels(page.drawings, pf.body_size), page.drawings,   # (the page's
                      page.words, pf.body_size)     # drawn panels, found once; a table's rows:
                                                    # none, ruled_rows)
    roles, reasons = drawn_forms(roles, reasons, facts, pf, page.drawings, drawn)  # (coupons)
    roles, reasons = scan_codes(roles, reasons, facts, pf, page.drawings)   # (QR codes' boxes)
    # (what sits by the page's photos, what is printed on them; a row of portraits' name
    # cards over captions; a photo of no story between two stories)
    for photo_pass in (photo_captions, short_measure_captions, photo_tags, graphic_labels,
                       portrait_cards, wild_art):
        roles, reasons = photo_pass(roles, reasons, facts, pf, page.images)
    roles, reasons = advertorials(roles, reasons, facts, pf)    # (paid content, labelled)
    roles, reasons = classified_ads(roles, reasons, facts, pf,   # (small ads, numbered)
                                    page.drawings)
    roles, reasons = drawn_boxes(roles, reasons, facts, pf, page.drawings,   # (framed, tinted)
                                 page.images, drawn)
    roles, reasons = centred_notices(roles, reasons, facts, pf, drawn,   # (framed, centred)
                                     line_spans(paras), page.images)
    roles, reasons = box_twins(roles, reasons, facts, pf)      # (a box's other language)
    roles, reasons = lattice_text(roles, reasons, facts, pf,   # (a chequerboard's text cells)
                                  page.images, drawn)
    roles, reasons = figure_boxes(roles, reasons, facts, pf, drawn)   # (rates: listed)
    roles, reasons = puzzle_boxes(roles, reasons, facts, pf,   # (clues, quizzes, grids)
                                  page.drawings, drawn, page.images)
    roles, reasons = band_roles(roles, reasons, facts, pf, band)    # (a band's stream)
    order = heads_in_place(roles, facts, pf)      # side heads before their passages
    paras, facts = [paras[k] for k in order], [facts[k] for k in order]
    roles, reasons = [roles[k] for k in order], [reasons[k] for k in order]
    order = titles_first(roles, facts, pf, page.drawings)   # (titles before the free column)
    paras, facts = [paras[k] for k in order], [facts[k] for k in order]
    roles, reasons = [roles[k] for k in order], [reasons[k] for k in order]
    for role, why, f in zip(roles, reasons, facts, strict=True):
        if role in FURNITURE_ROLES:
            log.debug("page %d: kept out of the articles as %s (%s): %r", page.number, role,
                      why, f.text[:50])
    drafts: list[Draft] = []
    marks = frozenset() if geo.exact else hanging_marks(words, paras, [
        role == Role.CAPTION or why == WILD_ART for role, why in zip(roles, reasons, strict=True)])
    for para, role, f, why in zip(paras, roles, facts, reasons, strict=True):
        if role == Role.CAPTION:
            for entry in key_entries(para):     # a numbered key read as one paragraph
                drafts.extend(caption_drafts(words, entry, f.column, bool(page.images), marks))
        elif why == WILD_ART:       # (a photo's captions, of no article: cut as captions)
            drafts.extend(replace(d, role=Role.ASIDE) for d in
                          caption_drafts(words, para, f.column, bool(page.images), marks))
        elif role in (Role.LABEL, Role.ASIDE):  # a label, a note, read as one: its languages
            parts = label_parts(para) if role == Role.LABEL else \
                term_parts(words, para) or slash_parts(words, para) or \
                twin_line_parts(para)       # (term_lines, a box's slash title: slash_titles)
            drafts.extend(Draft(part, role, para.region, f.column) for part in parts)
        else:
            words_of = para_words(para) if role != Role.CONTENTS else number_last(words, para)
            drafts.append(Draft(words_of, role, para.region, f.column))
    drafts = numbers_homed(words, drafts)   # (contents pages numbers the cut misplaced)
    drafts = turned_drafts(words, drafts, page.images, geo.columns, geo.body_size,  # (turned)
                           geo.exact)
    starts = {line.words[0] for para in geo.paras for line in para.lines}

    joined: dict[tuple[tuple[int, ...], str], str] = {}   # each draft's text is asked 2-3 times

    def text_of(d: Draft, lang: str) -> str:
        key = (tuple(d.words), lang)
        text = joined.get(key)
        if text is None:
            text = joined[key] = block_text(words, d.words, starts, lang)
        if d.tail_cut and text.endswith(d.tail_cut):
            text = text[:-len(d.tail_cut)]
        return f"{d.head} {text}".strip() if d.head else text

    first = [text_of(d, d.hint or Lang.EN) for d in drafts]
    found = [labelled_credit(t) or credited_lang(t) or figures_language(t) or classify(t)
             for t in first]
    langs = fill_unknown([lang for lang, _ in found], prefer=column_hints(drafts, found, first))
    texts = [text_of(d, lang) for d, lang in zip(drafts, langs, strict=True)]
    langs = byline_languages([d.role for d in drafts], [d.column for d in drafts], texts, langs)
    langs = form_languages([d.role for d in drafts], [union([words[i].box for i in d.words])
                                                      for d in drafts], texts, langs)
    langs = labelled_languages([d.role for d in drafts], texts, langs)
    langs = title_tail_languages([d.role for d in drafts], [[words[i] for i in d.words]
                                                            for d in drafts], texts, langs)
    langs = named_twin_languages([d.role for d in drafts], [union([words[i].box for i in d.words])
                                                            for d in drafts], texts, langs,
                                 geo.body_size)                        # (caption_names)
    kept: list[tuple[Draft, str, float]] = []
    for d, lang, (_, conf) in zip(drafts, langs, found, strict=True):
        numbered = numbered_below(words, d.words)    # (a heading of its own: mixed_titles)
        if kept and not numbered and same_title(kept[-1][0], kept[-1][1], d, lang, words,
                                                 geo.body_size):
            prev = kept[-1]
            kept[-1] = (replace(prev[0], words=prev[0].words + d.words), lang, max(prev[2], conf))
        elif kept and kept[-1][0].role == d.role == Role.TITLE and not numbered and \
                title_runs_on(words, kept[-1][0].words, kept[-1][1], d.words, lang, geo.exact):
            kept[-1] = (replace(kept[-1][0], words=kept[-1][0].words + d.words), *kept[-1][1:])
        elif d.role == Role.TITLE and (j := title_holding(
                [(e.role, e_lang, union([words[i].box for i in e.words])) for e, e_lang, _ in kept],
                lang, union([words[i].box for i in d.words]))) is not None:
            kept[j] = (replace(kept[j][0], words=by_rows(kept[j][0].words + d.words, words)),
                       *kept[j][1:])
        elif (j := title_beside(kept, d, lang, words, geo.body_size)) is not None:
            prev = kept[j]
            kept[j] = (replace(prev[0], words=by_rows(prev[0].words + d.words, words)), lang,
                       max(prev[2], conf))
        elif (j := title_across(kept, d, lang, words)) is not None or (   # (title_rivers)
                not geo.exact and (j := title_dropped(kept, d, lang, words, geo.body_size))
                is not None):                                              # (title_drops)
            kept[j] = (replace(kept[j][0], words=by_rows(kept[j][0].words + d.words, words)),
                       *kept[j][1:])
        else:
            kept.append((d, lang, conf))
    kept = set_apart_keys(kept, words, geo.exact)       # (key_labels: a key set apart, a label)
    kept = set_apart_pointers(kept, words, geo.exact, bool(page.images))   # (pointer_labels)
    blocks = []
    for k, (d, lang, conf) in enumerate(kept):
        blocks.append(Block(id=f"p{page.number}-b{k}", page=page.number,
                            box=union([words[i].box for i in d.words]), text=text_of(d, lang),
                            lang=Lang(lang), role=Role(d.role), column=d.column,
                            words=tuple(d.words), lang_confidence=round(conf, 3)))
    blocks, regions = snaking_columns(*insets_last(
        note_marks_off(blocks), [d.region for d, _, _ in kept], geo.columns, page.images,
        geo.body_size, page.drawings))
    # (a page cut in tiers by a bare rule or row of photos across its columns: tiers)
    return tier_by_tier(blocks, regions, page.drawings, page.images, geo.columns,
                        geo.body_size, geo.exact)


ROLE_SOURCES = ("rules", "model")
# What the pipeline uses, chosen by ``tools/train_roles.py --leave-one-out`` (each family
# scored by a model trained without it). Twenty-second round, means over the 56 development
# families, the model left out of each: born-digital pairing 94.7%, paragraph F1 0.876,
# no-article text kept out 94.4%; scanned pairing 82.6%, F1 0.786, kept out 85.8%; the rules
# on the same documents at the round start: pairing 656/656 and 205/217, mean F1 0.981 and
# 0.948 (the twenty-first round's 53 families gave the same picture). Twenty-third round,
# the model retrained on 59 families, left out of each of the three families new to it and of
# ``greeting``: means over those four, born-digital pairing 70.0% (the rules 92.5%), F1 0.496
# (0.725); scanned pairing 25.0% (50.0%), F1 0.236 (0.583). Were it the model, its file
# (split/data/roles.json) would have to join the split stage's cache key.
ROLE_SOURCE = "rules"


def geometry_of(artifact: ExtractArtifact | RepairArtifact,
                sizes: tuple[float | None, float | None] | None = None) -> list[PageGeometry]:
    """Each page's geometry, text-layer pages measured against the document's body sizes
    (``sizes``: ``bodysize.body_sizes`` of its text-layer pages, when already worked out)."""
    exact = [page.source not in OCR_SOURCES for page in artifact.pages]
    level = [untilted(upright(p.words, e), e)    # (turned a quarter; a few degrees: tilted)
             for p, e in zip(artifact.pages, exact, strict=True)]
    doc_body, second = sizes or body_sizes([w for w, e in zip(level, exact, strict=True) if e])
    ratio = pitch_ratio([w for w, e in zip(level, exact, strict=True) if not e])   # (doc_pitch)
    geometry = []
    for page, words, e in zip(artifact.pages, level, exact, strict=True):
        geo = table_cells(words, sheet_geometry(
            words, page.width, page.height, exact=e, body=page_body(words, doc_body, second)
            if e else None, photos=page.images, short_pitch=None if e else
            fallback_pitch(words, ratio)))
        # (grids of cells read row by row: a bar OCR read off a rule, drawn rules, levels;
        # text cells alternating with photos on a lattice: lattices)
        geo = level_rows(ruled_tables(words, bar_rules(words, geo), page.drawings))
        geometry.append(lattice_order(geo, page.images, panels(page.drawings, geo.body_size)))
    return geometry


def _with_headings(per_page: list[tuple[Page, list[Block], list[int]]]
                   ) -> list[tuple[Page, list[Block], list[int]]]:
    """The document's numbered section headings (``numbered_heads.numbered_headings``)
    relabelled, and an instrument's numbered articles and the frame around them
    (``instrument``)."""
    every = [b for _, blocks, _ in per_page for b in blocks]
    roles = numbered_headings([b.role for b in every], [b.text for b in every],
                              [b.lang for b in every])
    new = {b.id: b for b in framed_instrument([replace(b, role=Role(r))
                                               for b, r in zip(every, roles, strict=True)])}
    return [(page, [new[b.id] for b in blocks], regions) for page, blocks, regions in per_page]


def _prepared(artifact: ExtractArtifact | RepairArtifact,
              faint: dict[int, list[int]] | None = None) -> tuple[
        ExtractArtifact | RepairArtifact, tuple[float | None, float | None], list[PageGeometry],
        frozenset[str], frozenset[str]]:
    """The document in reading order, its body sizes, each page's geometry, the texts
    repeated at its pages' edges and its running heads (``faint``: each page's words in
    faint display type, page number -> ``page_faint_words``, when already found)."""
    # (a photo printed behind the text is no photo of the layout: backdrops; a photo cut on
    # the slant ends above the text shaped under it: slanted_feet; huge pale words printed
    # behind an opening are a layer of their own: faint_type)
    artifact = replace(artifact, pages=tuple(
        behind_text(slanted_feet(read_once(drop_caps(faint_apart(
            p, None if faint is None else faint[p.number])))))
        for p in reading_order(artifact.pages)))
    sizes = body_sizes([upright(p.words) for p in artifact.pages if p.source not in OCR_SOURCES])
    geometry = geometry_of(artifact, sizes)
    return (artifact, sizes, geometry, repeated_texts(artifact.pages, geometry),
            running_heads(artifact.pages, geometry))


@dataclass(frozen=True)
class RoleInput:
    """One page as ``split`` decides its roles: its paragraphs and their facts, and where it
    lies in the file (a sheet printed two up is split as two pages, ``two_up``)."""

    page: Page                  # the page split reads (a two-up sheet's half: a page of its own)
    paras: list[Para]
    facts: list[Facts]
    page_facts: PageFacts
    sheet: int                  # the file's page number it lies on
    top: float                  # its top on that sheet (0 unless it is a lower half)


def role_inputs(artifact: ExtractArtifact | RepairArtifact) -> list[RoleInput]:
    """Each page with its paragraphs and the facts its roles are decided on, exactly as
    ``split`` sees them (``tools/train_roles.py`` trains the role model on these): a two-up
    sheet's halves as two pages, as ``split`` decides on them."""
    sheets = two_up(artifact)
    artifact, sizes, geometry, repeated, running = _prepared(sheets.pages)
    return [RoleInput(page, *page_facts(page, geo, repeated, running, sizes),
                      *sheets.placed(page.number))
            for page, geo in zip(artifact.pages, geometry, strict=True)]


def split(artifact: ExtractArtifact | RepairArtifact, config: Config,
          roles: str = ROLE_SOURCE, model: RoleModel | None = None) -> SplitArtifact:
    """Blocks of every page in reading order, with language, role and continuation links.

    ``roles``: ``rules`` (the hand-written rules) or ``model`` (the trained role model,
    ``magpipe.split.rolemodel``) decides each block's role; ``model`` replaces the shipped
    model file (``tools/train_roles.py --leave-one-out`` scores models trained without a
    family)."""
    if roles not in ROLE_SOURCES:
        raise ValueError(f"roles must be one of {ROLE_SOURCES}, not {roles!r}")
    sheets = two_up(artifact)       # (a sheet printed two up: its pages one over the other)
    as_read = {page.number: page for page in sheets.pages.pages}    # (before faint_apart)
    faint = {number: page_faint_words(page) for number, page in as_read.items()}
    artifact, sizes, geometry, repeated, running = _prepared(sheets.pages, faint)
    per_page: list[tuple[Page, list[Block], list[int]]] = []
    bands = recurring_bands(list(artifact.pages), [geo.body_size for geo in geometry])
    in_bands: set[str] = set()      # blocks of a band that runs a stream of its own
    for page, geo in zip(artifact.pages, geometry, strict=True):
        blocks, regions = _page_blocks(page, geo, repeated, roles, running, model, sizes,
                                       bands.get(page.number))
        blocks, regions = label_stacks(blocks, regions, page.images,   # (a museum label by
                                       geo.body_size)                  # its photo: one caption)
        pale = faint_blocks(as_read[page.number], len(blocks),   # (faint_type: no article's)
                            faint[page.number])
        blocks, regions = blocks + pale, regions + [-1] * len(pale)
        blocks = other_language(blocks, geo.body_size)      # (third_language)
        blocks, regions, banded = in_band(blocks, regions,    # (serial_bands)
                                          bands.get(page.number))
        in_bands |= banded
        per_page.append((page, blocks, regions))
        log.info("page %d: %d blocks, %d columns", page.number, len(blocks), len(geo.columns))
    per_page = turn_notes(_with_headings(per_page))     # (a turned half's note)
    per_page = booklet_order(per_page)      # (printer's spreads: imposition)
    body = {page.number: geo.body_size for page, geo in zip(artifact.pages, geometry,
                                                            strict=True)}
    per_page = banners_apart(per_page, body)                # (banners)
    per_page = dividers_apart(per_page, body,     # (a part's head and blurb: part_dividers)
                              frozenset(in_bands))
    per_page = fillers_apart(per_page, body)                # (a filler of no article: fillers)
    per_page = teasers_apart(per_page, body)        # (a next issue's box of no article: teasers)
    links = link([Piece(id=b.id, page=b.page, region=r, lang=b.lang, role=b.role, text=b.text,
                       box=b.box, stream=int(b.id in in_bands))
                  for _, blocks, regions in per_page for b, r in zip(blocks, regions, strict=True)
                  if b.role not in FURNITURE_ROLES or b.role in BARS])
    links = addressees_closed(links, {b.id: b.text for _, blocks, _ in per_page for b in blocks})
    links = short_ends_closed(links, {b.id: [page.words[w] for w in b.words]
                                      for page, blocks, _ in per_page for b in blocks
                                      if b.id in links or b.id in links.values()})
    starts = {i for _, blocks, _ in per_page for i in headed(blocks)}     # (margin)
    links = {later: early for later, early in links.items() if later not in starts}
    layouts = []
    geo_of = {page.number: geo for page, geo in zip(artifact.pages, geometry, strict=True)}
    for page, blocks, _ in per_page:
        geo = geo_of[page.number]
        linked = tuple(replace(b, continued_from=links.get(b.id), stream=int(b.id in in_bands))
                       for b in blocks)
        layouts.append(PageLayout(number=page.number, width=page.width, height=page.height,
                                  columns=geo.columns, blocks=linked, images=page.images))
    return sheets.sewn(SplitArtifact(doc=artifact.doc, pages=tuple(layouts)))
