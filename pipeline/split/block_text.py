"""A block's text from its paragraph's words: line by line, hyphenation undone, and a contents
entry's page number moved to where an entry's number is read."""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.layout import Para
from magpipe.split.paragraph_facts import para_words
from magpipe.split.roles import page_number_like
from magpipe.text.dehyphen import join_lines


def block_text(words: tuple[Word, ...], idx: list[int], starts: set[int], lang: str) -> str:
    """Text of some words of a paragraph, line by line, hyphenation undone.

    ``starts`` holds the indices of the words that begin a line.
    """
    lines: list[list[str]] = []
    for i in idx:
        if i in starts or not lines:
            lines.append([])
        lines[-1].append(words[i].text)
    return join_lines([" ".join(ln) for ln in lines], lang=lang)


def number_last(words: tuple[Word, ...], para: Para) -> list[int]:
    """A contents entry's words with the page number that ends one of its first lines (set
    far right, the title running on below it) moved to the end, where an entry's number is
    read."""
    idx = para_words(para)
    for line in para.lines[:-1]:
        last = line.words[-1]
        if len(line.words) > 1 and page_number_like(words[last].text):
            return [i for i in idx if i != last] + [last]
    return idx
