"""Photo captions: halves, credits matched across languages, collected photos."""

from __future__ import annotations

from dataclasses import replace

import pytest
from align_blocks import make_split
from magpipe.align.captions import read_captions
from magpipe.align.credit_names import credits_match, english_credit
from magpipe.align.photos import photo_captions
from magpipe.artifacts import Block
from magpipe.text.credits import COLLECTED_EN, COLLECTED_VI, caption_parts, cut_credit


def _blocks(*items: tuple[str, str, str], page: int = 1) -> list[tuple[int, Block]]:
    split = make_split([list(items)])
    return [(i, b) for i, b in enumerate(split.pages[0].blocks)]


def test_caption_in_three_blocks_gives_both_halves_and_both_credits():
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi tiếp."), ("vi", "credit", "Ảnh: TRÍ DŨNG/"),
        ("en", "caption", "Overview of the courtesy call. Photo: TRI DUNG")))
    assert len(caps) == 1
    c = caps[0]
    assert (c.vi, c.en, c.credit, c.credit_en) == (
        "Toàn cảnh buổi tiếp.", "Overview of the courtesy call.", "TRÍ DŨNG", "TRI DUNG")
    assert [s.block for s in c.sources] == ["p1-b0", "p1-b1", "p1-b2"]
    assert c.box == (40.0, 50.0, 500.0, 105.0)


def test_collected_photo_keeps_both_marks_as_credits():
    caps = read_captions(_blocks(
        ("vi", "caption", "Các lễ hội truyền thống hằng năm thu hút khách du lịch."),
        ("vi", "credit", "Ảnh sưu tầm/"),
        ("en", "caption", "Annual traditional festivals attract tourists. Collected photo")))
    assert len(caps) == 1
    assert caps[0].credit == COLLECTED_VI and caps[0].credit_en == COLLECTED_EN
    assert caps[0].en == "Annual traditional festivals attract tourists."


def test_one_mixed_block_is_cut_at_the_credit():
    caps = read_captions(_blocks(("vi", "caption",
                                  "Toàn cảnh buổi làm việc. Ảnh: LA MAI/ Overview of the meeting. "
                                  "Photo: LA MAI")))
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi làm việc.", "Overview of the meeting.", "LA MAI", "LA MAI")]


def test_two_captions_in_a_row_stay_apart():
    caps = read_captions(_blocks(
        ("vi", "caption", "Ảnh một."), ("vi", "credit", "Ảnh: VŨ GIANG/"),
        ("en", "caption", "Photo one. Photo: VU GIANG"),
        ("vi", "caption", "Ảnh hai."), ("vi", "credit", "Ảnh: KHÁNH LY/"),
        ("en", "caption", "Photo two. Photo: KHANH LY")))
    assert [(c.vi, c.credit_en) for c in caps] == [("Ảnh một.", "VU GIANG"),
                                                   ("Ảnh hai.", "KHANH LY")]


def test_separated_halves_are_joined_by_their_credit():
    caps = read_captions(_blocks(
        ("vi", "caption", "Đoàn đại biểu xuất cảnh. Ảnh: VŨ GIANG/"),
        ("vi", "caption", "Toàn cảnh hội đàm. Ảnh: TRÍ DŨNG/"),
        ("en", "caption", "Overview of the talks. Photo: TRI DUNG"),
        ("en", "caption", "The delegation exits the country. Photo: VU GIANG")))
    pairs = {(c.vi, c.en) for c in caps}
    assert ("Toàn cảnh hội đàm.", "Overview of the talks.") in pairs
    assert ("Đoàn đại biểu xuất cảnh.", "The delegation exits the country.") in pairs
    assert len(caps) == 2


