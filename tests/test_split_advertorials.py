"""Paid content set like articles (the ``advertorial`` layout family): split from saved pages
(``tests/data/layouts-advertorial/``, made by ``tools/advertorial_test_data.py``), the
sponsor's labels, and the band rule on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.advertorials import REASON, advertorials
from magpipe.split.junk_rows import junk_rows_off
from magpipe.split.layout import Para
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.row_cuts import over_gutter
from magpipe.text.sponsored import is_sponsor_label

DATA = Path(__file__).parent / "data" / "layouts-advertorial"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


@pytest.mark.parametrize("name", ["between", "spanning", "scanned"])
def test_an_advertorial_under_its_label_is_kept_out_of_the_articles(name: str) -> None:
    artifact, truth, result = _split(name)
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 500           # the advertorial (and its label) are no article's text
    assert s.out_correct / s.out_chars > 0.97
    assert s.in_correct / s.in_chars > 0.98       # and the articles around it keep theirs


def test_the_next_articles_titles_under_an_advertorial_stay_titles() -> None:
    _, _, result = _split("between")
    titles = [b.text for b in result.pages[0].blocks if b.role == Role.TITLE]
    assert any(t.startswith("LỄ THÔNG TUYẾN") for t in titles)
    assert any(t.startswith("TECHNICAL TRAFFIC OPENING") for t in titles)
    assert not any("Mẫu Sơn" in t or "Mau Son" in t for t in titles)   # the hotel's is paid


def test_twin_titles_joined_into_one_row_over_the_gutter_are_two_titles() -> None:
    _, _, result = _split("scanned")
    titles = [b for b in result.pages[0].blocks if b.role == Role.TITLE]
    vi = [b for b in titles if b.text.startswith("LỄ THÔNG TUYẾN")]
    en = [b for b in titles if "TRAFFIC" in b.text]
    assert len(vi) == 1 and len(en) == 1 and vi[0] is not en[0]
    assert vi[0].lang == Lang.VI and en[0].lang == Lang.EN
    assert "TRAFFIC" not in vi[0].text


def test_a_rule_read_as_a_row_of_junk_over_a_title_is_no_line_of_it() -> None:
    _, truth, result = _split("junk-rule")
    titles = [b.text for b in result.pages[0].blocks
              if b.role == Role.TITLE and b.lang == Lang.VI]
    assert any(t.startswith("LÃNH ĐẠO UBND TỈNH") for t in titles)
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2


def test_junk_lines_come_off_a_paragraphs_ends_but_not_its_middle() -> None:
    def line(k: int, conf: float) -> Line:
        return Line(words=(k,), box=(0.0, 20.0 * k, 100.0, 20.0 * k + 10), size=10.0,
                    bold=False, text=f"line {k}", base=20.0 * k + 10, conf=conf)
    lines = (line(0, 10.0), line(1, 90.0), line(2, 20.0), line(3, 85.0), line(4, 5.0))
    paras = junk_rows_off([Para(lines=lines, box=(0.0, 0.0, 100.0, 90.0), region=3)])
    assert [[ln.text for ln in p.lines] for p in paras] == [
        ["line 0"], ["line 1", "line 2", "line 3"], ["line 4"]]
    assert paras[1].box == (0.0, 20.0, 100.0, 70.0) and {p.region for p in paras} == {3}


@pytest.mark.parametrize("text", ["THÔNG TIN QUẢNG CÁO", "ADVERTISEMENT", "Quảng cáo",
                                  "THÔNG TIN D0ANH NGHIỆP", "SPONSORED CONTENT",
                                  "THÔNG TIN QUẢNG CÁO · ADVERTISEMENT", "Advertorial",
                                  "Nội dung do Ngân hàng Biên Mậu tài trợ",
                                  "Sponsored by Bien Mau Bank"])
def test_a_line_holding_only_a_sponsors_label_is_a_label(text: str) -> None:
    assert is_sponsor_label(text)


@pytest.mark.parametrize("text", ["Quảng cáo trên truyền hình tăng mạnh trong năm 2025.",
                                  "DOANH NGHIỆP", "Advertising", "Press", "PROMOTIONS",
                                  "THÔNG TIN", ""])
def test_a_line_mentioning_advertising_is_no_label(text: str) -> None:
    assert not is_sponsor_label(text)


# -- the band rule on its own: two columns, 0-300 and 320-620, body 10 ----------------------

PAGE = PageFacts(width=640, height=900, body_size=10.0, body_cw=5.0, columns=2,
                 repeated=frozenset(), exact=True)
COLUMNS = ((0.0, 300.0), (320.0, 620.0))


def _facts(text: str, column: int, top: float, bottom: float, lines: int = 1) -> Facts:
    lo, hi = COLUMNS[column] if column >= 0 else (0.0, 640.0)
    left, right = (lo, hi) if column >= 0 else (0.0, 620.0)
    return Facts(text=text, box=(left, top, right, bottom), size=10.0, cw=5.0, bold=False,
                 lines=lines, column=column, column_box=(lo, hi))


def _page(labels: tuple[str, str]) -> tuple[list[str], list[Facts]]:
    """An article's text in both columns, a label over a paid title and paragraph in each,
    then the next article's title and text in each."""
    parts = []
    for column, label in enumerate(labels):
        parts += [(Role.BODY, _facts("Article text.", column, 40, 200, 12)),
                  (Role.SECTION, _facts(label, column, 230, 238)),
                  (Role.TITLE, _facts("A hotel above the clouds", column, 250, 270, 2)),
                  (Role.BODY, _facts("Eighty rooms and hot springs.", column, 275, 320, 4)),
                  (Role.BODY, _facts("Bookings: 0205 3 868 868", column, 325, 335)),
                  (Role.TITLE, _facts("The next article", column, 370, 390, 2)),
                  (Role.BODY, _facts("Its text.", column, 395, 600, 15))]
    return [r for r, _ in parts], [f for _, f in parts]


def test_the_band_under_a_label_ends_at_the_next_articles_title() -> None:
    roles, facts = _page(("THÔNG TIN QUẢNG CÁO", "ADVERTISEMENT"))
    out, why = advertorials(roles, ["look"] * len(roles), facts, PAGE)
    paid = [k for k, r in enumerate(out) if r == Role.ASIDE]
    assert [facts[k].text for k in paid] == [f.text for f in facts if 230 <= f.box[1] < 340]
    assert all(why[k] == REASON for k in paid)
    assert [out[k] for k, f in enumerate(facts) if f.box[1] >= 370] == [Role.TITLE, Role.BODY] * 2


def test_a_page_without_a_sponsors_label_keeps_its_roles() -> None:
    roles, facts = _page(("TIÊU ĐIỂM", "FOCUS"))
    out, _ = advertorials(roles, ["look"] * len(roles), facts, PAGE)
    assert out == roles


def test_a_wide_gap_over_a_gutter_parts_a_row_a_word_space_does_not() -> None:
    words = tuple(Word(text=t, box=(x0, 100.0, x1, 110.0), size=10.0) for t, x0, x1 in (
        ("KHẨU", 250.0, 280.0), ("TRAFFIC", 325.0, 360.0), ("OPENING", 363.0, 400.0)))
    assert over_gutter(words, 0, 1, COLUMNS, 10.0)          # 45 wide over the gutter (310)
    assert not over_gutter(words, 1, 2, COLUMNS, 10.0)      # a word space in one column
