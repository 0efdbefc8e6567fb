"""What OCR makes of a page turn (issue 16): a second page holding only a paragraph's last
lines is too short to measure its own line pitch (``split.doc_pitch``), and the rest of a
paragraph carried over a column, shaped ``x: a, b, c``, is no keywords line
(``align.heads.reread_role``). The rules on made-up lines, and a saved scanned document
(``tests/data/layouts-scan-turns/``, ``tools/scan_turns_test_data.py``) split and aligned
whole; a page in two language halves with stacked stories titled across both, read band by
band (``split.fold_bands``); a justified paragraph's short last line measured in letters on
OCR (``split.ocr_short``)."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.align.drafts import ArticlePiece, Draft, source_of
from magpipe.align.heads import reread_role
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.doc_pitch import fallback_pitch, pitch_ratio, unmeasured_pitch
from magpipe.split.fold_bands import band_cuts, banded
from magpipe.split.layout import Para, paragraphs
from magpipe.split.ocr_short import short_close
from magpipe.split.pieces import Line, make_line

DATA = Path(__file__).parent / "data" / "layouts-scan-turns"


def _line(text: str, top: float, height: float = 7.0) -> tuple[Line, tuple[Word, ...]]:
    words, x = [], 40.0
    for t in text.split():
        words.append(Word(text=t, box=(x, top, x + 4.0 * len(t), top + height), size=height,
                          conf=95.0, line=0))
        x += 4.0 * len(t) + 3.0
    return make_line(tuple(words), list(range(len(words)))), tuple(words)


def _page(lines: int, pitch: float, height: float = 7.0) -> tuple[Word, ...]:
    """Words of a column of ``lines`` lines of mixed-case text ``pitch`` apart."""
    return tuple(w for k in range(lines)
                 for w in _line("the delegation of the Embassy visited the town", 50 + k * pitch,
                                height)[1])


def test_a_page_too_short_to_measure_takes_the_documents_pitch_for_its_size() -> None:
    """A full page at a pitch of 12 over ink 7 high gives the ratio; a page of two lines,
    whose own guess would be 1.25 x its ink height, takes that ratio times its own height."""
    ratio = pitch_ratio([_page(20, 12.0), _page(2, 12.0)])
    assert ratio is not None and abs(ratio - 12.0 / 7.0) < 0.05
    short = fallback_pitch(_page(2, 12.0), ratio)
    assert short is not None and abs(short - 12.0) < 0.5


def test_no_page_measured_leaves_the_guess() -> None:
    assert pitch_ratio([_page(2, 12.0), ()]) is None
    assert fallback_pitch(_page(2, 12.0), None) is None


def test_mixed_case_lines_on_a_short_page_take_the_documents_proportion_capitals_do_not() -> None:
    """On an OCR page that took the document's pitch, two lines of text are set at the body's
    leading for their size (other pages pass 0: the guess); a letterhead's
    lines in capitals keep ``1.25`` x their height, which parts them; a text layer keeps it."""
    text = [_line("province, the delegation of the French", 50)[0],
            _line("Republic in Viet Nam visited the Bishop's", 62)[0]]
    caps = [_line("UBND TỈNH LẠNG SƠN", 50)[0], _line("SỞ NGOẠI VỤ", 66)[0]]
    assert abs(unmeasured_pitch(text, False, 12.0, 7.0) - 12.0) < 0.01
    assert abs(unmeasured_pitch(text, False, 0.0, 7.0) - 1.25 * 7.0) < 0.01   # own pitch
    assert abs(unmeasured_pitch(caps, False, 12.0, 7.0) - 1.25 * 7.0) < 0.01
    assert abs(unmeasured_pitch(text, True, 12.0, 7.0) - 1.25 * 7.0) < 0.01


def _saved() -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / "page-turn-tail.repair.json")
    return artifact, json.loads((DATA / "page-turn-tail.truth.json").read_text(encoding="utf-8"))


def test_a_page_turn_tail_of_two_lines_a_column_is_one_block_a_column() -> None:
    artifact, _ = _saved()
    tail = split(artifact, Config()).pages[1]
    body = [b for b in tail.blocks if b.role == Role.BODY]
    assert len(body) == 2
    assert body[0].text.startswith("province,") and "Bishop's House" in body[0].text


def test_a_paragraph_carried_over_the_turn_stays_in_its_article() -> None:
    """The English paragraph's rest in the next column (``as climate change: adaptation,
    ...``) goes on from it, and the text over the page turn joins the article: both links."""
    artifact, truth = _saved()
    aligned = align(split(artifact, Config()), Config())
    s = score(aligned, truth, fuzzy=True)
    assert s.paired_right == s.articles == 1
    assert s.links_right == s.links_output == s.links_truth == 2


def test_a_continued_block_shaped_like_keywords_reads_as_text() -> None:
    """A block split says carries on the paragraph before it, across a column, is its text
    even when shaped like ``Label: term, term``."""
    first = Block(id="p1-b1", page=1, box=(40, 600, 270, 700), text="Speaking at the meeting "
                  "he stressed such areas", lang=Lang.EN, role=Role.BODY, column=0)
    rest = Block(id="p1-b2", page=1, box=(290, 600, 520, 650), text="as climate change: "
                 "adaptation, sustainable tourism, processing", lang=Lang.EN, role=Role.BODY,
                 column=1, continued_from="p1-b1")
    title = ArticlePiece("A TITLE", ())
    draft = Draft(lang="en", order=0, title=title,
                  paragraphs=(ArticlePiece(first.text, (source_of(first, "en"),)),))
    assert reread_role(rest, draft, True) == "body"


def test_a_plain_title_whose_first_capital_ocr_read_with_a_stroke_stays_a_title() -> None:
    """A title in small letters set in a display face: OCR reads its first capital with a
    stroke beside it (``-Ä\\ Review``); it still opens with a capital, and a line opening
    in small letters is still no title."""
    def block(text: str) -> Block:
        return Block(id="p4-b1", page=4, box=(26, 53, 376, 70), text=text, lang=Lang.EN,
                     role=Role.TITLE, column=0)
    assert reread_role(block("-Ä\\ Review öofthe Province's External Affairs"), None,
                       False) == "title"
    assert reread_role(block("- the province's external affairs"), None, False) == "body"


# --- a sheet's lines across the middle under text of both halves ------------------------------

def _para(box: tuple[float, float, float, float], region: int) -> Para:
    line, _ = _line("text", box[1], box[3] - box[1])
    return Para(lines=(line,), box=box, region=region)


def test_a_title_across_the_middle_under_both_halves_text_starts_a_band() -> None:
    """Titles over both halves, the halves' text, a second title across, more text: read as
    title, left, right, then the second title, left, right."""
    title = _para((40, 50, 780, 90), 0)
    second = _para((40, 360, 780, 400), 1)
    left = [_para((40, 160, 400, 330), 2), _para((40, 440, 400, 540), 3)]
    right = [_para((430, 160, 800, 330), 4), _para((430, 440, 800, 540), 5)]
    cuts = band_cuts([title, second], [(left, 40.0), (right, 40.0)])
    assert cuts == [360]
    order = banded([[title, second], left, right], cuts)
    assert [p.box for p in order] == [title.box, left[0].box, right[0].box, second.box,
                                      left[1].box, right[1].box]
    assert [p.region for p in order] == list(range(6))


def test_a_spread_title_over_both_pages_keeps_one_band() -> None:
    title = _para((40, 50, 780, 90), 0)
    left, right = [_para((40, 160, 400, 330), 1)], [_para((430, 160, 800, 330), 2)]
    assert band_cuts([title], [(left, 40.0), (right, 40.0)]) == []
    # a running head over each half is no text above the title
    heads = [_para((40, 20, 100, 28), 3)]
    assert band_cuts([title], [(heads + left, 30.0), (right, 30.0)]) == []


def test_stacked_stories_titled_across_language_halves_pair_and_link() -> None:
    artifact = RepairArtifact.load(DATA / "stacked-across.repair.json")
    truth = json.loads((DATA / "stacked-across.truth.json").read_text(encoding="utf-8"))
    s = score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_output


# --- a justified paragraph's short last line on OCR ---------------------------------------------

def _set(text: str, x0: float, x1: float, top: float) -> Line:
    """A line of ``text`` whose words share ``x0``..``x1`` evenly (ink 7 high, as OCR boxes)."""
    tokens = text.split()
    step = (x1 - x0) / len(tokens)
    words = tuple(Word(text=t, box=(x0 + k * step, top, x0 + (k + 1) * step - 2.0, top + 7.0),
                       size=7.0, conf=95.0, line=0) for k, t in enumerate(tokens))
    return make_line(words, list(range(len(words))))


def test_a_sentence_closed_three_letters_short_of_a_justified_edge_ends_its_paragraph() -> None:
    """A narrow justified column (160-269): ``as planned.`` ends 10 points (under twice the
    ink height, three letters) short, the next line opens on a capital and runs full."""
    last = _set("opening ceremony as planned.", 160, 261, 803)
    first = _set("The Minister of Foreign Affairs", 160, 271, 816)
    assert short_close(last, first, 160, 269, ragged=False)
    full = _set("opening ceremony as it planned.", 160, 270, 803)
    assert not short_close(full, first, 160, 269, ragged=False)         # ran to the edge
    assert not short_close(last, first, 160, 269, ragged=True)          # ragged: any line may
    listed = _set("The Minister of Foreign", 160, 240, 816)
    assert not short_close(last, listed, 160, 269, ragged=False)        # a list of short lines
    going = _set("the Minister of Foreign Affairs", 160, 271, 816)
    assert not short_close(last, going, 160, 269, ragged=False)         # no capital: goes on


def test_a_narrow_justified_ocr_column_is_cut_at_a_short_closing_line() -> None:
    """Six lines of a justified column at a pitch of 12, no extra white between paragraphs:
    two paragraphs, cut under ``as planned.``."""
    rows = [("In his opening remarks the Vice Chairman", 271), ("thanked all the guests and", 271),
            ("opening ceremony as planned.", 261), ("The Minister of Foreign Affairs", 271),
            ("requested that the province and", 271), ("the investors work on.", 230)]
    words: list[Word] = []
    spans = []
    for k, (text, x1) in enumerate(rows):
        tokens = text.split()
        step = (x1 - 160) / len(tokens)
        spans.append(list(range(len(words), len(words) + len(tokens))))
        words += [Word(text=t, box=(160 + j * step, 600 + 12.0 * k, 160 + (j + 1) * step - 2.0,
                                    607 + 12.0 * k), size=7.0, conf=95.0, line=k)
                  for j, t in enumerate(tokens)]
    page = tuple(words)
    paras = paragraphs(page, [make_line(page, idx) for idx in spans], 0, exact=False, body=7.0,
                       page_pitch=12.0)
    assert [len(p.lines) for p in paras] == [3, 3]
