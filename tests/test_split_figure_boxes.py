"""Boxes of listed figures (``split.figure_boxes``): an exchange-rate or weather box set under
a slash title exactly like the articles' is kept out of the articles with its title, framed or
tinted on a born-digital page and with nothing drawn on a scan (``tests/data/layouts-ratebox``,
saved by ``tools/ratebox_test_data.py``); an article's paragraph full of figures, and a list of
entries on a page whose own text is as full of figures, stay."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.figure_boxes import (
    PANEL_REASON,
    REASON,
    TITLE_REASON,
    entry_line,
    figure_boxes,
)
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-ratebox"
BODY = 9.0


@pytest.mark.parametrize("name", ["frame", "tint", "scanned"])
def test_a_box_of_listed_figures_and_its_title_are_kept_out(name: str) -> None:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 300
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99
    blocks = result.pages[0].blocks
    # the box's title is no article's title: only the two articles' titles are left
    box_titles = [b for b in blocks if "TUẦN" in b.text or "NGOẠI TỆ" in b.text]
    assert box_titles and all(b.role == Role.ASIDE for b in box_titles)
    asides = [b for b in blocks if b.role == Role.ASIDE]
    assert {b.lang for b in asides} >= {Lang.VI, Lang.EN}


def _facts(text: str, box: tuple[float, float, float, float], lines: tuple[str, ...],
           size: float = BODY) -> Facts:
    return Facts(text=text, box=box, size=size, cw=0.5 * size, bold=False, lines=len(lines),
                 column=-1, column_box=(40.0, 560.0), line_texts=lines)


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())
TITLE = _facts("TỶ GIÁ NGOẠI TỆ / EXCHANGE RATES", (40.0, 300.0, 300.0, 318.0),
               ("TỶ GIÁ NGOẠI TỆ / EXCHANGE RATES",), 2 * BODY)
RATES = ("Đô la Mỹ (USD): mua 25.380, bán 25.684", "Nhân dân tệ (CNY): mua 3.571, bán 3.621",
         "Euro (EUR): mua 29.380, bán 29.733", "Nguồn: Vietcombank chi nhánh Lạng Sơn")
BOX = _facts(" ".join(RATES), (48.0, 330.0, 260.0, 378.0), RATES)
PROSE = ("Trong năm 2025, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt",
         "khoảng 5,2 tỷ USD, tăng 12% so với năm trước; trong đó xuất khẩu đạt 2,1 tỷ",
         "USD và nhập khẩu đạt 3,1 tỷ USD, theo số liệu của Sở Công Thương tỉnh.")
ARTICLE = _facts(" ".join(PROSE), (40.0, 100.0, 300.0, 136.0), PROSE)


def test_listed_figures_under_a_title_are_a_box_and_prose_with_figures_stays() -> None:
    roles, why = figure_boxes([Role.BODY, Role.TITLE, Role.CAPTION], ["look"] * 3,
                              [ARTICLE, TITLE, BOX], PAGE)
    assert roles == [Role.BODY, Role.ASIDE, Role.ASIDE]
    assert why[1:] == [TITLE_REASON, REASON]
    # every line of the article's paragraph holds a figure, none opens with a label
    assert not any(entry_line(t) for t in PROSE)
    assert entry_line(RATES[0]) and not entry_line("Ông nói với các đại biểu trong cuộc họp rằng: "
                                                   "năm 2025 là năm bản lề")


def test_entries_as_full_of_figures_as_the_pages_own_text_stay() -> None:
    dense = ("Xuất khẩu 2025: 2,1 tỷ 12% 5,2 3,1 4,0", "Nhập khẩu 2025: 3,1 tỷ 9% 4,4 2,7 1,9",
             "Cân đối 2025: 1,0 tỷ 3% 0,8 0,4 2,1")
    page_text = _facts(" ".join(dense), (40.0, 100.0, 300.0, 130.0), dense)
    roles, _ = figure_boxes([Role.BODY, Role.TITLE, Role.CAPTION], ["look"] * 3,
                            [page_text, TITLE, BOX], PAGE)
    assert roles == [Role.BODY, Role.TITLE, Role.CAPTION]


def test_two_entries_are_no_box() -> None:
    two = _facts(" ".join(RATES[:2]), (48.0, 330.0, 260.0, 354.0), RATES[:2])
    roles, _ = figure_boxes([Role.TITLE, Role.CAPTION], ["look"] * 2, [TITLE, two], PAGE)
    assert roles == [Role.TITLE, Role.CAPTION]


def test_a_note_without_figures_inside_the_boxs_drawn_panel_is_the_boxs() -> None:
    upper = _facts(" ".join(RATES[:2]), (48.0, 330.0, 260.0, 354.0), RATES[:2])
    note = _facts("Tỷ giá tham khảo, chưa gồm phí chuyển tiền", (48.0, 358.0, 240.0, 368.0),
                  ("Tỷ giá tham khảo, chưa gồm phí chuyển tiền",))
    lower = _facts(" ".join(RATES[2:3]), (48.0, 372.0, 260.0, 382.0), RATES[2:3])
    roles = [Role.TITLE, Role.CAPTION, Role.BODY, Role.CAPTION]
    facts = [TITLE, upper, note, lower]
    # (no panel: the note parts the entries into stacks of two and one, no box of three)
    assert figure_boxes(roles, ["look"] * 4, facts, PAGE)[0] == roles
    lower = _facts(" ".join(RATES[1:3]), (48.0, 372.0, 260.0, 396.0), RATES[1:3])
    facts = [TITLE, upper, note, lower]
    out, why = figure_boxes(roles, ["look"] * 4, facts, PAGE, ((44.0, 326.0, 300.0, 400.0),))
    assert out == [Role.ASIDE] * 4
    assert why[2] == PANEL_REASON


def test_a_bold_heading_left_as_text_over_a_box_is_the_boxs_and_a_sentence_over_it_stays() -> None:
    heading = replace(_facts("Tỷ giá ngoại tệ / Exchange rates", (40.0, 306.0, 220.0, 318.0),
                             ("Tỷ giá ngoại tệ / Exchange rates",)), bold=True)
    roles, why = figure_boxes([Role.BODY, Role.CAPTION], ["look"] * 2, [heading, BOX], PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE] and why[0] == TITLE_REASON
    # an article's last line in roman type over the box is the article's
    last = _facts("khu vực biên giới trong thời gian tới.", (40.0, 306.0, 220.0, 318.0),
                  ("khu vực biên giới trong thời gian tới.",))
    roles, _ = figure_boxes([Role.BODY, Role.CAPTION], ["look"] * 2, [last, BOX], PAGE)
    assert roles == [Role.BODY, Role.ASIDE]


def test_entries_run_over_to_a_second_line_or_set_after_a_dash_are_a_box() -> None:
    weather = ("Cửa khẩu Hữu Nghị – 12–16°C, sương mù", "buổi sáng.",
               "Đỉnh Mẫu Sơn – 10–18°C, nhiều mây.", "Thành phố Lạng Sơn – 11–14°C, mưa",
               "phùn kéo dài.")
    box = _facts(" ".join(weather), (48.0, 330.0, 200.0, 392.0), weather)
    roles, _ = figure_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, box], PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE]
    # two lines in a row that are no entries: running text, whatever its first line
    prose = (weather[0], "buổi sáng, và trời sẽ còn lạnh thêm trong những ngày tới khi",
             "không khí lạnh tràn về", weather[2], weather[3])
    text = _facts(" ".join(prose), (48.0, 330.0, 200.0, 392.0), prose)
    assert figure_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, text], PAGE)[0] == \
        [Role.TITLE, Role.BODY]
