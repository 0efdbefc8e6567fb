"""A scan's columns read from its text, not from what OCR makes of rules and marks (issue 16).

* OCR reads the hairline between two columns as ``|`` and specks of a name turned along the
  page's edge as ``~`` or ``-``, and a paragraph or the column's range takes them in: measured
  against those edges, the column's own paragraphs looked held in from both sides and were
  kept out as a framed box or a boxed note (``split.framed``, ``split.roles.asides``). The
  edges are measured on the letters (``Facts.core``, ``letter_edges.column_letters``).
* A heavy rule right over two titles set level is read as a row of odd words across the
  gutter between them, which then closed it (``split.gutters``).
* A stray accent read on the last line of an English title set loosely made it Vietnamese and
  a title of its own (``split.name_lines``).

Made-up blocks, pieces and words, and saved scans of the ``edgetab`` and ``footstrip``
families (``tests/data/layouts-scan-columns/``, ``tools/scan_columns_test_data.py``) split
and aligned."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.gutters import region_gutters
from magpipe.split.letter_edges import column_letters
from magpipe.split.name_lines import title_tail_languages
from magpipe.split.pieces import Line, make_line
from magpipe.split.roles import Facts
from magpipe.split.turned import turned_runs

DATA = Path(__file__).parent / "data" / "layouts-scan-columns"


def _facts(text: str, box: tuple[float, float, float, float], core: tuple[float, float],
           column: int = 1) -> Facts:
    return Facts(text=text, box=box, size=9.0, cw=4.0, bold=False, lines=5, column=column,
                 column_box=(360.0, 580.0), core=core)


def test_the_letters_of_a_column_leave_out_the_marks_beside_them() -> None:
    """A paragraph whose box took in a ``|`` at the gutter and a lone ``-`` beyond the text
    measure the column's text from 368 to 558, not 360 to 579; a block of no letter is none
    of it, and the block asked about is left out."""
    facts = [_facts("From December 14 to 19, the delegation", (368.0, 200.0, 558.0, 300.0),
                    (368.0, 558.0)),
             _facts("On the afternoon of December 15 |", (360.0, 310.0, 572.0, 400.0),
                    (368.0, 557.0)),
             _facts("-", (578.0, 470.0, 579.0, 472.0), (578.0, 579.0)),
             _facts("Chiều ngày 15/12/2025", (36.0, 200.0, 350.0, 300.0), (36.0, 350.0),
                    column=0)]
    assert column_letters(1, facts) == (368.0, 558.0)
    assert column_letters(1, facts, skip=0) == (368.0, 557.0)


def test_a_column_with_no_other_text_keeps_its_range() -> None:
    facts = [_facts("On the afternoon of December 15", (368.0, 310.0, 557.0, 400.0),
                    (368.0, 557.0))]
    assert column_letters(1, facts, skip=0) == (360.0, 580.0)


def _run(name: str) -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return artifact, json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))


def test_a_narrow_english_column_widened_by_marks_is_article_text_not_a_box() -> None:
    """The English column of two paragraphs between the hairline's ``|`` and the turned
    name's ``-``: its title and paragraphs are the article's (no ``aside``), and the article
    pairs with both its titles."""
    artifact, truth = _run("mark-widened")
    result = split(artifact, Config())
    english = [b for b in result.pages[0].blocks if b.lang == Lang.EN and b.column == 1
               and b.role not in (Role.HEADER, Role.OTHER)]
    assert english and not [b.text[:30] for b in english if b.role == Role.ASIDE]
    s = score(align(result, Config()), truth, fuzzy=True)
    assert (s.paired_right, s.articles) == (1, 1)
    assert s.links_right == s.links_truth


def test_a_paragraph_widened_by_a_hairline_does_not_frame_its_column() -> None:
    """The English column's last paragraph took in the hairline's ``|`` and a speck of the
    turned name: the title's lines, the intro and the paragraph over it stay article text,
    and every paragraph pairs with its twin, across the page turn."""
    artifact, truth = _run("speck-widened")
    result = split(artifact, Config())
    assert not [b.text[:30] for b in result.pages[0].blocks if b.role == Role.ASIDE]
    s = score(align(result, Config()), truth, fuzzy=True)
    assert (s.paired_right, s.articles) == (1, 1)
    assert s.links_right == s.links_truth == s.links_output


def _piece(texts: list[str], x: float, top: float, conf: float = 95.0,
           height: float = 12.0) -> Line:
    words, at = [], x
    for t in texts:
        words.append(Word(text=t, box=(at, top, at + 7.0 * len(t), top + height), size=height,
                          conf=conf))
        at += 7.0 * len(t) + 4.0
    return make_line(tuple(words), list(range(len(words))))


def _titles_under(junk_top: float) -> list[Line]:
    """Two titles of three lines set level, left from x 20 and right from x 230, and a row
    of junk (a rule read as odd words) across both at ``junk_top``."""
    pieces = [_piece(["ĐOÀN", "ĐẠI", "BIỂU"], 20.0, 50.0 + 26.0 * k) for k in range(3)]
    pieces += [_piece(["TECHNICAL", "TRAFFIC"], 230.0, 50.0 + 26.0 * k) for k in range(3)]
    pieces.append(_piece(["X2", "TS", "lây", "nh", "Km", "anh}", "Ỷ", "2", "nh", "nh", "UV",
                          "nhhhh", "anh}", "UV", "nh"], 20.0, junk_top, conf=10.0))
    return pieces


def test_a_row_of_junk_right_over_two_titles_closes_no_gutter_between_them() -> None:
    gutters = region_gutters(_titles_under(40.0), 9.0)
    assert any(lo < 200.0 and hi > 230.0 for lo, hi in gutters)


def test_junk_set_apart_over_the_text_still_closes_the_gutter() -> None:
    assert region_gutters(_titles_under(10.0), 9.0) == []


def _title_words(text: str, top: float, marked_taller: bool = False) -> list[Word]:
    words, x = [], 300.0
    for t in text.split():
        tall = 15.4 if marked_taller and t == "PROVINCE" else 11.0
        words.append(Word(text=t, box=(x, top, x + 9.0 * len(t), top + tall), size=tall,
                          conf=95.0))
        x += 9.0 * len(t) + 4.0
    return words


def test_a_loose_titles_last_line_of_names_keeps_its_language_over_its_own_leading() -> None:
    """Three lines of an English title each a draft (set 14 pt apart, more than half a line),
    the last read ``SÓN PROVINCE`` (Vietnamese by its accent) with a speck under one word:
    the title's own white over the line above tells it runs on, and it is English."""
    texts = ["FRENCH AMBASSADOR TO VIET", "NAM VISITS AND WORKS IN LANG", "SÓN PROVINCE"]
    words = [_title_words(texts[0], 61.0), _title_words(texts[1], 86.0),
             _title_words(texts[2], 111.0, marked_taller=True)]
    roles = [Role.TITLE] * 3
    langs = title_tail_languages(roles, words, texts, [Lang.EN, Lang.EN, Lang.VI])
    assert langs == [Lang.EN, Lang.EN, Lang.EN]


