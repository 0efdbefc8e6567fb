"""A page that failed is not cached for good: rerunning with a longer --ocr-timeout, as
the error advises, OCRs it again, and takes the pages that succeeded from the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_inputs import pages_of
from magpipe.cli import app
from magpipe.errors import EXIT_OK, EXIT_SOME_FAILED
from magpipe.extract.ocr.replay import REPLAY_ENV
from typer.testing import CliRunner

runner = CliRunner()


def _run(pdf: Path, out: Path, *options: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1", "-v",
                                 *options])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))["files"][0]
    return result.exit_code, report


@pytest.mark.slow
def test_a_timed_out_page_is_tried_again_on_the_next_run(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    # the timeout is Tesseract's own: an answer replayed from a shell's replay folder would
    # come back at once and never time out
    monkeypatch.delenv(REPLAY_ENV, raising=False)
    pdf = pages_of("bulletin-scanned.pdf", [1], tmp_path / "scan.pdf")
    out = tmp_path / "out"
    code, report = _run(pdf, out, "--ocr-timeout", "0.3")
    assert code == EXIT_SOME_FAILED and report["failed_pages"] == [1]
    assert "--ocr-timeout" in report["error"]

    code, report = _run(pdf, out)
    assert code == EXIT_OK, report
    assert report["failed_pages"] == [] and report["page_sources"] == ["ocr"]
    assert not report["stages"][0]["cached"]

    code, report = _run(pdf, out)                  # now it is done: all cached
    assert code == EXIT_OK and all(s["cached"] for s in report["stages"])
