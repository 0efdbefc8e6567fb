"""A news page whose columns run articles one after another, cut by boxes of no article (the
``notices`` layout family): split and align from saved pages (``tests/data/layouts-notices/``,
made by ``tools/notices_test_data.py``), and the rules on their own."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.framed import framed_boxes
from magpipe.split.layout import analyse
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.section_bands import section_bands

DATA = Path(__file__).parent / "data" / "layouts-notices"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


def _blocks(result):
    return [b for p in result.pages for b in p.blocks]


@pytest.fixture(scope="module")
def digital():
    return _split("digital")


@pytest.fixture(scope="module")
def scanned():
    return _split("scanned")


def test_advertisements_and_notices_framed_in_a_column_are_kept_out_of_the_articles(
        digital) -> None:
    artifact, truth, result = digital
    boxed = [b["text"] for p in truth["pages"] for b in p["blocks"]
             if b["role"] in ("ad", "sidebar")]
    assert len(boxed) >= 10
    blocks = _blocks(result)
    for text in boxed:
        holding = [b for b in blocks if text[:20] in b.text]
        assert holding and all(b.role == Role.ASIDE for b in holding), text
    assert split_score(result, artifact.pages, truth).out_correct >= \
        0.98 * split_score(result, artifact.pages, truth).out_chars


def test_a_paragraph_cut_by_a_box_is_joined_across_it(digital) -> None:
    _, truth, result = digital
    aligned = align(result, Config())
    score = align_score(aligned, truth, fuzzy=True)
    assert score.links_right == score.links_truth == score.links_output


def test_a_section_band_in_both_languages_is_no_article_title(digital, scanned) -> None:
    for _, _, result in (digital, scanned):
        band = [b for b in _blocks(result) if "SỰ KIỆN" in b.text or "EVENTS" in b.text]
        assert len(band) == 2 and all(b.role == Role.HEADER for b in band)


def test_every_article_is_paired_on_a_page_of_run_on_articles(digital, scanned) -> None:
    for _, truth, result in (digital, scanned):
        score = align_score(align(result, Config()), truth, fuzzy=True)
        assert score.paired_right == score.articles


def test_a_title_line_of_names_stays_with_the_title_above_it(digital) -> None:
    _, truth, result = digital
    titles = [b for b in _blocks(result) if b.role == Role.TITLE]
    full = next(a["title"]["vi"] for a in truth["articles"] if "BRAZIL" in a["title"]["vi"])
    assert any(b.text == full and b.lang == "vi" for b in titles)
    assert not any(b.text.startswith("RIO DE JANEIRO") for b in titles)


def test_ocr_title_lines_set_at_the_title_s_own_leading_are_one_title(scanned) -> None:
    _, truth, result = scanned
    english = [b for b in _blocks(result) if b.role == Role.TITLE and b.lang == "en"]
    assert len(english) == 1
    assert english[0].text.startswith("FRENCH") and english[0].text.endswith("PROVINCE")


def test_a_column_s_first_line_just_under_the_running_heads_stays_in_its_paragraph(
        digital) -> None:
    _, _, result = digital
    second = result.pages[1].blocks
    opening = next(b for b in second if b.text.startswith("Consul of Viet Nam"))
    assert opening.role == Role.BODY and opening.continued_from is not None
    assert [b.role for b in second].count(Role.HEADER) == 2      # the two running heads


PAGE = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset())


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1,
           size: float = 9.0, column: int = 0) -> Facts:
    lo, hi = (50.0, 250.0) if column == 0 else (270.0, 470.0)
    return Facts(text=text, box=box, size=size, cw=4.5, bold=False, lines=lines, column=column,
                 column_box=(lo, hi), inset=min(box[0] - lo, hi - box[2]))


def _column(middle: list[Facts]) -> list[Facts]:
    return [_facts("Body text above " * 6, (50, 100, 250, 160), 5), *middle,
            _facts("Body text below " * 6, (50, 300, 250, 360), 5)]


def test_a_run_of_blocks_held_in_from_both_column_edges_is_a_box() -> None:
    facts = _column([_facts("THE ADVERTISER", (80, 170, 220, 182), size=11.0),
                     _facts("What they offer " * 3, (60, 185, 240, 210), 2),
                     _facts("Phone: 0123 456 789", (100, 213, 200, 225)),
                     _facts("The offer again " * 3, (60, 230, 240, 255), 2)])
    roles = framed_boxes([Role.BODY] * len(facts), facts, PAGE)
    assert roles == [Role.BODY, *[Role.ASIDE] * 4, Role.BODY]


def test_a_centred_article_head_held_in_from_the_edges_is_no_box() -> None:
    facts = _column([_facts("A CENTRED TITLE OVER", (70, 165, 230, 190), size=18.0),
                     _facts("TWO LINES", (100, 192, 200, 216), size=18.0),
                     _facts("An intro set centred " * 3, (60, 220, 240, 250), 3),
                     _facts("By A WRITER", (110, 255, 190, 266))])
    roles = [Role.BODY, Role.TITLE, Role.TITLE, Role.BODY, Role.BYLINE, Role.BODY]
    assert framed_boxes(roles, facts, PAGE) == roles


def test_an_intro_framed_in_both_languages_under_its_title_is_no_box() -> None:
    """An interleaved article's intro, boxed under its title in both languages, is held in from
    the column's edges as an advertisement is; but it follows the article's head rather than
    cutting the column's running text."""
    facts = [_facts("A TITLE AT THE HEAD OF THE COLUMN", (50, 100, 250, 130), 2, size=16.0),
             _facts("Một đoạn mở đầu trong khung " * 3, (60, 135, 240, 165), 3),
             _facts("An intro set in a frame " * 3, (60, 170, 240, 200), 3),
             _facts("Body text below " * 6, (50, 210, 250, 270), 5),
             _facts("Body text again " * 6, (50, 280, 250, 340), 5)]
    roles = [Role.TITLE, Role.INTRO, Role.INTRO, Role.BODY, Role.BODY]
    assert framed_boxes(roles, facts, PAGE) == roles
    roles[0] = Role.BODY       # the same run cutting a column's text is a box
    assert framed_boxes(roles, facts, PAGE)[1:3] == [Role.ASIDE, Role.ASIDE]


