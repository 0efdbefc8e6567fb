"""align's gloss list as it is kept (text, read back fast) means the list's glosses."""

from __future__ import annotations

import gzip

from magpipe.align.lexicon import DATA, _entry, content_words, glosses


def test_every_headword_keeps_the_content_words_of_each_of_its_glosses():
    listed: dict[str, tuple[frozenset[str], ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            head, _, rest = line.rstrip("\n").partition("\t")
            listed[head] = tuple(c for c in map(content_words, rest.split("|")) if c)
    kept = glosses()
    assert kept.keys() == listed.keys() and len(listed) > 30_000
    assert all(_entry(kept[head]) == meant for head, meant in listed.items())
    # headwords whose every gloss is stop words are kept, with no gloss: they still count
    assert any(meant == () for meant in listed.values()) == any(v == "" for v in kept.values())
    assert any(len(meant) > 1 and any(len(g) > 1 for g in meant) for meant in listed.values())
