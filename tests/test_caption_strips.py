"""The caption strip's geometry both stages share (``magpipe.caption_strips``: extract's strips
on a scan's first reading, split's strips of turned lines): which boxes stand beside a photo,
how a strip of several lines grows away from it, which way it reads."""

from __future__ import annotations

from magpipe.caption_strips import beside, grown, reads_up

PHOTO = (100.0, 100.0, 500.0, 400.0)
SLACK = 5.0


def _line(x: float, width: float = 10.0, top: float = 150.0, foot: float = 390.0):
    return (x, top, x + width, foot)


def test_a_box_beside_a_photo_stands_outside_it_across_near_its_side_and_in_its_depth() -> None:
    assert beside(PHOTO, _line(504), reach=20, slack=SLACK)
    assert beside(PHOTO, _line(500), reach=20, slack=SLACK)           # touching its side
    assert beside(PHOTO, _line(86), reach=20, slack=SLACK)            # on its left
    assert not beside(PHOTO, _line(495), reach=20, slack=SLACK)       # over the photo
    assert not beside(PHOTO, _line(530), reach=20, slack=SLACK)       # too far off
    assert not beside(PHOTO, _line(504, top=90), reach=20, slack=SLACK)    # over its top
    assert beside(PHOTO, _line(504, foot=404), reach=20, slack=SLACK)      # within the slack


def test_a_strip_grows_line_by_line_away_from_the_photo_and_stops_at_a_wider_gap() -> None:
    boxes = [_line(504), _line(518), _line(532), _line(560), _line(546, top=20)]
    # the second and third lines join one after the other; the fourth stands 18 off the
    # third (more than its width); the fifth is out of the photo's depth
    assert grown(PHOTO, boxes, [0], range(1, 5), SLACK, leading=1.0) == [0, 1, 2]
    # a strip's line width, when the caller knows one, measures every gap
    assert grown(PHOTO, boxes, [0], range(1, 5), SLACK, leading=1.0, line=20.0) == [0, 1, 2, 3]
    # only the free boxes join, and none joins a strip of no line
    assert grown(PHOTO, boxes, [0], [2, 3], SLACK, leading=1.0) == [0]
    assert grown(PHOTO, boxes, [], range(5), SLACK, leading=1.0) == []


def test_a_box_over_the_photo_does_not_join_its_strip_however_close() -> None:
    boxes = [_line(504), _line(490)]
    assert grown(PHOTO, boxes, [0], [1], SLACK, leading=5.0) == [0]


def test_a_strip_reads_up_unless_most_of_its_lines_read_down() -> None:
    up = [(0.0, 300.0, 10.0, 390.0), (0.0, 200.0, 10.0, 290.0)]      # first word lowest
    down = list(reversed(up))
    assert reads_up([up, up, down])
    assert reads_up([up, down])                   # a tie reads up
    assert not reads_up([down, down, up])
    assert reads_up([up[:1], down[:1]])           # no line of two boxes tells: up
    assert reads_up([])
