"""A line ending short on an English title set before a name (``Mr.``, ``Ms.``) ends no
paragraph: the name runs on at the next line's head (``text.english.ends_in_name_opener``, read
by ``split.layout``'s short-last-line test), on small synthetic text-layer columns."""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.layout import analyse
from magpipe.text.english import ends_in_name_opener

SIZE, PITCH, LEFT, WIDTH = 9.0, 12.0, 40.0, 240.0
FULL = ("the Provincial Party Committee received the delegation of the Embassy at its "
        "headquarters and worked with the leaders of the departments").split()


def _line(words: list[str], top: float, fill: bool = False) -> list[Word]:
    """The words set from LEFT (spread to the measure when ``fill``: a justified line)."""
    widths = [0.5 * SIZE * len(w) for w in words]
    space = (WIDTH - sum(widths)) / (len(words) - 1) if fill and len(words) > 1 else 0.3 * SIZE
    out, x = [], LEFT
    for w, width in zip(words, widths, strict=True):
        out.append(Word(text=w, box=(x, top, x + width, top + SIZE), size=SIZE))
        x += width + space
    return out


def _column(short: str) -> tuple[Word, ...]:
    """Four justified lines, one ending short on ``short``'s last word, four more."""
    lines = [FULL[k:k + 7] for k in range(0, 21, 7)] + [short.split()] + \
        [FULL[k:k + 7] for k in range(0, 28, 7)]
    words = []
    for row, text in enumerate(lines):
        words += _line(text, 100.0 + row * PITCH, fill=len(text) == 7)
    return tuple(words)


def test_a_title_before_a_name_ends_no_sentence() -> None:
    assert ends_in_name_opener("the headquarters of the Committee, Mr.")
    assert ends_in_name_opener("received Ms.")
    assert not ends_in_name_opener("worked with the delegation.")
    assert not ends_in_name_opener("")


def test_a_short_line_ending_on_mr_runs_on_into_the_name() -> None:
    geo = analyse(_column("the Lang Son Committee, Mr."), 842.0)
    assert len(geo.paras) == 1


def test_a_short_line_ending_a_sentence_still_ends_its_paragraph() -> None:
    geo = analyse(_column("the Lang Son Committee today."), 842.0)
    assert len(geo.paras) == 2
