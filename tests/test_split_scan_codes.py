"""Printed codes to scan (``split.scan_codes``): the prompts beside a QR code (its three
finder squares drawn at three corners of a square) are notes of no article, open boxes too
(the ``scancode`` layout family, pages saved by ``tools/scancode_test_data.py`` into
``tests/data/layouts-scancode/``); squares in other figures make no code, and running text
that flows past a code keeps its role."""

from __future__ import annotations

import pytest
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind, RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.scan_codes import REASON, codes, scan_codes
from saved_pages import saved

BODY = 9.0
PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-scancode", name)


@pytest.mark.parametrize("name", ["open", "twolines"])
def test_the_prompts_beside_an_open_boxes_qr_code_are_kept_out_of_the_articles(
        name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 80                    # the prompts (and the page's furniture)
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99    # the articles keep their text
    prompts = [b["text"] for page in truth["pages"] for b in page["blocks"]
               if b["role"] == "sidebar"]
    asides = [b.text for b in result.pages[0].blocks if b.role == Role.ASIDE]
    assert prompts and all(p in asides for p in prompts)


@pytest.mark.parametrize("name", ["scanbox", "scanopen"])
def test_the_prompts_beside_a_scanned_qr_code_are_kept_out_of_the_articles(name: str) -> None:
    # (the code's finder squares found in the scan's image by extract, ``ocr.finders``; the
    # OCR's garbage over the code read into the prompt's line goes with it)
    artifact, truth = _saved(name)
    assert len(artifact.pages[0].drawings) == 3
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 60                    # (the prompts' words OCR read as in print)
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99
    asides = " ".join(b.text for b in result.pages[0].blocks if b.role == Role.ASIDE)
    assert "Scan the code" in asides


def _square(x: float, y: float, side: float, shade: float = 0.0) -> Drawing:
    return Drawing(DrawingKind.FILL, (x, y, x + side, y + side), shade)


def _finders(x: float, y: float, side: float = 13.0, span: float = 33.4
             ) -> list[Drawing]:
    """A code's three finders (each a dark square round a light one) at its corners."""
    out = []
    for dx, dy in ((0.0, 0.0), (span, 0.0), (0.0, span)):
        out += [_square(x + dx, y + dy, side),
                _square(x + dx + 0.14 * side, y + dy + 0.14 * side, 0.72 * side, 1.0)]
    return out


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=False, lines=lines,
                 column=1, column_box=(300.0, 560.0))


def test_three_finder_squares_at_a_squares_corners_are_a_code() -> None:
    assert codes(tuple(_finders(300.0, 300.0)), BODY) == [(300.0, 300.0, 346.4, 346.4)]
    # a fourth square at the last corner: a grid of squares (a chart's key, a pattern)
    grid = tuple(_finders(300.0, 300.0)) + (_square(333.4, 333.4, 13.0),)
    assert codes(grid, BODY) == []
    # three squares in a row, or too close together for a code's 21 modules: no code
    row = (_square(300.0, 300.0, 13.0), _square(333.4, 300.0, 13.0),
           _square(366.8, 300.0, 13.0))
    assert codes(row, BODY) == []
    assert codes(tuple(_finders(300.0, 300.0, span=16.0)), BODY) == []
    # light squares (a tint's panels) are no finders
    light = tuple(_square(d.box[0], d.box[1], d.box[2] - d.box[0], 0.8)
                  for d in _finders(300.0, 300.0) if d.shade == 0.0)
    assert codes(light, BODY) == []


def test_lines_beside_a_code_are_asides_and_running_text_past_it_is_not() -> None:
    drawings = tuple(_finders(300.0, 300.0))
    prompt = _facts("Quét mã để xem video", (355.0, 312.0, 520.0, 321.0))
    twin = _facts("Scan the code to watch the video", (355.0, 324.0, 530.0, 333.0))
    flowing = _facts("Running text that flows past the code, many lines long",
                     (355.0, 250.0, 560.0, 420.0), lines=18)
    far = _facts("A line of the next column", (450.0 + 5 * BODY, 312.0, 560.0, 321.0))
    facts = [prompt, twin, flowing, far]
    roles = [Role.BODY] * 4
    out, why = scan_codes(roles, [""] * 4, facts, PAGE, drawings)
    assert out == [Role.ASIDE, Role.ASIDE, Role.BODY, Role.BODY]
    assert why[:2] == [REASON, REASON]
    # no code drawn: nothing changes
    assert scan_codes(roles, [""] * 4, facts, PAGE, ())[0] == roles


def test_what_is_read_on_a_code_goes_with_it_and_the_left_side_only_when_the_right_is_bare(
        ) -> None:
    drawings = tuple(_finders(300.0, 300.0))
    garbage = _facts("[m]-", (305.0, 318.0, 325.0, 330.0))
    merged = _facts("TH Hm Quét mã để xem video", (312.0, 312.0, 520.0, 321.0))
    before = _facts("the column's last line", (180.0, 312.0, 290.0, 321.0))
    out, _ = scan_codes([Role.BODY] * 3, [""] * 3, [garbage, merged, before], PAGE, drawings)
    assert out == [Role.ASIDE, Role.ASIDE, Role.BODY]
    # a prompt set on the code's left, nothing on its right
    out, _ = scan_codes([Role.BODY], [""], [before], PAGE, drawings)
    assert out == [Role.ASIDE]


def test_three_black_cells_at_a_grids_corners_are_no_code() -> None:
    # (a crossword's grid: black cells among white ones, each as large as a finder)
    cells = [Drawing(DrawingKind.FRAME, (300.0 + 13.0 * i, 300.0 + 13.0 * j,
                                         313.0 + 13.0 * i, 313.0 + 13.0 * j), 0.0)
             for i in range(4) for j in range(4) if (i, j) not in ((0, 0), (3, 0), (0, 3))]
    black = [_square(300.0, 300.0, 13.0), _square(339.0, 300.0, 13.0),
             _square(300.0, 339.0, 13.0)]
    assert codes(tuple(black), BODY) != []          # (alone, the three would make one)
    assert codes(tuple(black + cells), BODY) == []
