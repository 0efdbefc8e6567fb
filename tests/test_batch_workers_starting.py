"""While a pool's workers start (the fork server loading the models), the main process
reads the pages from their text layer and holds the document jobs; once the workers are
forked, every job goes to them (``batch.startup``)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest
from batch_inputs import pages_of
from conftest import FIXTURES
from magpipe.artifacts import PageSource
from magpipe.batch.startup import WorkersStarting
from magpipe.config import OcrMode
from magpipe.errors import EXIT_INTERRUPTED
from magpipe.extract import OcrElsewhere, PageJob, extract_page, text_layer_only


class _SlowPool:
    """A pool whose workers are forked once ``forked`` is set: its ``submit`` blocks until
    then, as a fork server's does while it loads; it runs each job at once."""

    def __init__(self) -> None:
        self.forked = threading.Event()

    def submit(self, fn, *args) -> Future:
        self.forked.wait(timeout=60)
        done: Future = Future()
        done.set_result(fn(*args))
        return done


def test_page_jobs_run_here_until_the_workers_are_forked():
    pool = _SlowPool()
    starting = WorkersStarting(pool, 2)       # type: ignore[arg-type]
    assert not starting.up
    assert starting.here(lambda: "made here") == "made here"
    pool.forked.set()
    starting.join()
    assert starting.up
    assert starting.here(lambda: "made here") is None      # the pool's now


def test_document_jobs_wait_for_the_workers_then_go_to_them_in_order():
    pool = _SlowPool()
    starting = WorkersStarting(pool, 2)       # type: ignore[arg-type]
    handed: list[int] = []
    assert starting.hold(lambda: handed.append(1))
    assert starting.hold(lambda: handed.append(2))
    assert handed == []
    pool.forked.set()
    starting.join()
    assert handed == [1, 2]
    assert not starting.hold(lambda: handed.append(3))      # the caller hands it over itself
    assert handed == [1, 2]


def _job(pdf: Path, number: int) -> PageJob:
    return PageJob(str(pdf), number, OcrMode.AUTO, "vie+eng", 300, 60.0, 10**9)


def test_a_page_that_needs_ocr_is_left_for_a_worker(tmp_path: Path):
    scan = pages_of("bulletin-scanned.pdf", [1], tmp_path / "scan.pdf")
    with text_layer_only(), pytest.raises(OcrElsewhere):
        extract_page(_job(scan, 1))
    pool = _SlowPool()
    starting = WorkersStarting(pool, 2)       # type: ignore[arg-type]
    try:
        assert starting.here(lambda: extract_page(_job(scan, 1))) is None
    finally:
        pool.forked.set()
        starting.join()


def test_a_text_layer_page_read_here_is_the_page_a_worker_reads():
    pdf = FIXTURES / "bulletin-digital.pdf"
    with text_layer_only():
        here = extract_page(_job(pdf, 2))
    there = extract_page(_job(pdf, 2))
    assert here.source == PageSource.TEXT_LAYER and here.words
    assert replace(here, seconds=there.seconds) == there


# A run of two workers whose fork server loads for three seconds more (a module of its
# preload sleeps): every page of a born-digital document is read by this process meanwhile.
SLOW_FORK_SERVER = """
import json, sys
from pathlib import Path
from magpipe.batch import engines, orchestrator
from magpipe.config import Config
engines.PRELOAD.append("slow_preload")
report = orchestrator.run([Path(sys.argv[1])], Config(out_dir=Path(sys.argv[2]), workers=2,
                                                       progress=False))
e = report.engine
print(json.dumps({"status": [f.status for f in report.files], "here": e.pages_here,
                  "pages": e.page_jobs, "documents": e.document_jobs, "lanes": len(e.busy)}))
"""


def test_a_pool_run_reads_its_first_pages_here_while_the_fork_server_loads(tmp_path: Path):
    (tmp_path / "slow_preload.py").write_text("import time\ntime.sleep(3)\n")
    pdf = FIXTURES / "bulletin-digital.pdf"
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-c", SLOW_FORK_SERVER, str(pdf),
                           str(tmp_path / "out")], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": path})
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["status"] == ["ok"]
    assert found["here"] == found["pages"] == 6
    assert found["documents"] == 1 and found["lanes"] == 1    # the document job: a worker's


# The same slow fork server, the run started as at a terminal (SIGINT at Python's handler)
# with -v, so that its page lines show when this process reads pages
INTERRUPTED_START = """
import runpy, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from magpipe.batch import engines
engines.PRELOAD.append("slow_preload")
sys.argv = ["magpipe", *sys.argv[1:]]
runpy.run_module("magpipe", run_name="__main__", alter_sys=True)
"""


def test_ctrl_c_while_the_main_process_reads_pages_exits_130_with_no_error(tmp_path: Path):
    (tmp_path / "slow_preload.py").write_text("import time\ntime.sleep(3)\n")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        shutil.copy(FIXTURES / "bulletin-digital.pdf", inputs / f"bulletin-{i}.pdf")
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    process = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_START, "run", str(inputs), "--out-dir",
         str(tmp_path / "out"), "-j", "2", "-v", "-q"], start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": path})
    try:
        seen = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "magpipe.extract: page" not in seen:
            line = process.stderr.readline()      # a page read here, the workers not up
            assert line or process.poll() is None, "the run ended before Ctrl-C"
            seen += line
        os.killpg(process.pid, signal.SIGINT)
        _, rest = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == EXIT_INTERRUPTED, seen + rest
    # (the fork server, stopped in its loading, prints its own KeyboardInterrupt)
    assert "ERROR" not in seen + rest, seen + rest
