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
repair's lexicon and language model 0.96 s, align's glosses 0.55 s; langdetect's profiles,
0.69 s as langdetect loads them, ~0.07 s as ``split.langprofiles`` reads them back), so a run
loads only those of the stages some document will compute (``batch.plan``): a rerun with
everything cached loads none. Repair's compiled loops are loaded here too when the batch is
large enough that every worker would load them anyway (``pages_for_compiled_loops``).

The last module of the list, :mod:`.frozen`, calls ``gc.freeze()``: a full collection writes
into the header of every object it visits, which would copy those pages into each worker one
by one as the run goes on. The engine puts :mod:`.collector_off` before everything the fork
server imports: loading runs with the collector off, and ``frozen`` turns it back on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from magpipe.config import Stage
from magpipe.plain_budget import PLAIN_BUDGET

log = logging.getLogger(__name__)

# The module that loads each stage's models (extract has none: Tesseract's are loaded by
# each worker's own library handle, and PDFium has no model).
MODULES = {
    Stage.REPAIR: "magpipe.batch.stagemodels.repair",
    Stage.SPLIT: "magpipe.batch.stagemodels.split",
    Stage.ALIGN: "magpipe.batch.stagemodels.align",
}
FROZEN = "magpipe.batch.stagemodels.frozen"
COMPILED = "magpipe.batch.stagemodels.compiled"
COLLECTOR_OFF = "magpipe.batch.stagemodels.collector_off"   # first of all: see the module
# PDFium's set-up for a process's first page, done before the workers are forked (every
# run's workers draw pages: the review page's images, a scan's for OCR)
PDFIUM = "magpipe.batch.stagemodels.pdfium"

# The collector's threshold in the workers (``frozen`` sets it as it turns the collector
# back on). A worker's young objects are mostly a document's pages, words and blocks, which
# live until its job ends: at Python's default (700 allocations) each worker ran ~200
# collections over the scale bench's born-digital batch, 0.1-0.2 s of CPU; at this one 3-4
# (0.06 s), the cycles it frees held a little longer (peak memory unchanged, measured).
WORKER_THRESHOLD = 20_000

# Items repair's plain loops do for a sound born-digital page (``repair.compiled.Tiers``'s
# count; measured on the scale bench's fixtures: 12,100 a page of the bulletin, 17,500 of the
# photo pages; the fork server's warm decode, 39,000, is not charged to its workers): a
# worker whose share of a batch holds more than ``PLAIN_BUDGET`` / this pages takes its
# plain loops past their budget and loads numba's compiled loops midway (0.75 s of CPU and
# ~100 MB, in every such worker). The lower figure: a batch is judged large only when its
# pages surely are.
REPAIR_ITEMS_PER_PAGE = 12_000


def pages_for_compiled_loops(workers: int) -> int:
    """The pages of a batch from which each of ``workers`` would load repair's compiled
    loops midway (``REPAIR_ITEMS_PER_PAGE``): from there the fork server loads them once,
    before it forks, and the workers share them (rent-or-buy's answer known at the start).
    0 (never) for one worker: nothing to share."""
    if workers < 2:
        return 0
    return PLAIN_BUDGET * workers // REPAIR_ITEMS_PER_PAGE + 1


def preload(stages: Iterable[Stage], compiled_loops: bool = False) -> list[str]:
    """The modules a fork server imports for a run computing ``stages``: their models, in
    stage order (with ``compiled_loops``, repair's compiled loops after its models), then
    the freeze."""
    wanted = set(stages)
    modules = [module for stage, module in MODULES.items() if stage in wanted]
    if compiled_loops and Stage.REPAIR in wanted:
        modules.insert(modules.index(MODULES[Stage.REPAIR]) + 1, COMPILED)
    return [*modules, FROZEN]


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
