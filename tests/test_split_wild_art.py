"""A stand-alone photo of no story ("wild art", ``split.wild_art``): its bold kicker and its
credited caption in each language, set under it across the text width or stacked beside it
between two stories, are text of no article (``Role.ASIDE``), while an article's own photo
keeps its captions. Pages of ``wildart`` documents saved by ``tools/wildart_test_data.py``
into ``tests/data/layouts-wildart/``, and pages made up of facts."""

from __future__ import annotations

import pytest
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import FURNITURE_ROLES, Role, SplitArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.wild_art import wild_art
from saved_pages import saved

BODY = 9.0


def _overlaps(a: Box, b: list[float]) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 1.0 and min(a[3], b[3]) - max(a[1], b[1]) > 1.0


def _split(name: str) -> tuple[SplitArtifact, dict]:
    artifact, truth = saved("layouts-wildart", name)
    return split(artifact, Config()), truth


@pytest.mark.parametrize("name", ["across", "beside", "beside-right", "alone", "scanned"])
def test_a_stand_alone_photos_kicker_and_captions_are_kept_out_of_the_articles(
        name: str) -> None:
    result, truth = _split(name)
    wild = [(page, b) for page, tp in zip(result.pages, truth["pages"], strict=True)
            for b in tp["blocks"] if b["role"] == "sidebar"]
    assert len(wild) == 4           # a kicker and a caption in each language
    for page, b in wild:
        found = [o for o in page.blocks if _overlaps(o.box, b["box"])]
        assert found, b["text"]
        assert all(o.role in FURNITURE_ROLES for o in found), (b["text"], found)


@pytest.mark.parametrize("name", ["across", "beside", "beside-right", "scanned"])
def test_the_story_beside_the_wild_art_keeps_its_text(name: str) -> None:
    result, truth = _split(name)
    for page, tp in zip(result.pages, truth["pages"], strict=True):
        for b in tp["blocks"]:
            if b["article"] is not None and b["role"] in ("body", "intro", "title"):
                assert not any(o.role == Role.ASIDE for o in page.blocks
                               if _overlaps(o.box, b["box"])), b["text"]


def _facts(text: str, box: Box, bold: bool = False, column: int = 0) -> Facts:
    lines = max(1, round((box[3] - box[1]) / (1.2 * BODY)))
    return Facts(text=text, box=box, size=BODY * 0.9, cw=4.0, bold=bold, lines=lines,
                 column=column, column_box=(box[0], box[2]))


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=4.5, columns=2, exact=True,
                 repeated=frozenset())
PHOTO = (40.0, 300.0, 560.0, 560.0)
KICKER = _facts("KHOẢNH KHẮC", (40.0, 568.0, 100.0, 578.0), bold=True)
CAPTION = _facts("Toàn cảnh buổi tiếp. (Ảnh: TRÍ DŨNG)", (40.0, 580.0, 280.0, 590.0))
STORY = [_facts("Tham dự Hội đàm có đồng chí Đinh Hữu Học. " * 4, (40.0, 100.0, 280.0, 280.0)),
         _facts("Attending the talks were Mr. Dinh Huu Hoc. " * 4, (320.0, 100.0, 560.0, 280.0),
                column=1)]


def _roles(facts: list[Facts], roles: list[str]) -> list[str]:
    return wild_art(roles, ["look"] * len(roles), facts, PAGE, (PHOTO,))[0]


def test_a_kicker_over_a_credited_caption_under_a_photo_across_the_text_is_wild_art() -> None:
    facts = [*STORY, KICKER, CAPTION]
    roles = _roles(facts, [Role.BODY, Role.BODY, Role.CAPTION, Role.CAPTION])
    assert roles == [Role.BODY, Role.BODY, Role.ASIDE, Role.ASIDE]


def test_a_photo_with_its_storys_text_going_on_under_it_keeps_its_captions() -> None:
    more = _facts("Chương trình làm việc tại tỉnh Lạng Sơn. " * 3, (40.0, 600.0, 280.0, 700.0))
    facts = [*STORY, KICKER, CAPTION, more]
    roles = _roles(facts, [Role.BODY, Role.BODY, Role.CAPTION, Role.CAPTION, Role.BODY])
    assert roles[2:4] == [Role.CAPTION, Role.CAPTION]


def test_a_photo_with_the_storys_columns_beside_it_keeps_its_captions() -> None:
    beside = _facts("Attending the talks were Mr. Dinh Huu Hoc. " * 6,
                    (320.0, 300.0, 560.0, 560.0), column=1)
    photo = (40.0, 300.0, 280.0, 560.0)
    facts = [*STORY, KICKER, CAPTION, beside]
    roles = wild_art([Role.BODY, Role.BODY, Role.CAPTION, Role.CAPTION, Role.BODY], [""] * 5,
                     facts, PAGE, (photo,))[0]
    assert roles[2:4] == [Role.CAPTION, Role.CAPTION]


def test_a_photo_whose_caption_has_no_kicker_keeps_it() -> None:
    facts = [*STORY, CAPTION]
    assert _roles(facts, [Role.BODY, Role.BODY, Role.CAPTION])[2] == Role.CAPTION


def test_a_note_beside_an_articles_photo_is_no_kicker_of_it() -> None:
    """A boxed glossary beside an article's photo at the foot of the page, its heading in
    capitals over its first entry, stays the note it is and the photo keeps its caption
    (cutout at seed 1600)."""
    photo = (40.0, 578.0, 311.0, 674.0)
    caption = _facts("Ông Đoàn Thanh Sơn tặng quà lưu niệm. (Ảnh: TRÍ DŨNG)",
                     (40.0, 681.0, 306.0, 701.0))
    heading = _facts("TỪ VỰNG · GLOSSARY", (331.0, 584.0, 418.0, 594.0))
    entry = _facts("đặc sản", (331.0, 600.0, 356.0, 609.0))
    facts = [*STORY, caption, heading, entry]
    roles = [Role.BODY, Role.BODY, Role.CAPTION, Role.ASIDE, Role.ASIDE]
    assert wild_art(roles, [""] * 5, facts, PAGE, (photo,))[0] == roles
