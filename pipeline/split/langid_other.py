"""Text in a third language: neither Vietnamese nor English (``Lang.OTHER``).

Pure logic, no I/O. A bilingual publication may print text in another language (a border
province's French or Chinese column, a minority language): it has no twin and belongs to
no Vietnamese or English article. The evidence, from what ``langid`` already measures:

* its letters are mostly of another script than Latin (``text.scripts``); or
* a Latin text long enough to judge that is neither Vietnamese (few of its words are
  shaped like Vietnamese syllables) nor running English (few English function words), and
  which langdetect places, surely, in a language other than these two.

``plainly_bilingual`` says when a short text is plainly Vietnamese or English on its own,
so that a neighbour in another language does not carry it along.
"""

from __future__ import annotations

from magpipe.artifacts.layout import Lang
from magpipe.split.langid import detect_any, evidence
from magpipe.text.scripts import other_script_share

OTHER_SCRIPT = 0.5     # share of letters of another script from which a text is in neither
                       # language (a Vietnamese or English text quoting a name in Chinese
                       # characters stays under it)
OTHER_MIN_TOKENS = 8   # fewer words than this are too few to judge a Latin text by (an English
                       # line of names: ``Managing editor: Nong Van Binh``)
FEW_STOPWORDS = 0.1    # English function words under this share: no running English
                       # (English prose ~30-45%, a title of five words or more >= 0.2)
FEW_SYLLABLES = 0.75   # Vietnamese-shaped words under this share: no Vietnamese (~90% even
                       # with its marks lost; French ~15-40%: ``de``, ``la``, ``du``)
DETECT_SURE = 0.9      # langdetect's probability of a third language from which it is sure
PLAIN_SYLLABLES = 0.85  # a short text this Vietnamese-shaped is plainly Vietnamese
PLAIN_STOPWORDS = 0.2   # ... and one with this share of English function words English (a
                        # French line's one ``a`` in seven words is 0.14)
PLAIN_MIN_TOKENS = 3


def is_other(text: str) -> bool:
    """``text`` is plainly in a language that is neither Vietnamese nor English."""
    if other_script_share(text) >= OTHER_SCRIPT:
        return True
    ev = evidence(text)
    if ev.tokens < OTHER_MIN_TOKENS or ev.stopwords >= FEW_STOPWORDS \
            or ev.syllables >= FEW_SYLLABLES:
        return False
    lang, prob = detect_any(text.lower())
    return lang not in (Lang.VI, Lang.EN, Lang.UNKNOWN) and prob >= DETECT_SURE


def plainly_bilingual(text: str) -> bool:
    """``text`` is plainly Vietnamese or English by itself (not to be taken for a third
    language because of its neighbours)."""
    ev = evidence(text)
    if ev.tokens < PLAIN_MIN_TOKENS:
        return False
    return ev.syllables >= PLAIN_SYLLABLES or ev.stopwords >= PLAIN_STOPWORDS
