"""Stories that jump from a front page to an inside page that prints their continuations in
another order, each under a jump head (``magpipe.align.jumps``), on small split artifacts
made up here and on a saved front page; and the jump lines' wording
(``magpipe.text.headings.jump_line``)."""

from __future__ import annotations

import json
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles
from magpipe.align.jumps import heads_title
from magpipe.artifacts import SplitArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.text.headings import jump_line

DATA = Path(__file__).parent / "data" / "layouts"

TITLES = ("ALPHA STORY OPENS THE PAGE TODAY", "BETA STORY SITS BESIDE IT NOW",
          "GAMMA STORY RUNS ACROSS THE FOOT")


def _box(top: float) -> tuple[float, float, float, float]:
    return (40.0, top, 300.0, top + 12.0)


def _front_and_inside() -> list[list[tuple]]:
    front = []
    for k, title in enumerate(TITLES):
        top = 60.0 + 200 * k
        front += [("en", "title", title, _box(top)),
                  ("en", "body", f"Story {k} starts here and its sentence is cut", _box(top + 20)),
                  ("en", "jump", "Continued on page 2", _box(top + 40))]
    inside = []
    for n, k in enumerate((2, 0, 1)):          # another order than the front page's
        top = 60.0 + 200 * n
        head = " ".join(TITLES[k].split()[:3]) + " …"
        inside += [("en", "title", head, _box(top)),
                   ("en", "jump", "(Continued from page 1)", _box(top + 14)),
                   ("en", "body", f"by the jump, and story {k} goes on to its end.",
                    _box(top + 28))]
    return [front, inside]


def test_a_continuation_goes_to_the_story_its_jump_head_names():
    drafts = group_articles(make_split(_front_and_inside())).drafts
    titled = {d.title.text: d for d in drafts if d.title and d.paragraphs}
    assert set(titled) == set(TITLES)
    for k, title in enumerate(TITLES):
        text = " ".join(p.text for p in titled[title].paragraphs)
        assert f"story {k} goes on" in text
        assert all(f"story {j} goes on" not in text for j in range(3) if j != k)


def test_a_paragraph_cut_by_a_jump_is_one_paragraph_and_the_head_no_article():
    drafts = group_articles(make_split(_front_and_inside())).drafts
    for d in drafts:
        assert d.title is None or not d.title.text.endswith("…")    # heads open no article
    (alpha,) = [d for d in drafts if d.title and d.title.text == TITLES[0]]
    assert len(alpha.paragraphs) == 1
    assert alpha.paragraphs[0].text.startswith("Story 0 starts here")
    assert alpha.paragraphs[0].text.endswith("story 0 goes on to its end.")


def test_a_jump_head_repeats_its_title_or_the_first_words_of_it():
    title = "ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM THĂM VÀ LÀM VIỆC"
    assert heads_title("ĐẠI SỨ CỘNG HOÀ …", title)
    assert heads_title("DAI SU CONG HOA...", title)              # OCR without marks
    assert heads_title(title, title)
    assert not heads_title("LÃNH ĐẠO UBND TỈNH …", title)
    assert not heads_title("ĐẠI …", title)                       # one word names no story


def test_jump_lines_of_a_front_page_read_with_their_direction():
    assert jump_line("Tiếp theo ở trang 4") == jump_line("Xem tiếp trang 4")
    assert jump_line("Tiếp theo ở trang 4").onward                # "continued at page 4"
    assert not jump_line("(Tiếp theo trang 1)").onward            # "continued from page 1"
    assert jump_line("More on page 3").onward and jump_line("More on page 3").page == 3
    assert jump_line("(See page 2)").onward
    assert jump_line("more on this later") is None


def test_a_front_page_whose_stories_jump_in_another_order_is_aligned_whole():
    """A generated front page (``front-page``, saved by ``tools/layout_test_data.py``): three
    stories start in modules on page 1 and go on on page 2 in another order, under jump
    heads in capitals cut short with ``…``: each story is one record with both titles, and
    every paragraph link is right (paragraphs cut by the jump read whole)."""
    artifact = SplitArtifact.load(DATA / "front-page.split.json")
    truth = json.loads((DATA / "front-page.truth.json").read_text(encoding="utf-8"))
    s = align_score(align(artifact, Config()), truth, fuzzy=True)
    assert s.articles == 3 and s.paired_right == 3
    assert s.links_right == s.links_truth == s.links_output


def test_a_head_repeating_the_opening_words_of_two_titles_names_one_of_them():
    """Two of three stories' titles open with the same words (front-page at seed 5000:
    ``LEADER OF THE PROVINCIAL …`` over two stories): the first such head on the inside page
    takes up the first of the two set aside, never the third story, whose title it does not
    repeat; the next one the other."""
    titles = ("CHAIRMAN OF THE REGION MEETS THE SECRETARY",
              "LEADER OF THE PROVINCE RECEIVES THE CONSUL",
              "LEADER OF THE PROVINCE RECEIVES THE AMBASSADOR")
    front = []
    for k, title in enumerate(titles):
        top = 60.0 + 200 * k
        front += [("en", "title", title, _box(top)),
                  ("en", "body", f"Story {k} starts here and its sentence is cut", _box(top + 20)),
                  ("en", "jump", "Continued on page 2", _box(top + 40))]
    inside = []
    for n, k in enumerate((1, 0, 2)):          # the lead story's continuation second
        top = 60.0 + 200 * n
        inside += [("en", "title", " ".join(titles[k].split()[:3]) + " …", _box(top)),
                   ("en", "jump", "(Continued from page 1)", _box(top + 14)),
                   ("en", "body", f"by the jump, and story {k} goes on to its end.",
                    _box(top + 28))]
    drafts = group_articles(make_split([front, inside])).drafts
    titled = {d.title.text: d for d in drafts if d.title and d.paragraphs}
    assert set(titled) == set(titles)
    for k, title in enumerate(titles):
        text = " ".join(p.text for p in titled[title].paragraphs)
        assert f"story {k} goes on" in text


def test_a_jump_head_may_be_the_title_s_last_line_or_run_on_into_its_twin():
    """A head that is the whole title again may reach the stage cut in two, the block over
    the "continued from" line its last line (front-page-5 at seed 4300), or run on into the
    other language's head (front-page-3 at seed 4800): both name the story; the title's
    middle words, or a longer head that does not open with the title, do not."""
    title = "LEADER OF THE PROVINCIAL PEOPLE’S COMMITTEE RECEIVES AND WORKS WITH THE CONSUL"
    assert heads_title("RECEIVES AND WORKS WITH THE CONSUL", title)
    assert not heads_title("PROVINCIAL PEOPLE’S COMMITTEE RECEIVES", title)
    vi = "LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ"
    assert heads_title(f"{vi} LEADER OF THE PROVINCIAL PEOPLE’S COMMITTEE RECEIVES A", vi)
    assert not heads_title(f"LEADER OF THE PROVINCIAL {vi}", vi)
