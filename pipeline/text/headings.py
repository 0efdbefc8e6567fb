"""How the heads of pages and articles read as text, in both languages, set down once for the
split stage (which reads them with the page's geometry) and align (which reads them again in
the article being built):

* the heading that names a contents page: a contents page whose entries an OCR copy reads
  without their page numbers (a lone number far right of its entry is easily lost) is still
  named by its heading, compared without marks and case so that OCR's ``MUC LUC`` counts;
* text set in capitals (a title, a byline, a lead), and the longest a title runs;
* a label over an article's text (``Tóm tắt``, ``Abstract``) and a keywords line after it
  (``Từ khóa: Lạng Sơn; Hữu Nghị``);
* a jump line sending the reader to the page an article goes on on, or back to where it came
  from (``(Xem tiếp trang 3)``, ``(Continued from page 2)``);
* the number that opens a numbered section heading (``2. CHAIRMAN OF ...``);
* the mark that opens a footnote (``¹ Theo số liệu ...``, ``* Titles are ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from magpipe.text.folding import folded_letters, unmarked
from magpipe.text.speakers import speaker_label

CAPS_SHARE = 0.7      # share of capitals: a paragraph set in capitals among mixed-case body text
TITLE_CHARS = 250     # most characters of a title (a long one in a narrow column: 7 lines)
LABEL_WORDS = 3       # most words of a label over an article's text, or of a keywords label
SIGNATURE_WORDS = 16  # most words of a signature (a name and a long office)
KEYWORDS_CHARS = 300  # most characters of a keywords line
# most words of one term of a keywords line: a name or a short noun phrase, counted in syllables
# in Vietnamese (``Khu tự trị dân tộc Choang Quảng Tây``, eight). A sentence that lists after a
# colon (``Tham gia Đoàn: đại biểu có đồng chí ..., Uỷ viên ...; ... cùng Lãnh đạo một số sở,
# ngành``, an OCR copy reading a colon in ``Tham gia Đoàn đại biểu``) has clauses for terms
KEYWORD_TERM_WORDS = 8
# "Từ khóa: Lạng Sơn; Hữu Nghị", "Keywords: Viet Nam; ...": a label of a few words and a colon,
# then terms cut by semicolons or commas, no sentence (a closing full stop aside)
_KEYWORDS = re.compile(rf"^\W*[^\W\d_]+(?:\s+[^\W\d_]+){{0,{LABEL_WORDS - 1}}}\s*:\s*"
                       r"\S[^.!?]*[;,][^.!?]*\.?$")
_WORD = re.compile(r"[^\W\d_]+")
_TERM_CUT = re.compile(r"[;,]")

# "MỤC LỤC", "CONTENTS", "TABLE OF CONTENTS", "IN THIS ISSUE", "TRONG SỐ NÀY" (marks stripped);
# "INSIDE", "INSIDE THIS ISSUE" (a newsletter's box of contents). Not "NỘI DUNG": reports
# head a part of their text so too
CONTENTS_HEADINGS = frozenset({"muc luc", "contents", "table of contents", "in this issue",
                               "trong so nay", "inside", "inside this issue"})
# ... the same with no spaces: a heading set letter-spaced, which OCR cuts into pieces at
# its wide letter spaces (``| N TH IS ISS U E``)
_SQUEEZED_HEADINGS = frozenset(h.replace(" ", "") for h in CONTENTS_HEADINGS)
# a capital I standing apart in a letter-spaced heading, which OCR reads as a bar
_BAR_AS_I = str.maketrans({"|": "I"})


def contents_heading(text: str) -> bool:
    """The text is a contents page's heading (marks, case, spacing and punctuation aside; a
    heading set letter-spaced is read with its pieces run together)."""
    folded = folded_letters(text)
    return folded in CONTENTS_HEADINGS or \
        folded_letters(text.translate(_BAR_AS_I)).replace(" ", "") in _SQUEEZED_HEADINGS


# ``upper_share`` of the texts last asked: the role rules ask it of a page's blocks and lines
# pass after pass (of 8,564 asks over the development families' born-digital pages, 4,835
# were new)
UPPER_MEMO = 8192


@lru_cache(maxsize=UPPER_MEMO)
def upper_share(text: str) -> float:
    """The share of the text's letters set in capitals (0 without letters)."""
    letters = "".join(filter(str.isalpha, text))    # (C loops: asked of every block's text)
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


def in_capitals(text: str) -> bool:
    """Set in capitals: at least ``CAPS_SHARE`` of the letters (a title's or a byline's)."""
    return upper_share(text) >= CAPS_SHARE


