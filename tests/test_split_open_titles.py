"""Scanned titles in capitals that OCR read in pieces stay one title (issue 16): OCR boxes
hold only the capitals' ink, so the white between the lines of a title set with open leading
is about twice their height, and each line was read as a title of its own
(``quartet-3-scanned``, ``summary-1-scanned``, ``summary-2-scanned``); and a title's first
line read apart from it was called a rubric over it (``tetebeche-2-scanned``, the article
unpaired). The rules on made-up words and blocks, and saved scanned pages
(``tests/data/layouts-open-titles/``, ``tools/open_titles_test_data.py``; the quartet page of
``tests/data/layouts-scan-heads/``) split whole."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.title_drops import raised_title_lines
from magpipe.split.title_lines import title_runs_on

DATA = Path(__file__).parent / "data" / "layouts-open-titles"
HEADS = Path(__file__).parent / "data" / "layouts-scan-heads"
OCR_PAGE = PageFacts(width=595.0, height=842.0, body_size=7.0, body_cw=4.0, columns=2,
                     exact=False, repeated=frozenset(), body_pitch=12.0)
INK = 8.0       # the capitals' ink height, as OCR boxes them


def rows(*lines: tuple[str, float, float]) -> tuple[Word, ...]:
    """Words of lines (text, left edge, top), 6 points a letter, 4 apart, one line a row."""
    out = []
    for n, (text, x, top) in enumerate(lines):
        for t in text.split():
            out.append(Word(text=t, box=(x, top, x + 6 * len(t), top + INK), size=9.4,
                            conf=95.0, line=n))
            x += 6 * len(t) + 4
    return tuple(out)


def runs_on(words: tuple[Word, ...], exact: bool = False) -> bool:
    above = [i for i, w in enumerate(words) if w.line == 0]
    below = [i for i, w in enumerate(words) if w.line == 1]
    return title_runs_on(words, above, Lang.EN, below, Lang.EN, exact=exact)


def test_capitals_title_lines_set_wide_apart_on_one_edge_are_one_title_on_ocr() -> None:
    """Two capitals lines flush left, 15 points of white under 8-point ink (about 1.9 times
    it): one title on a scan; a text layer's exact sizes decide elsewhere."""
    words = rows(("LEADER OF THE PROVINCIAL PEOPLE'S", 269.0, 161.0),
                 ("COMMITTEE RECEIVES AND WORKS", 269.0, 161.0 + INK + 15.0))
    assert runs_on(words)
    assert not runs_on(words, exact=True)


def test_open_leading_joins_pieces_of_one_language_only() -> None:
    """A capitals piece read as the other language (names alone: ``HUU NGHI BORDER GATE``),
    as far off as open leading allows, is not taken: only the title's own leading joins
    pieces whose languages differ."""
    words = rows(("TECHNICAL TRAFFIC OPENING OF THE", 43.0, 175.0),
                 ("HUU NGHI CHI LANG", 43.0, 175.0 + INK + 15.0))
    above = [i for i, w in enumerate(words) if w.line == 0]
    below = [i for i, w in enumerate(words) if w.line == 1]
    assert not title_runs_on(words, above, Lang.EN, below, Lang.VI, exact=False)
    assert title_runs_on(words, above, Lang.EN, below, Lang.EN, exact=False)


def test_centred_capitals_lines_wide_apart_are_one_title() -> None:
    """A centred title's short last line, its middle under the first line's middle."""
    words = rows(("TECHNICAL TRAFFIC OPENING OF THE EXPRESSWAY", 60.0, 100.0),
                 ("PROJECT", 60.0 + (43 * 6 - 7 * 6) / 2, 100.0 + INK + 15.0))
    assert runs_on(words)


def test_wide_apart_lines_not_both_capitals_or_not_lined_up_stay_apart() -> None:
    """Text in lower case under the title (an intro), a capitals line off the title's edges
    (a kicker in another column), or one further off than open leading leaves: no title's."""
    lower = rows(("LEADER OF THE PROVINCIAL PEOPLE'S", 269.0, 161.0),
                 ("On the afternoon of November 11", 269.0, 161.0 + INK + 15.0))
    assert not runs_on(lower)
    shifted = rows(("LEADER OF THE PROVINCIAL PEOPLE'S", 269.0, 161.0),
                   ("COMMITTEE", 380.0, 161.0 + INK + 15.0))
    assert not runs_on(shifted)
    far = rows(("LEADER OF THE PROVINCIAL PEOPLE'S", 269.0, 161.0),
               ("COMMITTEE RECEIVES AND WORKS", 269.0, 161.0 + INK + 20.0))
    assert not runs_on(far)


def test_the_quartet_scans_english_titles_are_whole() -> None:
    """``quartet-3-scanned``: each English title's lines, read as two titles before, make
    one title block holding its first and its last words."""
    titles = english_titles(HEADS / "quartet-title-row.repair.json")
    assert any(t.startswith("LEADER OF") and "AMBASSADOR TO VIET NAM" in t for t in titles)
    assert any(t.startswith("LEADER OF") and "HONORARY CONSUL" in t for t in titles)
    assert len(titles) == 2


