"""The whole pipeline on the committed fixtures, through the real CLI, against ground truth.

One batch holds the good fixtures and every bad input, so the test also checks
that bad files cost one failed record each and the others still produce records.
The batch runs once per session (it OCRs the scanned pages with real Tesseract).
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES, load_truth
from magpipe.cli import app
from magpipe.errors import EXIT_OK, EXIT_SOME_FAILED
from rapidfuzz import fuzz
from typer.testing import CliRunner

GOOD = ["bulletin-digital.pdf", "bulletin-scanned.pdf"]
BAD = {  # file -> words its one-line error must contain
    "truncated.pdf": "truncated.pdf",
    "encrypted.pdf": "password",
    "zero-pages.pdf": "no pages",
    "not-a-pdf.pdf": "not a PDF",
}
pytestmark = pytest.mark.slow       # OCRs scanned pages with real Tesseract
runner = CliRunner()


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@pytest.fixture(scope="session")
def batch(tmp_path_factory) -> tuple[Path, object]:
    inputs = tmp_path_factory.mktemp("inputs")
    for name in GOOD:
        shutil.copy(FIXTURES / name, inputs / name)
    (inputs / "bad").mkdir()
    for name in BAD:
        shutil.copy(FIXTURES / "bad" / name, inputs / "bad" / name)
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(inputs), "--out-dir", str(out), "--workers", "2"])
    return out, result


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _articles(out: Path) -> list[dict]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_batch_with_bad_files_exits_with_some_failed(batch):
    out, result = batch
    assert result.exit_code == EXIT_SOME_FAILED, result.output


def test_each_bad_file_costs_one_failed_record_with_a_clear_error(batch):
    out, _ = batch
    files = {Path(f["path"]).name: f for f in _report(out)["files"]}
    for name, expected in BAD.items():
        record = files[name]
        assert record["status"] == "failed"
        assert name in record["error"] and expected.lower() in record["error"].lower()
        assert "\n" not in record["error"]


def test_good_files_write_every_stage_artifact(batch):
    out, _ = batch
    files = {Path(f["path"]).name: f for f in _report(out)["files"]}
    for name in GOOD:
        record = files[name]
        assert record["status"] == "ok", record
        assert record["pages"] == len(load_truth(name)["pages"])
        for stage in ("extract", "repair", "split", "align"):
            assert (out / record["name"] / f"{stage}.json").is_file()
        assert (out / record["name"] / "review.html").is_file()


@pytest.mark.parametrize("name", GOOD)
def test_every_truth_article_comes_out_with_its_titles(batch, name):
    out, _ = batch
    records = [a for a in _articles(out) if Path(a["source"]).name == name]
    exact = name == "bulletin-digital.pdf"
    for article in load_truth(name)["articles"]:
        for lang in ("vi", "en"):
            want = _norm(article["title"][lang])
            got = [_norm(r["title"][lang]) for r in records]
            if exact:
                assert want in got, f"{lang} title {want!r} not among {got}"
            else:  # OCR: allow a stray character, nothing more
                best = max((fuzz.ratio(want, g) for g in got), default=0)
                assert best >= 95, f"{lang} title {want!r}: best match {best:.0f}% in {got}"


def test_scanned_pages_were_ocred_and_digital_pages_read_from_the_text_layer(batch):
    out, _ = batch
    files = {Path(f["path"]).name: f for f in _report(out)["files"]}
    assert set(files["bulletin-digital.pdf"]["page_sources"]) == {"text-layer"}
    assert set(files["bulletin-scanned.pdf"]["page_sources"]) == {"ocr"}


def test_report_gives_each_pages_extract_seconds(batch):
    out, _ = batch
    files = {Path(f["path"]).name: f for f in _report(out)["files"]}
    scanned = files["bulletin-scanned.pdf"]
    assert len(scanned["page_seconds"]) == scanned["pages"]
    assert all(s > 0 for s in scanned["page_seconds"])     # each page was OCRed, and timed


def test_rerun_uses_the_cache_and_force_reruns_from_a_stage(batch, tmp_path):
    first_out, _ = batch
    out = tmp_path / "out"
    shutil.copytree(first_out, out)
    digital = next(Path(f["path"]) for f in _report(first_out)["files"]
                   if Path(f["path"]).name == "bulletin-digital.pdf")
    again = runner.invoke(app, ["run", str(digital), "--out-dir", str(out)])
    assert again.exit_code == EXIT_OK, again.output
    stages = _report(out)["files"][0]["stages"]
    assert all(s["cached"] for s in stages)
    forced = runner.invoke(app, ["run", str(digital), "--out-dir", str(out), "--force", "split"])
    assert forced.exit_code == EXIT_OK
    cached = {s["stage"]: s["cached"] for s in _report(out)["files"][0]["stages"]}
    assert cached == {"extract": True, "repair": True, "split": False, "align": False}