def keywords_line(text: str) -> bool:
    """A keywords line: ``Label: term; term`` in at most ``KEYWORDS_CHARS`` characters, the
    label opening with a capital (a heading's word: ``Từ khóa``, ``Keywords``; a block opening
    in lower case runs on from text before it: ``ngành: Ngoại vụ, Văn hoá, ...`` at a page's
    head, the end of a sentence that lists the offices of a delegation). A turn of an
    interview opening with a speaker label (``Ông Nam: ...``, a sentence of clauses) is none,
    and so is a sentence listing clauses after a colon (a term longer than
    ``KEYWORD_TERM_WORDS``)."""
    text = text.strip()
    first = _WORD.search(text)
    return (len(text) <= KEYWORDS_CHARS and _KEYWORDS.match(text) is not None
            and first is not None and first.group()[0].isupper()
            and speaker_label(text) is None
            and max(len(term.split()) for term in
                    _TERM_CUT.split(text.partition(":")[2])) <= KEYWORD_TERM_WORDS)


def label_like(text: str) -> bool:
    """Shaped like a label over an article's text: one to ``LABEL_WORDS`` words, letters only,
    not in capitals, no sentence end (``Tóm tắt``, ``Abstract``)."""
    words = text.split()
    return (0 < len(words) <= LABEL_WORDS and not in_capitals(text)
            and all(_WORD.fullmatch(w) for w in words))


# "(Xem tiếp trang 3)", "(Tiếp theo trang 2)", "(Continued on page 3)", "Continued from page 2",
# "(See page 4)", "(Xem trang 4)", "Tiếp theo ở trang 4" ("continued at page 4": onward, where
# "Tiếp theo trang 2" without "ở" says where it came from), "More on page 4": compared without
# marks and case (OCR drops marks); the parentheses and a closing full stop are optional.
# ``back`` names the lines that say where the article came from.
_JUMP = re.compile(r"^\W*(?:tiep\s+theo\s+o|(?P<back>tiep\s+theo|continued\s+from)"
                   r"|xem\s+tiep(?:\s+o)?|tiep|xem|continued(?:\s+(?:on|to|at))?|see|turn\s+to"
                   r"|more\s+on)"
                   r"\s+(?:trang|page|p\.?)\s*(?P<page>\d{1,3})\W*$")
JUMP_CHARS = 40        # most characters of a jump line
# "1. LÃNH ĐẠO ...", "2.1. Background", "3) Results", "IV. KẾT LUẬN": a section's number (Arabic,
# or Roman), then its heading's first letter
_SECTION_NUMBER = re.compile(r"^\s*(?P<label>(?P<first>\d{1,2})(?:\.\d{1,2})*|[IVX]{1,5})[.)]"
                             r"\s+(?=[^\W\d_])")


# "1 TALKS BETWEEN ...": the number of a section heading in capitals whose stop OCR lost (a
# speck, a blur); read only for a first heading, the run after it being numbered as printed
_BARE_NUMBER = re.compile(r"^\s*(?P<first>\d{1,2})\s+(?=[^\W\d_]{2,}\b)")


@dataclass(frozen=True)
class Jump:
    onward: bool        # True: "continued on page N"; False: "continued from page N"
    page: int


def jump_line(text: str) -> Jump | None:
    """A jump line: where the article goes on, or where it came from (``(Xem tiếp trang 3)``,
    ``(Tiếp theo trang 2)``, ``(Continued on page 3)``, ``(Continued from page 2)``), with the
    page it names; else None."""
    if len(text) > JUMP_CHARS:
        return None
    found = _JUMP.match(unmarked(text).strip())
    return Jump(found.group("back") is None, int(found.group("page"))) if found else None


def section_label(text: str) -> str | None:
    """The number opening a numbered section heading as printed (``2.1. Background`` -> ``2.1``,
    ``IV. KẾT LUẬN`` -> ``IV``), if any."""
    found = _SECTION_NUMBER.match(text)
    return found.group("label") if found else None


def section_number(text: str) -> int | None:
    """The first Arabic number opening a numbered section heading (``2. CHAIRMAN ...`` -> 2),
    if any."""
    found = _SECTION_NUMBER.match(text)
    return int(found.group("first")) if found and found.group("first") else None


def bare_section_number(text: str) -> int | None:
    """The number opening a heading whose stop after it OCR lost (``1 TALKS ...`` -> 1), if
    any (``_BARE_NUMBER``)."""
    found = _BARE_NUMBER.match(text)
    return int(found.group("first")) if found else None


# superscript digits: a footnote's number, in the text and before the note
SUPERSCRIPT_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# superscript digits, asterisk, dagger and double dagger: what opens a footnote at a page's foot
NOTE_MARKS = SUPERSCRIPT_MARKS + "*†‡"


def footnote_like(text: str) -> bool:
    """The text opens with a footnote's mark (``¹ Theo số liệu ...``)."""
    text = text.lstrip()
    return bool(text) and text[0] in NOTE_MARKS


# what OCR makes of a footnote's superscript mark: a lone digit, ``?`` or a quote before a word
_OCR_NOTE_MARK = re.compile(r"^\s*(?:[1-9?*#°]\s+|[‘'`’]\s*)[^\W\d_]")


def ocr_note_mark(text: str) -> bool:
    """The text opens with what OCR reads for a footnote's mark (``1 Các chức danh``,
    ``? Theo số liệu``, ``‘Titles are``): weak alone, to be read with the text's size."""
    return _OCR_NOTE_MARK.match(text) is not None
