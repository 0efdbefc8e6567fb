"""A notice of no article set in a frame, every line centred (``split.centred_notices``): the
death notice of the ``obituary`` layout family, its heading set in the articles' title
style, is kept out of the articles on text-layer pages (by its frame) and on scans (by its
setting alone), pages saved by ``tools/obituary_test_data.py`` into
``tests/data/layouts-obituary/``; an article set in a box, a centred article head and a full
width box of centred lines stay as they were."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.centred_notices import REASON, TEXT_REASON, centred_notices
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-obituary"


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    """The saved page ``name`` and its truth (``tools/obituary_test_data.py``)."""
    return (RepairArtifact.load(DATA / f"{name}.repair.json"),
            json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["stacked", "abreast", "scanned-stacked", "scanned-abreast"])
def test_a_framed_death_notice_is_kept_out_of_the_articles(name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 500                   # the notice's lines in both languages
    assert s.out_correct / s.out_chars > 0.97
    if s.in_chars:
        assert s.in_correct / s.in_chars > 0.99    # the articles around it keep their text
    asides = " ".join(b.text for p in result.pages for b in p.blocks if b.role == Role.ASIDE)
    assert "BUỒN" in asides                    # its heading, set like an article's title
    assert "OBITUARY" in asides or "0BITUARY" in asides


NOTICE_WORDS = ("TIN BUỒN", "OBITUARY", "thương tiếc báo tin", "deeply regrets", "xin kính báo")


@pytest.mark.parametrize("name", ["stacked", "abreast"])
def test_no_line_of_the_notice_is_read_into_an_article(name: str) -> None:
    artifact, _ = _saved(name)
    aligned = align(split(artifact, Config()), Config())
    read = " ".join(f"{a.title.vi} {a.title.en} " + " ".join(f"{p.vi} {p.en}"
                                                             for p in a.paragraphs)
                    for a in aligned.articles)
    assert aligned.articles
    assert not [w for w in NOTICE_WORDS if w in read]


BODY = 9.0


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1,
           size: float = BODY) -> Facts:
    return Facts(text=text, box=box, size=size, cw=0.5 * BODY, bold=False, lines=lines,
                 column=-1, column_box=(40.0, 560.0))


def _page(exact: bool) -> PageFacts:
    return PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                     exact=exact, repeated=frozenset())


AXIS = 300.0


def _centred(width: float) -> tuple[float, float]:
    return (AXIS - width / 2, AXIS + width / 2)


def _block(text: str, top: float, widths: list[float], size: float = BODY):
    """A block of centred lines of these widths, with its lines' spans."""
    spans = tuple(_centred(w) for w in widths)
    box = (min(a for a, _ in spans), top, max(b for _, b in spans), top + 12.0 * len(widths))
    return _facts(text, box, len(widths), size), spans


NOTICE = [_block("TIN BUỒN", 110.0, [80.0], 2 * BODY),
          _block("Ban Chấp hành Hội vô cùng thương tiếc báo tin:", 135.0, [200.0]),
          _block("Ông LỘC VĂN SẰN", 150.0, [90.0]),
          _block("Sinh năm 1940 tại Tràng Định. Đã từ trần hồi 9 giờ ngày 5 tháng 3 năm 2025, "
                 "hưởng thọ 85 tuổi.", 165.0, [300.0, 220.0]),
          _block("Lễ viếng được tổ chức từ 7 giờ ngày 8/3/2025 tại Nhà tang lễ tỉnh.", 195.0,
                 [300.0, 160.0]),
          _block("Ban Chấp hành Hội xin kính báo.", 225.0, [150.0])]
ROLES = [Role.TITLE, Role.BODY, Role.BYLINE, Role.INTRO, Role.BODY, Role.SECTION]
FRAME = (130.0, 100.0, 470.0, 245.0)


def _run(blocks, roles, page, drawn=()):
    facts, spans = [f for f, _ in blocks], [s for _, s in blocks]
    return centred_notices(list(roles), ["look"] * len(roles), facts, page, drawn, spans)


def test_a_frame_narrower_than_the_text_round_centred_lines_holds_a_notice() -> None:
    roles, why = _run(NOTICE, ROLES, _page(True), (FRAME,))
    assert roles == [Role.ASIDE] * len(NOTICE)
    assert why == [REASON] * len(NOTICE)


def test_on_a_text_layer_centred_lines_without_a_frame_stay_as_they_were() -> None:
    # (a text layer draws its boxes: centred lines in no frame are an article's)
    assert _run(NOTICE, ROLES, _page(True))[0] == ROLES


def test_a_scanned_run_of_centred_lines_and_centred_running_text_is_a_notice() -> None:
    roles, why = _run(NOTICE, ROLES, _page(False))
    assert roles == [Role.ASIDE] * len(NOTICE)
    assert why == [TEXT_REASON] * len(NOTICE)


def test_an_article_set_in_a_narrow_box_keeps_its_title_and_text() -> None:
    # its title flush left over a justified paragraph (the last line flush left too)
    title = (_facts("TIN VẮN", (140.0, 110.0, 220.0, 128.0), 1, 2 * BODY), ((140.0, 220.0),))
    text = (_facts("Chiều ngày 11/11/2025, tại trụ sở UBND tỉnh ...", (140.0, 135.0, 460.0,
                                                                           171.0), 3),
            ((140.0, 460.0), (140.0, 460.0), (140.0, 300.0)))
    roles, _ = _run([title, text], [Role.TITLE, Role.BODY], _page(True), (FRAME,))
    assert roles == [Role.TITLE, Role.BODY]


