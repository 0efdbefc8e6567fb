"""Extract records the shapes drawn on a born-digital page that matter to its layout
(``Page.drawings``, ``extract.drawings``): frames, tints, dark bars and rules, each with its
bounds and how dark it is; bullets and clipping paths are none of them; a page's drawings
survive its page file, and artifacts saved before drawings were recorded still load."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SAVED
from extract_pdfs import PAGE, VIETNAMESE, draw_text
from magpipe.artifacts.paged import PageFolder
from magpipe.artifacts.pages import Drawing, DrawingKind, ExtractArtifact, PageSource
from magpipe.config import Config
from magpipe.extract import PageJob, extract_page
from magpipe.extract.page_objects import PdfPageFacts
from magpipe.extract.turns import turned_box, upright_drawings
from reportlab.pdfgen.canvas import Canvas


def _job(pdf: Path) -> PageJob:
    config = Config()
    return PageJob(str(pdf), 1, config.ocr, config.languages, config.dpi,
                   config.ocr_timeout, config.max_pixels)


def _drawn_page(tmp_path: Path):
    """A text page with (top-left origin, points) a dark bar at 200-220, a thin frame and a
    light tint under it, a rule across the page, a bullet and a clipping path."""
    pdf = tmp_path / "drawn.pdf"
    canvas = Canvas(str(pdf), pagesize=PAGE, invariant=1)
    draw_text(canvas, [VIETNAMESE, VIETNAMESE])
    height = PAGE[1]
    canvas.setFillGray(0.1)
    canvas.rect(40, height - 220, 340, 20, stroke=0, fill=1)             # the bar
    canvas.setStrokeGray(0.0)
    canvas.rect(40, height - 360, 160, 140, stroke=1, fill=0)            # the frame
    canvas.setFillGray(0.9)
    canvas.rect(220, height - 360, 160, 140, stroke=0, fill=1)           # the tint
    canvas.setLineWidth(1.0)
    canvas.line(40, height - 400, 380, height - 400)                     # the rule
    canvas.setFillGray(0.0)
    canvas.rect(40, height - 440, 3, 3, stroke=0, fill=1)                # a bullet
    path = canvas.beginPath()
    path.rect(20, 20, 300, 300)
    canvas.clipPath(path, stroke=0, fill=0)                              # a clip: unpainted
    canvas.showPage()
    canvas.save()
    return extract_page(_job(pdf))


def test_a_born_digital_page_records_its_bar_frame_tint_and_rule_but_no_bullet(tmp_path):
    page = _drawn_page(tmp_path)
    assert page.source == PageSource.TEXT_LAYER
    found = {d.kind: [] for d in page.drawings}
    for d in page.drawings:
        found[d.kind].append(d)
    fills = sorted(found[DrawingKind.FILL], key=lambda d: d.shade)
    assert len(fills) == 2 and len(found[DrawingKind.FRAME]) == 1
    assert len(found[DrawingKind.RULE]) == 1
    bar, tint = fills
    assert bar.box == pytest.approx((40, 200, 380, 220), abs=0.5) and bar.shade < 0.2
    assert tint.box == pytest.approx((220, 220, 380, 360), abs=0.5) and tint.shade > 0.85
    assert found[DrawingKind.FRAME][0].box == pytest.approx((40, 220, 200, 360), abs=1.0)
    rule = found[DrawingKind.RULE][0].box
    assert rule[0] == pytest.approx(40, abs=1) and rule[2] == pytest.approx(380, abs=1)
    assert rule[1] <= 400 <= rule[3]
    # top to bottom
    assert [d.box[1] for d in page.drawings] == sorted(d.box[1] for d in page.drawings)


def test_a_pages_drawings_read_back_equal_from_its_page_file(tmp_path: Path):
    page = _drawn_page(tmp_path)
    folder = PageFolder(tmp_path / "extract.json", ExtractArtifact)
    folder.start()
    folder.put(page)
    back = folder.read(page.number)
    assert back == page and back.drawings and isinstance(back.drawings[0], Drawing)


def test_an_artifact_saved_before_drawings_were_recorded_loads_with_none():
    artifact = ExtractArtifact.load(SAVED / "extract-digital.json")
    assert artifact.pages and all(p.drawings == () for p in artifact.pages)
    text = (SAVED / "extract-digital.json").read_text(encoding="utf-8")
    assert '"drawings"' not in text         # (the file is one of the older form)


def test_an_artifact_with_drawings_round_trips(tmp_path: Path):
    artifact = ExtractArtifact.load(SAVED / "extract-digital.json")
    drawn = (Drawing(DrawingKind.FRAME, (10.0, 20.0, 300.0, 200.0), 0.0),
             Drawing(DrawingKind.FILL, (10.0, 0.0, 300.0, 18.5), 0.122))
    artifact = replace(artifact, pages=(replace(artifact.pages[0], drawings=drawn),
                                        *artifact.pages[1:]))
    artifact.save(tmp_path / "extract.json")
    assert ExtractArtifact.load(tmp_path / "extract.json") == artifact


def test_a_turned_pages_drawings_are_given_in_the_frame_of_its_words():
    """A text layer set all turned is read as the page turned upright (``extract.turns``):
    its drawings are turned with it, as its words and photos are."""
    bar = Drawing(DrawingKind.FILL, (10.0, 20.0, 30.0, 90.0), 0.1)
    facts = PdfPageFacts(width=200.0, height=300.0, char_count=0, image_count=0,
                         image_coverage=0.0, native_dpi=None, drawings=(bar,), turn=90)
    (turned,) = upright_drawings(facts)
    assert turned == replace(bar, box=turned_box(bar.box, 90, 200.0, 300.0))
    assert turned.box == (210.0, 10.0, 280.0, 30.0)
    assert upright_drawings(replace(facts, turn=0)) == (bar,)


def _drawings_one_path_at_a_time(paths: list[int], width: float, height: float):
    """The page's drawings read as the rule says, one path and one PDFium call at a time."""
    import ctypes

    import pypdfium2.raw as raw
    from magpipe.extract.drawings import BACKGROUND, MOST_SHAPES, _kind
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    found = []
    for path in paths:
        obj = ctypes.cast(path, raw.FPDF_PAGEOBJECT)
        if not raw.FPDFPageObj_GetBounds(obj, *map(ctypes.byref, (left, bottom, right, top))) \
                or not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
            continue
        box = (round(max(0.0, left.value), 2), round(max(0.0, height - top.value), 2),
               round(min(width, right.value), 2), round(min(height, height - bottom.value), 2))
        if box[2] < box[0] or box[3] < box[1] or max(box[2] - box[0], box[3] - box[1]) <= 0 \
                or (box[2] - box[0]) * (box[3] - box[1]) >= BACKGROUND * width * height:
            continue
        filled = fill.value != raw.FPDF_FILLMODE_NONE
        if not filled and not stroke.value:
            continue
        kind = _kind(box, filled)
        paint = raw.FPDFPageObj_GetFillColor if filled else raw.FPDFPageObj_GetStrokeColor
        if kind is None or not paint(obj, *map(ctypes.byref, rgba)) or not rgba[3].value:
            continue
        shade = round((0.299 * rgba[0].value + 0.587 * rgba[1].value
                       + 0.114 * rgba[2].value) / 255.0, 3)
        found.append(Drawing(kind, box, shade))
    found = sorted(found, key=lambda d: (d.box[2] - d.box[0]) * (d.box[3] - d.box[1]),
                   reverse=True)[:MOST_SHAPES]
    return tuple(sorted(found, key=lambda d: (d.box[1], d.box[0])))


