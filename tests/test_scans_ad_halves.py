"""An advertisement set in both languages in a frame (issue 16, notices scans): a scan draws no
frame, so only the half held in from the column's edges is found a box of no article
(``split.framed``); the other half, as wide as the column, holds the advertiser's name and a
telephone field. A block holding a contact field and touching that box is of the box
(``split.boxes.contact_boxes``), and the name over it goes with it; a paragraph holding a
field that touches no such box stays article text."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.boxes import contact_boxes
from magpipe.split.roles import Facts, PageFacts

PAGE = PageFacts(width=737.0, height=950.0, body_size=8.0, body_cw=4.0, columns=3,
                 repeated=frozenset(), exact=False)


def _f(text: str, box: tuple[float, float, float, float], lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=8.0, cw=4.0, bold=False, lines=lines, column=2,
                 column_box=(384.0, 521.0))


NAME = _f("KHÁCH SẠN HOÀNG SƠN", (386.0, 99.0, 519.0, 112.0))
HALF = _f("Phòng hội nghị 200 chỗ, đưa đón tại cửa khẩu Hữu Nghị. Điện thoại: 0205 3 871 246",
          (384.0, 115.0, 520.0, 150.0), 3)
BOXED = [_f("HOANG SON HOTEL", (400.0, 160.0, 505.0, 168.0)),
         _f("A conference hall for 200, transfers from Huu Nghi border gate.",
            (388.0, 174.0, 516.0, 209.0), 3),
         _f("Phone: +84 205 3871 246", (397.0, 210.0, 507.0, 220.0))]


def test_the_unframed_half_of_an_advertisement_goes_with_its_framed_half() -> None:
    roles = [Role.BODY, Role.BODY] + [Role.ASIDE] * 3
    assert contact_boxes(roles, [NAME, HALF, *BOXED], PAGE) == [Role.ASIDE] * 5


def test_a_paragraph_with_a_telephone_touching_no_box_stays_text() -> None:
    roles = [Role.BODY, Role.BODY] + [Role.BODY] * 3
    assert contact_boxes(roles, [NAME, HALF, *BOXED], PAGE) == roles
    # a box far below (past the gap a box's pieces keep) takes nothing
    far = [_f(f.text, (f.box[0], f.box[1] + 60.0, f.box[2], f.box[3] + 60.0), f.lines)
           for f in BOXED]
    roles = [Role.BODY, Role.BODY] + [Role.ASIDE] * 3
    assert contact_boxes(roles, [NAME, HALF, *far], PAGE)[:2] == [Role.BODY, Role.BODY]
