"""A run killed with SIGKILL mid-extract resumes without redoing stored pages,
and ends with the same outputs as a run that was never interrupted.

Tesseract's answers are kept in a replay folder of the test's own (``extract/ocr/replay.py``)
and each run is a process of its own, which reads it: the killed and the resumed run read the
pages with real Tesseract, and the uninterrupted run, made last, is given the same answers
(every other step of it is its own), so the pages are OCRed once, not twice.
"""

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
from magpipe.extract.ocr.replay import REPLAY_ENV
from magpipe.files import doc_folder_name

pytestmark = pytest.mark.slow       # OCRs scanned pages with real Tesseract


def _without_timings(extract_json: Path) -> list[Page]:
    return [replace(p, seconds=0.0) for p in ExtractArtifact.load(extract_json).pages]


def _all_json_files_parse(folder: Path) -> None:
    for path in folder.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))      # no truncated artifact anywhere
    assert not list(folder.rglob("*.tmp")), "a temporary file was left behind"


def _run(pdf: Path, out: Path, *options: str, **popen) -> subprocess.Popen:
    """``magpipe run`` on ``pdf`` into ``out`` in a process of its own (it reads the replay
    folder this process names, whatever fork server an earlier test started here)."""
    return subprocess.Popen([sys.executable, "-m", "magpipe", "run", str(pdf), "--out-dir",
                             str(out), *options], **popen)


def _finished(pdf: Path, out: Path, *options: str) -> str:
    """Run to its end: its output (standard output and errors), after checking it exited 0."""
    process = _run(pdf, out, *options, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   text=True)
    output, _ = process.communicate()
    assert process.returncode == 0, output
    return output


def test_killed_run_resumes_and_matches_an_uninterrupted_run(tmp_path: Path, monkeypatch):
    pdf = pages_of("bulletin-scanned.pdf", [1, 2, 3, 4], tmp_path / "scan.pdf")
    monkeypatch.setenv(REPLAY_ENV, str(tmp_path / "replay"))

    out = tmp_path / "out"
    process = _run(pdf, out, "-j", "1", "-q", start_new_session=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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

    again = _finished(pdf, out, "-j", "2", "-v")
    assert f"resuming: {len(stored)} pages stored by an earlier run" in again
    assert len(list(stored_dir.glob("0*.json"))) == 4

    reference = tmp_path / "reference"
    _finished(pdf, reference, "-j", "2")
    assert _without_timings(out / folder / "extract.json") == \
        _without_timings(reference / folder / "extract.json")
    for name in ("articles.jsonl", f"{folder}/split.json", f"{folder}/align.json"):
        assert (out / name).read_text() == (reference / name).read_text(), name
    _all_json_files_parse(out)
