"""A photo's captions set turned a quarter in a strip along its side (issue 16), on pages
saved from the layout bench (``tests/data/layouts-turned-captions/``, made by
``tools/edgecap_test_data.py``) run through split and align, and extract's rules for such a
strip on a scan on made-up words:

* the turned lines beside a photo are its captions, each caption's lines joined, its credit
  kept with it, in the right language (``split.turned_captions``), where before they were
  read as text of no article;
* a page of more turned words than level ones still tells its turned lines
  (``split.turned``: the line box measured by a word's smaller side);
* OCR's words of one turned line stay one line (``split.turned_captions.ocr_lines``);
* on a scan, the strip is found from the page's first reading and its crop read again
  turned upright, the words put back where they lie on the page (``extract.ocr.strips``);
* a text layer that glues a level word to a turned one, or the words ending and opening two
  turned lines, gives two words (``extract.pdftext``).

Each saved page's captions were 0 of 1 right at the round's start (start28): the turned
lines were read as running heads; the scanned strip's Vietnamese was noise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.extract.ocr.strips import DOWN, UP, Strip, caption_strips, placed
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.extract.pdftext import read_page
from magpipe.extract.turns import turned_box
from magpipe.split import split
from saved_captions import printed_captions

DATA = Path(__file__).parent / "data" / "layouts-turned-captions"


@pytest.mark.parametrize("name", ["credit-own-line", "wrapped-lines", "left-strip",
                                  "scanned-strip"])
def test_the_captions_turned_beside_a_photo_are_read_whole_with_their_credits(
        name: str) -> None:
    truth = printed_captions(json.loads((DATA / f"{name}.truth.json").read_text("utf-8")))
    result = align(split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config()), Config())
    found = score(result, truth, fuzzy=True)
    assert (found.captions, found.captions_right) == (1, 1)


@pytest.mark.parametrize("name, vi, en", [
    ("wrapped-lines", "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy tặng quà lưu niệm cho đồng "
     "chí Vi Thao, Chủ tịch Quảng Tây. Ảnh - TRÍ DŨNG", "Mr. Hoang Quoc Khanh, Secretary of "
     "the Provincial Party Committee, presents a souvenir to Mr. Wei Tao, Chairman of Guangxi. "
     "Photo: TRI DUNG"),
    ("left-strip", "Các lễ hội truyền thống hằng năm thu hút lượng lớn khách du lịch đến với "
     "Lạng Sơn. (Ảnh: BÙI THUẬN)", "Annual traditional festivals attract large numbers of "
     "tourists to Lang Son. (Photo: BUI THUAN)")])
def test_a_turned_caption_s_lines_are_one_caption_block_in_its_language(
        name: str, vi: str, en: str) -> None:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    captions = [(b.lang, b.text) for p in result.pages for b in p.blocks
                if b.role == Role.CAPTION]
    assert captions == [(Lang.VI, vi), (Lang.EN, en)]


def test_a_credit_on_a_line_of_its_own_follows_its_caption() -> None:
    result = split(RepairArtifact.load(DATA / "credit-own-line.repair.json"), Config())
    strip = [(b.role, b.text) for p in result.pages for b in p.blocks
             if b.role in (Role.CAPTION, Role.CREDIT)]
    assert strip == [(Role.CAPTION, "Toàn cảnh chương trình làm việc."),
                     (Role.CREDIT, "Ảnh - KHÁNH LY"), (Role.CAPTION, "Overview of the meeting."),
                     (Role.CAPTION, "Photo: KHANH LY")]


def _word(text: str, box: tuple[int, int, int, int], line: int, conf: float = 90.0) -> OcrWord:
    return OcrWord(text, box[0], box[1], box[2] - box[0], box[3] - box[1], conf, line, 1,
                   box[2] - box[0])


PHOTO = (100, 100, 1000, 700)


def _turned_line(x: int, words: list[str], line: int, up: bool = True) -> list[OcrWord]:
    """A line set up (or down) the page at ``x``, 40 pixels wide, each word 20 pixels a
    letter high, from the photo's foot (or top)."""
    out, at = [], 700 if up else 100
    for text in words:
        tall = 20 * len(text)
        box = (x, at - tall, x + 40, at) if up else (x, at, x + 40, at + tall)
        out.append(_word(text, box, line))
        at = at - tall - 15 if up else at + tall + 15
    return out