@pytest.mark.parametrize(("vi", "en", "same"), [
    ("TRÍ DŨNG", "TRI DUNG", True), ("VŨ GIANG", "VU GIANG", True), ("ĐỨC ANH", "DUC ANH", True),
    ("TRÍ DŨNG", "KHANH LY", False), (COLLECTED_VI, COLLECTED_EN, True), (None, "TRI DUNG", False),
])
def test_credits_match_without_diacritics(vi, en, same):
    assert credits_match(vi, en) is same


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ảnh: TRÍ DŨNG/", "vi", (None, "TRÍ DŨNG")),
    ("Phát biểu tại buổi Lễ. Ảnh: TRÍ DŨNG", "vi", ("Phát biểu tại buổi Lễ.", "TRÍ DŨNG")),
    ("Anh: TRI DUNG/", "vi", (None, "TRI DUNG")),
    ("Delegates at the meeting. Photo: TRI DUNG", "en", ("Delegates at the meeting.", "TRI DUNG")),
    ("Festivals attract tourists. (Collected photo)", "en", ("Festivals attract tourists.",
                                                            COLLECTED_EN)),
    ("A caption without credit.", "en", ("A caption without credit.", None)),
    ("Hàng hoá qua cửa khẩu. Nguồn: TTXVN", "vi", ("Hàng hoá qua cửa khẩu.", "TTXVN")),
    ("Toàn cảnh buổi tiếp.\nẢnh: TRÍ DŨNG", "vi", ("Toàn cảnh buổi tiếp.", "TRÍ DŨNG")),
    ("Toàn cảnh. (Ảnh: TRÍ DŨNG)", "vi", ("Toàn cảnh.", "TRÍ DŨNG")),
    # OCR readings of the labels and specks around the name
    ("Lễ Khánh thành. Ảnh; VŨ GIANG/", "vi", ("Lễ Khánh thành.", "VŨ GIANG")),
    ("Toàn cảnh buổi làm việc. Ánh: LA MAI/", "vi", ("Toàn cảnh buổi làm việc.", "LA MAI")),
    ("Ảnh: THÙY ‘LINH/", "vi", (None, "THÙY LINH")),
    ("Overview of the talks. Photo: * TRI DUNG", "en", ("Overview of the talks.", "TRI DUNG")),
    ("Overview of the talks. Photo: TRI DUNG :", "en", ("Overview of the talks.", "TRI DUNG")),
    ("Overview of the talks. Photo: THUY LINH -", "en", ("Overview of the talks.", "THUY LINH")),
])
def test_credit_is_cut_from_the_end_of_a_caption(text, lang, expected):
    assert cut_credit(text, lang) == expected


@pytest.mark.parametrize(("credit", "credit_en", "expected"), [
    ("TRÍ DŨNG", "TRÌ DUNG", "TRI DUNG"),      # a mark the Vietnamese OCR pass put on it
    ("KHÁNH LY", "KHÁNH LY", "KHANH LY"),      # a mark the repair stage put on it
    ("Phạm Hương", "PHAM HUONG", "PHAM HUONG"),
    ("ĐỨC ANH", "ĐỨC ANH", "DUC ANH"),
    ("TRÍ DŨNG", "FRI DUNG", "TRI DUNG"),      # OCR slip: FRI is no syllable, one letter off
    ("Phạm Hương", "Pham Huomg", "Pham Huong"),
    ("TRÍ DŨNG", "HOA DUNG", "HOA DUNG"),      # HOA is a syllable: another name, as read
    ("TRÍ DŨNG", "FRANK DUNG", "FRANK DUNG"),  # more than one letter off: as read
    ("TRÍ DŨNG", "FRI", "FRI"),                # not the same number of words: as read
    (None, "TRÌ DUNG", "TRÌ DUNG"),            # nothing to compare with
    ("TRÍ DŨNG", None, None),
    (COLLECTED_VI, COLLECTED_EN, COLLECTED_EN),
])
def test_english_credit_of_the_vietnamese_name_is_written_without_marks(credit, credit_en,
                                                                         expected):
    assert english_credit(credit, credit_en) == expected


def test_read_captions_gives_the_english_credit_without_marks():
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi tiếp."), ("vi", "credit", "Ảnh: TRÍ DŨNG/"),
        ("en", "caption", "Overview of the courtesy call. Photo: TRÌ DUNG")))
    assert [(c.credit, c.credit_en) for c in caps] == [("TRÍ DŨNG", "TRI DUNG")]


