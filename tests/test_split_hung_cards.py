"""Captions on a card hung over a photo's foot, part on the photo and part on the page under
it (``magpipe.split.photo_stacks.hung_on``): split and align on pages of the ``hangcard``
family saved from the layout bench (``tests/data/layouts-hangcard/``, made by
``tools/hangcard_test_data.py``), and the rule on a few made-up lines (a card hung over a
photo's top, which that family does not print)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Block, PageLayout, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.photo_stacks import hung_on
from magpipe.split.pieces import Line

DATA = Path(__file__).parent / "data" / "layouts-hangcard"


def _page(name: str) -> PageLayout:
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config()).pages[0]


def _starting(page: PageLayout, text: str) -> Block:
    found = [b for b in page.blocks if b.text.startswith(text)]
    assert len(found) == 1, [b.text[:40] for b in page.blocks]
    return found[0]


def test_a_caption_line_set_across_the_photos_foot_stays_in_its_caption() -> None:
    page = _page("line-across-foot")
    vi = _starting(page, "Đồng chí Lê Hoài Trung")
    assert vi.role == Role.CAPTION
    assert "Ngoại giao phát biểu tại buổi Lễ" in vi.text
    en = _starting(page, "Mr. Le Hoai Trung")
    assert en.role == Role.CAPTION and en.text.endswith("Photo by TRI DUNG")


def test_a_credit_under_the_foot_of_a_card_in_the_photos_middle_stays_with_its_caption() -> None:
    page = _page("middle-card")
    vi = _starting(page, "Lãnh đạo hai Bên tuyên bố")
    assert vi.role == Role.CAPTION and vi.text.endswith("TRÍ DŨNG")
    assert not any(b.text.startswith("- TRÍ") for b in page.blocks)


def test_an_english_caption_part_on_the_photo_part_under_it_is_one_block() -> None:
    page = _page("foot-between-languages")
    en = _starting(page, "Mr. Nguyen Canh Toan")
    assert en.role == Role.CAPTION
    assert "Provincial Party Committee" in en.text
    assert not any(b.text.startswith("Provincial Party Committee") for b in page.blocks)


def test_a_scanned_credit_name_across_the_photos_foot_stays_in_its_caption() -> None:
    page = _page("scanned-card")
    vi = _starting(page, "Các đại biểu chụp ảnh")
    assert vi.role == Role.CAPTION and "DŨNG" in vi.text


@pytest.mark.parametrize(("name", "opening"), [
    ("line-across-foot", "Đồng chí Lê Hoài Trung"),
    ("middle-card", "Lãnh đạo hai Bên"),
    ("foot-between-languages", "Đồng chí Nguyễn Cảnh Toàn"),
    ("scanned-card", "Các đại biểu chụp ảnh"),
])
def test_a_hung_cards_caption_is_paired_with_its_twin_and_credits(name: str,
                                                                  opening: str) -> None:
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    articles = [dict(a, captions=[c for c in a["captions"]
                                  if (c["vi"] or "").startswith(opening)])
                for a in truth["articles"]]
    assert sum(len(a["captions"]) for a in articles) == 1
    aligned = align(split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config()),
                    Config())
    assert align_score(aligned, dict(truth, articles=articles), fuzzy=True).captions_right == 1


def test_a_columns_first_line_under_a_caption_overprinted_on_the_photo_stays_body() -> None:
    page = _page("overprinted-caption")
    body = _starting(page, "Bà Marcelle Torres Alves Okuno")
    assert body.role == Role.BODY
    caption = _starting(page, "Lãnh đạo Lạng Sơn - Quảng Tây")
    assert caption.role == Role.CAPTION and caption.text.endswith("(Ảnh: VŨ GIANG)")


def _line(text: str, box: tuple[float, float, float, float], size: float = 7.5) -> Line:
    return Line(words=(), box=box, size=size, bold=False, text=text, base=box[3])


PHOTO = (50.0, 200.0, 550.0, 480.0)
BODY = 9.0


def test_a_card_hung_over_a_photos_top_is_read_up_from_its_lines_on_the_photo() -> None:
    title = _line("A TITLE ACROSS THE PAGE", (50.0, 140.0, 550.0, 160.0), size=20.0)
    above = _line("Dòng chú thích trên ảnh,", (70.0, 180.0, 240.0, 188.0))
    across = _line("dòng qua mép ảnh.", (70.0, 191.0, 200.0, 203.0))
    on = _line("A caption line on the photo.", (70.0, 206.0, 250.0, 214.0))
    pieces = [title, above, across, on]
    assert hung_on(pieces, [on], PHOTO, BODY, over=True) == [above, across]
    assert hung_on(pieces, [on], PHOTO, BODY) == []


def test_the_pages_text_under_a_card_or_far_from_the_photos_foot_is_not_its_caption() -> None:
    last = _line("the card's last line on the photo", (70.0, 466.0, 250.0, 474.0))
    column = _line("The page's text starts a column under it", (50.0, 494.0, 290.0, 503.0),
                   size=9.0)
    high = _line("a label high on the photo", (70.0, 300.0, 250.0, 308.0))
    under = _line("a line right under the photo", (70.0, 484.0, 250.0, 492.0))
    assert hung_on([last, column], [last], PHOTO, BODY) == []
    assert hung_on([high, under], [high], PHOTO, BODY) == []


def test_only_the_stack_at_the_photos_foot_is_carried_on_not_a_label_higher_up() -> None:
    label = _line("a label high on the photo", (56.0, 300.0, 180.0, 308.0))
    last = _line("the card's last line on the photo", (70.0, 466.0, 250.0, 474.0))
    card = _line("the card's line under the photo", (70.0, 481.0, 240.0, 489.0))
    flush = _line("a line flush with the label", (56.0, 481.0, 300.0, 489.0))
    assert hung_on([label, last, card, flush], [label, last], PHOTO, BODY) == [card]


def test_a_line_indented_under_a_flush_left_caption_or_set_larger_is_not_its_card() -> None:
    vi = _line("a caption set flush left on the photo,", (37.0, 458.0, 308.0, 467.0), 8.2)
    en = _line("its English under it, reaching the foot", (37.0, 471.0, 327.0, 479.0), 8.2)
    indented = _line("a column's first line beside a drop cap", (56.0, 487.0, 314.0, 496.0),
                     8.2)
    larger = _line("a column's first line, a point larger", (37.0, 487.0, 314.0, 496.0), 9.1)
    assert hung_on([vi, en, indented], [vi, en], PHOTO, BODY) == []
    assert hung_on([vi, en, larger], [vi, en], PHOTO, BODY) == []
