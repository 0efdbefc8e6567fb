"""A statistics office's bilingual bulletin (the ``statistics`` layout family): short articles
among ruled tables of figures that belong to no article, set between the articles or inside
one and cut by a page break. Split and align from saved pages
(``tests/data/layouts-statistics/``, made by ``tools/statistics_test_data.py``), and the rules
on their own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.figure_tables import figure_tables, numbered_title
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.xycut import column_ranges
from magpipe.text.dates import has_month_year
from magpipe.text.figures import notation_language, trailing_figures

DATA = Path(__file__).parent / "data" / "layouts-statistics"


@dataclass(frozen=True)
class Saved:
    """Saved pages (their repair artifact and truth) and what split makes of them."""
    artifact: RepairArtifact
    truth: dict
    result: SplitArtifact

    @classmethod
    def load(cls, name: str) -> Saved:
        artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
        return cls(artifact, json.loads((DATA / f"{name}.truth.json").read_text(
            encoding="utf-8")), split(artifact, Config()))

    def blocks(self, page: int | None = None) -> list:
        return [b for p in self.result.pages if page in (None, p.number) for b in p.blocks]

    def truth_blocks(self, roles: tuple[str, ...], page: int | None = None) -> list[dict]:
        return [b for p in self.truth["pages"] if page in (None, p["number"])
                for b in p["blocks"] if b["role"] in roles]


@pytest.fixture(scope="module")
def inside() -> Saved:
    return Saved.load("inside")


@pytest.fixture(scope="module")
def between() -> Saved:
    return Saved.load("between")


def _unkept(blocks, texts: list[str]) -> list[str]:
    """The texts some of whose words lie in a block kept in the articles."""
    out = []
    for text in texts:
        holding = [b for b in blocks if text[:12] in b.text or b.text in text]
        if not holding or any(b.role not in FURNITURE_ROLES for b in holding):
            out.append(text)
    return out


@pytest.mark.parametrize("name", ["inside", "between"])
def test_a_table_of_figures_its_titles_units_and_notes_are_kept_out_of_articles(
        name, inside, between) -> None:
    saved = inside if name == "inside" else between
    tables = [b["text"] for b in saved.truth_blocks(("sidebar",))]
    assert len(tables) >= 20
    assert not _unkept(saved.blocks(), tables)
    s = split_score(saved.result, saved.artifact.pages, saved.truth)
    assert s.out_correct == s.out_chars and s.in_correct == s.in_chars


def test_an_articles_text_around_its_table_and_across_the_page_pairs_paragraph_by_paragraph(
        inside) -> None:
    a = align_score(align(inside.result, Config()), inside.truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right == a.links_output == a.links_truth > 0


def test_a_tables_figures_alone_take_the_language_of_their_notation(inside) -> None:
    figures = [b for b in inside.blocks(1) if b.text and trailing_figures(b.text)
               == len(b.text.split())]
    assert len(figures) >= 2 and all(b.lang == "vi" for b in figures)


def test_a_tables_notes_read_as_one_block_take_each_its_own_language(between) -> None:
    for note in between.truth_blocks(("sidebar",)):
        if note["text"].split()[0] in ("Note:", "Source:", "Ghi", "Nguồn:"):
            holding = [b for b in between.blocks() if note["text"][:20] in b.text]
            assert holding and all(b.lang == note["lang"] for b in holding), note["text"]
    s = split_score(between.result, between.artifact.pages, between.truth)
    assert s.lang_correct >= 0.995 * s.lang_chars


def test_a_monthly_bulletins_masthead_dated_by_month_and_year_is_a_running_head(
        inside) -> None:
    for head in inside.truth_blocks(("header",), 1):
        holding = [b for b in inside.blocks(1) if head["text"][:12] in b.text]
        assert holding and all(b.role == Role.HEADER for b in holding), head["text"]
    titles = [b.text for b in inside.blocks(1) if b.role == Role.TITLE]
    assert titles and titles[0].startswith(inside.truth["articles"][0]["title"]["vi"][:20])


# --- the rules on their own --------------------------------------------------------------

PAGE = PageFacts(width=600.0, height=800.0, body_size=10.0, body_cw=5.0, columns=2, exact=True,
                 repeated=frozenset(), body_pitch=12.0, top_edge=40.0)


def _f(text: str, box: tuple[float, float, float, float], lines: int = 1,
       size: float = 10.0) -> Facts:
    return Facts(text=text, box=box, size=size, cw=5.0, bold=False, lines=lines, column=-1,
                 column_box=(40.0, 560.0), line_texts=(text,) if lines == 1 else ())


def _table(top: float) -> list[Facts]:
    """An article's last paragraph, a numbered title and its twin, a unit, a head row, three
    rows of figures each over its English head, a note set small, then the article's text."""
    rows = []
    for k, (vi, en, figs) in enumerate((("Tổng số", "Total", "4.512,7 5.206,3 115,4"),
                                        ("Xuất khẩu", "Exports", "2.145,6 2.480,3 115,6"),
                                        ("Nhập khẩu", "Imports", "2.367,1 2.726,0 115,2"))):
        y = top + 60 + 30 * k
        rows += [_f(f"{vi} {figs}", (44, y, 550, y + 11)), _f(en, (44, y + 12, 90, y + 23))]
    return [_f("Tỉnh đã đạt được nhiều kết quả quan trọng trong năm qua, theo báo cáo.",
               (40, top - 60, 290, top - 13), lines=4),
            _f("Bảng 3. Kim ngạch qua các cửa khẩu", (40, top, 250, top + 12)),
            _f("Table 3. Value through the border gates", (40, top + 13, 240, top + 25)),
            _f("Đơn vị: triệu USD", (490, top + 27, 550, top + 38), size=8.5),
            _f("Chỉ tiêu 2024 Ước tính 2025", (44, top + 42, 500, top + 53)),
            *rows,
            _f("Nguồn: Cục Thống kê tỉnh.", (40, top + 152, 200, top + 162), size=8.5),
            _f("Phát biểu tại hội nghị, đồng chí Chủ tịch nhấn mạnh rằng tỉnh sẽ tiếp tục.",
               (40, top + 180, 290, top + 240), lines=5)]


