"""One photographer, one name: a caption's two credits made to agree where OCR lost a word or
misread a letter of one of them.

A caption's Vietnamese credit (``Ảnh: TRÍ DŨNG``) and English credit (``Photo: TRI DUNG``)
name one photographer, the English one without marks. On a scan they often disagree:

* one is cut short: its name's last word wrapped onto a line of its own, which the layout
  gave to another block (``Ảnh: TRÍ`` / ``Photo: TRI DUNG``; ``Ảnh: Phạm Hương`` /
  ``Photo: PHAM``). The longer credit opens with every word of the shorter (each a letter
  apart at most: ``TRẺ DÙNG`` / ``TRI``), so the shorter is completed from it, and a slip
  in the words both read is then mended as below (:func:`agreed_credits`);
* one has a letter misread (``LA MAI`` / ``LA MAT``, ``Thí DŨNG`` / ``TRI DUNG``,
  ``MIẠNH.KIÊN`` / ``MANH KIEN``): the credits have the same number of words, each pair at
  most a letter apart. In each pair apart, the word that shows a flaw gives way to the
  other: a word of a reading with a character that is no letter inside the name
  (``MIẠNH.KIÊN``) or with words in mixed cases where a name is set in one (``Thí DŨNG``),
  or a word that is no Vietnamese syllable (``DŨSG``, ``FRI``), or whose tone no syllable of
  its ending takes (``MAT``: a syllable closed by ``p``, ``t``, ``c`` or ``ch`` takes only the
  sắc or nặng tone, so a Vietnamese credit printed with its marks never reads ``MAT``; it
  is ``MAI`` misread). A reading that names a photographer the document credits elsewhere
  with both readings agreeing (``known``) is trusted over one that names nobody else
  (``TRÍ BŨNG`` / ``TRI DUNG`` where other captions credit ``TRÍ DŨNG`` / ``TRI DUNG``):
  a magazine's few photographers recur from caption to caption. When neither word shows
  one, the Vietnamese reading is kept, the English credit being by convention its copy
  without marks; when both do, the credits are left as read.

A name in capitals holds no digit: a digit OCR read inside one (``GI4NG``, ``4NH``) is the
letter it looks like (``_lettered``), given back before the readings are compared.

Only the letters are taken from the other reading: a Vietnamese word corrected from the
English one keeps the marks of the letters it kept (``MIẠNH`` -> ``MẠNH``). Credits that
differ any other way are left as read (two photographers, or a name too far gone to
guess). Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.text.credits import COLLECTED_EN, COLLECTED_VI
from magpipe.text.folding import unmarked
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_bare_syllable,
    is_syllable_shape,
    is_valid_syllable,
    strip_diacritics,
)
from rapidfuzz.distance import Levenshtein

log = logging.getLogger(__name__)

_LETTERS = re.compile(r"[^\W\d_]+")     # a name's words, read without what OCR put between
# digits OCR reads for the capitals they look like, and where: between two capitals, or
# opening a word before two (a digit ending a word may be printed: ``VTV1``)
LOOK_ALIKE = str.maketrans("04158", "OAISB")
_DIGIT_IN_NAME = re.compile(r"(?<=[^\W\d_])\d(?=[^\W\d_])|(?<![^\W_])\d(?=[^\W\d_]{2})")
SLIP_LETTERS = 1    # most letters apart two readings of one word may be (an OCR slip): a
                    # name two letters apart in a short word is as likely another name


def _case(word: str) -> str:
    """``upper``, ``title`` or ``other`` (``ThÍ``, ``tRI``): how the word is set."""
    if word.isupper():
        return "upper"
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return "title"
    return "other"


def _set_like(word: str, case: str) -> str:
    return word.upper() if case == "upper" else word.capitalize() if case == "title" else word


def _flawed(credit: str) -> bool:
    """The reading shows a slip of its own: a character that is neither a letter nor a space
    inside the name (``MIẠNH.KIÊN``), or words set in different cases (``Thí DŨNG``)."""
    if any(not (c.isalpha() or c.isspace()) for c in credit.strip()):
        return True
    cases = {_case(w) for w in credit.split() if len(w) > 1}
    return "other" in cases or len(cases) > 1


def _lettered(credit: str) -> str:
    """The credit with each digit read inside a name in capitals given back as the capital it
    looks like (``VU GI4NG`` -> ``VU GIANG``, ``KIEU 4NH`` -> ``KIEU ANH``)."""
    def letter(m: re.Match[str]) -> str:
        word = m.string[max(m.start() - 1, 0):m.end() + 1]
        return m.group(0).translate(LOOK_ALIKE) if word.upper() == word else m.group(0)
    return _DIGIT_IN_NAME.sub(letter, credit) if any(c.isdigit() for c in credit) else credit


def _vi_word(word: str) -> bool:
    """The Vietnamese credit's word is a syllable as Vietnamese spells it, tone and all
    (``MAI``, ``DŨNG``; not ``MAT``, which no syllable closed by ``t`` spells without a mark)."""
    return is_syllable_shape(word) and is_valid_syllable(word.lower())


def _name_case(words: list[str], fallback: str) -> str:
    """The case the name is set in: its words' most common one (``upper`` for ties)."""
    cases = [_case(w) for w in words if len(w) > 1 and _case(w) != "other"]
    if not cases:
        return fallback
    return max(("upper", "title"), key=cases.count)


