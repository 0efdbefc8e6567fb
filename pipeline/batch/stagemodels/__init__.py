"""The stages' read-only models, loaded once by a local engine's fork server, and only those
of the stages a run will compute.

A process pool's fork server can only import modules before it forks the workers, so
importing one of this package's modules is what loads a stage's models (the engine adds
them to the fork server's preload list, see :func:`preload`; nothing else should import
them). Every worker forked afterwards reads the same physical pages, copied only where a
worker writes. Measured on the bulletin scan (two forked workers, each repairing, splitting
and aligning one document): 72 MB of memory of its own per worker against 281 MB when each
loaded its own copy, and the loading is done once instead of once per worker.

The models cost CPU before the first page can start (measured one at a time under load:
repair's lexicon and language model 0.96 s, langdetect's profiles 0.69 s, align's glosses
0.55 s), so a run loads only those of the stages some document will compute
(``batch.plan``): a rerun with everything cached loads none.

The last module of the list, :mod:`.frozen`, calls ``gc.freeze()``: a full collection writes
into the header of every object it visits, which would copy those pages into each worker one
by one as the run goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from magpipe.config import Stage

log = logging.getLogger(__name__)

# The module that loads each stage's models (extract has none: Tesseract's are loaded by
# each worker's own library handle, and PDFium has no model).
MODULES = {
    Stage.REPAIR: "magpipe.batch.stagemodels.repair",
    Stage.SPLIT: "magpipe.batch.stagemodels.split",
    Stage.ALIGN: "magpipe.batch.stagemodels.align",
}
FROZEN = "magpipe.batch.stagemodels.frozen"


def preload(stages: Iterable[Stage]) -> list[str]:
    """The modules a fork server imports for a run computing ``stages``: their models, in
    stage order, then the freeze."""
    wanted = set(stages)
    return [module for stage, module in MODULES.items() if stage in wanted] + [FROZEN]


def load(name: str, loader: Callable[[], object]) -> None:
    """Run one model's ``loader`` (it keeps its result), timed; a failure is only logged."""
    began = time.perf_counter()
    try:
        loader()
    except Exception as exc:  # noqa: BLE001 - a job meets it again, and reports it there
        # (raised here, it would end the fork server and leave the pool with no workers)
        log.warning("%s not preloaded (%s); each worker loads its own", name, exc)
        return
    log.debug("%s loaded in %.2f s", name, time.perf_counter() - began)