def test_rows_ending_in_figures_make_a_table_whose_head_stops_at_its_numbered_title() -> None:
    facts = _table(200.0)
    roles = figure_tables([Role.BODY] * len(facts), facts, PAGE)
    assert roles[0] == roles[-1] == Role.BODY       # the article's text over and under it
    assert all(r == Role.ASIDE for r in roles[1:-1])


def test_figures_read_one_a_block_make_rows_with_the_head_level_with_them() -> None:
    facts = _table(200.0)
    cells = []
    for f in facts[5:11:2]:             # each row: its head, then each figure a block
        head, *figures = f.text.rsplit(" ", 3)
        cells.append(_f(head, (44, f.box[1], 120, f.box[3])))
        cells += [_f(fig, (300 + 90 * k, f.box[1] + 2, 340 + 90 * k, f.box[3]))
                  for k, fig in enumerate(figures)]
    facts = facts[:5] + cells + facts[6:11:2] + facts[11:]
    roles = figure_tables([Role.BODY] * len(facts), facts, PAGE)
    assert roles[0] == roles[-1] == Role.BODY
    assert all(r == Role.ASIDE for r in roles[1:-1])


def test_rows_heads_kept_out_under_a_numbered_title_make_a_table_whose_figures_ocr_lost(
        ) -> None:
    facts = _table(200.0)
    for k in range(5, 11):              # each row's head alone, read as a bilingual list's
        head = facts[k].text if k % 2 == 0 else facts[k].text.rsplit(" ", 3)[0]
        facts[k] = _f(head, (44, facts[k].box[1], 140, facts[k].box[3]))
    roles = [Role.HEADER if 5 <= k < 11 else Role.BODY for k in range(len(facts))]
    out = figure_tables(roles, facts, PAGE)
    assert out[0] == out[-1] == Role.BODY
    assert all(r in (Role.ASIDE, Role.HEADER) for r in out[1:-1])
    untitled = figure_tables(roles[:1] + roles[3:], facts[:1] + facts[3:], PAGE)
    assert untitled == roles[:1] + roles[3:]      # no numbered title: no table's rows


