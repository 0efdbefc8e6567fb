"""Fillers of no article (``magpipe.split.fillers``) and caption stacks whose type and language
turn together (``magpipe.split.type_turns``). Pages of the ``filler`` and ``cameo`` families
saved by ``tools/filler_test_data.py``: a filler's lead-in and text in each language are kept
out of the articles and the article's text over it stays in; a short item with no twin level
with it is no filler; a stack of captions turning roman Vietnamese, italic English, twice, is
cut into blocks of one language each; synthetic stacks for the turns themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.split_score import score
from magpipe.split import geometry_of, split
from magpipe.split.fillers import fillers
from magpipe.split.pieces import Line
from magpipe.split.type_turns import type_turns

DATA = Path(__file__).parent / "data" / "layouts-filler"


def _load(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, split(pages, Config(), roles="rules"), truth


def _holding(blocks, text: str):
    """The blocks whose words are mostly words of ``text`` (a truth block's)."""
    words = set(text.casefold().split())
    return [b for b in blocks if b.text.strip()
            and sum(w in words for w in b.text.casefold().split()) * 2 > len(b.text.split())]


@pytest.mark.parametrize("name", ["end-runin", "foot-line", "scanned-line"])
def test_a_filler_in_each_language_is_kept_out_and_the_article_over_it_kept_in(name) -> None:
    _, result, truth = _load(name)
    blocks = [b for page in result.pages for b in page.blocks]
    want = [b for page in truth["pages"] for b in page["blocks"]]
    filler = [b for b in want if b["role"] == "sidebar"]
    assert {b["lang"] for b in filler} == {"vi", "en"}
    for b in filler:
        found = _holding(blocks, b["text"])
        assert found, b["text"]
        assert all(f.role in FURNITURE_ROLES for f in found), (b["text"], found)
    body = [b for b in want if b["role"] == "body"]
    assert body
    for b in body:
        found = _holding(blocks, b["text"])
        assert found and all(f.role not in FURNITURE_ROLES for f in found), b["text"]


def test_a_short_item_with_no_twin_level_with_it_is_no_filler() -> None:
    pages, result, _ = _load("foot-line")
    page, blocks = pages.pages[0], list(result.pages[0].blocks)
    body = geometry_of(pages)[0].body_size      # (as split measures it)
    both = fillers(page, blocks, body)
    assert {b.lang for b in blocks if b.id in both} == {Lang.VI, Lang.EN}
    # the same page with the English filler gone: the Vietnamese one stands alone
    alone = [b for b in blocks if b.id not in both or b.lang == Lang.VI]
    assert fillers(page, alone, body) == {}


def test_a_caption_stack_turning_type_and_language_is_cut_at_each_turn() -> None:
    pages, result, truth = _load("cameo-captions")
    assert score(result, pages.pages, truth).lang_accuracy == 1.0
    captions = [b for page in result.pages for b in page.blocks if b.role == Role.CAPTION]
    inset_en = [b for b in captions if b.text.startswith("(Inset)")]
    assert len(inset_en) == 1 and inset_en[0].lang == Lang.EN


def _lines(rows: list[list[tuple[str, bool]]]):
    """Words and lines of a synthetic text-layer stack: each row its (word, italic) pairs."""
    words, lines = [], []
    for k, row in enumerate(rows):
        ids = []
        for j, (text, italic) in enumerate(row):
            ids.append(len(words))
            words.append(Word(text=text, box=(40.0 + 30 * j, 12.0 * k, 68.0 + 30 * j,
                                              12.0 * k + 10), size=9.0, line=k, italic=italic))
        lines.append(Line(words=tuple(ids), box=(40.0, 12.0 * k, 400.0, 12.0 * k + 10),
                          size=9.0, bold=False, text=" ".join(t for t, _ in row),
                          base=12.0 * k + 10))
    return tuple(words), lines


VI = "Các lễ hội truyền thống hằng năm thu hút lượng lớn khách du lịch đến với tỉnh."
EN = "Annual traditional festivals attract large numbers of tourists to the province."


def test_a_stack_turning_type_and_language_line_by_line_is_cut_at_each_turn() -> None:
    words, lines = _lines([[(w, False) for w in VI.split()], [(w, True) for w in EN.split()],
                           [(w, False) for w in VI.split()], [(w, True) for w in EN.split()]])
    assert type_turns(words, lines) == [1, 2, 3]


def test_a_line_of_both_looks_or_italics_in_the_same_language_leave_the_stack_whole() -> None:
    mixed = [(w, False) for w in VI.split()[:6]] + [(w, True) for w in EN.split()[:6]]
    words, lines = _lines([[(w, False) for w in VI.split()], mixed,
                           [(w, True) for w in EN.split()]])
    assert type_turns(words, lines) == []
    words, lines = _lines([[(w, False) for w in VI.split()], [(w, True) for w in VI.split()]])
    assert type_turns(words, lines) == []
