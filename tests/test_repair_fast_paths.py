"""The decoder's shortcuts give the full decoder's output: parts of runs where no word has a
choice are skipped (``segments.live_segments``), and short parts are searched side by side
(``paths.best_paths``)."""

from __future__ import annotations

import importlib
from dataclasses import replace

import numpy as np
import pytest
from magpipe.artifacts.pages import ExtractArtifact, PageSource
from magpipe.config import Config
from magpipe.repair import PAGE_GROUP, lexicon, lm, repair
from magpipe.repair.decoder import Decoder
from magpipe.repair.lattice import Scores
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.paths import best_path, best_paths, margins, margins_many, parts
from magpipe.repair.segments import live_segments
from repair_reference import total
from test_repair_decoder import EVIDENCE, LINES

LONGEST = 36          # words of a random run
DECODER = importlib.import_module("magpipe.repair.decoder")   # the package's name is a function
REPAIR = importlib.import_module("magpipe.repair")


def _whole_runs(n, starts, choice):
    """Every run that holds a choice, whole: what the decoder scored before the shortcut."""
    out, lo = [], 0
    while lo < len(n):
        hi = lo + 1
        while hi < len(n) and not starts[hi]:
            hi += 1
        if any(choice[lo:hi]):
            out.append((lo, hi))
        lo = hi
    return out


@pytest.fixture(scope="module")
def fast() -> Decoder:
    return Decoder(lexicon.load(), lm.load())


def random_runs(rng: np.random.Generator, longest: int = LONGEST, widest: int = 4
                ) -> tuple[list[np.ndarray], list[tuple[int, int]]]:
    """Dense steps of a few runs of random lengths (below ``longest``), with many words
    of one option (the runs are cut there), the others up to ``widest``, and rounded
    scores (ties happen)."""
    steps, spans = [], []
    for _ in range(int(rng.integers(1, 6))):
        length = int(rng.integers(1, longest))
        sizes = [1 if rng.random() < 0.5 else int(rng.integers(2, widest + 1))
                 for _ in range(length)]
        lo = len(steps)
        for t, n in enumerate(sizes):
            d1 = sizes[t - 1] if t >= 1 else 1
            d2 = sizes[t - 2] if t >= 2 else 1
            steps.append(rng.normal(-5, 3, size=(d2, d1, n)).round(0))
        spans.append((lo, len(steps)))
    return steps, spans


def test_parts_searched_side_by_side_take_the_path_each_search_alone_takes() -> None:
    rng = np.random.default_rng(8)
    for _ in range(150):
        steps, spans = random_runs(rng)
        scores = Scores.from_steps(steps)
        together = best_paths(scores, spans)
        for (lo, hi), path in zip(spans, together, strict=True):
            alone = best_path(scores, lo, hi)
            assert path == alone
            assert total(steps[lo:hi], path) == total(steps[lo:hi], alone)


def _plain_margins(steps: list[np.ndarray], lo: int, path: list[int], t: int) -> float:
    """The margin of word ``t`` of the run at ``lo``, from the dense steps: the scores of
    words t, t + 1 and t + 2 as chosen, less the same with word t keeping its word."""
    kept = [*path[:t], 0, *path[t + 1:]]
    def seen(p: list[int]) -> float:
        out = 0.0
        for u in range(t, min(t + 3, len(p))):
            out += float(steps[lo + u][p[u - 2] if u >= 2 else 0, p[u - 1] if u >= 1 else 0,
                                       p[u]])
        return out
    return seen(path) - seen(kept)


def test_margins_of_all_runs_at_once_equal_each_run_s_to_the_last_bit() -> None:
    """``margins_many`` (the decoder's: every run of a batch in one call) gives each run
    the very margins ``margins`` gives it alone, and those are the plain sums."""
    rng = np.random.default_rng(13)
    for _ in range(100):
        steps, spans = random_runs(rng)
        scores = Scores.from_steps(steps)
        runs = []
        for (lo, hi), path in zip(spans, best_paths(scores, spans), strict=True):
            words = sorted({int(t) for t in rng.integers(0, hi - lo, size=3)})
            runs.append((lo, path, words))
        together = margins_many(scores, runs)
        for (lo, path, words), found in zip(runs, together, strict=True):
            alone = margins(scores, lo, path, words)
            assert found.tolist() == alone.tolist()
            assert found.tolist() == pytest.approx(
                [_plain_margins(steps, lo, path, t) for t in words])


@pytest.mark.parametrize(("mode", "trusted"), [(CLEAN, True), (CLEAN, False), (DAMAGED, False)])
def test_skipping_parts_without_a_choice_changes_no_decision(fast, monkeypatch, mode,
                                                               trusted) -> None:
    """Paragraphs of the fixtures' truth (sound text, or stripped in the damaged mode)
    decoded with and without the shortcut: the same decisions and scores."""
    lines = [line.split() for m, line in LINES if m == mode or mode == CLEAN]
    paragraphs = [(lines[k:k + 4], [], []) for k in range(0, len(lines), 4)]
    quick = fast.decode_paragraphs(paragraphs, mode, EVIDENCE, trusted)
    monkeypatch.setattr(DECODER, "live_segments", _whole_runs)
    full = Decoder(fast.model, fast.lm).decode_paragraphs(paragraphs, mode, EVIDENCE, trusted)
    assert quick == full