def test_a_title_beside_its_twin_at_the_column_start_is_no_section_band() -> None:
    facts = [_facts("TIÊU ĐỀ TIẾNG VIỆT", (50, 60, 200, 80), size=16.0),
             _facts("THE ENGLISH TITLE", (270, 60, 420, 80), size=16.0, column=1),
             _facts("Đây là văn bản tiếng Việt của bài " * 5, (50, 90, 250, 200), 8),
             _facts("This is the English text of the article " * 5, (270, 90, 470, 200), 8,
                    column=1)]
    roles = [Role.TITLE, Role.TITLE, Role.BODY, Role.BODY]
    assert section_bands(roles, facts, PAGE) == roles
    flush_right = [*facts[:1], _facts("THE ENGLISH NAME", (330, 60, 470, 80), size=16.0,
                                      column=1), *facts[2:]]
    assert section_bands(roles, flush_right, PAGE)[:2] == [Role.HEADER, Role.HEADER]


def test_a_long_title_s_second_row_flush_left_and_right_is_no_section_band() -> None:
    """Two long titles across a spread, wrapped under generous leading: their second rows
    (the Vietnamese one flush left, the English one justified to the right edge) lie on one
    row as a band's halves do, but each sits right under its title's first row, set as
    large: a title's next line, not a band."""
    facts = [_facts("TIÊU ĐỀ DÀI CỦA BÀI VIẾT TIẾNG VIỆT", (50, 60, 240, 80), size=16.0),
             _facts("THE LONG ENGLISH TITLE OF THE STORY", (280, 60, 470, 80), size=16.0,
                    column=1),
             _facts("DÒNG HAI CỦA TIÊU ĐỀ", (50, 90, 160, 110), size=16.0),
             _facts("ITS SECOND ROW", (380, 90, 470, 110), size=16.0, column=1),
             _facts("Đây là văn bản tiếng Việt của bài " * 5, (50, 120, 250, 220), 8),
             _facts("This is the English text of the article " * 5, (270, 120, 470, 220), 8,
                    column=1)]
    roles = [Role.TITLE] * 4 + [Role.BODY] * 2
    assert section_bands(roles, facts, PAGE) == roles
    alone = facts[2:]           # the same row opening the page, under no title: a band
    assert section_bands(roles[2:], alone, PAGE)[:2] == [Role.HEADER, Role.HEADER]


def test_white_between_the_lines_of_one_title_is_no_module_s_top() -> None:
    """Long titles set loosely in their columns, the white between two lines of one lining
    up with the white above another column's next title: each column is read whole (the
    title's lines together, the text under it), not every column's text above that white
    first, and both articles are paired."""
    artifact, truth, result = _split("titles")
    first = result.pages[0].blocks
    titles = [b for b in first if b.role == Role.TITLE]
    assert all(any(b.text == a["title"][lang] for b in titles)
               for a in truth["articles"] for lang in ("vi", "en"))
    score = align_score(align(result, Config()), truth, fuzzy=True)
    assert score.paired_right == score.articles


def _justified(top: float, full: int, words: int = 6) -> list[Word]:
    """``full`` justified lines of ``words`` words across 50-300 pt at a 12 pt pitch, then a
    short last line (its sentence without a stop), 9 pt type."""
    out = []
    for k in range(full + 1):
        count, right = (words, 300.0) if k < full else (2, 140.0)
        step = (right - 50.0) / count
        out += [Word(text=f"word{k}x{j}", box=(50 + j * step, top + 12 * k,
                                               50 + (j + 1) * step - 4, top + 12 * k + 9),
                     size=9.0, line=k) for j in range(count)]
    return out


def test_a_short_last_line_then_a_few_points_of_white_ends_a_paragraph_without_a_stop(
        ) -> None:
    """Justified text: a line ending well short of the column's edge, and the next line a
    few points lower than the text's pitch, is a paragraph's end even where its sentence
    lacks a stop (a quoted name, a list run in)."""
    first = _justified(100.0, 6)
    # the second paragraph starts 1.3 pitches under the first one's last line
    second = [replace(w, line=w.line + 20) for w in _justified(172.0 + 1.3 * 12, 4)]
    geo = analyse(tuple(first + second), 800.0, exact=True, body=9.0)
    assert len(geo.paras) == 2


def test_a_column_holding_only_specks_is_passed_over_not_a_crash() -> None:
    """A column whose every block is a speck or a rule (``other``: OCR's marks along a photo's
    edge) has no text to find the edges of; the other column's box is still found."""
    facts = [_facts("|", (280, 100, 284, 110), column=1),
             *_column([_facts("THE ADVERTISER", (80, 170, 220, 182), size=11.0),
                       _facts("What they offer " * 3, (60, 185, 240, 210), 2),
                       _facts("Phone: 0123 456 789", (100, 213, 200, 225)),
                       _facts("The offer again " * 3, (60, 230, 240, 255), 2)])]
    roles = framed_boxes([Role.OTHER] + [Role.BODY] * 6, facts, PAGE)
    assert roles == [Role.OTHER, Role.BODY, *[Role.ASIDE] * 4, Role.BODY]
