"""Scanned pages whose OCR geometry broke the split's column rules (issue 16): a title's word
spaces lined up into a strip read as a gutter, a river down two justified rows read as a
gutter, a row of OCR junk bridging the white under a title, a speck read as a letter. The
rules as functions on made-up pieces, and two saved scanned gallery pages
(``tests/data/layouts-scans/``, ``tools/scan_test_data.py``) split and aligned whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.credit_lines import credit_lines
from magpipe.split.gutters import RIVER_ROWS
from magpipe.split.layout import paragraphs
from magpipe.split.pieces import GUTTER, Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.specks import ocr_specks
from magpipe.split.word_spaces import columns_start_under, display_space, river_space

DATA = Path(__file__).parent / "data" / "layouts-scans"
BODY = 6.0


def piece(x0: float, x1: float, top: float, text: str, size: float = BODY,
          words: int = 1, conf: float = 95.0) -> Line:
    return Line(words=tuple(range(words)), box=(x0, top, x1, top + size), size=size,
                bold=False, text=text, base=top + size, cw=size / 2, core=(x0, x1), conf=conf)


def spaced_row(top: float, x0: float, n: int, word: float, space: float) -> list[Line]:
    """``n`` one-word pieces ``word`` wide, ``space`` apart, from ``x0``."""
    return [piece(x0 + k * (word + space), x0 + k * (word + space) + word, top, f"w{k}")
            for k in range(n)]


def test_a_strip_between_words_of_display_type_is_no_gutter() -> None:
    """Two title lines set three times the body's size whose word spaces (7 pt) line up: the
    strip is a word space of that type, not a gutter; body text the same distance apart is
    parted by it."""
    size = 3 * BODY
    title = [piece(40, 380, 80, "LÃNH ĐẠO", size), piece(387, 550, 80, "VỚI LÃNH", size),
             piece(40, 383, 110, "DỰ VIỆT NAM", size), piece(390, 450, 110, "BRAZIL", size)]
    assert display_space(title, (381, 388), BODY, GUTTER)
    body = [piece(p.box[0], p.box[2], p.box[1], p.text) for p in title]
    assert not display_space(body, (381, 388), BODY, GUTTER)


def test_a_river_down_a_few_justified_rows_read_a_word_a_piece_is_no_gutter() -> None:
    """Two justified rows whose 8 pt spaces line up at one place: the strip there is one of
    each row's word spaces."""
    rows = [spaced_row(240, 320, 10, 20, 8), spaced_row(252, 320, 10, 20, 8)]
    pieces = [p for row in rows for p in row]
    strip = (rows[0][4].box[2], rows[0][5].box[0])
    assert river_space(pieces, strip, BODY, RIVER_ROWS)


def test_narrow_columns_side_by_side_keep_their_gutter() -> None:
    """Lines of three narrow newspaper columns (pieces of several words) parted by gutters as
    even as word spaces: a gutter, not a river; nor a row of words whose spaces are holes of
    lost words far wider than a word space."""
    cols = [piece(x, x + 100, 300 + 12 * k, "several words of a line", words=5)
            for k in range(3) for x in (40, 153, 266)]
    assert not river_space(cols, (140, 153), BODY, RIVER_ROWS)
    holes = [piece(x, x + 20, 700, "w") for x in (40, 110, 160, 210, 260)]
    assert not river_space(holes, (130, 160), BODY, RIVER_ROWS)


def test_columns_start_under_a_head_only_where_both_sides_begin_right_below() -> None:
    """A paragraph's short last line left of a strip, then captions on both sides of it far
    below (a photo between): the columns do not start under the paragraph."""
    last = [piece(320, 435, 270, "Nhi-Tam Thanh scenic complex.", words=4)]
    captions = [piece(x, x + 110, 640 + 12 * k, "caption words", words=3)
                for k in range(3) for x in (325, 460)]
    assert not columns_start_under(last + captions, (445, 458), 10.0)
    assert columns_start_under(captions, (445, 458), 10.0)


def _facts(text: str, box: tuple[float, float, float, float]) -> Facts:
    return Facts(text=text, box=box, size=box[3] - box[1], cw=2.0, bold=False, lines=1,
                 column=0, column_box=(30.0, 580.0), conf=90.0)


