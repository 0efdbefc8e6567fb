"""An instrument set in numbered articles (an agreement, a memorandum, a joint statement, a
charter) and the frame around its articles that belongs to none of them.

Such a text numbers each of its articles on a line of its own over the article's title (a
unit word and a number: ``Điều 2.`` / ``Article 2.``, ``Chương II``; ``text.provisions``),
counting up from 1 in each language. What the page sets over the first of those lines (the
parties, the document's kind and subject, the preamble ending ``... agreed as follows:``) and
what follows the last article's text (the closing formula, the signers' blocks) is the
instrument's frame, of no article:

* number lines: a block reading as a unit word and a number, the next block of its language
  on its page a title; a word's lines must count 1, 2, 3 ... in reading order, and two such
  lines at least must be found (one in each language is enough: a one-article instrument);
  they stay with the title under them (``section``, the rubric align holds for the next
  title), whatever their look made of them;
* the head: on the page of the first number line, when it is the document's first page with
  text, every block lying wholly over the page's highest number line, when one of them is a
  title (the document's kind, set large): its display lines are ``header``, its running
  text (the subject, the preamble) ``aside``;
* the close: when the articles' paragraphs open with their clause numbers (``1.1``, ``a)``;
  ``CLAUSES_SHARE`` of those not running on from a column or page before), the last article
  ends at its first paragraph after its title that neither opens a clause nor runs on (starts
  in lower case, or follows text of its language not ending a sentence); it and the rest of its
  page are the close (``aside``);
* an article's heads are its number line and its title: between them and its first
  paragraph, a line read as a byline or a contents entry is the title's, and, when each
  language numbers the article on a line of its own, a title piece reading as the other
  language (a last line of names without marks: ``DE JANEIRO, BRAZIL``) is in the number
  line's;
* inside the articles, a block that opens a clause is the article's text (``body``) whatever
  its look said (an OCR paragraph read as a note for its tight lines); the head's and close's
  blocks are the frame's whatever their look said (a signer's office read as a contents
  entry), the page's own running heads and numbers aside.

Where nothing reads as numbered articles, nothing changes. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.text.provisions import number_line, opens_clause
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

NUMBER_LINE_CHARS = 24   # most characters of a number line (``Article 12.`` with OCR specks)
NUMBER_LINES_MIN = 2     # number lines that make an instrument (one a language, one article)
CLAUSES_SHARE = 0.6      # share of the articles' paragraphs (not run on) opening with a clause
                         # number for the paragraph that opens none to end the last article
HEAD_SLACK = 0.25        # x a number line's height: how far a head block may reach into it
_TEXT = frozenset({Role.BODY, Role.INTRO})
# roles of the page's own furniture (running heads, page numbers, specks), which stay; a block
# of the head or close read as a contents entry or a jump line is the frame's all the same
_PAGE_FURNITURE = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})
# roles a paragraph opening with a clause number inside an article may have been given by its
# look: a note (OCR's tight leading), a label, an intro, a caption or a contents entry (the
# role model's readings; an instrument has neither photos nor a contents page)
_READ_AS_CLAUSE = frozenset({Role.ASIDE, Role.LABEL, Role.INTRO, Role.CAPTION, Role.CONTENTS})
# roles a line of an article's title may have been given by its look: a byline (OCR: the
# title's last word set alone), a contents entry (the role model)
_READ_AS_TITLE = frozenset({Role.BYLINE, Role.CONTENTS})


def _title_under(blocks: list[Block], k: int) -> Block | None:
    """The title right under block ``k``: the next block on its page (page furniture aside), or
    the next of its language (OCR may read a short line's language wrong), when a title."""
    rest = [c for c in blocks[k + 1:] if c.page == blocks[k].page
            and c.role not in FURNITURE_ROLES]
    for after in (rest[:1], [c for c in rest if c.lang == blocks[k].lang][:1]):
        if after and after[0].role == Role.TITLE:
            return after[0]
    return None


def _number_lines(blocks: list[Block]) -> list[int]:
    """Indices of the blocks that number the articles, in reading order (see the module)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for k, b in enumerate(blocks):
        if len(b.text) > NUMBER_LINE_CHARS:
            continue
        read = number_line(b.text)
        if read is not None and _title_under(blocks, k) is not None:
            found.setdefault(read[0], []).append((k, read[1]))
    lines = [k for run in found.values() if [n for _, n in run] == list(range(1, len(run) + 1))
             for k, _ in run]
    return sorted(lines) if len(lines) >= NUMBER_LINES_MIN else []


def _head(blocks: list[Block], first: int, lines: list[int]) -> list[int]:
    """The blocks over the first number line's page's highest number line, when one is a title
    and the page is the document's first with text (an article ending over a serial's first
    part numbered so is no instrument's head)."""
    page = blocks[first].page
    if page != min(b.page for b in blocks if b.role not in FURNITURE_ROLES):
        return []
    tops = [blocks[k].box for k in lines if blocks[k].page == page]
    top = min(box[1] + HEAD_SLACK * (box[3] - box[1]) for box in tops)
    head = [k for k, b in enumerate(blocks) if b.page == page and b.role not in _PAGE_FURNITURE
            and b.box[3] <= top]
    return head if any(blocks[k].role == Role.TITLE for k in head) else []


def _runs_on(block: Block, before: dict[str, str]) -> bool:
    """The paragraph goes on from text before it (a column or page broke it)."""
    first = next((c for c in block.text if c.isalpha()), "")
    return first.islower() or (block.lang in before and not ends_sentence(before[block.lang]))


def _close(blocks: list[Block], first: int, last: int) -> int | None:
    """Index of the block the close starts at (see the module), or None."""
    before: dict[str, str] = {}        # each language's last paragraph so far
    opened = plain = opened_last = 0   # paragraphs opening a clause, others not running on
    for k in range(first, len(blocks)):
        b = blocks[k]
        clause = opens_clause(b.text)
        if b.role in FURNITURE_ROLES and not (clause and b.role in _READ_AS_CLAUSE) \
                or b.role in (Role.TITLE, Role.SECTION):
            continue                   # page furniture, an article's heads
        if b.role not in _TEXT and not clause and (k < last or opened_last == 0):
            continue                   # (captions inside the articles, the last one's heads)
        if clause:
            opened += 1
            opened_last += k > last
        elif not _runs_on(b, before):
            if k > last:
                break
            plain += 1
        before[b.lang] = b.text
    else:
        return None                    # the document ends in the last article's text
    if opened_last == 0 or opened < CLAUSES_SHARE * (opened + plain):
        return None
    return k


def _heads(blocks: list[Block], k: int) -> list[int]:
    """The blocks between number line ``k`` and its article's first paragraph (same page)."""
    out = []
    for j in range(k + 1, len(blocks)):
        b = blocks[j]
        if b.page != blocks[k].page or b.role in (Role.SECTION, *_TEXT) or opens_clause(b.text):
            break
        out.append(j)
    return out


def _titles(blocks: list[Block], lines: list[int]) -> list[Block]:
    """An article's heads are its number line and its title: a line of them its look read as
    a byline or a contents entry is the title's; and a title piece that
    reads as the other language (a last line of names without marks, ``DE JANEIRO,
    BRAZIL``) takes the number line's language, when each language numbers the article on a
    line of its own."""
    out = list(blocks)
    numbers = [number_line(blocks[k].text) for k in lines]
    langs = [title.lang if (title := _title_under(blocks, k)) else blocks[k].lang for k in lines]
    for k, read, lang in zip(lines, numbers, langs, strict=True):
        twins = {other_lang for other, other_lang in zip(numbers, langs, strict=True)
                 if other is not None and read is not None and other[1] == read[1]
                 and other_lang != Lang.UNKNOWN}
        if out[k].lang != lang:         # a number line is in its title's language
            out[k] = replace(out[k], lang=Lang(lang))
        for j in _heads(blocks, k):
            if out[j].role in _READ_AS_TITLE and (out[j].lang == lang or len(twins) >= 2):
                out[j] = replace(out[j], role=Role.TITLE)
                log.debug("a piece of the title under %r: %r", blocks[k].text, out[j].text[:50])
            if out[j].role == Role.TITLE and out[j].lang != lang and len(twins) >= 2:
                out[j] = replace(out[j], lang=Lang(lang))
                log.debug("a piece of the title under %r: %r", blocks[k].text, out[j].text[:50])
    return out


def framed_instrument(blocks: list[Block]) -> list[Block]:
    """A document's blocks (in reading order) with an instrument's number lines, head and
    close given the roles the module says, and its titles' pieces their number line's
    language; the blocks as they are where nothing reads as numbered articles."""
    lines = _number_lines(blocks)
    if not lines:
        return blocks
    out = list(blocks)
    for k in lines:
        out[k] = replace(out[k], role=Role.SECTION)
    out = _titles(out, lines)
    for k in _head(out, lines[0], lines):
        out[k] = replace(out[k], role=Role.HEADER if out[k].role == Role.TITLE else Role.ASIDE)
        log.debug("the instrument's head, no article's: %r", out[k].text[:50])
    start = _close(out, lines[0], lines[-1])
    end = len(out)
    if start is not None:
        end = start
        for k in range(start, len(out)):
            if out[k].page == out[start].page and out[k].role not in _PAGE_FURNITURE:
                out[k] = replace(out[k], role=Role.ASIDE)
                log.debug("the instrument's close, no article's: %r", out[k].text[:50])
    for k in range(lines[0], end):
        if out[k].role in _READ_AS_CLAUSE and opens_clause(out[k].text):
            out[k] = replace(out[k], role=Role.BODY)
            log.debug("a clause of an article, its text: %r", out[k].text[:50])
    log.info("an instrument of %d numbered articles%s", len(lines),
             "" if start is None else f", closing at {out[start].id}")
    return out
