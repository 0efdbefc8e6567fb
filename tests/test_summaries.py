"""A Vietnamese magazine whose articles carry only an English summary (the ``summary`` layout
family): the summaries in boxes at a page's foot or gathered on a page of their own, linked to
the start of their articles; the magazine's name, the heading of the gathered summaries and the
imprint belong to no article. Split and align from saved pages (``tests/data/layouts-summary/``,
made by ``tools/summary_test_data.py``), and the rules on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.paragraphs import align_paragraphs
from magpipe.align.summaries import summary_links
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.headed_runs import headed_runs
from magpipe.split.imprints import imprints
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-summary"


def _split(name: str):
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())


@pytest.fixture(scope="module")
def foot():
    return _split("foot")


@pytest.fixture(scope="module")
def alone():
    return _split("alone")


@pytest.fixture(scope="module")
def gathered():
    return _split("gathered")


def _role(result, opening: str) -> set[str]:
    found = {b.role for p in result.pages for b in p.blocks if b.text.startswith(opening)}
    assert found, opening
    return found


def _record(result, vi_title: str):
    return next(a for a in align(result, Config()).articles
                if (a.title.vi or "").startswith(vi_title))


def _links(article) -> list[tuple[str, str]]:
    return [((p.vi or "")[:12], (p.en or "")[:12]) for p in article.paragraphs]


def test_summary_paragraphs_under_their_own_title_are_article_text(foot):
    assert _role(foot, "From December 14") == {Role.BODY}
    assert _role(foot, "Over two days") == {Role.BODY}


def test_magazine_name_over_its_band_is_no_title(foot):
    for line in ("TẠP CHÍ VĂN HÓA", "Borderland Culture Review"):
        assert _role(foot, line) == {Role.HEADER}


def test_summary_links_the_intro_and_first_paragraph_the_rest_unpaired(foot):
    links = _links(_record(foot, "ĐOÀN ĐẠI BIỂU"))
    assert links[:2] == [("Từ ngày 14-1", "From Decembe"), ("Trong 02 ngà", "Over two day")]
    assert links[2:] and all(en == "" for _, en in links[2:])


def test_summary_of_one_paragraph_links_the_first_of_five(alone):
    record = _record(alone, "LỄ THÔNG TUYẾN")
    links = _links(record)
    assert links[0] == ("Tham dự buổi", "Attending th")
    assert len(links) == 5 and all(en == "" for _, en in links[1:])
    assert all(p.confidence < 0.5 for p in record.paragraphs[1:])


def test_imprint_standing_alone_is_no_articles(alone, gathered):
    for result in (alone, gathered):
        assert _role(result, "Cơ quan chủ quản") == {Role.ASIDE}
        assert _role(result, "Published by the Lang Son") == {Role.ASIDE}


def test_heading_and_note_over_gathered_summaries_are_no_article(gathered):
    assert _role(gathered, "TÓM TẮT TIẾNG ANH") == {Role.HEADER}
    assert _role(gathered, "ENGLISH SUMMARIES") == {Role.HEADER}
    assert _role(gathered, "Dưới đây là tóm tắt") == {Role.ASIDE}


def test_page_reference_left_at_a_column_foot_heads_the_next_summary(gathered):
    assert _role(gathered, "Page 1") == {Role.SECTION}
    record = next(a for a in align(gathered, Config()).articles
                  if (a.title.en or "").startswith("PROVINCIAL DELEGATION"))
    assert not any("Page 1" in (p.en or "") for p in record.paragraphs)


PAGE = PageFacts(width=500, height=700, body_size=9.0, body_cw=4.0, columns=2, exact=True,
                 repeated=frozenset(), body_pitch=12.0)
VI = "Đoàn đại biểu tỉnh đã thăm và làm việc tại các địa phương của nước bạn trong hai ngày."
EN = "The provincial delegation visited and worked in several localities over two days."


def _facts(text: str, top: float, lines: int = 3, column: int = -1, size: float = 8.0) -> Facts:
    return Facts(text=text, box=(40, top, 460, top + 12 * lines), size=size, cw=4.0, bold=False,
                 lines=lines, column=column, column_box=(40, 460), pitch=11.0)


def test_a_lead_and_its_twin_under_a_title_stay_leads():
    facts = [_facts("TITLE OF THE STORY", 100, 1, size=16), _facts(VI, 120), _facts(EN, 160)]
    roles = [Role.TITLE, Role.INTRO, Role.INTRO]
    assert headed_runs(list(roles), facts, PAGE) == roles


def test_two_leads_in_one_language_under_a_title_are_its_text():
    facts = [_facts("TITLE OF THE STORY", 100, 1, size=16), _facts(EN, 120), _facts(EN, 160)]
    roles = [Role.TITLE, Role.INTRO, Role.INTRO]
    assert headed_runs(list(roles), facts, PAGE) == [Role.TITLE, Role.BODY, Role.BODY]


def test_a_paragraph_and_its_twin_under_a_title_are_no_imprint():
    facts = [_facts("TITLE OF THE STORY", 100, 1, size=16), _facts(VI, 116), _facts(EN, 156)]
    roles = [Role.TITLE, Role.BODY, Role.BODY]
    assert imprints(list(roles), facts, PAGE) == roles
    assert imprints(list(roles[1:]), facts[1:], PAGE) == [Role.ASIDE, Role.ASIDE]


def test_a_full_translation_is_no_summary():
    vi = [VI, "Hai bên đã trao đổi về hợp tác kinh tế, thương mại và du lịch giữa hai địa phương."]
    en = [EN, "The two sides discussed economic, trade and tourism cooperation between them."]
    assert summary_links(vi, en, align_paragraphs(vi, en)) is None
    # (more English than Vietnamese)
    assert summary_links(vi[:1], en, align_paragraphs(vi[:1], en)) is None
