"""Labels of paid content: the words a paper prints over (or inside) an advertorial, a
sponsored page or a partner's feature, so that the reader can tell it from the paper's own
articles.

Vietnamese papers print ``THÔNG TIN QUẢNG CÁO`` (advertising information), ``QUẢNG CÁO``,
``THÔNG TIN DOANH NGHIỆP`` (business information: the trade papers' name for a paid company
feature), ``BÀI PR``, ``NỘI DUNG TÀI TRỢ`` or ``Nội dung do <sponsor> tài trợ``; English ones
``ADVERTISEMENT``, ``ADVERTORIAL``, ``SPONSORED (CONTENT)``, ``PAID CONTENT`` / ``PAID POST``,
``PARTNER CONTENT``, ``PR``, ``Sponsored by <sponsor>``, ``Brought to you by
<sponsor>``. A label is a line of its own holding nothing else (one or both languages'
labels, with the punctuation between them): a sentence that merely mentions advertising is
no label. Compared unmarked and in lower case (``folding.unmarked``), with the letter O that
OCR reads as a zero restored. Pure logic, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.folding import unmarked

# the labels, unmarked and in lower case, longest first (so that ``thong tin quang cao`` is
# taken whole before ``quang cao``)
SPONSOR_LABELS = tuple(sorted((
    "thong tin quang cao", "quang cao", "tin quang cao", "thong tin doanh nghiep", "bai pr",
    "noi dung tai tro", "noi dung quang cao", "advertisement", "advertorial", "advert",
    "sponsored", "sponsored content", "sponsored feature", "paid content", "paid post",
    "paid promotion", "partner content", "pr",
), key=len, reverse=True))
# a label naming its sponsor: "Nội dung do X tài trợ", "Sponsored by X", "Brought to you by
# X", "In partnership with X" (the sponsor's name: at most eight words)
_NAMED = re.compile(r"^(?:noi dung|bai viet|chuong trinh) (?:do|duoc) (?:\S+ ){1,8}tai tro"
                    r"|^(?:(?:content )?sponsored by|brought to you by|paid for by|"
                    r"in partnership with|presented by) (?:\S+ ?){1,8}$")
_LABEL = re.compile("|".join(re.escape(label) for label in SPONSOR_LABELS))
_ZERO_IN_WORD = re.compile(r"(?<=[a-z])0|0(?=[a-z])")     # OCR's zero for the letter O
_NOT_LETTERS = re.compile(r"[\W\d_]+")
LABEL_CHARS = 60      # longest label line (both languages' labels and a sponsor's name)


def _plain(text: str) -> str:
    """``text`` unmarked, lower case, OCR's zeros in words read as O, punctuation as spaces."""
    bare = _ZERO_IN_WORD.sub("o", unmarked(text))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


def is_sponsor_label(text: str) -> bool:
    """``text`` is a label of paid content and nothing else: one or more of
    ``SPONSOR_LABELS`` (both languages' on one line, say) and punctuation, or a label naming
    its sponsor."""
    if not text.strip() or len(text) > LABEL_CHARS:
        return False
    plain = _plain(text)
    if _NAMED.search(plain):
        return True
    # (a label found inside a longer word leaves that word's other letters behind)
    return bool(_LABEL.search(plain)) and not _NOT_LETTERS.sub("", _LABEL.sub(" ", plain))
