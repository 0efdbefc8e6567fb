"""Photo credits and mixed captions: how they are printed, how OCR reads them, and the one
parser of ``<vi>. Ảnh: NAME/ <en>. Photo: NAME``, as tokens (extract, repair, split) and as
text (align).

``Ảnh:`` opens the Vietnamese credit and ``Photo:`` the English one. OCR reads the hook
of ``Ả`` as other marks (``Ánh``, ``Ạnh``) or drops it (``Anh``), and the colon as a
semicolon; these patterns accept those readings, never a label without its colon.
Pure logic, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# regex: "Ảnh" as printed or as OCR reads it, or "Nguồn" (a photo's source, credited the same
# way: ``Nguồn: TTXVN``, ``Source: VNA``), with the marks OCR gives its ô
VI_LABEL = "(?:[AẢÁÀẠÃ]nh|Ngu[ồôoốổ]n)"
VI_LABEL_UPPER = "[AẢÁÀẠÃ]NH"
EN_LABEL = "(?:Photo|Source)"
COLON = "[:;]"                  # regex: the label's colon, or OCR's semicolon for it
VI_LABEL_WORD = "ảnh"           # the label as it is written
VI_LABEL_WORDS = frozenset({"ảnh", "anh", "ánh", "ành", "ạnh", "ãnh", "nguồn", "nguon"})
# A token opening the Vietnamese credit: the label glued to its colon, in any case.
VI_LABEL_TOKEN = re.compile(rf"^{VI_LABEL}{COLON}", re.IGNORECASE)
# The slash between a caption's Vietnamese credit and its English half (``VŨ GIANG/ The``,
# ``LY/Ms.``): a slash not between digits (``10/2025``) nor doubled (``http://``).
CAPTION_SLASH = re.compile(r"(?<![\d/])/(?![\d/])")
CREDIT_SPAN = 8     # tokens from the label to the one holding the slash, at most (label, name)
# A line that starts a credit (split: a short one ends a caption, never a paragraph).
CREDIT_LINE = re.compile(r"^\(?(?:Photo|Collected photo|Ảnh|Source|Nguồn)\b", re.IGNORECASE)
# A line ending in a credit label, or in a label and up to two words of the name, whose name
# the next line holds or ends ("... 2025. Photo:" / "KHONG NGHIA", "Photo: TRI" / "DUNG").
CREDIT_LABEL_END = re.compile(rf"(?:^|\s)(?P<label>{EN_LABEL}|{VI_LABEL})\s*{COLON}"
                              r"(?P<name>(?:\s+\S+){0,2})$", re.IGNORECASE)
# A credit anywhere in a block's text (split: a block holding one is a caption or credit).
# (a credit set in parentheses after the caption, ``... làm việc. (Ảnh: KHÁNH LY)``, counts)
CREDIT_MARK = re.compile(rf"(?:^|[\s(]){VI_LABEL}\s*{COLON}|Ảnh sưu tầm|{EN_LABEL}\s*{COLON}"
                         r"|Collected photo", re.IGNORECASE)
# A credit closing a block's text: its label, a name of a few words, perhaps in parentheses
# (``... Editor-in-Chief. Photo: Minh Duc``; ``... làm việc. (Ảnh: KHÁNH LY)``).
_CLOSING_EN = re.compile(rf"(?:^|[\s(]){EN_LABEL}\s*{COLON}\s*[^:;()]{{1,60}}\)?\.?\s*$",
                         re.IGNORECASE)
_CLOSING_VI = re.compile(rf"(?:^|[\s(]){VI_LABEL}\s*{COLON}\s*[^:;()]{{1,60}}\)?\.?\s*$",
                         re.IGNORECASE)
_ANY_VI_LABEL = re.compile(rf"(?:^|[\s(]){VI_LABEL}\s*{COLON}", re.IGNORECASE)
_ANY_EN_LABEL = re.compile(rf"(?:^|[\s(]){EN_LABEL}\s*{COLON}", re.IGNORECASE)


def closing_credit_lang(text: str) -> str | None:
    """The language of the credit label that closes ``text`` (``en``: ``Photo:``, ``Source:``;
    ``vi``: ``Ảnh:``, ``Nguồn:``) when the text holds no label of the other language (a mixed
    caption holds both), else None. A caption's own language: its names may carry marks in
    both languages, its label does not."""
    if _CLOSING_EN.search(text) and not _ANY_VI_LABEL.search(text):
        return "en"
    if _CLOSING_VI.search(text) and not _ANY_EN_LABEL.search(text):
        return "vi"
    return None


_PHOTO = re.compile(r"^\(?(?:Photo|Photos|Source)[:.]?$|^\(?(?:Photo|Source):", re.IGNORECASE)


def is_vi_label(tokens: Sequence[str], i: int) -> bool:
    """Token ``i`` opens a Vietnamese credit: ``Ảnh:`` or ``Ảnh`` followed by ``:`` / ``;``."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return bool(VI_LABEL_TOKEN.match(tokens[i])) or (
        tokens[i].lower() in VI_LABEL_WORDS and nxt[:1] in (":", ";"))


