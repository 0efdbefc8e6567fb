"""Text layers: a stack of lines whose type and language turn together, cut at each turn.

Bilingual captions are often set as a stack with no gap between its parts: a Vietnamese
sentence in roman, its English twin in italics under it, then the next photo's Vietnamese
and English (a large photo's caption over its inset's, each twin under its own). The layout
reads the stack as one paragraph; ``langid.language_cuts`` cuts a paragraph only where it
switches language for good (most lines before in one language, most after in the other),
and no paragraph holding a photo credit is cut by language at all (the credit's words throw
the line's language), so a stack that turns vi, en, vi, en stays one block of two languages.

Where the paragraph's lines fall into runs of one look (all italic or all upright; a line of
both turns inside itself, a title and its twin run on after a slash), two runs or more,
each run plainly of one language (``langid.line_languages``: most of its clear lines, none
of it unclear only) and each in the other language from the run before it, the type and
the language turn together: the paragraph is cut at every turn. A line of italics in the
paragraph's own language (a title quoted, a word) turns the type but not the language and
leaves the paragraph whole.

Scanned pages say nothing of italics: their paragraphs stay as they are. Pure logic, no I/O.
"""

from __future__ import annotations

from itertools import groupby

from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import line_languages
from magpipe.split.pieces import Line


def _look(words: tuple[Word, ...], line: Line) -> bool | None:
    """The line set all in italics (True), all upright (False), or both (None)."""
    italic = {words[i].italic for i in line.words}
    return italic.pop() if len(italic) == 1 else None


def _run_lang(langs: list[str]) -> str:
    """The language most of a run's clear lines are in (``und``: none clear, or a tie)."""
    clear = [x for x in langs if x != Lang.UNKNOWN]
    for lang in (Lang.VI, Lang.EN):
        if 2 * clear.count(lang) > len(clear):
            return lang
    return Lang.UNKNOWN


def type_turns(words: tuple[Word, ...], lines: list[Line]) -> list[int]:
    """Indices of ``lines`` where the type and the language turn together (see the module);
    none when a line mixes both looks, some run of one look is of no plain language, or two
    runs in a row share one."""
    looks = [_look(words, ln) for ln in lines]
    runs = [len(list(g)) for _, g in groupby(looks)]
    if len(runs) < 2 or None in looks:
        return []       # (a line of both looks: the turn is inside it, ``slash_titles``)
    langs = line_languages([ln.text for ln in lines])
    starts = [sum(runs[:k]) for k in range(len(runs))]
    run_langs = [_run_lang(langs[a:a + n]) for a, n in zip(starts, runs, strict=True)]
    if Lang.UNKNOWN in run_langs or any(a == b for a, b in zip(run_langs, run_langs[1:],
                                                                strict=False)):
        return []
    return starts[1:]
