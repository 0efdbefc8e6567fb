"""Each stage runs alone from the previous stage's saved file, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES
from magpipe.artifacts import AlignArtifact, ExtractArtifact, RepairArtifact, SplitArtifact
from magpipe.cli import app
from typer.testing import CliRunner

runner = CliRunner()
DIGITAL = FIXTURES / "bulletin-digital.pdf"


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> Path:
    """extract -> repair -> split -> align on the born-digital fixture, one command each."""
    work = tmp_path_factory.mktemp("chain")
    steps = [
        ["extract", str(DIGITAL), "-o", str(work / "extract.json"), "--ocr", "never"],
        ["repair", str(work / "extract.json"), "-o", str(work / "repair.json")],
        ["split", str(work / "repair.json"), "-o", str(work / "split.json")],
        ["align", str(work / "split.json"), "-o", str(work / "align.json")],
    ]
    for step in steps:
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
    return work


def test_each_stage_writes_a_loadable_artifact(chain: Path):
    extracted = ExtractArtifact.load(chain / "extract.json")
    assert extracted.doc.page_count == len(extracted.pages) > 0
    assert RepairArtifact.load(chain / "repair.json").doc == extracted.doc
    assert SplitArtifact.load(chain / "split.json").pages
    assert AlignArtifact.load(chain / "align.json").articles


def test_split_can_be_rerun_alone_with_the_same_result(chain: Path, tmp_path: Path):
    again = tmp_path / "split.json"
    result = runner.invoke(app, ["split", str(chain / "repair.json"), "-o", str(again)])
    assert result.exit_code == 0
    assert again.read_text() == (chain / "split.json").read_text()


def test_text_format_separates_pages_with_form_feeds(chain: Path):
    result = runner.invoke(app, ["repair", str(chain / "extract.json"), "--format", "text"])
    assert result.exit_code == 0
    pages = ExtractArtifact.load(chain / "extract.json").pages
    assert result.stdout.count("\f") == len(pages) - 1
    assert "Lạng Sơn" in result.stdout


def test_repair_reads_a_plain_text_file_and_writes_repaired_text(tmp_path: Path):
    source = tmp_path / "in.txt"
    source.write_text("Poan cdng tac lién nganh tinh Lang Son\nThe delegation of Lang Son\n",
                      encoding="utf-8")
    target = tmp_path / "out.txt"
    result = runner.invoke(app, ["repair", str(source), "-o", str(target), "--explain"])
    assert result.exit_code == 0, result.output
    repaired = target.read_text(encoding="utf-8").splitlines()
    assert repaired[0].startswith("Đoàn công tác liên ngành tỉnh Lạng Sơn")
    assert repaired[1] == "The delegation of Lang Son"
    assert "cdng" in result.stderr and "công" in result.stderr
