"""The cut's faster questions (specks left out in one pass, rows counted from their middles,
the cheap tests of a white band asked first) give what the plain ones give, on saved pages."""

from __future__ import annotations

import random

from conftest import SAVED
from magpipe.artifacts import ExtractArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.split import modules, run_in_bands, xycut
from magpipe.split.gutters import column_gutters
from magpipe.split.modules import (
    MODULE_GAP,
    MODULE_ROWS,
    _headed,
    _inside_title,
    edge_row,
    head_like,
    head_over_columns,
    stacked,
)
from magpipe.split.pieces import Line, body_size_of, build_pieces, is_speck, rows, without_specks
from magpipe.split.xycut import line_pitch


def _pieces() -> list[tuple[list[Line], float]]:
    """The pieces of saved pages, text layers, scans and layout documents, with their body
    sizes."""
    pages = [*ExtractArtifact.load(SAVED / "extract-digital.json").pages,
             *ExtractArtifact.load(SAVED / "extract-scanned.json").pages]
    for name in ("briefs", "captions", "english-first-columns"):
        pages += RepairArtifact.load(SAVED / "layouts-split" / f"{name}.repair.json").pages
    out = []
    for page in pages:
        body = body_size_of(page.words)
        pieces = build_pieces(page.words, body)
        if pieces:
            out.append((pieces, body))
    return out


def _plain_rows(pieces: list[Line], apart: float | None = None) -> int:
    count, last = 0, float("-inf")
    for p in sorted(pieces, key=lambda p: (p.box[1] + p.box[3]) / 2):
        middle = (p.box[1] + p.box[3]) / 2
        if middle - last >= (p.box[3] - p.box[1] if apart is None else apart):
            count += 1
            last = middle
    return count


def test_pieces_without_specks_are_those_no_speck_test_picks_out():
    found = 0
    for pieces, body in _pieces():
        for size in (body, 0.5 * body, 3 * body):
            plain = [p for p in pieces if not is_speck(p, body=size)]
            assert without_specks(pieces, size) == plain
            found += len(pieces) - len(plain)
    assert found > 0            # (some pages hold specks: the test sees both kinds)


def test_rows_counted_from_middles_equal_the_plain_count():
    rng = random.Random(31)
    for pieces, body in _pieces():
        parts = [pieces, pieces[::-1], rng.sample(pieces, len(pieces) // 2)]
        for part in parts:
            for apart in (None, 0.0, body, 2.5 * body):
                assert rows(part, apart) == _plain_rows(part, apart)


def _plain_module_cut(body: float, pitch: float, grid):
    """``modules.modules``' test of a white band, its questions in their first order."""
    def module(order, start, k, cuts):
        above, below = order[start:k], order[k:]
        if rows(above, body) < MODULE_ROWS or rows(below, body) < MODULE_ROWS or \
                not _headed(below, body) or head_like(edge_row(above, body, top=False), body) or \
                _inside_title(above, edge_row(below, body), body):
            return False
        gap = modules.JUMPED_HEAD_GAP if any(
            modules.jump_row([p]) for p in edge_row(above, body, top=False)) else MODULE_GAP
        return any(head_over_columns(order[k:end], body, pitch, grid, gap) for end in
                   [j for j in cuts if j > k] + [len(order)])
    return module


def _plain_band_cut(body: float, grid):
    """``run_in_bands.run_in_bands``' test of a white band, its questions in their first
    order."""
    def band(order, start, k, cuts):
        above, below = order[start:k], order[k:]
        return rows(above, body) >= run_in_bands.BAND_ROWS and \
            rows(below, body) >= run_in_bands.BAND_ROWS and \
            not head_like(edge_row(above, body, top=False), body) and \
            not run_in_bands._title_goes_on(above, below, body) and \
            run_in_bands._level_start(below, body, grid(below))
    return band


def test_modules_and_bands_cut_where_their_tests_asked_in_the_first_order_cut(monkeypatch):
    """Every region the cut weighs on the saved layout documents (journal and report hold
    modules, level-bands and narrow-bands bands of items) is cut into modules and bands as
    the tests in their first order cut it."""
    cut = {"modules": 0, "bands": 0, "regions": 0}

    def checked_modules(pieces, body, pitch, grid):
        found = modules.modules(pieces, body, pitch, grid)
        assert found == stacked(pieces, MODULE_GAP * pitch, _plain_module_cut(body, pitch, grid))
        cut["modules"] += found is not None
        cut["regions"] += 1
        return found

    def checked_bands(pieces, body, pitch, grid):
        found = run_in_bands.run_in_bands(pieces, body, pitch, grid)
        heights = sorted(p.box[3] - p.box[1] for p in pieces)
        between = pitch - heights[len(heights) // 2]
        gap = min(MODULE_GAP * pitch, max(0.0, between) + run_in_bands.BAND_STEP * pitch)
        assert found == stacked(pieces, gap, _plain_band_cut(body, grid))
        cut["bands"] += found is not None
        return found

    monkeypatch.setattr(xycut, "modules", checked_modules)
    monkeypatch.setattr(xycut, "run_in_bands", checked_bands)
    for path in [*sorted((SAVED / "layouts-split").glob("*.repair.json")),
                 *sorted((SAVED / "layouts-runin").glob("*.repair.json"))]:
        for page in RepairArtifact.load(path).pages:
            body = body_size_of(page.words)
            pieces = build_pieces(page.words, body)
            if pieces:
                xycut.xy_cut(pieces, body, pitch=line_pitch(pieces, body), exact=True)
    assert cut["modules"] > 0 and cut["bands"] > 0 and cut["regions"] > cut["modules"]


def test_a_level_start_needs_a_head_row():
    for pieces, body in _pieces():
        for part in (pieces, pieces[len(pieces) // 3:]):
            gutters = column_gutters(part, body)
            if run_in_bands._level_start(part, body, gutters):
                assert run_in_bands._head_row(part, body) is not None
