"""Missing Tesseract data stops the run once, up front, with exit 3 and the package to
install; it never fails file after file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES
from magpipe.cli import app
from magpipe.errors import EXIT_MISSING_DEPENDENCY
from magpipe.extract.ocr import tesseract
from typer.testing import CliRunner

runner = CliRunner()



@pytest.fixture
def without_osd(tmp_path: Path, monkeypatch):
    installed = tesseract._installed().tessdata
    if installed is None or not (installed / "vie.traineddata").is_file():
        pytest.skip("needs Tesseract with vie and eng")
    folder = tmp_path / "tessdata"
    folder.mkdir()
    for lang in ("vie", "eng"):
        (folder / f"{lang}.traineddata").symlink_to(installed / f"{lang}.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(folder))
    tesseract._installed.cache_clear()
    yield folder
    tesseract._installed.cache_clear()


def test_missing_osd_data_is_one_missing_dependency_error(tmp_path: Path, without_osd):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("bulletin-scanned.pdf", "photos-scanned.pdf"):
        shutil.copy(FIXTURES / name, inputs / name)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inputs), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == EXIT_MISSING_DEPENDENCY, result.output
    assert result.output.count("apt-get install tesseract-ocr-osd") == 1
    assert not (out / "report.json").exists()


def test_missing_osd_data_stops_a_single_extract_too(tmp_path: Path, without_osd):
    result = runner.invoke(app, ["extract", str(FIXTURES / "bulletin-scanned.pdf"),
                                 "-o", str(tmp_path / "x.json")])
    assert result.exit_code == EXIT_MISSING_DEPENDENCY, result.output
    assert "tesseract-ocr-osd" in result.output
