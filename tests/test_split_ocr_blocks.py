"""A paragraph set a few points under the one before it, where OCR opened a block of its own,
starts afresh on an OCR page though the baselines' step stays under ``ocr_spacing``'s or the
line above has no stop (``overhead-2-scanned`` saved as ``block-gap``, ``front-page-3-scanned``
as ``block-no-stop``)."""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.ocr_blocks import block_break
from magpipe.split.pieces import make_line
from saved_links import linked_whole

PITCH = 12.0
MEASURE = (40.0, 180.0)      # where the column's lines start and end


def test_a_justified_paragraph_ending_full_width_links_apart_from_the_next():
    assert linked_whole("block-gap", "Tại buổi làm việc, ông Đinh Hữu Học")
    assert linked_whole("block-gap", "Bà Marcelle Torres Alves Okuno, Lãnh sự")


def test_a_paragraph_without_a_stop_links_apart_from_the_next():
    assert linked_whole("block-no-stop", "Cùng tham gia Đoàn công tác")
    assert linked_whole("block-no-stop", "Ông Đoàn Thanh Sơn, Phó Chủ tịch")


def _lines(rows: list[tuple[str, float, int]]):
    """Lines of ``(text, top, OCR block)`` and the page's words."""
    words: list[Word] = []
    spans = []
    for text, top, block in rows:
        start, x = len(words), 40.0
        for t in text.split():
            words.append(Word(text=t, box=(x, top, x + 5.0 * len(t), top + 8.0), size=8.0,
                              conf=95.0, line=len(spans), block=block))
            x += 5.0 * len(t) + 3.0
        spans.append(list(range(start, len(words))))
    page = tuple(words)
    return page, [make_line(page, idx) for idx in spans]


LINE = ("a line of the paragraph over it", 100.0 - PITCH)


def test_a_new_ocr_block_a_few_points_lower_opening_on_a_capital_starts_a_paragraph():
    words, lines = _lines([(*LINE, 1), ("and the Provincial Public Security", 100.0, 1),
                           ("Mr. Doan Thanh Son, Vice", 100.0 + 1.25 * PITCH, 2),
                           ("Chairman of the Provincial", 100.0 + 2.25 * PITCH, 2)])
    assert block_break(words, lines, 1, PITCH, MEASURE)


def test_the_same_block_a_pitch_step_lower_case_capitals_or_scraps_start_none():
    low = 100.0 + 1.25 * PITCH
    for blocks, second, step in (((1, 1, 1, 1), "Mr. Doan Thanh Son, Vice", low),
                                 ((1, 1, 2, 2), "Mr. Doan Thanh Son, Vice", 100.0 + PITCH),
                                 ((1, 1, 2, 2), "security of the province", low),
                                 ((1, 1, 2, 2), "SURVEYS AND PROMOTES", low),
                                 # OCR's blocks of a line each: a region read poorly
                                 ((0, 1, 2, 3), "People’s Committee, together", low),
                                 ((1, 1, 2, 3), "People’s Committee, together", low),
                                 # a list's short line (an imprint's office), no running text
                                 ((1, 1, 2, 2), "Tổng biên tập: Hà", low)):
        words, lines = _lines([(*LINE, blocks[0]), ("with leaders of the Provincial", 100.0,
                                                     blocks[1]),
                               (second, step, blocks[2]),
                               ("of several departments", step + PITCH, blocks[3])])
        assert not block_break(words, lines, 1, PITCH, MEASURE), (blocks, second)