def credit_start(tokens: Sequence[str]) -> int | None:
    """Index of the first Vietnamese credit label (``Ảnh:``, ``Ảnh sưu tầm``), or None."""
    for i, tok in enumerate(tokens):
        if is_vi_label(tokens, i):
            return i
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if tok.lower() in ("ảnh", "anh") and nxt in ("sưu", "suu"):
            return i
    return None


def credit_slash_end(tokens: Sequence[str], start: int) -> int | None:
    """Index just after the token holding the credit's slash (within ``CREDIT_SPAN`` of the
    label at ``start``), or None when there is none."""
    return next((j + 1 for j in range(start, min(len(tokens), start + CREDIT_SPAN))
                 if "/" in tokens[j]), None)


def credit_end(tokens: Sequence[str]) -> int | None:
    """Index just after a Vietnamese credit ``Ảnh: NAME/`` (the token holding the slash), or
    None when the tokens hold none."""
    start = credit_start(tokens)
    return None if start is None else credit_slash_end(tokens, start)


@dataclass(frozen=True)
class CaptionParts:
    """Token ranges [start, end) of a mixed caption's halves; ``None`` for a missing half."""

    vi: tuple[int, int] | None
    credit: tuple[int, int] | None
    en: tuple[int, int] | None
    carry: str = ""      # text after the slash of the credit's last token (``LY/Ms.`` -> ``Ms.``)


def split_caption(tokens: Sequence[str]) -> CaptionParts | None:
    """Cut ``<vi>. Ảnh: NAME/ <en>. Photo: NAME`` (as tokens) into its three parts.

    The credit is ``Ảnh: NAME/`` (or ``Ảnh sưu tầm/``): it ends at the first token holding a
    slash. ``None`` when the tokens hold no Vietnamese credit. A token like ``LY/Ms.`` that holds
    the slash and the start of the English half belongs to the credit; the text after its
    slash is ``carry``, the start of the English half.
    """
    start = credit_start(tokens)
    if start is None:
        return None
    end = credit_slash_end(tokens, start)
    if end is None:          # no slash: the credit runs over the capitalised name
        end = start + 1
        # (a name set in capitals ends at the first word that is not: ``TRÍ DŨNG`` / ``Mr.
        # Doan``, the English caption's first words run on after the credit)
        capitals = end < len(tokens) and tokens[end].isupper()
        while end < len(tokens) and end < start + 6 and tokens[end][:1].isupper() \
                and not _PHOTO.match(tokens[end]) and (tokens[end].isupper() or not capitals):
            end += 1
    vi = (0, start) if start > 0 else None
    carry = tokens[end - 1].split("/", 1)[1] if "/" in tokens[end - 1] else ""
    en = (end, len(tokens)) if end < len(tokens) else None
    if carry and en is None:
        en = (end, end)
    return CaptionParts(vi=vi, credit=(start, end), en=en, carry=carry)


def caption_halves(words: Sequence[str]) -> list[tuple[int, int]]:
    """Word ranges of a line cut at a caption's language switch: ``... VŨ GIANG/ The ...``
    or ``... LY/Ms. Tran ...`` (a ``CAPTION_SLASH``)."""
    halves, start = [], 0
    for i, word in enumerate(words):
        if CAPTION_SLASH.search(word):
            cut = i if word.startswith("/") else i + 1
            if start < cut < len(words):
                halves.append((start, cut))
                start = cut
    halves.append((start, len(words)))
    return halves


# --- captions as strings (align) -------------------------------------------------------------

COLLECTED_VI, COLLECTED_EN = "Ảnh sưu tầm", "Collected photo"
_VI_COLLECTED = re.compile(r"\(?\s*[AẢ]nh\s+s[uư]u\s+t[aầ]m\s*\)?\s*/?\s*$", re.I)
_EN_COLLECTED = re.compile(r"\(?\s*(?:Collected\s+photo|Photo\s*:\s*Collected)\s*\)?\.?\s*$", re.I)
_VI_CREDIT = re.compile(rf"\(?\s*{VI_LABEL}(?:\s*/\s*{EN_LABEL})?\s*{COLON}\s*"
                        r"(?P<name>[^/:;]+?)\s*\)?\s*/?\s*$")
