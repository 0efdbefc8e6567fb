"""Where a paragraph ends at a column's or page's edge (issue 16): a last line that left room
for the next block's first word ended its paragraph (``split.short_ends``), in one ragged
column a few points apart too (``layout._breaks_before``); a line opening in small letters is
no rubric over the heading under it (``roles.sections_above_titles``); a paragraph's last
word at a column's head is no running head, its last lines set smaller at a column's foot no
caption (``split.column_ends``); the paragraph after a lead in the lead's language is text
(``heads.wide_leads``). The rules on made-up boxes, and saved born-digital pages
(``tests/data/layouts-para-ends/``, ``tools/para_ends_test_data.py``) split whole."""

from __future__ import annotations

from pathlib import Path

from magpipe.artifacts.layout import Block, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.short_ends import ended_short

DATA = Path(__file__).parent / "data" / "layouts-para-ends"


def _blocks(name: str) -> list[Block]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return [b for page in split(artifact, Config()).pages for b in page.blocks]


def _holding(blocks: list[Block], text: str) -> Block:
    """The block opening with ``text``."""
    return next(b for b in blocks if b.text.startswith(text))


def _column(rights: list[float]) -> list[Word]:
    """Words of a column of lines 12 apart, two words a line, each line ending at the right
    edge given."""
    words = []
    for k, right in enumerate(rights):
        top = 100.0 + 12 * k
        words += [Word(text="word", box=(40.0, top, 80.0, top + 10), size=10, line=k),
                  Word(text="word", box=(85.0, top, right, top + 10), size=10, line=k)]
    return words


def test_a_last_line_with_room_for_the_next_word_ended_its_paragraph() -> None:
    first = [Word(text="Mr.", box=(40.0, 50.0, 60.0, 60.0), size=10, line=0)]    # 20 wide
    assert ended_short(_column([250, 248, 252, 130]), first)
    assert not ended_short(_column([250, 248, 252, 240]), first)      # a wrap: no room
    assert not ended_short(_column([250, 130]), first)                # too few lines to tell


def test_a_page_ending_without_its_stop_and_room_to_spare_is_linked_to_nothing() -> None:
    """``… the Provincial Public Security`` ends page 2 short of its measure; ``Mr. Doan
    Thanh Son, …`` opens page 3: two paragraphs."""
    blocks = _blocks("short-end")
    assert _holding(blocks, "Mr. Doan Thanh Son").continued_from is None


def test_two_paragraphs_a_few_points_apart_in_a_ragged_column_are_two_blocks() -> None:
    blocks = _blocks("spaced-ragged")
    ended = _holding(blocks, "Attending the delegation were")
    assert ended.text.endswith("Public Security")
    assert _holding(blocks, "Mr. Doan Thanh Son").text.startswith("Mr. Doan")


def test_a_paragraphs_last_line_over_a_numbered_heading_goes_on_from_its_paragraph() -> None:
    blocks = _blocks("turned-under-heading")
    tail = _holding(blocks, "nhân văn, hướng tới")
    assert tail.role == Role.BODY and tail.continued_from is not None


def test_a_paragraphs_last_word_at_a_columns_head_is_its_text() -> None:
    """``Quốc.`` heads page 2's second column, level with the first column's text."""
    blocks = _blocks("column-head-word")
    word = next(b for b in blocks if b.text.strip() == "Quốc.")
    assert word.role == Role.BODY and word.continued_from is not None


def test_a_columns_last_lines_set_smaller_are_text_going_on_over_the_page() -> None:
    blocks = _blocks("squeezed-foot")
    foot = _holding(blocks, "Tham dự Hội đàm có")
    assert foot.role == Role.BODY
    rest = _holding(blocks, "đồng chí Nguyễn Thị Hường")
    assert rest.page == foot.page + 1 and rest.continued_from == foot.id


def test_the_paragraph_after_a_lead_in_its_own_language_is_text() -> None:
    blocks = _blocks("lead-then-text")
    assert _holding(blocks, "Trong khuôn khổ chuyến thăm").role == Role.INTRO
    assert _holding(blocks, "Tham dự Hội đàm có").role == Role.BODY
