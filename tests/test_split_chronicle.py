"""A chronicle of dated entries (the ``timeline`` layout family): a ruled bilingual table, dates
in a margin, entries down a centre spine. Split and align from saved pages
(``tests/data/layouts-chronicle/``, made by ``tools/chronicle_test_data.py``), and the rules
on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.cells import table_cells
from magpipe.split.chronicle import chronicle
from magpipe.split.langid import classify
from magpipe.split.layout import analyse
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import date_alone, date_in_english, dated_entry, month_alone

DATA = Path(__file__).parent / "data" / "layouts-chronicle"


def _load(name: str) -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth


def _blocks(name: str):
    artifact, truth = _load(name)
    result = split(artifact, Config())
    return artifact, truth, result, [b for p in result.pages for b in p.blocks]


def test_a_table_row_is_cut_into_its_date_vietnamese_and_english_cells() -> None:
    _, truth, _, blocks = _blocks("table")
    titles = {b.text for b in blocks if b.role == Role.TITLE}
    for article in truth["articles"]:
        assert article["title"]["vi"] in titles
        assert article["title"]["en"] in titles
    labels = [b for b in blocks if b.role == Role.LABEL]
    assert labels and all(date_alone(b.text) for b in labels)
    assert [b.lang for b in labels[:2]] == ["vi", "en"]     # 15/10/2025 over 15 October


def test_a_bilingual_table_pairs_every_entry_and_aligns_its_text() -> None:
    artifact, truth, result, _ = _blocks("table")
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == len(truth["articles"])
    assert s.links_right == s.links_output == s.links_truth


def test_month_bands_head_rows_and_the_chronicle_title_belong_to_no_article() -> None:
    artifact, truth, result, blocks = _blocks("table")
    s = split_score(result, artifact.pages, truth)
    assert s.out_correct == s.out_chars > 0
    assert s.in_correct == s.in_chars
    for text in ("THÁNG MƯỜI", "OCTOBER", "DẤU ẤN ĐỐI NGOẠI QUÝ IV NĂM 2025"):
        assert [b.role for b in blocks if b.text == text] == [Role.HEADER]
    assert {b.role for b in blocks if "EVENT" in b.text} == {Role.HEADER}     # the head row


def test_a_date_in_a_margin_is_the_label_of_the_entry_beside_it() -> None:
    artifact, truth, result, blocks = _blocks("ledger")
    dates = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "label"]
    assert sorted(b.text for b in blocks if b.role == Role.LABEL) == sorted(dates)
    assert not any(b.text.startswith(d) for b in blocks if b.role != Role.LABEL for d in dates)
    aligned = align(result, Config())
    dated = {a.title.vi: a.label.vi for a in aligned.articles if a.title.vi}
    for article in truth["articles"]:
        date = next(b["text"] for p in truth["pages"] for b in p["blocks"]
                    if b["role"] == "label" and b["lang"] == "vi"
                    and truth["articles"][b["article"]] is article)
        assert dated[article["title"]["vi"]] == date
    s = align_score(aligned, truth, fuzzy=True)
    assert s.paired_right == s.articles and s.links_right == s.links_truth


def test_a_date_set_close_over_its_headline_is_cut_from_it() -> None:
    _, truth, _, blocks = _blocks("spine")
    titles = [b.text for b in blocks if b.role == Role.TITLE]
    assert titles and not any(date_alone(" ".join(t.split()[:2])) for t in titles)
    for article in truth["articles"]:
        assert article["title"]["vi"] in titles and article["title"]["en"] in titles


def test_a_date_column_read_before_the_titles_gives_each_title_its_own_date() -> None:
    artifact, truth, result, _ = _blocks("table-scanned")
    aligned = align(result, Config())
    labels = [a.label.vi for a in aligned.articles if a.title.vi]
    assert len(labels) == len(truth["articles"])
    assert all(label is not None and date_alone(label) for label in labels)
    assert len(set(labels)) == len(labels)


def _word(text: str, x0: float, top: float, size: float = 10.0) -> Word:
    return Word(text=text, box=(x0, top, x0 + 5.5 * len(text), top + size), size=size)


def _row(texts: list[tuple[str, float]], top: float) -> list[Word]:
    out = []
    for text, x in texts:
        for w in text.split():
            out.append(_word(w, x, top))
            x += 5.5 * len(w) + 3.0
    return out


def test_a_caption_over_its_credit_on_rows_of_their_own_is_not_cut_into_cells() -> None:
    words = tuple(_row([("Toàn cảnh buổi hội đàm giữa hai đoàn đại biểu.", 300)], 100)
                  + _row([("Ảnh: LA MAI", 420)], 112)
                  + _row([("Overview of the talks between the two delegations.", 100)], 124))
    geo = analyse(words, 800)
    assert table_cells(words, geo) is geo


def test_two_rows_of_vietnamese_beside_their_english_twin_are_two_cells() -> None:
    vi = ("Đồng chí Bộ trưởng đề nghị tỉnh tiếp tục hoàn thiện",
          "các hạng mục và khai thác tuyến cao tốc an toàn")
    en = ("The Minister requested that the province continue to",
          "complete the components and run the expressway safely")
    words = tuple(w for k in range(2) for w in _row([(vi[k], 40), (en[k], 340)], 100 + 12 * k))
    geo = analyse(words, 800)
    cut = table_cells(words, geo)
    texts = [" ".join(words[i].text for ln in p.lines for i in ln.words) for p in cut.paras]
    assert texts == [" ".join(vi), " ".join(en)]


@pytest.mark.parametrize("text", ["Ngày 5/10", "5/10/2025", "5 tháng 10", "12 thang 11",
                                  "5 October", "October 5", "5 October 2025", "'Ngày 10/12",
                                  "Thứ Hai, 5/10", "Monday, October 5"])
def test_a_date_set_alone_is_told_in_each_form(text: str) -> None:
    assert date_alone(text)
    assert not dated_entry(text)


@pytest.mark.parametrize("text", ["- 19/12/2025).", "Ngày 12/12/2025, tại trụ sở UBND tỉnh",
                                  "20/12: Hội nghị", "5 Octobers"])
def test_text_holding_a_date_is_no_date_alone(text: str) -> None:
    assert not date_alone(text)


def test_a_dates_language_is_told_by_its_form() -> None:
    assert not date_in_english("15/10/2025") and date_in_english("October 15")
    assert classify("15/10/2025")[0] == "vi" and classify("5 tháng 10")[0] == "vi"
    assert classify("15 October")[0] == "en"


@pytest.mark.parametrize("text", ["THÁNG MƯỜI", "THÁNG MƯỜI MỘT", "THÁNG MƯỜI HAI", "Tháng Giêng",
                                  "OCTOBER", "December 2025", "Tháng 10/2025",
                                  "THÁNG MƯỜI / OCTOBER", "Tháng 10 - October 2025"])
def test_a_months_name_set_alone_is_a_month_band(text: str) -> None:
    assert month_alone(text)


@pytest.mark.parametrize("text", ["EVENT", "Tháng 10 vừa qua", "May be", "THÁNG MƯỜI HAI NGÀY",
                                  "OCTOBER / EVENTS", ""])
def test_other_short_lines_are_no_month_band(text: str) -> None:
    assert not month_alone(text)


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=10.0, cw=5.0, bold=False, lines=lines, column=0,
                 column_box=(40.0, 540.0))


_PAGE = PageFacts(width=580.0, height=800.0, body_size=10.0, body_cw=5.0, columns=1,
                  exact=True, repeated=frozenset())


def test_text_right_under_an_entrys_headline_is_its_text_not_a_box() -> None:
    facts = [_facts("THÁNG MƯỜI", (40, 100, 120, 112)),
             _facts("Ngày 10/12", (40, 120, 90, 132)),
             _facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", (40, 134, 260, 160), 2),
             _facts("Ngày 19/12/2025, UBND tỉnh tổ chức lễ thông tuyến dự án cao tốc.",
                    (40, 164, 262, 240), 6)]
    roles = chronicle([Role.SECTION, Role.SECTION, Role.TITLE, Role.ASIDE], facts, _PAGE)
    assert roles == [Role.HEADER, Role.LABEL, Role.TITLE, Role.BODY]


def test_the_heading_above_the_first_month_band_belongs_to_no_article() -> None:
    facts = [_facts("DẤU ẤN ĐỐI NGOẠI QUÝ IV NĂM 2025", (100, 50, 400, 70)),
             _facts("OCTOBER", (480, 100, 530, 112)),
             _facts("5 October", (40, 120, 90, 132)),
             _facts("TECHNICAL TRAFFIC OPENING", (40, 134, 260, 160), 2)]
    roles = chronicle([Role.TITLE, Role.BODY, Role.SECTION, Role.TITLE], facts, _PAGE)
    assert roles == [Role.HEADER, Role.HEADER, Role.LABEL, Role.TITLE]


def test_an_entry_above_the_pages_first_month_band_keeps_its_roles() -> None:
    facts = [_facts("5 October", (40, 50, 90, 62)),
             _facts("TECHNICAL TRAFFIC OPENING", (40, 64, 260, 90), 2),
             _facts("The ceremony opened the road to traffic.", (40, 94, 260, 120), 2),
             _facts("NOVEMBER", (480, 140, 530, 152))]
    roles = chronicle([Role.SECTION, Role.TITLE, Role.BODY, Role.BODY], facts, _PAGE)
    assert roles == [Role.LABEL, Role.TITLE, Role.BODY, Role.HEADER]