@pytest.mark.parametrize("exact", [False, True])
def test_a_letter_read_off_a_speck_is_kept_out_of_the_text_on_scans_only(exact: bool) -> None:
    """An ``h`` 3.6 pt high on a page whose body is 8 pt high, read by OCR off a fold's
    shadow: ``other``; a raised note number that small keeps its role; on a text layer
    nothing changes."""
    page = PageFacts(width=1175.0, height=790.0, body_size=8.0, body_cw=4.0, columns=6,
                     exact=exact, repeated=frozenset())
    facts = [_facts("h", (586.8, 67.3, 589.6, 70.9)), _facts("1", (300.0, 200.0, 302.0, 204.0)),
             _facts("Tại buổi làm việc", (40.0, 300.0, 300.0, 308.0))]
    roles = [Role.BODY, Role.ASIDE, Role.BODY]
    out = ocr_specks(roles, facts, page)
    assert out == (roles if exact else [Role.OTHER, Role.ASIDE, Role.BODY])


def _run(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    return result, score(align(result, Config()), truth, fuzzy=True), truth


def test_a_scanned_title_in_capitals_stays_one_block_and_pairs() -> None:
    """The two-line Vietnamese title whose word spaces line up is one title block (not four
    pieces read column by column), and the article is found by its titles."""
    result, s, truth = _run("gallery-title-river")
    titles = [b for p in result.pages for b in p.blocks if b.role == Role.TITLE and b.lang == "vi"]
    assert len(titles) == 1
    assert titles[0].text.endswith("RIO DE JANEIRO, BRAZIL")
    assert s.paired_right == s.articles == len(truth["articles"])


def test_a_paragraph_with_a_river_above_the_captions_gutter_is_one_link() -> None:
    """The English paragraph whose spaces line up down two rows, over the gutter between the
    captions under the photo, stays whole (its last line too) and pairs with the Vietnamese."""
    _, s, _ = _run("gallery-title-river")
    assert s.links_right == s.links_output == s.links_truth


def test_a_row_of_ocr_junk_does_not_join_the_title_to_the_text_under_it() -> None:
    """OCR garbage read off a rule between the English title and the intro bridged the white
    under the title, and the head was cut from the columns in the middle of a paragraph:
    with the junk left out of the measure, both paragraphs pair whole."""
    _, s, _ = _run("gallery-junk-row")
    assert s.links_right == s.links_output == s.links_truth


def test_ocr_lines_of_one_paragraph_whose_heights_swing_stay_one_paragraph() -> None:
    """Four OCR lines of a narrow column 5.4 to 7.6 pt high (marks and descenders), 11 to 14
    pt apart: their widths per character say one type, so the steps between them give the
    pitch, and no step is a paragraph break (by sizes alone no two lines were alike, and
    the pitch fell back to 8 pt)."""
    rows = [(225.4, 5.4, 3.61, "consolidating the Viet Nam - France"),
            (239.4, 7.6, 3.70, "comprehensive strategic partnership, while"),
            (251.2, 7.0, 4.08, "moving toward expanding new cooperation"),
            (262.1, 5.8, 3.52, "orientations in the coming time.")]
    lines = [Line(words=(k,), box=(966.5, base - size, 1118.8 if k < 3 else 1079.1, base),
                  size=size, bold=False, text=text, base=base, cw=cw,
                  core=(966.5, 1118.8 if k < 3 else 1079.1))
             for k, (base, size, cw, text) in enumerate(rows)]
    paras = paragraphs((), lines, 0, exact=False, body=6.5)
    assert [len(p.lines) for p in paras] == [4]


def test_a_credit_line_captions_the_block_over_it_not_a_spanning_intro_on_its_row() -> None:
    """A front page's intro spans the left columns and its last line sits on the row of the
    credit under the caption of the next article's photo, a column further right: the
    caption over the credit is its block, the intro stays an intro."""
    page = PageFacts(width=765.0, height=1040.0, body_size=7.0, body_cw=3.5, columns=6,
                     exact=False, repeated=frozenset())

    def block(text: str, box: tuple[float, float, float, float], lines: int,
              column: int) -> Facts:
        return Facts(text=text, box=box, size=7.0, cw=3.5, bold=False, lines=lines,
                     column=column, column_box=(30.0, 735.0), conf=90.0)

    facts = [block("Ngày 19/12/2025, UBND tỉnh Lạng Sơn tổ chức Lễ thông tuyến",
                   (29.9, 522.4, 495.3, 560.0), 3, -1),
             block("the framework of the provincial delegation's visit to China",
                   (509.6, 537.4, 730.3, 558.0), 2, -1),
             block("Photo: VU GIANG", (680.6, 559.6, 735.3, 565.2), 1, 5)]
    roles = [Role.INTRO, Role.BODY, Role.BODY]
    assert credit_lines(roles, facts, page) == [Role.INTRO, Role.CAPTION, Role.CREDIT]
