"""Imported by a fork server (see the package): repair's decoder, with its lexicon and
language model (read from their snapshot when one is saved, see :mod:`magpipe.snapshots`),
and what every worker's first document would load otherwise: the joiner over them,
wordfreq's English list (0.1 s: read at the first English slip a document holds), and what
the decoder builds at its first use (``WARM_TEXT``).

The first decode builds the decoder's compiled loops and its tables made on first use (the
language model's trigram search, compiled anew when the model was read back from its
snapshot; the best-path loop; the clause ends' table of stored trigrams). Measured on the
bulletin's 6 pages in a process set up as a worker is: its first document took 1.65-2.0 s
of CPU, the next 0.33-0.41 s; with this decode in the fork server, 0.66-0.87 s (the rest is
the worker's own first calls of the other stages). Every worker paid that on its first
document; the fork server now pays it once for all of them.
"""

from __future__ import annotations

from magpipe import repair
from magpipe.batch.stagemodels import load
from wordfreq import zipf_frequency

# Two lines a decode reads in both of repair's modes: clean Vietnamese, the same without its
# marks (what the damaged mode restores), clause ends and an English word among them. The
# result is thrown away: only what the decoder builds on the way is kept.
WARM_TEXT = ("Hà Nội là thủ đô của nước Việt Nam, một thành phố lớn (the capital).\n"
             "Ha Noi la thu do cua nuoc Viet Nam, mot thanh pho lon.")
WARM_MODES = (repair.CLEAN, repair.DAMAGED)


def warm_decoder() -> None:
    """Repair ``WARM_TEXT`` in each mode, keeping nothing but what the decoder built."""
    for mode in WARM_MODES:
        repair.repair_text(WARM_TEXT, mode)


load("repair's lexicon and language model", repair.decoder)
load("repair's joiner", repair.joiner)
load("wordfreq's English list", lambda: zipf_frequency("the", "en"))
load("repair's compiled loops and first-use tables", warm_decoder)
