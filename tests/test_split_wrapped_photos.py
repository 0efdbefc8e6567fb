"""The split stage on pages of a magazine feature (the ``feature`` family): text wrapped around
photos set into the columns, drop caps, captions under a photo or overprinted on it, two intros
side by side under the byline, a kicker alone over its title. Inputs: single pages saved by
``tools/feature_test_data.py`` in ``tests/data/layouts-feature/``."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts.layout import Block, Lang, PageLayout, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.photo_text import _caption_only
from magpipe.split.pieces import Line

DATA = Path(__file__).parent / "data" / "layouts-feature"


def _page(name: str) -> PageLayout:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return split(artifact, Config()).pages[0]


def _starting(page: PageLayout, text: str) -> Block:
    found = [b for b in page.blocks if b.text.startswith(text)]
    assert len(found) == 1, [b.text[:40] for b in page.blocks]
    return found[0]


def test_a_drop_cap_is_read_with_the_word_it_opens_and_its_paragraph_stays_whole() -> None:
    page = _page("part-photo")
    vi = _starting(page, "Tại buổi làm việc, ông Đinh Hữu Học")
    en = _starting(page, "At the meeting, Mr. Dinh Huu Hoc")
    # the lines beside the cap and those under it are one paragraph
    assert "Thường trực UBND tỉnh bày tỏ vui mừng" in vi.text
    assert "expressed his pleasure" in en.text
    assert not any(b.text.startswith(("T ại", "A t ")) for b in page.blocks)


def test_lines_wrapped_beside_a_photo_stay_in_their_paragraph_apart_from_its_caption() -> None:
    page = _page("part-photo")
    body = _starting(page, "Tại buổi làm việc")
    assert body.role == Role.BODY
    # the shortened lines beside the photo and its caption run on in the paragraph
    assert "bày tỏ mong muốn, với vai trò và ảnh hưởng của mình" in body.text
    assert body.text.endswith("đào tạo bóng đá trẻ…")
    assert not any(b.role == Role.BYLINE and b.box[1] > 400 for b in page.blocks)
    caption = _starting(page, "Các đại biểu chụp ảnh")
    assert caption.role == Role.CAPTION
    assert caption.text == "Các đại biểu chụp ảnh lưu niệm tại chương trình."
    assert _starting(page, "Ảnh: TRÍ DŨNG").role == Role.CREDIT
    assert _starting(page, "Delegates take a group photo").role == Role.CAPTION


def test_two_intros_side_by_side_under_the_byline_are_two_blocks() -> None:
    page = _page("part-photo")
    vi = _starting(page, "Chiều ngày 11/11/2025")
    en = _starting(page, "On the afternoon of November 11, 2025")
    assert (vi.role, vi.lang, en.role, en.lang) == (Role.INTRO, Lang.VI, Role.INTRO, Lang.EN)
    assert vi.box[2] < en.box[0]
    assert en.text.endswith("Trade and Tourism Promotion Center.")


def test_columns_are_found_under_a_photo_set_across_their_gutter() -> None:
    page = _page("gutter-photo")
    assert len(page.columns) == 2
    gutter = (page.columns[0][1] + page.columns[1][0]) / 2
    body = [b for b in page.blocks if b.role == Role.BODY]
    assert len(body) == 4
    assert all(b.box[2] < gutter or b.box[0] > gutter for b in body)
    assert _starting(page, "Trong 02 ngày, 14 - 15/12/2025").lang == Lang.VI
    assert _starting(page, "Over two days, December 14 - 15, 2025").lang == Lang.EN


def test_a_caption_overprinted_on_a_photo_is_read_apart_from_the_columns() -> None:
    page = _page("gutter-photo")
    assert _starting(page, "Toàn cảnh buổi tiếp.").role == Role.CAPTION
    # (the credit set in capitals on its own line runs on over the English caption's first
    # word: ``Ảnh: TRÍ DŨNG Overview``, ``text.credits.split_caption``)
    en = [b for b in page.blocks if "of the courtesy call. Photo: TRI DUNG" in b.text]
    assert len(en) == 1 and en[0].role == Role.CAPTION and en[0].lang == Lang.EN
    assert all(b.column == -1 for b in page.blocks if b.role in (Role.CAPTION, Role.CREDIT))


def test_text_right_under_a_photo_as_wide_as_the_columns_stays_in_its_columns() -> None:
    page = _page("wide-photo")
    vi = _starting(page, "Trong 02 ngày, 14 - 15/12/2025")
    en = _starting(page, "Over two days, December 14 - 15, 2025")
    assert (vi.role, vi.column, en.role, en.column) == (Role.BODY, 0, Role.BODY, 1)
    assert _starting(page, "Toàn cảnh buổi Hội kiến.").role == Role.CAPTION


def test_a_kicker_a_byline_and_a_bold_lead_are_told_from_the_title() -> None:
    page = _page("kicker")
    roles = {b.text[:12]: b.role for b in page.blocks}
    assert roles["DISCOVERY"] == Role.SECTION
    assert roles["MAI THU"] == Role.BYLINE
    assert roles["On December "] == Role.INTRO
    title = _starting(page, "LEADER OF THE PROVINCIAL")
    assert title.role == Role.TITLE and title.text.endswith("AMBASSADOR TO VIET NAM")


def _texts(artifact: RepairArtifact) -> list[tuple[str, str]]:
    return [(b.role, b.text) for p in split(artifact, Config()).pages for b in p.blocks]


def test_photos_the_text_does_not_wrap_around_leave_the_page_as_it_was() -> None:
    # photos filling a column beside another column's text, photos over their captions in a
    # digest, a leaflet's panels, a briefs page: read as without them
    from dataclasses import replace

    for name in ("digest", "trifold", "trifold-scanned", "briefs", "english-first"):
        artifact = RepairArtifact.load(DATA.parent / "layouts-split" / f"{name}.repair.json")
        assert any(p.images for p in artifact.pages)
        bare = replace(artifact, pages=tuple(replace(p, images=()) for p in artifact.pages))
        # the same blocks; small text right under a photo is its caption, which only the
        # photo tells (split.photo_captions: a note's role without it); the captions under a
        # row of photos side by side are read after the page's text, each photo's apart
        # (split.photo_rows): the other blocks keep their order
        with_photos, without = _texts(artifact), _texts(bare)
        captions = {t for r, t in with_photos if r == Role.CAPTION}
        assert sorted(t for _, t in with_photos) == sorted(t for _, t in without)
        assert [t for _, t in with_photos if t not in captions] == \
            [t for _, t in without if t not in captions]
        roles = {t: r for r, t in without}
        assert all(roles[t] == r or (r == Role.CAPTION and roles[t] in (Role.ASIDE, Role.BODY))
                   for r, t in with_photos)


def test_a_short_word_of_a_title_is_no_drop_cap() -> None:
    from dataclasses import replace

    from magpipe.artifacts.pages import Page, PageSource, Word
    from magpipe.split.dropcaps import drop_caps

    def word(text: str, x0: float, top: float, x1: float, size: float) -> Word:
        return Word(text=text, box=(x0, top, x1, top + size), size=size)

    title = [word("ĐẠI", 40, 70, 80, 30), word("SỨ", 86, 70, 116, 30),
             word("HOA", 122, 70, 170, 30), word("KỲ", 176, 70, 206, 30)]
    rubric = [word("Foreign", 214, 68, 250, 10), word("Affairs", 254, 68, 290, 10)]
    body = [word(f"chữ{k}", 40 + 40 * (k % 5), 120 + 12 * (k // 5), 76 + 40 * (k % 5), 10)
            for k in range(20)]
    page = Page(1, 595.0, 842.0, PageSource.TEXT_LAYER, "", tuple(title + rubric + body))
    assert drop_caps(page) == page
    # the same letters set alone, three lines tall, before the lines beside them: a drop cap
    cap = word("T", 40, 200, 60, 34)
    first = word("rong", 66, 200, 90, 10)
    glued = drop_caps(replace(page, words=(*page.words, cap, first)))
    assert [w.text for w in glued.words[-2:]] == ["", "Trong"]


def _line(top: float, size: float, text: str, left: float = 119.0, right: float = 460.0
          ) -> Line:
    return Line(words=(), box=(left, top, right, top + size), size=size, bold=False, text=text,
                base=top + size)


def test_a_caption_under_a_wrapped_photo_keeps_its_credit_set_larger_and_the_lines_after_it(
        ) -> None:
    # (seed 5400's feature-4: "Ảnh - TRÍ DŨNG" set at 9 pt between the 8.4 pt Vietnamese and
    # English captions cut the caption there, its English half then read with the columns)
    photo = (119.0, 340.0, 476.0, 543.0)
    text = [_line(50.0 + 12 * k, 9.3, "column text far from the photo", 40.0, 100.0)
            for k in range(5)]
    caption = [_line(550.0, 8.4, "Đồng chí Hoàng Quốc Khánh tặng quà"),
               _line(561.0, 9.0, "Ảnh - TRÍ DŨNG", right=182.0),
               _line(575.0, 8.4, "Mr. Hoang Quoc Khanh presents a gift"),
               _line(587.0, 8.4, "Photo: TRI DUNG", right=257.0)]
    assert _caption_only(caption, text, (photo,), 9.18) == caption
    # the wrapped text going on under the caption, at the page's size to the stack's end, is
    # no caption's
    going_on = [*caption, _line(600.0, 9.3, "the paragraph's last line."),
                _line(612.0, 9.3, "A new paragraph of the column")]
    assert _caption_only(going_on, text, (photo,), 9.18) == caption
