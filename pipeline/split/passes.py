"""The hand-written role rules of the split stage, in the order they run.

``roles.role_of`` gives each block a role from its own look; the passes of ``RULE_PASSES``
then change roles by what is around a block (a short line over a title is a rubric, a name
flush right under it a byline, and so on), each pass in the module that states its rule.
``ruled`` runs them over one page and keeps, for the log, the reason each block has its role:
the last pass that changed it, or its look. Pure logic, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

from magpipe.artifacts.layout import Role
from magpipe.split.article_feet import foot_notes, footnotes, signatures
from magpipe.split.bands import in_own_column
from magpipe.split.bodysize import translation_text
from magpipe.split.boxes import contact_boxes
from magpipe.split.briefs import agendas, short_items
from magpipe.split.bulletin_bands import foot_strips, mastheads
from magpipe.split.caption_openings import caption_openings
from magpipe.split.centred_bylines import centred_bylines, centred_twins
from magpipe.split.chronicle import chronicle
from magpipe.split.column_ends import column_feet, column_tops, foot_lines
from magpipe.split.contents_banners import contents_banners
from magpipe.split.contents_pages import contents_entries
from magpipe.split.cover_lines import cover_pages
from magpipe.split.cover_panels import cover_panels
from magpipe.split.credit_ends import caption_twins, credited_captions
from magpipe.split.credit_lines import credit_lines
from magpipe.split.exchanges import interview_turns, quote_twins
from magpipe.split.figure_tables import figure_tables
from magpipe.split.foot_rubrics import foot_rubrics
from magpipe.split.framed import framed_boxes
from magpipe.split.garbled_titles import garbled_first_lines, garbled_twin_titles
from magpipe.split.glossaries import glossaries
from magpipe.split.grids import grid_cells
from magpipe.split.head_twins import head_twins
from magpipe.split.headed_runs import headed_runs
from magpipe.split.headlines import credit_rests, head_bylines, kicker_rubrics, title_last_lines
from magpipe.split.heads import (
    BELOW_REASON,
    article_heads,
    caps_titles,
    heads_inside,
    intros_below_columns,
    jump_lines,
    notes_after_bylines,
    wide_leads,
)
from magpipe.split.imprints import imprints
from magpipe.split.italic_leads import italic_leads
from magpipe.split.large_leads import large_leads
from magpipe.split.letterform import FORM_REASON, letter_forms
from magpipe.split.margin import numbered_notes, side_heads, twin_rubrics
from magpipe.split.mixed_titles import mixed_case_titles
from magpipe.split.name_bands import name_bands
from magpipe.split.nameplate import nameplates
from magpipe.split.names_over_intros import names_over_intros
from magpipe.split.note_heads import note_heads
from magpipe.split.note_lines import note_lines
from magpipe.split.ocr_jumps import garbled_jump_lines
from magpipe.split.overlines import leads_at_body_pitch, lone_kickers, names_under_titles
from magpipe.split.read_also import read_also
from magpipe.split.roles import (
    Facts,
    PageFacts,
    asides,
    role_of,
    sections_above_titles,
    spanning_body,
)
from magpipe.split.run_in_heads import run_in_titles
from magpipe.split.section_bands import section_bands
from magpipe.split.side_rails import REASON as RAIL_REASON
from magpipe.split.side_rails import side_rails
from magpipe.split.spanning_leads import spanning_leads
from magpipe.split.specks import ocr_specks
from magpipe.split.stacked_kickers import stacked_kickers
from magpipe.split.title_drops import band_title_lines, dropped_title_lines, raised_title_lines
from magpipe.split.twin_leads import twin_leads
from magpipe.split.twin_lists import bilingual_lists, caption_keys


def _rubrics(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    return sections_above_titles(roles, facts, page.body_size,
                                 0.0 if page.exact else page.body_pitch)


def _wide_leads(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    # (a paragraph inside a column of its own band's grid is column text: bands.in_own_column)
    return [r if n != r and in_own_column(f, page) else n
            for r, n, f in zip(roles, wide_leads(roles, facts), facts, strict=True)]


def contents_pass(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    return contents_entries(roles, facts)


def jump_pass(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    return jump_lines(roles, facts)


RulePass = Callable[[list[str], list[Facts], PageFacts], list[str]]
# The hand-written role passes after ``roles.role_of``, in the order they run, each named for
# the log: a block's reason is the last pass that changed its role.
RULE_PASSES: tuple[tuple[str, RulePass], ...] = (
    ("a 'read also' label and the headlines listed under it (links to other stories)",
     read_also),
    ("a paragraph's last words at a column's head, level with the text beside it",
     column_tops),
    ("a column's last lines set smaller, flush under its text, ending mid-sentence",
     column_feet),
    ("a paragraph's first words at a column's foot, flush under its text", foot_lines),
    ("running text ending in a photo credit printed without a colon (a caption)",
     credited_captions),
    ("a title set in capitals at the body's size", caps_titles),
    ("a title in capitals run into its first paragraph's line (a run-in head)", run_in_titles),
    ("a title set in mixed case, wide and tall (OCR)", mixed_case_titles),
    ("a section's name in both languages across the page's top (a band)", section_bands),
    ("a column of centred display lines only beside running text (a cover panel)",
     cover_panels),
    ("a short line over a title set much larger (a kicker)", lone_kickers),
    ("short lines stacked over a title set much larger (a kicker)", stacked_kickers),
    ("a name right under a title set much larger (a byline)", names_under_titles),
    ("a title at the body's pitch right under its head (a bold lead)", leads_at_body_pitch),
    ("a title at the body's pitch over or under its twin lead (a bold lead)", twin_leads),
    ("a name set flush right under a title (a byline)", head_bylines),
    ("a large line centred under a title, in the other language (its twin)", centred_twins),
    ("lines centred under a title on its axis, a name or an office each (a byline)",
     centred_bylines),
    ("a name in capitals right over an intro (a byline)", names_over_intros),
    ("a short line right above a title (a rubric)", _rubrics),
    ("a kicker on a rubric's row over a larger title", kicker_rubrics),
    ("a line set like a rubric at a column's foot, the next column's title after it",
     foot_rubrics),
    ("a signature flush right under the text", signatures),
    ("spanning text outweighing the column text", spanning_body),
    ("a lead as wide as the columns", _wide_leads),
    ("a box or pull quote among the column text", asides),
    ("a framed box inside a column (an advertisement, a notice)", framed_boxes),
    ("text across the columns right under its title, read as a note (a lead)",
     spanning_leads),
    ("a line in capitals right over a note (its heading)", note_heads),
    ("a pull quote's twin right under it", quote_twins),
    ("the rest of a bracketed credit under its caption", credit_rests),
    ("running text set in the document's other body size (a translation)", translation_text),
    (BELOW_REASON, intros_below_columns),
    ("the running head set inside the page", heads_inside),
    ("a running head's twin on its row in the top band", head_twins),
    ("an article's head", article_heads),
    ("a line set like the title right under it", title_last_lines),
    ("the last line of the title over it, cut off by the columns (OCR)", dropped_title_lines),
    ("the first line of the title under it, read apart from it (OCR)", raised_title_lines),
    ("the first line of the title under it, cut into the page's top band", band_title_lines),
    ("a title OCR could not read, set beside the page's title (OCR)", garbled_twin_titles),
    ("a title's first lines OCR read badly, over the title (OCR)", garbled_first_lines),
    ("paragraphs set apart right under a title of their own (its text)", headed_runs),
    ("a title heading the page over a dated issue line and another title (a masthead)",
     mastheads),
    ("a bold turn of an interview (a question)", interview_turns),
    ("a headline of a page of short items, or the masthead above them", short_items),
    ("a lead set a little larger than the body, first under its title", large_leads),
    ("a lead set in italics first under its title, before roman text", italic_leads),
    ("a calendar of coming events (dated entries under a short heading)", agendas),
    ("a chronicle's dates, month bands and heading", chronicle),
    ("a note after a byline", notes_after_bylines),
    ("an entry of a contents page", contents_pass),
    ("a line right over a contents page's heading (its banner)", contents_banners),
    ("a cover's lines pointing to pages, and its nameplate above them", cover_pages),
    ("a photo credit on its own line under or beside its caption", credit_lines),
    ("a jump line (continued on / from)", jump_pass),
    ("a jump line OCR garbled", garbled_jump_lines),
    ("a newspaper's nameplate and the lines of its band", nameplates),
    ("a name centred over its band, a story's title under the band (a masthead)", name_bands),
    ("a footnote at a column's foot", footnotes),
    ("a note, or what closes the notes, in the band of notes closing the page", foot_notes),
    ("a footnote opening with the number of a mark in the text", numbered_notes),
    ("footnotes read as one block, a line each, their marks lost (OCR)", note_lines),
    ("a short line beside the text, level with a passage (a side head)", side_heads),
    ("a short line in capitals right over a rubric (its twin)", twin_rubrics),
    ("contact details (address, telephone, e-mail) and what touches them", contact_boxes),
    ("a key line right over a caption (its label)", caption_keys),
    ("a compact stack of short blocks switching language (a bilingual list)", bilingual_lists),
    ("lines of Vietnamese terms each glossed in the other language (a glossary)", glossaries),
    ("a line or two centred right over a caption, ending mid-sentence (its opening)",
     caption_openings),
    ("a long block ending in a photo credit right under a caption (its other half)",
     caption_twins),
    ("a grid of short cells, three or more to a row (a timetable)", grid_cells),
    ("rows ending in figures, and the head and notes of their table", figure_tables),
    ("a short centred block under all of the page's text at its foot (a strip)", foot_strips),
    ("a short notice and its twin standing alone, under no head (an imprint)", imprints),
    (FORM_REASON, letter_forms),
    ("a letter or two read off a speck far smaller than the body's type", ocr_specks),
    (RAIL_REASON, side_rails),
)
# why ``roles.role_of`` keeps a block out of the articles, by the role it gives
LOOK_REASONS = (
    (Role.OTHER, "no letter, a sliver of a box, or OCR junk"),
    (Role.PAGE_NUMBER, "a bare number near the top or bottom edge"),
    (Role.HEADER, "short text in the page's top or bottom band, or repeated on other pages"),
    (Role.ASIDE, "several lines set smaller than the body, apart from the column text"),
)


def ruled(facts: list[Facts], page: PageFacts) -> tuple[list[str], list[str]]:
    """The hand-written role rules (``magpipe.split.roles``, ``magpipe.split.heads``) over one
    page's blocks: each block's role and the reason for it."""
    roles = [role_of(f, page) for f in facts]
    look = dict(LOOK_REASONS)
    return run_passes(roles, [look.get(Role(r), f"its look ({r})") for r in roles], facts, page,
                      RULE_PASSES)


def run_passes(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               steps: tuple[tuple[str, RulePass], ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons after ``steps`` in turn: a block's reason is the name of the last
    step that changed its role (its own reason when none did)."""
    for name, step in steps:
        new = step(roles, facts, page)
        reasons = [name if a != b else why for a, b, why in zip(roles, new, reasons, strict=True)]
        roles = new
    return roles, reasons
