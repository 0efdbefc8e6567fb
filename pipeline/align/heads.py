"""How the grouping (:mod:`magpipe.align.articles`) tells an article's heads.

The grouping walks the blocks and keeps the open article of each language; the rules here
answer its questions about a block that may head an article, given that open draft:

* is a block split called a title one (:func:`looks_like_title`: in capitals; or a short
  plain title, ``Lời ngỏ``), and is a byline one (a word in capitals or a signature)?
  :func:`reread_role` reads split's role again, with :mod:`magpipe.align.reread`'s questions
  (the next entry's title read as body, a title's next line, a byline or label under it);
* does a title block carry on the open title (:func:`title_goes_on`: a title on two lines),
  is it the open title printed again over its text (:func:`title_again`), or is the open
  title a bare band over the page, the rubric over the next (:func:`bare_title`)?
* is a title-like block a numbered section heading of the open article
  (:func:`heading_or_title`; a title glued to its first heading is cut by
  :func:`magpipe.align.sections.glued_first_heading`), and does the next text open a
  paragraph under such a heading (:func:`heads_next`)?
* an article left without a title takes its first short piece in capitals
  (:func:`with_title`).

The drafts themselves and how a paragraph's pieces join are in :mod:`magpipe.align.drafts`;
the grouping's walk and its state stay in :mod:`magpipe.align.articles`.
Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from magpipe.align import reread
from magpipe.align.drafts import BREAK_GAP, ArticlePiece, Draft, continues
from magpipe.align.sections import numbered_heading
from magpipe.artifacts.layout import Block, Role
from magpipe.text.folding import folded_words
from magpipe.text.headings import (
    SIGNATURE_WORDS,
    TITLE_CHARS,
    in_capitals,
    keywords_line,
    label_like,
)
from magpipe.text.punctuation import ends_sentence
from rapidfuzz import fuzz

HEADING = "heading"   # a block's part: a numbered section heading inside its article
# A title in small letters has at most this many words (a greeting's ``A Message for the Lunar
# New Year``); a signature's, see ``magpipe.text.headings.SIGNATURE_WORDS``.
PLAIN_TITLE_WORDS = 12
# Two titles are one printed twice at this rapidfuzz ratio or more, case and marks aside (an
# OCR letter or two may differ)
SAME_TITLE_RATIO = 90.0


def looks_like_title(text: str) -> bool:
    """Set in capitals (at least 70% of the letters) and not longer than a title."""
    return len(text) <= TITLE_CHARS and in_capitals(text)


def _has_capital_word(text: str) -> bool:
    return any(len(w) > 1 and w.isupper() for w in re.findall(r"[^\W\d_]+", text))


def _opens_with_name(text: str) -> bool:
    """A signature (``Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ``): at most ``SIGNATURE_WORDS``
    words, opening with two capitalised words, no sentence end."""
    words = re.findall(r"[^\W\d_]+", text)
    return (2 <= len(words) <= SIGNATURE_WORDS and all(w[0].isupper() for w in words[:2])
            and not ends_sentence(text))


def _plain_title(text: str, d: Draft | None, page: int) -> bool:
    """A title the split stage found that is not set in capitals (``Lời ngỏ``, ``A Word to Our
    Readers``): trusted when it is short, opens with a capital, ends no sentence, and the open
    article's text before it on this page ends one (an OCR scrap labelled title cuts a
    sentence). Marks before its first letter or digit do not count: a display face's first
    capital OCR read with a speck or a stroke beside it (``-Ä\\ Review of ...``) still opens
    with a capital."""
    words = text.split()
    first = next((ch for ch in text if ch.isalnum()), "")
    return (0 < len(words) <= PLAIN_TITLE_WORDS and first.isupper()
            and not ends_sentence(text)
            and (d is None or not d.paragraphs or ends_sentence(d.paragraphs[-1].text)
                 or d.paragraphs[-1].sources[-1].page != page))


def with_title(draft: Draft) -> Draft:
    """An untitled draft whose first piece is a short text in capitals: that is its title."""
    if draft.title is not None:
        return draft
    if draft.intro is not None and looks_like_title(draft.intro.text):
        return replace(draft, title=draft.intro, intro=None)
    if draft.paragraphs and looks_like_title(draft.paragraphs[0].text):
        return replace(draft, title=draft.paragraphs[0], paragraphs=draft.paragraphs[1:])
    return draft


def title_goes_on(title: ArticlePiece, block: Block) -> bool:
    """Is the title-like ``block`` the next line of ``title``: on its page (a title does not
    turn a page), no more than ``BREAK_GAP`` below or above it (OCR may read a line out of
    order), or going on from it at the next column's head (the split stage links it,
    ``Block.continued_from``: a title broken at a column's foot)? A band over a page
    (``ENGLISH SECTION``, with the English contents set under it) is no first line of the
    title further down."""
    last = title.sources[-1]
    return last.page == block.page and (block.continued_from == last.block or (
        block.box[1] - last.box[3] <= BREAK_GAP and last.box[1] - block.box[3] <= BREAK_GAP))


def bare_title(draft: Draft, page: int) -> bool:
    """A title with nothing under it but what is no article's (contents, running heads) when
    the next title of its language comes on its page: a band over the page (``ENGLISH
    SECTION`` over the English contents), read as the rubric over that next title."""
    return (draft.title is not None and draft.title.sources[-1].page == page
            and title_only(draft) and not draft.sections)


def title_only(draft: Draft) -> bool:
    """Nothing under the draft's title yet."""
    return not (draft.paragraphs or draft.intro or draft.byline or draft.label or draft.keywords
                or draft.headings or draft.notes)


