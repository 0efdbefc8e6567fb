"""Born-digital laggards of the fifteenth round (issue 16): the quartet's section band and
run-on columns, a front page's issue line across a gutter and its jump heads truncated over
two columns, a leaflet's cover panel, a greeting's salutation. Split and align from saved
pages (``tests/data/layouts-laggards16/``, made by ``tools/quartet_test_data.py``), and the
rules on their own (bylines over leads, leads set larger than the body, a one-sided intro
whose twin is left alone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.lone_intros import first_left_alone
from magpipe.align.paragraphs import Link
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.large_leads import large_leads
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.short_lines import room_for_next
from magpipe.split.spanning_leads import spanning_leads
from magpipe.split.straddles import over_gutters

DATA = Path(__file__).parent / "data" / "layouts-laggards16"


def _load(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


@pytest.fixture(scope="module")
def band():
    return _load("band")


@pytest.fixture(scope="module")
def runon():
    return _load("runon")


@pytest.fixture(scope="module")
def issue():
    return _load("issue")


def _blocks(result, page: int | None = None):
    return [b for p in result.pages for b in p.blocks if page is None or p.number == page]


def _holding(result, text: str):
    return [b for b in _blocks(result) if text in b.text]


def test_bold_lead_under_a_bands_title_stays_an_intro(band):
    _, truth, result = band
    leads = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "intro"]
    assert leads
    for lead in leads:
        held = _holding(result, lead[:30])
        assert held and all(b.role == Role.INTRO for b in held), lead[:30]


def test_columns_run_on_from_the_page_top_keep_their_first_lines(runon):
    artifact, truth, result = runon
    # each column's first line opens (or runs on) its own paragraph: none read as a head
    for p in truth["pages"]:
        for b in p["blocks"]:
            if b["role"] == "body" and b["box"][1] < 60:
                held = _holding(result, b["text"][:25])
                assert held and all(x.role not in FURNITURE_ROLES for x in held), b["text"][:25]
    s = split_score(result, artifact.pages, truth)
    assert s.in_correct == s.in_chars


def test_a_large_leads_end_at_a_columns_head_is_the_intro(runon):
    _, truth, result = runon
    ends = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "intro"]
    assert ends
    for text in ends:         # (the block it opens; its words recur in other blocks)
        held = [b for b in _blocks(result) if b.text.startswith(text[:25])]
        assert held and all(b.role == Role.INTRO for b in held), text[:25]


def test_issue_line_across_a_gutter_hides_no_column(issue):
    _, _, result = issue
    first = next(p for p in result.pages if p.number == 1)
    assert len(first.columns) == 6
    # no two columns overlap: the issue line's stretch across a gutter is none of them
    cols = sorted(first.columns)
    assert all(a[1] < b[0] for a, b in zip(cols, cols[1:], strict=False))


def test_front_page_and_its_jumps_link_every_paragraph(issue):
    _, truth, result = issue
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.links_truth and a.links_right == a.links_truth == a.links_output


def test_columns_under_a_truncated_jump_head_are_not_read_row_by_row(issue):
    _, truth, result = issue
    second = [b["text"] for p in truth["pages"] if p["number"] == 2 for b in p["blocks"]
              if b["role"] == "body"]
    for text in second:
        held = _holding(result, text[:30])
        assert held and all(b.role == Role.BODY for b in held), text[:30]


def test_leaflet_cover_panel_is_no_article():
    artifact, truth, result = _load("cover")
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars and s.out_correct == s.out_chars
    titles = {b.text for b in _blocks(result) if b.role == Role.TITLE}
    assert not any("2025" in t and ("HOẠT ĐỘNG" in t or "EXTERNAL" in t) for t in titles)


def test_greeting_salutation_ending_in_a_comma_is_no_label():
    _, _, result = _load("greeting")
    held = _holding(result, "Dear readers,")
    assert held and all(b.role == Role.BODY for b in held)


def _line(x0: float, x1: float, top: float, text: str, size: float = 9.0) -> Line:
    return Line(words=(0,), box=(x0, top, x1, top + size), size=size, bold=False, text=text,
                base=top + size, cw=size * 0.5, core=(x0, x1))


def test_short_line_whose_room_held_the_next_word_ends_its_paragraph():
    byline = _line(30, 95, 140, "LÃ VIỆT tổng hợp")
    lead = _line(30, 540, 158, "Ngày 19/12/2025, UBND tỉnh")
    assert room_for_next(byline, lead, 545)
    full = _line(30, 530, 140, "a line that ran full to its measure")
    assert not room_for_next(full, lead, 545)


def test_row_across_a_gutter_is_no_column_but_a_column_of_text_is():
    columns = [(507.0, 608.0), (537.0, 727.0), (623.0, 727.0)]
    tall = [(507.0, 608.0), (623.0, 727.0)]
    assert over_gutters(columns, tall) == [(507.0, 608.0), (623.0, 727.0)]
    # crossing a column without hiding one (a timetable's cells): left as it was
    assert over_gutters([(507.0, 608.0), (537.0, 700.0)], tall) == [(507.0, 608.0),
                                                                   (537.0, 700.0)]
    assert over_gutters([(507.0, 608.0), (623.0, 727.0)], tall) == [(507.0, 608.0),
                                                                     (623.0, 727.0)]


def _facts(text: str, box, size: float, column: int, lines: int = 4,
           column_box: tuple[float, float] | None = None) -> Facts:
    return Facts(text=text, box=box, size=size, cw=size / 2, bold=False, lines=lines,
                 column=column, column_box=column_box or ((30.0, 200.0) if column == 0
                                                          else (0.0, 400.0)))


def test_lead_set_larger_under_its_title_is_an_intro_and_body_size_text_is_not():
    page = PageFacts(width=400, height=600, body_size=9.0, body_cw=4.5, columns=2,
                     exact=True, repeated=frozenset())
    facts = [_facts("TITLE OF THE ARTICLE", (30, 50, 380, 80), 17.0, -1, 2),
             _facts("Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh", (30, 90, 200, 180), 10.4, 0),
             _facts("Trong 02 ngày, Đoàn đại biểu tỉnh thăm", (30, 185, 200, 260), 9.0, 0),
             _facts("Một đoạn khác cũng lớn hơn chữ thân bài", (30, 265, 200, 300), 10.4, 0)]
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert large_leads(roles, facts, page) == [Role.TITLE, Role.INTRO, Role.BODY, Role.BODY]
    ocr = PageFacts(width=400, height=600, body_size=9.0, body_cw=4.5, columns=2,
                    exact=False, repeated=frozenset())
    assert large_leads(roles, facts, ocr) == roles


def test_one_sided_intro_links_when_its_twin_is_left_alone_not_otherwise():
    vi = ["Trong 02 ngày, 14 - 15/12/2025, Đoàn đại biểu tỉnh thăm, làm việc tại Nam Ninh, "
          "Trung Quốc, thăm Tổng Lãnh sự quán Việt Nam tại Nam Ninh và khảo sát khu công nghiệp.",
          "Chiều ngày 15/12/2025, Đoàn đại biểu tỉnh Lạng Sơn đã hội đàm với lãnh đạo Khu tự "
          "trị dân tộc Choang Quảng Tây về hợp tác kinh tế, thương mại và du lịch."]
    en = ["From December 14 to 19, 2025, the delegation of Lang Son Province led by the "
          "Provincial Party Secretary paid a working visit to the Guangxi Zhuang Autonomous "
          "Region, China.",
          "Over two days, December 14 - 15, 2025, the provincial delegation visited and worked "
          "in Nanning, China, visited the Consulate General of Viet Nam in Nanning and surveyed "
          "an industrial park.",
          "On the afternoon of December 15, 2025, the Lang Son provincial delegation held talks "
          "with the leaders of the Guangxi Zhuang Autonomous Region on economic, trade and "
          "tourism cooperation."]
    sure = (Link(vi=(0,), en=(0,), confidence=0.46),)
    # kept apart, the English lead is left alone: the intro takes it
    assert first_left_alone(vi, en, "vi", sure)
    # a link below the floor, or not 1-1, moves nothing
    assert not first_left_alone(vi, en, "vi", (Link(vi=(0,), en=(0,), confidence=0.1),))
    assert not first_left_alone(vi, en, "vi", (Link(vi=(0, 1), en=(0,), confidence=0.9),))
    # every English paragraph has its twin without the intro: nothing is left alone
    assert not first_left_alone(vi, en[1:], "vi", sure)


def test_note_across_the_columns_right_under_title_and_byline_is_the_lead():
    page = PageFacts(width=1160, height=780, body_size=14.7, body_cw=5.0, columns=4,
                     exact=True, repeated=frozenset())
    facts = [_facts("ĐẠI SỨ CỘNG HOÀ PHÁP THĂM TỈNH", (134, 72, 1028, 102), 29.9, -1, 1),
             _facts("FRENCH AMBASSADOR VISITS THE PROVINCE", (242, 109, 920, 131), 21.9, -1, 1),
             _facts("KHỔNG NGHĨA", (32, 142, 87, 151), 9.1, 0, 1, (32, 282)),
             _facts("Ngày 15/12/2025, Đoàn công tác của Đại sứ quán", (32, 160, 545, 195), 9.1,
                    -1, 3),
             _facts("Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh", (294, 205, 545, 273), 14.8,
                    1, 5, (294, 545)),
             _facts("Một hộp ghi chú ở chân trang, xa tiêu đề", (32, 600, 545, 640), 9.1, -1, 3),
             _facts("Ghi chú của Ban biên tập: một hộp có khung", (40, 160, 537, 195), 9.1, -1, 3)]
    roles = [Role.TITLE, Role.TITLE, Role.BODY, Role.ASIDE, Role.BODY, Role.ASIDE, Role.ASIDE]
    # the lead under the byline, flush with the columns; a note far under the title, and one
    # held in from the columns' edges by its frame, stay notes
    assert spanning_leads(roles, facts, page) == [Role.TITLE, Role.TITLE, Role.BODY,
                                                  Role.INTRO, Role.BODY, Role.ASIDE,
                                                  Role.ASIDE]
