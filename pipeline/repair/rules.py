"""Pure helpers of the decoder's decisions: the neighbours a change is judged by, and the
name of the rule a change follows."""

from __future__ import annotations

from magpipe.repair.lattice import Slot
from magpipe.repair.lexicon.text_stats import NUM
from magpipe.text.vietnamese import strip_diacritics, strip_tones, tone_of


def neighbours(run: list[Slot], breaks: list[bool], chosen: list[int], t: int
                ) -> tuple[str | None, str | None]:
    """The syllables chosen just before and after word ``t`` of ``run`` (None: none, a
    context break, a kept word or a number)."""
    def syllable(u: int) -> str | None:
        s = run[u].syllables[chosen[u]]
        return None if s in (None, NUM) else s
    before = syllable(t - 1) if t > 0 and not breaks[t - 1] else None
    after = syllable(t + 1) if t + 1 < len(run) and not breaks[t] else None
    return before, after


def rule_of(core: str, text: str, fuzzy: bool) -> str:
    """What kind of change ``core`` -> ``text`` is (``Decision.rule``)."""
    if fuzzy:
        return "fuzzy"
    if core == strip_diacritics(text):
        return "stripped"
    if strip_tones(core.lower()) == strip_tones(text.lower()):
        return "tone"
    if strip_diacritics(core.lower()) == strip_diacritics(text.lower()) and (
            tone_of(core) == tone_of(text)):
        return "mark"                   # a horn, hat, breve or bar lost or misread: chúc
    return "ocr-confusion"