def title_again(draft: Draft, block: Block) -> bool:
    """Is ``block`` the open article's own title printed again, over its text on a page after
    a title page (a report's cover: the title, its byline, a contents strip), while the article
    holds no running text yet (no paragraph ending a sentence)? Two articles of one title (two
    greetings headed ``Thư chúc Tết``) each hold their text before the next title; a contents
    entry read as a title lists the title on the article's own page."""
    if (draft.title is None or block.page <= draft.title.sources[-1].page
            or any(ends_sentence(p.text) for p in draft.paragraphs)):
        return False
    return fuzz.ratio(folded_words(draft.title.text), folded_words(block.text)) >= SAME_TITLE_RATIO


def reread_role(block: Block, d: Draft | None, linked: bool) -> str:
    """The block's part in the open article ``d`` of its language, where the split stage's
    role is read again (:mod:`magpipe.align.reread`): a role, or ``label`` / ``keywords``.
    Split's rules tell most of these themselves now; the trained role model does not, and a
    byline at the next page's head or a title's odd last line are out of split's sight."""
    role, text = block.role, block.text
    if role == Role.TITLE and not looks_like_title(text) and not _plain_title(text, d, block.page):
        role = Role.BODY
    if role == Role.BYLINE and not _has_capital_word(text) and not _opens_with_name(text):
        role = Role.BODY
    if (role == Role.BYLINE and d is not None and d.title is not None and not d.paragraphs
            and d.intro is None and d.byline is None and reread.runs_on(d.title.text)
            and reread.continues_title(d.title.text, text)):
        return str(Role.TITLE)            # a title that cannot end here goes on (not a byline)
    if role not in (Role.BODY, Role.INTRO):
        return str(role)
    if d is None:
        return str(Role.TITLE if reread.starts_entry(text) else role)
    has_text = bool(d.paragraphs or d.keywords)
    if (has_text and reread.starts_entry(text)
            and not (d.paragraphs and continues(d.paragraphs[-1], block, linked))):
        return str(Role.TITLE)            # the next entry's title, read as body or intro
    headed = d.title is not None and not has_text and d.intro is None
    if (role == Role.BODY and headed and d.byline is None and d.label is None
            and d.title is not None and reread.continues_title(d.title.text, text)):
        return str(Role.TITLE)            # the title's next line, read as body (OCR)
    if role == Role.BODY and headed and d.byline is None and d.label is None \
            and reread.is_byline(text):
        return str(Role.BYLINE)           # a byline under the title
    if role == Role.BODY and headed and d.label is None and label_like(text):
        return str(Role.LABEL)
    if role == Role.BODY and (d.title is not None or has_text) and keywords_line(text) \
            and not (d.paragraphs and continues(d.paragraphs[-1], block, linked)):
        return str(Role.KEYWORDS)         # (a paragraph's rest, ``x: a, b``, is no keywords)
    return str(role)


def heads_next(draft: Draft) -> bool:
    """The draft's last piece is a section heading: the next text opens a paragraph."""
    return bool(draft.headings) and draft.headings[-1][0] == len(draft.paragraphs)


def heading_or_title(text: str, d: Draft | None) -> str:
    """A title-like block under an article (``d``, the open one) whose title is not numbered,
    itself numbered, is a section heading of that article
    (:func:`magpipe.align.sections.numbered_heading`)."""
    if (d is not None and d.title is not None and numbered_heading(text) is not None
            and numbered_heading(d.title.text) is None):
        return HEADING
    return str(Role.TITLE)
