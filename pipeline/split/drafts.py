"""Drafts of a page's blocks before their language is settled: a paragraph's words with a role,
a caption cut at its credit or where its lines switch language, and the tests that join title
pieces a geometry cut (one under the other, or side by side a gutter apart) and that lend a
block too short to tell its language its column's (used by ``split._page_blocks``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.artifacts.base import across, union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.caption_names import name_alone, twin_cut, twin_first
from magpipe.split.continuation import ends_open
from magpipe.split.credit_wraps import credit_to_end
from magpipe.split.langid import language_cuts, line_lang
from magpipe.split.layout import Para
from magpipe.split.line_dust import line_dust_words
from magpipe.text.credits import CaptionParts, split_caption
from magpipe.text.photo_pointers import photo_pointer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    words: list[int]
    role: str
    region: int
    column: int
    hint: str | None = None      # language known from the caption half it is
    head: str = ""               # text to put before the words' text
    tail_cut: str = ""           # text to take off the end of the words' text


def _caption_by_lines(para: Para, column: int, marks: frozenset[int] = frozenset()) -> list[Draft]:
    """A caption with no Vietnamese credit label to cut it at (OCR lost the colon of ``Ảnh:``,
    or the caption names no credit) is cut where its lines switch language for good, or
    else where its English twin naming the same people opens (``caption_names.twin_cut``),
    but not after a name alone (``caption_names.name_alone``):
    a Vietnamese caption set above its English twin on lines of their own is two captions,
    each in its own language."""
    texts = [ln.text for ln in para.lines]
    cuts = twin_first(language_cuts(texts), texts) or \
        [k for k in [twin_cut(texts)] if k is not None]
    # (no cut after a name alone, which reads alike in both languages: caption_names)
    cuts = [k for j, k in enumerate(cuts)
            if not name_alone(" ".join(texts[cuts[j - 1] if j else 0:k]))]
    bounds = [0, *cuts, len(para.lines)]
    if len(bounds) > 2:
        log.debug("caption cut by its lines' languages into %d", len(bounds) - 1)
    # (a drawn mark OCR read as a letter is none of its words: ``marks``, hanging_marks)
    return [Draft([i for ln in para.lines[a:b] for i in ln.words if i not in marks],
                  Role.CAPTION, para.region, column)
            for a, b in zip(bounds, bounds[1:], strict=False)]


def caption_drafts(words: tuple[Word, ...], para: Para, column: int,
                   photos: bool = False, marks: frozenset[int] = frozenset()) -> list[Draft]:
    """A caption paragraph's drafts: cut at a line opening with a pointer to its photo on
    another page (``pointer_cuts``; ``photos``: the page holds a photo), then each part at its
    Vietnamese credit (``Ảnh: NAME``), or where its lines switch language. ``marks``: words
    of the page that are no text (a drawn mark OCR read as a letter: ``hanging_marks``)."""
    cuts = pointer_cuts(words, para, photos)
    if cuts:
        bounds = [0, *cuts, len(para.lines)]
        return [d for a, b in zip(bounds, bounds[1:], strict=False)
                for d in _credit_drafts(words, replace(para, lines=para.lines[a:b]), column,
                                        marks)]
    return _credit_drafts(words, para, column, marks)


def pointer_cuts(words: tuple[Word, ...], para: Para, photos: bool) -> list[int]:
    """The lines of a caption paragraph after its first that open with a photo pointer
    (``Right: The Lang``, :mod:`magpipe.text.photo_pointers`), its word in capitals: the
    other language's caption opens there, under a credit the cut at a credit cannot read
    (``Ảnh: Phạm Hương``, the name not in capitals). A pointer word in small letters opening
    a line goes on a sentence (``from left to`` / ``right: Mr. ...``); a side word alone on a
    page holding a photo (``photos``) may be a caption's key naming a photo of the page by
    its place, which the keyed captions' rules read (``split.key_labels``)."""
    out = []
    for k, line in enumerate(para.lines[1:], start=1):
        text = " ".join(words[i].text for i in line.words)
        found = photo_pointer(text) if text[:1].isupper() else None
        if found is not None and not (found[0].bare and photos):
            out.append(k)
    return out


