"""The changes of a page's lines of words: the decoder's decisions paragraph by paragraph, the
credit labels that lost their hook (``Anh: VU GIANG``) and the English OCR slips of each line.

:mod:`magpipe.repair` hands over the lines and their paragraphs, with the decoder in force;
this module turns what the decoder decides into (line, word, before, after, score, rule)
changes. Pure logic over the decoder's models, no I/O.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator

from magpipe.repair.candidates import CASE_LOWER, apply_case, case_pattern
from magpipe.repair.capital_slips import CAPITALS, CapitalSlips
from magpipe.repair.decoder import Decision, Decoder, split_token
from magpipe.repair.english_slips import HYPHENS, EnglishSlips
from magpipe.repair.evidence import Evidence
from magpipe.repair.foreign import is_foreign_paragraph
from magpipe.repair.lexicon.model import CLEAN, Model
from magpipe.repair.slashes import CutLines
from magpipe.text import credits
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

CREDIT = "credit-label"                # the rule of a credit label put right
# a credit label's word has ``nh`` in second and third place (``Ảnh``, ``ANH``): the cheap
# test of ``credit_labels``, a set lookup instead of a lower case copy of every word (no
# other character's lower case is an ``n`` or an ``h``, so the two tests agree)
_NH = frozenset(("nh", "nH", "Nh", "NH"))


@functools.cache
def _slips_for(model: Model) -> EnglishSlips:
    return EnglishSlips(model.english, split_token)


@functools.cache
def _capitals_for(model: Model) -> CapitalSlips:
    return CapitalSlips(model.english, split_token)


def english_fixes(line: list[str], decided: set[int], previous: list[str],
                  following: list[str], using: Decoder
                  ) -> list[tuple[int, str, str, float]]:
    """(index, after, rule, score) for the English OCR slips of one line (``provinctal``,
    ``frơm``, ``0F THF``) on its English part; words in ``decided`` were already changed.
    A line after one ending in a hyphen starts with the end of a word (``-`` /
    ``ternational``): kept. The line and its neighbours are judged English as they read
    with their capital slips put right (``CHAIRMAN OF THE PEOPLES``, not ``0F THỊ``).
    ``using``: the decoder in force."""
    slips, capitals = _slips_for(using.model), _capitals_for(using.model)
    cut = bool(previous) and previous[-1].endswith(HYPHENS)
    maybe = []
    capital = capitals.fixes(line)
    for i, word in enumerate(line):
        if i in decided or (i == 0 and cut):
            capital.pop(i, None)
            continue
        parts = slips.slip_parts(word) if i not in capital else None
        if parts is not None:
            maybe.append((i, *parts))
    if not maybe and not capital:
        return []
    if capital:                                # only when needed
        read = capitals.read(line)
        english = using.english_words(read, capitals.read(previous), capitals.read(following))
        # a title's English line under its Vietnamese one (``SỞ NGOẠI VỤ ...`` /
        # ``... DEPARTMENT 0F FOREIGN AFFAIRS``) is English alone, whatever its neighbours say
        alone = using.english_words(read)
    else:
        english = alone = using.english_words(line, previous, following)
    out = [(i, after, CAPITALS, slips.english.get(split_token(after)[1].lower(), 0.0))
           for i, after in sorted(capital.items())
           if english[i] or alone[i] or capitals.is_sure(line[i])]
    for i, lead, core, trail in maybe:
        fix = slips.fix(core) if english[i] or slips.is_marked_foreign_word(core) else None
        if fix is not None:
            after, rule = fix
            out.append((i, lead + after + trail, rule, slips.english.get(after.lower(), 0.0)))
    return sorted(out)


def repair_lines(using: Decoder, lines: list[list[str]], spans: list[tuple[int, int]],
                 mode: str, evidence: Evidence, trusted: bool = False
                 ) -> Iterator[tuple[int, int, str, str, float, str]]:
    """(line, word, before, after, score, rule) per change of ``lines`` (lists of words),
    paragraph by paragraph (``spans``: ranges [first, last) of lines, all decoded in one
    batch by the decoder ``using``): its decisions, then the English slips of the line. The
    lines around a paragraph are language evidence; an English slip's context is its
    neighbours in the paragraph. ``trusted``: the marks of the text are trusted (a sound
    text layer)."""
    return iter(repair_many_lines(using, [(lines, spans)], mode, evidence, trusted)[0])


def repair_many_lines(using: Decoder, pages: list[tuple[list[list[str]], list[tuple[int, int]]]],
                      mode: str, evidence: Evidence, trusted: bool = False
                      ) -> list[list[tuple[int, int, str, str, float, str]]]:
    """``repair_lines`` of several pages (their lines and spans), all their paragraphs
    decoded in one batch (no context crosses a paragraph, so a page decodes as alone;
    the batch shares the cost of scoring among the pages): per page, its changes."""
    paragraphs = []
    slashed: list[CutLines] = []           # each paragraph's slash-joined words cut apart
    for lines, spans in pages:
        above, below = _neighbour_lines(lines)
        for first, last in spans:
            # a paragraph of foreign text in sound text (French) is left as written: no
            # line of it is decoded, so none has a decision, a credit or an English slip
            foreign = mode == CLEAN and is_foreign_paragraph(lines[first:last])
            if foreign:
                log.debug("lines %d-%d: foreign text, kept as written", first, last - 1)
            cut = CutLines(lines[first:last])
            slashed.append(cut)
            paragraphs.append(([] if foreign else cut.cut, above[first], below[last]))
    decided = [[cut.joined(k, line) for k, line in enumerate(lines)]
               for cut, lines in zip(slashed, using.decode_paragraphs(paragraphs, mode, evidence,
                                                                      trusted), strict=True)]
    out, at = [], 0
    for lines, spans in pages:
        out.append(list(_page_changes(lines, spans, decided[at:at + len(spans)], using)))
        at += len(spans)
    return out


def _neighbour_lines(lines: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """(above, below): per index ``i`` of ``lines`` and one past the last, the last line
    with words before ``i`` and the first from ``i`` on ([] where none): one pass each,
    not a search from every paragraph (a page of hundreds of paragraphs, many lines
    empty, spent a tenth of a second searching)."""
    above: list[list[str]] = [[]]
    for line in lines:
        above.append(line if line else above[-1])
    below: list[list[str]] = [[]]
    for line in reversed(lines):
        below.append(line if line else below[-1])
    below.reverse()
    return above, below


def _page_changes(lines: list[list[str]], spans: list[tuple[int, int]],
                  decided: list[list[list[Decision]]], using: Decoder
                  ) -> Iterator[tuple[int, int, str, str, float, str]]:
    """The changes of one page's ``lines`` (its paragraphs' decisions: ``decided``): the
    decoder's, credit labels, then the English slips of each line."""
    for (first, last), per_line in zip(spans, decided, strict=True):
        for number, decisions in enumerate(per_line, start=first):
            labels = dict(credit_labels(lines[number]))
            for d in decisions:
                if d.index not in labels:
                    yield number, d.index, d.before, d.after, d.score, d.rule
            for i, after in labels.items():
                yield number, i, lines[number][i], after, 0.0, CREDIT
            changed = {d.index for d in decisions} | set(labels)
            previous = lines[number - 1] if number > first else []
            following = lines[number + 1] if number + 1 < last else []
            for i, after, rule, score in english_fixes(lines[number], changed, previous,
                                                       following, using):
                yield number, i, lines[number][i], after, score, rule


def credit_labels(line: list[str]) -> list[tuple[int, str]]:
    """(index, label) for each word of ``line`` that opens a photo credit but lost the
    label's hook (``Anh: VU GIANG``): ``Ảnh``, whatever the language model says of
    ``anh`` (brother; England), which it rates above ``ảnh`` where a context starts. Only
    where a sentence starts (``2025. Anh: TRI DUNG``; not ``Tiếng Anh: English``) and
    before a capitalised word (a name)."""
    out = []
    for i, word in enumerate(line):
        if word[1:3] not in _NH or not credits.is_vi_label(line, i):
            continue                                   # a cheap test first: no ?nh
        if i and line[i - 1][-1:] not in SENTENCE_ENDS:
            continue
        lead, core, trail = split_token(word)
        name = split_token(line[i + 1])[1] if i + 1 < len(line) else ""
        label = apply_case(credits.VI_LABEL_WORD, case_pattern(core) or CASE_LOWER)
        if core != label and core.lower() in credits.VI_LABEL_WORDS and name[:1].isupper():
            out.append((i, lead + label + trail))
    return out
