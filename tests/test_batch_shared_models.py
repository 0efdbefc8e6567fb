"""Workers of a whole run start with the stages' models loaded by the fork server (shared
pages, not one copy per worker); an engine for extract alone loads none of them.

Each case runs in a fresh interpreter: a process has one fork server, started with the
preload list of the first engine that needed it, so an earlier test would decide."""

from __future__ import annotations

import subprocess
import sys

from batch_inputs import asked_in_workers
from magpipe.batch.stagemodels import WORKER_THRESHOLD

# How many decoders the repair stage's loader holds in each of four jobs run by the
# workers, before any document job.
HELD = "__import__('magpipe.repair').repair._decoder_for.cache_info().currsize"


def test_workers_of_a_run_start_with_the_repair_model_loaded():
    assert asked_in_workers("open_engine(2, None)", HELD) == "[1, 1, 1, 1]"


def test_workers_for_one_stage_load_no_model():
    assert asked_in_workers("LocalEngine(2)", HELD) == "[0, 0, 0, 0]"


# In each of four jobs of a run's workers: whether the collector is on, how many full
# collections the process has run (a worker inherits the fork server's count), and the
# collector's threshold.
COLLECTOR_PROBE = """
from magpipe.batch.engines import open_engine
ASKED = ("(__import__('gc').isenabled(), __import__('gc').get_stats()[2]['collections'], "
         "__import__('gc').get_threshold()[0])")
with open_engine(2, None) as engine:
    print(sorted(set(engine.map_pages(eval, [ASKED] * 4))))
"""


def test_the_fork_server_loads_with_the_collector_off_and_its_workers_collect_less_often():
    # loading with the collector on ran three full collections over the growing heap
    # (~0.2 s of CPU before any worker could start); the workers have it on again, at
    # their own threshold (~200 collections each over a born-digital batch at Python's)
    done = subprocess.run([sys.executable, "-c", COLLECTOR_PROBE], capture_output=True,
                          text=True, timeout=240, check=True)
    assert done.stdout.strip() == f"[(True, 0, {WORKER_THRESHOLD})]"