def _credit_drafts(words: tuple[Word, ...], para: Para, column: int,
                   marks: frozenset[int] = frozenset()) -> list[Draft]:
    # (dust read as a word of a line, ``-`` after a credit, would cut the credit's name short;
    # a drawn mark read as a letter is none of the caption: ``marks``)
    dust = marks.union(*(line_dust_words(words, line) for line in para.lines))
    idx, region = [i for line in para.lines for i in line.words if i not in dust], para.region
    parts = split_caption([words[i].text for i in idx])
    if parts is None:
        return _caption_by_lines(para, column, marks)
    parts = credit_to_end(_credit_at_line_end(parts, idx, para, words), idx, para, words)
    out = []
    if parts.vi:
        out.append(Draft(idx[parts.vi[0]:parts.vi[1]], Role.CAPTION, region, column,
                          Lang.VI))
    if parts.credit:
        out.append(Draft(idx[parts.credit[0]:parts.credit[1]], Role.CREDIT, region, column,
                          Lang.VI, tail_cut=parts.carry))
    if parts.en:
        en_words = idx[parts.en[0]:parts.en[1]]
        if en_words or parts.carry:
            out.append(Draft(en_words or idx[parts.en[0] - 1:parts.en[0]], Role.CAPTION, region,
                              column, Lang.EN, head=parts.carry if en_words else ""))
    return out


def _credit_at_line_end(parts: CaptionParts, idx: list[int], para: Para,
                        words: tuple[Word, ...]) -> CaptionParts:
    """``parts`` with a credit whose name ran on over a line end into a line plainly English
    (``langid.line_lang``) ended at that line end: a name in title case without a slash
    (``Ảnh: Phạm Hương``) runs over the capitalised words after it, and the English
    caption's first line (``The Lang Son provincial delegation ...``) opens with such words.
    A name broken over two lines keeps its marks on the second (``Ảnh: Phạm`` / ``Hương``);
    a credit ended by its slash (``Ảnh: THÙY`` / ``LINH/ Technical ...``) or a name in
    capitals (which ends at the first word that is not) is left as it is."""
    if parts.credit is None or parts.carry:
        return parts
    start, end = parts.credit
    names = [words[i].text for i in idx[start + 1:end]]
    if not names or "/" in names[-1] or names[0].isupper():
        return parts        # (ended by its slash, or a name in capitals, which ends itself)
    at = {i: k for k, i in enumerate(idx)}
    for line in para.lines[1:]:
        b = at.get(line.words[0], -1)
        if start + 1 < b < end and line_lang(line.text) == Lang.EN:
            log.debug("a credit's name ends at its line's end: %r", words[idx[b - 1]].text)
            return replace(parts, credit=(start, b), en=(b, len(idx)))
    return parts


def same_title(a: Draft, a_lang: str, b: Draft, b_lang: str, words: tuple[Word, ...],
                body: float) -> bool:
    """Two title pieces in a row, same language, one right under the other: one title (OCR
    lines of a title differ in height, which may cut it)."""
    if a.role != Role.TITLE or b.role != Role.TITLE or a_lang != b_lang:
        return False
    box_a, box_b = union([words[i].box for i in a.words]), union([words[i].box for i in b.words])
    return box_b[1] - box_a[3] < 1.5 * body and across(box_a, box_b) > 0


_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO})
TITLE_GAP = 4.0      # x body size: title pieces this close side by side are one title


