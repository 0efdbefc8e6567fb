"""The split stage on the first page of a ``wrapround`` article: each language down its half of
the page, a tall photo in each half, the text running across the half above the photo, in a
narrow measure beside it and its captions, and across the half again under them. Inputs:
single pages saved by ``tools/wrapround_test_data.py`` in ``tests/data/layouts-wrapround/``."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts.layout import Block, Lang, PageLayout, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-wrapround"


def _page(name: str) -> PageLayout:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return split(artifact, Config()).pages[0]


def _starting(page: PageLayout, text: str) -> Block:
    found = [b for b in page.blocks if b.text.startswith(text)]
    assert len(found) == 1, [b.text[:40] for b in page.blocks]
    return found[0]


def test_text_ending_beside_its_photo_is_read_apart_from_the_photos_caption() -> None:
    page = _page("ends-beside")
    # the narrow lines beside the photo share their rows with its caption, 8 pt away: each
    # is read on its own side of the photo's edge
    body = _starting(page, "Đồng chí Hoàng Quốc Khánh")
    assert (body.role, body.lang) == (Role.BODY, Lang.VI)
    assert body.text.endswith("với tỉnh Lạng Sơn nói riêng.")
    assert "Daejin" not in body.text
    caption = _starting(page, "Tổ chức Daejin International Volunteers Association")
    assert (caption.role, caption.lang) == (Role.CAPTION, Lang.VI)
    assert "Hoàng Quốc Khánh" not in caption.text
    english = _starting(page, "Daejin International Volunteers Association")
    assert (english.role, english.lang) == (Role.CAPTION, Lang.EN)
    assert english.text.endswith("Photo by MAI THU")
    assert _starting(page, "VŨ GIANG").role == Role.BYLINE


def test_a_paragraph_runs_on_where_the_measure_narrows_beside_a_photo() -> None:
    page = _page("ends-beside")
    # the last line across the half ends mid-sentence; the narrow measure beside the photo
    # starts a wrap's offset lower, level with the photo's top
    vi = _starting(page, "Tham dự buổi tiếp có đồng chí Đoàn Thị Hậu")
    assert vi.text.endswith("Bộ Ngoại giao và Thủ trưởng một số sở, ban, ngành của tỉnh.")
    en = _starting(page, "Attending the meeting were Ms. Doan Thi Hau")
    assert en.text.endswith("and leaders of several provincial departments and agencies.")


def test_each_half_is_one_column_whatever_its_measure() -> None:
    page = _page("ends-beside")
    # the English text under the photos' captions runs on across its half: one column with
    # the narrow lines beside the photo, body text, not a lead spanning columns
    assert len(page.columns) == 2
    en = _starting(page, "Mr. Hoang Quoc Khanh, Secretary of the Provincial Party Committee")
    assert (en.role, en.lang) == (Role.BODY, Lang.EN)
    assert en.text.endswith("with Lang Son province in particular.")
    assert not any(b.role == Role.INTRO for b in page.blocks)


def test_an_intro_set_larger_beside_its_photo_keeps_its_last_word_under_the_caption() -> None:
    page = _page("ragged-intro")
    # flush-left ragged lines beside the photo, the intro's last word alone on a line a
    # wrap's offset under the caption, then the body across the half
    assert len(page.columns) == 2
    intro = _starting(page, "On December 15, 2025, a delegation of the Embassy")
    assert (intro.role, intro.lang) == (Role.INTRO, Lang.EN)
    assert intro.text.endswith("leaders of several provincial departments and agencies.")
    body = _starting(page, "Ms. Tran Thanh Nhan, Vice Chairwoman")
    assert (body.role, body.column) == (Role.BODY, intro.column)
    vi = _starting(page, "Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh")
    assert vi.text.endswith("giao lưu giữa Lạng Sơn với các đối tác Pháp.")



def test_a_paragraph_runs_on_where_the_measure_widens_again_under_the_captions() -> None:
    page = _page("runs-on-under")
    # the narrow lines end a wrap's offset over the first line across the half: one
    # paragraph, though the region cut parts the two measures at that white
    vi = _starting(page, "Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị")
    assert "được khởi công, khánh thành, thông xe kỹ thuật" in vi.text
    assert vi.text.endswith("(19/12/1946 - 19/12/2025).")
    en = _starting(page, "Attending the ceremony were Mr. Le Hoai Trung")
    assert en.text.endswith("investors, and participating enterprises.")
    assert not any(b.text.startswith(("thông xe kỹ thuật", "communes and wards"))
                   for b in page.blocks)
    # (the English half is one column: its text across the half is no lead over columns)
    assert not any(b.role == Role.INTRO for b in page.blocks)


def test_on_a_scan_text_runs_on_into_and_out_of_the_measure_beside_a_photo() -> None:
    page = _page("scan-runs-on-beside")
    # OCR words: the intro's two lines across the half stand the wrap's offset (8 pt, read
    # 7-8 pt off the photo's box on the image) above the narrow measure beside the photo,
    # and a paragraph beside the captions runs on across the half under them
    intro = _starting(page, "Từ ngày 14-19/12/2025")
    assert intro.lang == Lang.VI
    assert intro.text.endswith("Tỉnh uỷ cùng Lãnh đạo một số sở, ngành.")
    run_on = _starting(page, "Trong 02 ngày")
    assert "minh của phía Trung Quốc" in run_on.text
    assert run_on.text.endswith("Tổng Lãnh sự quán Việt Nam tại Nam Ninh.")


def test_a_scan_whose_photos_stand_under_the_titles_reads_each_half_as_one_column() -> None:
    page = _page("scan-under-titles")
    # no line runs across the half above the photos, and the Vietnamese column ends its
    # paragraph beside the caption: the text going on across each half under the captions
    # is the column's body text, not a note spanning caption columns
    assert len(page.columns) == 2
    for opening, lang in (("Chương trình làm việc tại tỉnh", Lang.VI),
                          ("Trước đó, bà Marcelle", Lang.VI),
                          ("Before the meeting, Ms. Marcelle", Lang.EN)):
        block = _starting(page, opening)
        assert (block.role, block.lang) == (Role.BODY, lang)
    caption = _starting(page, "Leaders of both sides jointly declare")
    assert (caption.role, caption.lang) == (Role.CAPTION, Lang.EN)
