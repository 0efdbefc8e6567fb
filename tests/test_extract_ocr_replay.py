"""Tesseract's answers replayed from ``$MAGPIPE_OCR_REPLAY``: the same image and settings are
answered from the record (Tesseract is not asked again), other images or settings are not,
a broken record is read again and rewritten, an unreadable image fails as it does without
replay, and with the variable unset nothing is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.errors import PageError
from magpipe.extract.ocr import replay
from magpipe.extract.ocr.tesseract import detect_rotation, ocr_image
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _image(folder: Path, text: str, name: str) -> str:
    """A grey image of one line of ``text`` in 40 px DejaVu Serif, saved as PGM."""
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((30, 30), text, fill=0, font=ImageFont.truetype(FONT, 40))
    path = folder / f"{name}.pgm"
    image.save(path)
    return str(path)


def _records(root: Path) -> list[Path]:
    return sorted(root.rglob("*.json"))


def test_the_key_changes_with_the_image_bytes_and_with_every_setting(tmp_path):
    one = _image(tmp_path, "Provincial bulletin", "one")
    two = _image(tmp_path, "Provincial bulletim", "two")
    base = replay.key(one, "ocr", "vie", "3", "engine A")
    assert base == replay.key(one, "ocr", "vie", "3", "engine A")
    others = {replay.key(two, "ocr", "vie", "3", "engine A"),
              replay.key(one, "ocr", "eng", "3", "engine A"),
              replay.key(one, "ocr", "vie", "6", "engine A"),
              replay.key(one, "ocr", "vie", "3", "engine B"),
              replay.key(one, "osd", "vie", "3", "engine A")}
    assert base not in others and len(others) == 5


@pytest.mark.slow
def test_a_second_reading_of_the_same_image_comes_from_the_record(tmp_path, monkeypatch):
    root = tmp_path / "replay"
    monkeypatch.setenv(replay.REPLAY_ENV, str(root))
    image = _image(tmp_path, "Foreign affairs bulletin", "page")
    first = ocr_image(image, languages="eng", timeout=60)
    assert "bulletin" in [w.text for w in first.words]
    [record] = _records(root)
    # Edit the kept answer: a replayed reading shows the edit, proving Tesseract was not
    # asked again; the wrapper's own reading of the table (words, lines) still runs.
    data = json.loads(record.read_text())
    data["text"] = ["newsletter" if t == "bulletin" else t for t in data["text"]]
    record.write_text(json.dumps(data))
    again = ocr_image(image, languages="eng", timeout=60)
    assert [w.text for w in again.words] == [
        "newsletter" if w.text == "bulletin" else w.text for w in first.words]
    assert [w.line for w in again.words] == [w.line for w in first.words]
    # another page segmentation mode is another record
    ocr_image(image, languages="eng", timeout=60, psm=7)
    assert len(_records(root)) == 2


@pytest.mark.slow
def test_an_unreadable_image_fails_with_the_page_error_and_keeps_nothing(tmp_path,
                                                                        monkeypatch):
    root = tmp_path / "replay"
    monkeypatch.setenv(replay.REPLAY_ENV, str(root))
    missing = str(tmp_path / "missing.pgm")
    assert replay.key(missing, "ocr", "eng") is None
    with pytest.raises(PageError, match="could not read the page image"):
        ocr_image(missing, languages="eng", timeout=60)
    assert not _records(root)


@pytest.mark.slow
def test_a_broken_record_is_read_again_and_rewritten(tmp_path, monkeypatch, caplog):
    root = tmp_path / "replay"
    monkeypatch.setenv(replay.REPLAY_ENV, str(root))
    image = _image(tmp_path, "Foreign affairs bulletin", "page")
    first = ocr_image(image, languages="eng", timeout=60)
    [record] = _records(root)
    record.write_text("{not json")
    again = ocr_image(image, languages="eng", timeout=60)
    assert again == first and "unreadable" in caplog.text
    assert json.loads(record.read_text())["text"]


@pytest.mark.slow
def test_orientation_is_replayed_and_nothing_is_kept_without_the_variable(tmp_path,
                                                                           monkeypatch):
    image = _image(tmp_path, "Foreign affairs bulletin of the province", "page")
    monkeypatch.delenv(replay.REPLAY_ENV, raising=False)
    ocr_image(image, languages="eng", timeout=60)
    assert not _records(tmp_path)
    root = tmp_path / "replay"
    monkeypatch.setenv(replay.REPLAY_ENV, str(root))
    detect_rotation(image, timeout=60)
    [record] = _records(root)
    record.write_text(json.dumps([90, 7.5]))
    assert detect_rotation(image, timeout=60) == (90, 7.5)
