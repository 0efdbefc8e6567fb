"""A photo's caption in one language over it and its twin in the other under it
(``photo_captions.twin_edges``): on a saved scanned page of a museum's guide
(``tests/data/layouts-scan-twin-captions/``, made by ``tools/scan_twin_captions_test_data.py``)
and on hand-made blocks."""

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
from magpipe.split.photo_captions import twin_edges
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-scan-twin-captions"


def test_english_caption_under_a_photo_captioned_over_it_in_vietnamese_is_its_twin() -> None:
    # the English caption is set in italics at the body's size: by its type alone it reads
    # as the article's first paragraph
    pages = RepairArtifact.load(DATA / "wide-photo.repair.json")
    truth = json.loads((DATA / "wide-photo.truth.json").read_text(encoding="utf-8"))
    result = split(pages, Config())
    under = next(b for b in result.blocks() if b.text.startswith("The Lang Son provincial"))
    assert under.role == Role.CAPTION
    # the article's text under the caption stays the article's
    assert all(b.role == Role.BODY for b in result.blocks() if b.box[1] > 515.0
               and b.box[3] < 800.0 and len(b.text) > 40)
    scored = align_score(align(result, Config()), truth, fuzzy=True)
    assert scored.captions_right == scored.captions == 1


def test_a_columns_paragraph_ending_over_a_photo_is_no_twin_of_its_caption() -> None:
    # four lines set to the photo's width, closing a sentence, in the language the caption
    # under the photo is not: more than twice the caption's length, so the column's text
    pages = RepairArtifact.load(DATA / "paragraph-over-photo.repair.json")
    result = split(pages, Config())
    over = next(b for b in result.blocks() if b.text.startswith("Central Committee of the"))
    assert over.role == Role.BODY
    assert any(b.role == Role.CAPTION and b.text.startswith("Các lễ hội truyền thống")
               for b in result.blocks())


PAGE = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=2, exact=False,
                 repeated=frozenset())
PHOTO = (40.0, 200.0, 420.0, 460.0)
VI = "Đoàn đại biểu tỉnh Lạng Sơn thăm, làm việc tại Đại sứ quán Việt Nam tại Brazil"
EN = "The Lang Son provincial delegation visited the Embassy of Viet Nam in Brazil."


def _block(text: str, top: float, lines: int, x1: float = 420.0) -> Facts:
    return Facts(text, (40.0, top, x1, top + 11.0 * lines), 9.0, 4.5, False, lines, -1,
                 (40.0, 560.0))


def _roles(facts: list[Facts]) -> list[str]:
    out, _ = twin_edges([Role.CAPTION, *[Role.BODY] * (len(facts) - 1)], [""] * len(facts),
                        facts, PAGE, (PHOTO,))
    return out


def test_the_twin_under_and_its_credit_line_are_captions() -> None:
    facts = [_block(VI, 175.0, 2), _block(EN, 465.0, 2), _block("(Photo: PHAM HUONG)", 488.0, 1),
             _block(EN + " and more of the article's text " * 8, 530.0, 9, 560.0)]
    assert _roles(facts) == [Role.CAPTION, Role.CAPTION, Role.CAPTION, Role.BODY]


@pytest.mark.parametrize("case", ["same language", "long", "runs on", "flush left, short",
                                  "mid-sentence", "goes on", "no translation's length"])
def test_text_under_the_photo_that_is_no_twin_keeps_its_role(case: str) -> None:
    under = {"same language": _block(VI, 465.0, 2), "long": _block(EN, 465.0, 6),
             # a paragraph's last line under the photo, set flush left in its column
             "flush left, short": _block(EN[:40], 465.0, 1, 250.0),
             # a column's text running on past the photo, its sentence cut there
             "mid-sentence": _block(EN.rstrip(".") + ",", 465.0, 2),
             # ... or going on from the sentence before the photo
             "goes on": _block("and then " + EN[4:], 465.0, 2),
             # a closed paragraph of few lines, but three times the caption's length
             "no translation's length": _block(" ".join([EN] * 3), 465.0, 4)}.get(
        case, _block(EN, 465.0, 2))
    facts = [_block(VI, 175.0, 2), under]
    if case == "runs on":       # a column's paragraph goes on right under it
        facts.append(_block(EN + " more of it " * 6, 489.0, 4))
    assert _roles(facts)[1:] == [Role.BODY] * (len(facts) - 1)
