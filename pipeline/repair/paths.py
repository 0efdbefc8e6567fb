"""The best path through a sequence's ``lattice.Scores``, and what its choices are worth.

Pure logic on numpy arrays, split out of ``magpipe.repair.lattice`` (which builds the
scores). ``best_paths`` is an exact Viterbi over (previous option, option) states, every
part of every run searched in one call of the compiled search (``search``); ``margins``
weigh a chosen option against keeping the word, the rest of the path fixed;
``path_score`` adds up one path's scores (for the tests' plain search).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from magpipe.repair.compiled import run
from magpipe.repair.lattice import Scores
from magpipe.repair.search import search_parts


def best_path(scores: Scores, lo: int, hi: int) -> list[int]:
    """The best option per word of the run ``lo:hi``: exact Viterbi over (previous
    option, option) states (``best_paths`` of the one run)."""
    return best_paths(scores, [(lo, hi)])[0]


def best_paths(scores: Scores, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The best option per word of each run ``lo:hi`` of ``spans`` (runs that do not
    overlap): exact Viterbi over (previous option, option) states. Two words in a row with
    one option each fix the state: each run is cut there into parts (``parts``), searched
    alone; a part where no word has a choice keeps option 0, the others are searched all
    in one call of the compiled search (``search``: a sound page has hundreds of
    parts of a few words, a stripped one tens of thousands of steps)."""
    if not spans:
        return []
    n = scores.arrays[0]
    lengths = np.array([hi - lo for lo, hi in spans], dtype=np.int64)
    span, pos = expand(lengths)
    words = np.array([lo for lo, _hi in spans], dtype=np.int64)[span] + pos
    one = n[words] == 1
    # a part ends after two words of one option in a row (not at a run's first or last
    # word, as in ``parts``), or at the end of its run
    last = pos == lengths[span] - 1
    cut = np.zeros(len(words), dtype=bool)
    cut[1:] = one[1:] & one[:-1] & (pos[1:] >= 1) & ~last[1:]
    ends = np.flatnonzero(cut | last) + 1
    begins = np.concatenate([[0], ends[:-1]])
    choices = np.add.reduceat((~one).astype(np.int64), begins)
    span_of = lengths.cumsum() - lengths                   # each span's first flat index
    path = np.zeros(len(words), dtype=np.int64)
    live = np.flatnonzero(choices > 0)
    if len(live):
        lo, hi = begins[live], ends[live]
        starts = words[lo]
        width = n[starts]
        owner, options = expand(width)
        zero = np.zeros(len(owner), dtype=np.int64)
        # each part's first word after the one option each of the two words before it
        # (or none: a run's first word, which has no history)
        firsts = scores.values(starts[owner], zero, zero, options)
        pairs = _floats(scores.pairs)
        found = run(
            search_parts, 2 * (len(n) + len(pairs) + len(scores.rows)),   # ~2 us each
            n, scores.arrays[2], pairs, np.asarray(scores.hist_at, np.int64),
            _ints(scores.hist_local), _ints(scores.row_at), _floats(scores.rows), starts,
            words[hi - 1] + 1, np.concatenate([[0], np.cumsum(width)]), _floats(firsts))
        part, at = expand(hi - lo)
        path[lo[part] + at] = found
    flat = path.tolist()
    return [flat[at:at + length] for at, length in zip(span_of.tolist(), lengths.tolist(),
                                                        strict=True)]


def _ints(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)


def _floats(values: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.float64)


def expand(sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, index within the owner) of ``sizes[j]`` items for each ``j``, laid out flat."""
    at = np.cumsum(sizes) - sizes
    owner = np.repeat(np.arange(len(sizes)), sizes)
    return owner, np.arange(int(sizes.sum())) - at[owner]


def parts(n: Sequence[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts [start, end) ``best_path`` searches alone in the run ``lo:hi`` whose words
    have ``n`` options each: the run is cut after every two words in a row with one option
    (the state there is fixed, so no choice on one side changes a score on the other)."""
    out = []
    start = lo
    for u in range(lo + 1, hi - 1):
        if n[u] == 1 and n[u - 1] == 1:
            out.append((start, u + 1))
            start = u + 1
    out.append((start, hi))
    return out


def margins(scores: Scores, lo: int, path: Sequence[int], words: Sequence[int]
            ) -> np.ndarray:
    """Per word ``t`` of ``words`` (indices within the run that starts at ``lo`` and
    follows ``path``): the local evidence for its chosen option against keeping it (option
    0), the other words fixed: the sum of the scores that see word ``t``, as chosen and
    with option 0."""
    return margins_many(scores, [(lo, path, words)])[0]


def margins_many(scores: Scores, runs: Sequence[tuple[int, Sequence[int], Sequence[int]]]
                 ) -> list[np.ndarray]:
    """``margins`` of each run (lo, path, words), all worked out at once: a page has
    hundreds of runs that change a word, and one by one each cost a dozen numpy calls.
    Every sum is the one ``margins`` adds, term by term in the same order, so each margin
    is its own to the last bit. The runs are laid out flat, each path followed by two
    zeros (the options past its end)."""
    if not runs:
        return []
    length = np.array([len(path) for _lo, path, _w in runs], dtype=np.int64)
    base = np.cumsum(length + 2) - (length + 2)            # each run's first flat place
    p = np.zeros(int((length + 2).sum()), dtype=np.int64)
    run, u = expand(length)
    p[base[run] + u] = np.concatenate([np.asarray(path, dtype=np.int64)
                                       for _lo, path, _w in runs])
    first = np.array([lo for lo, _p, _w in runs], dtype=np.int64)
    at = base[run] + u
    before = np.where(u >= 1, p[at - 1], 0)
    before2 = np.where(u >= 2, p[at - 2], 0)
    terms = np.zeros(len(p))
    terms[at] = scores.values(u + first[run], before2, before, p[at])
    counts = np.array([len(words) for _lo, _p, words in runs], dtype=np.int64)
    owner, _k = expand(counts)
    t = np.concatenate([np.asarray(words, dtype=np.int64) for _lo, _p, words in runs])
    end, lo, flat = length[owner], first[owner], base[owner] + t
    zero = np.zeros(len(t), dtype=np.int64)
    gain = terms[flat] + terms[flat + 1] + terms[flat + 2]
    # the same steps with word t keeping its word: u = t, t + 1, t + 2 (those in the run)
    alt = scores.values(t + lo, np.where(t >= 2, p[flat - 2], 0),
                        np.where(t >= 1, p[flat - 1], 0), zero)
    for d, k2, k1, i in ((1, np.where(t >= 1, p[flat - 1], 0), zero, p[flat + 1]),
                         (2, zero, p[flat + 1], p[flat + 2])):
        inside = np.flatnonzero(t + d < end)
        alt[inside] += scores.values(t[inside] + d + lo[inside], k2[inside], k1[inside],
                                     i[inside])
    return np.split(gain - alt, np.cumsum(counts)[:-1])


def path_score(scores: Scores, lo: int, path: Sequence[int]) -> float:
    """The score of one full path through the run that starts at ``lo``."""
    u = np.arange(len(path)) + lo
    p = np.array(path, dtype=np.int64)
    k1 = np.concatenate([[0], p[:-1]])
    k2 = np.concatenate([[0, 0], p[:-2]])[:len(p)]
    return float(scores.values(u, k2, k1, p).sum())
