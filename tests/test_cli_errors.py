"""Bad usage gives one clear line and a documented exit code."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.cli import app
from magpipe.errors import EXIT_USAGE
from typer.testing import CliRunner

runner = CliRunner()


def _error_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("magpipe: error:")]


def test_run_on_a_missing_path_is_a_usage_error(tmp_path: Path):
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["run", str(missing), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == EXIT_USAGE
    lines = _error_lines(result)
    assert len(lines) == 1 and str(missing) in lines[0] and "check the path" in lines[0]


def test_unknown_force_stage_is_a_usage_error(tmp_path: Path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(app, ["run", str(pdf), "--out-dir", str(tmp_path), "--force", "bogus"])
    assert result.exit_code == EXIT_USAGE
    message = " ".join(result.output.replace("│", " ").split())
    assert "'bogus' is not one of 'extract', 'repair', 'split', 'align'" in message


def test_force_lists_its_choices_in_the_help():
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert "extract|repair|split|align" in result.output


def test_stage_refuses_the_wrong_artifact(tmp_path: Path):
    page = Page(1, 100.0, 100.0, PageSource.TEXT_LAYER, "test", (Word("xin", (1, 1, 9, 9), 9.0),))
    artifact = ExtractArtifact(DocumentInfo("a.pdf", "a", "0" * 64, 1), (page,))
    saved = tmp_path / "extract.json"
    artifact.save(saved)
    result = runner.invoke(app, ["align", str(saved)])
    assert result.exit_code == EXIT_USAGE
    lines = _error_lines(result)
    assert len(lines) == 1 and "'extract' artifact" in lines[0] and str(saved) in lines[0]


def test_damaged_artifact_file_names_the_file(tmp_path: Path):
    saved = tmp_path / "split.json"
    saved.write_text('{"stage": "split", "version"', encoding="utf-8")
    result = runner.invoke(app, ["align", str(saved)])
    assert result.exit_code == EXIT_USAGE
    assert str(saved) in result.output and "rerun" in result.output
