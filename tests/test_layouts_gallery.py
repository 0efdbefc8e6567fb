"""A photo gallery page whose captions are gathered in one block, each opening with its photo's
key (a number, or the photo's place in words), split and aligned from saved repair artifacts
(``tests/data/layouts-gallery/``, one page each, made by ``tools/gallery_test_data.py`` from
the layout bench's ``gallery`` documents); and the keys and gathered credits as text
(``magpipe.text.caption_keys``). The bench gives the figures over more documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.keyed_captions import keyed_captions
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.stacked_kickers import kicker_cut
from magpipe.text.caption_keys import caption_key, gathered_credits, key_starts

DATA = Path(__file__).parent / "data" / "layouts-gallery"


def _run(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    return result, align(result, Config()), truth


@pytest.mark.parametrize("name", ["numbers-gathered", "places", "numbers-side"])
def test_keyed_captions_are_paired_by_their_keys_with_the_keys_cut_and_credits_given(
        name: str) -> None:
    """Each photo's Vietnamese and English captions joined by the key they share (never by
    their order in the block), the key gone from the text, each half credited: after the
    caption, or by the gathered credit line that names its key."""
    _, aligned, truth = _run(name)
    s = score(aligned, truth)
    assert s.captions >= 3
    assert s.captions_exact == s.captions


def test_captions_keyed_by_place_are_not_paired_by_their_order() -> None:
    """Beside the mosaic, the Vietnamese caption of the bottom right photo comes last and the
    English caption of the top left photo first: their places in words tell them apart."""
    _, aligned, _ = _run("places")
    pairs = {(c.vi or "")[:20]: (c.en or "")[:20] for a in aligned.articles for c in a.captions}
    assert pairs["Ông Đoàn Thanh Sơn, "] == "Mr. Doan Thanh Son, "
    assert pairs["Lãnh đạo hai Bên tuy"] == "Leaders of both side"


@pytest.mark.parametrize("name", ["numbers-gathered", "numbers-side"])
def test_bilingual_kicker_over_the_title_is_a_rubric_and_the_titles_pair(name: str) -> None:
    """``THƯ VIỆN ẢNH`` over ``PHOTO GALLERY`` over the title: a rubric in each language, not
    the first words of the Vietnamese title."""
    result, aligned, truth = _run(name)
    s = score(aligned, truth)
    assert s.paired_right == s.articles >= 1
    sections = [b for b in result.pages[0].blocks if b.role == Role.SECTION]
    assert {b.lang for b in sections} == {Lang.VI, Lang.EN}


@pytest.mark.parametrize("name", ["numbers-gathered", "numbers-side"])
def test_running_text_of_a_page_of_keyed_captions_is_its_paragraph(name: str) -> None:
    """The captions hold most of the page's text, so its body size is theirs and the article's
    own text, set larger or smaller, looked like a title or a caption: it is the paragraph,
    linked to its twin; the captions make no paragraph."""
    _, aligned, truth = _run(name)
    s = score(aligned, truth)
    assert s.links_right == s.links_output == s.links_truth >= 1


def test_gathered_english_credit_line_takes_its_labels_language() -> None:
    """``Photos: KHANH LY (1); TRI DUNG (2, 3,`` names in capitals without marks: English by
    its label."""
    result, _, _ = _run("numbers-gathered")
    credit = [b for b in result.pages[0].blocks if b.text.startswith("Photos:")]
    assert credit and all(b.lang == Lang.EN and b.role == Role.CAPTION for b in credit)


def test_a_key_reads_the_same_in_both_languages() -> None:
    assert caption_key("Trên, trái: Tổ chức")[0] == caption_key("Top left: Daejin")[0]
    assert caption_key("Giữa, phải: Đoàn")[0] == caption_key("Middle right: The")[0]
    assert caption_key("Trên, giữa: Đồng chí")[0] == caption_key("Top centre: Mr.")[0]
    assert caption_key("Duoi: Toan canh")[0] == caption_key("Bottom: Overview")[0]
    for text in ("1. Đồng chí", "(1) Mr. Doan", "1 - Toàn cảnh", "1) Ông", "Ảnh 1: Toàn cảnh",
                 "Photo 1: Overview", "Hình 1. Toàn cảnh"):
        assert caption_key(text)[0] == "1"


def test_text_that_opens_with_no_key_has_none() -> None:
    for text in ("2025. Ngày 19/12", "(1); TRÍ DŨNG (2, 3, 4)", "Photo: TRI DUNG", "Ảnh: KHÁNH LY",
                 "Tham dự Hội đàm: đồng chí", "12/2025 - Lạng Sơn", "100 - năm"):
        assert caption_key(text) is None, text


def test_several_keyed_captions_in_one_block_are_cut_at_their_keys() -> None:
    text = "Dưới, trái: Toàn cảnh buổi làm việc. Dưới, phải: Lễ Khánh thành công trình."
    assert [(at, key) for at, key, _ in key_starts(text)] == [(0, "bottom left"),
                                                              (37, "bottom right")]


def test_gathered_credits_give_each_photographer_the_keys_of_their_photos() -> None:
    assert gathered_credits("Ảnh: KHÁNH LY (1); TRÍ DŨNG (2, 3, 4)") == [
        ("KHÁNH LY", ("1",)), ("TRÍ DŨNG", ("2", "3", "4"))]
    assert gathered_credits("Photos: TRI DUNG (top left; bottom right); VU GIANG (middle)") == [
        ("TRI DUNG", ("top left", "bottom right")), ("VU GIANG", ("mid",))]
    assert gathered_credits("Ảnh: KIỀU ANH") == [("KIỀU ANH", ())]
    # the last bracket closed on a line of its own
    assert gathered_credits("Photos: KHANH LY (1); TRI DUNG (2, 3,")[1] == ("TRI DUNG", ("2", "3"))
    assert gathered_credits("Trước đó, bà Okuno (1) đã tham quan") is None


def test_two_short_lines_in_capitals_one_in_each_language_are_cut_apart() -> None:
    assert kicker_cut(["THƯ VIỆN ẢNH", "PHOTO GALLERY"]) == [1]
    assert kicker_cut(["LÃNH ĐẠO UBND", "TỈNH LẠNG SƠN"]) == []      # one language
    assert kicker_cut(["Thư viện ảnh", "Photo gallery"]) == []       # not a kicker's capitals


def _facts(texts: list[tuple[str, float]]) -> list[Facts]:
    """One-column paragraphs of three lines at the given tops."""
    return [Facts(text=t, box=(40.0, top, 300.0, top + 30.0), size=9.0, cw=4.0, bold=False,
                  lines=3, column=0, column_box=(40.0, 300.0)) for t, top in texts]


_PAGE = PageFacts(width=600.0, height=850.0, body_size=9.0, body_cw=4.0, columns=1, exact=True,
                  repeated=frozenset())
_PHOTO = ((40.0, 300.0, 560.0, 500.0),)


def test_keys_printed_once_or_above_the_photos_make_no_caption_block() -> None:
    """A numbered list in one language under a photo, or the same numbers in both languages
    in the text above the photos, is text: a keyed block needs a key in each language, set
    beside or under the photos."""
    roles = [Role.BODY] * 3
    listed = _facts([("1. Mở rộng hợp tác.", 520.0), ("2. Tăng cường giao lưu.", 560.0),
                     ("3. Thúc đẩy đầu tư.", 600.0)])
    assert keyed_captions(roles, listed, _PAGE, _PHOTO) == set()
    above = _facts([("1. Mở rộng hợp tác.", 100.0), ("1. Widen cooperation.", 140.0),
                    ("2. Tăng cường giao lưu.", 180.0)])
    assert keyed_captions(roles, above, _PAGE, _PHOTO) == set()
    under = _facts([(t, top + 420.0) for t, top in [(f.text, f.box[1]) for f in above]])
    assert keyed_captions(roles, under, _PAGE, _PHOTO) == {0, 1, 2}
    assert keyed_captions(roles, under, _PAGE, ()) == set()          # no photo on the page
