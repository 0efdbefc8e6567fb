"""A photo on a page of its own, captioned on the text page beside it, each language's
caption opened by a pointer to the photo's page (issue 16), on documents saved from the layout
bench's ``bleed`` family (``tests/data/layouts-pointed-captions/``, made by
``tools/bleed_test_data.py``) run through split and align, and the rules on made-up text:

* the pointer (``Ảnh trang bên:`` / ``Opposite:``, ``Ảnh bên trái:`` / ``Left:``, ``Ảnh bên
  phải:`` / ``Right:``, ``Ảnh trang 1:`` / ``Photo on page 1:``) is a label of its own
  (``split.pointer_labels``), no part of the caption's text, and the caption is the photo's
  on the page it names (``align.pointed_photos``);
* a line opening with a pointer opens the other language's caption, whatever the credit
  before it (``split.drafts.pointer_cuts``);
* a scanned photo page's specks are no article's text (``split.specks``);
* a credit label whose colon OCR read as a question mark is read (``text.credit_labels``).

At the round's start (start30) these documents' captions were 2 of 7 right (the pointers
read as the captions' first words; the stacked caption's English half read into the
Vietnamese credit; the question mark lost the scanned English caption its credit), none had
a photo, and the left-scanned copy gave 4 paragraph links for 2 (the photo page's specks).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.pointed_photos import Pointing
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.text.credit_labels import as_printed
from magpipe.text.photo_pointers import Pointer, Towards, photo_pointer, pointer_alone

DATA = Path(__file__).parent / "data" / "layouts-pointed-captions"
NAMES = ["opposite-after", "right-stacked", "left-scanned", "page-scanned"]


def _run(name: str):
    truth = json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    return truth, result, align(result, Config())


@pytest.mark.parametrize("name", NAMES)
def test_a_caption_opened_by_a_pointer_is_read_without_it_and_given_the_page_it_names(
        name: str) -> None:
    truth, _, aligned = _run(name)
    found = score(aligned, truth, fuzzy=True)
    assert found.captions_right == found.captions == len(truth["articles"])
    photo_pages = {p["number"] for p in truth["pages"] if p["layout"] == "photos"}
    for article in aligned.articles:
        for caption in article.captions:
            assert not photo_pointer(caption.vi or "") and not photo_pointer(caption.en or "")
            # the photo page among the article's own pages
            wanted = {n for t in truth["articles"] if caption.page in t["pages"]
                      for n in t["pages"] if n in photo_pages}
            assert {ph.page for ph in caption.photos} == wanted


@pytest.mark.parametrize("name", NAMES)
def test_each_caption_s_pointer_is_a_label_of_its_own(name: str) -> None:
    truth, result, _ = _run(name)
    labels = [b.text for p in result.pages for b in p.blocks if b.role == Role.LABEL]
    printed = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "label"]
    assert labels == printed


def test_a_scanned_photo_page_s_specks_are_no_article_s_text() -> None:
    truth, result, aligned = _run("left-scanned")
    photo_page = next(p for p in result.pages if p.number == 1)
    assert photo_page.blocks and all(b.role == Role.OTHER for b in photo_page.blocks)
    found = score(aligned, truth, fuzzy=True)
    assert (found.links_right, found.links_output) == (found.links_truth, found.links_truth)


@pytest.mark.parametrize("text, pointer, rest", [
    ("Ảnh trang bên: Toàn cảnh buổi tiếp.", Pointer(Towards.FACING), "Toàn cảnh buổi tiếp."),
    ("Anh ben trai: Toan canh.", Pointer(Towards.BEFORE), "Toan canh."),
    ("Ảnh bên phải: Lễ khánh thành.", Pointer(Towards.AFTER), "Lễ khánh thành."),
    ("Ảnh trang 12: Gian hàng.", Pointer(Towards.PAGE, 12), "Gian hàng."),
    ("Photo on page 3: The booth.", Pointer(Towards.PAGE, 3), "The booth."),
    ("Opposite: Overview.", Pointer(Towards.FACING, bare=True), "Overview."),
    ("Right; The ceremony.", Pointer(Towards.AFTER, bare=True), "The ceremony.")])
def test_a_pointer_is_read_in_either_language_with_or_without_marks(
        text: str, pointer: Pointer, rest: str) -> None:
    assert photo_pointer(text) == (pointer, rest)


@pytest.mark.parametrize("text", ["Ảnh: KIỀU ANH", "Top left: The booth.", "Ngày 3: Khai mạc.",
                                  "Photo: TRI DUNG", "Ảnh trang bên:",
                                  "Members of the delegation from left to right and: the rest"])
def test_no_pointer_is_read_where_none_is_printed(text: str) -> None:
    assert photo_pointer(text) is None


def test_a_pointer_alone_is_told() -> None:
    assert pointer_alone("Ảnh trang bên:") == Pointer(Towards.FACING)
    assert pointer_alone("Opposite: Overview.") is None


PAGE = (0.0, 0.0, 600.0, 800.0)


def test_a_facing_pointer_between_two_photo_pages_names_the_one_no_other_caption_names(
        ) -> None:
    # text pages 1 and 3, photo pages 2 and 4: page 1's caption can only name page 2
    pointing = Pointing(photos={2: PAGE, 4: PAGE}, claimed={2: 1})
    assert pointing.pointed(Pointer(Towards.FACING), 3) == (4, PAGE)
    assert pointing.pointed(Pointer(Towards.FACING), 1) == (2, PAGE)
    # unclaimed: the spread's facing page (page 3 printed odd, a right page: page 2)
    assert Pointing(photos={2: PAGE, 4: PAGE}).pointed(Pointer(Towards.FACING), 3) == (2, PAGE)


def test_a_numbered_pointer_names_the_page_printed_so() -> None:
    # pages printed two more than their order: ``page 7`` is the fifth
    pointing = Pointing(photos={5: PAGE, 7: PAGE}, offset=2)
    assert pointing.pointed(Pointer(Towards.PAGE, 7), 6) == (5, PAGE)


def test_a_side_word_alone_on_a_page_of_photos_is_no_pointer() -> None:
    pointing = Pointing(photos={1: PAGE, 2: (10.0, 10.0, 200.0, 200.0)},
                        with_photos=frozenset({2}))
    assert pointing.pointed(Pointer(Towards.BEFORE, bare=True), 2) is None
    assert pointing.pointed(Pointer(Towards.BEFORE), 2) == (1, PAGE)


def test_a_credit_label_with_a_question_mark_for_its_colon_is_read() -> None:
    assert as_printed("to Lang Son. (Photo? BUI THUAN)") == "to Lang Son. (Photo: BUI THUAN)"
    assert as_printed("Is it (Photo? Yes, it is)") == "Is it (Photo? Yes, it is)"
