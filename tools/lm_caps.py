"""Count how often each syllable is written with a capital inside a sentence: ``caps.tsv.gz``.

Run by ``make lm`` (``tools/build_lm.py`` calls ``build``), or alone:
``nice .venv/bin/python tools/lm_caps.py``. Reads the same documents as the language model
(the COUNT news, Wikipedia, legal texts, the sample's learning lines; never TUNE, TEST or
the sample's held-out lines), each once.

Text whose marks were stripped keeps its capitals, and a capital inside a sentence marks a
name: ``cô Lan`` is the name ``Lan``, not ``lần``, which the corpora hardly ever write
with a capital there. The language model lowercases every word, so it cannot tell; this
table can. Per syllable (tone placement normalised), among its sightings inside a sentence
(``options.mid_sentence``: after a word of the same sentence, with no punctuation before
it), how many were in lower case and how many in title case (``Lan``); other shapes
(capitals, ``iPhone``) are not counted. ``magpipe.repair.lm`` loads it.

In the same pass, ``caps_pairs.tsv.gz``: how often each syllable stands right before a
syllable in title case inside a sentence (``cô Lan``, ``Đổi Mới``, ``xã Cảnh``), written
in lower case, in title case, and opening its sentence (three columns: an opening word's
capital is the sentence's); never across punctuation. A title-case word's neighbours
settle what one syllable's case odds cannot: ``Đổi`` before ``Mới`` (the language model,
blind to case, reads ``đôi môi``), ``ông`` before ``Diễn`` (not ``Điển``). Pairs read at
least ``PAIR_MIN`` times are kept (``magpipe.repair.name_pairs`` reads them).
"""

from __future__ import annotations

import gzip
import logging
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.repair.lexicon import sample_split  # noqa: E402
from magpipe.repair.lm import CAPS_FILE, LM_DIR  # noqa: E402
from magpipe.repair.name_pairs import OPENING, PAIRS_FILE  # noqa: E402
from magpipe.repair.options import mid_sentence  # noqa: E402
from magpipe.text.vietnamese import is_valid_syllable, placement_key  # noqa: E402

from tools.lm_corpus import COUNT, PUNCT, SOURCES, documents, is_vietnamese_line  # noqa: E402

log = logging.getLogger("lm_caps")
LOWER, TITLE = 0, 1
CAPS_MIN = 3           # sightings inside a sentence a syllable needs to be listed
PAIR_MIN = 3           # ... and a pair (a syllable, one in title case after it) (set once)


def case_of(raw: str) -> tuple[str, int] | None:
    """(syllable, LOWER or TITLE) of the word ``raw`` (punctuation around it removed), None
    when it is no syllable or in another shape (capitals, mixed case)."""
    core = unicodedata.normalize("NFC", raw.strip(PUNCT))
    if not core:
        return None
    lower = core.lower()
    if core == lower:
        shape = LOWER
    elif core[:1].isupper() and core[1:] == lower[1:]:
        shape = TITLE
    else:
        return None
    syllable = placement_key(lower)
    return (syllable, shape) if is_valid_syllable(syllable) else None


def count(lines: Iterable[str], tally: dict[int, Counter[str]],
          pairs: Counter[tuple[str, str, int]]) -> None:
    """Add the sightings inside a sentence of ``lines`` to ``tally`` (per shape), and to
    ``pairs`` each (syllable before, syllable in title case, the shape of the one before:
    LOWER, TITLE, or OPENING when it opens its sentence)."""
    memo: dict[str, tuple[str, int] | None] = {}
    lower, title = tally[LOWER], tally[TITLE]
    for line in lines:
        previous = None
        inside = False                 # ``previous`` stands inside a sentence
        for raw in line.split():
            found = memo.get(raw, ())
            if found == ():
                found = case_of(raw)
                if len(memo) < 1_000_000:
                    memo[raw] = found
            here = previous is not None and mid_sentence(previous, raw)
            if here and found is not None:
                if found[1] == TITLE:
                    title[found[0]] += 1
                    # a pair across punctuation (`Hà Nội, Hải Phòng`) says nothing; a first
                    # word that opens its sentence is counted apart (its capital is the
                    # sentence's)
                    before = case_of(previous) if previous[-1] not in PUNCT else None
                    if before is not None:
                        pairs[(before[0], found[0], before[1] if inside else OPENING)] += 1
                else:
                    lower[found[0]] += 1
            previous, inside = raw, here


def build(directory: Path = LM_DIR) -> Path:
    """Count every source once and write ``directory / CAPS_FILE`` and ``PAIRS_FILE``."""
    tally: dict[int, Counter[str]] = {LOWER: Counter(), TITLE: Counter()}
    pairs: Counter[tuple[str, str, int]] = Counter()
    for source in SOURCES:
        started = time.perf_counter()
        count((line for _h, split, lines in documents(source) if split == COUNT
               for line in lines), tally, pairs)
        log.info("caps: %s counted in %.0f s", source, time.perf_counter() - started)
    sample = sample_split.learning_lines(sample_split.read_sample())
    count((line for line in sample if is_vietnamese_line(line)), tally, pairs)
    rows = sorted((s, tally[LOWER][s], tally[TITLE][s])
                  for s in set(tally[LOWER]) | set(tally[TITLE])
                  if tally[LOWER][s] + tally[TITLE][s] >= CAPS_MIN)
    path = directory / CAPS_FILE
    text = "".join(f"{s}\t{low}\t{cap}\n" for s, low, cap in rows)
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    log.info("caps: %d syllables in %s", len(rows), path)
    shapes: dict[tuple[str, str], list[int]] = {}
    for (a, b, shape), n in pairs.items():
        shapes.setdefault((a, b), [0, 0, 0])[shape] += n
    kept = sorted((a, b, *counts) for (a, b), counts in shapes.items()
                  if sum(counts) >= PAIR_MIN)
    text = "".join("\t".join(map(str, row)) + "\n" for row in kept)
    (directory / PAIRS_FILE).write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    log.info("caps: %d pairs before a title-case syllable in %s", len(kept), PAIRS_FILE)
    return path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build()
