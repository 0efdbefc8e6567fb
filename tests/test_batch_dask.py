"""The same page and document jobs on a real Dask cluster give the same output as a local run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from batch_inputs import pages_of
from conftest import FIXTURES
from magpipe.cli import app
from magpipe.extract.ocr.replay import REPLAY_ENV
from magpipe.files import doc_folder_name
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")
runner = CliRunner()


@pytest.mark.slow
def test_dask_local_cluster_output_is_identical_to_a_local_run(tmp_path: Path, monkeypatch):
    """Tesseract's answers are kept in a replay folder of the test's own
    (``extract/ocr/replay.py``): the cluster's workers read the scanned pages with real
    Tesseract, and the local run, made after them in a process of its own (which reads the
    folder whatever fork server an earlier test started here), is given the same answers;
    every other step of it is its own. The pages are OCRed once, not twice."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "digital.pdf").write_bytes((FIXTURES / "bulletin-digital.pdf").read_bytes())
    pages_of("bulletin-scanned.pdf", [1, 2], inputs / "scan.pdf")
    monkeypatch.setenv(REPLAY_ENV, str(tmp_path / "replay"))

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = runner.invoke(app, ["run", str(inputs), "--out-dir", str(tmp_path / "dask"),
                                     "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == 0, remote.output
    local = subprocess.run([sys.executable, "-m", "magpipe", "run", str(inputs), "--out-dir",
                            str(tmp_path / "local"), "-j", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert local.returncode == 0, local.stdout
    digital, scan = doc_folder_name(inputs / "digital.pdf"), doc_folder_name(inputs / "scan.pdf")
    for name in ("articles.jsonl", f"{digital}/split.json", f"{scan}/split.json",
                 f"{scan}/align.json"):
        assert (tmp_path / "dask" / name).read_text() == \
            (tmp_path / "local" / name).read_text(), name


def test_unreachable_scheduler_is_a_clear_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-digital.pdf"), "--out-dir",
                                 str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_dask_workers_log_lines_reach_this_process(tmp_path: Path):
    """``-v`` shows the page lines of jobs run on a cluster's worker processes."""
    import re
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-digital.pdf"),
                                     "--out-dir", str(tmp_path), "-v",
                                     "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    pages = re.findall(r"INFO magpipe\.extract: page (\d+): ", result.output)
    assert sorted(map(int, pages)) == [1, 2, 3, 4, 5, 6], result.output[-2000:]
