"""Boxes of numbered short entries (``split.puzzles``): a bilingual crossword set between the
articles under a title pair lettered exactly like theirs is kept out of the articles with its
titles, clue headings and last issue's answers, framed or tinted on a born-digital page and
with nothing drawn on a scan (``tests/data/layouts-crossword``, saved by
``tools/crossword_test_data.py``); an article's numbered list of sentences stays, and so does
an article's byline set over the box's title. Text in a panel drawn around a grid of drawn
squares (``split.drawn_grids``) is a puzzle's box whatever it reads; a grid ruled in even
squares is a grid too, and a chart's bars and a table's rules are none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind, RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.drawn_grids import drawn_grids
from magpipe.split.puzzles import GRID_REASON, REASON, TITLE_REASON, entries, puzzle_boxes
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-crossword"
BODY = 9.0


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["frame", "tint", "scanned"])
def test_a_crossword_its_titles_and_answers_are_kept_out_of_the_articles(name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    # (the crossword's text, titles too, out; all of the articles' in)
    assert s.out_chars > 500 and s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99
    blocks = [b for p in result.pages for b in p.blocks]
    # the crossword's clues in both languages are notes, and no title is left in the box
    clues = [b for b in blocks if b.text.startswith(("1.", "1 ")) and b.role == Role.ASIDE]
    assert {b.lang for b in clues} >= {Lang.VI, Lang.EN}
    box_top = min(b.box[1] for b in clues)
    assert not [b for b in blocks if b.role == Role.TITLE and box_top - 80 < b.box[3] < box_top]


def test_numbered_entries_are_read_from_a_run_and_a_labelled_answer_line() -> None:
    assert entries("1. Thị trấn biên giới nổi tiếng 2. Loại quả hồi 3. Đỉnh núi cao nhất") == (
        "Thị trấn biên giới nổi tiếng", "Loại quả hồi", "Đỉnh núi cao nhất")
    answers = entries("Last issue's answers: 1. HOA HOI; 2. LANG SON; 3. HA NOI.")
    assert answers == ("HOA HOI;", "LANG SON;", "HA NOI.")
    # OCR lost the first number's stop; a run read one block an entry goes on from any number
    assert len(entries("1 Another name of the Mac citadel 2. The province")) == 2
    assert entries("4. Đỉnh núi cao nhất xứ Lạng") == ("Đỉnh núi cao nhất xứ Lạng",)
    # running text with numbers in it is no run of entries
    assert entries("Ngày 1. 3 đoàn công tác đã đến thăm 2. khu kinh tế cửa khẩu") == ()
    assert entries("Theo kế hoạch của tỉnh, dự án được chia thành hai giai đoạn: 1. mở đường "
                   "2. xây cầu") == ()


def _facts(text: str, box: tuple[float, float, float, float], size: float = BODY,
           lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=size, cw=0.5 * size, bold=False, lines=lines,
                 column=0, column_box=(40.0, 300.0))


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())
TITLE = _facts("GIẢI Ô CHỮ CÙNG BẠN ĐỌC", (40.0, 300.0, 260.0, 322.0), 2.2 * BODY)
CLUES = (_facts("HÀNG NGANG", (40.0, 334.0, 100.0, 343.0)),
         _facts("1. Thị trấn biên giới nổi tiếng với chợ Đông Kinh 2. Loại quả hồi được trồng "
                "nhiều ở xứ Lạng 3. Đỉnh núi cao nhất xứ Lạng 4. Con sông chảy qua thành phố",
                (40.0, 345.0, 220.0, 400.0), lines=6),
         _facts("HÀNG DỌC", (40.0, 404.0, 90.0, 413.0)),
         _facts("1. Lễ hội mùa xuân của người Tày, Nùng 2. Cửa khẩu quốc tế ở huyện Cao Lộc "
                "3. Thủ đô của Việt Nam", (40.0, 415.0, 220.0, 450.0), lines=4))
# an article's points: sentences, each closed by a full stop
POINTS = _facts("1. Tỉnh sẽ mở rộng cửa khẩu Hữu Nghị trong năm tới. 2. Các doanh nghiệp được "
                "hỗ trợ thủ tục hải quan. 3. Hàng hoá nông sản được ưu tiên thông quan. "
                "4. Du lịch biên giới được đầu tư. 5. Giao thông được nâng cấp. 6. Chợ biên "
                "giới được mở lại.", (40.0, 334.0, 260.0, 420.0), lines=9)


def test_numbered_clues_under_a_title_are_a_box_and_an_articles_points_stay() -> None:
    roles, why = puzzle_boxes([Role.TITLE, Role.BYLINE, Role.BODY, Role.LABEL, Role.BODY],
                              ["look"] * 5, [TITLE, *CLUES], PAGE)
    assert roles == [Role.ASIDE] * 5
    assert why == [TITLE_REASON] + [REASON] * 4
    roles, _ = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, POINTS], PAGE)
    assert roles == [Role.TITLE, Role.BODY]


def test_a_byline_over_the_boxs_title_stays_the_articles() -> None:
    byline = _facts("MAI THU", (200.0, 280.0, 260.0, 289.0))
    roles, _ = puzzle_boxes([Role.BYLINE, Role.TITLE, Role.BYLINE, Role.BODY, Role.LABEL,
                             Role.BODY], ["look"] * 6, [byline, TITLE, *CLUES], PAGE)
    assert roles[0] == Role.BYLINE and roles[1:] == [Role.ASIDE] * 5


def _grid(left: float, top: float, side: float, n: int) -> tuple[Drawing, ...]:
    return tuple(Drawing(DrawingKind.FILL if (r + c) % 4 == 0 else DrawingKind.FRAME,
                         (left + c * side, top + r * side, left + (c + 1) * side,
                          top + (r + 1) * side), 0.0)
                 for r in range(n) for c in range(n))


def test_text_in_a_panel_around_a_grid_of_drawn_squares_and_its_title_are_a_box() -> None:
    panel = Drawing(DrawingKind.FRAME, (36.0, 330.0, 300.0, 480.0), 0.0)
    rules = _facts("Điền các chữ số từ 1 đến 9 vào các ô trống sao cho mỗi hàng, mỗi cột "
                   "đều có đủ chín chữ số khác nhau.", (150.0, 340.0, 290.0, 380.0), lines=4)
    drawings = (panel, *_grid(44.0, 340.0, 1.5 * BODY, 7))
    roles, why = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, rules], PAGE,
                              drawings)
    assert roles == [Role.ASIDE, Role.ASIDE] and why == [TITLE_REASON, GRID_REASON]
    # a chart's bars (fills of one height, many lengths) and a row of squares are no grid
    bars = tuple(Drawing(DrawingKind.FILL, (44.0, 340.0 + 16 * r, 60.0 + 20 * r, 353.0 + 16 * r),
                         0.0) for r in range(8))
    assert drawn_grids(bars, BODY) == ()
    assert drawn_grids(tuple(d for d in _grid(44.0, 340.0, 1.5 * BODY, 7)
                             if d.box[1] < 360.0), BODY) == ()
    roles, _ = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, rules], PAGE,
                            (panel, *bars))
    assert roles == [Role.TITLE, Role.BODY]


def test_a_quizs_numbered_questions_are_a_box() -> None:
    quiz = _facts("1. Thủ đô của Việt Nam là thành phố nào? 2. Sông nào chảy qua Lạng Sơn? "
                  "3. Cửa khẩu nào ở huyện Cao Lộc? 4. Đỉnh núi nào cao nhất xứ Lạng? "
                  "5. Lễ hội Lồng tồng diễn ra vào mùa nào? 6. Hoa gì nở trắng núi rừng "
                  "tháng ba?", (40.0, 334.0, 260.0, 400.0), lines=7)
    roles, why = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, quiz], PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE] and why == [TITLE_REASON, REASON]


def test_a_runs_heading_the_role_model_read_as_a_contents_entry_goes_with_the_box() -> None:
    roles, _ = puzzle_boxes([Role.TITLE, Role.BYLINE, Role.BODY, Role.CONTENTS, Role.BODY],
                            ["model"] * 5, [TITLE, *CLUES], PAGE)
    assert roles == [Role.ASIDE] * 5


def test_numbered_points_running_on_from_an_articles_paragraph_stay_its_text() -> None:
    lead = _facts("Tại hội nghị, lãnh đạo tỉnh đã nêu rõ các nhiệm vụ trọng tâm của năm tới "
                  "mà các sở, ngành cần tập trung triển khai thực hiện một cách đồng bộ và "
                  "hiệu quả, gồm những việc sau đây trong từng lĩnh vực cụ thể:",
                  (40.0, 300.0, 260.0, 330.0), lines=3)
    points = _facts("1. Mở rộng cửa khẩu Hữu Nghị 2. Hỗ trợ doanh nghiệp xuất khẩu 3. Nâng cấp "
                    "giao thông biên giới 4. Phát triển du lịch xứ Lạng 5. Xây dựng chợ biên "
                    "giới 6. Đào tạo nguồn nhân lực", (40.0, 334.0, 260.0, 400.0), lines=6)
    roles, _ = puzzle_boxes([Role.BODY, Role.BODY], ["look"] * 2, [lead, points], PAGE)
    assert roles == [Role.BODY, Role.BODY]
    # the same entries set apart, under a title of their own, are a box
    roles, _ = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, points], PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE]


def test_numbers_each_under_one_word_are_entries() -> None:
    assert entries("Câu 1: Thủ đô của Việt Nam? Câu 2: Sông nào chảy qua Lạng Sơn? Câu 3: "
                   "Đỉnh núi nào cao nhất?") == ("Thủ đô của Việt Nam?", "Sông nào chảy qua "
                                                 "Lạng Sơn?", "Đỉnh núi nào cao nhất?")
    assert entries("Question 4: Which river flows through Lang Son?") == (
        "Which river flows through Lang Son?",)
    # numbers after words that differ are no run of entries
    assert entries("Câu 1: Thủ đô của Việt Nam? Năm 2: khu kinh tế") == ()


def test_a_quiz_of_five_questions_each_under_its_word_is_a_box() -> None:
    quiz = _facts("Câu 1: Thủ đô của Việt Nam là thành phố nào? Câu 2: Sông nào chảy qua "
                  "Lạng Sơn? Câu 3: Cửa khẩu nào ở huyện Cao Lộc? Câu 4: Đỉnh núi nào cao "
                  "nhất xứ Lạng? Câu 5: Hoa gì nở trắng núi rừng tháng ba?",
                  (40.0, 334.0, 260.0, 400.0), lines=6)
    roles, _ = puzzle_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [TITLE, quiz], PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE]


def _ruled(left: float, top: float, across: tuple[float, ...], down: tuple[float, ...]
           ) -> tuple[Drawing, ...]:
    """Rules across at the ``down`` steps and down at the ``across`` steps from a corner."""
    xs = [left + sum(across[:k]) for k in range(len(across) + 1)]
    ys = [top + sum(down[:k]) for k in range(len(down) + 1)]
    return (*(Drawing(DrawingKind.RULE, (xs[0], y, xs[-1], y + 0.5), 0.0) for y in ys),
            *(Drawing(DrawingKind.RULE, (x, ys[0], x + 0.5, ys[-1]), 0.0) for x in xs))


def test_a_grid_ruled_in_even_squares_is_a_grid_and_a_tables_rules_are_none() -> None:
    side = 1.6 * BODY
    grids = drawn_grids(_ruled(44.0, 340.0, (side,) * 7, (side,) * 7), BODY)
    assert len(grids) == 1 and abs(grids[0][2] - (44.0 + 7 * side)) < 1.0
    # a table: rows a line apart, columns as wide as their text, each its own width
    table = _ruled(44.0, 340.0, (8 * BODY, 3 * BODY, 3 * BODY, 4 * BODY, 3 * BODY),
                   (1.6 * BODY,) * 6)
    assert drawn_grids(table, BODY) == ()
