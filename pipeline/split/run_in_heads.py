"""Run-in heads: a title that opens its article's first paragraph on the same line.

A news round-up (a weekly's page of local news, a bulletin) sets its short articles one after
the other down the columns with no rule, no title line and no more space between two articles
than between two paragraphs: each article's title, in capitals (bold on a text layer), opens
its first paragraph, the text running on after it on the same line. Read by lines, the
paragraph holds the title, so no article boundary is seen; and a title that wraps has its last
words on the text's first line, where the weight changes in mid-line.

A run-in head is found on a line that opens with a run of head words (a text layer: bold and
in capitals; OCR, which reads no weight: in capitals) followed by a word of the body's text
opening a sentence (a capital or a digit first; a text layer: at the head's size, regular or,
in a lead set bold, in lower case; OCR: holding a lower-case letter), the head starting a
paragraph. The head may begin on lines above that hold head words only and fill the measure
(a title of several lines); on a text layer a head may fill its last line, over a lead set
bold (no change of weight parts them; over regular text the weight does, and the title rules
read the head). It must look like a title, not a lead-in of a paragraph inside an article:

* ``HEAD_WORDS`` words or more and ``HEAD_LETTERS`` letters (a speaker's initials, a numbered
  paragraph's number, an acronym opening a sentence are shorter);
* a letter among its words on the run-in line (a numbered paragraph's number, ``2.1``, under
  a title is not a title's last word);
* the head and its text not plainly in two languages (``PLAIN_WORDS``): a section's label in
  both languages on one line, ``ĐIỂM TIN ĐỐI NGOẠI  Foreign Affairs News``, is no head;
* the text after it not parted from it by a gutter's width (``APART``: a line joined across
  two columns), and the line after the run-in line not opening in a head's setting (the
  capitals go on: an intro set in capitals);
* no colon, dash or slash where it meets the text (a speaker's or a glossary term's label
  ends in a colon, a dateline ``HÀ NỘI -`` in a dash, a name's Vietnamese half in a slash);
* mixed case is never a head: a bold lead-in in mixed case opens interview questions, numbered
  paragraphs and glossary entries;
* the text after it is running text: the line reaches its column's right edge (or the next
  line's first word would not have fitted at its end), or closes a sentence after
  ``TEXT_WORDS`` words or more (a byline ``NAME tổng hợp`` is a short line); on OCR its words
  open in lower case often enough (``TEXT_LOWER``);
* the head's first line starts at the column's left edge or a paragraph's indent
  (``INDENT``).

The head and the text after it become two paragraphs (``layout.Para.run_in`` marks the head),
which the role rules read as a title and its text. Pure logic on line pieces, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.langid import MARKED_PLAIN, evidence
from magpipe.split.large_leads import LEAD_SIZE
from magpipe.split.pieces import GUTTER, Line, make_line
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.punctuation import SENTENCE_ENDS

HEAD_WORDS = 2        # fewest words of a run-in head (a title names something in two words)
HEAD_LETTERS = 6      # fewest letters of a run-in head (an acronym or initials are shorter)
HEAD_LINES = 8        # most lines a run-in head spans, its run-in line counted (a narrow
                      # column sets a long title in seven)
TEXT_WORDS = 3        # fewest words of text after the head on a line ending short (a byline's
                      # ``tổng hợp`` or ``compiled by`` is two); a full line may hold one
SAME_SIZE = 0.15      # text layers: the text after the head is set at its size within this
                      # share (the body's face; a title set larger stands on lines of its own)
INDENT = 3.0          # x the line's size: a paragraph's first-line indent at most (a byline set
                      # right starts far further in)
FULL = 2.0            # x the line's size: a line ending this close to its column's right edge
                      # runs on (justified text)
SPACE = 0.5           # x the line's size: a word space, which the next line's first word needs
                      # beside its own width to fit at a line's end
LABEL_ENDS = ":-–—/"  # where a head meets its text: a label's colon, a dateline's dash, the
                      # slash between a name's two languages' halves
OPENERS = "\"“‘'«([„"   # what may stand before a sentence's first letter
PLAIN_WORDS = 3       # fewest words of a text bearing no Vietnamese mark to read as English
                      # (a Vietnamese text may open with a word that bears none: Trong, Tham)
APART = 2.5          # x the line's other word spaces (median): the space between a head and
                     # its text is one of them (justified: stretched alike); one this much
                     # wider is a gutter a line joined across (its two halves two columns')
TEXT_LOWER = 0.2      # OCR: share of the words of the text after a head (the rest of its
                      # line and the next line) opening in lower case, at least: running text
                      # (a twin title in title case beside a rubric opens none so; news text
                      # thick with names, a fifth)


@dataclass(frozen=True)
class RunIn:
    """A run-in head found among a region's lines (indices into them): its lines
    ``first``..``line``, the last of which it shares with its text, cut into ``head`` (the
    head's words on that line) and ``rest`` (the text's)."""

    first: int
    line: int
    head: Line
    rest: Line | None       # None: the head fills its last line, the text opens the next


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _head_word(w: Word, exact: bool) -> bool:
    """A word a head is set in: no lower-case letter, and bold on a text layer."""
    return not any(c.islower() for c in w.text) and (w.bold or not exact)


def _lead(ws: Sequence[Word], exact: bool) -> int:
    """How many words open the line in a head's setting (a last word of one capital letter,
    ``A`` or ``I``, opens the text)."""
    n = 0
    while n < len(ws) and _head_word(ws[n], exact):
        n += 1
    if n < len(ws) and n and len(_letters(ws[n - 1].text)) == 1 == len(ws[n - 1].text):
        n -= 1
    return n


def _running(texts: Sequence[str]) -> bool:
    """The text reads as running text: ``TEXT_LOWER`` of its words open in lower case."""
    opening = [t for t in " ".join(texts).split() if _letters(t)]
    return sum(_letters(t)[0].islower() for t in opening) >= TEXT_LOWER * len(opening)


def _text_word(w: Word, head: Sequence[Word], exact: bool, slip: bool = False) -> bool:
    """The first word after a head is the body's text, opening a sentence (a capital or a
    digit first; with ``slip``, on OCR, any letter: a capital OCR misread, ``_after``): in
    lower case (OCR reads no weight), or on a text layer at the head's size, regular or in
    lower case (a lead set bold)."""
    opening = w.text.lstrip(OPENERS)[:1]
    if not (opening.isupper() or opening.isdigit() or slip and not exact and opening.isalpha()):
        return False                # (a text's first word opens a sentence)
    lower = any(c.islower() for c in w.text)
    if not exact:
        return lower
    size = sorted(h.size for h in head)[len(head) // 2]
    return (lower or not w.bold) and abs(w.size - size) <= SAME_SIZE * size


def _titled(head: Sequence[Word], on_line: Sequence[Word], first_after: Word) -> bool:
    """The head's words read as a title: enough words and letters, a letter among its words
    on the run-in line (a numbered paragraph's number, ``2.1``, under a title is no head's
    last word), and no label's colon or a dateline's dash where they meet the text."""
    letters = sum(len(_letters(w.text)) for w in head)
    joint = head[-1].text[-1:] + first_after.text[:1]
    return len(head) >= HEAD_WORDS and letters >= HEAD_LETTERS and \
        any(_letters(w.text) for w in on_line) and not any(c in LABEL_ENDS for c in joint)


def _two_languages(head: str, text: str) -> bool:
    """The head and the text after it are plainly in two languages: one bears Vietnamese
    marks on ``MARKED_PLAIN`` of its words, the other on none of its words (a bilingual
    label on one line, ``ĐIỂM TIN ĐỐI NGOẠI  Foreign Affairs News``; a title and its own
    text share their language)."""
    a, b = evidence(head), evidence(text)
    return a.marked >= MARKED_PLAIN and b.marked == 0 and b.tokens >= PLAIN_WORDS or \
        b.marked >= MARKED_PLAIN and a.marked == 0 and a.tokens >= PLAIN_WORDS


def run_in_heads(words: tuple[Word, ...], lines: Sequence[Line], exact: bool,
                 opens: Callable[[int], bool]) -> list[RunIn]:
    """The run-in heads among a region's lines (one column, top to bottom): see the module.
    ``opens(k)`` says line ``k`` (not the first) starts a paragraph: the line above closes a
    sentence, or the layout's own breaks part them."""
    if not lines or not words:
        return []
    left = min(ln.box[0] for ln in lines)
    right = max(ln.box[2] for ln in lines)

    def full(k: int) -> bool:
        """Line ``k`` runs across its column, or the next line's first word would not have
        fitted at its end (a region of one line shows no column's edge)."""
        room = right - lines[k].box[2]
        if len(lines) < 2 or room <= FULL * lines[k].size:
            return len(lines) > 1
        if k + 1 >= len(lines):
            return False
        box = words[lines[k + 1].words[0]].box
        return room < box[2] - box[0] + SPACE * lines[k].size

    def across(k: int) -> bool:
        """A head's line over its run-in line fills the measure (a byline set right does
        not start at the left)."""
        return full(k) and lines[k].box[0] - left <= INDENT * lines[k].size

    found: list[RunIn] = []
    taken = -1
    for k, line in enumerate(lines):
        ws = [words[i] for i in line.words]
        n = _lead(ws, exact)
        after = _after(words, lines, k, n, full(k), exact)
        # (OCR misreads the capital opening the text beside a bold head: ``Chiều`` read as
        # ``thiều`` or ``(hiệu``; taken only under a head begun on a line above)
        slipped = after is None and not exact
        if slipped:
            after = _after(words, lines, k, n, full(k), exact, slip=True)
        if after is None:
            continue
        first = k
        while first - 1 > taken and k - first + 1 < HEAD_LINES and \
                _whole_head(words, lines[first - 1], exact) and across(first - 1) and \
                lines[first].base - lines[first - 1].base < 2 * line.size:
            first -= 1
        if slipped and first == k or lines[first].box[0] - left > INDENT * lines[first].size or \
                first != 0 and not opens(first):
            continue
        head = [words[i] for ln in lines[first:k] for i in ln.words] + ws[:n]
        if not _titled(head, ws[:n], after) or _two_languages(
                " ".join(w.text for w in head), " ".join(words[i].text for i in line.words[n:])):
            continue
        found.append(RunIn(first, k, make_line(words, list(line.words[:n])),
                           make_line(words, list(line.words[n:])) if n < len(ws) else None))
        taken = k
    return found