def _pages(*pages: list[tuple[str, str, str]]) -> list[tuple[int, Block]]:
    split = make_split([list(p) for p in pages])
    blocks = [b for p in split.pages for b in p.blocks]
    return list(enumerate(blocks))


def test_halves_on_facing_pages_are_joined_by_credit_and_text():
    """Each language's copy of the photo captioned in its own language, on facing pages."""
    caps = read_captions(_pages(
        [("vi", "caption", "Đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh phát biểu tại "
                           "buổi Lễ ngày 19/12/2025."), ("vi", "credit", "Ảnh: TRÍ DŨNG"),
         ("vi", "caption", "Toàn cảnh buổi tiếp."), ("vi", "credit", "Ảnh: LA MAI")],
        [("en", "caption", "Overview of the reception. Photo: LA MAI"),
         ("en", "caption", "Mr. Doan Thanh Son, Vice Chairman of the Provincial People's "
                           "Committee, speaks at the ceremony on December 19, 2025. "
                           "Photo: TRI DUNG")]))
    pairs = {(c.credit, c.credit_en): (c.vi, c.en) for c in caps}
    assert set(pairs) == {("TRÍ DŨNG", "TRI DUNG"), ("LA MAI", "LA MAI")}
    assert pairs[("LA MAI", "LA MAI")] == ("Toàn cảnh buổi tiếp.", "Overview of the reception.")


def test_lone_halves_whose_texts_disagree_stay_apart_across_pages():
    caps = read_captions(_pages(
        [("vi", "caption", "Đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh phát biểu tại "
                           "buổi Lễ ngày 19/12/2025."), ("vi", "credit", "Ảnh: TRÍ DŨNG")],
        [("en", "caption", "Delegates of Guangxi and Lang Son take a group photo at the "
                           "border gate on November 27, 2025, before the talks began. "
                           "Photo: TRI DUNG")]))
    assert sorted((c.vi is None, c.en is None) for c in caps) == [(False, True), (True, False)]


def test_english_half_naming_another_photographer_starts_another_caption():
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi tiếp."), ("vi", "credit", "Ảnh: KHÁNH LY"),
        ("en", "caption", "Delegates take a group photo. Photo: TRI DUNG")))
    assert [(c.credit, c.credit_en) for c in caps] == [("KHÁNH LY", None), (None, "TRI DUNG")]


def test_a_credit_run_on_into_the_english_half_gives_its_words_back():
    """OCR lost the slash after the Vietnamese credit: ``Ảnh: Minh Đức Mr. Hoang Minh`` /
    ``Tuan, ... Photo: Minh Duc``; the English credit says where the name ends."""
    (cap,) = read_captions(_blocks(
        ("vi", "caption", "Ông Hoàng Minh Tuấn, Trưởng Ban Biên tập."),
        ("vi", "credit", "Ảnh: Minh Đức Mr. Hoang Minh"),
        ("en", "caption", "Tuan, Editor-in-Chief. Photo: Minh Duc")))
    assert (cap.vi, cap.en, cap.credit, cap.credit_en) == (
        "Ông Hoàng Minh Tuấn, Trưởng Ban Biên tập.", "Mr Hoang Minh Tuan, Editor-in-Chief.",
        "Minh Đức", "Minh Duc")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Toàn cảnh buổi làm việc. Ảnh - KHÁNH LY", "vi", ("Toàn cảnh buổi làm việc.", "KHÁNH LY")),
    ("Toàn cảnh. © Minh Đức", "vi", ("Toàn cảnh.", "Minh Đức")),
    ("Toàn cảnh. Ảnh/Photo: TRÍ DŨNG", "vi", ("Toàn cảnh.", "TRÍ DŨNG")),
    ("Overview of the meeting. Photo by KHANH LY", "en", ("Overview of the meeting.", "KHANH LY")),
    ("Overview. (Photo by Mai Thu and Vu Giang)", "en", ("Overview.", "Mai Thu and Vu Giang")),
    ("Overview of the meeting. © KHANH LY", "en", ("Overview of the meeting.", "KHANH LY")),
    ("Goods at the border gate. Photo courtesy of VNA", "en", ("Goods at the border gate.",
                                                               "VNA")),
    ("Overview. Photo - Tri Dung", "en", ("Overview.", "Tri Dung")),
    # a label word inside the sentence, or a name in small letters, is no credit
    ("He gave a photo by the river to Mr. Nam", "en",
     ("He gave a photo by the river to Mr. Nam", None)),
    ("Quan hệ Việt - Anh - Pháp", "vi", ("Quan hệ Việt - Anh - Pháp", None)),
    ("He said so. Photo by the river. Photo by VNA", "en",
     ("He said so. Photo by the river.", "VNA")),
])
def test_credits_printed_without_a_colon_are_cut_from_the_caption(text, lang, expected):
    assert cut_credit(text, lang) == expected


