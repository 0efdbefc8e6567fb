"""Line pieces made up for the XY cut's tests (body 10 pt, a 12 pt leading, 5 pt a
character), and the reading order the cut gives them."""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.split.xycut import xy_cut

BODY = 10.0


def piece(x0: float, x1: float, top: float, text: str, size: float = BODY,
          bold: bool = False) -> Line:
    return Line(words=(), box=(x0, top, x1, top + size), size=size, bold=bold, text=text,
                base=top + size, cw=5.0, core=(x0, x1))


def column(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    return [piece(x0, x1, top + 12 * k, f"{name} {k}") for k in range(rows)]


def reading(pieces: list[Line]) -> list[str]:
    """The pieces' texts in reading order: regions in order, each top to bottom."""
    return [p.text for region, _ in xy_cut(pieces, BODY, pitch=12.0)
            for p in sorted(region, key=lambda p: (p.box[1], p.box[0]))]
