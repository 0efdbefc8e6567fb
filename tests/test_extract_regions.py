"""A page with a Vietnamese column beside an English one is read once per region: the
English blocks with 'eng', the rest with 'vie', and the two readings put back in column
order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from extract_pdfs import ENGLISH, PAGE, VIETNAMESE, _font, page_images, scan_pdf, wrap
from magpipe.config import Config
from magpipe.eval.ocr_metrics import text_score
from magpipe.extract import extract
from magpipe.extract.ocr.regions import english_blocks, join_readings, split_by_language
from magpipe.extract.ocr.scriptmap import Block, block_marks
from magpipe.extract.ocr.tesseract import OcrWord
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

SIZE, LEADING, MARGIN, GUTTER = 9.0, 11.5, 30.0, 20.0
WIDTH = (PAGE[0] - 2 * MARGIN - GUTTER) / 2


def _two_columns(path: Path) -> Path:
    """Vietnamese in the left column, English in the right one."""
    canvas = Canvas(str(path), pagesize=PAGE, invariant=1)
    canvas.setFont(_font(), SIZE)
    for column, text in enumerate((f"{VIETNAMESE} {VIETNAMESE}", f"{ENGLISH} {ENGLISH} {ENGLISH}")):
        x = MARGIN + column * (WIDTH + GUTTER)
        for i, line in enumerate(wrap(text, SIZE, WIDTH)):
            canvas.drawString(x, PAGE[1] - MARGIN - SIZE - i * LEADING, line)
    canvas.showPage()
    canvas.save()
    return path


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):
    return page_images(_two_columns(tmp_path_factory.mktemp("regions") / "two.pdf"))[0]


def test_the_english_column_is_cut_out_and_blanked_in_the_other_copy(page) -> None:
    blocks, labels = block_marks(page, 300)
    split = split_by_language(page, blocks, labels)
    assert split is not None and split.english_blocks == 1
    middle = round((MARGIN + WIDTH + GUTTER / 2) * 300 / 72)
    rest = np.asarray(split.rest) < 128
    assert rest[:, :middle].sum() > 0.95 * (np.asarray(page) < 128)[:, :middle].sum()
    assert rest[:, middle:].sum() == 0                 # no English ink left for 'vie'
    assert split.offset[0] > middle - 40               # the cut-out starts at the column
    english = np.asarray(split.english) < 128
    assert english.sum() > 0.95 * (np.asarray(page) < 128)[:, middle:].sum()


def test_a_page_of_one_language_is_not_split(tmp_path: Path) -> None:
    canvas = Canvas(str(tmp_path / "vi.pdf"), pagesize=PAGE, invariant=1)
    canvas.setFont(_font(), SIZE)
    for i, line in enumerate(wrap(f"{VIETNAMESE} {VIETNAMESE}", SIZE, PAGE[0] - 2 * MARGIN)):
        canvas.drawString(MARGIN, PAGE[1] - MARGIN - SIZE - i * LEADING, line)
    canvas.save()
    image = page_images(tmp_path / "vi.pdf")[0]
    blocks, labels = block_marks(image, 300)
    assert split_by_language(image, blocks, labels) is None


def _word(text: str, left: int, top: int, line: int, block: int) -> OcrWord:
    return OcrWord(text, left, top, 60, 30, 95.0, line, block, 30)


def test_english_blocks_go_into_their_column_in_reading_order() -> None:
    # 'vie' read: a heading across the page (block 0), the left column (block 1), and an
    # undecided block in the right column below where the English starts (block 2).
    rest = (_word("TIÊU", 100, 50, 0, 0), _word("ĐỀ", 1500, 50, 0, 0),
            _word("Ngày", 100, 200, 1, 1), _word("hôm", 100, 1500, 2, 1),
            _word("Ghi", 1300, 900, 3, 2))
    # 'eng' read, in the cut-out's coordinates (offset 1200, 150): a block above the
    # undecided one and one below it.
    english = (_word("The", 100, 50, 0, 1), _word("day", 100, 90, 1, 1),
               _word("Later", 100, 1400, 2, 2))
    words, read_with_eng = join_readings(rest, english, (1200, 150))
    assert [w.text for w in words] == ["TIÊU", "ĐỀ", "Ngày", "hôm", "The", "day", "Ghi",
                                       "Later"]
    moved = {w.text: w for w in words}
    assert (moved["The"].left, moved["The"].top) == (1300, 200)
    assert read_with_eng == {moved["The"].line, moved["day"].line, moved["Later"].line}
    assert len({w.line for w in words}) == 7           # line numbers stay unique
    assert moved["The"].block not in {w.block for w in rest}


@pytest.mark.slow
def test_a_mixed_page_reads_each_column_with_its_own_model(tmp_path: Path) -> None:
    image = page_images(_two_columns(tmp_path / "two.pdf"))[0]
    result = extract(scan_pdf(tmp_path / "scan.pdf", [image]), Config()).pages[0]
    assert "1 English blocks read with 'eng', the rest with 'vie'" in result.reason
    middle = MARGIN + WIDTH + GUTTER / 2
    left = " ".join(w.text for w in result.words if w.box[2] < middle)
    right = " ".join(w.text for w in result.words if w.box[0] > middle)
    assert text_score(f"{VIETNAMESE} {VIETNAMESE}", left).accuracy >= 0.97
    assert text_score(f"{ENGLISH} {ENGLISH} {ENGLISH}", right).accuracy >= 0.97


def test_no_split_when_a_vietnamese_block_grew_into_the_english_column() -> None:
    # The bulletin's page 6: the left Vietnamese column's block reaches under the end of the
    # English column beside it; cut apart, the English column's end would go to 'vie' alone.
    image = Image.new("L", (2000, 2800), 255)
    labels = np.zeros((700, 500), dtype=np.int32)
    english = Block((800, 1000, 1450, 2000), 400, 0.10, 1)
    grown = Block((100, 1700, 1450, 2700), 600, 0.21, 2)
    beside = Block((100, 1000, 700, 1650), 400, 0.30, 3)
    assert split_by_language(image, [english, grown, beside], labels) is None
    assert split_by_language(image, [english, beside], labels) is not None
    # an undecided block (capitals, quotes) inside the English column goes with it
    mate = Block((820, 2050, 1440, 2400), 200, 0.18, 4)
    assert english_blocks([english, beside, mate]) == [english, mate]
