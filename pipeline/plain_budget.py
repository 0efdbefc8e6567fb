"""How much plain-Python work repair's loops may do in a process before it loads their
compiled forms (``repair.compiled``'s rent-or-buy rule). Imports nothing.

Kept outside the repair package: a batch's main process plans with it (whether the fork
server should load the compiled loops, ``batch.stagemodels.pages_for_compiled_loops``)
before it starts the fork server, and importing ``magpipe.repair`` there for one number
(numpy and the decoder's modules) cost ~0.17 s of CPU that every worker waited for
(issue 14). ``magpipe.repair.compiled`` reads it from here.
"""

from __future__ import annotations

# Items (loop iterations, roughly: a word, an option, a state, a query; each caller counts
# its loop's) the plain loops may do in a process before it loads the compiled ones.
# Measured: 0.4-0.9 us an item in plain Python (the Viterbi's counted twice: 1.7-1.9 us),
# so about 0.3-0.4 s, under what loading numba and reading the loops back costs (0.75 s of
# CPU): a sound page is about 9,000 items, a stripped news article of 1,000 words a million
PLAIN_BUDGET = 500_000
