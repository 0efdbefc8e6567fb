"""Captions of a photo report (the ``filmstrip`` layout family): a row of photos side by side,
each captioned under it in its own narrow measure, and a large photo with a caption in the
space to either side of it. Split and align from saved pages
(``tests/data/layouts-filmstrip/``, made by ``tools/filmstrip_test_data.py``), and the rules
on small made-up inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.caption_runs import runs_rejoined
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.photo_captions import beside_captions
from magpipe.split.photo_rows import in_row, set_small
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.side_captions import beside_photo

DATA = Path(__file__).parent / "data" / "layouts-filmstrip"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(artifact, Config())


@pytest.fixture(scope="module")
def strip():
    return _split("strip")


@pytest.fixture(scope="module")
def tall():
    return _split("tall")


def _page_captions(truth: dict) -> dict:
    """The truth with each article's captions cut to those printed on the kept pages (their
    Vietnamese text opens a caption block of a kept page)."""
    printed = [b["text"] for p in truth["pages"] for b in p["blocks"]
               if b["role"] == "caption" and b["lang"] == "vi"]
    articles = [dict(a, captions=[c for c in a["captions"]
                                  if any(t.startswith(c["vi"][:30]) for t in printed)])
                for a in truth["articles"]]
    return dict(truth, articles=articles)


def _captions_right(truth: dict, result) -> tuple[int, int]:
    wanted = _page_captions(truth)
    found = align_score(align(result, Config()), wanted, fuzzy=True)
    return found.captions_right, found.captions


def _blocks(result):
    return [b for p in result.pages for b in p.blocks]


def test_each_photo_of_a_row_has_its_own_caption_in_both_languages(strip) -> None:
    truth, result = strip
    right, wanted = _captions_right(truth, result)
    assert wanted == 5 and right == wanted


def test_no_block_runs_across_the_white_between_two_photos_of_a_row(strip, tall) -> None:
    for _, result in (strip, tall):
        for page in result.pages:
            row = [ph for ph in page.images if in_row(ph, page.images, 10.0)]
            whites = [(a[2], b[0]) for a in row for b in row if 0 < b[0] - a[2] < 30]
            assert whites
            for block in page.blocks:
                if block.box[1] < max(ph[3] for ph in row):
                    continue
                assert not any(block.box[0] < lo and block.box[2] > hi for lo, hi in whites), \
                    block.text


def test_captions_of_a_row_set_in_a_face_with_tall_boxes_are_told_apart(tall) -> None:
    truth, result = tall
    right, wanted = _captions_right(truth, result)     # (page 1's strip, page 3's and its photo's)
    assert (right, wanted) == (9, 9)


def test_a_caption_beside_a_photo_on_a_page_without_body_text_is_its_caption() -> None:
    truth, result = _split("photo_page")
    page = result.pages[1]
    assert page.images and page.blocks
    text = [b for b in page.blocks if b.role not in (Role.HEADER, Role.PAGE_NUMBER)]
    assert text and all(b.role == Role.CAPTION for b in text), [(b.role, b.text) for b in text]
    right, wanted = _captions_right(truth, result)     # (the strip's on the page before too)
    assert wanted == 6 and right == wanted


def test_a_scanned_captions_credit_name_wrapped_beside_the_photo_joins_it() -> None:
    truth, result = _split("scan")
    right, wanted = _captions_right(truth, result)
    assert wanted == 1 and right == wanted


# -- the rules on made-up inputs ---------------------------------------------------------


def _line(x0: float, top: float, x1: float, size: float = 8.0) -> Line:
    return Line(words=(), box=(x0, top, x1, top + size), size=size, bold=False, text="x",
                base=top + size, core=(x0, x1))


def test_photos_level_side_by_side_a_gutter_apart_stand_in_a_row() -> None:
    a, b, c = (40.0, 50.0, 180.0, 150.0), (186.0, 52.0, 320.0, 151.0), (326.0, 50.0, 460.0, 150.0)
    row = (a, b, c)
    assert all(in_row(ph, row, 10.0) for ph in row)
    # a photo set lower (sharing less than half its height) counts for none; photos a column's
    # width away stand in no row with it
    assert not in_row(a, (a, b, (326.0, 120.0, 460.0, 220.0)), 10.0)
    assert not in_row(a, (a, (250.0, 50.0, 390.0, 150.0), (396.0, 50.0, 530.0, 150.0)), 10.0)


def test_two_level_photos_alone_are_two_stories_not_a_row() -> None:
    """Two photos level side by side are as often two stories' modules on a front page, each
    caption read in its story's column: a row needs a third."""
    a, b = (40.0, 50.0, 180.0, 150.0), (186.0, 52.0, 320.0, 151.0)
    assert not in_row(a, (a, b), 10.0) and not in_row(b, (a, b), 10.0)


