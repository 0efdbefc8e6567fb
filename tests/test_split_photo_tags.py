"""Tags printed on a photo (issue 16): the word or two a magazine sets on the picture itself,
``XƯA`` over ``THEN`` on the earlier photo of a then-and-now pair, ``NAY`` over ``NOW`` on
the later one, are the photo's (``split.photo_tags``: labels of the article), never a line of
its text or a caption's words. Documents of the layout bench's ``beforeafter`` family
(``tests/data/layouts-photo-tags/``, made by ``tools/beforeafter_test_data.py``) run through
split and align, and the rule itself on made-up blocks.

At the round's start (start29) the English tag of each photo was read as a line of body
text: on ``tags-top`` two articles titled ``THEN`` and ``NOW`` came out, and on
``tags-run-on`` the tags were joined into the paragraph running on over the page's foot
(``THEN XƯA THEN Phó Bí thư ...``), two of its paragraph links lost. Read as labels, the
tags of a pair set under a page's text were still taken by align for the heading of the
passage after them (``align.side_heads``: a label of words alone read once the text has
begun), and the paragraph going on at the next page's head was cut there
(``tags-page-turn``: one of its links lost, two made of its halves).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.photo_tags import is_tag
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-photo-tags"
NAMES = ["tags-top", "tags-run-on", "tags-page-turn"]


def _load(name: str) -> tuple[RepairArtifact, dict]:
    truth = json.loads((DATA / f"{name}.truth.json").read_text("utf-8"))
    return RepairArtifact.load(DATA / f"{name}.repair.json"), truth


def _tag_words(truth: dict) -> set[str]:
    return {b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "label"}


@pytest.mark.parametrize("name", NAMES)
def test_every_tag_on_a_photo_is_a_label_of_the_article(name: str) -> None:
    pages, truth = _load(name)
    tags = _tag_words(truth)
    result = split(pages, Config())
    blocks = [b for p in result.pages for b in p.blocks]
    on_photos = [b for b in blocks if any(w in tags for w in b.text.split())]
    assert on_photos and {b.role for b in on_photos} == {Role.LABEL}


@pytest.mark.parametrize("name", NAMES)
def test_the_paragraphs_and_captions_round_tagged_pairs_are_whole(name: str) -> None:
    pages, truth = _load(name)
    tags = _tag_words(truth)
    result = align(split(pages, Config()), Config())
    found = score(result, truth, fuzzy=True)
    assert len(result.articles) == len(truth["articles"])
    assert found.paired_right == found.articles
    assert found.links_right == found.links_truth == found.links_output
    assert found.captions_right == found.captions
    texts = [t for a in result.articles for p in a.paragraphs for t in (p.vi, p.en) if t] + \
        [t for a in result.articles for c in a.captions for t in (c.vi, c.en) if t]
    assert not any(w in tags for t in texts for w in t.split())


PAGE = PageFacts(width=600.0, height=840.0, body_size=9.0, body_cw=4.5, columns=2,
                 exact=True, repeated=frozenset())
PHOTO = (35.0, 130.0, 310.0, 320.0)


def _facts(text: str, box: tuple[float, float, float, float], size: float = 8.1) -> Facts:
    lines = tuple(text.split("\n"))
    return Facts(text=" ".join(lines), box=box, size=size, cw=4.0, bold=True, lines=len(lines),
                 column=0, column_box=(35.0, 310.0), line_texts=lines)


@pytest.mark.parametrize("text, box", [
    ("XƯA\nTHEN", (44.0, 140.0, 67.0, 161.0)),              # top-left corner
    ("NĂM 2008\nIN 2008", (44.0, 290.0, 90.0, 311.0)),     # bottom-left, years
    ("SAU / AFTER", (250.0, 140.0, 305.0, 150.0)),          # one line, top-right
])
def test_a_word_or_two_in_a_photo_s_corner_is_its_tag(text: str, box: tuple) -> None:
    assert is_tag(_facts(text, box), PHOTO, PAGE)


@pytest.mark.parametrize("text, box, size", [
    # a caption printed on a band across the photo's foot: a sentence, across its width
    ("Toàn cảnh buổi làm việc.", (40.0, 300.0, 200.0, 311.0), 8.1),
    ("Overview of the meeting at the provincial hall", (40.0, 300.0, 300.0, 311.0), 8.1),
    # a headline printed over an opening photo: display type
    ("HẠ LONG", (60.0, 200.0, 150.0, 224.0), 22.0),
    # a tag-like word beside the photo, not on it
    ("THEN", (312.0, 140.0, 335.0, 150.0), 8.1),
    # a credit set on the photo
    ("Ảnh: LA MAI", (250.0, 300.0, 305.0, 311.0), 8.1),
])
def test_a_caption_headline_or_word_off_the_photo_is_no_tag(text: str, box: tuple,
                                                            size: float) -> None:
    assert not is_tag(_facts(text, box, size), PHOTO, PAGE)
