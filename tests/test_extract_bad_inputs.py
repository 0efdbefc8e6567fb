"""Documents the extract stage refuses, each with one line naming the file and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_pdfs import ENGLISH, digital_pdf
from magpipe.config import Config
from magpipe.errors import InputError, MissingDependencyError
from magpipe.extract import extract
from magpipe.extract.ocr.tesseract import check_tesseract
from pypdf import PdfWriter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digital_pdf(tmp_path_factory.mktemp("bad") / "good.pdf", [[ENGLISH]])


def _refused(path: Path, config: Config | None = None) -> str:
    with pytest.raises(InputError) as caught:
        extract(path, config or Config())
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just some text, not a PDF\n")
    assert "is not a PDF" in _refused(path)


def test_truncated_pdf(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "cut.pdf"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    message = _refused(path)
    assert "cannot be read as PDF" in message and "re-export or re-scan" in message


def test_encrypted_pdf_needs_the_password(tmp_path: Path, good: Path) -> None:
    writer = PdfWriter(clone_from=str(good))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    writer.write(str(path))
    assert "--password" in _refused(path)
    assert "wrong" in _refused(path, Config(password="guess"))
    assert len(extract(path, Config(password="secret")).pages) == 1


def test_pdf_with_zero_pages(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    PdfWriter().write(str(path))
    assert "has no pages" in _refused(path)


@pytest.mark.parametrize(("name", "words"), [("truncated.pdf", "cannot be read as PDF"),
                                             ("encrypted.pdf", "--password"),
                                             ("zero-pages.pdf", "has no pages"),
                                             ("not-a-pdf.pdf", "is not a PDF")])
def test_committed_bad_fixtures_are_refused(name: str, words: str) -> None:
    path = FIXTURES / "bad" / name
    if not path.exists():
        pytest.skip(f"{path} not generated")
    assert words in _refused(path)


def test_blank_scan_gives_an_empty_page_not_an_error() -> None:
    path = FIXTURES / "bad" / "blank-scan.pdf"
    if not path.exists():
        pytest.skip(f"{path} not generated")
    assert {p.source for p in extract(path, Config()).pages} == {"empty"}


def test_missing_tesseract_language_names_the_package() -> None:
    with pytest.raises(MissingDependencyError) as caught:
        check_tesseract("vie+xqz")
    assert "apt-get install tesseract-ocr-xqz" in str(caught.value)
