"""Scanned pages where split went wrong where the born-digital copy's did not (issue 16): a
title's last line of names given to the other language, a rubric OCR read twice running into
the title, a title cut down its own word spaces with a caption read between its halves, and
paragraphs set a few points apart read as one. The rules as functions on made-up words, and
saved scanned pages (``tests/data/layouts-scan-laggards/``,
``tools/scan_laggards_test_data.py``) split and aligned whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.pages import Page, PageSource, RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.name_lines import measure_of, names_tail_kept
from magpipe.split.ocr_breaks import spaced_break
from magpipe.split.pieces import Line, make_line
from magpipe.split.read_twice import read_once
from magpipe.split.title_rivers import spaced_halves

DATA = Path(__file__).parent / "data" / "layouts-scan-laggards"


def row(texts: list[str], x0: float, top: float, height: float = 12.0, space: float = 5.0,
        char: float = 8.0, line: int = 0, conf: float = 95.0) -> list[Word]:
    """Words of one row, each ``char`` points a letter, ``space`` apart, from ``x0``."""
    out, x = [], x0
    for t in texts:
        out.append(Word(text=t, box=(x, top, x + char * len(t), top + height), size=height,
                        conf=conf, line=line))
        x += char * len(t) + space
    return out


def lines_of(*rows: list[Word]) -> tuple[tuple[Word, ...], tuple[Line, ...]]:
    words = tuple(w for r in rows for w in r)
    lines, start = [], 0
    for r in rows:
        lines.append(make_line(words, list(range(start, start + len(r)))))
        start += len(r)
    return words, tuple(lines)


# --- a title's last line of names -------------------------------------------------------------

def test_a_title_tail_of_names_the_line_above_wrapped_into_keeps_the_title_language() -> None:
    """``LÃNH SỰ DANH DỰ VIỆT NAM TẠI`` runs to the measure's edge, ``BANG`` would not fit
    after it: the names under it are the title's tail, not its English twin."""
    words, lines = lines_of(row("LÃNH SỰ DANH DỰ VIỆT NAM TẠI".split(), 40, 60),
                            row("BANG RTIO DE JANETRO, BRAZIL".split(), 40, 80, line=1))
    measure = measure_of(lines[0].box, (), 10.0)
    assert names_tail_kept(words, lines, [1], measure) == []


def test_a_line_of_names_under_a_line_that_left_room_still_switches() -> None:
    """A short Vietnamese line over an English line of names in a wide column: the first
    name would have fitted after it, so no wrap carried it down; the cut stands (the English
    line set smaller: in the title's own size and leading, a display title's tail, the rule's
    other setting). So does a cut before a line with an English function word."""
    words, lines = lines_of(row("HỘI NGHỊ XÚC TIẾN".split(), 40, 60),
                            row("INVESTMENT PROMOTION CONFERENCE".split(), 40, 80, height=10.0,
                                line=1))
    assert names_tail_kept(words, lines, [1], (40.0, 560.0)) == [1]
    words, lines = lines_of(row("LÃNH SỰ DANH DỰ VIỆT NAM TẠI".split(), 40, 60),
                            row("IN RIO DE JANEIRO".split(), 40, 80, line=1))
    assert names_tail_kept(words, lines, [1], measure_of(lines[0].box, (), 10.0)) == [1]


def test_a_centred_line_that_left_room_on_both_sides_did_not_wrap() -> None:
    """A centred masthead line over a wider English line: the English line's first word
    would have fitted in the measure beside the line above (widths, not right edges)."""
    words, lines = lines_of(row("BẢN TIN ĐỐI NGOẠI".split(), 260, 620),
                            row("LANG SON EXTERNAL AFFAIRS BULLETIN".split(), 232, 644, line=1))
    box = (232.0, 620.0, max(ln.box[2] for ln in lines), 656.0)
    assert names_tail_kept(words, lines, [1], measure_of(box, (), 10.0)) == [1]


# --- a word OCR read twice --------------------------------------------------------------------

def _page(words: tuple[Word, ...], source: PageSource = PageSource.OCR) -> Page:
    return Page(number=1, width=600.0, height=800.0, source=source, reason="", words=words)


def test_a_word_ocr_read_twice_on_another_line_counts_once() -> None:
    """``PHÓNG SỰ ẢNH`` read clean on one line and again, less sure, as ``PHÓNG SỰ ANH`` on
    another line over the same ink: the weaker line's readings are left empty, indices kept."""
    clean = row(["PHÓNG", "SỰ", "ẢNH"], 40, 52, line=2, conf=92.0)
    again = [Word(text=w.text.replace("Ả", "A"), box=(w.box[0] - 1, w.box[1] + 1, w.box[2] - 1,
                                                       w.box[3] + 4), size=12.0, conf=70.0,
                  line=3) for w in clean]
    page = read_once(_page(tuple(clean + again)))
    assert [w.text for w in page.words] == ["PHÓNG", "SỰ", "ẢNH", "", "", ""]