def english_titles(path: Path) -> list[str]:
    artifact = RepairArtifact.load(path)
    return [b.text for p in split(artifact, Config(), roles="rules").pages
            for b in p.blocks if b.role == Role.TITLE and b.lang == Lang.EN]


def test_the_summary_scans_open_led_english_title_is_whole() -> None:
    """``summary-2-scanned``: the English title under its ``SUMMARY`` label, two capitals
    lines about twice their height apart, is one title."""
    titles = english_titles(DATA / "summary-open-title.repair.json")
    assert titles == ["LEADER OF THE PROVINCIAL PEOPLE’S COMMITTEE RECEIVES A COURTERY "
                      "CALL FROM THE U.S AMBASSADOR TO VIET NAM"]


# --- a title's first line read apart from it --------------------------------------------------

def fact(text: str, box: Box, *, size: float = 12.0, cw: float = 7.0, lines: int = 1) -> Facts:
    return Facts(text=text, box=box, size=size, cw=cw, bold=False, lines=lines, column=1,
                 column_box=(230.0, 440.0), line_texts=(text,) if lines == 1 else ())


def test_a_capitals_line_over_a_title_set_like_it_at_its_leading_is_its_first_line() -> None:
    """``TALKS BETWEEN THE CHAIRMAN`` over ``OF THE LANG SON PROVINCIAL ...``: flush left, as
    wide, set alike, a line's white apart: the title's first line, not a rubric; on a text
    layer the sizes decide elsewhere."""
    title = fact("OF THE LANG SON PROVINCIAL PEOPLE'S COMMITTEE, VIET NAM, AND THE CHAIRMAN",
                 (234.0, 319.0, 430.0, 449.0), lines=6)
    title = Facts(**{**title.__dict__, "line_texts": ("OF THE LANG SON PROVINCIAL",
                                                     "PEOPLE'S COMMITTEE, VIET NAM,")})
    first = fact("TALKS BETWEEN THE CHAIRMAN", (238.0, 296.0, 423.0, 308.0))
    assert raised_title_lines([Role.SECTION, Role.TITLE], [first, title],
                              OCR_PAGE) == [Role.TITLE, Role.TITLE]
    exact = PageFacts(**{**OCR_PAGE.__dict__, "exact": True})
    assert raised_title_lines([Role.SECTION, Role.TITLE], [first, title],
                              exact) == [Role.SECTION, Role.TITLE]


def test_a_short_rubric_or_a_smaller_line_over_a_title_stays_a_rubric() -> None:
    """A rubric of a word or two over the title, a line set much smaller, a line OCR read
    with far less confidence than the title (garbled: joined, it would turn the title's
    language), and a line in mixed case over a mixed-case title (a masthead's lines) keep
    their roles."""
    title = fact("OF THE LANG SON PROVINCIAL PEOPLE'S COMMITTEE", (234.0, 319.0, 430.0, 360.0),
                 lines=2)
    rubric = fact("ĐỐI NGOẠI", (238.0, 296.0, 300.0, 308.0))
    small = fact("TALKS BETWEEN THE CHAIRMAN", (238.0, 300.0, 423.0, 308.0), size=7.0, cw=4.0)
    assert raised_title_lines([Role.SECTION, Role.TITLE], [rubric, title],
                              OCR_PAGE) == [Role.SECTION, Role.TITLE]
    assert raised_title_lines([Role.SECTION, Role.TITLE], [small, title],
                              OCR_PAGE) == [Role.SECTION, Role.TITLE]
    garbled = Facts(**{**fact("TFCHNI(AI TRAFFIC", (238.0, 296.0, 423.0, 308.0)).__dict__,
                       "conf": 62.0})
    assert raised_title_lines([Role.SECTION, Role.TITLE], [garbled, title],
                              OCR_PAGE) == [Role.SECTION, Role.TITLE]
    mixed = fact("La Frontière aujourd'hui", (280.0, 122.0, 444.0, 135.0))
    over = fact("The Borderland Today", (282.0, 94.0, 440.0, 108.0))
    assert raised_title_lines([Role.BODY, Role.TITLE], [over, mixed],
                              OCR_PAGE) == [Role.BODY, Role.TITLE]


def test_the_tete_beche_scans_english_titles_keep_their_first_lines() -> None:
    """``tetebeche-2-scanned``, page 4: both English titles open with their first line (one
    was read as a rubric over the title, one as body over it)."""
    titles = english_titles(DATA / "tetebeche-first-line.repair.json")
    assert [t.split(" OF THE")[0].split(" TO VIET")[0].lstrip("‘") for t in titles] == [
        "FRENCH AMBASSADOR", "TALKS BETWEEN THE CHAIRMAN"]