def test_a_columns_text_under_a_photo_of_a_row_is_no_caption_small_text_is() -> None:
    photos = ((40.0, 50.0, 180.0, 150.0), (186.0, 50.0, 320.0, 150.0))
    text = [_line(40.0, 400.0 + 12 * k, 320.0, 10.0) for k in range(10)]   # the page's text
    column = [_line(40.0, 155.0 + 12 * k, 180.0, 10.0) for k in range(6)]
    caption = [_line(40.0, 155.0 + 10 * k, 180.0, 8.0) for k in range(4)]
    assert not set_small(column, column + text, photos, 10.0)
    assert set_small(caption, caption + text, photos, 10.0)
    # a page of photos and their captions alone: its captions are its only text
    assert set_small(column, column, photos, 10.0)


def test_small_lines_beside_a_photo_within_its_height_are_a_caption_a_column_is_not() -> None:
    photo = (200.0, 100.0, 400.0, 300.0)
    left = [_line(90.0, 200.0 + 10 * k, 188.0) for k in range(5)]
    right = [_line(412.0, 120.0 + 10 * k, 500.0 - 5 * k) for k in range(4)]
    found = beside_photo(left + right, photo, 10.0)
    assert [len(side) for side in found] == [5, 4]
    # a column runs on past the photo's foot: no caption on that side
    column = [_line(412.0, 120.0 + 10 * k, 500.0) for k in range(25)]
    assert [len(side) for side in beside_photo(left + column, photo, 10.0)] == [5]
    # lines set at the body's size are text, not a caption
    assert beside_photo([_line(90.0, 200.0 + 12 * k, 188.0, 10.0) for k in range(5)], photo,
                        10.0) == []


def _facts(box: tuple[float, float, float, float], size: float) -> Facts:
    return Facts(text="Lãnh đạo hai bên dự hội đàm", box=box, size=size, cw=4.0, bold=False,
                 lines=3, column=0, column_box=(box[0], box[2]))


def test_small_text_beside_a_photo_level_with_it_is_its_caption() -> None:
    page = PageFacts(width=600.0, height=800.0, body_size=10.0, body_cw=5.0, columns=2,
                     exact=True, repeated=frozenset())
    photo = (200.0, 100.0, 400.0, 300.0)
    facts = [_facts((90.0, 220.0, 188.0, 298.0), 8.0),        # small, left of the photo
             _facts((412.0, 110.0, 500.0, 180.0), 8.0),       # small, right of it
             _facts((412.0, 110.0, 500.0, 180.0), 10.0),      # at the body's size: text
             _facts((412.0, 250.0, 500.0, 420.0), 8.0),       # running on past its foot
             _facts((90.0, 220.0, 150.0, 298.0), 8.0)]        # a column's width away
    roles, _ = beside_captions([Role.BODY] * 5, [""] * 5, facts, page, (photo,))
    assert roles == [Role.CAPTION, Role.CAPTION, Role.BODY, Role.BODY, Role.BODY]


def _block(k: int, text: str, box: tuple[float, float, float, float], lang: Lang) -> Block:
    return Block(id=f"p1-b{k}", page=1, box=box, text=text, lang=lang, role=Role.CAPTION)


def test_a_caption_cut_in_the_middle_of_its_sentence_is_read_as_one_block() -> None:
    first = _block(0, "Mr. Nguyen Canh Toan, Deputy Secretary of the Party Committee,",
                   (466.0, 608.0, 552.0, 646.0), Lang.EN)
    vi = _block(1, "Đồng chí Nguyễn Cảnh Toàn hội đàm với đồng chí Vi Thao. Ảnh: TRÍ DŨNG",
                (37.0, 647.0, 130.0, 724.0), Lang.VI)
    rest = _block(2, "held talks with Mr. Wei Tao. Photo by TRI DUNG",
                  (466.0, 647.0, 557.0, 714.0), Lang.EN)
    joined = runs_rejoined([(k, b, (b,)) for k, b in enumerate((first, vi, rest))])
    assert [b.text for _, b, _ in joined] == [f"{first.text} {rest.text}", vi.text]
    assert [len(parts) for _, _, parts in joined] == [2, 1]
    # a caption whose sentence ended is not run on by the one set under it
    ended = _block(0, "Overview of the meeting.", (466.0, 608.0, 552.0, 646.0), Lang.EN)
    assert len(runs_rejoined([(k, b, (b,)) for k, b in enumerate((ended, rest))])) == 2
