"""An article's text turned over onto another page stays in its last paragraph (issue 16):
the text a "continued on page N" line sent to page N is taken up there even where the
"continued from" line came after it or was lost (``WalkState.turned_here``), and a speck
OCR read as a closing quote after a column's last word leaves its sentence open
(``split.continuation``). The rules on made-up blocks, and saved scanned documents
(``tests/data/layouts-turned/``, ``tools/jump_test_data.py``) split and aligned whole."""

from __future__ import annotations

import json
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.continuation import ends_open

DATA = Path(__file__).parent / "data" / "layouts-turned"


TITLE = (Lang.EN, Role.TITLE, "MINISTER VISITS THE BORDER GATE")
DONE = (Lang.EN, Role.BODY, "The minister visited the border gate on Friday.")
OPEN = (Lang.EN, Role.BODY, "He then toured the market and the tourist sites of the")
ONWARD = (Lang.EN, Role.JUMP, "(Continued on page 2)")
# page 2: the jump line over the text, read after it
REST = (Lang.EN, Role.BODY, "Village, the temple and the scenic complex.",
        (40.0, 80.0, 500.0, 95.0))
BACK = (Lang.EN, Role.JUMP, "(Continued from page 1)", (40.0, 60.0, 200.0, 72.0))


def test_text_on_the_page_a_story_jumps_to_goes_on_with_it_before_its_jump_line() -> None:
    """The "continued from" line read after the text it heads (OCR's order): the text still
    ends the story's open paragraph, and the late jump line takes up nothing."""
    drafts = group_articles(make_split([[TITLE, DONE, OPEN, ONWARD], [REST, BACK]])).drafts
    assert len(drafts) == 1
    assert drafts[0].paragraphs[-1].text.endswith("tourist sites of the Village, the temple "
                                                  "and the scenic complex.")


def test_text_on_the_page_a_story_jumps_to_goes_on_with_it_without_a_jump_line() -> None:
    """The "continued from" line lost: the untitled text still ends the story's open
    paragraph. A story whose text stopped at a sentence's end takes up no text there (nothing
    says that text is its): it stays an article of its own."""
    drafts = group_articles(make_split([[TITLE, DONE, OPEN, ONWARD], [REST]])).drafts
    assert len(drafts) == 1 and len(drafts[0].paragraphs) == 2
    ended = (Lang.EN, Role.BODY, "He toured the market.")
    assert len(group_articles(make_split([[TITLE, DONE, ended, ONWARD], [REST]])).drafts) == 2


def test_a_closing_quote_no_opening_quote_answers_leaves_the_sentence_open() -> None:
    assert ends_open("Làng du lịch cộng đồng”")
    assert not ends_open("gọi là “Làng du lịch cộng đồng”")
    assert not ends_open("the minister said: “We will open the road.”")
    assert not ends_open("the minister said.")


def test_a_front_page_story_ends_on_page_two_under_its_late_jump_line() -> None:
    """``front-page-2-scanned``: ``Quynh Son Community-Based Tourism`` ends page 1's English
    column; ``Village, Mau Dong Dang Temple, …`` opens page 2 before its garbled "continued
    from" line in the page's order. Every paragraph link is right, and none is left over."""
    artifact = RepairArtifact.load(DATA / "jump-read-late.repair.json")
    truth = json.loads((DATA / "jump-read-late.truth.json").read_text(encoding="utf-8"))
    s = score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_output == s.links_truth == 7


def test_a_column_ending_in_a_stray_quote_runs_on_into_the_next() -> None:
    """``summary-1-scanned`` page 2: two lines in each of two columns, the first ending
    ``cộng đồng”`` (a speck), the second opening ``Quỳnh Sơn, …`` (a name): one paragraph."""
    artifact = RepairArtifact.load(DATA / "stray-quote.repair.json")
    page = split(artifact, Config()).pages[1]
    body = [b for b in page.blocks if b.role == Role.BODY]
    assert len(body) == 2
    assert body[1].continued_from == body[0].id
