"""A run killed with SIGKILL mid-extract resumes without redoing stored pages,
and ends with the same outputs as a run that was never interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from batch_inputs import pages_of
from magpipe.artifacts import ExtractArtifact, Page
from magpipe.cli import app
from magpipe.files import doc_folder_name
from typer.testing import CliRunner

pytestmark = pytest.mark.slow       # OCRs scanned pages with real Tesseract
runner = CliRunner()


def _without_timings(extract_json: Path) -> list[Page]:
    return [replace(p, seconds=0.0) for p in ExtractArtifact.load(extract_json).pages]


def _all_json_files_parse(folder: Path) -> None:
    for path in folder.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))      # no truncated artifact anywhere
    assert not list(folder.rglob("*.tmp")), "a temporary file was left behind"


def test_killed_run_resumes_and_matches_an_uninterrupted_run(tmp_path: Path):
    pdf = pages_of("bulletin-scanned.pdf", [1, 2, 3, 4], tmp_path / "scan.pdf")
    reference = tmp_path / "reference"
    first = runner.invoke(app, ["run", str(pdf), "--out-dir", str(reference), "-j", "2"])
    assert first.exit_code == 0, first.output

    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "magpipe", "run", str(pdf), "--out-dir", str(out), "-j", "1", "-q"],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = doc_folder_name(pdf)
    stored_dir = out / folder / "extract.pages"     # the artifact's page files
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and not list(stored_dir.glob("0*.json")):
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    stored = sorted(p.name for p in stored_dir.glob("0*.json"))
    assert 1 <= len(stored) < 4
    assert not (out / folder / "extract.json").exists()
    _all_json_files_parse(out)

    again = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "2", "-v"])
    assert again.exit_code == 0, again.output
    assert f"resuming: {len(stored)} pages stored by an earlier run" in again.output
    assert len(list(stored_dir.glob("0*.json"))) == 4
    assert _without_timings(out / folder / "extract.json") == \
        _without_timings(reference / folder / "extract.json")
    for name in ("articles.jsonl", f"{folder}/split.json", f"{folder}/align.json"):
        assert (out / name).read_text() == (reference / name).read_text(), name
    _all_json_files_parse(out)