def test_words_of_one_line_and_different_words_are_kept() -> None:
    """Overlapping boxes of one OCR line (a hyphen inside a word's box), words of other text
    over each other, and a text layer's words are all kept."""
    one_line = row(["Sơn", "-"], 40, 100, space=-10.0)
    other = [Word(text="PHOTO", box=(40, 200, 80, 212), size=12, conf=90, line=5),
             Word(text="ESSAY", box=(41, 201, 81, 213), size=12, conf=60, line=6)]
    page = _page(tuple(one_line + other))
    assert read_once(page).words == page.words
    twice = row(["LEADER"], 40, 300, line=7) + row(["LEADER"], 40, 300, line=8, conf=50)
    layer = _page(tuple(twice), PageSource.TEXT_LAYER)
    assert read_once(layer).words == layer.words


# --- a title cut down its own word spaces -----------------------------------------------------

def test_title_halves_parted_by_their_word_spaces_are_one_title() -> None:
    """Two rows cut at a strip as wide as their own word spaces: one title's halves. Two
    headlines a gutter apart (three word spaces) are not."""
    left = row(["LEADER", "OF", "THE"], 40, 80) + row(["A", "COURTESY", "CALL"], 40, 100)
    right_x = max(w.box[2] for w in left[:3]) + 5
    right = row(["PEOPLE'S", "COMMITTEE"], right_x, 80) + \
        row(["FROM", "THE", "AMBASSADOR"], max(w.box[2] for w in left[3:]) + 5, 100)
    words = tuple(left + right)
    assert spaced_halves(words, list(range(6)), list(range(6, 11)))
    far = tuple(left + [Word(text=w.text, box=(w.box[0] + 15, w.box[1], w.box[2] + 15,
                                               w.box[3]), size=w.size) for w in right])
    assert not spaced_halves(far, list(range(6)), list(range(6, 11)))


# --- paragraphs set a few points apart on OCR --------------------------------------------------

def test_a_short_line_set_apart_from_a_full_one_ends_its_paragraph_on_ocr() -> None:
    """A salutation ending in a comma, then a full line 1.3 pitches lower: a break; the same
    step after a line of a centred block, or before a short line of a list, is none."""
    _, (salute, first) = lines_of(row("Kính gửi quý bạn đọc,".split(), 40, 100),
                                  row(["Một"] * 30, 40, 121, char=5.0, space=3.33, line=1))
    right = first.box[2]
    assert spaced_break(salute, first, 16.0, 40.0, right, ragged=False)
    _, (centred, below) = lines_of(row("thanked Lang Son".split(), 259, 100),
                                   row(["Province"], 40, 121, char=69.75, line=1))
    assert not spaced_break(centred, below, 16.0, 40.0, 600.0, ragged=False)
    _, (label, other) = lines_of(row("Tổng biên tập: Hà".split(), 40, 100),
                                 row("Editor-in-chief: Ha".split(), 40, 121, line=1))
    assert not spaced_break(label, other, 16.0, 40.0, 500.0, ragged=False)


def test_a_speck_after_a_stop_still_closes_the_sentence_on_ocr() -> None:
    """``nước. '`` (a speck read after the stop), then a full line set apart below."""
    _, (last, first) = lines_of(row(["Xin", "chào", "nước.", "'"], 40, 100, char=7.0),
                                row(["Các"] * 30, 40, 121, char=5.0, space=3.33, line=1))
    assert spaced_break(last, first, 16.0, 40.0, first.box[2] + 40, ragged=False)


# --- saved scanned pages, split and aligned whole ---------------------------------------------

def _aligned(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return score(align(split(artifact, Config()), Config()), truth, fuzzy=True)


@pytest.mark.parametrize("name", ["infographic-title-tail", "timeline-title-tail",
                                  "photo-essay-rubric-twice", "sections-title-halves"])
def test_scanned_titles_pair_whole(name: str) -> None:
    """Each article of the page carries both its titles whole."""
    s = _aligned(name)
    assert s.paired_right == s.articles


def test_a_scanned_greetings_salutation_and_paragraphs_link_apart() -> None:
    """The salutation and the paragraphs after it link with their twins one by one."""
    s = _aligned("greeting-salutation")
    # (3 of its 4 until the English salutation, Dear readers, stopped reading as a label)
    assert s.links_right == s.links_output == s.links_truth == 4
