"""A document's output folder is decided by that input alone: a later run of one input
writes its own folder and never another input's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES
from magpipe.cli import app
from magpipe.files import doc_folder_name, sha256_file
from typer.testing import CliRunner

runner = CliRunner()


def _names(out: Path) -> dict[str, str]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {f["path"]: f["name"] for f in report["files"]}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_same_stem_in_two_folders_keeps_its_folder_whatever_the_run_holds(tmp_path: Path):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    for folder, fixture in ((a, "bulletin-digital.pdf"), (b, "damaged-textonly.pdf")):
        folder.mkdir()
        shutil.copy(FIXTURES / fixture, folder / "x.pdf")
    both = runner.invoke(app, ["run", str(a), str(b), "--out-dir", str(out), "-j", "1"])
    assert both.exit_code == 0, both.output
    names = _names(out)
    a_name, b_name = names[str((a / "x.pdf").resolve())], names[str((b / "x.pdf").resolve())]
    assert a_name != b_name and a_name.startswith("x-") and b_name.startswith("x-")
    a_before = _snapshot(out / a_name)

    alone = runner.invoke(app, ["run", str(b / "x.pdf"), "--out-dir", str(out), "-j", "1",
                                "--force", "extract"])
    assert alone.exit_code == 0, alone.output
    assert _names(out) == {str((b / "x.pdf").resolve()): b_name}
    assert _snapshot(out / a_name) == a_before          # a's results untouched
    written = json.loads((out / b_name / "extract.json").read_text(encoding="utf-8"))
    assert written["doc"]["sha256"] == sha256_file(b / "x.pdf")


def test_the_folder_name_depends_on_the_resolved_path_not_on_how_it_is_written(tmp_path):
    pdf = tmp_path / "Bản tin.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    relative = Path("..") / tmp_path.name / pdf.name
    assert doc_folder_name(pdf) == doc_folder_name(tmp_path / "." / pdf.name)
    assert doc_folder_name(tmp_path / relative) == doc_folder_name(pdf)
    assert doc_folder_name(pdf).startswith("Bản-tin-")
    assert doc_folder_name(pdf) != doc_folder_name(tmp_path / "other" / pdf.name)
