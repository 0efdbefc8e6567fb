"""Align's rules for interviews and English-first copies on small split artifacts
(``tests/align_blocks.py``): a byline read after text it stands above, speaker labels left out
of the paragraphs, an edition label read with the title under it, a turn shaped like a keywords
line."""

from __future__ import annotations

from align_blocks import make_split
from magpipe.align.articles import group_articles
from magpipe.align.turns import turn_text
from magpipe.artifacts.layout import Block, Lang, Role

TITLE_VI, TITLE_EN = "ĐỐI THOẠI VỀ HỢP TÁC BIÊN GIỚI", "DIALOGUE ON BORDER COOPERATION"


def _block(text: str, role: Role = Role.BODY) -> Block:
    return Block(id="p1-b0", page=1, box=(40, 50, 260, 80), text=text, lang=Lang.VI, role=role)


def test_turn_text_leaves_the_speaker_label_out() -> None:
    assert turn_text(_block("PV: Xin ông cho biết kết quả?")) == "Xin ông cho biết kết quả?"
    assert turn_text(_block("Mr. Nam: Attending were many.")) == "Attending were many."
    assert turn_text(_block("Ông cho biết: dự án khởi công.")) == "Ông cho biết: dự án khởi công."
    assert turn_text(_block("PV:")) == "PV:"                          # nothing but the label
    assert turn_text(_block("Q: WHO", Role.TITLE)) == "Q: WHO"       # a title keeps its words


def test_a_byline_read_after_the_text_it_stands_above_ends_no_article() -> None:
    """The byline beside the portrait, set above the intro but read after it: the questions
    and answers after it stay in the article (before, the byline closed it and they made an
    untitled article of their own)."""
    split = make_split([[
        ("vi", Role.TITLE, TITLE_VI, (40, 60, 500, 90)),
        ("vi", Role.BODY, "Ngày 27/11/2025, đồng chí Hoàng Quốc Khánh tiếp đoàn.",
         (40, 120, 350, 160)),
        ("vi", Role.BYLINE, "VŨ GIANG", (450, 95, 500, 110)),
        ("vi", Role.BODY, "PV: Xin ông cho biết những kết quả nổi bật?", (40, 200, 260, 220)),
        ("vi", Role.BODY, "Ông Nam: Tham dự buổi tiếp có đồng chí Đoàn Thị Hậu, Phó Bí thư, "
         "Chủ tịch Hội đồng nhân dân tỉnh.", (40, 225, 260, 280)),
    ]])
    drafts = group_articles(split).drafts
    assert len(drafts) == 1
    d = drafts[0]
    assert d.byline is not None and d.byline.text == "VŨ GIANG"
    assert [p.text[:10] for p in d.paragraphs] == ["Ngày 27/11", "Xin ông ch", "Tham dự bu"]


def test_a_closing_byline_under_the_text_still_ends_the_article() -> None:
    split = make_split([[
        ("vi", Role.TITLE, TITLE_VI, (40, 60, 500, 90)),
        ("vi", Role.BODY, "Ngày 27/11/2025, đồng chí Hoàng Quốc Khánh tiếp đoàn.",
         (40, 120, 350, 160)),
        ("vi", Role.BYLINE, "VŨ GIANG", (450, 165, 500, 178)),
        ("vi", Role.BODY, "Một đoạn văn của bài khác, không có tiêu đề.", (40, 300, 350, 330)),
    ]])
    assert len(group_articles(split).drafts) == 2


def test_an_edition_label_read_with_the_title_becomes_its_rubric() -> None:
    """``BẢN TIẾNG VIỆT`` and the Vietnamese title under it read as one title block (OCR):
    the draft's title is the title alone, the label its rubric."""
    split = make_split([[
        ("en", Role.TITLE, TITLE_EN), ("en", Role.BODY, "The talks were held in Lang Son."),
        ("vi", Role.TITLE, "BẢN TIẾNG VIỆT " + TITLE_VI),
        ("vi", Role.BODY, "Cuộc hội đàm diễn ra tại Lạng Sơn."),
    ]])
    vi = next(d for d in group_articles(split).drafts if d.lang == "vi")
    assert vi.title is not None and vi.title.text == TITLE_VI
    assert [s.text for s in vi.sections] == ["BẢN TIẾNG VIỆT"]