def test_a_twin_title_set_far_under_keeps_its_own_language() -> None:
    """The same lines with the last set two lines' white under the others: no run-on."""
    texts = ["FRENCH AMBASSADOR TO VIET", "NAM VISITS AND WORKS IN LANG", "SÓN PROVINCE"]
    words = [_title_words(texts[0], 61.0), _title_words(texts[1], 86.0),
             _title_words(texts[2], 136.0)]
    langs = title_tail_languages([Role.TITLE] * 3, words, texts, [Lang.EN, Lang.EN, Lang.VI])
    assert langs[2] == Lang.VI


def _page_one(name: str) -> tuple[list, object]:
    artifact, truth = _run(name)
    result = split(artifact, Config())
    return list(result.pages[0].blocks), score(align(result, Config()), truth, fuzzy=True)


def test_titles_set_level_under_a_rule_read_as_junk_are_two_titles() -> None:
    """Each title a block of its own language, whole; the article pairs with both, and each
    paragraph with its twin."""
    blocks, s = _page_one("rule-over-titles")
    titles = {b.lang: b.text for b in blocks if b.role == Role.TITLE}
    assert titles[Lang.VI].startswith("LỄ THÔNG TUYẾN") and "TECHNICAL" not in titles[Lang.VI]
    assert titles[Lang.EN].startswith("TECHNICAL TRAFFIC") and "EXPRESSWAY PROJECT" in \
        titles[Lang.EN]
    assert (s.paired_right, s.articles) == (1, 1)
    assert s.links_right == s.links_truth


