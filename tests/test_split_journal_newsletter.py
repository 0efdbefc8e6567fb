"""The split stage on the journal and newsletter families (development families since the sixth
round), from saved repair artifacts in ``tests/data/layouts-split/`` (``tools/split_test_data.py``,
the first born-digital document of each in ``bench/bench_layouts.py``). Floors are what the
stage reached when the test was written."""

from __future__ import annotations

from collections import Counter

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.config import Config
from magpipe.eval.split_score import score
from magpipe.split import split
from test_split_families import _load, _truth_roles_of_blocks


def _roles(family: str) -> Counter:
    artifact, truth = _load(family)
    blocks = _truth_roles_of_blocks(artifact, truth, split(artifact, Config()))
    return Counter((want, str(role)) for role, want, _ in blocks)


def test_journal_entries_get_titles_bylines_labels_and_keywords() -> None:
    """Nine in ten of each kind at least: a
    summary's title, set in capitals at the body's size, is a title (not a capitals
    intro); the name under it a byline; ``Tóm tắt`` / ``Abstract`` a label; ``Từ khóa:`` /
    ``Keywords:`` lines keywords (article text, not notes)."""
    got = _roles("journal")
    for want in ("title", "byline", "label", "keywords"):
        total = sum(n for (w, _), n in got.items() if w == want)
        assert got[(want, want)] >= 0.9 * total, (want, got)


def test_journal_running_heads_below_the_margin_stay_out() -> None:
    """The running heads sit a little lower than the fixed margin, over a rule: the page's top
    band reaches down to them, so they are headers, not a rubric or body text."""
    artifact, truth = _load("journal")
    s = score(split(artifact, Config()), artifact.pages, truth)
    assert s.out_correct == s.out_chars > 0
    assert s.role_accuracy >= 0.97 and s.lang_accuracy >= 0.99
    # the page number set far right on the head's row is a page number, not part of the head
    got = _roles("journal")
    numbers = sum(n for (w, _), n in got.items() if w == "page-number")
    assert numbers and got[("page-number", str(Role.PAGE_NUMBER))] == numbers, got


def test_newsletter_contents_entries_with_rubrics_stay_out() -> None:
    """The contents pages: entries whose page number ends their first line and the rubric over
    each entry are contents (kept out of articles), not titles or body text."""
    got = _roles("newsletter")
    entries = sum(n for (w, _), n in got.items() if w == "contents")
    assert got[("contents", "contents")] >= 0.8 * entries
    assert all(role in {str(r) for r in FURNITURE_ROLES} for (w, role) in got if w == "contents")


def test_newsletter_three_columns_read_column_by_column_and_bylines_found() -> None:
    """A three-column page whose paragraph gaps line up across the columns, under a caption set
    close above them, is read column by column; the name under each title is its byline."""
    artifact, truth = _load("newsletter")
    result = split(artifact, Config())
    s = score(result, artifact.pages, truth)
    assert s.order_accuracy == 1.0
    assert s.out_correct / s.out_chars >= 0.99 and s.in_correct / s.in_chars >= 0.99
    got = _roles("newsletter")
    assert got[("byline", str(Role.BYLINE))] == sum(n for (w, _), n in got.items()
                                                   if w == "byline")


def test_scanned_journal_titles_in_capitals_are_cut_from_their_text() -> None:
    """The journal's first scanned copy, as OCR read it: a title in capitals at about the body's
    size runs straight into its byline and text (no step in width or leading reaches the usual
    jumps); the step from capitals to mixed case cuts it, so most title blocks are titles (an
    OCR speck and a title holding its byline are the rest) and the text stays body."""
    artifact, truth = _load("journal-scanned")
    assert all(p.source == "ocr" for p in artifact.pages)
    got = Counter()
    for role, want, _ in _truth_roles_of_blocks(artifact, truth, split(artifact, Config())):
        got[(want, str(role))] += 1
    titles = sum(n for (w, _), n in got.items() if w == "title")
    assert titles and got[("title", "title")] >= 0.75 * titles, got
    assert got[("body", "body")] == sum(n for (w, _), n in got.items() if w == "body"), got


def test_scanned_newsletter_capitals_lead_in_a_narrow_column_is_one_intro() -> None:
    """The first scanned newsletter copy as OCR read it: the English lead set in capitals in a
    narrow justified column, whose wide word spaces line up into rivers over two rows, is
    one intro block (it came apart into a block a line, most read as body text); every
    character of the lead is read as intro."""
    artifact, truth = _load("newsletter-scanned")
    result = split(artifact, Config())
    leads = [b for p in result.pages for b in p.blocks if b.text.startswith("ON DECEMBER 19")]
    assert len(leads) == 1 and leads[0].role == Role.INTRO, leads
    assert leads[0].text.rstrip().endswith("CONNECTIVITY."), leads[0].text
    got = _roles("newsletter-scanned")
    intro = sum(n for (w, _), n in got.items() if w == "intro")
    assert got[("intro", "intro")] == intro > 0, got
