"""Reading ``../shared/corpora`` for the language model: documents, the held-out split, ids.

One place says which news documents are held out of the counts (``split_of``): a hash of
the document's ``### <source path>`` line puts about 1% of the ``vntc-news`` documents in a
TUNE set (where the decoder's mixing weights were chosen) and another 1% in a TEST set
(scored by ``bench/bench_repair_lm.py``, never used to choose anything). Neither is counted.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from magpipe.repair.lm import BOS, NUM_ID, UNK
from magpipe.text.vietnamese import has_vietnamese_marks, is_valid_syllable, placement_key

ROOT = Path(__file__).resolve().parents[1]
# source file -> weight of its counts in the forms table (``tools/lm_forms.py``; integer: the
# counts are repeated). News is the closest register to the bulletin's; legal text and
# Wikipedia add vocabulary and names. The language model pools its counts unweighted
# (``tools/build_lm.LM_WEIGHTS``: repeated counts skew its discounts).
SOURCES = {"vntc-news.txt.gz": 2, "viwiki.txt.gz": 1, "legal.txt.gz": 1}
HELD_OUT_SOURCE = "vntc-news.txt.gz"
TUNE, TEST, COUNT = "tune", "test", "count"
PUNCT = "\"'“”‘’()[]{}«»<>,.;:!?–—-/*•·…®@©"


def corpora_dir() -> Path:
    """``$MAGPIPE_CORPORA``, else ``shared/corpora`` beside the repository."""
    env = os.environ.get("MAGPIPE_CORPORA")
    return Path(env) if env else ROOT.parent / "shared" / "corpora"


def split_of(source: str, header: str) -> str:
    """TUNE, TEST or COUNT for the document whose first line is ``header``."""
    if source != HELD_OUT_SOURCE:
        return COUNT
    bucket = int(hashlib.sha1(header.encode("utf-8")).hexdigest()[:8], 16) % 100
    return TUNE if bucket == 0 else TEST if bucket == 1 else COUNT


def documents(source: str, corpora: Path | None = None) -> Iterator[tuple[str, str, list[str]]]:
    """(header, split, lines) of every document of ``source``."""
    path = (corpora or corpora_dir()) / source
    header, lines = "", []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("### "):
                if header:
                    yield header, split_of(source, header), lines
                header, lines = line, []
            elif line.strip():
                lines.append(line)
    if header:
        yield header, split_of(source, header), lines


def is_vietnamese_line(line: str) -> bool:
    """At least 30% of its words carry Vietnamese marks (skips the sample's English)."""
    words = line.split()
    return bool(words) and sum(map(has_vietnamese_marks, words)) >= 0.3 * len(words)


class Encoder:
    """Text -> a flat list of syllable ids with ``BOS`` at every context break (a line
    start, punctuation on either side of a word, a word that is no known syllable), the
    breaks the decoder makes too. Tone placement is normalised (``hoà`` = ``hòa``). A
    syllable (or number) followed by punctuation that ends a clause is followed by that
    clause end's id (``magpipe.repair.lm.end_of``) before the break, when the vocabulary
    has one."""

    def __init__(self, vocab: dict[str, int]) -> None:
        # imported here: bench_repair_speed imports this module (through bench_repair_lm)
        # into a baseline's tree, which may have no clause ends
        from magpipe.repair.lm import end_of
        self.end_of = end_of
        self.vocab = vocab
        self._codes: dict[str, tuple[bool, int, int, str]] = {}
        self.rare: Counter[str] = Counter()    # sightings of syllables outside the vocabulary

    def code(self, raw: str) -> tuple[bool, int, int, str]:
        """(leading punctuation, id, after: 0 none / -1 a break / the clause end's id,
        the syllable when it is outside the vocabulary)."""
        code = self._codes.get(raw)
        if code is None:
            core = raw.strip(PUNCT)
            word = placement_key(unicodedata.normalize("NFC", core).lower())
            rare = ""
            if not core:
                ident = UNK
            elif core.replace(".", "").replace(",", "").isdigit():
                ident = NUM_ID
            elif is_valid_syllable(word):
                ident = self.vocab.get(word, UNK)
                rare = word if ident == UNK else ""
            else:
                ident = UNK
            after = 0
            if raw[-1:] in PUNCT:
                end = self.end_of(raw[len(raw.rstrip(PUNCT)):])
                after = self.vocab.get(end, -1) if end is not None else -1
            code = (raw[:1] in PUNCT, ident, after, rare)
            if len(self._codes) < 2_000_000:
                self._codes[raw] = code
        return code

    def encode(self, line: str, out: list[int]) -> None:
        if not out or out[-1] != BOS:
            out.append(BOS)
        for raw in line.split():
            before, ident, after, rare = self.code(raw)
            if rare:
                self.rare[rare] += 1
            if (before or ident == UNK) and out[-1] != BOS:
                out.append(BOS)
            if ident != UNK:
                out.append(ident)
                if after > 0:
                    out.append(after)
                if after:
                    out.append(BOS)
