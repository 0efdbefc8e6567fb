"""Tables of text ruled in rows and cells (``split.ruled_rows``, ``split.level_rows``):
questions and answers set as a ruled table, the question in the narrow left cell beside its
answer, are read row by row, each cell its own block, whether the Vietnamese table comes
whole before the English one or each Vietnamese row is followed by its English row on a tint
(``tests/data/layouts-qatable``, saved by ``tools/qatable_test_data.py``); a row alone at a
page's foot, no rule under it, is read so too; the tint under a table's rows makes no box of
text apart from the article; align links each question and each answer to its twin, in
order. A vertical rule between two columns of a story, or a table of figures between two
rules, is no grid of text. On a scan, where no drawing reaches the split stage, the cells
are told by their levels: a run of narrow left cells of a few lines, each level with a
longer right one of its language, is read row by row; a translation level beside its
original, or two columns of one story, are not. A rule OCR read as a bar between a row's
first lines (``take? | Attending``) parts the row's cells (``split.bar_rules``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import Drawing, DrawingKind, RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.bar_rules import bar_rules
from magpipe.split.layout import PageGeometry, Para
from magpipe.split.level_rows import level_rows
from magpipe.split.pieces import make_line
from magpipe.split.ruled_rows import ruled_rows, text_rows
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-qatable"
BODY = 9.0


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["tables", "rows"])
def test_a_ruled_table_of_questions_and_answers_is_read_row_by_row(name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    for page, want in zip(result.pages, truth["pages"], strict=True):
        got = [b.text for b in page.blocks if b.role not in FURNITURE_ROLES
                and b.role != Role.TITLE]
        # (each question and each answer a block of its own, a row's question then its
        # answer, the rows top to bottom)
        assert got == [b["text"] for b in want["blocks"] if b["article"] is not None
                       and b["role"] != Role.TITLE]


def test_the_tinted_rows_of_a_table_are_the_articles_text() -> None:
    artifact, truth = _saved("rows")
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.in_correct == s.in_chars
    assert not [b for p in result.pages for b in p.blocks if b.role == Role.ASIDE]


@pytest.mark.parametrize("name", ["tables", "rows"])
def test_align_links_each_question_and_answer_to_its_twin_in_order(name: str) -> None:
    artifact, truth = _saved(name)
    aligned = align(split(artifact, Config()), Config())
    s = align_score(aligned, truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_output == s.links_truth


def _rule(box: tuple[float, float, float, float]) -> Drawing:
    return Drawing(kind=DrawingKind.RULE, box=box, shade=0.0)


# a table across the page: a rule over each of two rows and under the last, a vertical rule
# between a narrow cell and a wide one in each row
TABLE = (_rule((40.0, 100.0, 560.0, 100.8)), _rule((200.0, 100.0, 200.8, 160.0)),
         _rule((40.0, 159.6, 560.0, 160.4)), _rule((200.0, 159.6, 200.8, 230.0)),
         _rule((40.0, 229.6, 560.0, 230.4)))


def test_rows_are_the_bands_between_rules_across_parted_by_a_vertical_rule() -> None:
    rows = ruled_rows(TABLE, BODY)
    assert [tuple(round(v) for v in r.box) for r in rows] == [(40, 100, 560, 160),
                                                              (40, 160, 560, 230)]
    assert all(len(r.cuts) == 1 and 200 < r.cuts[0] < 201 for r in rows)
    # the last row at a page's foot, no rule under it, is a row of the same table ...
    assert len(ruled_rows(TABLE[:-1], BODY)) == 2
    # ... but a column rule hanging from a rule across, with no closed row beside it, is none
    columns = (_rule((40.0, 100.0, 560.0, 100.8)), _rule((300.0, 100.0, 300.8, 700.0)))
    assert ruled_rows(columns, BODY) == []
    # nor is a box's side: a vertical rule at the ends of the rules across
    sides = (TABLE[0], TABLE[2], _rule((40.0, 100.0, 40.8, 160.0)))
    assert ruled_rows(sides, BODY) == []


def _word(text: str, box: tuple[float, float, float, float]) -> Word:
    return Word(text=text, box=box, size=BODY, conf=100.0)


def test_a_table_of_figures_between_rules_is_no_grid_of_text() -> None:
    # short labels and figures row under row in each cell: no cell holds a paragraph
    figures = tuple(w for k in range(6) for w in (
        _word("Xuất khẩu", (44.0, 104.0 + 9 * k, 90.0, 112.0 + 9 * k)),
        _word("1.234", (500.0, 104.0 + 9 * k, 530.0, 112.0 + 9 * k))))
    assert text_rows(TABLE, figures, BODY) == []
    # lines set to the wide cell's measure: a paragraph, the row holds text
    answer = tuple(_word("câu trả lời", (204.0, 104.0 + 9 * k, 556.0, 112.0 + 9 * k))
                   for k in range(3))
    assert len(text_rows(TABLE, answer, BODY)) == 1


def test_a_scanned_table_of_questions_and_answers_is_read_row_by_row() -> None:
    artifact, truth = _saved("scanned")
    result = split(artifact, Config())
    want = [b["text"] for p in truth["pages"] for b in p["blocks"]
            if b["article"] is not None and b["role"] == Role.BODY]
    got = [b.text for p in result.pages for b in p.blocks if b.role == Role.BODY]
    # each OCR block is the truth's block it reads best as, in the truth's order: a row's
    # question, then its answer, row after row (not every question, then every answer)
    assert [max(range(len(want)), key=lambda k: fuzz.ratio(t, want[k])) for t in got] == \
        list(range(len(want)))


def _paras(cells: list[tuple[tuple[str, ...], float, float, float]]) -> tuple[Para, ...]:
    """One paragraph a cell, from its lines' texts, its left and right edges and its top, a
    region each."""
    words: list[Word] = []
    paras = []
    for k, (texts, x0, x1, top) in enumerate(cells):
        first = len(words)
        words.extend(_word(t, (x0, top + 1.2 * BODY * n, x1, top + 1.2 * BODY * n + BODY))
                     for n, t in enumerate(texts))
        paras.append((k, range(first, len(words))))
    out = []
    for k, idx in paras:
        lines = tuple(make_line(tuple(words), [i]) for i in idx)
        out.append(Para(lines=lines, box=(lines[0].box[0], lines[0].box[1], lines[-1].box[2],
                                          lines[-1].box[3]), region=k))
    return tuple(out)


def _order(paras: tuple[Para, ...]) -> list[int]:
    geo = level_rows(PageGeometry(paras=paras, columns=((40.0, 190.0), (200.0, 560.0)),
                                  body_size=BODY, exact=False))
    return [p.region for p in geo.paras]


QUESTIONS = [(("Thời gian giải quyết thủ tục", "là bao lâu?"), 40.0, 190.0, 100.0),
             (("Doanh nghiệp liên hệ ở đâu", "khi gặp vướng mắc?"), 40.0, 190.0, 200.0)]
ANSWERS = [(("Thủ tục được giải quyết trong vòng mười lăm ngày làm việc",
             "kể từ ngày nhận đủ hồ sơ hợp lệ của doanh nghiệp theo quy định",
             "của tỉnh về cải cách hành chính."), 200.0, 560.0, 100.0),
           (("Doanh nghiệp liên hệ với Sở Công Thương tỉnh để được hướng dẫn",
             "cụ thể về hồ sơ, thủ tục và thời hạn giải quyết theo quy định",
             "hiện hành của tỉnh."), 200.0, 560.0, 200.0)]


def test_cells_of_one_language_level_in_two_lanes_are_read_row_by_row() -> None:
    assert _order(_paras(QUESTIONS + ANSWERS)) == [0, 2, 1, 3]
    # a left cell with no right one level with it: no table, read as it was
    assert _order(_paras(QUESTIONS + ANSWERS[:1])) == [0, 1, 2]
    # one row alone is two columns' first lines level by chance
    assert _order(_paras(QUESTIONS[:1] + ANSWERS[:1])) == [0, 1]
    # two columns of one story as wide as one another, paragraphs level on common baselines
    wide = [(texts, 40.0, 290.0, top) for texts, _, _, top in QUESTIONS]
    beside = [(texts, 300.0, 550.0, top) for texts, _, _, top in ANSWERS]
    assert _order(_paras(wide + beside)) == [0, 1, 2, 3]


def test_a_translation_level_beside_its_original_is_read_column_by_column() -> None:
    english = (("How long does the procedure take? It is settled within fifteen",
                "working days of the day a complete file reaches the department",
                "under the province's rules."),
               ("Where can a business turn when problems arise? It should contact",
                "the Department of Industry and Trade for guidance on the files",
                "and time limits."))
    twins = [(texts, x0, x1, top) for texts, (_, x0, x1, top) in zip(english, ANSWERS,
                                                                       strict=True)]
    assert _order(_paras(QUESTIONS + twins)) == [0, 1, 2, 3]


def test_a_rule_read_as_a_bar_parts_a_scanned_rows_cells() -> None:
    artifact, truth = _saved("scanned-rows")
    result = split(artifact, Config())
    texts = [b.text for p in result.pages for b in p.blocks if b.role == Role.BODY]
    assert "How long does the procedure take?" in texts
    assert not [t for t in texts if "take? |" in t]
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.links_right == s.links_output == s.links_truth


def _bar_para(rows: list[list[tuple[str, float, float]]]) -> tuple[tuple[Word, ...], Para]:
    """One paragraph of OCR lines, each a row of ``(text, x0, x1)`` words."""
    words = tuple(_word(t, (x0, 100.0 + 11 * n, x1, 108.0 + 11 * n))
                  for n, row in enumerate(rows) for t, x0, x1 in row)
    lines, k = [], 0
    for row in rows:
        lines.append(make_line(words, list(range(k, k + len(row)))))
        k += len(row)
    return words, Para(lines=tuple(lines), box=(40.0, 100.0, 560.0, 108.0 + 11 * len(rows)),
                       region=0)


def test_a_bar_between_two_cells_first_lines_parts_them_and_one_in_running_text_does_not(
        ) -> None:
    words, para = _bar_para([[("How", 40, 60), ("long?", 62, 90), ("|", 210, 214),
                              ("Attending", 220, 260), ("the", 262, 275)],
                             [("talks", 220, 250), ("were", 252, 270)]])
    geo = bar_rules(words, PageGeometry(paras=(para,), columns=((40.0, 560.0),),
                                         body_size=BODY, exact=False))
    assert [" ".join(ln.text for ln in p.lines) for p in geo.paras] == [
        "How long?", "Attending the talks were", "|"]
    # a second line running across the bar: one text with a speck in it, left as it is
    words, para = _bar_para([[("How", 40, 60), ("long?", 62, 90), ("|", 210, 214),
                              ("Attending", 220, 260)],
                             [("talks", 40, 80), ("were", 200, 240)]])
    geo = PageGeometry(paras=(para,), columns=((40.0, 560.0),), body_size=BODY, exact=False)
    assert bar_rules(words, geo) is geo
