"""A line's words laid out for the decoder: each word's parts, options and class priors.

Split out of ``magpipe.repair.decoder`` so that module holds the decoding (scores, the
Viterbi search, which changes are kept) and this one what is decoded: steps 1, 2, 5 and 6
of the decoder's outline. ``LineSlots`` is a base of ``Decoder``, not a class of its own:
its memos (per word form, never per document) live on the decoder, which never changes
once built, and the tests read a decoder's ``_line_slots`` and ``_slot`` directly.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from magpipe.repair.language import LineLanguage, Tallies, stripped_reading
from magpipe.repair.lattice import Slot
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.lm import LanguageModel
from magpipe.repair.options import Options, mid_sentence, neighbours_of
from magpipe.repair.words import FIXED, NUMBER_WORD, OPEN

log = logging.getLogger(__name__)

# a word is given the marks of the corpora's spelling (``DH`` -> ``ĐH``) only in a line at
# least this likely Vietnamese: in English, ``CD`` and ``DH`` stay as they are
FORM_PRIOR = 0.5


@dataclass
class Batch:
    """The words of one call, laid out flat, with their options."""

    words: list[str]
    parts: list[tuple[str, str, str]]
    slots: list[Slot | None]
    priors: list[tuple[float, float]]
    lines: list[int]                  # where each line starts among ``words``
    paragraphs: set[int]              # where each paragraph starts
    written: list[tuple[int, str]]    # (word, its core as the corpora spell it): step 5
    bare: bool = False                # text whose marks were stripped: step 6


class LineSlots:
    """Builds a line's words into a ``Batch`` (``Decoder`` sets the attributes below)."""

    lm: LanguageModel | None
    language: LineLanguage
    options: Options
    _stripped: dict[tuple[str, bool], Slot]
    _word_slots: dict[tuple[str, bool, bool, bool],
                      dict[str, tuple[bool, Slot | None, str | None]]]

    def _add_line(self, batch: Batch, words: Sequence[str], mode: str,
                  context: Sequence[Sequence[str]], trusted: bool,
                  tallies: Tallies | None = None) -> None:
        """Append one line's words, their parts and options to ``batch``; ``context``: the
        lines around it (``LineLanguage.line``)."""
        written: list[tuple[int, str]] = []
        parts, slots, priors = self._line_slots(words, mode, context, trusted, written,
                                                batch.bare, tallies)
        batch.written += [(len(batch.words) + i, spelling) for i, spelling in written]
        batch.words += words
        batch.parts += parts
        batch.slots += slots
        batch.priors += priors

    def _line_slots(self, words: Sequence[str], mode: str, context: Sequence[Sequence[str]],
                    trusted: bool = False, written: list[tuple[int, str]] | None = None,
                    bare: bool = False, tallies: Tallies | None = None
                    ) -> tuple[list[tuple[str, str, str]], list[Slot | None],
                               list[tuple[float, float]]]:
        """Per word: its (lead, core, trail), its options (None for a fixed word) and the
        log class priors of its line (other, Vietnamese). ``written`` receives (index,
        spelling) of the words to spell otherwise (step 5); ``bare``: stripped text (6)."""
        language = self.language
        parts = language.parts_of(words)
        modes, priors = language.line(words, parts, mode, context, tallies)
        slots: list[Slot | None] = []
        logs: list[tuple[float, float]] = []
        memos: dict[tuple[str, bool], dict[str, tuple[bool, Slot | None, str | None]]] = {}
        log_of: dict[float, tuple[float, float]] = {}
        kept = (0.0, 0.0)
        # in stripped text a title-case word's neighbours tell readings apart (Options.paired)
        near = neighbours_of(words, parts) if bare else None
        for k, (word, (_lead, core, _trail), prior, word_mode) in enumerate(
                zip(words, parts, priors, modes, strict=True)):
            # inside a sentence of stripped text a word's case tells names apart; a word in
            # lower case gains nothing from it (Options.cased), so it shares the memo
            mid = (bare and k > 0 and word_mode == DAMAGED and not word.islower()
                   and mid_sentence(words[k - 1], word))
            known = memos.get((word_mode, mid))
            if known is None:
                known = memos[word_mode, mid] = self._word_slots.setdefault(
                    (word_mode, trusted, bare, mid), {})
            found = known.get(word)
            if found is None:
                found = known[word] = self._word_slot(word, core, word_mode, trusted, bare, mid)
            is_open, slot, spelling = found
            beside = near[k] if near else None
            if beside is not None and slot is not None and word_mode == DAMAGED:
                slot = self.options.paired(slot, *beside)
            if spelling is not None and prior >= FORM_PRIOR and written is not None:
                log.debug("%r: spelled %r as the corpora do", core, spelling)
                written.append((len(slots), spelling))
            slots.append(slot)
            if is_open:
                priors_log = log_of.get(prior)
                if priors_log is None:
                    priors_log = log_of[prior] = language.log_priors(prior)
                logs.append(priors_log)
            else:
                logs.append(kept)
        return parts, slots, logs

    def _word_slot(self, word: str, core: str, mode: str, trusted: bool, bare: bool,
                   mid: bool = False) -> tuple[bool, Slot | None, str | None]:
        """(open, its options, the spelling of the corpora to write) of ``word`` (core
        ``core``) in ``mode``: the options of an open word (trusted: a marked syllable as
        written), a number's, or None for a fixed word; ``bare``: stripped text (step 6)."""
        options = self.options
        kind = options.kind(word, core, mode)
        slot = None
        write = None
        spelling = self.lm.spelling(core) if self.lm and bare and mode == DAMAGED else None
        if spelling is not None:
            # a capitalised word (`Mr`, `John`) stays in its run as its one option,
            # "other", so its neighbours keep their context (`Mr. Hoang`); an acronym
            # or a unit (`UBND`, `km`) is fixed and cuts the run, as numbers do
            kind, slot = (OPEN, self._kept(core)) if core.istitle() else (FIXED, None)
            write = spelling if spelling != core else None
        if kind == OPEN:
            if trusted and mode == CLEAN:
                slot = options.trusted(core)
            return True, slot or self._slot(core, mode, bare, mid), write
        return False, options.number if kind == NUMBER_WORD else None, write

    @staticmethod
    def _kept(core: str) -> Slot:
        """``core`` kept as it is, its only option."""
        return Slot((core,), (None,), (0.0,), (False,), None, False, (-1,))

    def _slot(self, core: str, mode: str, bare: bool, mid: bool = False) -> Slot:
        """The options of ``core`` in ``mode``; in stripped text, read so (step 6), and
        inside a sentence (``mid``) with the odds of its case (``Options.cased``)."""
        if not bare or mode != DAMAGED:
            return self.options.slot(core, mode)
        slot = self._stripped.get((core, mid))
        if slot is None:
            slot = stripped_reading(self.options.bare_slot(core, mode), core)
            if mid:
                slot = self.options.cased(slot, core)
            self._stripped[(core, mid)] = slot
        return slot
