"""Speaker labels: the word or name and colon that open a turn of a printed interview.

A real-world convention of interviews in both languages, not one publication's: the
interviewer is ``PV:`` (phóng viên), ``Hỏi:``, ``Q:``, ``Reporter:``, ``Interviewer:``; the
one answering is ``Đáp:``, ``A:``, ``TL:`` (trả lời), or an honorific and a name
(``Ông Nam:``, ``Bà Hạnh:``, ``Mr. Nam:``, ``Dr. Hoa:``). Pure functions.
"""

from __future__ import annotations

import re

# the interviewer's and the answerer's generic labels (case as printed)
GENERIC_LABELS = ("PV", "Phóng viên", "Hỏi", "Đáp", "Trả lời", "TL", "Q", "A", "Question",
                  "Answer", "Reporter", "Interviewer")
# honorifics that open a name used as a label (Vietnamese and English)
HONORIFICS = ("Ông", "Bà", "Anh", "Chị", "Đồng chí", "TS.", "PGS.", "GS.", "Mr.", "Mrs.", "Ms.",
              "Dr.", "Prof.")
NAME_WORDS = 3        # most capitalised words of the name after an honorific

_GENERIC = "|".join(re.escape(w) for w in sorted(GENERIC_LABELS, key=len, reverse=True))
_HONORIFIC = "|".join(re.escape(w) for w in sorted(HONORIFICS, key=len, reverse=True))
_NAME = rf"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{0,{NAME_WORDS - 1}}}"
# a label closes with a colon (or a full-width one), a space after it
SPEAKER_LABEL = re.compile(rf"^\s*(?:(?:{_GENERIC})|(?:{_HONORIFIC})\s+{_NAME})\s*[:：](?=\s|$)")


def speaker_label(text: str) -> str | None:
    """The speaker label opening ``text`` (``"PV:"``, ``"Mr. Nam:"``), or None. A name after an
    honorific must be capitalised word by word (``Ông Nam:``; ``Ông cho biết:`` is a sentence)."""
    m = SPEAKER_LABEL.match(text)
    if m is None:
        return None
    label = m.group(0).strip()
    words = label.rstrip(":：").split()
    honorific = next((h for h in HONORIFICS if label.startswith(h + " ")), None)
    if honorific is not None:
        name = words[len(honorific.split()):]
        if not name or not all(w[:1].isupper() for w in name):
            return None
    return label