# OCR specks around a name ("Photo: * TRI DUNG", "Photo: THUY LINH -"): marks of no letter
_SPECKS = r"(?:[^\w\s/]+\s+)?"
_EN_CREDIT = re.compile(rf"\(?\s*(?:Ảnh\s*/\s*)?{EN_LABEL}\s*{COLON}\s*{_SPECKS}(?P<name>[^:;]+?)"
                        r"[\s.,:;*'‘’`^~_-]*\)?[\s.,:;*'‘’`^~_-]*$")
# Credits printed without a colon, after the caption's sentence or on a line of their own:
# ``Ảnh - NAME`` / ``Photo - NAME``, ``Photo by NAME`` (``Photos by``, ``Photographed by``),
# ``© NAME`` (either language), ``Photo courtesy of NAME`` / ``Courtesy of NAME``, each
# perhaps in parentheses. Without the colon the label could be a word of the sentence, so the
# form must open the text or follow a sentence's end or a parenthesis, and the name be a few
# words each opening with a capital or a digit (``TRÍ DŨNG``, ``Minh Đức``, ``VNA``, ``AFP``).
CREDIT_NAME_WORDS = 6
CREDIT_NAME_JOINS = frozenset({"của", "of", "and", "và", "&", "/"})   # words inside a credit
_FORM_NAME = rf"(?P<name>\S+(?:[ \t]+\S+){{0,{CREDIT_NAME_WORDS - 1}}})"
_OPENS = r"(?:^|(?<=[.!?…:;”\")\]])\s+|\s*\(|\n)\s*"
_DASH = r"\s+[-–—]\s*"
_FORM_END = r"\s*\)?[\s.]*/?\s*$"
_VI_FORM = re.compile(rf"{_OPENS}\(?(?:{VI_LABEL}{_DASH}|©\s*){_FORM_NAME}{_FORM_END}")
_EN_FORM = re.compile(rf"{_OPENS}\(?(?:(?:Photo|Source){_DASH}|(?:Photos?|Photographed)\s+by\s+"
                      r"|©\s*|(?:Photo\s+)?[Cc]ourtesy(?:\s+of)?\s+)"
                      rf"{_FORM_NAME}{_FORM_END}")
_MIXED = re.compile(rf"(?P<vi>.*?)\s*(?P<credit>(?:{VI_LABEL}\s*{COLON}\s*[^/:;]+?"
                    r"|[AẢ]nh\s+s[uư]u\s+t[aầ]m))\s*/\s*(?P<en>.*)$", re.S | re.I)


def opens_with_vi_credit(text: str) -> bool:
    """The text is a Vietnamese credit ``Ảnh: NAME`` (alone, or ending in its slash)."""
    return _VI_CREDIT.match(text) is not None


def mixed_halves(text: str) -> tuple[str, str] | None:
    """``<vi> Ảnh: NAME/ <en>`` as (``<vi> Ảnh: NAME``, ``<en>``); None when the text is not a
    Vietnamese half with its credit followed by an English half."""
    m = _MIXED.match(text)
    if m and m.group("en").strip():
        return f"{m.group('vi')} {m.group('credit')}", m.group("en")
    return None


def _name(text: str) -> str | None:
    """A photographer's name as read: letters, spaces, dots and hyphens inside it; OCR specks
    (quotes, asterisks, a stray punctuation word) dropped."""
    words = [w.strip(".-") for w in re.sub(r"[^\w\s.-]|_", " ", text).split()]
    return _clean(" ".join(w for w in words if any(c.isalpha() for c in w)))


def _clean(text: str) -> str | None:
    """Runs of white space as one space, ends stripped of spaces and slashes (``re``'s ``\\s``
    and ``str.split`` take the same characters for white space)."""
    text = " ".join(text.split()).strip(" /")
    return text or None


# What a text must hold for each credit form to match in it: tests of substrings the form's
# pattern cannot match without (its label, colon, dash or sign). The patterns are anchored at
# the text's end but tried from every position, and most texts asked about (every caption
# half, every block beside a photo) hold no credit: the tests spare them the patterns.
def _dash_label(text: str) -> bool:       # ``Ảnh - NAME``: a Vietnamese label and a dash
    return ("-" in text or "–" in text or "—" in text) and ("nh" in text or "Ngu" in text)


