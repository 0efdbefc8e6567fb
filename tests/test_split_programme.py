"""A fair's bilingual daily bulletin (the ``programme`` layout family): its masthead, a grid of
the day's programme, the speakers' portraits with their name cards beside a box of practical
information and a sponsors' strip, none of them an article's. Split and align from saved
pages (``tests/data/layouts-programme/``, made by ``tools/programme_test_data.py``), and the
rules on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.bulletin_bands import foot_strips, mastheads
from magpipe.split.grids import grid_cells, twin_cell_cut
from magpipe.split.langid import classify
from magpipe.split.pieces import Line
from magpipe.split.portraits import portrait_cards
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.dates import has_date, vietnamese_clock
from magpipe.text.english import titled_name

DATA = Path(__file__).parent / "data" / "layouts-programme"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


def _blocks(result, page: int | None = None):
    return [b for p in result.pages for b in p.blocks if page is None or p.number == page]


def _truth_texts(truth: dict, page: int, roles: tuple[str, ...]) -> list[str]:
    return [b["text"] for p in truth["pages"] if p["number"] == page for b in p["blocks"]
            if b["role"] in roles]


@pytest.fixture(scope="module")
def after():
    return _split("after")


@pytest.fixture(scope="module")
def between():
    return _split("between")


def _kept_out(blocks, text: str) -> bool:
    holding = [b for b in blocks if text[:14] in b.text]
    return bool(holding) and all(b.role in FURNITURE_ROLES for b in holding)


def test_the_days_programme_grid_speakers_and_information_box_are_kept_out_of_articles(
        after) -> None:
    artifact, truth, result = after
    texts = _truth_texts(truth, 3, ("sidebar",))
    assert len(texts) >= 20
    blocks = _blocks(result, 3)
    assert all(_kept_out(blocks, t) for t in texts), [t for t in texts
                                                     if not _kept_out(blocks, t)]
    s = split_score(result, artifact.pages, truth)
    assert s.out_correct >= 0.98 * s.out_chars


def test_a_sponsors_strip_centred_under_the_last_text_is_kept_out(after) -> None:
    _, truth, result = after
    strip = _truth_texts(truth, 3, ("ad",))
    assert strip and all(_kept_out(_blocks(result, 3), t) for t in strip)


def test_a_masthead_set_like_a_title_over_its_issue_line_is_a_running_head(after) -> None:
    _, truth, result = after
    masthead = _truth_texts(truth, 1, ("header",))
    blocks = _blocks(result, 1)
    for text in masthead:
        holding = [b for b in blocks if text[:14] in b.text]
        assert holding and all(b.role == Role.HEADER for b in holding), text
    titles = [b.text for b in blocks if b.role == Role.TITLE]
    assert titles and titles[0].startswith(truth["articles"][0]["title"]["vi"][:20])


def test_a_timetables_cells_each_take_their_own_language(after) -> None:
    artifact, truth, result = after
    blocks = _blocks(result, 3)
    venue = [b for b in blocks if "Conference room 1" in b.text]
    assert venue and all(b.lang == "en" and "Phòng" not in b.text for b in venue)
    times = [b for b in blocks if vietnamese_clock(b.text)]
    assert len(times) >= 4 and all(b.lang == "vi" for b in times)
    s = split_score(result, artifact.pages, truth)
    assert s.lang_correct >= 0.98 * s.lang_chars


def test_name_cards_read_as_one_line_across_portraits_split_no_article(between) -> None:
    artifact, truth, result = between
    texts = _truth_texts(truth, 2, ("sidebar",))
    blocks = _blocks(result, 2)
    assert texts and all(_kept_out(blocks, t) for t in texts)
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles == 2


# --- the rules on their own --------------------------------------------------------------

PAGE = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset(), body_pitch=12.0, top_edge=40.0)


def _f(text: str, box: tuple[float, float, float, float], lines: int = 1, size: float = 9.0,
       bold: bool = False) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.5, bold=bold, lines=lines, column=-1,
                 column_box=(40.0, 560.0))


def _timetable(rows: int) -> list[Facts]:
    facts = []
    for k in range(rows):
        top = 100.0 + 30 * k
        facts += [_f(f"0{k}h00 - 0{k}h30", (40, top, 95, top + 9)),
                  _f("Hội thảo xúc tiến thương mại", (140, top, 300, top + 9)),
                  _f("Seminar on trade promotion", (140, top + 12, 290, top + 21)),
                  _f("Phòng hội nghị", (410, top, 480, top + 9))]
    return facts


def test_rows_of_three_short_cells_are_a_grid_of_no_article() -> None:
    facts = _timetable(4)
    roles = grid_cells([Role.BODY] * len(facts), facts, PAGE)
    assert all(r == Role.ASIDE for r in roles)


def test_two_rows_or_side_by_side_twins_make_no_grid() -> None:
    facts = _timetable(2)
    assert grid_cells([Role.BODY] * len(facts), facts, PAGE) == [Role.BODY] * len(facts)
    # an article's heads and leads side by side: each row a Vietnamese block beside its twin
    heads = []
    for k, (vi, en) in enumerate((("TIÊU ĐIỂM", "FOCUS"), ("Bài và ảnh: Minh Đức",
                                                           "Text and photos: Minh Duc"),
                                  ("Ngày hội biên giới", "Border festival day"))):
        top = 100.0 + 20 * k
        heads += [_f(vi, (40, top, 200, top + 9)), _f(en, (320, top, 480, top + 9))]
    assert grid_cells([Role.BODY] * len(heads), heads, PAGE) == [Role.BODY] * len(heads)


def test_a_table_of_paragraphs_is_no_grid_of_short_cells() -> None:
    facts = []
    for k in range(4):
        top = 100.0 + 60 * k
        facts += [_f("5/10", (40, top, 70, top + 9)),
                  _f("Lễ thông tuyến cao tốc được tổ chức tại cửa khẩu.", (100, top, 300,
                                                                            top + 40), 4),
                  _f("The expressway opened to traffic at the border gate.", (320, top, 520,
                                                                              top + 40), 4)]
    assert grid_cells([Role.BODY] * len(facts), facts, PAGE) == [Role.BODY] * len(facts)


def test_boxes_in_two_columns_with_article_text_between_make_no_grid_row() -> None:
    facts = []
    for k in range(4):
        top = 100.0 + 14 * k
        facts += [_f("KHÁCH SẠN HOÀNG SƠN", (50, top, 180, top + 9)),
                  _f("CÔNG TY VẬN TẢI KỲ LỪA", (420, top, 550, top + 9))]
    facts.append(_f("Attending the meeting were officials of the province " * 4,
                    (220, 90, 390, 170), 8))
    roles = grid_cells([Role.ASIDE] * 8 + [Role.BODY], facts, PAGE)
    assert roles[-1] == Role.BODY


def test_a_masthead_needs_a_dated_issue_line_and_a_story_title_under_it() -> None:
    facts = [_f("BẢN TIN HỘI CHỢ THƯƠNG MẠI", (60, 50, 520, 70), size=16, bold=True),
             _f("TRADE FAIR DAILY BULLETIN", (120, 74, 480, 84), size=10),
             _f("Số 3 · Thứ Sáu, 12/12/2025", (40, 90, 150, 99)),
             _f("LÃNH ĐẠO TỈNH TIẾP ĐẠI SỨ", (40, 160, 540, 180), size=15, bold=True),
             _f("Ngày 12/12/2025, tại trụ sở UBND tỉnh, ông Đoàn Thanh Sơn tiếp đoàn.",
                (40, 200, 290, 260), 5)]
    roles = [Role.TITLE, Role.TITLE, Role.BODY, Role.TITLE, Role.BODY]
    out = mastheads(roles, facts, PAGE)
    assert out == [Role.HEADER, Role.HEADER, Role.HEADER, Role.TITLE, Role.BODY]
    # a headline in a table's cell, its date beside it: no masthead
    cell = [_f("ĐẠI SỨ PHÁP THĂM TỈNH", (120, 46, 464, 59), size=12, bold=True),
            _f("23 tháng 12", (35, 46, 81, 57)), _f("23 December", (35, 59, 86, 71)),
            _f("FRENCH AMBASSADOR VISITS", (120, 129, 479, 142), size=12, bold=True),
            _f("At the meeting, the Vice Chairwoman gave an overview.", (120, 148, 532, 219), 6)]
    cell_roles = [Role.TITLE, Role.LABEL, Role.LABEL, Role.TITLE, Role.BODY]
    assert mastheads(cell_roles, cell, PAGE) == cell_roles
    # a story's title with its byline under it, no other title under: left alone
    story = [facts[0], _f("Bài: Minh Đức", (40, 90, 150, 99)), facts[4]]
    assert mastheads([Role.TITLE, Role.BYLINE, Role.BODY], story, PAGE) == \
        [Role.TITLE, Role.BYLINE, Role.BODY]


def test_a_foot_strip_stands_alone_under_the_text_and_apart_from_it() -> None:
    text = _f("Ngày 12/12/2025, tại trụ sở UBND tỉnh, ông Đoàn Thanh Sơn tiếp đoàn.",
              (40, 500, 560, 700), 16)
    strip = _f("ĐƠN VỊ TÀI TRỢ: Ngân hàng Biên Mậu · Công ty Vận tải Kỳ Lừa",
               (150, 740, 450, 760), 2)
    assert foot_strips([Role.BODY, Role.INTRO], [text, strip], PAGE) == \
        [Role.BODY, Role.ASIDE]
    # a paragraph cut at the page's foot, set close under the text above it: no strip
    close = _f("Attending the ceremony were Mr Le Hoai Trung and the province's", (150, 706,
                                                                                 450, 726), 2)
    assert foot_strips([Role.BODY, Role.BODY], [text, close], PAGE) == [Role.BODY, Role.BODY]


def test_short_lines_under_a_row_of_portraits_are_name_cards() -> None:
    photos = ((90.0, 100.0, 160.0, 184.0), (260.0, 100.0, 330.0, 184.0))
    cards = [_f("Ông Hoàng Văn Nam Bà Lương Thu Hà", (86, 188, 330, 197)),
             _f("Mr Hoang Van Nam Ms Luong Thu Ha", (88, 200, 330, 209)),
             _f("HỘI ĐÀM GIỮA HAI TỈNH", (40, 240, 540, 262), size=15, bold=True),
             _f("THÔNG TIN CẦN BIẾT", (400, 100, 480, 109)),
             _f("Hội chợ mở cửa từ 8 giờ đến 21 giờ.", (400, 112, 560, 140), 3)]
    roles = [Role.BODY, Role.BYLINE, Role.TITLE, Role.TITLE, Role.CAPTION]
    out, why = portrait_cards(roles, [""] * 5, cards, PAGE, photos)
    assert out == [Role.ASIDE, Role.ASIDE, Role.TITLE, Role.ASIDE, Role.ASIDE]
    # one wide photo over a captioned line: no portraits
    wide = ((40.0, 100.0, 560.0, 184.0),)
    assert portrait_cards(roles, [""] * 5, cards, PAGE, wide)[0] == roles


def _line(text: str, x1: float, top: float) -> Line:
    return Line(words=(), box=(400.0, top, x1, top + 9), size=9.0, bold=False, text=text,
                base=top + 8)


def test_a_cell_of_a_vietnamese_line_over_its_english_twin_is_cut() -> None:
    assert twin_cell_cut([_line("Phòng hội nghị 1", 470, 100),
                          _line("Conference room 1", 480, 112)], 9.0) == [1]
    # a Vietnamese paragraph's lines, or a short line ending in a lone code: no cut
    assert twin_cell_cut([_line("Hội nghị thượng đỉnh", 500, 100),
                          _line("APEC", 430, 112)], 9.0) == []
    assert twin_cell_cut([_line("Đại sứ cho biết trong năm 2025, thiên tai, bão lũ", 560, 100),
                          _line("Marc Knapper said", 480, 112)], 9.0) == []


def test_language_facts_of_times_dates_and_titled_names() -> None:
    assert vietnamese_clock("08h30 - 09h30") and vietnamese_clock("14h")
    assert not vietnamese_clock("8:30 am") and not vietnamese_clock("Chapter 8h")
    assert classify("19h30 - 21h00")[0] == "vi"
    assert has_date("No. 3 · Friday, 12 December 2025") and has_date("Số 3 · 12/12/2025")
    assert not has_date("VIET NAM 2025") and not has_date("Version 1.2.3")
    assert titled_name("Mr Hoang Van Nam") and titled_name("Ms. Luong Thu Ha")
    assert not titled_name("Ông Hoàng Văn Nam") and not titled_name("Mr")
    assert classify("Mr Hoang Van Nam")[0] == "en"
