"""A handout printed two up (the ``twoup`` layout family): small landscape pages one over the
other on each portrait sheet, each cut out and read as a page of its own
(``split.two_up``). Split and align of saved files (``tests/data/layouts-twoup/``, made by
``tools/twoup_test_data.py``), and sheets derived from them that must stay whole."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.two_up import two_up

DATA = Path(__file__).parent / "data" / "layouts-twoup"


def _load(name: str) -> tuple[RepairArtifact, dict, SplitArtifact]:
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, truth, split(pages, Config())


@pytest.fixture(scope="module")
def handout():
    return _load("handout")


@pytest.fixture(scope="module")
def scan():
    return _load("handout-scan")


def _halves(result: SplitArtifact) -> list[tuple[int, str]]:
    """Each page layout's sheet and the half of it its blocks lie in (``both`` if they
    straddle the middle)."""
    out = []
    for layout in result.pages:
        mid = layout.height / 2
        where = {"upper" if b.box[3] <= mid else "lower" if b.box[1] >= mid else "both"
                 for b in layout.blocks}
        out.append((layout.number, "/".join(sorted(where))))
    return out


def test_each_sheet_is_read_as_its_upper_page_then_its_lower_page(handout) -> None:
    # three sheets: pages 1 over 2, 3 over 4, 5 over an empty half
    _, _, result = handout
    assert _halves(result) == [(1, "upper"), (1, "lower"), (2, "upper"), (2, "lower"),
                               (3, "upper"), (3, "")]
    ids = [b.id for b in result.blocks()]
    assert len(set(ids)) == len(ids)
    assert all(b.id.startswith(f"p{b.page}-") for b in result.blocks())


def test_each_small_page_number_is_a_page_number(handout) -> None:
    # five numbers centred at the small pages' feet: two of them in the sheets' middle, and
    # page 5's over the last sheet's empty lower half
    pages, truth, result = handout
    owner = {(b.page, i): b for b in result.blocks() for i in b.words}
    numbers = [(sheet["number"], block) for sheet in truth["pages"]
               for block in sheet["blocks"] if block["role"] == "page-number"]
    assert len(numbers) == 5
    for number, block in numbers:
        page = pages.pages[number - 1]
        words = [i for i, w in enumerate(page.words) if w.text == block["text"]
                 and abs(w.box[1] - block["box"][1]) < 3]
        assert words, block
        assert owner[(number, words[0])].role == Role.PAGE_NUMBER, block


def test_text_goes_on_from_the_upper_page_to_the_lower_one(handout) -> None:
    # the first article's English intro starts at the upper page's foot and goes on at the
    # lower page's head; read as one page, the sheet's columns ran down through both pages
    _, truth, result = handout
    aligned = align(result, Config())
    want = truth["articles"][0]
    got = next(a for a in aligned.articles if a.title.vi == want["title"]["vi"])
    assert (got.intro.vi, got.intro.en) == (want["intro"]["vi"], want["intro"]["en"])
    scored = align_score(aligned, truth, fuzzy=True)
    assert scored.paired_right == scored.articles == 3
    assert scored.links_right >= scored.links_truth - 1


def test_scanned_sheet_with_a_cutting_line_is_cut(scan) -> None:
    # the dashed line between the halves (OCR reads none of it) and the rule bars OCR reads
    # as junk lines do not keep the sheet whole; each page is under its own running heads
    _, truth, result = scan
    assert _halves(result) == [(1, "upper"), (1, "lower"), (2, "upper"), (2, "")]
    lower = result.pages[1].blocks
    assert any(b.text == "CONFERENCE PAPERS" and b.role == Role.HEADER for b in lower)
    scored = align_score(align(result, Config()), truth, fuzzy=True)
    assert scored.paired_right == scored.articles == 2


def test_scanned_running_heads_over_a_rule_read_as_junk_are_kept_out(scan) -> None:
    # OCR reads the rule under each small page's running heads as a row of junk close under
    # them, and ``TÀI LIỆU HỘI NGHỊ`` in marked capitals taller than the body: the heads, and
    # the conference's name band under them on page 1, are kept out all the same
    pages, truth, result = scan
    scored = split_score(result, pages.pages, truth)
    assert scored.out_chars > 0 and scored.out_correct == scored.out_chars
    heads = [b for b in result.blocks() if b.text == "TÀI LIỆU HỘI NGHỊ"]
    assert len(heads) == 3 and all(b.role == Role.HEADER for b in heads)
    name = next(b for b in result.blocks() if b.text.startswith("HỘI NGHỊ XÚC TIẾN"))
    assert name.role == Role.HEADER


def test_scanned_english_column_top_beside_a_vietnamese_byline_is_one_paragraph(scan) -> None:
    # on the last small page the English column's first rows, justified and read a word a
    # piece (``agricultural   processing   and``), stand level with the Vietnamese byline
    # ``KHỔNG NGHĨA`` set left of them: the band is cut where the language changes, between
    # the byline and the English, not at the strip their word spaces line up into (English
    # on both sides), so the byline stays one and the paragraph's lines stay together
    _, truth, result = scan
    last = result.pages[-2].blocks
    para = next(b for b in last if b.text.startswith("agricultural"))
    assert para.text.endswith("in the time ahead.") and para.lang == Lang.EN
    assert any(b.text == "KHỔNG NGHĨA" and b.role == Role.BYLINE for b in last)
    scored = align_score(align(result, Config()), truth, fuzzy=True)
    assert scored.links_right == scored.links_output == scored.links_truth


def test_scanned_name_band_whose_rule_ocr_read_as_junk_is_a_running_head() -> None:
    # no running heads; the rule under the name band read as junk across the page widens the
    # band's column to the page's right edge, so the name lies in a column of its own: it
    # still stands over the middle of the text, over both papers' titles
    pages, truth, result = _load("handout-scan-plain")
    band = [b for b in result.pages[0].blocks if b.role != Role.OTHER and b.box[3] < 105.0]
    assert [b.text[:14] for b in band] == ["HỘI NGHỊ XÚC T", "Viet Nam - Chi", "Lạng Sơn, ngày",
                                           "Lang Son, 18-1"]
    assert all(b.role == Role.HEADER for b in band)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars


def test_sheet_with_one_page_number_at_its_foot_stays_whole(handout) -> None:
    # the first sheet without the upper page's number: one number at the sheet's foot is a
    # page's, and the sheet one page whose text pauses at its middle
    pages, _, _ = handout
    sheet = pages.pages[0]
    mid = sheet.height / 2
    words = tuple(w for w in sheet.words if not (w.text == "1" and w.box[3] < mid))
    assert len(words) == len(sheet.words) - 1
    assert two_up(replace(pages, pages=(replace(sheet, words=words),))).cuts == ()
    assert two_up(replace(pages, pages=(sheet,))).cuts != ()


def test_page_whose_lower_text_starts_off_the_sheets_rhythm_stays_whole(handout) -> None:
    # the first sheet with its lower half's text raised four body sizes (a second article
    # set after a wide space, not a page of its own at the sheet's top margin)
    pages, _, _ = handout
    sheet = pages.pages[0]
    mid = sheet.height / 2
    shift = 4 * 8.1
    words = tuple(replace(w, box=(w.box[0], w.box[1] - shift, w.box[2], w.box[3] - shift))
                  if w.box[1] >= mid else w for w in sheet.words)
    assert two_up(replace(pages, pages=(replace(sheet, words=words),))).cuts == ()


def test_conference_name_over_the_papers_titles_is_a_running_head(handout) -> None:
    # the handout's first page opens under the conference's name, set smaller than the
    # papers' titles, its English twin and the place and date lines (one block) centred under
    # it; the first paper's title under the band stands over the left-hand column
    _, _, result = handout
    band = [b for b in result.pages[0].blocks if b.box[3] < 110.0]
    assert band[0].text.startswith("HỘI NGHỊ XÚC TIẾN")
    assert band[-1].text.endswith("Papers for delegates")
    assert band[0].role == Role.HEADER
    assert all(b.role in FURNITURE_ROLES for b in band)
    assert {b.lang for b in band if b.text.startswith(("Viet Nam", "Lang Son"))} == {Lang.EN}
    assert next(b for b in result.pages[0].blocks if b.role == Role.TITLE).text.startswith(
        "CHỦ TỊCH")


def test_each_half_keeps_the_shapes_drawn_on_it_and_none_across_the_middle(handout) -> None:
    """A frame on the lower page is moved with its words; a cutting line across the middle
    belongs to neither page."""
    from magpipe.artifacts.pages import Drawing, DrawingKind
    pages, _, _ = handout
    sheet = pages.pages[0]
    mid = sheet.height / 2
    frame = Drawing(DrawingKind.FRAME, (40.0, mid + 30.0, 200.0, mid + 90.0), 0.0)
    cut = Drawing(DrawingKind.RULE, (20.0, mid - 0.3, sheet.width - 20.0, mid + 0.3), 0.0)
    drawn = replace(pages, pages=(replace(sheet, drawings=(frame, cut)), *pages.pages[1:]))
    upper, lower = two_up(drawn).pages.pages[:2]
    assert upper.drawings == ()
    assert lower.drawings == (replace(frame, box=(40.0, 30.0, 200.0, 90.0)),)


def test_role_model_trains_on_the_half_pages_split_reads_each_placed_back_on_its_sheet(handout):
    """The role model is trained on ``role_inputs``: it must see a two-up sheet's halves as the
    pages split decides on (landscape, their own running heads and feet), not the whole
    sheet, and say where each lies so that the file's truth (of sheets) can label its words."""
    from magpipe.split import role_inputs
    pages, _, _ = handout
    sheets = {p.number: p for p in pages.pages}
    given = role_inputs(pages)
    assert len(given) == 2 * len(sheets)
    assert sorted((g.sheet, g.top) for g in given) == sorted(
        (n, top) for n, p in sheets.items() for top in (0.0, p.height / 2))
    for g in given:
        assert g.page.width > g.page.height            # a landscape half, not the sheet
        on_sheet = {(w.text, w.box) for w in sheets[g.sheet].words}
        moved = {(w.text, (w.box[0], w.box[1] + g.top, w.box[2], w.box[3] + g.top))
                 for w in g.page.words}
        assert moved <= on_sheet
    assert all(g.page.words for g in given[:-1])       # (the last sheet's lower half may be empty)