def test_a_block_listing_captions_is_cut_after_each_credit():
    box = ("Mr. Doan Thanh Son presents souvenirs. © TRI DUNG Mr. Nguyen Canh Toan holds talks."
           " Photo: TRI DUNG")
    assert caption_parts(box) == ["Mr. Doan Thanh Son presents souvenirs. © TRI DUNG",
                                  "Mr. Nguyen Canh Toan holds talks. Photo: TRI DUNG"]
    assert caption_parts("1. Toàn cảnh. (Ảnh: TRÍ DŨNG) 2. Lễ khánh thành. Ảnh: KHÁNH LY") == [
        "1. Toàn cảnh. (Ảnh: TRÍ DŨNG)", "2. Lễ khánh thành. Ảnh: KHÁNH LY"]
    # a credit whose name runs into the English half (its slash lost) is no cut: the English
    # half ends in no credit of its own
    assert caption_parts("Ảnh: TRÍ DŨNG Mr. Nguyen Canh") == ["Ảnh: TRÍ DŨNG Mr. Nguyen Canh"]


def test_numbered_captions_in_a_box_lose_their_numbers_and_pair_in_order():
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi tiếp. Ảnh: TRÍ DŨNG"),
        ("vi", "caption", "Lễ khánh thành cửa khẩu. Ảnh: KHÁNH LY"),
        ("en", "aside", "1. Overview of the courtesy call. (Photo: TRI DUNG) 2. The border gate"
                        " inauguration. (Photo: KHANH LY)", (40.0, 400.0, 500.0, 440.0))))
    assert [(c.vi, c.en, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi tiếp.", "Overview of the courtesy call.", "TRI DUNG"),
        ("Lễ khánh thành cửa khẩu.", "The border gate inauguration.", "KHANH LY")]


def test_an_english_half_set_apart_is_joined_by_what_it_says_not_by_order():
    # two Vietnamese captions by one photographer, their English halves in a box lower down:
    # the first English half follows the second Vietnamese one in reading order
    caps = read_captions(_blocks(
        ("vi", "caption", "Ông Đoàn Thanh Sơn tặng quà lưu niệm cho Đại sứ Marc Knapper. "
                          "(Ảnh: TRÍ DŨNG)", (40.0, 100.0, 500.0, 110.0)),
        ("vi", "caption", "Đồng chí Nguyễn Cảnh Toàn hội đàm với đồng chí Vi Thao. "
                          "(Ảnh: TRÍ DŨNG)", (40.0, 300.0, 500.0, 310.0)),
        ("en", "caption", "Mr. Doan Thanh Son presents souvenirs to Ambassador Marc Knapper. "
                          "(Photo: TRI DUNG)", (40.0, 600.0, 500.0, 610.0)),
        ("en", "caption", "Mr. Nguyen Canh Toan holds talks with Mr. Wei Tao. (Photo: TRI DUNG)",
         (40.0, 620.0, 500.0, 630.0))))
    assert [(c.vi[:8], c.en[:6]) for c in caps if c.vi and c.en] == [
        ("Ông Đoàn", "Mr. Do"), ("Đồng chí", "Mr. Ng")]


def test_a_credit_alone_under_its_half_joins_it_after_the_other_half_beside_it():
    # the Vietnamese caption under the photo's left half, the English one under its right
    # half, each credit on a line of its own, set right, read after both halves
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi làm việc.", (42.0, 662.0, 134.0, 673.0)),
        ("en", "caption", "Overview of the meeting.", (347.0, 662.0, 439.0, 673.0)),
        ("vi", "credit", "Ảnh: LA MAI", (288.0, 674.0, 334.0, 685.0)),
        ("en", "caption", "Photo: LA MAI", (585.0, 674.0, 639.0, 685.0))),
        photos={1: ((42.0, 380.0, 639.0, 658.0),)})
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi làm việc.", "Overview of the meeting.", "LA MAI", "LA MAI")]


