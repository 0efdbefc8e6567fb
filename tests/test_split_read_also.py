""""Read also" lists (``magpipe.split.read_also``): a label such as ``ĐỌC THÊM`` / ``READ
ALSO`` and the bulleted headlines under it are text of no article, whether the box follows the
article's text or stands between its titles and its text, born-digital or scanned (bullets
lost, a half's label lost); the article's own titles stay its titles. Pages of the
``readalso`` family saved by ``tools/readalso_test_data.py``; the pure rule on facts built by
hand. And align (``magpipe.align.listing``) takes no listed headline for a contents entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.read_also import read_also
from magpipe.split.roles import Facts, PageFacts
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-readalso"
NAMES = ["halves-after", "stacked-before", "halves-before-italic", "page-ref-line",
         "label-at-top", "scanned-halves", "scanned-lost-label"]


def _truth_blocks(name: str) -> list[dict]:
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return [b for page in truth["pages"] for b in page["blocks"]]


def _blocks(name: str):
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config(), roles="rules")
    return [b for page in result.pages for b in page.blocks]


def _holding(blocks, text: str):
    """The blocks holding ``text``, no shorter than half of it (a box's label and headlines
    may be read as one block, OCR may lose a bullet or a label)."""
    bare = text.strip("• ").casefold()
    return [b for b in blocks if fuzz.partial_ratio(bare, b.text.casefold()) >= 90
            and len(b.text) >= 0.5 * len(bare)]


@pytest.mark.parametrize("name", NAMES)
def test_read_also_boxes_are_no_articles_text(name) -> None:
    blocks, want = _blocks(name), _truth_blocks(name)
    box = [b for b in want if b["role"] == "sidebar"]
    titles = [b["text"].casefold() for b in want if b["role"] == "title"]
    assert box
    for b in box:
        for found in _holding(blocks, b["text"]):
            # (a headline repeating a title on the page holds that title's text too)
            if not any(fuzz.ratio(found.text.casefold(), t) >= 90 for t in titles):
                assert found.role == Role.ASIDE, (b["text"], found.role, found.text[:60])


def test_a_headlines_page_reference_on_a_line_of_its_own_stays_in_the_list() -> None:
    blocks = _blocks("page-ref-line")
    assert not [b for b in blocks if b.role not in (Role.ASIDE, Role.HEADER, Role.PAGE_NUMBER)]


@pytest.mark.parametrize("name", [n for n in NAMES if n != "page-ref-line"])
def test_the_articles_titles_stay_titles_beside_a_read_also_box(name) -> None:
    blocks, want = _blocks(name), _truth_blocks(name)
    titles = [b for b in want if b["role"] == "title"]
    assert titles
    for b in titles:
        found = [f for f in _holding(blocks, b["text"]) if f.role != Role.ASIDE
                 or fuzz.ratio(f.text.casefold(), b["text"].casefold()) >= 90]
        assert found and all(f.role == Role.TITLE for f in found), \
            (b["text"], [(f.role, f.text[:40]) for f in found])


def test_an_italic_lead_under_a_read_also_box_between_it_and_its_titles_is_an_intro() -> None:
    blocks, want = _blocks("halves-before-italic"), _truth_blocks("halves-before-italic")
    intros = [b for b in want if b["role"] == "intro"]
    assert len(intros) == 2
    for b in intros:
        found = _holding(blocks, b["text"])
        assert found and all(f.role == Role.INTRO for f in found), \
            (b["text"][:40], [f.role for f in found])


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=9.0, cw=4.5, bold=True, lines=lines, column=0,
                 column_box=(40.0, 300.0))


PAGE = PageFacts(width=595.0, height=842.0, body_size=9.0, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset())


def test_a_label_and_the_bulleted_headlines_under_it_are_asides() -> None:
    facts = [_facts("ĐỌC THÊM", (44, 500, 97, 512)),
             _facts("• LỄ THÔNG TUYẾN CAO TỐC • HỘI ĐÀM CẤP TỈNH", (44, 516, 286, 560), 4),
             _facts("Đoạn văn tiếp theo của bài.", (40, 600, 290, 700), 8)]
    roles = read_also([Role.BODY, Role.TITLE, Role.BODY], facts, PAGE)
    assert roles == [Role.ASIDE, Role.ASIDE, Role.BODY]


def test_bulleted_capitals_with_no_label_over_them_stay_as_they_are() -> None:
    facts = [_facts("• CHƯƠNG TRÌNH HỢP TÁC", (44, 500, 200, 512)),
             _facts("• KẾ HOẠCH NĂM 2026", (44, 516, 200, 528))]
    roles = read_also([Role.BODY, Role.BODY], facts, PAGE)
    assert roles == [Role.BODY, Role.BODY]


def test_a_sentence_opening_with_a_label_word_is_no_label() -> None:
    facts = [_facts("Xem thêm các văn bản hướng dẫn tại trang thông tin của tỉnh.",
                    (44, 500, 290, 530), 3),
             _facts("• Nghị định số 15", (44, 534, 200, 546))]
    roles = read_also([Role.BODY, Role.BODY], facts, PAGE)
    assert roles == [Role.BODY, Role.BODY]


def test_a_read_also_headline_naming_another_page_makes_no_contents_page() -> None:
    # the short second article's page holds a box listing the first article's title with its
    # page: both articles are paired with all their paragraphs, and no entry is read
    truth = json.loads((DATA / "short-second-article.truth.json").read_text(encoding="utf-8"))
    result = split(RepairArtifact.load(DATA / "short-second-article.repair.json"), Config(),
                   roles="rules")
    aligned = align(result, Config())
    s = align_score(aligned, truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_truth == s.links_output
    assert not [e for a in aligned.articles for e in a.entries]
