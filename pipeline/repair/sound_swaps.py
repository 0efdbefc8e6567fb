"""When a word of sound text may change: the evidence a lexicon syllable that reads as
written needs before the decoder writes another syllable in its place.

Pure logic over the language model's pair table, no I/O. Sound text (a text layer judged
sound, Vietnamese OCR) is mostly right: its words change only on strong evidence, and on
less where the change mends a broken collocation.
"""

from __future__ import annotations

import logging

from magpipe.repair.lm import LanguageModel
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

# a word of sound text that is itself a lexicon syllable becomes another only on this much
# evidence (nats; odds of about 160,000 to 1): the trigram model's sharper contrasts
# otherwise swap right words (`Chung tay` read as `tẩy` before `xóa`, on the photo fixture)
SOUND_SWAP = 12.0
# ... unless the word breaks a collocation the change restores: it forms no pair the
# corpora hold with the words beside it, its replacement does (`quà Đổng chí` -> `Đồng chí`,
# 11.4 nats on the photo fixture): then this much
COLLOCATION_SWAP = 8.0
# ... and a word in capitals without any mark that the change puts into such a pair (a
# credit `TRÍ DUNG/`: Vietnamese OCR drops the marks of capitals) needs only to win
CAPS_SWAP = 0.0


def swap_needed(lm: LanguageModel | None, core: str, syllable: str,
                near: tuple[str | None, str | None]) -> float:
    """The evidence (nats) a lexicon syllable of sound text needs to become ``syllable``,
    given the syllables chosen before and after it (``near``) and the model ``lm``."""
    if lm is None or near == (None, None):
        return SOUND_SWAP
    kept = core.lower()
    before, after = near
    pairs = [(before, kept), (kept, after)]
    if any(a is not None and b is not None and lm.has_pair(a, b) for a, b in pairs):
        return SOUND_SWAP                  # `Chung tay`: the word reads well where it is
    if not (before is not None and lm.has_pair(before, syllable)
            or after is not None and lm.has_pair(syllable, after)):
        return SOUND_SWAP
    if core.isupper() and not has_vietnamese_marks(kept):
        log.debug("%r: capitals without marks in a broken pair, %r restores it", core,
                  syllable)
        return CAPS_SWAP
    return COLLOCATION_SWAP

