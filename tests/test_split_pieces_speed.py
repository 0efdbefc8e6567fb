"""The faster line facts of ``split.pieces`` equal their plain definitions."""

from __future__ import annotations

import random
import statistics

from conftest import SAVED
from magpipe.artifacts import ExtractArtifact
from magpipe.split.pieces import _median, build_pieces, char_width, is_speck, make_line


def test_the_median_is_statistics_median():
    rng = random.Random(16)
    for n in range(1, 40):
        values = [rng.choice([rng.uniform(-50, 50), rng.randint(0, 9), 7.5]) for _ in range(n)]
        assert _median(values) == statistics.median(values)
        assert type(_median(values)) is type(statistics.median(values))


def test_line_facts_equal_their_definitions():
    for page in ExtractArtifact.load(SAVED / "extract-digital.json").pages:
        words = page.words
        for line in build_pieces(words):
            ws = [words[i] for i in line.words]
            assert line.size == statistics.median(max(w.box[3] - w.box[1], 0.5) for w in ws)
            assert line.base == statistics.median(w.box[3] for w in ws)
            assert line.cw == statistics.median(char_width(w) for w in ws)
            assert line.conf == statistics.median(w.conf for w in ws)
            assert line.bold == (sum(len(w.text) for w in ws if w.bold) * 2
                                 > sum(len(w.text) for w in ws))
            assert make_line(words, list(reversed(line.words))) == line


def test_a_speck_is_a_line_without_a_letter_or_digit():
    from dataclasses import replace
    words = ExtractArtifact.load(SAVED / "extract-digital.json").pages[0].words
    for text in ["|", "-", "_", "__", "…", "* .", "a", "_a", "9", "ệ", "²", "Ⅻ", "x_"]:
        one = make_line((replace(words[0], text=text),), [0])
        assert is_speck(one, 1e9) == (not any(c.isalnum() for c in text) or len(text) <= 2)
        two = make_line((replace(words[0], text=text), replace(words[1], text="·")), [0, 1])
        assert is_speck(two, 1e9) == (not any(c.isalnum() for c in text))


def test_a_line_holds_a_letter_or_digit_when_its_text_does():
    from magpipe.split.pieces import _ALNUM
    for name in ("extract-digital.json", "extract-scanned.json", "extract-damaged-text.json"):
        for page in ExtractArtifact.load(SAVED / name).pages:
            for line in build_pieces(page.words):
                assert line.alnum == (_ALNUM.search(line.text) is not None)
                real = [page.words[i].box for i in line.words
                        if _ALNUM.search(page.words[i].text)] or \
                    [page.words[i].box for i in line.words]
                assert line.core == (min(b[0] for b in real), max(b[2] for b in real))


def test_the_letter_or_digit_pattern_is_isalnum_on_every_character():
    from magpipe.split.pieces import _ALNUM
    text = "".join(map(chr, range(0x110000)))
    found = {m.start() for m in _ALNUM.finditer(text)}
    assert found == {i for i, c in enumerate(text) if c.isalnum()}


def test_a_line_made_without_the_constructor_is_the_constructors_line():
    from dataclasses import fields

    from magpipe.split.pieces import Line, _made
    for page in ExtractArtifact.load(SAVED / "extract-digital.json").pages:
        for line in build_pieces(page.words):
            values = {f.name: getattr(line, f.name) for f in fields(Line)}
            built = Line(**values)
            assert type(line) is Line
            assert line == built and hash(line) == hash(built) and repr(line) == repr(built)
            assert vars(line) == vars(built)      # every field set (a field added to Line
                                                  # and not to ``_made`` is missing here)
    made = _made(**values)
    try:
        made.size = 1.0         # type: ignore[misc]
    except AttributeError:      # (FrozenInstanceError): still frozen
        pass
    else:
        raise AssertionError("a made line can be changed")
