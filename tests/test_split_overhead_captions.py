"""Captions set above their photos (the ``overhead`` layout family): each photo's Vietnamese
caption, then its English one, set over it and ending level just over the photos' tops, the
credits in the caption's line or set right on lines of their own; and the text of a scanned
copy. Split and align from saved pages (``tests/data/layouts-overhead/``, made by
``tools/overhead_test_data.py``), and the caption rule on small made-up blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Block, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.photo_captions import photo_captions
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-overhead"


def _split(name: str) -> SplitArtifact:
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())


@pytest.fixture(scope="module")
def row() -> SplitArtifact:
    return _split("row-over")


@pytest.fixture(scope="module")
def pair() -> SplitArtifact:
    return _split("pair-over")


def _starting(result: SplitArtifact, text: str) -> Block:
    return _starting_in(tuple(b for p in result.pages for b in p.blocks), text)


def _starting_in(blocks: tuple[Block, ...], text: str) -> Block:
    found = [b for b in blocks if b.text.startswith(text)]
    assert len(found) == 1, [b.text[:40] for b in blocks]
    return found[0]


def _captions(result: SplitArtifact) -> set[tuple[str | None, ...]]:
    return {(c.vi, c.en, c.credit, c.credit_en)
            for a in align(result, Config()).articles for c in a.captions}


def test_captions_over_a_row_of_photos_are_read_photo_by_photo(row: SplitArtifact) -> None:
    # the first photo's captions run down level with the second's: read line by line
    # across the narrow white between the photos, their lines ran together
    first = _starting(row, "Tổ chức Daejin International Volunteers")
    assert first.role == Role.CAPTION
    assert first.text.endswith("tỉnh Lạng Sơn - tháng 11/2025. (Ảnh: MAI THU)")
    second = _starting(row, "Toàn cảnh buổi Hội kiến.")
    assert (second.role, second.text) == (Role.CAPTION, "Toàn cảnh buổi Hội kiến. (Ảnh: TRÍ DŨNG)")
    photos = row.pages[0].images
    assert photos[0][2] < second.box[0] and second.box[2] < photos[2][0]
    assert not any("Commune Toàn cảnh" in b.text for b in row.pages[0].blocks)


def test_each_photo_of_the_row_gets_its_captions_and_credits(row: SplitArtifact) -> None:
    found = _captions(row)
    assert ("Toàn cảnh buổi Hội kiến.", "Overview of the meeting.", "TRÍ DŨNG",
            "TRI DUNG") in found
    assert ("Tổ chức Daejin International Volunteers Association (DIVA), Hàn Quốc tổ chức "
            "khám chữa bệnh nhân đạo tại Trạm Y tế xã Na Sầm, tỉnh Lạng Sơn - tháng 11/2025.",
            "Daejin International Volunteers Association (DIVA), Republic of Korea, organized "
            "humanitarian medical examinations at Na Sam Commune Medical Station, Lang Son "
            "province - November 2025.", "MAI THU", "MAI THU") in found


def test_captions_over_two_photos_under_the_titles_are_no_graphic_labels(
        pair: SplitArtifact) -> None:
    # captions and credits between the titles and the text, side by side in short lines,
    # are laid out as a graphic's labels; set right over the photos, they are captions
    blocks = pair.pages[0].blocks
    assert not [b.text for b in blocks if b.role == Role.LABEL]
    assert _starting(pair, "Toàn cảnh buổi Hội kiến.").role == Role.CAPTION
    assert _starting(pair, "Đồng chí Lê Hoài Trung").role == Role.CAPTION
    found = _captions(pair)
    assert ("Toàn cảnh buổi Hội kiến.", "Overview of the meeting.", "TRÍ DŨNG",
            "TRI DUNG") in found
    assert ("Đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Bộ trưởng Bộ Ngoại giao phát "
            "biểu tại buổi Lễ.", "Mr. Le Hoai Trung, Member of the Party Central Committee’s "
            "Secretariat, Minister of Foreign Affairs, delivers his remarks at the ceremony.",
            "TRÍ DŨNG", "TRI DUNG") in found


def _facts(text: str, box: tuple[float, float, float, float], size: float) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.0, bold=False, lines=1, column=0,
                 column_box=(box[0], box[2]))


def test_small_text_over_a_photo_in_its_measure_is_its_caption_a_columns_byline_is_not(
        ) -> None:
    page = PageFacts(width=600.0, height=800.0, body_size=10.0, body_cw=5.0, columns=2,
                     exact=True, repeated=frozenset())
    photo = (100.0, 300.0, 500.0, 500.0)
    facts = [_facts("Toàn cảnh buổi làm việc.", (100.0, 260.0, 200.0, 270.0), 8.0),
             _facts("(Ảnh: TRÍ DŨNG)", (440.0, 271.0, 500.0, 281.0), 8.0),
             _facts("Overview of the meeting.", (100.0, 284.0, 190.0, 294.0), 8.0),
             # a column's byline standing over the photo, set to its column, not the photo
             _facts("MAI THU", (320.0, 287.0, 360.0, 295.0), 8.0),
             # text at the body's size right over the photo: the page's own
             _facts("the delegation visited the province", (100.0, 240.0, 300.0, 250.0), 10.0)]
    roles = [Role.BODY, Role.CREDIT, Role.BODY, Role.BODY, Role.BODY]
    out, _ = photo_captions(roles, [""] * len(roles), facts, page, (photo,))
    # the credit set right on its own line, next to the photo, carries the stack up
    assert out == [Role.CAPTION, Role.CREDIT, Role.CAPTION, Role.BODY, Role.BODY]


def test_a_translation_set_smaller_running_past_a_photo_in_its_column_is_no_caption() -> None:
    # a Vietnamese column set at the document's other body size (8.6 beside the English
    # 9.4): its paragraphs end right over the photo and go on right under its caption (7.3)
    page = PageFacts(width=600.0, height=800.0, body_size=9.4, body_cw=5.0, columns=3,
                     exact=True, repeated=frozenset(), other_body=8.6)
    photo = (400.0, 300.0, 580.0, 420.0)
    facts = [_facts("Cùng tham gia Đoàn công tác có ông Doseba Tua Sinay.",
                    (400.0, 200.0, 580.0, 296.0), 8.6),
             _facts("Đồng chí Hoàng Quốc Khánh tặng quà lưu niệm.", (400.0, 425.0, 575.0, 444.0),
                    7.3),
             _facts("Ông Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh bày tỏ vui mừng.",
                    (400.0, 450.0, 580.0, 560.0), 8.6)]
    roles = [Role.BODY, Role.BODY, Role.BODY]
    out, _ = photo_captions(roles, [""] * len(roles), facts, page, (photo,))
    assert out == [Role.BODY, Role.CAPTION, Role.BODY]


def test_a_paragraph_on_a_scan_is_not_read_as_a_box_for_specks_beside_its_neighbours() -> None:
    # a speck OCR read at the left of the column's other paragraphs widens their boxes; the
    # paragraph between them, whose ragged lines all end a little short, looked held in
    # from both edges (a box of notes) and was kept out of the article
    page = _split("ragged-scan").pages[0]
    block = _starting_in(page.blocks, "Chương trình làm việc tại tỉnh Lạng Sơn")
    assert block.role == Role.BODY
    assert not [b.text[:40] for b in page.blocks if b.role == Role.ASIDE]
