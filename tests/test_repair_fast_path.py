"""Lines that need no decoding skip the decoder, and that changes nothing.

A paragraph is decoded only when a word of it has an option besides itself
(``magpipe.repair._may_change``); on a sound page most have none. Checked against the
decoder itself on the saved artifacts: every skipped paragraph, decoded, changes nothing.
"""

from __future__ import annotations

import pytest
from magpipe.artifacts.pages import ExtractArtifact
from magpipe.repair import _may_change, _mode, _repairable, decoder, paragraph_spans
from magpipe.repair.lexicon.model import CLEAN

SAVED_ARTIFACTS = ("extract-digital.json", "extract-scanned.json", "extract-damaged-text.json")


def _paragraphs(artifact: ExtractArtifact):
    """(mode, lines, first, last) of every paragraph of the repairable pages."""
    for page in artifact.pages:
        if not _repairable(page):
            continue
        lines = [[w.text for w in line] for line in page.lines()]
        blocks = [line[0].block for line in page.lines()]
        for first, last in paragraph_spans(blocks):
            yield _mode(page), lines, first, last


@pytest.mark.parametrize("name", SAVED_ARTIFACTS)
def test_a_skipped_paragraph_is_one_the_decoder_leaves_alone(saved_dir, name):
    dec = decoder()
    skipped = 0
    for mode, lines, first, last in _paragraphs(ExtractArtifact.load(saved_dir / name)):
        if not any(_may_change(dec, lines[k], mode) for k in range(first, last)):
            skipped += 1
            before = next((line for line in reversed(lines[:first]) if line), [])
            after = next((line for line in lines[last:] if line), [])
            assert dec.decode_lines(lines[first:last], mode, before, after) == \
                [[] for _ in range(first, last)]
    assert skipped > 0


def test_most_paragraphs_of_a_sound_page_skip_the_decoder(saved_dir):
    dec = decoder()
    found = [any(_may_change(dec, lines[k], mode) for k in range(first, last))
             for mode, lines, first, last in
             _paragraphs(ExtractArtifact.load(saved_dir / "extract-digital.json"))
             if mode == CLEAN]
    assert sum(not f for f in found) >= 0.25 * len(found)     # 34 of 118 today