def test_a_strip_of_turned_lines_beside_a_photo_is_found_with_its_way_up() -> None:
    words = [*_turned_line(1020, ["Toàn", "cảnh", "buổi", "làm", "việc."], 1),
             *_turned_line(1070, ["Overview", "of", "the", "meeting."], 2),
             _word("Body", (100, 800, 200, 840), 3)]
    strips = caption_strips(words, [PHOTO])
    assert len(strips) == 1 and strips[0].turn == UP
    assert set(strips[0].words) == set(range(9))        # the level word under the photo stays
    down = [*_turned_line(1020, ["Toàn", "cảnh", "buổi", "làm"], 1, up=False),
            *_turned_line(1070, ["Overview", "the", "meeting."], 2, up=False)]
    assert [s.turn for s in caption_strips(down, [PHOTO])] == [DOWN]


def test_a_credit_set_upright_alone_or_a_far_column_is_no_strip() -> None:
    assert caption_strips(_turned_line(1020, ["Ảnh:", "TRÍ", "DŨNG"], 1), [PHOTO]) == []
    # two credits along the edge, six tall words (portrait-3-scanned, page 1): no captions
    credits = [*_turned_line(1020, ["Photo:", "TRI", "DUNG"], 1),
               *_turned_line(1070, ["Ảnh:", "TRÍ", "DŨNG"], 2)]
    assert caption_strips(credits, [PHOTO]) == []
    far = [*_turned_line(1400, ["Toàn", "cảnh", "buổi", "làm", "việc."], 1),
           *_turned_line(1450, ["Overview", "of", "the", "meeting."], 2)]
    assert caption_strips(far, [PHOTO]) == []


@pytest.mark.parametrize("turn", [UP, DOWN])
def test_a_word_read_on_the_turned_crop_goes_back_where_it_lies_on_the_page(turn: int) -> None:
    strip = Strip((1000, 100, 1100, 700), turn, ())
    on_page = (1020, 300, 1060, 420)          # a word's box on the page, in the strip
    width, height = 100, 600
    # where the crop turned ``turn`` degrees clockwise (PIL's rotate(-turn, expand)) has it
    crop_box = turned_box((on_page[0] - 1000, on_page[1] - 100, on_page[2] - 1000,
                           on_page[3] - 100), turn, width, height)
    word = _word("làm", tuple(round(v) for v in crop_box), 1)
    back = placed(word, strip, 7, 3)
    assert (back.left, back.top, back.left + back.width, back.top + back.height) == on_page
    assert (back.line, back.block) == (7, 3)


def test_a_level_word_and_a_turned_word_the_layer_glues_are_two_words() -> None:
    """edgecap-5-digital page 2: the layer gives the English title's last word and the
    turned caption's first with no white between them; read as one word, ``COMMITTEEĐoàn``
    took the caption's first word into the title."""
    doc = pdfium.PdfDocument(DATA / "glued-turn.pdf")
    _, words = read_page(doc[0])
    assert not any("COMMITTEEĐoàn" in w.text for w in words)
    title = next(w for w in words if w.text == "COMMITTEE")
    first = next(w for w in words if w.text == "Đoàn" and w.x0 > title.x0)
    assert first.newline and first.bottom - first.top > first.x1 - first.x0   # set upright
    assert title.x1 - title.x0 > title.bottom - title.top


def test_two_turned_lines_the_layer_glues_are_two_words() -> None:
    """edgecap-4-digital of seed 4200, page 3: a turned caption's last word and its credit's
    label on the next turned line, given as ``niệm.Ảnh:`` (the caption lost its last word and
    the credit its label)."""
    doc = pdfium.PdfDocument(DATA / "glued-lines.pdf")
    _, words = read_page(doc[0])
    assert not any("niệm.Ảnh:" in w.text for w in words)
    last = next(w for w in words if w.text == "niệm.")
    label = next(w for w in words if w.text == "Ảnh:")
    assert label.newline and label.x0 >= last.x1 - 0.5     # the next line, to its right
