"""Split rules on development families' documents drawn from another seed than the layout
bench's own (``bench/bench_layouts.py --seed``): page sizes, faces, type sizes and texts no
rule was written against. Inputs saved by ``tools/seeds_test_data.py``."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-seeds"


def _split(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(pages, Config(), roles="rules")


def test_a_letters_subject_wrapped_nearly_to_its_columns_width_is_its_title() -> None:
    """A press release's subject of two long lines stands under two body sizes in from its
    column's edges; it is still the centred heading under the kind, and the letter's title in
    both languages (not a caption)."""
    truth, result = _split("letters-long-subject")
    titles = [b for page in result.pages for b in page.blocks if b.role == Role.TITLE]
    want = [a["title"][lang] for a in truth["articles"][:1] for lang in ("vi", "en")]
    assert len(titles) == 2
    for block, text in zip(titles, want, strict=True):
        assert fuzz.ratio(block.text.casefold(), text.casefold()) >= 95


def test_a_title_in_display_type_inside_a_tall_pages_top_band_is_no_running_head() -> None:
    """On a sheet 1,219 points high the top 6% reaches 73 points down, over the Vietnamese
    title printed above the columns: a heading of many words set as large as a title is the
    article's title, not furniture; the first article keeps both its titles."""
    truth, result = _split("quartet-tall-page")
    blocks = [b for page in result.pages for b in page.blocks]
    want = truth["articles"][0]["title"]
    for lang in ("vi", "en"):
        assert any(b.role == Role.TITLE and b.lang == lang
                   and fuzz.ratio(b.text.casefold(), want[lang].casefold()) >= 95
                   for b in blocks), lang
    heads = [b for b in blocks if b.role == Role.HEADER]
    assert heads and all(len(b.text.split()) <= 8 for b in heads)   # the running heads stay


def test_a_ragged_caption_touching_three_columns_is_cut_from_them() -> None:
    """A caption of two ragged lines set right on three narrow columns (no white between):
    cut from them, the columns are read one after the other, so no block runs across a
    gutter and each of the page's blocks lies in one column, as its truth's do."""
    truth, result = _split("newsletter-caption-over-columns")
    page = result.pages[0]
    caption = next(b for b in page.blocks if b.role == Role.CAPTION)
    under = [b for b in page.blocks if b.box[1] > caption.box[3] and b.role != Role.ASIDE
             and b.role != Role.PAGE_NUMBER]
    tops = sorted({round(b.box[0]) for b in under})
    assert len(tops) == 3                               # three columns' blocks
    width = max(b.box[2] - b.box[0] for b in under)
    assert width < (caption.box[2] - caption.box[0]) / 2   # none runs across a gutter
    starts = [b.text[:20] for b in under]
    want = [b["text"][:20] for b in truth["pages"][0]["blocks"]
            if b["role"] in ("intro", "body") and b["box"][1] > caption.box[3]]
    assert set(want) <= set(starts)


def test_a_bilingual_caption_set_beside_its_photo_is_no_text_wrapped_around_it() -> None:
    """A photo's caption set beside it, Vietnamese then English, as narrow as lines wrapped
    around a photo and ending just over a full line of the column under it: the two
    languages tell it is no column's text run around the photo, so the two columns under
    it are read each on its own: each language's first paragraph starts a body block of
    its language, and no block of the text runs across the gutter between them."""
    truth, result = _split("cover-caption-beside-photo")
    first = truth["articles"][1]["paragraphs"][0]
    blocks = [b for page in result.pages for b in page.blocks]
    for lang in ("vi", "en"):
        head = " ".join(first[lang][0].split()[:6]).casefold()
        assert any(b.role == Role.BODY and b.lang == lang and
                   b.text.casefold().startswith(head) for b in blocks), lang
    middle = (min(b.box[0] for b in blocks) + max(b.box[2] for b in blocks)) / 2
    assert not any(b.role in (Role.BODY, Role.INTRO) and b.box[0] < middle < b.box[2]
                   for b in blocks)