def test_items_kept_out_under_a_dated_issue_line_are_no_tables_rows() -> None:
    # a masthead's issue line opens as a numbered title does (a word, a number, a dash), but
    # the column of kept-out items under it (a list in a third language) has no figures to
    # be a table's rows, and the title lines beside them must stay titles
    facts = _table(200.0)
    for k in range(5, 11):
        head = facts[k].text if k % 2 == 0 else facts[k].text.rsplit(" ", 3)[0]
        facts[k] = _f(head, (44, facts[k].box[1], 140, facts[k].box[3]))
    facts[1] = _f("Số 48 - Tháng 12/2025 - Issue 48 - December 2025", (40, 200, 400, 212))
    facts[2] = _f("Issue 48 - December 2025", (40, 213, 240, 225))
    roles = [Role.HEADER if 5 <= k < 11 else Role.BODY for k in range(len(facts))]
    assert figure_tables(roles, facts, PAGE) == roles


def test_lines_ending_in_one_figure_make_no_table() -> None:
    facts = [_f(f"Năm {2020 + k} tỉnh đón {100 + k}", (40, 100 + 14 * k, 290, 111 + 14 * k))
             for k in range(6)]
    facts += [_f(f"the year closed at {k},5 in {2020 + k}.", (310, 100 + 14 * k, 560,
                                                               111 + 14 * k)) for k in range(6)]
    assert figure_tables([Role.BODY] * 12, facts, PAGE) == [Role.BODY] * 12


def test_a_numbered_title_is_a_word_a_number_and_a_stop() -> None:
    assert numbered_title("Bảng 2. Khách du lịch") and numbered_title("Table 2 (continued)")
    assert numbered_title("Biểu 3: Dân số")
    assert not numbered_title("Số 11 · Tháng 11") and not numbered_title("Năm 2025 tỉnh đạt")
    assert numbered_title("Bảng 3. Kim ngạch tháng 12/2025")      # a date alone: still a table's
    assert not numbered_title("Số 48 - Tháng 12/2025 - Issue 48 - December 2025")


def test_figures_tell_their_language_by_the_decimal_mark() -> None:
    assert trailing_figures("Xuất khẩu 2.145,6 2.480,3 115,6") == 3
    assert trailing_figures("Năm 2025 đạt 115,4 phần trăm") == 0
    assert trailing_figures("rose from 12,5 in 2024 to 13,1 in 2025.") == 0
    assert notation_language("4.512,7 5.206,3 115,4") == "vi"
    assert notation_language("4,512.7 5,206.3 115.4") == "en"
    assert notation_language("2.145 3.000") is None         # a thousands mark tells nothing
    assert notation_language("Tổng 115,4") is None          # words tell it, not the figures


def test_a_month_and_its_year_date_a_monthly_issue() -> None:
    assert has_month_year("Số 11 · Tháng 11 năm 2025") and has_month_year("No. 11 · November 2025")
    assert has_month_year("tháng 11/2025")
    assert not has_month_year("Số 11") and not has_month_year("Ngày 19/12/2025")


def test_a_column_of_text_over_a_tables_narrow_cell_columns_stays_the_column() -> None:
    text, cells = [(30.0, 297.0), (313.0, 580.0)], [(390.0, 438.0), (487.0, 579.0)]
    assert column_ranges(text + cells, tall=text) == tuple(text)
    # a short range over two columns (a title across them) is still none
    assert column_ranges([(30.0, 297.0), (313.0, 440.0), (450.0, 580.0), (313.0, 580.0)],
                         tall=[(30.0, 297.0), (313.0, 440.0), (450.0, 580.0)]) == (
        (30.0, 297.0), (313.0, 440.0), (450.0, 580.0))
