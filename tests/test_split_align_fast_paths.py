"""The fast paths of split and align (one-word lines, every line's edges at once, memos of
gutters, size shares and credits) give what the plain computations give."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from conftest import SAVED
from magpipe.align import align
from magpipe.align.photos import credit_cut
from magpipe.artifacts import ExtractArtifact
from magpipe.artifacts.base import union
from magpipe.artifacts.layout import SplitArtifact
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import gutters, split, turned
from magpipe.split.line_edges import VECTOR_LINES, all_line_edges, line_edges
from magpipe.split.pieces import (
    _counted_shares,
    _one_word_line,
    body_font_size,
    body_size_of,
    build_pieces,
    char_width,
    make_line,
    size_shares,
)
from magpipe.text.credits import cut_credit

_ALNUM = re.compile(r"[^\W_]")


def _pages():
    return list(ExtractArtifact.load(SAVED / "extract-digital.json").pages)


def _layout_pages():
    """Pages of a few saved layout documents (captions, briefs, columns)."""
    out = []
    for name in ("briefs", "captions", "english-first-columns"):
        out += RepairArtifact.load(SAVED / "layouts-split" / f"{name}.repair.json").pages
    return out


def _plain_line_facts(words: tuple[Word, ...], idx: list[int]) -> tuple:
    """A line's box, text, core and alnum by their definitions."""
    ws = [words[i] for i in idx]
    real = [w.box for w in ws if _ALNUM.search(w.text)] or [w.box for w in ws]
    return (union([w.box for w in ws]), " ".join(w.text for w in ws),
            (min(b[0] for b in real), max(b[2] for b in real)),
            any(_ALNUM.search(w.text) for w in ws))


def test_a_one_word_line_has_the_facts_of_any_line():
    words = list(_pages()[0].words[:40])
    # odd words too: bold, no letter, one character, empty text
    words += [replace(words[0], text=t, bold=b) for t, b in
              [("|", False), ("Đ", True), ("", True), ("__", False), ("9", True), ("ab", True)]]
    words = tuple(words)
    for i, w in enumerate(words):
        line = _one_word_line(words, i)
        assert (line.box, line.text, line.core, line.alnum) == _plain_line_facts(words, [i])
        assert line.size == max(w.box[3] - w.box[1], 0.5)
        assert line.base == w.box[3] and line.conf == w.conf
        assert line.cw == char_width(w)
        assert line.bold == (w.bold and len(w.text) * 2 > len(w.text))
        assert make_line(words, [i]) == line


def test_every_piece_and_row_has_its_box_text_and_core_by_definition():
    for page in _pages() + _layout_pages():
        words = page.words
        pieces = build_pieces(words)
        for line in pieces:
            assert (line.box, line.text, line.core, line.alnum) == \
                _plain_line_facts(words, list(line.words))
        # rows of several pieces: one line made of all their words
        for a, b in zip(pieces, pieces[1:], strict=False):
            idx = sorted(a.words + b.words, key=lambda i: words[i].box[0])
            line = make_line(words, idx)
            assert (line.box, line.text, line.core, line.alnum) == _plain_line_facts(words, idx)


def _random_lines(rng: random.Random, n: int) -> list:
    words = []
    for _ in range(n):
        x0 = rng.choice([50.0, 50.0, 52.5, rng.uniform(40, 300)])
        x1 = rng.choice([250.0, 250.0, rng.uniform(x0, 320)])
        top = rng.uniform(0, 700)
        words.append(Word(text="word", box=(x0, top, x1, top + rng.choice([9.0, 10.0, 14.0])),
                          size=10.0))
    words = tuple(words)
    return [make_line(words, [i]) for i in range(n)]


def test_every_lines_edges_at_once_equal_each_lines_edges():
    rng = random.Random(14)
    for n in list(range(1, 3 * VECTOR_LINES)) + [80, 200]:
        lines = _random_lines(rng, n)
        assert all_line_edges(lines) == [line_edges(lines, ln) for ln in lines]
    for page in _pages() + _layout_pages():
        pieces = build_pieces(page.words)
        for group in (pieces, pieces[: VECTOR_LINES], pieces[::2]):
            if group:
                assert all_line_edges(group) == [line_edges(group, ln) for ln in group]