def _after(words: tuple[Word, ...], lines: Sequence[Line], k: int, n: int, full: bool,
           exact: bool, slip: bool = False) -> Word | None:
    """The first word of the text after a head that line ``k`` opens with (its first ``n``
    words in a head's setting), or None when the line opens no head: the text runs on on
    the line (the line reaching its column's right edge, or closing a sentence after
    ``TEXT_WORDS`` words of text), or the head fills the line (reaching the right edge, no
    sentence's end: a lead in capitals closes one) and the text opens the next, set bold in
    lower case (a lead): text layers only. (A head over regular text is parted from it by
    the change of weight and read by the title rules; on OCR a line of capitals over
    mixed-case text is as often a note's heading or a capitals lead's last line.) ``slip``:
    the text's first word may open in lower case (``_text_word``)."""
    line = lines[k]
    ws = [words[i] for i in line.words]
    if n == 0:
        return None
    closes = line.text.rstrip()[-1:] in SENTENCE_ENDS
    if n < len(ws):
        if not full and (not closes or len(ws) - n < TEXT_WORDS) or \
                _across_gutter(ws, n, line.size) or _goes_on_in_capitals(words, lines, k, exact):
            return None
        texts = [w.text for w in ws[n:]] + ([lines[k + 1].text] if k + 1 < len(lines) else [])
        return ws[n] if _text_word(ws[n], ws[:n], exact, slip) and \
            (exact or _running(texts)) \
            else None
    if not exact or k + 1 >= len(lines) or not full or closes or not _letters(line.text):
        return None
    after = words[lines[k + 1].words[0]]
    return after if after.bold and _text_word(after, ws, exact) else None


