"""Imported last by a fork server (see the package): what it loaded is kept out of the
collector's reach, the collector is on again for the workers (at a threshold of their
own), and the memory loading freed goes back to the system."""

from __future__ import annotations

import gc

from magpipe.batch.stagemodels import WORKER_THRESHOLD
from magpipe.batch.worker_jobs import release_free_memory

gc.freeze()
gc.set_threshold(WORKER_THRESHOLD)
gc.enable()                    # (off since the preload's first module, ``collector_off``)
release_free_memory()          # what loading used and freed: 48 MB of the fork server's
