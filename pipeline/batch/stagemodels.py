"""The stages' read-only models, loaded once by a local engine's fork server.

A process pool's fork server can only import modules before it forks the workers, so
importing this module is what loads the models (``LocalEngine(..., share_models=True)``
adds it to the fork server's preload list; nothing else should import it). Every worker
forked afterwards reads the same physical pages, copied only where a worker writes. Measured
on the bulletin scan (two forked workers, each repairing, splitting and aligning one
document): 72 MB of memory of its own per worker against 281 MB when each loaded its own
copy, and the loading (about 3 s of CPU) is done once instead of once per worker.

``gc.freeze()`` moves everything loaded so far out of the collector's reach: a full
collection writes into the header of every object it visits, which would copy those pages
into each worker one by one as the run goes on.
"""

from __future__ import annotations

import gc
import logging
import time

from magpipe import repair
from magpipe.align import lexicon as align_glosses
from magpipe.batch.engines import release_free_memory
from magpipe.split import langid, rolemodel

log = logging.getLogger(__name__)


def load_stage_models() -> None:
    """Load what the document jobs read: repair's decoder (lexicon, trigram model), split's
    language profiles and role model, align's glosses. Each loader keeps its result."""
    began = time.perf_counter()
    try:
        repair.decoder()
        langid.detect("")           # langdetect loads its language profiles on first use
        rolemodel.load()
        align_glosses.glosses()
    except Exception as exc:  # noqa: BLE001 - a job meets it again, and reports it there
        # (raised here, it would end the fork server and leave the pool with no workers)
        log.warning("stage models not preloaded (%s); each worker loads its own", exc)
        return
    log.debug("stage models loaded in %.1f s", time.perf_counter() - began)


load_stage_models()
gc.freeze()
release_free_memory()          # what loading used and freed: 48 MB of the fork server's
