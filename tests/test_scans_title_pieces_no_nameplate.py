"""A scanned title OCR cut into pieces is no nameplate (``nameplate.nameplates``): between-3
scanned (seed 1600), a title of three lines in each language, its Vietnamese last line run
into the English first one as one block of two lines that reads taller than three bodies."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.nameplate import nameplates
from magpipe.split.roles import Facts, PageFacts

SCAN = PageFacts(width=595.0, height=842.0, body_size=7.9, body_cw=4.51, columns=2,
                 exact=False, repeated=frozenset())


def _block(text: str, box: tuple[float, float, float, float], size: float, cw: float,
           lines: int) -> Facts:
    return Facts(text=text, box=box, size=size, cw=cw, bold=False, lines=lines, column=-1,
                 column_box=(0.0, 595.0))


def test_a_piece_of_a_title_set_in_a_headline_s_type_is_no_nameplate() -> None:
    piece = _block("PHƯƠNG CỦA TRUNG QUỐC PROVINCIAL DELEGATION VISITS", (33, 113, 328, 165),
                   24.5, 14.5, 2)
    band = [_block("GUANGXI ZHUANG AUTONOMOUS", (34, 176, 320, 200), 16.6, 11.8, 1),
            _block("LOCALITIES OF CHINA", (33, 211, 228, 228), 13.2, 11.2, 1)]
    text = _block("Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh Lạng Sơn do đồng chí Hoàng Quốc "
                  "Khánh dẫn đầu.", (33, 241, 154, 511), 7.9, 5.1, 19)
    first = _block("ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY "
                   "VÀ MỘT SỐ ĐỊA", (33, 51, 537, 108), 19.3, 13.9, 2)
    roles = [Role.TITLE] * 4 + [Role.BODY]
    # the title's first lines, a dozen words a line, are set in the piece's type: a headline
    assert nameplates(list(roles), [first, piece, *band, text], SCAN) == roles
    # without them the piece, tall and short, heads a band as a nameplate does
    assert nameplates(roles[1:], [piece, *band, text], SCAN)[:3] == [Role.HEADER] * 3