def test_one_credit_under_both_halves_credits_both():
    caps = read_captions(_blocks(
        ("vi", "caption", "Toàn cảnh buổi tiếp."),
        ("en", "caption", "Overview of the courtesy call."),
        ("vi", "credit", "Ảnh: TRÍ DŨNG")))
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi tiếp.", "Overview of the courtesy call.", "TRÍ DŨNG", "TRI DUNG")]


def test_a_credit_cut_from_its_label_is_read_with_it():
    caps = read_captions(_blocks(
        ("en", "aside", "Ms. Okuno visits the Quynh Son village. Photo"),
        ("vi", "byline", "by KIỀU ANH")))
    assert [(c.en, c.credit_en) for c in caps] == [
        ("Ms. Okuno visits the Quynh Son village.", "KIỀU ANH")]
    assert [s.block for s in caps[0].sources] == ["p1-b0", "p1-b1"]


def test_a_name_alone_set_right_under_a_caption_is_its_credit():
    # each language's caption under the photo, the photographer's name set right under it
    # with no label, the way a byline is (the split stage reads it as one)
    split = make_split([[
        ("vi", "caption", "Toàn cảnh buổi làm việc.", (42.0, 662.0, 300.0, 673.0)),
        ("vi", "byline", "TRÍ DŨNG", (250.0, 675.0, 300.0, 685.0)),
        ("en", "body", "Overview of the meeting.", (42.0, 690.0, 300.0, 700.0)),
        ("en", "byline", "TRI DUNG", (250.0, 702.0, 300.0, 712.0))]])
    page = replace(split.pages[0], images=((42.0, 380.0, 300.0, 658.0),))
    assert photo_captions(page) == {"p1-b1", "p1-b2", "p1-b3"}
    caps = read_captions([(i, b) for i, b in enumerate(page.blocks)],
                         photos={1: page.images})
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi làm việc.", "Overview of the meeting.", "TRÍ DŨNG", "TRI DUNG")]


def test_a_credit_printed_on_the_photo_s_edge_credits_its_caption():
    # ``© NAME`` in the picture's bottom corner, the two captions under the picture
    split = make_split([[
        ("vi", "body", "© TRÍ DŨNG", (250.0, 645.0, 298.0, 655.0)),
        ("vi", "caption", "Toàn cảnh buổi làm việc.", (42.0, 662.0, 300.0, 673.0)),
        ("en", "caption", "Overview of the meeting.", (42.0, 676.0, 300.0, 686.0))]])
    page = replace(split.pages[0], images=((42.0, 380.0, 300.0, 658.0),))
    assert "p1-b0" in photo_captions(page)
    caps = read_captions([(i, b) for i, b in enumerate(page.blocks)], photos={1: page.images})
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in caps] == [
        ("Toàn cảnh buổi làm việc.", "Overview of the meeting.", "TRÍ DŨNG", "TRI DUNG")]


def test_a_caption_set_over_its_photo_is_read_as_its_caption():
    # the captions over the picture, the split stage reading them as text
    split = make_split([[
        ("vi", "body", "Toàn cảnh buổi làm việc. Ảnh: TRÍ DŨNG", (42.0, 360.0, 300.0, 371.0)),
        ("en", "body", "Overview of the meeting. Photo: TRI DUNG", (42.0, 374.0, 300.0, 384.0))]])
    page = replace(split.pages[0], images=((42.0, 390.0, 300.0, 658.0),))
    assert photo_captions(page) == {"p1-b0", "p1-b1"}