def test_remembered_gutters_are_the_gutters_of_the_set_in_any_order():
    rng = random.Random(13)
    for page in _pages() + _layout_pages():
        pieces = build_pieces(page.words)
        body = body_size_of(page.words)
        for group in (pieces, pieces[: len(pieces) // 2], pieces[1::3]):
            if not group:
                continue
            found = gutters._found_gutters(group, body)
            assert gutters.region_gutters(group, body) == found
            shuffled = list(group)
            rng.shuffle(shuffled)
            answer = gutters.region_gutters(shuffled, body)
            assert answer == found
            answer.append((0.0, 1.0))            # a caller's change stays its own
            assert gutters.region_gutters(group, body) == found


def test_the_gutter_memo_stays_bounded():
    pieces = build_pieces(_pages()[0].words)
    for k in range(gutters.GUTTER_MEMO + 20):
        gutters.region_gutters(pieces[: 1 + k % len(pieces)], 10.0 + k)
    assert len(gutters._gutter_memo) <= gutters.GUTTER_MEMO


def test_remembered_size_shares_equal_counted_ones():
    for page in _pages() + _layout_pages():
        counted = _counted_shares(page.words)
        assert size_shares(page.words) == counted
        mine = size_shares(page.words)
        mine[1.0] = 99                        # a caller's change stays its own
        assert size_shares(page.words) == counted
        assert size_shares(list(page.words)) == counted


CREDIT_TEXTS = [
    "Toàn cảnh hội nghị. Ảnh: TRÍ DŨNG", "The conference. Photo: TRI DUNG",
    "Ảnh: VNA", "Photo by KIỀU ANH", "(Photo: VU GIANG)", "A view of the bay © Minh Đức",
    "Source: Ministry of Health", "Nguồn: Bộ Y tế", "No credit in this caption.",
    "Ảnh tư liệu", "Photo: courtesy of the museum", "",
]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_remembered_credit_is_the_credit(lang):
    blocks = [b.text for p in SplitArtifact.load(SAVED / "split-digital.json").pages
              for b in p.blocks]
    for text in CREDIT_TEXTS + blocks:
        assert credit_cut(text, lang) == cut_credit(text, lang)
        assert credit_cut(text, lang) == cut_credit(text, lang)      # (from the memo)


def test_align_gives_the_same_records_whatever_documents_came_before():
    first = SplitArtifact.load(SAVED / "split-digital.json")
    other = split(RepairArtifact.load(SAVED / "layouts-split" / "captions.repair.json"),
                  Config())
    alone = align(first, Config())
    align(other, Config())
    assert align(first, Config()) == alone
    assert credit_cut.cache_info().currsize > 0


def test_remembered_column_judgements_are_the_judgements_worked_out():
    for page in _pages()[:1] + _layout_pages()[:1]:
        pieces = build_pieces(page.words)
        body = body_size_of(page.words)
        for group in (pieces, pieces[::-1]):
            for gutter in gutters._found_gutters(group, body)[:2] + [(0.0, 1.0)]:
                for rows, spaced in ((2, True), (3, False)):
                    fresh = gutters._judged_split(group, gutter, body, rows, spaced)
                    assert gutters.splits_columns(group, gutter, body, rows, spaced) == fresh
                    assert gutters.splits_columns(group, gutter, body, rows, spaced) == fresh
    assert len(gutters._splits_memo) <= gutters.SPLITS_MEMO


def _made_word(text: str, box: tuple[float, float, float, float]) -> Word:
    return Word(text=text, box=box, size=7.0, conf=100.0, line=0, block=0, bold=False)


def test_remembered_turned_lines_are_the_ones_found_afresh():
    # a level line (boxes 10 high for size 7) and a credit reading upwards beside it, its
    # words 10 wide: a turned line (as in test_split_turned)
    level = tuple(_made_word(t, (40.0 + 40 * k, 410.0, 70.0 + 40 * k, 420.0))
                  for k, t in enumerate(("Body", "text", "beside", "it.")))
    credit = tuple(_made_word(t, (580.0, top, 590.0, bottom))
                   for t, top, bottom in (("Ảnh:", 440.0, 454.0), ("TRÍ", 428.0, 438.0),
                                          ("DŨNG", 408.0, 426.0)))
    pages = [page.words for page in _pages()[:2]] + [level + credit]
    for words in pages:
        for exact in (True, False):
            found = turned._found_runs(words, exact)
            assert turned.turned_runs(words, exact) == found
            mine = turned.turned_runs(words, exact)
            mine.append((0,))                          # a caller's change stays its own
            assert turned.turned_runs(words, exact) == found
            assert turned.turned_runs(list(words), exact) == found
            shown = turned.upright(words, exact)
            assert turned.upright(words, exact) is shown       # (from the memo)
            hidden = {i for run in found for i in run}
            assert [w.text for w in shown] == [
                "" if i in hidden else w.text for i, w in enumerate(words)]
    assert turned.turned_runs(pages[-1]) == [(4, 5, 6)]


def test_the_remembered_body_font_size_is_the_pages_own():
    pages = [page.words for page in _pages()[:3]]
    fresh = [body_font_size(list(words)) for words in pages]       # (a list: not remembered)
    for words, size in zip(pages + pages[::-1], fresh + fresh[::-1], strict=True):
        assert body_font_size(words) == size
        assert body_font_size(words) == size                  # (from the memo)
    doubled = tuple(replace(w, size=w.size * 2) for w in pages[0])   # another tuple
    assert body_font_size(doubled) == 2 * fresh[0]
