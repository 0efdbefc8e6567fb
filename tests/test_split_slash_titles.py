"""A slash title cut at its slash (``split.slash_titles``): a bulletin's Vietnamese title, a
slash and its English title run on as one paragraph, the slash mid-line, give two titles each
whole (``tests/data/layouts-ratebox``, saved by ``tools/ratebox_test_data.py``), born-digital
and scanned; a title in one language with a slash in it stays whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.layout import Para
from magpipe.split.pieces import make_line
from magpipe.split.slash_titles import slash_cut, slash_parts

DATA = Path(__file__).parent / "data" / "layouts-ratebox"


def _titles(name: str) -> tuple[list[str], list[dict]]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    blocks = split(artifact, Config()).pages[0].blocks
    return [f"{b.lang}:{b.text}" for b in blocks if b.role == Role.TITLE], truth["articles"]


@pytest.mark.parametrize("name", ["slash", "scanned"])
def test_each_title_of_a_slash_title_broken_mid_line_is_whole(name: str) -> None:
    titles, articles = _titles(name)
    for article in articles:
        vi, en = article["title"]["vi"], article["title"]["en"]
        # the Vietnamese title ends with the slash; the English one opens with its first words
        assert any(t.startswith(f"{Lang.VI}:") and t.rstrip(" /").endswith(vi[-12:])
                   for t in titles), titles
        assert any(t.startswith(f"{Lang.EN}:{en[:12]}") for t in titles), titles


def _word(text: str, x: float, y: float) -> Word:
    return Word(text=text, box=(x, y, x + 6.0 * len(text), y + 12.0), size=12.0)


def _para(rows: list[list[str]]) -> tuple[tuple[Word, ...], Para]:
    words: list[Word] = []
    lines: list[list[int]] = []
    for r, row in enumerate(rows):
        idx = []
        x = 40.0
        for text in row:
            idx.append(len(words))
            words.append(_word(text, x, 100.0 + 16.0 * r))
            x += 6.0 * len(text) + 4.0
        lines.append(idx)
    ws = tuple(words)
    made = tuple(make_line(ws, idx) for idx in lines)
    return ws, Para(lines=made, box=(40.0, 100.0, 560.0, 100.0 + 16.0 * len(rows)), region=0)


def test_a_slash_title_is_cut_after_its_slash_and_a_one_language_title_stays() -> None:
    words, para = _para([["HỘI", "ĐÀM", "GIỮA", "CHỦ", "TỊCH", "UBND", "TỈNH", "LẠNG"],
                         ["SƠN", "VỚI", "ĐOÀN", "ĐẠI", "BIỂU", "/", "TALKS", "BETWEEN", "THE"],
                         ["PROVINCIAL", "CHAIRMAN", "AND", "THE", "DELEGATION"]])
    halves = slash_cut(words, para)
    assert halves is not None and len(halves) == 2
    assert halves[0].lines[-1].text.endswith("/")
    assert halves[1].lines[0].text.startswith("TALKS")
    words, para = _para([["TRADE", "ACROSS", "THE", "BORDER", "GATE", "/", "IMPORTS"],
                         ["AND", "EXPORTS", "OF", "THE", "PROVINCE", "IN", "THE", "YEAR"]])
    assert slash_cut(words, para) is None


def test_a_boxs_one_line_slash_title_is_cut_into_its_two_languages() -> None:
    words, para = _para([["THỜI", "TIẾT", "CUỐI", "TUẦN", "/", "WEEKEND", "WEATHER"]])
    assert slash_cut(words, para) is None       # (one line: a row's, not a paragraph's cut)
    parts = slash_parts(words, para)
    assert parts is not None
    assert [" ".join(words[i].text for i in part) for part in parts] == [
        "THỜI TIẾT CUỐI TUẦN /", "WEEKEND WEATHER"]
