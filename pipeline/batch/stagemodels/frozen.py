"""Imported last by a fork server (see the package): what it loaded is kept out of the
collector's reach, the collector is on again for the workers (at a threshold of their
own), and the memory loading freed goes back to the system."""

from __future__ import annotations

import gc

from magpipe.batch.engines import release_free_memory

# A worker's young objects are mostly a document's pages, words and blocks, which live
# until its job ends: at the default threshold (700 allocations) each worker ran ~200
# collections over the born-digital batch of the scale bench, 0.1-0.2 s of CPU; at this
# one, 3-4 (0.06 s), the cycles it frees held a little longer.
WORKER_THRESHOLD = 20_000

gc.freeze()
gc.set_threshold(WORKER_THRESHOLD)
gc.enable()                    # (off since the preload's first module, ``collector_off``)
release_free_memory()          # what loading used and freed: 48 MB of the fork server's
