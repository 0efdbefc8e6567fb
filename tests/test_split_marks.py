"""Marks of display type that OCR reads again as words (``magpipe.split.marks``): unit tests on
made-up words, and the greeting titles of two scanned copies (``tests/data/layouts-split/``:
``greeting-scanned`` is greeting-1-scanned, ``greeting-marks`` greeting-3-scanned), whose
"Lời ngỏ" OCR read with a line of specks from the title's own marks; and a line of marks
between two lines of a scanned title (``mark_lines``; ``tests/data/layouts-snake/``, made by
``tools/snake_test_data.py``: ``marks-line-in-title`` is snake-1-scanned)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.marks import mark_lines, mark_words
from magpipe.split.pieces import build_pieces
from test_split_families import _truth_roles_of_blocks

DATA = Path(__file__).parent / "data" / "layouts-split"
BODY = 9.0

# a display title "Lời ngỏ" 16 points tall, as OCR boxes it (greeting-1-scanned, rounded)
TITLE = (Word("Lời", (346.7, 56.1, 376.5, 71.9), 20.4, 85.0),
         Word("ngỏ", (382.7, 59.3, 418.7, 77.0), 20.4, 63.0))


def _texts(words: tuple[Word, ...]) -> list[str]:
    return [" ".join(words[i].text for i in p.words) for p in build_pieces(words, BODY)]


def test_a_speck_line_across_the_top_of_a_display_word_is_dropped_as_its_marks() -> None:
    words = (Word("S.ẻ.", (361.7, 55.0, 377.5, 58.6), 5.8, 13.0),) + TITLE
    assert mark_words(words, BODY) == {0}
    assert _texts(words) == ["Lời ngỏ"]


def test_a_mark_under_a_display_word_is_dropped_too() -> None:
    words = TITLE + (Word(".", (400.0, 75.0, 401.5, 79.0), 5.8, 30.0),
                     Word("ọ", (398.0, 74.5, 404.0, 78.5), 5.8, 30.0))
    assert mark_words(words, BODY) == {2, 3}


def test_small_print_beside_or_well_above_a_title_is_kept() -> None:
    words = TITLE + (
        Word("12", (419.5, 55.0, 423.0, 59.0), 5.0),     # a note number after the title
        Word("Số", (346.7, 40.0, 356.0, 44.0), 5.0),     # a tiny kicker a line above it
        Word("Ảnh", (346.7, 78.5, 358.0, 82.5), 5.0))    # ... a tiny credit a line below it
    assert mark_words(words, BODY) == set()


def test_words_of_body_size_are_never_marks_however_they_touch_a_title() -> None:
    words = TITLE + (Word("Kính", (350.0, 50.0, 372.0, 59.0), 13.7),)
    assert mark_words(words, BODY) == set()


def test_long_small_print_across_a_title_is_kept_as_text() -> None:
    words = TITLE + (Word("Photograph", (350.0, 54.0, 376.0, 58.0), 5.0),)
    assert mark_words(words, BODY) == set()


@pytest.mark.parametrize("name", ["greeting-scanned", "greeting-marks"])
def test_scanned_greeting_title_reads_as_printed_without_its_marks_read_again(name: str) -> None:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    titles = [(role, text) for role, want, text in
              _truth_roles_of_blocks(artifact, truth, result) if want == "title"]
    assert (Role.TITLE, "Lời ngỏ") in titles, titles


# the last line of a scanned title set 1.45 times the body's box height (snake-1-scanned,
# rounded; body boxes 7 points tall), and the line OCR read across its marks and the tops of
# its letters (``sóc ra¬ T®rz> `.``), each word a line number of its own
SNAKE_BODY = 7.0
TITLE_LINE = (Word("CŨ\\", (41.8, 151.5, 69.7, 161.4), 13.0, 22.0, line=9),
              Word("TRUNG", (75.4, 151.7, 120.5, 161.8), 13.0, 80.0, line=9),
              Word("QUỐC", (125.1, 151.9, 163.7, 164.8), 13.0, 68.0, line=9))
OVER = ((53.4, 147.2, 58.7, 154.9), (72.8, 151.7, 81.5, 153.7), (98.5, 151.9, 120.4, 154.5),
        (142.7, 148.8, 153.5, 152.9))


def _over(texts: tuple[str, ...]) -> tuple[Word, ...]:
    return tuple(Word(t, box, 7.9, 50.0, line=8) for t, box in zip(texts, OVER, strict=True))


def test_a_line_of_marks_read_over_a_title_line_is_dropped_whole() -> None:
    words = _over(("sóc", "ra¬", "T®rz>", "`.")) + TITLE_LINE
    assert mark_lines(words, SNAKE_BODY) == {0, 1, 2, 3}
    assert _kept(words, SNAKE_BODY) == {4, 5, 6}


def test_a_line_reading_as_words_over_a_title_line_is_kept() -> None:
    words = _over(("của", "hai", "nước", "ta.")) + TITLE_LINE
    assert mark_lines(words, SNAKE_BODY) == set()


def test_a_line_of_symbols_clear_of_the_title_is_no_marks_line() -> None:
    # the same line a point over the title's boxes: it overlies none of its letters
    words = tuple(Word(w.text, (w.box[0], w.box[1] - 8.0, w.box[2], 150.0), w.size, w.conf,
                       line=8) for w in _over(("sóc", "ra¬", "T®rz>", "`."))) + TITLE_LINE
    assert mark_lines(words, SNAKE_BODY) == set()


def _kept(words: tuple[Word, ...], body: float) -> set[int]:
    """The words the pieces of the page hold."""
    return {i for p in build_pieces(words, body) for i in p.words}


def test_scanned_snake_title_is_whole_and_its_article_paired() -> None:
    snake = Path(__file__).parent / "data" / "layouts-snake"
    artifact = RepairArtifact.load(snake / "marks-line-in-title.repair.json")
    truth = json.loads((snake / "marks-line-in-title.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    titles = [b.text for p in result.pages for b in p.blocks
              if b.role == Role.TITLE and b.lang == "vi"]
    assert len(titles) == 1 and titles[0].endswith("PHƯƠNG CŨ\\ TRUNG QUỐC"), titles
    found = score(align(result, Config()), truth, fuzzy=True)
    assert (found.articles, found.paired_right) == (1, 1)