def test_an_accent_on_a_loose_english_titles_last_line_leaves_it_english() -> None:
    blocks, s = _page_one("accent-on-tail")
    assert not [b.text for b in blocks if b.role == Role.TITLE and "PROVINCE" in b.text
                and b.lang != Lang.EN]
    assert (s.paired_right, s.articles) == (1, 1)


def test_a_short_marked_word_of_a_turned_name_joins_its_line() -> None:
    """OCR's words of ``THÔNG TIN HỢP TÁC QUỐC TẾ`` turned along the edge (boxes as read on a
    scan): ``TẾ``, two letters whose marks stand beside them, is nearly twice the strip's
    width, and still of the line; a speck beside the strip (``~``) is not."""
    texts_boxes = [("ỐC", (16.32, 677.28, 22.08, 685.68)), ("TẾ", (13.2, 663.84, 24.24, 673.92)),
                   ("~", (14.4, 681.12, 16.08, 684.48)), ("THÔNG", (15.84, 751.92, 21.6, 780.24)),
                   ("TIN", (15.84, 736.32, 21.6, 749.76)), ("HỢP", (15.84, 717.12, 23.04, 733.92)),
                   ("TÁC", (14.4, 699.84, 21.84, 714.96)), ("QU", (16.08, 686.16, 23.76, 697.2))]
    words = tuple(Word(text=t, box=b, size=10.0, conf=93.0) for t, b in texts_boxes)
    runs = turned_runs(words, exact=False)
    assert len(runs) == 1
    assert {words[i].text for i in runs[0]} == {"ỐC", "TẾ", "THÔNG", "TIN", "HỢP", "TÁC", "QU"}


def test_no_piece_of_a_turned_name_opens_an_article() -> None:
    """The scan's second page holds the article's last English paragraph and the turned name:
    one article in all, none titled by a piece of the name."""
    artifact, _ = _run("speck-widened")
    aligned = align(split(artifact, Config()), Config())
    assert len(aligned.articles) == 1


def _between(third_top: float) -> list[str]:
    texts = ["TECHNICAL TRAFFIC OPENING OF THE", "HUU NGHI BORDER GATE CHI LANG",
             "EXPRESSWAY PROJECT"]
    tops, heights = (174.5, 197.7, third_top), (7.44, 7.44, 7.92)
    words = [[Word(text=t, box=(43.0 + 40.0 * i, top, 80.0 + 40.0 * i, top + height),
                   size=height, conf=95.0) for i, t in enumerate(text.split())]
             for text, top, height in zip(texts, tops, heights, strict=True)]
    return title_tail_languages([Role.TITLE] * 3, words, texts, [Lang.EN, Lang.VI, Lang.EN])


def test_a_titles_line_of_names_between_two_of_its_lines_takes_their_language() -> None:
    """Three lines at one step (23 pt), the middle one names only, read Vietnamese by its
    words; the ink of the last line's capitals measured a little higher."""
    assert _between(220.5) == [Lang.EN, Lang.EN, Lang.EN]


def test_a_line_between_lines_at_other_steps_keeps_its_language() -> None:
    assert _between(240.0)[1] == Lang.VI


def test_a_line_of_names_read_vietnamese_inside_an_english_title_leaves_it_whole() -> None:
    """The English copies on page 3: each article pairs with both its titles, and no third
    record is titled by the line of names."""
    artifact, truth = _run("names-between")
    aligned = align(split(artifact, Config()), Config())
    s = score(aligned, truth, fuzzy=True)
    assert (s.paired_right, s.articles) == (2, 2)
    assert not [a.title for a in aligned.articles
                if a.title.vi and a.title.vi.startswith("HUU NGHI")]
