"""Captions printed on snapshot cards turned a few degrees (``split.tilted``): a text layer's
slanted lines are turned back level for the page's geometry, so each card's caption is read
whole, in its lines' order, and paired with its twin and credits. Whole ``scrapbook``
documents saved by ``tools/scrapbook_test_data.py`` into ``tests/data/layouts-scrapbook/``,
and words made up here."""

from __future__ import annotations

import math

import pytest
from magpipe.align import align
from magpipe.artifacts.pages import Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.tilted import _level_feet, _tilt, fitted_tilt, untilted
from saved_pages import saved


@pytest.mark.parametrize("name", ["five", "one", "four"])
def test_the_captions_of_cards_turned_a_few_degrees_are_read_whole_with_their_credits(
        name: str) -> None:
    artifact, truth = saved("layouts-scrapbook", name)
    result = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert result.captions_exact == result.captions > 0


def _line(n: int, angle: float, x0: float, y0: float, count: int = 6) -> list[Word]:
    """``count`` words of 20 points on line ``n``, along a baseline turned by ``angle``."""
    words = []
    for k in range(count):
        x = x0 + 24.0 * k
        y = y0 + math.tan(angle) * (x - x0)
        h = 9.0 * math.cos(angle) + 20.0 * math.sin(abs(angle))
        w = 20.0 * math.cos(angle) + 9.0 * math.sin(abs(angle))
        words.append(Word(text=f"w{n}{k}", box=(x, y, x + w, y + h), size=8.0, line=n))
    return words


def test_a_card_turned_a_few_degrees_has_its_lines_turned_back_level() -> None:
    angle = math.radians(5.0)
    words = tuple(_line(0, angle, 100.0, 100.0) + _line(1, angle, 100.0 - 11.0 *
                                                         math.sin(angle), 111.0))
    level = untilted(words)
    for n in (0, 1):
        tops = [w.box[1] for w in level if w.line == n]
        assert max(tops) - min(tops) < 0.5
    first = [w.box[1] for w in level if w.line == 0]
    second = [w.box[1] for w in level if w.line == 1]
    assert min(second) > max(first) + 9.0         # one line under the other, apart


def test_level_lines_and_ocr_pages_are_left_alone() -> None:
    level = tuple(_line(0, 0.0, 100.0, 100.0))
    assert untilted(level) is level
    turned = tuple(_line(0, math.radians(5.0), 100.0, 100.0))
    assert untilted(turned, exact=False) is turned


def _lines_of_saved_pages() -> list[list[tuple[float, float, float, float]]]:
    """The boxes of each text-layer line of three words or more on the saved scrapbook
    pages: its cards' lines turned askew, its stories' level ones."""
    found = []
    for name in ("five", "one", "four"):
        artifact, _ = saved("layouts-scrapbook", name)
        for page in artifact.pages:
            lines: dict[int, list] = {}
            for w in page.words:
                if w.text:
                    lines.setdefault(w.line, []).append(w.box)
            found.extend(boxes for boxes in lines.values() if len(boxes) >= 3)
    return found


def test_a_line_of_level_feet_skips_the_fits_and_reads_as_the_fits_do() -> None:
    lines = _lines_of_saved_pages()
    level = [b for b in lines if _level_feet(b, [(x[0] + x[2]) / 2 for x in b])]
    assert level and len(level) < len(lines)       # both kinds of line are there
    for boxes in lines:
        assert _tilt(boxes) == fitted_tilt(boxes, [(b[0] + b[2]) / 2 for b in boxes])
    assert all(fitted_tilt(b, [(x[0] + x[2]) / 2 for x in b]) is None for b in level)


def test_feet_at_one_height_over_no_spread_are_fitted() -> None:
    # three words stacked at one place: their slope is no reading of a level line
    boxes = [(10.0, 0.0, 30.0, 9.0), (10.0, 1.0, 30.0, 9.0), (10.0, 2.0, 30.0, 9.0)]
    assert not _level_feet(boxes, [20.0, 20.0, 20.0])