@pytest.mark.parametrize("name", ["bulletin-digital.pdf", "photos-digital.pdf"])
def test_drawings_read_with_mapped_calls_are_those_read_one_path_at_a_time(name):
    import pypdfium2 as pdfium
    from magpipe.extract.drawings import page_drawings
    from magpipe.extract.page_objects import _images
    from magpipe.extract.pdfium_calls import address
    doc = pdfium.PdfDocument(str(Path(__file__).parents[1] / "fixtures" / name))
    shapes = 0
    try:
        for page in doc:
            width, height = page.get_size()
            paths: list[int] = []
            _images(address(page.raw), False, paths=paths)
            mine = page_drawings(paths, width, height)
            assert mine == _drawings_one_path_at_a_time(paths, width, height)
            shapes += len(mine)
            page.close()
    finally:
        doc.close()
    assert shapes > 20


def test_slot_columns_point_at_each_cell_of_their_column_and_follow_a_larger_array():
    import ctypes

    from magpipe.extract.pdfium_calls import Slots
    held = Slots(3)
    for count in (5, 600):
        array, columns = held.take_columns(count)
        assert len(columns) == 3 and all(len(c) >= count for c in columns)
        for row in (0, count - 1):
            for k in range(3):
                ctypes.c_float.from_address(columns[k][row].value).value = 10.0 * row + k
        assert [array[count - 1, k] for k in range(3)] == [10.0 * (count - 1) + k
                                                           for k in range(3)]
