"""Imported by a fork server (see the package): repair's decoder, with its lexicon and
language model (read from their snapshot when one is saved, see :mod:`magpipe.snapshots`),
and what every worker's first document would load otherwise: the joiner over them, the
table of wordfreq's English frequencies (``text.english_zipf``: read at the first English
slip a document holds, or the first anchor or line-end hyphen its later stages weigh), and
what the decoder builds at its first use (``WARM_TEXT``).

The first decode builds the decoder's tables made on first use. It runs the plain-Python
forms of repair's loops (``repair.compiled.Tiers``: two lines are far below the budget after
which a process loads numba's compiled forms), so the fork server does not load numba: a
run of sound pages never needs it, and a worker that repairs much damaged text loads the
compiled loops itself once its plain work passes the budget (the rent-or-buy rule).
"""

from __future__ import annotations

from magpipe import repair
from magpipe.batch.stagemodels import load
from magpipe.repair.compiled import uncounted
from magpipe.text import english_zipf

# Two lines a decode reads in both of repair's modes: clean Vietnamese, the same without its
# marks (what the damaged mode restores), clause ends and an English word among them. The
# result is thrown away: only what the decoder builds on the way is kept.
WARM_TEXT = ("Hà Nội là thủ đô của nước Việt Nam, một thành phố lớn (the capital).\n"
             "Ha Noi la thu do cua nuoc Viet Nam, mot thanh pho lon.")
WARM_MODES = (repair.CLEAN, repair.DAMAGED)


def warm_decoder() -> None:
    """Repair ``WARM_TEXT`` in each mode, keeping nothing but what the decoder built. Its
    plain-loop work is not charged to the process's budget (``repair.compiled``): a worker
    forked afterwards did none of it, and its budget is for its own pages."""
    with uncounted():
        for mode in WARM_MODES:
            repair.repair_text(WARM_TEXT, mode)


load("repair's lexicon and language model", repair.decoder)
load("repair's joiner", repair.joiner)
load("wordfreq's English frequencies", english_zipf.table)
load("repair's first-use tables", warm_decoder)
