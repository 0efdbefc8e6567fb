"""The repair stage on saved extract artifacts (runs without OCR)."""

from __future__ import annotations

import pytest
from magpipe.artifacts.pages import ExtractArtifact, Page, PageSource, RepairArtifact
from magpipe.config import Config
from magpipe.repair import repair
from magpipe.repair.line_changes import CREDIT, credit_labels
from magpipe.text.damage import has_vietnamese_only_letter


@pytest.fixture(scope="module")
def damaged(saved_dir) -> ExtractArtifact:
    """English-only OCR text layer of the q3 sample (fixtures/damaged-textonly.pdf, extracted)."""
    return ExtractArtifact.load(saved_dir / "extract-damaged-text.json")


@pytest.fixture(scope="module")
def repaired(damaged) -> RepairArtifact:
    return repair(damaged, Config())


def _words(pages: tuple[Page, ...]):
    return [w for p in pages for w in p.words]


def test_repair_keeps_every_word_box_and_order(damaged, repaired) -> None:
    before, after = _words(damaged.pages), _words(repaired.pages)
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert (old.box, old.line, old.block, old.size) == (new.box, new.line, new.block, new.size)


def test_repair_records_exactly_the_words_it_changed(damaged, repaired) -> None:
    by_page = {p.number: p for p in damaged.pages}
    new_pages = {p.number: p for p in repaired.pages}
    changed = {(p.number, i) for p in damaged.pages for i, w in enumerate(p.words)
               if w.text != new_pages[p.number].words[i].text}
    assert changed == {(c.page, c.word) for c in repaired.changes}
    for c in repaired.changes:
        assert by_page[c.page].words[c.word].text == c.before
        assert new_pages[c.page].words[c.word].text == c.after
        # a credit label put right is a rule of the caption's shape, no model's evidence
        assert c.score > 0 or c.rule == CREDIT
        assert c.rule in {"ocr-confusion", "stripped", "tone", "mark", "fuzzy", CREDIT}


def test_repair_restores_vietnamese_letters_on_a_damaged_page(damaged, repaired) -> None:
    def marked(pages):
        return sum(has_vietnamese_only_letter(w.text) for w in _words(pages))
    assert marked(damaged.pages) == 0
    assert marked(repaired.pages) > 100
    text = repaired.to_text()
    for phrase in ("Tập đoàn Xây dựng", "Trung Quốc", "tỉnh Lạng Sơn", "hợp tác"):
        assert phrase in text


def test_repair_leaves_the_english_half_of_a_damaged_page(repaired) -> None:
    text = repaired.to_text()
    for phrase in ("On the afternoon of July 26, 2025, Mr.", "Pacific Construction Group",
                   "to Lang Son for the second", "continued interest in Lang Son province."):
        assert phrase in text


def test_repair_disabled_copies_pages_unchanged(damaged) -> None:
    result = repair(damaged, Config(repair=False))
    assert result.pages == damaged.pages and result.changes == ()


def test_repair_leaves_a_sound_text_layer_alone(saved_dir) -> None:
    sound = ExtractArtifact.load(saved_dir / "extract-digital.json")
    result = repair(sound, Config())
    words = len(_words(sound.pages))
    assert len(result.changes) <= 0.002 * words


def test_repair_skips_pages_without_text(damaged) -> None:
    blank = Page(number=2, width=100.0, height=100.0, source=PageSource.EMPTY, reason="blank")
    artifact = ExtractArtifact(doc=damaged.doc, pages=(*damaged.pages, blank))
    result = repair(artifact, Config())
    assert result.pages[-1] == blank


def test_repair_artifact_round_trips_through_json(repaired) -> None:
    assert RepairArtifact.from_json(repaired.to_json()) == repaired


def test_a_credit_label_is_found_whatever_the_case_of_its_nh() -> None:
    """``credit_labels`` tests ``nh`` in second and third place by a set of its four
    spellings: the lower case of no other character is an ``n`` or an ``h``."""
    assert not [c for c in map(chr, range(0x110000))
                if c not in "nNhH" and c.lower()[:1] in ("n", "h")]
    for word, label in (("Anh:", "Ảnh:"), ("ANH:", "ẢNH:"), ("AnH:", "ẢNH:"), ("aNh:", "ảnh:")):
        assert credit_labels(["2025.", word, "TRÍ", "DŨNG"]) == [(1, label)], word
    assert credit_labels(["2025.", "Ảnh:", "TRÍ", "DŨNG"]) == []
    assert credit_labels(["Tiếng", "Anh:", "English"]) == []