def test_a_box_of_captions_is_read_with_the_rest_of_its_last_credit_s_name():
    # English captions gathered in a box away from the photos, the last name wrapped to a
    # line the split stage read apart
    split = make_split([[
        ("en", "aside", "The delegation visits the Embassy of Viet Nam in Brazil. © PHAM",
         (465.0, 52.0, 638.0, 84.0)),
        ("en", "body", "HUONG", (466.0, 87.0, 493.0, 94.0)),
        ("en", "body", "The investment project is one of 234 projects.",
         (340.0, 564.0, 651.0, 648.0))]])
    assert photo_captions(split.pages[0]) == {"p1-b0", "p1-b1"}


def test_a_name_wrapped_under_an_english_credit_ends_it_though_read_as_vietnamese():
    # a caption panel inside a photo, scanned: ``HUONG`` alone on the panel's last line is
    # taken for Vietnamese, yet ends the English half's credit above it
    split = make_split([[
        ("vi", "caption", "Đoàn đại biểu tỉnh Lạng Sơn thăm Đại sứ quán. Ảnh - PHẠM HƯƠNG",
         (49.0, 202.0, 271.0, 232.0)),
        ("en", "caption", "The Lang Son delegation visited the Embassy. Photo by PHAM",
         (49.0, 237.0, 276.0, 267.0)),
        ("vi", "caption", "HUONG", (49.0, 270.0, 76.0, 276.0))]])
    page = replace(split.pages[0], images=((35.0, 184.0, 590.0, 486.0),))
    caps = read_captions([(i, b) for i, b in enumerate(page.blocks)], photos={1: page.images})
    assert len(caps) == 1
    assert (caps[0].credit, caps[0].credit_en) == ("PHẠM HƯƠNG", "PHAM HUONG")
    assert caps[0].en == "The Lang Son delegation visited the Embassy."


def test_running_text_in_a_cell_beside_a_photo_closed_by_a_byline_is_no_caption() -> None:
    # a grid's text cell beside a photo: the article's paragraphs one under another (too
    # long together for a caption), the last closed by the writer's name set right; then the
    # next page's cell, whose text the split stage linked to the last paragraph, taking up
    # its sentence in small letters
    split = make_split([
        [("en", "body", " ".join(["Mr. Doan Thanh Son welcomed the Ambassador and his "
                                      "delegation to the province."] * 8),
          (310.0, 150.0, 554.0, 300.0)),
         ("en", "body", "On this occasion, the Vice Chairman invited the Ambassador to",
          (310.0, 304.0, 554.0, 400.0)),
         ("en", "byline", "MAI THU", (520.0, 404.0, 554.0, 414.0))],
        [("en", "body", "attend the Xu Lang Peach Blossom Festival.", (310.0, 52.0, 554.0, 77.0)),
         ("en", "byline", "MAI THU", (520.0, 81.0, 554.0, 93.0))]])
    cells = replace(split, pages=(
        replace(split.pages[0], images=((42.0, 150.0, 296.0, 470.0),)),
        replace(split.pages[1], blocks=(replace(split.pages[1].blocks[0],
                                                continued_from="p1-b1"),
                                        split.pages[1].blocks[1]),
                images=((42.0, 52.0, 296.0, 290.0),))))
    assert photo_captions(cells.pages[0]) == frozenset()
    assert photo_captions(cells.pages[1]) == frozenset()
    # a caption read as text beside its photo, the split stage linking the next caption to it
    # (a capital opens it): both still captions
    split = make_split([[
        ("en", "body", "Mr. Le Hoai Trung visits the province. Photo by TRI DUNG",
         (418.0, 52.0, 554.0, 142.0)),
        ("en", "body", "Inauguration of the transport road. Photo by VU GIANG",
         (418.0, 221.0, 554.0, 300.0))]])
    page = replace(split.pages[0], images=((187.0, 51.0, 409.0, 205.0),
                                           (187.0, 221.0, 409.0, 374.0)),
                   blocks=(split.pages[0].blocks[0],
                           replace(split.pages[0].blocks[1], continued_from="p1-b0")))
    assert photo_captions(page) == {"p1-b0", "p1-b1"}