def column_hints(drafts: list[Draft], found: list[tuple[str, float]],
                 texts: list[str] | None = None) -> list[str | None]:
    """A language for each draft from elsewhere: a caption half's own, else, for body text too
    short to tell (``- 19/12/2025).``, the end of a paragraph), the language of the nearest
    body text of its column: a column runs in one language far more often than the page's
    reading order next to it (a caption, the other language's column). A column that runs in
    both languages (one stream of paragraphs and their twins, each under the other) tells
    nothing so: there a fragment at its head, right after text that stops in mid-sentence at
    the foot of the column before (``texts``, in reading order), is that paragraph's end and
    takes its language (interleaf's ``… tại Nam`` / ``Ninh.`` over the English)."""
    hints: list[str | None] = [d.hint for d in drafts]
    for k, d in enumerate(drafts):
        if hints[k] or found[k][0] != Lang.UNKNOWN or d.role not in _TEXT_ROLES:
            continue
        broken = _broken_at_foot(drafts, found, texts, k) if texts else None
        if broken is not None:
            hints[k] = broken
            continue
        near = sorted((abs(j - k), j) for j, e in enumerate(drafts)
                      if j != k and e.column == d.column and e.role in _TEXT_ROLES
                      and found[j][0] != Lang.UNKNOWN)
        if near:
            hints[k] = found[near[0][1]][0]
    return hints


def _broken_at_foot(drafts: list[Draft], found: list[tuple[str, float]], texts: list[str],
                    k: int) -> str | None:
    """The language of the paragraph draft ``k`` ends, when ``k`` opens a column that runs in
    both languages and the text before it in reading order, in another column, stops in
    mid-sentence; None otherwise (see ``column_hints``)."""
    d = drafts[k]
    column = {found[j][0] for j, e in enumerate(drafts)
              if e.column == d.column and e.role in _TEXT_ROLES}
    if d.column < 0 or not {Lang.VI, Lang.EN} <= column:
        return None
    before = next((j for j in range(k - 1, -1, -1) if drafts[j].role in _TEXT_ROLES), None)
    if before is None or drafts[before].column in (d.column, -1) or \
            found[before][0] == Lang.UNKNOWN or not ends_open(texts[before]):
        return None
    log.debug("a fragment at a two-language column's head ends the %s paragraph before it",
              found[before][0])
    return found[before][0]


def _beside_title(a: Draft, a_lang: str, b: Draft, b_lang: str, words: tuple[Word, ...],
                  body: float) -> bool:
    """Two title pieces of one language side by side on the same rows, a gutter apart: one
    title that the geometry cut down a gap between its words (OCR word spacing), to be read
    row by row."""
    if a.role != Role.TITLE or b.role != Role.TITLE or a_lang != b_lang:
        return False
    box_a, box_b = union([words[i].box for i in a.words]), union([words[i].box for i in b.words])
    rows = min(box_a[3], box_b[3]) - max(box_a[1], box_b[1])
    gap = max(box_a[0], box_b[0]) - min(box_a[2], box_b[2])
    low = min(box_a[3] - box_a[1], box_b[3] - box_b[1])
    return rows > 0.5 * low and 0 <= gap < TITLE_GAP * body


def title_beside(kept: list[tuple[Draft, str, float]], d: Draft, lang: str,
                  words: tuple[Word, ...], body: float) -> int | None:
    """The title piece kept last that ``d`` stands beside (``_beside_title``), with at most
    rubrics and specks read between (the other language's kicker on the row above)."""
    for j in range(len(kept) - 1, -1, -1):
        if _beside_title(kept[j][0], kept[j][1], d, lang, words, body):
            return j
        if kept[j][0].role not in (Role.SECTION, Role.OTHER):
            return None
    return None


def rows_of(idx: list[int], words: tuple[Word, ...]) -> list[list[int]]:
    """Word indices in rows, top to bottom, each row left to right: a word whose middle lies
    less than half the height of its row's first word below that word's middle is in its row."""
    order = sorted(idx, key=lambda i: (words[i].box[1] + words[i].box[3]) / 2)
    rows: list[list[int]] = []
    for i in order:
        centre = (words[i].box[1] + words[i].box[3]) / 2
        if rows:
            first = words[rows[-1][0]]
            if centre - (first.box[1] + first.box[3]) / 2 < 0.5 * (first.box[3] - first.box[1]):
                rows[-1].append(i)
                continue
        rows.append([i])
    return [sorted(row, key=lambda k: words[k].box[0]) for row in rows]


def by_rows(idx: list[int], words: tuple[Word, ...]) -> list[int]:
    """Word indices in reading order by rows (``rows_of``, read one after another)."""
    return [i for row in rows_of(idx, words) for i in row]
