"""A paragraph the split stage linked to the block right over it (cut where a run-around
photo narrows its measure, going on right under its first piece) is one paragraph in align,
though no break stands between the two pieces (``align.drafts.continues``)."""

from __future__ import annotations

from dataclasses import replace

from align_blocks import make_split
from magpipe.align import align
from magpipe.artifacts import PageLayout, SplitArtifact
from magpipe.config import Config

VI_1 = "Ngày 12/12/2025, tại trụ sở UBND tỉnh Lạng Sơn, ông Đoàn Thanh Sơn tiếp Đoàn công tác"
VI_2 = "của Đại sứ quán Hoa Kỳ tại Việt Nam do Đại sứ Marc Knapper dẫn đầu."
VI_3 = "Cùng tham gia Đoàn công tác có ông Doseba Tua Sinay."
EN_1 = "On December 12, 2025, at the headquarters of the Lang Son Provincial People's Committee,"
EN_2 = "Mr. Doan Thanh Son received the delegation of the United States Embassy in Viet Nam."
EN_3 = "Attending the delegation were Mr. Doseba Tua Sinay and others."


def _split(linked: bool) -> SplitArtifact:
    split = make_split([[("vi", "title", "LÃNH ĐẠO UBND TỈNH TIẾP ĐẠI SỨ HOA KỲ"),
                         ("vi", "body", VI_1), ("vi", "body", VI_2), ("vi", "body", VI_3),
                         ("en", "title", "PROVINCIAL LEADER RECEIVES THE U.S. AMBASSADOR"),
                         ("en", "body", EN_1), ("en", "body", EN_2), ("en", "body", EN_3)]])
    page = split.pages[0]
    blocks = list(page.blocks)
    if linked:
        # the second piece of each first paragraph goes on right under the first (in a
        # narrower measure beside a photo), as split linked it; the third block is no piece
        blocks[2] = replace(blocks[2], continued_from=blocks[1].id)
        blocks[6] = replace(blocks[6], continued_from=blocks[5].id)
    return replace(split, pages=(PageLayout(number=page.number, width=page.width,
                                            height=page.height, columns=page.columns,
                                            blocks=tuple(blocks)),))


def test_a_piece_split_linked_to_the_block_right_over_it_joins_its_paragraph() -> None:
    (article,) = align(_split(linked=True), Config()).articles
    assert [(p.vi, p.en) for p in article.paragraphs] == [
        (f"{VI_1} {VI_2}", f"{EN_1} {EN_2}"), (VI_3, EN_3)]


def test_blocks_right_under_each_other_split_did_not_link_stay_paragraphs() -> None:
    (article,) = align(_split(linked=False), Config()).articles
    assert len(article.paragraphs) == 3
