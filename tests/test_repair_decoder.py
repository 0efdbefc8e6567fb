"""The fast decoder against the plain reference decoder (``tests/repair_reference.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from magpipe.repair import lexicon, lm
from magpipe.repair.clause_ends import end_ids
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lattice import Scores
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.lm import end_of
from magpipe.repair.paths import best_path, path_score
from magpipe.text.vietnamese import strip_diacritics
from repair_reference import ReferenceDecoder, brute_force, plain_viterbi, total

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MAX_WORDS = 14


def _fixture_lines() -> list[tuple[str, str]]:
    """(mode, line) pieces of the fixtures' truth text: Vietnamese with its marks stripped
    (damaged), as it is (clean), and English (clean)."""
    out: list[tuple[str, str]] = []
    for name in ("bulletin-digital", "photos-digital"):
        truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
        for page in truth["pages"]:
            for block in page["blocks"]:
                words = block["text"].split()
                for k in range(0, len(words), MAX_WORDS):
                    piece = " ".join(words[k:k + MAX_WORDS])
                    if block["lang"] == "vi":
                        out += [(DAMAGED, strip_diacritics(piece)), (CLEAN, piece)]
                    else:
                        out.append((CLEAN, piece))
    return out


LINES = _fixture_lines()
EVIDENCE = Evidence.of({"nước": 3, "hai": 3, "tỉnh": 4, "lạng": 3, "sơn": 3},
                       {("hai", "nước"): 3, ("lạng", "sơn"): 3, ("tỉnh", "lạng"): 2})


@pytest.fixture(scope="module")
def decoders() -> tuple[Decoder, ReferenceDecoder]:
    model, trigram = lexicon.load(), lm.load()
    return Decoder(model, trigram), ReferenceDecoder(model, trigram)


def _run_of(decoder: Decoder, words: list[str], mode: str, trusted: bool = False):
    """(slots, priors, starts, breaks) of the open words of a line."""
    parts, slots, priors = decoder._line_slots(words, mode, (), trusted)
    where = [i for i, s in enumerate(slots) if s is not None]
    run = [s for s in slots if s is not None]
    starts = [k == 0 or where[k - 1] != i - 1 for k, i in enumerate(where)]
    breaks = [bool(parts[i][2]) or bool(parts[i + 1][0]) if i + 1 < len(parts) else True
              for i in where]
    return run, [priors[i] for i in where], starts, breaks


def _ends_of(decoder: Decoder, words: list[str], mode: str) -> list[int]:
    """The clause end's id after each open word of a line (-1: none), as the decoder's."""
    parts, slots, _priors = decoder._line_slots(words, mode, (), False)
    return end_ids(decoder.lm, [end_of(parts[i][2]) for i, s in enumerate(slots)
                                if s is not None])


def test_there_are_enough_fixture_lines_to_compare() -> None:
    assert len(LINES[::3]) >= 250


@pytest.mark.parametrize("evidence", [Evidence.none(), EVIDENCE], ids=["alone", "evidence"])
def test_every_score_of_the_fast_decoder_is_the_plain_one(decoders, evidence) -> None:
    """All (k2, k1, i) scores of every word of 60 lines, fast against plain (with the
    clause-end odds of the words before punctuation)."""
    fast, plain = decoders
    ended = 0
    for mode, line in LINES[1::len(LINES) // 60 + 1]:
        run, priors, starts, breaks = _run_of(fast, line.split(), mode)
        if not run:
            continue
        ends = _ends_of(fast, line.split(), mode)
        mine = fast.scores(run, priors, starts, breaks, evidence, ends)
        ref = plain.scores(run, priors, starts, breaks, evidence, ends)
        ended += sum(end >= 0 for end in ends)
        for u in range(len(run)):
            np.testing.assert_allclose(mine.step(u), ref.step(u), rtol=0, atol=1e-9,
                                       err_msg=f"{line!r}, word {u}")
    assert ended >= 10


@pytest.mark.parametrize("evidence", [Evidence.none(), EVIDENCE], ids=["alone", "evidence"])
def test_the_fast_decoder_decides_what_the_plain_reference_decides(decoders, evidence) -> None:
    fast, plain = decoders
    differ = []
    for mode, line in LINES[::3]:
        words = line.split()
        a = fast.decode(words, mode, evidence=evidence)
        b = plain.decode(words, mode, evidence=evidence)
        if [(d.index, d.after, d.rule) for d in a] != [(d.index, d.after, d.rule) for d in b]:
            differ.append(line)
        else:
            assert [d.score for d in a] == pytest.approx([d.score for d in b], abs=0.011)
    assert differ == []


def _random_steps(rng: np.random.Generator, sizes: list[int]) -> list[np.ndarray]:
    out = []
    for t, n in enumerate(sizes):
        d1 = sizes[t - 1] if t >= 1 else 1
        d2 = sizes[t - 2] if t >= 2 else 1
        out.append(rng.normal(-5, 3, size=(d2, d1, n)).round(1))   # ties happen
    return out


def test_the_viterbi_finds_the_best_of_every_path_on_random_lattices() -> None:
    rng = np.random.default_rng(13)
    for _ in range(300):
        sizes = [int(x) for x in rng.integers(1, 5, size=int(rng.integers(1, 7)))]
        steps = _random_steps(rng, sizes)
        scores = Scores.from_steps(steps)
        fast = best_path(scores, 0, len(sizes))
        best = brute_force(steps)
        assert total(steps, fast) == pytest.approx(total(steps, best))
        assert path_score(scores, 0, fast) == pytest.approx(total(steps, fast))
        assert total(steps, plain_viterbi(steps)) == pytest.approx(total(steps, best))


def test_runs_scored_together_are_scored_as_each_alone(decoders) -> None:
    """A paragraph's runs (cut by fixed words) are scored in one batch: no score crosses
    from one run into the next."""
    fast, _plain = decoders
    words = "Ngay 12/12/2025 tai tru so UBND tinh Lang Son ong Doan Thanh Son".split()
    run, priors, starts, breaks = _run_of(fast, words, DAMAGED)
    assert sum(starts) >= 2
    together = fast.scores(run, priors, starts, breaks, Evidence.none())
    cut = [k for k, s in enumerate(starts) if s] + [len(run)]
    for lo, hi in zip(cut[:-1], cut[1:], strict=True):
        alone = fast.scores(run[lo:hi], priors[lo:hi], [True] + [False] * (hi - lo - 1),
                            breaks[lo:hi], Evidence.none())
        for u in range(lo, hi):
            np.testing.assert_allclose(together.step(u), alone.step(u - lo), atol=1e-12)


def test_a_bigram_only_decoder_agrees_with_its_plain_reference() -> None:
    model = lexicon.load()
    fast, plain = Decoder(model, None), ReferenceDecoder(model, None)
    for mode, line in LINES[2::6]:
        words = line.split()
        assert [(d.index, d.after) for d in fast.decode(words, mode)] == [
            (d.index, d.after) for d in plain.decode(words, mode)], line


def test_numbers_and_words_in_capitals_are_words_of_the_lines_tested() -> None:
    assert any(re.search(r"\d", line) for _m, line in LINES)
    assert any(line.isupper() for _m, line in LINES)


def test_where_marks_are_trusted_a_marked_syllable_is_its_only_option(decoders) -> None:
    """``trusted`` (marks typed, not read by OCR): ``chúc`` stays as written, and a word
    that lost its marks is still repaired beside it."""
    fast, _plain = decoders
    words = "Phó Chủ tịch Tổ chúc hữu nghị tinh Lạng Sơn".split()
    run, _priors, _starts, _breaks = _run_of(fast, words, CLEAN, trusted=True)
    assert [len(s.texts) for s in run if s.texts[0] in ("chúc", "Lạng")] == [1, 1]
    assert [len(s.texts) for s in run if s.texts[0] == "tinh"][0] > 1
    assert fast.decode(words, CLEAN)[0].after == "chức"
    assert "chúc" not in [d.before for d in fast.decode(words, CLEAN, trusted=True)]


def test_runs_cut_at_words_of_one_option_are_decoded_as_whole(decoders) -> None:
    """Two words in a row with one option fix the Viterbi state: the cut search finds the
    same path as the plain search over the whole run."""
    fast, plain = decoders
    for _mode, line in LINES[::7]:
        words = line.split()
        a = fast.decode(words, CLEAN, trusted=True)
        b = plain.decode(words, CLEAN, trusted=True)
        assert [(d.index, d.after) for d in a] == [(d.index, d.after) for d in b], line
