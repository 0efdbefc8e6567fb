"""Words from Tesseract's table: page-unique lines, specks dropped, look-alike letters mended."""

from __future__ import annotations

from magpipe.extract.ocr.tesseract import _words_from_data


def _table(rows: list[tuple[int, int, str, float]]) -> dict[str, list]:
    """image_to_data columns for (level, line_num, text, conf) rows of one block."""
    cols = {k: [] for k in ("level", "block_num", "par_num", "line_num", "text", "conf", "left",
                            "top", "width", "height")}
    for n, (level, line, text, conf) in enumerate(rows):
        for key, value in (("level", level), ("block_num", 1), ("par_num", 1),
                           ("line_num", line), ("text", text), ("conf", conf),
                           ("left", 10 * n), ("top", 40 * line), ("width", 30),
                           ("height", 34 if level == 4 else 30)):
            cols[key].append(value)
    return cols


def test_italic_f_read_as_a_hooked_f_is_an_f():
    words = _words_from_data(_table([(4, 1, "", -1), (5, 1, "Secretary", 90.0),
                                     (5, 1, "oƒ", 84.0), (5, 1, "ƑOR", 80.0)]))
    assert [w.text for w in words] == ["Secretary", "of", "FOR"]


def test_low_confidence_punctuation_is_dropped_and_lines_are_numbered_per_page():
    words = _words_from_data(_table([(4, 1, "", -1), (5, 1, "Lạng", 95.0), (5, 1, "*", 20.0),
                                     (4, 2, "", -1), (5, 2, "Sơn", 93.0)]))
    assert [(w.text, w.line, w.line_height) for w in words] == [("Lạng", 0, 34), ("Sơn", 1, 34)]
