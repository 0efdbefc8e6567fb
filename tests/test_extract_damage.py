"""Scoring a page's text for lost Vietnamese diacritics (English-only OCR damage)."""

from __future__ import annotations

from pathlib import Path

import pytest
from magpipe.text.damage import score_text, unreadable_share

SAMPLES = Path("/work/shared/samples")
SOUND_FILE = SAMPLES / "bulletin-2025-q4-textlayer.part1.txt"
DAMAGED_FILE = SAMPLES / "bulletin-2025-q3-ocr-eng.txt"

needs_samples = pytest.mark.skipif(not SOUND_FILE.exists() or not DAMAGED_FILE.exists(),
                                   reason="shared samples not present")


def _chunks(path: Path, lines: int = 60) -> list[str]:
    text = path.read_text(encoding="utf-8").splitlines()
    return ["\n".join(text[i:i + lines]) for i in range(0, len(text), lines)]


@needs_samples
def test_no_chunk_of_sound_print_is_called_damaged() -> None:
    flagged = [i for i, chunk in enumerate(_chunks(SOUND_FILE)) if score_text(chunk).damaged]
    assert flagged == []


@needs_samples
def test_most_chunks_of_english_only_ocr_are_called_damaged() -> None:
    chunks = _chunks(DAMAGED_FILE)
    verdicts = [score_text(c) for c in chunks]
    # The chunks not flagged are English ones (too few Vietnamese words to judge); about
    # a third of the issue is English.
    assert sum(v.damaged for v in verdicts) / len(chunks) >= 0.6
    assert all(v.damaged for v in verdicts if v.vietnamese >= 0.2 * v.tokens)


def test_english_page_with_vietnamese_names_is_not_damaged() -> None:
    text = ("The delegation of Lang Son Province led by Chairman Ho Tien Thieu visited the "
            "Embassy of Vietnam in Brazil and met Ambassador Bui Van Nghi. ") * 6
    assert not score_text(text).damaged


def test_vietnamese_without_marks_is_damaged_with_a_reason() -> None:
    text = ("Poan cdng tac lien nganh tinh Lang Son tham du Khong gian van hoa Viet Nam do "
            "Tong Lanh su quan Viet Nam tai Quang Chau to chuc, S& Ngoai vu, t6ng ket. ") * 3
    score = score_text(text)
    assert score.damaged
    assert score.odd >= 2
    assert "lost its diacritics" in score.reason


def test_unreadable_share_counts_cid_codes_and_replacement_characters() -> None:
    assert unreadable_share("(cid:12)(cid:13) ab") > 0.8
    assert unreadable_share("Lạng Sơn \ufffd") < 0.15
    assert unreadable_share("Lạng Sơn") == 0.0
