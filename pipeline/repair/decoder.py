"""Restore Vietnamese diacritics in lines of words: options, context decoding, leave-alone.

Pure logic on strings, no I/O. A line is a list of word strings (a ``Page`` line, or a
plain-text line split on whitespace); ``Decoder.decode`` returns the decisions that change
a word (the line keeps its word count and order).

1. Each word is cut into leading punctuation, a core and trailing punctuation; cores that
   are not Vietnamese to repair stay fixed (``magpipe.repair.words``).
2. Every other core gets options (``magpipe.repair.options``): keep it as it is (the
   "other" class: English, a name, a foreign word), or one of the lexicon syllables it
   may be a damaged copy of (``magpipe.repair.candidates``). Each word's line gives it a
   class prior (``magpipe.repair.language``).
3. Every score of every option of a paragraph (or of a page's paragraphs) is worked out
   at once (``magpipe.repair.lattice``): the syllable trigram model mixed with the
   lexicon's in-domain bigram and with the pairs the document itself repeats (its
   ``Evidence``, a value passed to each call, so one decoder serves any number of
   documents at once), the class priors, and a penalty for every switch between the
   classes. An exact Viterbi picks one option per word.
4. A word of sound text that is itself a lexicon syllable changes only on strong local
   evidence (``magpipe.repair.sound_swaps``).
5. In stripped text (step 6), a word that is no syllable (``DH``, ``GDDT``, ``km``)
   is written as the corpora write it (``LanguageModel.forms``: ``ĐH``,
   ``GDĐT``, ``km``) when they agree on one spelling, and is not decoded. Words joined by
   a slash between syllables (``dong/thang``) reach the decoder cut into their parts
   (``magpipe.repair.slashes``).
6. A page without one letter outside ASCII had its marks stripped: its words are read
   with the stripped channel (``language.stripped_reading``), not the OCR one.

Steps 1, 2, 5 and 6 (a line's words into parts, options and priors) are built by
``magpipe.repair.line_slots``, a base of ``Decoder``; this module scores, searches and
keeps the changes.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from magpipe.repair import context_sets
from magpipe.repair.candidates import CASE_LOWER, apply_case, case_pattern
from magpipe.repair.clause_ends import ENDS_WEIGHT, end_ids, with_ends
from magpipe.repair.context_sets import (
    CONTEXT_CAP,
    CONTEXT_PRIOR,
    CONTEXT_WEIGHT,
    ContextSets,
)
from magpipe.repair.evidence import Evidence
from magpipe.repair.language import LineLanguage, Tallies, is_bare_text
from magpipe.repair.lattice import Lattice, Scores, Slot
from magpipe.repair.lexicon.model import Model
from magpipe.repair.lexicon.text_stats import NUM
from magpipe.repair.line_slots import Batch, LineSlots
from magpipe.repair.lm import LanguageModel, end_of
from magpipe.repair.options import Options
from magpipe.repair.paths import best_path, best_paths, margins_many
from magpipe.repair.rules import neighbours, rule_of
from magpipe.repair.scoring import DOMAIN_UNIGRAM, LM_WEIGHT, tables_for
from magpipe.repair.segments import live_segments
from magpipe.repair.sound_swaps import swap_needed
from magpipe.repair.words import split_token
from magpipe.text.vietnamese import placement_key

log = logging.getLogger(__name__)

__all__ = ["Decision", "Decoder", "split_token"]

NO_EVIDENCE = Evidence.none()
Paragraph = tuple[Sequence[Sequence[str]], Sequence[str], Sequence[str]]  # lines, before, after


@dataclass(frozen=True)
class Decision:
    """Word ``index`` of the line changed from ``before`` to ``after``."""

    index: int
    before: str
    after: str
    score: float        # nats of evidence for the change over keeping the word
    rule: str           # ocr-confusion | stripped | tone | mark | fuzzy | form
                        # (english-* in repair.py)


class Decoder(LineSlots):
    """Options, scores and decoding over one model; never changed once built.

    Everything a word's options depend on is worked out once per word form and kept
    (pure memos: a document repeats most of its words). The document's evidence is an
    argument, never state."""

    def __init__(self, model: Model, lm: LanguageModel | None = None,
                 lm_weight: float = LM_WEIGHT,
                 end_weight: float = ENDS_WEIGHT,
                 domain_unigram: float = DOMAIN_UNIGRAM,
                 context_weight: float = CONTEXT_WEIGHT,
                 context: ContextSets | None = None,
                 context_cap: float = CONTEXT_CAP,
                 context_prior: float = CONTEXT_PRIOR) -> None:
        self.model = model
        self.lm = lm
        # the confusion sets' classifier (``context_sets``; the shipped one unless given),
        # read in stripped text only; with the trigram model only (it was weighed against it)
        self.context_weight = context_weight if lm is not None else 0.0
        self.context = (context or context_sets.load()) if self.context_weight else None
        self.context_cap = context_cap
        self.context_prior = context_prior    # share of a member's own odds taken off
        self.end_weight = end_weight          # of the clause-end odds (``clause_ends``)
        self.tables = tables_for(model, lm, lm_weight, domain_unigram)
        self.lattice = Lattice(self.tables)
        self.language = LineLanguage(model)
        self.options = Options(model, lm, self.tables)
        self.finder = self.options.finder
        self.candidates = self.finder.candidates
        self.looks_stripped = self.language.looks_stripped
        self.english_words = self.language.english_words
        self._rules: dict[tuple[str, str, bool], str] = {}
        self._stripped: dict[tuple[str, bool], Slot] = {}  # (core, mid) -> options, stripped
        self._same: dict[tuple[str, str], bool] = {}  # (core, text) -> as written
        # (mode, trusted, bare, inside a sentence) -> word -> (open, options, spelling to write)
        self._word_slots: dict[tuple[str, bool, bool, bool],
                               dict[str, tuple[bool, Slot | None, str | None]]] = {}

    def decode(self, words: Sequence[str], mode: str, context: Sequence[str] = (),
               evidence: Evidence = NO_EVIDENCE, trusted: bool = False) -> list[Decision]:
        """The changes that make ``words`` (one line) the likeliest Vietnamese/other reading.

        ``context``: words of the neighbouring lines, read only as evidence of the
        language (column lines are short); ``evidence``: the document's own sound text;
        ``trusted``: the marks of the text are trusted (a sound text layer)."""
        batch = Batch([], [], [], [], [0], {0}, [], is_bare_text([words]))
        self._add_line(batch, words, mode, (context,), trusted)
        return [d for _k, d in self._decode_batch(batch, evidence)]

    def decode_lines(self, lines: Sequence[Sequence[str]], mode: str,
                     before: Sequence[str] = (), after: Sequence[str] = (),
                     evidence: Evidence = NO_EVIDENCE, trusted: bool = False
                     ) -> list[list[Decision]]:
        """Decode the lines of one paragraph as one sequence, so a phrase broken by a line
        end (``thế`` / ``giới``) keeps its context; each line keeps its own language prior.
        ``before`` / ``after``: the words of the lines around the paragraph (language
        evidence only). Returns the decisions of each line, indices within that line."""
        return self.decode_paragraphs([(lines, before, after)], mode, evidence, trusted)[0]

    def decode_paragraphs(self, paragraphs: Sequence[Paragraph], mode: str,
                          evidence: Evidence = NO_EVIDENCE, trusted: bool = False
                          ) -> list[list[list[Decision]]]:
        """``decode_lines`` of many paragraphs (lines, before, after), scored in one batch
        (no context crosses from one paragraph into the next): per paragraph, per line,
        its decisions."""
        batch = Batch([], [], [], [], [], set(), [],
                       is_bare_text(line for lines, _b, _a in paragraphs for line in lines))
        owners: list[tuple[int, int]] = []                     # line -> (paragraph, line)
        tallies: Tallies = {}        # lines' language votes: each line is the context of two
        for p, (lines, before, after) in enumerate(paragraphs):
            batch.paragraphs.add(len(batch.words))
            for k, line in enumerate(lines):
                near = (lines[k - 1] if k else before,
                        lines[k + 1] if k + 1 < len(lines) else after)
                batch.lines.append(len(batch.words))
                owners.append((p, k))
                self._add_line(batch, line, mode, near, trusted, tallies)
        out: list[list[list[Decision]]] = [[[] for _ in lines] for lines, _b, _a in paragraphs]
        for number, d in self._decode_batch(batch, evidence):
            p, k = owners[number]
            out[p][k].append(d)
        return out

    def _decode_batch(self, batch: Batch, evidence: Evidence) -> list[tuple[int, Decision]]:
        """Viterbi over each run of consecutive open slots (all runs scored at once); the
        changes it makes: (line, decision), the word's index counted from its line's start.
        First the words spelled as the corpora write them (step 5). Only the parts of runs
        where a word has a choice are scored and searched (``live_segments``)."""
        decisions = [self._written(batch, i, spelling) for i, spelling in batch.written]
        where = [i for i, slot in enumerate(batch.slots) if slot is not None]
        if not where:
            return decisions
        parts, paragraphs = batch.parts, batch.paragraphs
        run = [slot for slot in batch.slots if slot is not None]
        starts = [k == 0 or where[k - 1] != i - 1 or i in paragraphs
                  for k, i in enumerate(where)]
        sizes = [len(slot.texts) for slot in run]
        if "\u0131" in "".join(batch.words):       # a dotless i is read as i: a change
            choice = [size > 1 or "\u0131" in batch.words[i]
                      for size, i in zip(sizes, where, strict=True)]
        else:
            choice = [size > 1 for size in sizes]
        segments = live_segments(sizes, starts, choice)
        if not segments:
            return decisions
        keep = [k for lo, hi in segments for k in range(lo, hi)]
        sub_run = [run[k] for k in keep]
        sub_where = [where[k] for k in keep]
        sub_priors = [batch.priors[i] for i in sub_where]
        sub_starts = [starts[k] for k in keep]
        breaks = [bool(parts[i][2]) or bool(parts[i + 1][0]) if i + 1 < len(parts) else True
                  for i in sub_where]
        at = 0
        bounds = []
        for lo, hi in segments:
            sub_starts[at] = True
            bounds.append((at, at + hi - lo))
            at += hi - lo
        ends = end_ids(self.lm, [end_of(parts[i][2]) for i in sub_where])
        scores = self.scores(sub_run, sub_priors, sub_starts, breaks, evidence, ends)
        if batch.bare and self.context is not None:
            self._add_context(batch, scores, sub_run, sub_where)
        runs = [(lo, hi, chosen, self._changed(batch, sub_run, sub_where, lo, chosen, evidence))
                for (lo, hi), chosen in zip(bounds, self.best_paths(scores, bounds), strict=True)]
        runs = [run for run in runs if run[3]]
        gains = margins_many(scores, [(lo, chosen, [offset for offset, _t, _s in changed])
                                      for lo, _hi, chosen, changed in runs])
        for (lo, hi, chosen, changed), gain in zip(runs, gains, strict=True):
            decisions += self._run_decisions(batch, sub_run, breaks, sub_where, lo, hi, chosen,
                                             changed, gain.tolist())
        return decisions

    def _add_context(self, batch: Batch, scores: Scores, run: list[Slot],
                     where: list[int]) -> None:
        """Add the confusion sets' log-odds (``context_sets``) to the scores of the options
        of each word of ``run`` (word ``where[k]`` of ``batch``) the sets read
        (``context_sets.readable``) whose options hold two members of its set or more."""
        context, parts = self.context, batch.parts
        assert context is not None
        targets, words = [], []
        for k, (slot, i) in enumerate(zip(run, where, strict=True)):
            if len(slot.texts) > 2:
                core = parts[i][1]
                # whether it opens a sentence matters to a capitalised word only (readable)
                opens = not core.islower() and context_sets.opens_sentence(
                    None if i in batch.paragraphs else batch.words[i - 1])
                found = context.options_of(core, slot.syllables, opens)
                if found is not None:
                    targets.append((i, found))
                    words.append(k)
        if not targets:
            return
        starts = [i in batch.paragraphs for i in range(len(parts))]
        owner, option, term = context.terms(parts, starts, targets, self.context_prior)
        n, d1, pair_at = scores.arrays
        context_sets.add_terms(scores.pairs, scores.rows, pair_at, n, d1,
                               np.asarray(scores.hist_at, dtype=np.int64),
                               np.asarray(scores.row_at, dtype=np.int64),
                               np.asarray(words, dtype=np.int64)[owner], option,
                               np.maximum(self.context_weight * term, -self.context_cap))

    @staticmethod
    def _written(batch: Batch, i: int, spelling: str) -> tuple[int, Decision]:
        """(line, decision) of word ``i`` of ``batch`` written as ``spelling``."""
        lead, _core, trail = batch.parts[i]
        line = bisect.bisect_right(batch.lines, i) - 1
        return line, Decision(i - batch.lines[line], batch.words[i], lead + spelling + trail,
                              0.0, "form")

    def _changed(self, batch: Batch, run: list[Slot], where: list[int], lo: int,
                 chosen: list[int], evidence: Evidence) -> list[tuple[int, str, str]]:
        """(offset in the run, text, syllable) of each word the best path ``chosen`` of the
        run that starts at ``run[lo]`` writes otherwise."""
        words, parts = batch.words, batch.parts
        changed: list[tuple[int, str, str]] = []
        for offset, index in enumerate(chosen):
            slot = run[lo + offset]
            text, syllable = slot.texts[index], slot.syllables[index]
            if syllable is None or syllable == NUM:
                continue
            if evidence.spellings and evidence.spelled(syllable) != syllable:
                text = apply_case(evidence.spelled(syllable), case_pattern(text) or CASE_LOWER)
            i = where[lo + offset]
            core = parts[i][1]
            if (text == core or self._as_written(core, text)) and "\u0131" not in words[i]:
                continue                         # as written (either tone placement)
            changed.append((offset, text, syllable))
        return changed

    def _run_decisions(self, batch: Batch, run: list[Slot], breaks: list[bool],
                       where: list[int], lo: int, hi: int, chosen: list[int],
                       changed: list[tuple[int, str, str]], gains: list[float]
                       ) -> list[tuple[int, Decision]]:
        """The changes the best path ``chosen`` of the run ``run[lo:hi]`` makes: of the
        words it writes otherwise (``_changed``), those whose ``gains`` (``margins``) are
        enough."""
        words, parts = batch.words, batch.parts
        sub, sub_breaks = run[lo:hi], breaks[lo:hi]
        decisions = []
        for (offset, text, syllable), gain in zip(changed, gains, strict=True):
            i = where[lo + offset]
            lead, core, trail = parts[i]
            slot = sub[offset]
            if slot.sound and gain < swap_needed(
                    self.lm, core, syllable, neighbours(sub, sub_breaks, chosen, offset)):
                log.debug("kept %r: %r only %.1f nats better", words[i], text, gain)
                continue
            line = bisect.bisect_right(batch.lines, i) - 1
            rule = self._rule(core, text, slot.fuzzy[chosen[offset]])
            decisions.append((line, Decision(i - batch.lines[line], words[i],
                                             lead + text + trail, round(gain, 2), rule)))
        return decisions

    def scores(self, run: list[Slot], priors: list[tuple[float, float]], starts: list[bool],
               breaks: list[bool], evidence: Evidence, ends: list[int] | None = None
               ) -> Scores:
        """The scores of every option of ``run`` (``lattice.Lattice.scores``; the tests'
        reference decoder works them out one by one instead), with the clause-end odds
        of the words before punctuation (``clause_ends``; ``ends``: their ids)."""
        scores = self.lattice.scores(run, priors, starts, breaks, evidence)
        return (with_ends(scores, run, starts, breaks, ends, self.tables, self.end_weight,
                          in_place=True) if ends else scores)

    @staticmethod
    def best_path(scores: Scores, lo: int, hi: int) -> list[int]:
        """The best option per word of the run ``lo:hi`` (exact Viterbi; the tests'
        reference decoder searches plainly instead)."""
        return best_path(scores, lo, hi)

    def best_paths(self, scores: Scores, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
        """``best_path`` of each run (lo, hi) of ``spans``, searched side by side (the
        tests' reference decoder searches each run plainly instead)."""
        return best_paths(scores, spans)

    def _as_written(self, core: str, text: str) -> bool:
        """``text`` is ``core`` in either tone placement (kept: it costs 2 µs a word)."""
        if core.isascii() and not text.isascii():
            return False      # a mark added to a word without any: never the same placement
        same = self._same.get((core, text))
        if same is None:
            same = self._same[core, text] = placement_key(text) == placement_key(core)
        return same

    def _rule(self, core: str, text: str, fuzzy: bool) -> str:
        key = (core, text, fuzzy)
        rule = self._rules.get(key)
        if rule is None:
            rule = self._rules[key] = rule_of(core, text, fuzzy)
        return rule
