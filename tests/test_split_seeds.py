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
