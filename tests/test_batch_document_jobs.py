"""One worker or two (pages in a process pool): the same records and artifacts."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES
from magpipe.cli import app
from typer.testing import CliRunner

runner = CliRunner()
BORN_DIGITAL = ("bulletin-digital.pdf", "photos-digital.pdf")


def _run(out: Path, workers: str) -> tuple[list[dict], dict]:
    inputs = [str(FIXTURES / name) for name in BORN_DIGITAL]
    result = runner.invoke(app, ["run", *inputs, "--out", str(out), "-j", workers,
                                 "--ocr", "never", "--quiet"])
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in
                (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return articles, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_one_or_two_workers_give_the_same_records(tmp_path: Path):
    one, report_one = _run(tmp_path / "one", "1")
    two, report_two = _run(tmp_path / "two", "2")
    assert one and one == two
    assert [f["status"] for f in report_two["files"]] == ["ok", "ok"]
    for a, b in zip(report_one["files"], report_two["files"], strict=True):
        for stage in ("split", "align"):           # extract and repair also hold page timings
            assert (tmp_path / "two" / b["name"] / f"{stage}.json").read_text(encoding="utf-8") \
                == (tmp_path / "one" / a["name"] / f"{stage}.json").read_text(encoding="utf-8")
