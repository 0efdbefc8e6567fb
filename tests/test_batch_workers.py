"""Page workers in other processes: their log lines reach the main process, and Ctrl-C
stops the run with exit 130 and no worker tracebacks."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_inputs import pages_of
from conftest import FIXTURES
from magpipe.cli import app
from magpipe.errors import EXIT_INTERRUPTED
from typer.testing import CliRunner

runner = CliRunner()
PAGE_LINE = re.compile(r"INFO magpipe\.extract: page (\d+): ")
# ``python -m magpipe`` started as a command typed at a terminal: SIGINT at Python's own
# handler, whatever the test runner's disposition (a background job of a non-interactive shell
# has SIGINT ignored, an ignored signal stays ignored across exec, and Python then leaves it
# ignored: the run would never see the Ctrl-C)
AS_AT_A_TERMINAL = ("import runpy, signal;"
                    " signal.signal(signal.SIGINT, signal.default_int_handler);"
                    " runpy.run_module('magpipe', run_name='__main__', alter_sys=True)")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_verbose_shows_every_page_line_whatever_the_workers(tmp_path: Path, workers: str):
    result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-digital.pdf"), "--out-dir",
                                 str(tmp_path), "-j", workers, "-v"])
    assert result.exit_code == 0, result.output
    assert sorted(int(n) for n in PAGE_LINE.findall(result.output)) == [1, 2, 3, 4, 5, 6]


@pytest.mark.slow
def test_ctrl_c_exits_130_without_worker_tracebacks(tmp_path: Path):
    pdf = pages_of("bulletin-scanned.pdf", [1, 2, 3, 4], tmp_path / "scan.pdf")
    process = subprocess.Popen(
        [sys.executable, "-c", AS_AT_A_TERMINAL, "run", str(pdf), "--out-dir",
         str(tmp_path / "out"), "-j", "2", "-v", "-q"],
        start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "magpipe.extract" not in seen:
            line = process.stderr.readline()      # a worker has started on a page
            assert line or process.poll() is None, "the run ended before Ctrl-C"
            seen += line
        time.sleep(0.5)
        os.killpg(process.pid, signal.SIGINT)     # what a terminal sends the whole group
        _, rest = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == EXIT_INTERRUPTED, seen + rest
    assert "interrupted; rerun the same command to resume" in rest
    assert "Traceback" not in seen + rest and "KeyboardInterrupt" not in seen + rest
    assert not (tmp_path / "out" / "report.json").exists()        # the run stopped there


def test_a_worker_logs_nothing_once_ctrl_c_reached_its_group(monkeypatch):
    """A Tesseract killed by the same Ctrl-C is no page failure to report with a traceback."""
    import logging.handlers
    import queue

    from magpipe.batch import worker_jobs
    monkeypatch.setattr(worker_jobs.Interrupted, "seen", False)
    lines: queue.Queue = queue.Queue()
    handler = logging.handlers.QueueHandler(lines)
    handler.addFilter(worker_jobs.Interrupted())
    record = logging.LogRecord("magpipe.extract", logging.ERROR, __file__, 1, "page 1 failed",
                               None, None)
    handler.handle(record)
    worker_jobs.note_interrupt(signal.SIGINT, None)
    handler.handle(record)
    assert lines.qsize() == 1
