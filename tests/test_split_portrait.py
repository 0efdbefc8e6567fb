"""A photo-led profile (the ``portrait`` layout family): a large portrait over all the columns
but one, its captions under it or under its halves, its credits set upright along its edge, a
pull quote in both languages in the text. Split and align from saved pages
(``tests/data/layouts-portrait/``, made by ``tools/portrait_test_data.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.photo_captions import photo_captions
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-portrait"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


@pytest.fixture(scope="module")
def upright():
    return _split("upright")


@pytest.fixture(scope="module")
def halves():
    return _split("halves")


def _blocks(result):
    return [b for p in result.pages for b in p.blocks]


def _holding(result, text: str):
    return [b for b in _blocks(result) if text in b.text]


def test_credits_set_upright_along_a_photo_are_blocks_of_their_own_after_its_captions(
        upright) -> None:
    _, _, result = upright
    blocks = _blocks(result)
    vi = [b for b in blocks if b.text == "Ảnh: TRÍ DŨNG"]
    en = [b for b in blocks if b.text == "Photo: TRI DUNG"]
    assert [b.role for b in vi] == [Role.CREDIT] and [b.role for b in en] == [Role.CAPTION]
    # no line of the columns picked up a turned word
    assert not [b for b in blocks if b not in vi + en and ("Photo:" in b.text or "DŨNG" in b.text)]
    captions = [k for k, b in enumerate(blocks) if b.role == Role.CAPTION and b not in en]
    assert captions and blocks.index(vi[0]) > max(captions)


def test_a_photos_captions_and_upright_credits_are_read_as_one_caption(upright) -> None:
    _, truth, result = upright
    want = truth["articles"][0]["captions"][0]
    found = [c for a in align(result, Config()).articles for c in a.captions]
    assert [(c.vi, c.en, c.credit, c.credit_en) for c in found] == [
        (want["vi"], want["en"], want["credit"], want["credit_en"])]


def test_small_text_right_under_a_photo_without_a_credit_is_its_caption(halves) -> None:
    _, truth, result = halves
    texts = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "caption"
             and not b["text"].startswith("Photo:")]
    assert len(texts) == 2
    for text in texts:
        assert [b.role for b in _holding(result, text[:30])] == [Role.CAPTION]


def test_upright_credits_open_no_article(halves) -> None:
    _, _, result = halves
    titles = [b.text for b in _blocks(result) if b.role == Role.TITLE]
    assert len(titles) == 2 and all(len(t) > 40 for t in titles)


def test_the_column_beside_a_portrait_is_read_after_the_columns_under_it(halves) -> None:
    _, _, result = halves
    # the Vietnamese text runs down the columns under the photo, then on at the head of the
    # column beside it, mid-sentence
    head = next(b for b in _blocks(result) if b.text.startswith("sự đến thăm"))
    before = next(b for b in _blocks(result) if b.id == head.continued_from)
    assert before.text.startswith("Nhân dịp này") and before.box[2] < head.box[0]


def test_a_pull_quotes_twin_closing_the_quote_in_many_lines_is_kept_out() -> None:
    _, truth, result = _split("quote")
    quotes = [b["text"] for p in truth["pages"] for b in p["blocks"]
              if b["role"] == "pull-quote"]
    assert len(quotes) == 2
    for text in quotes:
        held = _holding(result, text[:30])
        assert held and all(b.role in FURNITURE_ROLES for b in held)
    assert max(len(_holding(result, q[:30])[0].text) for q in quotes) > 150


def test_captions_under_a_photos_halves_make_no_columns_of_a_scanned_page() -> None:
    _, truth, result = _split("scan")
    page = result.pages[0]
    assert len(page.columns) == 2
    under = next(b for b in page.blocks if b.text.startswith("Nhân dịp này"))
    assert under.role == Role.BODY and under.column == 0
    assert [b.text for b in page.blocks if b.role == Role.CREDIT] == ["Ảnh: TRÍ DŨNG"]
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.links_right == s.links_truth


def _small(text: str, box: tuple[float, float, float, float]) -> Facts:
    return Facts(text=text, box=box, size=7.0, cw=3.5, bold=False, lines=1, column=0,
                 column_box=(40.0, 560.0))


def test_a_row_of_cells_under_a_band_is_no_photos_captions() -> None:
    """Three or more small blocks level under a wide band (a table's first row under its
    shaded head, which a scan shows as an image) are cells, not captions; one under each half
    of a photo are its captions."""
    page = PageFacts(width=600.0, height=800.0, body_size=9.0, body_cw=4.5, columns=1,
                     exact=True, repeated=frozenset())
    band = (40.0, 50.0, 560.0, 90.0)
    row = [_small("08h00 - 08h30", (42, 92, 100, 99)), _small("Welcome", (150, 92, 270, 99)),
           _small("Hall A", (400, 92, 430, 99))]
    roles = [Role.ASIDE] * 3
    assert photo_captions(roles, [""] * 3, row, page, (band,))[0] == roles
    halves = row[:2]
    assert photo_captions(roles[:2], [""] * 2, halves, page, (band,))[0] == [Role.CAPTION] * 2
