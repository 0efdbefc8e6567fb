"""The split stage on text run around a round cut-out photo line by line (the ``cutout``
family): the two columns either side of a photo that straddles their gutter, paragraphs
running on across the lines the photo narrows (and a row it leaves empty), the captions
under it inside the run-around, and a note's heading. Inputs: single pages saved by
``tools/cutout_test_data.py`` in ``tests/data/layouts-cutout/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from magpipe.artifacts.layout import Block, Lang, PageLayout, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.run_around import _edge

DATA = Path(__file__).parent / "data" / "layouts-cutout"


@cache
def _page(name: str) -> PageLayout:
    return split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config()).pages[0]


def _starting(page: PageLayout, text: str) -> Block:
    """The one block of ``page`` whose text starts with ``text``."""
    (found,) = (b for b in page.blocks if b.text.startswith(text))
    return found


def test_the_columns_either_side_of_a_round_photo_across_their_gutter_stay_apart() -> None:
    page = _page("abreast")
    assert len(page.columns) == 2
    gutter = (page.columns[0][1] + page.columns[1][0]) / 2
    body = [b for b in page.blocks if b.role == Role.BODY]
    assert body and all(b.box[2] < gutter or b.box[0] > gutter for b in body)
    assert all(b.lang == (Lang.VI if b.box[2] < gutter else Lang.EN) for b in body)


def test_a_paragraph_runs_on_across_the_lines_a_round_photo_narrows() -> None:
    page = _page("abreast")
    vi = _starting(page, "Tại buổi làm việc, bà Phó Chủ tịch UBND")
    assert "hơn quan hệ hợp tác, đóng góp thiết thực" in vi.text
    assert vi.text.endswith("hợp tác mới trong thời gian tới.")
    en = _starting(page, "At the meeting, the Vice Chairwoman")
    assert en.text.endswith("expanding new cooperation orientations in the coming time.")
    # a paragraph that ends beside the photo ends there, the next one starts a block
    assert _starting(page, "Phát biểu tại buổi làm việc").role == Role.BODY
    assert _starting(page, "Speaking at the meeting Ambassador").role == Role.BODY


def test_the_captions_under_a_round_photo_are_read_apart_from_the_text_around_it() -> None:
    page = _page("abreast")
    vi = _starting(page, "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy")
    assert (vi.role, vi.lang) == (Role.CAPTION, Lang.VI) and vi.text.endswith("tháng 12/2025.")
    # (the credit's name in capitals runs on over the English caption's first words, as
    # under any photo: ``text.credits.split_caption``)
    en = [b for b in page.blocks if "Party Committee, engaged in talks with Mr. Chen" in b.text]
    assert len(en) == 1 and (en[0].role, en[0].lang) == (Role.CAPTION, Lang.EN)
    assert en[0].text.endswith("(Photo: VU GIANG)")
    assert not any(b.role == Role.BODY and "Quảng Tây" in b.text for b in page.blocks)


def test_a_paragraph_runs_on_across_a_row_left_empty_beside_a_round_photo() -> None:
    page = _page("runon")
    vi = [b for b in page.blocks if "thống chính trị thực hiện hiệu quả công tác" in b.text]
    assert len(vi) == 1 and "giải phóng mặt bằng; đến nay dự án" in vi[0].text
    en = _starting(page, "owner, investors, and participating")
    assert en.text.startswith("owner, investors, and participating enterprises.")


def test_a_caption_line_set_close_to_the_line_beside_it_is_cut_from_it() -> None:
    page = _page("runon")
    caption = _starting(page, "Hội đàm giữa đồng chí Trần Cương")
    assert caption.role == Role.CAPTION
    assert "Choang Quảng Tây, Trung Quốc tháng 12/2025." in caption.text
    assert "People’s" not in caption.text
    en = [b for b in page.blocks if "Mr. Chen Gang, Secretary of the Guangxi" in b.text]
    assert len(en) == 1 and (en[0].role, en[0].lang) == (Role.CAPTION, Lang.EN)


def test_a_photo_run_around_on_one_side_keeps_its_captions_and_column() -> None:
    page = _page("one-side")
    caption = _starting(page, "Đồng chí Nguyễn Cảnh Toàn, Phó Bí thư")
    assert caption.role == Role.CAPTION and caption.lang == Lang.VI
    body = _starting(page, "appreciated this visit as Mr. Wei Tao")
    assert body.role == Role.BODY and body.text.endswith("with Lang Son province in particular.")


def test_a_line_in_capitals_right_over_a_note_is_its_heading() -> None:
    page = _page("one-side")
    head = _starting(page, "TỪ VỰNG")
    assert head.role == Role.ASIDE
    assert _starting(page, "đặc sản").role == Role.ASIDE


def test_a_row_short_of_both_rows_beside_it_is_measured_short_and_one_between_them_full(
        ) -> None:
    tops = [0.0, 12.0, 24.0, 36.0]
    # left side: the shape recedes down the rows; the third row ends a paragraph
    ends = [200.0, 220.0, 150.0, 250.0]
    assert _edge(ends, tops, 1, 0, 2.0) == 220.0          # between its neighbours: full
    assert _edge(ends, tops, 2, 0, 2.0) == 235.0          # short: where its neighbours' line runs
    # right side: the lines start further in where the shape is wider
    starts = [400.0, 380.0, 420.0, 360.0]
    assert _edge(starts, tops, 1, 1, 2.0) == 380.0
    assert _edge(starts, tops, 2, 1, 2.0) == 370.0


def test_a_glossarys_terms_and_their_senses_are_notes_of_their_own_languages() -> None:
    page = _page("one-side")
    term, sense = _starting(page, "đặc sản"), _starting(page, "– local speciality")
    assert (term.role, term.lang, sense.role, sense.lang) == (Role.ASIDE, Lang.VI,
                                                               Role.ASIDE, Lang.EN)
    assert term.text == "đặc sản" and _starting(page, "– periodic market").lang == Lang.EN


def test_ocr_words_of_a_line_run_into_a_round_photos_box_stay_in_their_line() -> None:
    # a justified line's last words stand inside the photo's box (its corner, left free by
    # the round shape); OCR's box heights swing with the marks, its line height does not.
    # (The English column's line half a line under the caption's last one is run around too:
    # ``Ms. Doan Thu Ha, … Party Committee``.)
    page = _page("scan-corner")
    for start, inside, end in (
            ("thư Trung ương Đảng", ("Ban Thường vụ Tỉnh ủy; Lãnh đạo HĐND, UBND tỉnh;",),
             "doanh nghiệp tham gia dự án."),
            ("Attending the ceremony were Mr. Le Hoai Trung",
             ("there were Mr. Nguyen Canh Toan, Deputy Secretary",
              "Ms. Doan Thu Ha, Deputy Secretary of the Provincial Party Committee, Chairwoman"),
             "investors, and participating enterprises.")):
        block = _starting(page, start)
        assert all(part in block.text for part in inside) and block.text.endswith(end)


def test_lines_run_around_a_round_photo_with_wide_word_spaces_keep_their_words_in_order(
        ) -> None:
    page = _page("scan-spaced")
    en = _starting(page, "Ms. Marcelle Torres Alves Okuno’s working program")
    assert en.role == Role.BODY
    assert "which laid the groundwork for promoting exchanges and cooperation between Lang Son" \
        " Province and Brazilian localities" in en.text
    assert not any(b.text.startswith("for and Lang Son") for b in page.blocks)
