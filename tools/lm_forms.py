"""Count how the corpora write the words that are no Vietnamese syllable: ``forms.tsv.gz``.

Run by ``make lm`` (``tools/build_lm.py`` calls ``build``), or alone:
``nice .venv/bin/python tools/lm_forms.py``. Reads the same documents as the language
model (the COUNT news, Wikipedia, legal texts, the sample's learning lines; never TUNE,
TEST or the sample's held-out lines) with the same source weights.

A word whose letters, marks taken off, are no Vietnamese syllable is an abbreviation, a
unit, a symbol or a compound: ``ĐH``, ``GDĐT``, ``NĐ-CP``, ``km``, ``m2``, ``USD``,
``đồng/tháng``. Text that lost its marks writes them ``DH``, ``GDDT``, ``ND-CP``: the
syllable decoder cannot restore them (they are no syllables), and it would turn ``km``
into ``em``. The table keeps, per bare form (``strip_diacritics``, case kept), the spelling
the corpora use most, when that form was read at least ``FORM_MIN`` times (weighted) and
that spelling is at least ``FORM_SHARE`` of them. ``magpipe.repair.lm`` loads it.
"""

from __future__ import annotations

import gzip
import logging
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.repair.lexicon import sample_split  # noqa: E402
from magpipe.repair.lm import FORMS_FILE, LM_DIR  # noqa: E402
from magpipe.text.vietnamese import is_valid_syllable, strip_diacritics  # noqa: E402

from tools.lm_corpus import COUNT, PUNCT, SOURCES, documents, is_vietnamese_line  # noqa: E402

log = logging.getLogger("lm_forms")
SAMPLE_WEIGHT = 4      # as the language model's (build_lm.SAMPLE_WEIGHT)
FORM_MIN = 20          # weighted sightings a bare form needs (set once, not tuned)
FORM_SHARE = 0.8       # ... and the share of its commonest spelling
MAX_FORM = 24          # longer words are not kept (dates, URLs)
MAX_DIGITS = 2         # ``m2``, ``H5N1``; more digits are numbers and dates
INNER = frozenset("-./&")   # characters a kept word may hold besides letters and digits


def form_of(raw: str, syllables: set[str]) -> str | None:
    """The word of ``raw`` (punctuation around it removed, NFC) when it is one the table
    may hold: letters (and a few digits and joiners) that are no Vietnamese syllable; else
    None. The bare letters of every syllable met are added to ``syllables``."""
    core = unicodedata.normalize("NFC", raw.strip(PUNCT))
    if not core or len(core) > MAX_FORM or not any(c.isalpha() for c in core):
        return None
    if sum(c.isdigit() for c in core) > MAX_DIGITS or not all(
            c.isalnum() or c in INNER for c in core):
        return None
    lower = core.lower()
    if is_valid_syllable(lower):
        syllables.add(strip_diacritics(lower))    # `cac`, `Dieu`: the decoder restores them
        return None
    return core


def count(lines: Iterable[str], weight: int, tally: Counter[str], syllables: set[str]) -> None:
    """Add the kept words of ``lines`` to ``tally``, ``weight`` times, and the bare
    letters of their syllables to ``syllables``."""
    memo: dict[str, str | None] = {}
    for line in lines:
        for raw in line.split():
            form = memo.get(raw, "")
            if form == "":
                form = form_of(raw, syllables)
                if len(memo) < 1_000_000:
                    memo[raw] = form
            if form is not None:
                tally[form] += weight


def table(tally: Counter[str], syllables: set[str]) -> list[tuple[str, str, int]]:
    """(bare form, spelling, sightings of the bare form) kept, sorted by bare form; never
    the bare letters of a syllable (``syllables``: those are the decoder's)."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for form, n in tally.items():
        groups[strip_diacritics(form)][form] += n
    rows = []
    for bare, spellings in groups.items():
        if bare.lower() in syllables:
            continue
        total = sum(spellings.values())
        best, n = spellings.most_common(1)[0]
        if total >= FORM_MIN and n >= FORM_SHARE * total:
            rows.append((bare, best, total))
    return sorted(rows)


def build(directory: Path = LM_DIR) -> Path:
    """Count every source and write ``directory / FORMS_FILE``."""
    tally: Counter[str] = Counter()
    syllables: set[str] = set()
    for source, weight in SOURCES.items():
        started = time.perf_counter()
        count((line for _h, split, lines in documents(source) if split == COUNT
               for line in lines), weight, tally, syllables)
        log.info("forms: %s counted in %.0f s", source, time.perf_counter() - started)
    sample = sample_split.learning_lines(sample_split.read_sample())
    count((line for line in sample if is_vietnamese_line(line)), SAMPLE_WEIGHT, tally,
          syllables)
    rows = table(tally, syllables)
    path = directory / FORMS_FILE
    text = "".join(f"{bare}\t{best}\t{n}\n" for bare, best, n in rows)
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    log.info("forms: %d bare forms kept (%d changed by marks) in %s", len(rows),
             sum(bare != best for bare, best, _n in rows), path)
    return path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build()
