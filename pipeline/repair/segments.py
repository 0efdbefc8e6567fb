"""The stretches of a decoding batch that decide anything (``live_segments``).

Pure logic on arrays, no I/O: the decoder scores and searches only these stretches.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def live_segments(n: Sequence[int], starts: Sequence[bool], choice: Sequence[bool]
                  ) -> list[tuple[int, int]]:
    """The stretches [lo, hi) of a sequence of runs (``starts[k]``: word ``k`` opens a run;
    ``n[k]``: its options) that decide anything: each run's ``paths.parts`` that hold a
    word with a ``choice``, each after the two words before it in its run (their one
    option each is the context of its first word's scores), stretches that meet made one.
    A part without a choice keeps every word as its one option says, whatever is around
    it, and is neither scored nor searched: on a sound page, most words are trusted or
    fixed. A stretch scored as a run of its own has the scores it has in the whole run.
    The parts of all runs are found at once (arrays), not word by word."""
    count = len(n)
    if not count:
        return []
    first = np.array(starts, dtype=bool)
    first[0] = True                      # the sequence's first word opens a run
    one = np.array(n, dtype=np.int64) == 1
    # ``paths.parts`` cuts a run after word u when u and the word before it have one
    # option each, u not being the run's first or last word
    last = np.append(first[1:], True)
    cut = np.zeros(count, dtype=bool)
    cut[1:] = one[1:] & one[:-1] & ~first[1:] & ~last[1:]
    begins = np.flatnonzero(first | np.concatenate([[False], cut[:-1]]))
    ends = np.append(begins[1:], count)
    live = np.maximum.reduceat(np.array(choice, dtype=bool), begins)
    run_start = np.maximum.accumulate(np.where(first, np.arange(count), 0))
    out: list[tuple[int, int]] = []
    for start, end, lo in zip(begins[live].tolist(), ends[live].tolist(),
                              run_start[begins[live]].tolist(), strict=True):
        head = max(lo, start - 2)
        if out and out[-1][1] >= head and out[-1][0] >= lo:
            out[-1] = (out[-1][0], end)      # meets the stretch before
        else:
            out.append((head, end))
    return out
