"""Lines centred under a title (``magpipe.split.centred_bylines``): the title's twin in the
other language and the byline (a name, an issuing office) on the title's axis. On saved report
covers (``tests/data/layouts-report-cover/``, made by ``tools/report_cover_test_data.py``)
and on blocks made up here: the lines such rules must leave alone (column text under a
title, a centred lead that runs to sentences, a salutation, a name under its title)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.centred_bylines import centred_bylines, centred_twins
from magpipe.split.overlines import names_under_titles
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-report-cover"
BODY = 9.0
PAGE = PageFacts(width=600.0, height=850.0, body_size=BODY, body_cw=4.5, columns=2,
                 repeated=frozenset(), exact=True, body_pitch=11.0)
TITLE_VI = "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI CỦA TỈNH"
TITLE_EN = "Report on the External Affairs of the Province"


def block(text: str, top: float, width: float, size: float = BODY, lines: int = 1,
          left: float | None = None) -> Facts:
    """A block ``width`` wide, centred on the page unless ``left`` is given."""
    x = (PAGE.width - width) / 2 if left is None else left
    return Facts(text=text, box=(x, top, x + width, top + lines * 1.2 * size), size=size,
                 cw=4.5, bold=False, lines=lines, column=-1, column_box=(40.0, 560.0))


def cover() -> list[Facts]:
    """The titles (the English one smaller), then the office in each language."""
    return [block(TITLE_VI, 100, 380, size=22), block(TITLE_EN, 132, 300, size=13),
            block("Sở Ngoại vụ tỉnh Lạng Sơn", 175, 120),
            block("Lang Son Department of Foreign Affairs", 187, 180)]


def test_a_large_centred_line_in_the_other_language_is_the_titles_twin():
    roles = [str(Role.TITLE), str(Role.BODY), str(Role.BODY), str(Role.BODY)]
    assert centred_twins(roles, cover(), PAGE)[:2] == [Role.TITLE, Role.TITLE]
    # a line in the title's own language, or at the body's size, is not its twin
    same = [cover()[0], block("Báo cáo tổng kết công tác năm 2025", 132, 300, size=13)]
    assert centred_twins(roles[:2], same, PAGE) == roles[:2]
    small = [cover()[0], block(TITLE_EN, 132, 300)]
    assert centred_twins(roles[:2], small, PAGE) == roles[:2]


def test_names_or_offices_centred_under_the_titles_are_the_byline():
    roles = [str(Role.TITLE), str(Role.TITLE), str(Role.BODY), str(Role.BODY)]
    assert centred_bylines(roles, cover(), PAGE)[2:] == [Role.BYLINE, Role.BYLINE]


def test_column_text_a_lead_or_a_salutation_under_a_title_is_no_byline():
    roles = [str(Role.TITLE), str(Role.TITLE), str(Role.BODY), str(Role.BODY)]
    facts = cover()
    column = [*facts[:2], block("Sở Ngoại vụ tỉnh Lạng Sơn", 175, 120, left=40.0), facts[3]]
    assert centred_bylines(roles, column, PAGE)[2:] == [Role.BODY, Role.BODY]
    lead = [*facts[:2], block("Năm 2025 tỉnh đã đón nhiều đoàn khách.", 175, 180), facts[3]]
    assert centred_bylines(roles, lead, PAGE)[2] == Role.BODY
    greeting = [*facts[:2], block("Kính gửi Quý đối tác,", 175, 120), facts[3]]
    assert centred_bylines(roles, greeting, PAGE)[2] == Role.BODY
    far = [*facts[:2], block("Sở Ngoại vụ tỉnh Lạng Sơn", 220, 120), facts[3]]
    assert centred_bylines(roles, far, PAGE)[2:] == [Role.BODY, Role.BODY]


def test_a_twin_title_in_capitals_set_smaller_is_no_byline_but_a_name_is():
    """A few words in capitals under a title set much larger look like a name in capitals:
    the title's twin in the other language is not one; a name reading in no language is."""
    big, small = block(TITLE_VI, 100, 380, size=22), block("REPORT ON EXTERNAL AFFAIRS", 132,
                                                              200, size=13)
    roles = [str(Role.TITLE), str(Role.TITLE)]
    assert names_under_titles(roles, [big, small], PAGE) == roles
    name = block("MAI THU", 132, 60, size=13)
    assert names_under_titles(roles, [big, name], PAGE) == [Role.TITLE, Role.BYLINE]


@pytest.mark.parametrize("name", ["capitals", "italic-scan"])
def test_a_reports_cover_titles_and_issuing_office(name):
    """Both titles are titles, the office under them is the byline in its own language
    (the Vietnamese office under the English title is Vietnamese)."""
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    cover_truth = {b["text"]: (b["role"], b["lang"]) for b in truth["pages"][0]["blocks"]
                   if b["role"] in ("title", "byline")}
    blocks = {b.text: b for b in split(pages, Config()).pages[0].blocks}
    for text, (role, lang) in cover_truth.items():
        got = blocks[text]
        assert (got.role, got.lang) == (Role(role), Lang(lang)), text
