"""Inputs for the archive tests: one real `magpipe run --pdf --alto` over two fixtures.

``damaged-textlayer.pdf`` is a scanned page with an English-only OCR text layer; read
with ``--ocr never`` its damaged words are kept and repaired (no Tesseract needed), and
its searchable PDF must carry the repaired words instead of the old layer.
``bulletin-digital.pdf`` has a real, visible text layer: its pages must be left alone.
A third folder holds a small aligned document made in memory (``tourism``), so the search
tests know exactly what text is there.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from align_blocks import make_split
from conftest import FIXTURES
from magpipe.align import align
from magpipe.cli import app
from magpipe.config import Config
from typer.testing import CliRunner

RUN_FIXTURES = ("damaged-textlayer.pdf", "bulletin-digital.pdf")
runner = CliRunner()

TOURISM = [[
    ("vi", "title", "Lạng Sơn du lịch mùa xuân"),
    ("vi", "body", "Đồng Đăng đón khách du lịch Lạng Sơn, du lịch Lạng Sơn tăng mạnh."),
    ("vi", "body", "Chợ Đông Kinh mở cửa đến khuya."),
    ("en", "title", "Lang Son tourism in spring"),
    ("en", "body", "Dong Dang welcomes tourists to Lang Son; Lang Son tourism grows fast."),
    ("en", "body", "Dong Kinh market stays open late."),
]]


@dataclass(frozen=True)
class ArchiveRun:
    out: Path
    inputs: Path
    exit_code: int
    output: str


def doc_dir(out: Path, stem: str) -> Path:
    """The folder `magpipe run` wrote for the input named ``stem``.pdf (``stem-<path hash>``)."""
    [found] = [p for p in out.iterdir()
               if re.fullmatch(rf"{re.escape(stem)}-[0-9a-f]{{10}}", p.name)]
    return found


def make_archive_run(tmp_path_factory) -> ArchiveRun:
    """The run behind the ``archive_run`` session fixture (conftest.py)."""
    inputs = tmp_path_factory.mktemp("archive-inputs")
    for name in RUN_FIXTURES:
        shutil.copy(FIXTURES / name, inputs / name)
    out = tmp_path_factory.mktemp("archive-out")
    tourism = out / "tourism"
    tourism.mkdir()
    align(make_split(TOURISM, name="tourism"), Config()).save(tourism / "align.json")
    result = runner.invoke(app, ["run", *(str(inputs / n) for n in RUN_FIXTURES), "--out",
                                 str(out), "--ocr", "never", "--pdf", "--alto", "--quiet",
                                 "--workers", "1"])
    return ArchiveRun(out, inputs, result.exit_code, result.output)
