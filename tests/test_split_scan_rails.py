"""A rail of no article down one side of a scanned first page: short entries in both
languages, stacked, beside the article's titles (``magpipe.split.side_rails``). Split of saved
scanned pages (``tests/data/layouts-scan-rails/``, made by ``tools/scan_rails_test_data.py``)
and the rule on hand-made blocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import FURNITURE_ROLES, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.side_rails import side_rails

DATA = Path(__file__).parent / "data" / "layouts-scan-rails"


def _split(name: str) -> tuple[RepairArtifact, dict, SplitArtifact]:
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, truth, split(pages, Config())


@pytest.mark.parametrize(("name", "rail_x"), [("left-frame", (40.0, 200.0)),
                                              ("right-tint", (430.0, 600.0))])
def test_scanned_rail_of_contacts_in_both_languages_is_kept_out(
        name: str, rail_x: tuple[float, float]) -> None:
    # the rail's Vietnamese heading and contacts over its English ones, level with the
    # article's titles beside it: every block of it a note, none of the article's text
    pages, truth, result = _split(name)
    rail = [b for b in result.blocks() if b.box[0] >= rail_x[0] and b.box[2] <= rail_x[1]
            and b.role != Role.OTHER and b.box[1] < 450.0]
    assert any(b.text.startswith("MEMBER SERVICES") for b in rail)
    assert {b.lang for b in rail} == {"vi", "en"}
    assert all(b.role == Role.ASIDE for b in rail), [(b.role, b.text[:30]) for b in rail]
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars
    assert scored.in_correct == scored.in_chars
    # the article's titles and text beside the rail stay the article's
    titles = [b for b in result.blocks() if b.role == Role.TITLE]
    assert len(titles) == 2
    body = [b for b in result.blocks() if b.role == Role.BODY]
    assert body and all(b.role not in FURNITURE_ROLES for b in body)


PAGE = PageFacts(width=600.0, height=850.0, body_size=9.0, body_cw=4.5, columns=3, exact=False,
                 repeated=frozenset())
TITLE = Facts("CHAMBER DELEGATION VISITS THE PROVINCE", (40.0, 60.0, 400.0, 100.0), 18.0, 9.0,
              True, 2, -1, (40.0, 600.0))


def _entry(text: str, top: float, lines: int = 2, x: tuple[float, float] = (430.0, 570.0),
           column: int = 2) -> Facts:
    return Facts(text, (x[0], top, x[1], top + 11.0 * lines), 9.0, 4.5, False, lines, column, x)


def _column(vi: int, en: int, lines: int = 2) -> list[Facts]:
    entries = ["Đăng ký hội viên mới: phòng Hội viên, tầng hai của tòa nhà"] * vi + \
        ["New membership: Members' Office, on the second floor of the building"] * en
    return [_entry(text, 60.0 + 30.0 * k, lines) for k, text in enumerate(entries)]


def _body_columns() -> list[Facts]:
    vi = "Chiều ngày 11 tháng 11, tại trụ sở Ủy ban nhân dân tỉnh, ông Đinh Hữu Học đã tiếp đoàn"
    en = "On the afternoon of November 11, at the headquarters of the provincial committee, he"
    return [_entry(vi, 120.0, 12, (40.0, 215.0), 0), _entry(en, 120.0, 12, (225.0, 400.0), 1)]


def _roles(facts: list[Facts]) -> list[str]:
    return [Role.TITLE if f is TITLE else Role.BODY for f in facts]


def test_column_of_entries_in_both_languages_beside_a_title_is_a_rail() -> None:
    facts = [TITLE, *_body_columns(), *_column(3, 3)]
    out = side_rails(_roles(facts), facts, PAGE)
    assert out[:3] == [Role.TITLE, Role.BODY, Role.BODY]
    assert out[3:] == [Role.ASIDE] * 6


@pytest.mark.parametrize("case", ["one language", "switching", "under the title", "paragraphs"])
def test_side_column_that_is_no_rail_keeps_its_roles(case: str) -> None:
    rail = {"one language": _column(6, 0), "paragraphs": _column(3, 3, lines=6)}.get(case)
    if case == "switching":     # interleaved paragraphs: the languages take turns
        rail = [f for pair in zip(_column(3, 0), _column(0, 3), strict=True) for f in pair]
        rail = [_entry(f.text, 60.0 + 30.0 * k) for k, f in enumerate(rail)]
    if case == "under the title":   # an article's column: the title spans it
        rail = [_entry(f.text, 120.0 + 30.0 * k) for k, f in enumerate(_column(3, 3))]
        facts = [Facts(TITLE.text, (40.0, 60.0, 570.0, 100.0), 18.0, 9.0, True, 2, -1,
                       (40.0, 600.0)), *_body_columns(), *rail]
    else:
        facts = [TITLE, *_body_columns(), *rail]
    roles = [Role.TITLE, *[Role.BODY] * (len(facts) - 1)]
    assert side_rails(roles, facts, PAGE) == roles


def test_scanned_rail_is_kept_out_on_the_model_path_too() -> None:
    # the rule runs over the role model's roles (``rolemodel.MODEL_PASSES``): the framed
    # rail's every character is kept out there too
    pages = RepairArtifact.load(DATA / "left-frame.repair.json")
    truth = json.loads((DATA / "left-frame.truth.json").read_text(encoding="utf-8"))
    scored = split_score(split(pages, Config(), roles="model"), pages.pages, truth)
    assert scored.out_correct == scored.out_chars > 0