def test_a_frame_as_wide_as_the_text_is_no_notice() -> None:
    wide = (40.0, 100.0, 560.0, 245.0)
    text = (_facts("Chiều ngày 11/11/2025 ...", (40.0, 260.0, 290.0, 296.0), 3),
            ((40.0, 290.0), (40.0, 290.0), (40.0, 200.0)))
    roles, _ = _run(NOTICE + [text], ROLES + [Role.BODY], _page(True), (wide,))
    assert roles == ROLES + [Role.BODY]


def test_a_centred_article_head_on_a_scan_is_no_notice() -> None:
    # a title set large over a centred byline and a centred intro: no centred running text
    head = [_block("TỔNG KẾT HOẠT ĐỘNG ĐỐI NGOẠI CỦA TỈNH", 110.0, [300.0, 180.0], 2 * BODY),
            _block("A Review of the Province's External Affairs", 150.0, [240.0], 1.5 * BODY),
            _block("Sở Ngoại vụ tỉnh Lạng Sơn", 175.0, [120.0]),
            _block("Lang Son Department of Foreign Affairs", 190.0, [180.0])]
    roles = [Role.TITLE, Role.TITLE, Role.BYLINE, Role.BYLINE]
    assert _run(head, roles, _page(False))[0] == roles


def test_a_centred_head_and_intros_over_an_articles_text_on_a_scan_are_no_notice() -> None:
    # a bilingual head set centred, each language's intro centred, the text right under it
    head = [_block("LỄ THÔNG TUYẾN CAO TỐC", 110.0, [200.0], 2 * BODY),
            _block("EXPRESSWAY OPENING", 135.0, [180.0], 2 * BODY),
            _block("Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng đã thông tuyến kỹ thuật.", 160.0,
                   [300.0, 200.0]),
            _block("The Huu Nghi - Chi Lang expressway has opened to traffic.", 190.0,
                   [300.0, 120.0])]
    text = (_facts("Sáng ngày 15/10/2025, tại xã Chi Lăng ...", (150.0, 220.0, 450.0, 256.0), 3),
            ((150.0, 450.0), (150.0, 450.0), (150.0, 320.0)))
    roles = [Role.TITLE, Role.TITLE, Role.INTRO, Role.INTRO, Role.BODY]
    assert _run(head + [text], roles, _page(False))[0] == roles
    # the same run with no text under it reads as a notice
    assert _run(head, roles[:4], _page(False))[0] == [Role.ASIDE] * 4


def test_a_framed_intro_under_its_title_is_left_to_drawn_boxes() -> None:
    # no title nor rubric in the frame: drawn_boxes decides it (an article's boxed intro)
    roles = [Role.INTRO] * 3 + [Role.BODY] * 3
    assert _run(NOTICE, roles, _page(True), (FRAME,))[0] == roles


def test_a_framed_notice_on_a_page_of_its_own_is_measured_against_the_page() -> None:
    # the page's only text is the notice's: its columns are the notice's own, narrower than
    # the frame round them
    alone = [(replace(f, column_box=(f.box[0], f.box[2]) if f.lines > 1 else (150.0, 450.0)),
              spans) for f, spans in NOTICE]
    roles, _ = _run(alone, ROLES, _page(True), (FRAME,))
    assert roles == [Role.ASIDE] * len(NOTICE)


def _moved(block, dx: float):
    """The block set ``dx`` points to the right."""
    f, spans = block
    box = (f.box[0] + dx, f.box[1], f.box[2] + dx, f.box[3])
    return replace(f, box=box), tuple((a + dx, b + dx) for a, b in spans)


def _halves(head_width: float, head_spans=None):
    """A heading over both halves of a box, the Vietnamese half's lines centred on x 215, the
    English half's on x 385 (narrowed copies of the notice's lines)."""
    half = [_block(f.text, f.box[1] + 5.0, [min(b - a, 150.0) for a, b in spans])
            for f, spans in NOTICE[1:]]
    head = _block("TIN BUỒN - OBITUARY", 110.0, [head_width], 2 * BODY)
    if head_spans is not None:
        head = (replace(head[0], box=(head_spans[0], 110.0, head_spans[1], 128.0)),
                (head_spans,))
    return [head] + [_moved(b, -85.0) for b in half] + [_moved(b, 85.0) for b in half]


def test_a_notice_whose_heading_stands_across_its_two_halves_is_a_notice() -> None:
    blocks = _halves(200.0)
    roles = [Role.TITLE] + [Role.BODY] * (len(blocks) - 1)
    assert _run(blocks, roles, _page(True), (FRAME,))[0] == [Role.ASIDE] * len(blocks)


def test_a_heading_across_two_halves_set_flush_left_is_no_notice() -> None:
    blocks = _halves(0.0, (140.0, 340.0))
    roles = [Role.TITLE] + [Role.BODY] * (len(blocks) - 1)
    assert _run(blocks, roles, _page(True), (FRAME,))[0] == roles
