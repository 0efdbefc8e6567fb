"""Rebuild ``pipeline/repair/lexicon/data/candidates.tsv.gz``, the repair stage's candidate index.

Run after any change to the lexicon data, the language model's unigram, the channel tables
or the search's constants (``tests/test_repair_candidate_index.py`` fails until then):

    .venv/bin/python tools/build_candidate_index.py [--workers N]

It asks the candidate search itself (``CandidateFinder.search``, no index) about every key
``magpipe.repair.candidate_index`` chooses, with the shipped data only (never a user lexicon), and
writes the answers. About a minute on two cores.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.repair import candidate_index, lexicon  # noqa: E402
from magpipe.repair.candidates import CandidateFinder  # noqa: E402
from magpipe.repair.lexicon import store  # noqa: E402
from magpipe.repair.lexicon.model import MODES  # noqa: E402

CHUNK = 2000
_finder: CandidateFinder | None = None


def _search(job: tuple[str, list[str]]) -> list[tuple[str, str, str | None]]:
    """(mode, key, packed answer) per key."""
    global _finder
    if _finder is None:
        _finder = CandidateFinder(lexicon._load(""))      # the shipped data only
    mode, keys = job
    return [(mode, key, candidate_index.pack(_finder.search(key, mode))) for key in keys]


def main() -> None:
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv \
        else os.cpu_count() or 1
    started = time.perf_counter()
    model = lexicon._load("")
    english = candidate_index.english_words(model)
    english_keys = set().union(*(candidate_index.casings(w) for w in english))
    jobs, wanted = [], {}
    for mode in MODES:
        keys = candidate_index.index_keys(model, mode)
        wanted[mode] = keys
        todo = sorted(keys | english_keys)
        jobs += [(mode, todo[i:i + CHUNK]) for i in range(0, len(todo), CHUNK)]
    entries: dict[str, dict[str, str]] = {mode: {} for mode in MODES}
    with ProcessPoolExecutor(workers) as pool:
        for rows in pool.map(_search, jobs):
            for mode, key, packed in rows:
                if packed or key in wanted[mode]:   # covered English words: empty is implied
                    entries[mode][key] = packed
    index = candidate_index.CandidateIndex(candidate_index.signature(model), entries,
                                           frozenset(english))
    path = store.write_candidate_index(index.lines())
    print(f"{path}: {sum(map(len, entries.values()))} entries "
          f"({', '.join(f'{m} {len(e)}' for m, e in entries.items())}), {len(english)} English "
          f"words covered, {path.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
