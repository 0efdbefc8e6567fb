"""Huge pale words printed behind an opening: extract records a word's ink
(``extract.page_ink``), split reads such words as a layer of their own (``split.faint_type``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAVED
from extract_pdfs import ENGLISH, PAGE, VIETNAMESE, _font, draw_text, wrap
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import (
    DocumentInfo,
    Drawing,
    DrawingKind,
    ExtractArtifact,
    Page,
    PageSource,
    Word,
)
from magpipe.config import Config
from magpipe.extract import PageJob, extract_page
from magpipe.split import split
from magpipe.split.faint_type import faint_apart, faint_words
from reportlab.pdfgen.canvas import Canvas


def _job(pdf: Path) -> PageJob:
    config = Config()
    return PageJob(str(pdf), 1, config.ocr, config.languages, config.dpi,
                   config.ocr_timeout, config.max_pixels)


def _line(canvas: Canvas, x: float, top: float, size: float, text: str, mode: int = 0) -> None:
    line = canvas.beginText(x, PAGE[1] - top - size)
    line.setFont(_font(), size)
    line.setTextRenderMode(mode)
    line.textLine(text)
    canvas.drawText(line)


def _opening(tmp_path: Path, outline: bool) -> Page:
    """A page opening an article: a giant pale theme word (a light grey fill, or a mid-grey
    outline) and its English under it, the black title printed over them, then the text."""
    pdf = tmp_path / "opening.pdf"
    canvas = Canvas(str(pdf), pagesize=PAGE, invariant=1)
    canvas.saveState()      # (the colours and the render mode are the graphics state's)
    if outline:
        canvas.setStrokeGray(0.55)
    else:
        canvas.setFillGray(0.84)
    _line(canvas, 40, 40, 60, "DI SẢN", 1 if outline else 0)
    _line(canvas, 40, 110, 25, "HERITAGE", 1 if outline else 0)
    canvas.restoreState()
    _line(canvas, 40, 60, 18, "LỄ HỘI LÀNG NGHỀ XỨ QUẢNG")
    _line(canvas, 40, 84, 18, "CRAFT VILLAGE FESTIVAL")
    top = 150.0
    for para in (VIETNAMESE, ENGLISH, VIETNAMESE, ENGLISH):
        for text in wrap(para, 9.0, PAGE[0] - 80):
            _line(canvas, 40, top, 9.0, text)
            top += 12.0
        top += 9.0
    canvas.showPage()
    canvas.save()
    return extract_page(_job(pdf))


def _word(page: Page, text: str) -> Word:
    return next(w for w in page.words if w.text == text)


@pytest.mark.parametrize("outline", [False, True])
def test_a_text_layer_word_records_how_pale_its_ink_is_and_whether_it_is_outlined(
        tmp_path: Path, outline: bool) -> None:
    page = _opening(tmp_path, outline)
    assert page.source == PageSource.TEXT_LAYER
    giant, title = _word(page, "SẢN"), _word(page, "LÀNG")
    assert giant.shade == pytest.approx(0.55 if outline else 0.84, abs=0.01)
    assert giant.outline is outline
    assert title.shade == 0.0 and not title.outline
    assert _word(page, "HERITAGE").shade == giant.shade


def test_invisible_text_is_recorded_as_black(tmp_path: Path) -> None:
    pdf = tmp_path / "invisible.pdf"
    canvas = Canvas(str(pdf), pagesize=PAGE, invariant=1)
    draw_text(canvas, [ENGLISH], invisible=True)
    canvas.showPage()
    canvas.save()
    page = extract_page(_job(pdf))
    assert page.words and all(w.shade == 0.0 and not w.outline for w in page.words)


def test_an_artifact_saved_before_inks_were_recorded_reads_its_words_as_black() -> None:
    text = (SAVED / "extract-digital.json").read_text(encoding="utf-8")
    assert '"shade"' not in text        # (the file is one of the older form)
    artifact = ExtractArtifact.load(SAVED / "extract-digital.json")
    words = [w for p in artifact.pages for w in p.words]
    assert words and all(w.shade == 0.0 and not w.outline for w in words)


@pytest.mark.parametrize("outline", [False, True])
def test_a_giant_pale_word_behind_a_title_is_kept_out_and_the_title_read_without_it(
        tmp_path: Path, outline: bool) -> None:
    page = _opening(tmp_path, outline)
    doc = DocumentInfo("in/x.pdf", "x", "0" * 64, 1)
    blocks = split(ExtractArtifact(doc, (page,)), Config()).pages[0].blocks
    faint = [b for b in blocks if b.text in ("DI SẢN", "HERITAGE")]
    assert sorted(b.text for b in faint) == ["DI SẢN", "HERITAGE"]
    assert all(b.role == Role.ASIDE for b in faint)
    assert {b.text: b.lang for b in faint} == {"DI SẢN": "vi", "HERITAGE": "en"}
    titles = [b.text for b in blocks if b.role == Role.TITLE]
    # (the titles read as they print, none of the pale words' letters among theirs)
    assert " ".join(titles) == "LỄ HỘI LÀNG NGHỀ XỨ QUẢNG CRAFT VILLAGE FESTIVAL"


def _w(text: str, size: float, top: float, shade: float = 0.0, outline: bool = False) -> Word:
    return Word(text, (40.0, top, 40.0 + size * len(text) * 0.6, top + size), size,
                shade=shade, outline=outline)


_BODY = tuple(_w("text " * 8, 9.0, 300.0 + 12 * k) for k in range(20))


def test_a_pale_line_of_display_type_without_a_giant_word_is_no_faint_type() -> None:
    kicker = _w("DU LỊCH", 16.0, 80.0, shade=0.84)           # a grey kicker over a title
    assert faint_words((kicker, *_BODY)) == []
    giant = _w("BIỂN", 40.0, 20.0, shade=0.84)               # ... with a theme word: its twin
    assert faint_words((giant, kicker, *_BODY)) == [0, 1]


def test_a_giant_dark_or_black_outlined_word_is_no_faint_type() -> None:
    dark = _w("BIỂN", 40.0, 20.0, shade=0.3)
    outlined = _w("ĐẢO", 40.0, 70.0, shade=0.0, outline=True)
    assert faint_words((dark, outlined, *_BODY)) == []


def test_faint_words_are_left_empty_the_page_keeping_its_word_indices() -> None:
    page = Page(1, 420.0, 595.0, PageSource.TEXT_LAYER, "test",
                words=(_w("BIỂN", 40.0, 20.0, shade=0.84), *_BODY))
    apart = faint_apart(page)
    assert len(apart.words) == len(page.words)
    assert apart.words[0].text == "" and apart.words[1:] == page.words[1:]


def test_white_or_grey_type_reversed_out_of_a_photo_or_a_dark_panel_is_no_faint_type() -> None:
    white = _w("BIỂN", 40.0, 20.0, shade=1.0)                # reversed out of a bar
    assert faint_words((white, *_BODY)) == []
    grey = _w("ĐẢO", 40.0, 20.0, shade=0.84)
    photo = (0.0, 0.0, 420.0, 200.0)
    assert faint_words((grey, *_BODY), images=(photo,)) == []
    panel = Drawing(DrawingKind.FILL, photo, 0.2)
    assert faint_words((grey, *_BODY), drawings=(panel,)) == []
    rule = Drawing(DrawingKind.FILL, (0.0, 35.0, 420.0, 38.0), 0.0)   # a heavy rule across it
    assert faint_words((grey, *_BODY), drawings=(rule,)) == [0]


def test_split_finds_a_pale_pages_faint_words_once(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from magpipe.split import faint_type
    page = _opening(tmp_path, False)
    calls = []

    def counted(*args, **kwargs):
        calls.append(1)
        return faint_words(*args, **kwargs)
    monkeypatch.setattr(faint_type, "faint_words", counted)
    doc = DocumentInfo("in/x.pdf", "x", "0" * 64, 1)
    blocks = split(ExtractArtifact(doc, (page,)), Config()).pages[0].blocks
    assert sorted(b.text for b in blocks if b.role == Role.ASIDE and b.column == -1) == \
        ["DI SẢN", "HERITAGE"]
    assert len(calls) == 1