_VI_FORMS = (
    (_VI_COLLECTED, COLLECTED_VI, lambda t: "tam" in t.lower() or "tầm" in t.lower()),
    (_VI_CREDIT, None, lambda t: (":" in t or ";" in t) and ("nh" in t or "Ngu" in t)),
    (_VI_FORM, None, lambda t: "©" in t or _dash_label(t)),
)
_EN_FORMS = (
    (_EN_COLLECTED, COLLECTED_EN, lambda t: "collected" in t.lower()),
    (_EN_CREDIT, None, lambda t: (":" in t or ";" in t) and ("Photo" in t or "Source" in t)),
    (_EN_FORM, None, lambda t: "Photo" in t or "Source" in t or "©" in t or "ourtesy" in t),
)


def cut_credit(text: str, lang: str) -> tuple[str | None, str | None]:
    """Split a caption half into (text, credit): ``... Photo: TRI DUNG`` -> (..., ``TRI DUNG``)."""
    for pattern, fixed, may_hold in _VI_FORMS if lang == "vi" else _EN_FORMS:
        if not may_hold(text):
            continue
        m = pattern.search(text)
        while m and pattern in (_VI_FORM, _EN_FORM) and not _names_someone(m.group("name")):
            m = pattern.search(text, m.start() + 1)
        if m:
            return _clean(text[:m.start()]), fixed or _name(m.group("name"))
    return _clean(text), None


def _names_someone(name: str) -> bool:
    """A credit's name as a credit without a colon prints it: words that each open with a
    capital or a digit (``TRÍ DŨNG``, ``Minh Đức``, ``VNA``), joined perhaps by ``and``."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in CREDIT_NAME_JOINS for w in words)


# A credit inside a text, not at its end: a block gathering several captions one after the
# other (a box of the page's captions in one language, perhaps numbered). The label in any of
# the forms above, then the name: up to a closing parenthesis, or its words in capitals up to
# the first word that is not (the next caption's opening ``Mr.``, ``Đồng``, ``2.``).
_MID_CREDIT = re.compile(rf"(?:(?<=\s)|^)\(?\s*(?:{VI_LABEL}\s*(?:{COLON}|[-–—])"
                         rf"|{EN_LABEL}\s*{COLON}|Photos?\s+by\s|Photo\s+[-–—]|©)\s*")
# A caption's number in a box listing numbered captions (``1.``, ``2)``, ``(3)``), before its
# first word
CAPTION_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\)?\s+(?=\w)")


def caption_parts(text: str) -> list[str]:
    """The captions a text holds, each closed by its credit: ``<caption>. © NAME <caption>.
    Photo: NAME`` gives two. A credit is a cut only when the text after it ends with a credit
    too (the next caption's); a text with no such credit inside it is one caption."""
    parts: list[str] = []
    rest = text.strip()
    pos = 0
    while True:
        m = _MID_CREDIT.search(rest, pos)
        if m is None:
            break
        cut = _name_end(rest, m)
        if cut is None or not _closes_with_credit(rest[cut:]):
            pos = m.end()
            continue
        parts.append(rest[:cut].strip())
        rest, pos = rest[cut:].strip(), 0
    parts.append(rest)
    return [p for p in parts if p]


def _closes_with_credit(text: str) -> bool:
    return any(cut_credit(text, lang)[1] is not None for lang in ("vi", "en"))


def _name_end(text: str, label: re.Match[str]) -> int | None:
    """Where the credit whose label ``label`` matched ends, when another caption follows it;
    None when the credit ends the text or its name has no clear end."""
    after = text[label.end():]
    if label.group(0).lstrip().startswith("("):
        close = after.find(")")
        if close < 0 or not after[close + 1:].strip():
            return None
        return label.end() + close + 1
    words = list(re.finditer(r"\S+", after))
    name = 0
    while name < len(words) and _capitals(words[name].group(0)):
        name += 1
    if name == 0 or name >= len(words) or name > CREDIT_SPAN or "/" in words[name - 1].group(0):
        return None       # (a slash after the name: a mixed caption's English half follows)
    following = words[name].group(0)
    if not (following[:1].isupper() or following[:1].isdigit() or following[:1] == "("):
        return None
    return label.end() + words[name - 1].end()


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1 or (
        len(letters) == 1 and word.strip(".").isupper() and len(word.strip(".")) == 1)