def _across_gutter(ws: Sequence[Word], n: int, size: float) -> bool:
    """The space between the line's ``n`` head words and its text is a gutter's: wider than
    the narrowest gutter (``pieces.GUTTER`` x the line's size) and ``APART`` times the
    line's other word spaces (a line joined across two columns: a lead in capitals ending
    a column's line, the next column's text beside it)."""
    gaps = [b.box[0] - a.box[2] for a, b in zip(ws[:-1], ws[1:], strict=True)]
    gap, others = gaps[n - 1], sorted(gaps[:n - 1] + gaps[n:])
    usual = others[len(others) // 2] if others else 0.0
    return gap > GUTTER * size and gap > APART * usual


def _goes_on_in_capitals(words: tuple[Word, ...], lines: Sequence[Line], k: int,
                         exact: bool) -> bool:
    """The line after the run-in line ``k`` opens with ``HEAD_WORDS`` words in a head's
    setting: the capitals go on past the cut (an intro set in capitals, its lines read with
    the text beside them), no head ends there."""
    if k + 1 >= len(lines):
        return False
    return _lead([words[i] for i in lines[k + 1].words], exact) >= HEAD_WORDS


def _whole_head(words: tuple[Word, ...], line: Line, exact: bool) -> bool:
    """Every word of the line is in a head's setting (a title's line over its run-in line)."""
    return all(_head_word(words[i], exact) for i in line.words) and \
        bool(_letters(line.text))


def cut_groups(groups: list[list[Line]], lines: Sequence[Line], heads: list[RunIn]
               ) -> list[tuple[list[Line], bool]]:
    """The paragraphs (groups of lines) with each run-in head cut from the paragraph it
    opens: the head's lines and words, marked True, then the text's words on its line and
    the paragraph's next lines. A group that starts with a head's first line holds its run-in
    line (the breaks are made so)."""
    by_first = {id(lines[h.first]): h for h in heads}
    out: list[tuple[list[Line], bool]] = []
    for g in groups:
        h = by_first.get(id(g[0]))
        if h is None or h.rest is None:
            out.append((g, h is not None))
            continue
        at = h.line - h.first
        out.append(([*g[:at], h.head], True))
        out.append(([h.rest, *g[at + 1:]], False))
    return out


# roles a run-in head may have been given by its look (a line of bold capitals at the body's
# size reads as body text, a lead, a name or a rubric; at a page's head, as a running head,
# whose line never runs on into a paragraph)
_HEAD_LOOKS = frozenset({Role.BODY, Role.INTRO, Role.BYLINE, Role.SECTION, Role.HEADER})


def run_in_titles(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A role pass: each run-in head (``Facts.run_in``) read as text is its article's title,
    and the text after it, read as body text, is its intro where it is set apart from the
    body: in italics, in bold or larger (``large_leads.LEAD_SIZE``), as a round-up prints an
    item's lead (read with the head, it was read as a lead-in set bold), and so is the rest of
    such an intro carried on to the next column, opening in mid-sentence in the same face."""
    out = [Role.TITLE if f.run_in and r in _HEAD_LOOKS else r
           for r, f in zip(roles, facts, strict=True)]
    for k in range(1, len(out)):
        f, before = facts[k], facts[k - 1]
        apart = f.italic or f.bold or f.size >= LEAD_SIZE * page.body_size
        after_head = out[k - 1] == Role.TITLE and before.run_in
        # (an intro carried on to the next column's head opens in mid-sentence, set as it was)
        carried = out[k - 1] == Role.INTRO and \
            before.text.rstrip()[-1:] not in SENTENCE_ENDS and \
            (f.italic, f.bold) == (before.italic, before.bold)
        if out[k] == Role.BODY and not f.run_in and apart and (after_head or carried):
            out[k] = Role.INTRO
    return out
