"""A paragraph the layout broke at a column or page turn goes on at the next column's head; where
OCR read that head as junk, the open paragraph ended there and the paragraph under the junk
starts afresh (``report-2-scanned``, saved as ``junk-head``: ``lives of the people.`` read
``Iives oŸthe peoDlo.`` at page 5's head)."""

from __future__ import annotations

from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.config import Config
from magpipe.eval.align_score import _same
from magpipe.split.continuation import Piece, link
from saved_links import split_saved, truth_of


def test_the_paragraph_ending_in_a_junk_line_and_the_next_one_link_whole():
    # (``saved_links.linked_whole`` asks every record for a title: this report's contents
    # heads OCR read as junk leave a record without one, which is not what is tested here)
    links = [(" ".join(k["vi"]), " ".join(k["en"])) for a in truth_of("junk-head")["articles"]
             for k in a["paragraphs"]]
    found = [(p.vi, p.en) for a in align(split_saved("junk-head"), Config()).articles
             for p in a.paragraphs]
    for start in ("Ông Đoàn Thanh Sơn, Phó Chủ tịch", "Nhân dịp này, Phó Chủ tịch"):
        (vi, en), = [(v, e) for v, e in links if v.startswith(start)]
        assert any(_same(v, vi, True) and _same(e, en, True) for v, e in found)


def _piece(k: str, page: int, role: str, text: str, box: tuple[float, float, float, float],
           lang: str = "en") -> Piece:
    return Piece(id=k, page=page, region=0 if page == 4 else 2, lang=lang, role=role,
                 text=text, box=box)


OPEN = _piece("a", 4, Role.BODY, "helping the locality quickly stabilize the",
              (430, 387, 812, 502))
NEXT = _piece("b", 5, Role.BODY, "On this occasion, the Vice Chairman of the province",
              (33, 70, 414, 174))


def test_a_junk_line_right_over_the_next_columns_head_ends_the_open_paragraph():
    junk = _piece("j", 5, Role.OTHER, "Iives oŸthe peoDlo.", (33, 50, 119, 60))
    assert link([OPEN, junk, NEXT]) == {}


def test_a_speck_another_languages_junk_or_junk_beside_it_leave_the_link():
    speck = _piece("s", 5, Role.OTHER, "ˆ uu", (33, 50, 119, 60))
    other = _piece("o", 5, Role.OTHER, "Iives oŸthe peoDlo.", (33, 50, 119, 60), lang="vi")
    beside = _piece("x", 5, Role.OTHER, "Iives oŸthe peoDlo.", (500, 50, 600, 60))
    for bar in (speck, other, beside):
        assert link([OPEN, bar, NEXT]) == {"b": "a"}
    # junk higher up the column, a block of text between it and the next piece: no head of it
    above = _piece("j", 5, Role.OTHER, "Iives oŸthe peoDlo.", (33, 30, 119, 40))
    caption = _piece("c", 5, Role.CAPTION, "A photo of the delegates", (33, 50, 414, 60))
    assert link([OPEN, above, caption, NEXT]) == {"b": "a"}


def test_junk_on_a_running_heads_rows_is_the_bands_and_leaves_the_link():
    head = _piece("h", 5, Role.HEADER, "LANG SON EXTERNAL AFFAIRS BULLETIN", (330, 45, 458, 54))
    junk = _piece("j", 5, Role.OTHER, "CC QUY LÃ LỰ/ L (TT JD DULLL[IN", (33, 48, 459, 58))
    assert link([OPEN, head, junk, NEXT]) == {"b": "a"}
