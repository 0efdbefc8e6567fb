"""A rerun skips what is done; an option change reruns only the stages it affects."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES
from magpipe import snapshots
from magpipe.batch import codeprint
from magpipe.cli import app
from typer.testing import CliRunner

runner = CliRunner()
DIGITAL = str(FIXTURES / "bulletin-digital.pdf")


def _run(out: Path, *options: str) -> dict[str, bool]:
    result = runner.invoke(app, ["run", DIGITAL, "--out-dir", str(out), "-j", "1", *options])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    return {s["stage"]: s["cached"] for s in report["files"][0]["stages"]}


def test_option_changes_rerun_only_the_stages_they_affect(tmp_path: Path):
    out = tmp_path / "out"
    assert _run(out) == {"extract": False, "repair": False, "split": False, "align": False}
    assert _run(out) == {"extract": True, "repair": True, "split": True, "align": True}
    assert _run(out, "--no-repair") == \
        {"extract": True, "repair": False, "split": False, "align": False}
    assert _run(out, "--dpi", "200") == \
        {"extract": False, "repair": False, "split": False, "align": False}
    assert _run(out, "--dpi", "200", "--force", "align") == \
        {"extract": True, "repair": True, "split": True, "align": False}


def test_a_changed_input_file_is_extracted_again(tmp_path: Path):
    out = tmp_path / "out"
    pdf = tmp_path / "issue.pdf"
    pdf.write_bytes((FIXTURES / "bulletin-digital.pdf").read_bytes())
    first = runner.invoke(app, ["run", str(pdf), "--out", str(out), "-j", "1"])  # old spelling
    assert first.exit_code == 0, first.output
    pdf.write_bytes((FIXTURES / "damaged-textonly.pdf").read_bytes())
    result = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == 0
    stages = json.loads((out / "report.json").read_text())["files"][0]["stages"]
    assert not any(s["cached"] for s in stages)


def test_learning_the_lexicon_reruns_repair_and_what_follows(tmp_path: Path):
    out = tmp_path / "out"
    _run(out)
    clean = tmp_path / "clean.txt"
    clean.write_text("Hội nghị tổng kết công tác đối ngoại năm 2025 của tỉnh Lạng Sơn.\n",
                     encoding="utf-8")
    learned = runner.invoke(app, ["lexicon", "learn", str(clean)])
    assert learned.exit_code == 0, learned.output
    assert "learned from 1 source" in learned.output
    assert _run(out) == {"extract": True, "repair": False, "split": False, "align": False}


def test_a_code_change_reruns_the_stage_that_runs_it_and_those_after(tmp_path: Path,
                                                                      monkeypatch):
    out = tmp_path / "out"
    _run(out)
    original = codeprint.fingerprint
    monkeypatch.setattr(codeprint, "fingerprint",
                        lambda name: "edited" if name == "magpipe.split" else original(name))
    # an edit names a new snapshot of the code prints (``codeprint.saved``): none here
    monkeypatch.setenv(snapshots.CACHE_ENV, "")
    codeprint._saved.cache_clear()
    try:
        assert _run(out) == {"extract": True, "repair": True, "split": False, "align": False}
    finally:
        codeprint._saved.cache_clear()      # the edited prints must not outlive the test
