"""A title set in a display face OCR reads as garbage (issue 16): kept as the article's title,
not thrown out as junk nor opening an article of its own. The saved scanned page
``garbled-title`` (``tests/data/layouts-overhead/``, ``tools/overhead_test_data.py``) and the
saved imposed scans (``tests/data/layouts-imposed/``) split and aligned whole, and the rules on
made-up blocks (junk off a photo beside a title stays out)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.artifacts.records import ARTICLE
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.garbled_titles import garbled_first_lines, garbled_twin_titles
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-overhead"
IMPOSED = Path(__file__).parent / "data" / "layouts-imposed"
OCR_PAGE = PageFacts(width=595.0, height=842.0, body_size=7.0, body_cw=4.0, columns=2,
                     exact=False, repeated=frozenset(), body_pitch=12.0)
GARBLED = "LREYCH .1WB-SS1DOR TÔ VIET V.LM EISITS LVD IORKS LÝ LAYG SOX PROYTXYCL"


def fact(text: str, box: Box, size: float = 11.0, conf: float = 95.0) -> Facts:
    return Facts(text=text, box=box, size=size, cw=6.0, bold=False, lines=1, column=-1,
                 column_box=(0.0, 595.0), conf=conf, line_texts=(text,))


def test_a_garbled_english_title_under_the_vietnamese_title_is_the_articles_title() -> None:
    """The English title OCR read as ``LREYCH .1WB-SS1DOR ...`` (confidence 32) right under the
    Vietnamese title: a title, and the one article carries both titles."""
    result = split(RepairArtifact.load(DATA / "garbled-title.repair.json"), Config())
    blocks = [b for p in result.pages for b in p.blocks]
    garbled = [b for b in blocks if b.text.startswith("LREYCH")]
    assert len(garbled) == 1 and garbled[0].role == Role.TITLE
    articles = [a for a in align(result, Config()).articles if a.kind == ARTICLE]
    assert len(articles) == 1
    assert articles[0].title.en is not None and articles[0].title.en.startswith("LREYCH")
    assert articles[0].title.vi is not None and "CỘNG HOÀ PHÁP" in articles[0].title.vi


def test_junk_kept_out_unless_it_is_set_as_a_title_beside_one() -> None:
    """Beside a title: a mixed-case run of junk read off a photo, a line set at the body's
    size, a line of a few specks stay out; a line in capitals at a title's size far from any
    title stays out too; the garbled capitals right under the title become a title."""
    title = fact("ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM THĂM VÀ LÀM VIỆC", (40, 100, 540, 117),
                 size=17.0)
    cases = [
        (fact(GARBLED, (40, 125, 500, 136), conf=32.0), Role.TITLE),
        (fact("CẢI lo ổ lld0.GANh va 2à” VẾ 40006 72V.", (40, 125, 500, 136), conf=20.0),
         Role.OTHER),
        (fact(GARBLED, (40, 125, 500, 132), size=7.0, conf=32.0), Role.OTHER),
        (fact("TA SU — 4> 0-4)", (40, 125, 500, 136), conf=20.0), Role.OTHER),
        (fact(GARBLED, (40, 600, 500, 611), conf=32.0), Role.OTHER),
    ]
    for junk, want in cases:
        roles = garbled_twin_titles([Role.TITLE, Role.OTHER], [title, junk], OCR_PAGE)
        assert roles[1] == want, junk.text


def test_a_titles_first_lines_read_badly_in_a_narrow_column_stay_the_titles() -> None:
    """``imposed-1-scanned``: the English title's first three lines in a narrow column, read
    as ``CHAIRMAN OF THE PEOPLES`` (body), ``0VFRNMFNT OF TH GUANGXT`` (body) and ``ZHUANG
    AUTONOMOUS REGION`` (junk, confidence 39) over ``(CHINA) MEETS WITH THE``: the title's, so
    no English article of their own opens and the article is paired with its whole title;
    the other article's first line (``TE(HMICAL TRAEFIC OPENING OF``) is no rubric."""
    pages = RepairArtifact.load(IMPOSED / "nameplate-scan.repair.json")
    truth = json.loads((IMPOSED / "nameplate-scan.truth.json").read_text(encoding="utf-8"))
    aligned = align(split(pages, Config()), Config())
    articles = [a for a in aligned.articles if a.kind == ARTICLE]
    assert len(articles) == 2 and all(a.title.vi and a.title.en for a in articles)
    assert articles[0].title.en is not None and articles[0].title.en.startswith("CHAIRMAN ")
    assert articles[1].title.en is not None and articles[1].title.en.startswith("TE(HMICAL")
    assert score(aligned, truth, fuzzy=True).paired_right >= 1


def test_a_line_over_a_title_is_its_first_only_when_set_like_it_and_as_wide() -> None:
    """Right over a title line at its leading: a line of garbled capitals as wide, set at its
    size, is its first line; a short rubric, a line set at the body's size, or a line a
    column away stays what it was."""
    title = fact("(CHINA) MEETS WITH THE", (601, 241, 722, 255), size=11.2)
    cases = [
        (fact("ZHUANG AUTONOMOUS REGION", (600, 216, 755, 234), size=11.8, conf=38.8),
         Role.OTHER, Role.TITLE),
        (fact("TE(HMICAL TRAEFIC OPENING OF", (600, 216, 740, 234), size=11.0),
         Role.SECTION, Role.TITLE),
        (fact("TIN TỨC", (601, 216, 650, 234), size=11.0), Role.SECTION, Role.SECTION),
        (fact("ZHUANG AUTONOMOUS REGION", (600, 226, 755, 234), size=7.0), Role.BODY,
         Role.BODY),
        (fact("ZHUANG AUTONOMOUS REGION", (300, 216, 455, 234), size=11.8), Role.BODY,
         Role.BODY),
    ]
    for line, was, want in cases:
        roles = garbled_first_lines([was, Role.TITLE], [line, title], OCR_PAGE)
        assert roles[0] == want, line.text


def test_a_piece_of_a_row_of_junk_over_a_title_stays_junk() -> None:
    """A heavy rule over a title read with the marks of its capitals (``overlay-1-scanned``):
    a row of junk across the page, broken into pieces; the piece in capitals that looks like
    a garbled title line (``(LSI Kế VỌNG AUÀA``) has junk beside it in its row and stays out;
    alone (no junk level with it, or junk far off) it is still read as a garbled title."""
    title = fact("ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM THĂM VÀ LÀM VIỆC", (39, 59, 517, 76),
                 size=17.0)
    piece = fact("(LSI KẾ VỌNG AUÀA", (311, 40, 383, 56), size=15.0, conf=4.0)
    left = fact("Cục", (289, 40, 303, 54), size=15.0, conf=0.0)
    right = fact("k4 lv", (389, 41, 413, 56), size=15.0, conf=8.0)
    far = fact("k4 lv", (450, 41, 470, 56), size=15.0, conf=8.0)
    roles = garbled_twin_titles([Role.TITLE, Role.OTHER, Role.OTHER, Role.OTHER],
                                [title, left, piece, right], OCR_PAGE)
    assert roles[2] == Role.OTHER
    roles = garbled_twin_titles([Role.TITLE, Role.OTHER], [title, piece], OCR_PAGE)
    assert roles[1] == Role.TITLE
    roles = garbled_twin_titles([Role.TITLE, Role.OTHER, Role.OTHER], [title, piece, far],
                                OCR_PAGE)
    assert roles[1] == Role.TITLE