def test_on_trusted_sound_text_most_words_are_neither_scored_nor_searched(fast) -> None:
    """The shortcut applies: trusted marked syllables have one option, and only the
    stretches around the words that have a choice are left."""
    kept = whole = 0
    for mode, line in LINES:
        if mode != CLEAN:
            continue
        words = line.split()
        _parts, slots, _priors = fast._line_slots(words, CLEAN, (), True)
        where = [i for i, s in enumerate(slots) if s is not None]
        run = [slots[i] for i in where]
        n = [len(s.texts) for s in run]
        starts = [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)]
        choice = [x > 1 for x in n]
        kept += sum(hi - lo for lo, hi in live_segments(n, starts, choice))
        whole += sum(hi - lo for lo, hi in _whole_runs(n, starts, choice))
    assert kept < 0.8 * whole


class _Counting(Decoder):
    """A decoder that counts the words it scores."""

    scored = 0

    def scores(self, run, priors, starts, breaks, evidence, ends=None):
        _Counting.scored += len(run)
        return super().scores(run, priors, starts, breaks, evidence, ends)


def test_a_line_of_trusted_syllables_is_decided_without_the_lattice_but_a_damaged_word_is_not(
        fast) -> None:
    counting = _Counting(fast.model, fast.lm)
    _Counting.scored = 0
    assert counting.decode("Phó Chủ tịch Tổ chức hữu nghị tỉnh Lạng Sơn".split(), CLEAN,
                           trusted=True) == []
    assert _Counting.scored == 0
    decisions = counting.decode("Phó Chủ tịch Tổ chức hữu nghị tinh Lạng Sơn".split(), CLEAN,
                                trusted=True)
    assert [(d.before, d.after) for d in decisions] == [("tinh", "tỉnh")]
    assert 0 < _Counting.scored < 10


def test_decoders_over_one_model_share_its_scoring_tables() -> None:
    """A decoder made per document does not build the lexicon's tables again."""
    model, trigram = lexicon.load(), lm.load()
    assert Decoder(model, trigram).tables is Decoder(model, trigram).tables
    assert Decoder(model, trigram, lm_weight=0.5).tables is not Decoder(model, trigram).tables


def test_the_pages_of_a_pass_are_decoded_in_one_batch_each_as_if_alone(saved_dir,
                                                                      monkeypatch) -> None:
    """The born-digital pages (trusted) and an OCR copy of one (decoded) are sound pages:
    one batch per kind of page, and each page repaired as when decoded on its own."""
    digital = ExtractArtifact.load(saved_dir / "extract-digital.json")
    copy = replace(digital.pages[0], number=len(digital.pages) + 1, source=PageSource.OCR)
    doc = replace(digital, pages=(*digital.pages, copy))
    assert len(doc.pages) <= PAGE_GROUP
    calls = []
    original = Decoder.decode_paragraphs

    def counted(self, paragraphs, *args, **kwargs):
        calls.append(len(paragraphs))
        return original(self, paragraphs, *args, **kwargs)

    monkeypatch.setattr(Decoder, "decode_paragraphs", counted)
    together = repair(doc, Config())
    assert len(calls) == 2
    monkeypatch.setattr(REPAIR, "PAGE_GROUP", 1)
    alone = repair(doc, Config())
    assert len(calls) == 2 + len(doc.pages)
    assert together == alone


def _live_segments_word_by_word(n, starts, choice) -> list[tuple[int, int]]:
    """``live_segments`` as it was first written: run by run, part by part (``parts``)."""
    out: list[tuple[int, int]] = []
    lo = 0
    while lo < len(n):
        hi = lo + 1
        while hi < len(n) and not starts[hi]:
            hi += 1
        for start, end in parts(n, lo, hi):
            if any(choice[start:end]):
                first = max(lo, start - 2)
                if out and out[-1][1] >= first and out[-1][0] >= lo:
                    out[-1] = (out[-1][0], end)
                else:
                    out.append((first, end))
        lo = hi
    return out


def test_live_segments_found_at_once_equal_those_found_run_by_run() -> None:
    """Random runs of words with one option or several, some with a choice: the
    stretches found with arrays are the ones the word-by-word walk finds."""
    rng = np.random.default_rng(9)
    for _ in range(400):
        count = int(rng.integers(1, 40))
        n = [1 if rng.random() < 0.6 else int(rng.integers(2, 5)) for _ in range(count)]
        starts = [k == 0 or bool(rng.random() < 0.15) for k in range(count)]
        choice = [x > 1 and bool(rng.random() < 0.8) or bool(rng.random() < 0.03) for x in n]
        assert live_segments(n, starts, choice) == _live_segments_word_by_word(n, starts,
                                                                                choice)
