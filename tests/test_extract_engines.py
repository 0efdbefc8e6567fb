"""The two ways to run Tesseract (the tesserocr library kept loaded, or the command through
pytesseract) read the same words, and which one runs is what $MAGPIPE_OCR_ENGINE says."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_pdfs import ENGLISH, VIETNAMESE, digital_pdf, page_images
from magpipe.errors import PageError, UsageError
from magpipe.eval.ocr_metrics import text_score
from magpipe.extract.ocr import tesseract
from magpipe.extract.ocr.page import MIN_OSD_CONFIDENCE
from magpipe.extract.ocr.tesseract import (
    API,
    CLI,
    ENGINE_ENV,
    detect_rotation,
    engine,
    ocr_image,
)
from magpipe.extract.render import save_for_ocr


def test_the_engine_is_the_one_the_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, "cli")
    assert engine() == CLI
    monkeypatch.setenv(ENGINE_ENV, "API")
    assert engine() == (API if tesseract._tesserocr() is not None else CLI)
    monkeypatch.setenv(ENGINE_ENV, "fast")
    with pytest.raises(UsageError, match=ENGINE_ENV):
        engine()


@pytest.mark.slow
def test_both_engines_read_the_page_alike(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if tesseract._tesserocr() is None:
        pytest.skip("tesserocr is not installed")
    image = page_images(digital_pdf(tmp_path / "vi.pdf", [[VIETNAMESE]]))[0]
    path = str(save_for_ocr(image, tmp_path, "page"))
    readings = {}
    for name in (API, CLI):
        monkeypatch.setenv(ENGINE_ENV, name)
        readings[name] = ocr_image(path, languages="vie", timeout=60).words
    for words in readings.values():
        assert text_score(VIETNAMESE, " ".join(w.text for w in words)).accuracy >= 0.97
    api, cli = readings[API], readings[CLI]
    assert [w.line for w in api] == sorted(w.line for w in api)
    same = sum(a.text == c.text and abs(a.left - c.left) <= 3
               for a, c in zip(api, cli, strict=False))
    assert same >= 0.95 * max(len(api), len(cli))
    monkeypatch.setenv(ENGINE_ENV, API)
    with pytest.raises(PageError, match="could not read the page image"):
        ocr_image(str(tmp_path / "missing.pgm"), languages="vie", timeout=60)


@pytest.mark.slow
@pytest.mark.parametrize("turned", [90, 180, 270])
def test_both_engines_tell_how_to_turn_a_sideways_page(tmp_path: Path, turned: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Orientation detection runs through the library too, and answers as the command does:
    the clockwise turn that makes the page upright, with the same confidence."""
    if tesseract._tesserocr() is None:
        pytest.skip("tesserocr is not installed")
    upright = page_images(digital_pdf(tmp_path / "en.pdf", [[ENGLISH, VIETNAMESE, ENGLISH]]))[0]
    path = str(save_for_ocr(upright.rotate(turned, expand=True), tmp_path, "turned"))
    answers = {CLI: _rotation_with(CLI, path, monkeypatch)}
    # the library's answer, with no tesseract command to fall back on
    monkeypatch.setattr(tesseract.pytesseract, "image_to_osd", _no_command)
    answers[API] = _rotation_with(API, path, monkeypatch)
    assert answers[API][0] == answers[CLI][0] == turned
    assert answers[API][1] == pytest.approx(answers[CLI][1], abs=0.05)
    assert answers[API][1] >= MIN_OSD_CONFIDENCE


def _rotation_with(name: str, path: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, float]:
    monkeypatch.setenv(ENGINE_ENV, name)
    return detect_rotation(path, timeout=60)


def _no_command(*args, **kwargs):
    raise AssertionError("the tesseract command ran for orientation detection")
