"""While a local engine is open, the main process collects at the workers' threshold
(``stagemodels.WORKER_THRESHOLD``), and at its own again once the engine is closed."""

from __future__ import annotations

import gc

from magpipe.batch.engines import LocalEngine
from magpipe.batch.stagemodels import WORKER_THRESHOLD


def test_the_main_process_collects_at_the_workers_threshold_while_an_engine_is_open():
    before = gc.get_threshold()
    with LocalEngine(1):
        assert gc.get_threshold() == (WORKER_THRESHOLD, *before[1:])
    assert gc.get_threshold() == before
