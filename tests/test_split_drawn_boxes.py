"""Boxes drawn on the page (``split.drawn_boxes``): a readers' question-and-answer box in a
frame or on a tint, under a dark bar like the articles' own, is kept out of the articles
(the ``askbox`` layout family, pages saved by ``tools/askbox_test_data.py`` into
``tests/data/layouts-askbox/``); a panel that holds an article's head or sits under its title
stays the article's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind, RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.drawn_boxes import BAR_REASON, REASON, RUBRIC_REASON, drawn_boxes
from magpipe.split.roles import Facts, PageFacts
from saved_pages import saved

BODY = 9.0


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-askbox", name)


@pytest.mark.parametrize("name", ["frame", "tint"])
def test_a_readers_box_under_its_bar_is_kept_out_of_the_articles(name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 1000                  # the box's bar, questions and answers
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99    # the articles around it keep their text
    blocks = result.pages[0].blocks
    asides = " ".join(b.text for b in blocks if b.role == Role.ASIDE)
    for text in ("HỎI - ĐÁP", "READERS ASK", "Hỏi:", "Q:", "A:"):
        assert text in asides
    # the next article's bars stay its section rubric
    sections = {b["text"] for page in truth["pages"] for b in page["blocks"]
                if b["role"] == Role.SECTION}
    assert len(sections) == 2
    assert {b.text for b in blocks if b.role == Role.SECTION} == sections


def test_the_drawings_are_what_keeps_the_box_out() -> None:
    artifact, truth = _saved("frame")
    bare = replace(artifact, pages=tuple(replace(p, drawings=()) for p in artifact.pages))
    s = split_score(split(bare, Config()), bare.pages, truth)
    assert s.out_correct / s.out_chars < 0.8


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 3) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=False, lines=lines,
                 column=-1, column_box=(40.0, 560.0))


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())
BAR = Drawing(DrawingKind.FILL, (40.0, 100.0, 560.0, 120.0), 0.1)
FRAME = Drawing(DrawingKind.FRAME, (40.0, 120.0, 560.0, 300.0), 0.0)
RUBRIC = _facts("HỎI - ĐÁP", (45.0, 104.0, 90.0, 116.0), 1)
QUESTION = _facts("Hỏi: Tôi muốn sang thăm người thân ...", (45.0, 130.0, 290.0, 200.0))
ANSWER = _facts("Trả lời: Công dân có hộ khẩu thường trú ...", (45.0, 210.0, 290.0, 290.0))


def test_a_framed_box_and_the_bar_over_it_become_notes_with_their_reasons() -> None:
    roles, why = drawn_boxes([Role.BODY, Role.BODY, Role.INTRO], ["look"] * 3,
                             [RUBRIC, QUESTION, ANSWER], PAGE, (BAR, FRAME))
    assert roles == [Role.ASIDE] * 3
    assert why == [BAR_REASON, REASON, REASON]


def test_a_panel_holding_a_title_is_an_article_set_in_a_box() -> None:
    title = _facts("TIN VẮN", (45.0, 125.0, 200.0, 140.0), 1)
    roles, _ = drawn_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [title, QUESTION], PAGE,
                           (FRAME,))
    assert roles == [Role.TITLE, Role.BODY]


def test_a_panel_right_under_a_title_is_that_articles_boxed_intro() -> None:
    title = _facts("LỄ THÔNG TUYẾN", (45.0, 95.0, 400.0, 115.0), 1)
    roles, _ = drawn_boxes([Role.TITLE, Role.BODY], ["look"] * 2, [title, QUESTION], PAGE,
                           (FRAME,))
    assert roles == [Role.TITLE, Role.BODY]


def test_a_photos_panel_of_captions_and_a_dark_bar_alone_change_nothing() -> None:
    caption = _facts("Ảnh: Lễ thông tuyến", (45.0, 130.0, 290.0, 150.0), 1)
    roles, _ = drawn_boxes([Role.CAPTION, Role.SECTION], ["look"] * 2, [caption, RUBRIC], PAGE,
                           (BAR, FRAME))
    assert roles == [Role.CAPTION, Role.SECTION]
    roles, _ = drawn_boxes([Role.SECTION], ["look"], [RUBRIC], PAGE, (BAR,))
    assert roles == [Role.SECTION]


def test_the_lettering_of_a_dark_bar_over_a_title_is_the_articles_section_rubric() -> None:
    english = _facts("READERS ASK", (500.0, 104.0, 555.0, 116.0), 1)
    title = _facts("LỄ THÔNG TUYẾN CAO TỐC", (45.0, 130.0, 400.0, 160.0), 2)
    roles, why = drawn_boxes([Role.BODY, Role.BYLINE, Role.TITLE], ["look"] * 3,
                             [RUBRIC, english, title], PAGE, (BAR,))
    assert roles == [Role.SECTION, Role.SECTION, Role.TITLE]
    assert why[:2] == [RUBRIC_REASON, RUBRIC_REASON]


def test_a_panel_laid_over_a_photo_or_holding_a_credit_is_the_photos() -> None:
    roles, _ = drawn_boxes([Role.BODY], ["look"], [QUESTION], PAGE, (FRAME,),
                           ((30.0, 90.0, 570.0, 320.0),))
    assert roles == [Role.BODY]          # (a caption read as body on a panel over its photo)
    credited = _facts("Lễ thông tuyến cao tốc. Ảnh: KHỔNG NGHĨA", QUESTION.box)
    roles, _ = drawn_boxes([Role.BODY], ["look"], [credited], PAGE, (FRAME,))
    assert roles == [Role.BODY]
