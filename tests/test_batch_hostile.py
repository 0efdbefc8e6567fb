"""Hostile and broken input: each costs that file alone, with a clear error, and nothing
already written is lost or corrupted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from batch_inputs import huge_page, image_bomb, with_title
from conftest import FIXTURES
from magpipe.cli import app
from magpipe.errors import EXIT_MISSING_DEPENDENCY, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED
from magpipe.files import doc_folder_name
from typer.testing import CliRunner

runner = CliRunner()


def _files(out: Path) -> dict[str, dict]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {Path(f["path"]).name: f for f in report["files"]}


def test_huge_page_and_image_bomb_fail_alone_with_a_pixel_error(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    huge_page(inputs / "huge.pdf")
    image_bomb(inputs / "bomb.pdf")
    shutil.copy(FIXTURES / "bulletin-digital.pdf", inputs / "good.pdf")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inputs), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    files = _files(out)
    for name in ("huge.pdf", "bomb.pdf"):
        assert files[name]["status"] == "failed"
        assert name in files[name]["error"] and "pixels" in files[name]["error"]
    assert files["good.pdf"]["status"] == "ok" and files["good.pdf"]["articles"] > 0


def test_output_names_never_come_from_document_content(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    with_title("bulletin-digital.pdf", "../../etc/passwd", inputs / "Bản tin số 4 (quý IV).pdf")
    out = tmp_path / "deep" / "out"
    result = runner.invoke(app, ["run", str(inputs), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == EXIT_OK, result.output
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith(("in/", "deep/out/")) for p in written), written
    record = _files(out)["Bản tin số 4 (quý IV).pdf"]
    assert record["name"] == doc_folder_name(inputs / "Bản tin số 4 (quý IV).pdf")
    assert record["name"].startswith("Bản-tin-số-4-quý-IV-")
    assert (out / record["name"] / "align.json").is_file()


def test_missing_language_data_is_a_missing_dependency(tmp_path: Path):
    result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-scanned.pdf"), "--out-dir",
                                 str(tmp_path), "--lang", "vie+xyz"])
    assert result.exit_code == EXIT_MISSING_DEPENDENCY
    assert "apt-get install tesseract-ocr-xyz" in result.output


def _mount_tmpfs(folder: Path, options: str) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 4 MB file system, mounted for the test (root only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if not _mount_tmpfs(mount, "size=4m"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_full_output_disk_stops_with_a_clear_error_and_keeps_what_was_written(small_disk):
    out = small_disk / "out"
    first = runner.invoke(app, ["run", str(FIXTURES / "damaged-textonly.pdf"), "--out-dir",
                                str(out), "-j", "1"])
    assert first.exit_code == EXIT_OK, first.output
    kept = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with open(small_disk / "filler", "wb") as handle:       # fill the disk up
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-digital.pdf"), "--out-dir",
                                 str(out), "-j", "1"])
    assert result.exit_code == EXIT_OUTPUT, result.output
    assert "free some disk space" in result.output
    for path, content in kept.items():
        assert path.read_bytes() == content, f"{path} changed"
    assert not list(out.rglob("*.tmp"))


@pytest.fixture
def read_only_dir(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if not _mount_tmpfs(folder, "ro,size=64k"):
        pytest.skip("root cannot be refused a write here without a read-only mount")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_read_only_output_folder_is_a_clear_output_error(read_only_dir: Path):
    result = runner.invoke(app, ["run", str(FIXTURES / "bulletin-digital.pdf"), "--out-dir",
                                 str(read_only_dir / "out")])
    assert result.exit_code == EXIT_OUTPUT
    lines = [line for line in result.output.splitlines() if "error" in line]
    assert len(lines) == 1 and str(read_only_dir / "out") in lines[0]


def test_encrypted_pdf_opens_with_the_password_and_names_a_wrong_one(tmp_path: Path):
    encrypted = str(FIXTURES / "bad" / "encrypted.pdf")
    opened = runner.invoke(app, ["run", encrypted, "--out-dir", str(tmp_path / "a"),
                                 "--password", "secret", "-j", "1"])
    assert opened.exit_code == EXIT_OK, opened.output
    record = _files(tmp_path / "a")["encrypted.pdf"]
    assert record["status"] == "ok" and record["pages"] == 1 and record["articles"] >= 1
    wrong = runner.invoke(app, ["run", encrypted, "--out-dir", str(tmp_path / "b"),
                                "--password", "guess", "-j", "1"])
    assert wrong.exit_code == EXIT_SOME_FAILED
    assert "password given is wrong" in _files(tmp_path / "b")["encrypted.pdf"]["error"]


def test_one_bad_page_fails_that_page_and_keeps_the_rest(tmp_path: Path):
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.add_page(PdfReader(FIXTURES / "bulletin-digital.pdf").pages[0])
    writer.add_page(PdfReader(huge_page(tmp_path / "huge.pdf")).pages[0])
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as handle:
        writer.write(handle)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(mixed), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == EXIT_SOME_FAILED
    record = _files(out)["mixed.pdf"]
    assert record["status"] == "partial" and record["failed_pages"] == [2]
    assert "page 2 failed" in record["error"] and "pixels" in record["error"]
    assert record["articles"] >= 1
    assert (out / "articles.jsonl").read_text(encoding="utf-8").strip()
