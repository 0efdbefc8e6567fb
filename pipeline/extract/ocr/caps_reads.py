"""What the 'eng' reading of a line of capitals 'vie' read badly is worth (``garbled_caps``).

A display title set in capitals in a face of thin hairlines (a semi-bold display serif, its
diagonals lost in the scan's blur) is garbled by the 'vie' model: ``TREYCH 1MWB.ASSIDOR 10
VIET V.LM-VISITS`` for an English title, ``ĐA SỨ … VIỆT XÀM THYMWVÀLÀMWVIỆCTM`` for a
Vietnamese one. The line is read again with 'eng' in a stack of its own (``language_reads``);
two things are decided here, from the two readings alone (no OCR):

* whether the 'eng' reading is an English title (``english_caps``). Function words alone
  (``langpass.line_language``) miss one: ``ERENCH AMBASSADOR TO VIET NAM VISITS AND WORKS IN
  LANG`` has one (``AND``), a title's last line ``SON PROVINCE`` none. Its content words tell:
  English words (wordfreq ``WORD_ZIPF`` or more) that no bare Vietnamese syllable spells
  (``AMBASSADOR``, ``VISITS``, ``PROVINCE``), ``EN_SHARE`` of its words at least, where the
  'vie' reading shows Vietnamese letters (``ơ``, ``ạ``, ``đ`` …) in ``VI_SHARE`` of its words
  at most. The bench's scanned English display titles: 0 of 9 and 0 of 2 words with such
  letters, 4 of 10 and 1 of 2 English content words; the Vietnamese ones: 5-6 of 8-9 words
  with Vietnamese letters (the model keeps the marks of the syllables it reads), at most 1
  English content word (``TINT`` for ``TỈNH``) at wordfreq 3.2-3.5.
* in a Vietnamese line, which garbled words the 'eng' reading mends (``mended_caps``): a
  'vie' word read under ``GARBLED`` confidence whose place the 'eng' reading fills with words
  read at ``READ`` at least and ``SURER`` more surely, most of whose letters stand in words
  that read (``WORDED``; ``XÀM`` at 33 -> ``NAM`` at 95, ``THYMWVÀLÀMWVIỆCTM`` at 16 ->
  ``THAM VALAM VIEC TAI`` at 56-91, not ``LÀYG`` -> ``CHILANG``) takes those words, without
  marks (the repair stage puts marks back; ``NAM`` is nearer ``NAM`` than ``XÀM`` is); a
  word whose letters, marks aside, the 'eng' reading repeats (``ĐẠO`` / ``DAO``) keeps its
  marks. Words read well keep the 'vie' reading.

Pure logic on OCR words, no I/O.
"""

from __future__ import annotations

import re

from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.text.damage import has_vietnamese_only_letter
from magpipe.text.english_zipf import english_zipf
from magpipe.text.reading import EDGE_PUNCTUATION, reads_as_word
from magpipe.text.vietnamese import is_bare_syllable, strip_diacritics

WORD_ZIPF = 4.0     # wordfreq Zipf frequency of an English content word (``AMBASSADOR`` 4.3,
                    # ``PROVINCE`` 4.5; the 'eng' misreadings of Vietnamese capitals that are
                    # English words, ``TINT``, ``DANI``, ``JANEIRO``, 3.2-3.5)
CONTENT_LETTERS = 3  # letters of an English content word, at least (``IL`` is no evidence)
EN_SHARE = 0.25     # share of the 'eng' reading's words that are English content words, at least
VI_SHARE = 0.2      # share of the 'vie' reading's words with a Vietnamese letter, at most (the
                    # share ``langpass.line_language`` allows a line it calls English)
GARBLED = 50.0      # 'vie' confidence under which a word of a Vietnamese line may be mended
READ = 50.0         # mean 'eng' confidence of the words that mend it, at least
SURER = 20.0        # ... and this much above the 'vie' word's
WORDED = 0.5        # share of their characters in words that read (a number, an English word,
                    # a Vietnamese syllable with or without its marks), at least, and no less
                    # than the 'vie' word's own: ``MỘT`` read doubtfully is no garbled word,
                    # ``VAMOT`` no mend of it; ``NAM`` mends ``XÀM`` (a syllable too, but read
                    # at 33 where ``NAM`` is read at 95)

_LETTERS = re.compile(r"[A-Za-z]+")
_EDGES = ".,;:!?()[]“”\"'’‘-–/"


def _tokens(words: list[OcrWord]) -> list[str]:
    return [t for t in (w.text.strip(_EDGES) for w in words) if t[:1].isalpha()]


def _content_word(token: str) -> bool:
    """An English word of some frequency and length that no bare Vietnamese syllable spells."""
    return len(token) >= CONTENT_LETTERS and _LETTERS.fullmatch(token) is not None and \
        not is_bare_syllable(token) and english_zipf(token.lower()) >= WORD_ZIPF


def _level(words: list[OcrWord]) -> bool:
    """The words' box is wider than high: a level line, not a tab's word set down the page
    (``THỐNG`` over ``TI`` read a letter a line, its 'eng' reading ``DNOHL IL`` upside down)."""
    return max(w.left + w.width for w in words) - min(w.left for w in words) >= \
        max(w.top + w.height for w in words) - min(w.top for w in words)


def english_caps(first: list[OcrWord], second: list[OcrWord]) -> bool:
    """The 'eng' reading ``second`` of lines of capitals whose 'vie' reading is ``first`` is
    an English title (module doc)."""
    read, vie = _tokens(second), _tokens(first)
    if not read or not vie or not _level(first):
        return False
    return sum(map(_content_word, read)) >= EN_SHARE * len(read) and \
        sum(map(has_vietnamese_only_letter, vie)) <= VI_SHARE * len(vie)


def _mean(words: list[OcrWord]) -> float:
    return sum(w.conf for w in words) / len(words)


def _reads(token: str) -> bool:
    """A number, an English word or a Vietnamese syllable, with its marks or without them."""
    return reads_as_word(token) or is_bare_syllable(token.strip(EDGE_PUNCTUATION))


def _worded(words: list[OcrWord]) -> float:
    """The share of the words' characters that stand in words that read (``_reads``)."""
    total = sum(len(w.text) for w in words)
    return sum(len(w.text) for w in words if _reads(w.text)) / total if total else 0.0


def mended_caps(line: list[OcrWord], second: list[OcrWord]) -> list[OcrWord]:
    """The Vietnamese line of capitals ``line`` with its garbled words replaced by the words
    of the 'eng' reading ``second`` (in page pixels) that stand in their place (module doc)."""
    if not _level(line):
        return line
    out: list[OcrWord] = []
    for word in line:
        inside = sorted((w for w in second
                         if word.left <= w.left + w.width / 2 <= word.left + word.width),
                        key=lambda w: w.left)
        if word.conf >= GARBLED or not inside or _mean(inside) < max(READ, word.conf + SURER) \
                or strip_diacritics(word.text) == " ".join(w.text for w in inside) \
                or _worded(inside) < max(WORDED, _worded([word])):
            out.append(word)
            continue
        out.extend(OcrWord(w.text, w.left, w.top, w.width, w.height, w.conf, word.line,
                           word.block, word.line_height) for w in inside)
    return out