def _respelled(word: str, letters: str) -> str:
    """``word`` given the letters of ``letters`` (another reading of it), keeping the marks of
    the letters both share: ``MIẠNH`` / ``MANH`` -> ``MẠNH``."""
    folded = unmarked(word)
    if len(folded) != len(word):
        return letters
    out = []
    for op in Levenshtein.opcodes(folded, letters.lower()):
        out.append(word[op.src_start:op.src_end] if op.tag == "equal"
                   else letters[op.dest_start:op.dest_end])
    return "".join(out)


def _completed(credit: str, credit_en: str) -> tuple[str, str] | None:
    """The two credits when one opens with every word of the other (each ``SLIP_LETTERS``
    apart at most) and goes on: the shorter given the longer's last words (the English one
    without marks); None otherwise."""
    vi, en = _LETTERS.findall(credit), _LETTERS.findall(credit_en)
    n = min(len(vi), len(en))
    if len(vi) == len(en) or n == 0 or any(
            Levenshtein.distance(unmarked(a), unmarked(b)) > SLIP_LETTERS
            for a, b in zip(vi[:n], en[:n], strict=True)):
        return None
    if len(vi) < len(en):
        case = _name_case(en[:n], "upper")
        if not all(_case(w) == case and is_bare_syllable(w) for w in en[n:]):
            return None     # not the rest of the name: English words (``Mr``, ``The``)
        case = _name_case(vi, _case(en[-1]))
        rest = " ".join(_set_like(w, case) for w in en[n:])
        log.debug("Vietnamese credit %r cut short: completed from %r", credit, credit_en)
        return f"{credit} {rest}", credit_en
    more = vi[n:]
    if not all(w.isupper() or has_vietnamese_marks(w) for w in more):
        return None     # words of the English text run on after the credit, not a name
    case = _name_case(en, _case(more[-1]))
    rest = " ".join(_set_like(strip_diacritics(w), case) for w in more)
    log.debug("English credit %r cut short: completed from %r", credit_en, credit)
    return credit, f"{credit_en} {rest}"


def known_name(credit: str) -> str:
    """A credit's name as compared with those credited elsewhere: its words without marks or
    case."""
    return " ".join(unmarked(w) for w in _LETTERS.findall(credit))


def _slips_fixed(credit: str, credit_en: str, known: frozenset[str]) -> tuple[str, str] | None:
    """The two credits when they have as many words, each pair at most ``SLIP_LETTERS``
    apart (some pair apart): in each pair apart, the misread word given the other's letters;
    None otherwise. ``known``: names (``known_name``) the document credits elsewhere."""
    vi, en = _LETTERS.findall(credit), _LETTERS.findall(credit_en)
    if len(vi) != len(en) or not vi:
        return None
    apart = [Levenshtein.distance(unmarked(a), unmarked(b)) for a, b in zip(vi, en, strict=True)]
    if not any(apart) or max(apart) > SLIP_LETTERS:
        return None
    vi_flawed, en_flawed = _flawed(credit), _flawed(credit_en)
    # a reading naming a photographer credited elsewhere, the other naming nobody known
    vi_known, en_known = known_name(credit) in known, known_name(credit_en) in known
    vi_flawed = vi_flawed or (en_known and not vi_known)
    en_flawed = en_flawed or (vi_known and not en_known)
    vi_case, en_case = _name_case(vi, _name_case(en, "upper")), _name_case(en, "upper")
    vi_out, en_out = list(vi), list(en)
    for k, (a, b, d) in enumerate(zip(vi, en, apart, strict=True)):
        if not d:
            continue
        # a word is suspect in a flawed reading, or when it is no syllable (``DŨSG``, ``FRI``;
        # the Vietnamese one also with a tone its ending never takes, ``MAT``)
        vi_bad = vi_flawed or not _vi_word(a)
        en_bad = en_flawed or not is_bare_syllable(b)
        if vi_bad and en_bad:
            return None     # neither reading can be trusted over the other
        if vi_bad:
            vi_out[k] = _set_like(_respelled(a, strip_diacritics(b)), vi_case)
        else:
            en_out[k] = _set_like(strip_diacritics(a), en_case)
    fixed = (" ".join(vi_out) if vi_out != vi else credit,
             " ".join(en_out) if en_out != en else credit_en)
    log.debug("credits %r / %r misread: read as %r / %r", credit, credit_en, *fixed)
    return fixed


def agreed_credits(credit: str | None, credit_en: str | None,
                   known: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """A caption's (Vietnamese, English) credits made to name one photographer where one
    reading lost its last word(s) or misread a letter; as read otherwise. ``known``: the names
    (``known_name``) of photographers the document credits elsewhere, both readings agreeing."""
    credit = _lettered(credit) if credit is not None else None
    credit_en = _lettered(credit_en) if credit_en is not None else None
    if credit is None or credit_en is None or COLLECTED_VI in (credit, credit_en) \
            or COLLECTED_EN in (credit, credit_en):
        return credit, credit_en
    credit, credit_en = _completed(credit, credit_en) or (credit, credit_en)
    return _slips_fixed(credit, credit_en, known) or (credit, credit_en)
