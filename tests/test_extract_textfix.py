"""Text fixes of the extract stage: legacy Vietnamese encodings, mojibake, NFC."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from magpipe.extract.textfix import (
    decode_legacy,
    detect_legacy,
    fix_mojibake,
    fix_page_texts,
    normalize,
)

CASES = json.loads((Path(__file__).parent / "data" / "extract_legacy_cases.json")
                   .read_text(encoding="utf-8"))

SOUND = ("Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng là một trong những công "
         "trình trên cả nước được khởi công với tổng mức đầu tư lớn.")


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_legacy_word_decodes_to_unicode(case: dict) -> None:
    assert normalize(decode_legacy(case["input"], case["encoding"])) == case["expected"]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii"])
def test_detect_legacy_finds_the_encoding_of_a_sentence_without_font_hints(encoding: str) -> None:
    words = [c for c in CASES if c["encoding"] == encoding and c["input"] != c["expected"]]
    sentence = " ".join(c["input"] for c in words)
    verdict = detect_legacy(sentence)
    assert verdict.encoding == encoding, verdict.reason


def test_detect_legacy_leaves_sound_unicode_and_english_alone() -> None:
    assert detect_legacy(SOUND).encoding is None
    assert detect_legacy("The delegation of Lang Son Province visited Guangxi.").encoding is None


def test_middle_dots_in_unicode_text_are_no_tcvn3_evidence() -> None:
    # `·` is TCVN3's byte for `ã`: a Unicode issue line set in a monospace face, its parts
    # parted by middle dots, has many unreadable tokens that decoding "mends", yet no word
    line = "Số 48 · Tháng 12/2025 · Issue 48 · December 2025 · Numéro 48 · Décembre 2025"
    assert detect_legacy(line).encoding is None
    words = [[(word, "ABCDEF+NotoSansMono-Regular")] for word in line.split()]
    assert fix_page_texts(words)[0] == line.split()


def test_font_name_hint_lowers_the_bar_for_a_short_tcvn3_line() -> None:
    text = "Ngµy 19/12/2025 UBND tØnh L¹ng S¬n tæ chøc Lễ thông tuyến dự án cao tốc BOT " * 2
    assert detect_legacy(text, ["ABCDEF+.VnTime"]).encoding == "tcvn3"


def test_vntime_h_font_gives_capitals() -> None:
    assert decode_legacy("ViÖt nam", "tcvn3", "AAAAAA+.VnTimeH") == "VIỆT NAM"


def test_utf8_read_as_windows_1252_is_repaired() -> None:
    broken = "Việt Nam".encode().decode("cp1252")
    assert broken != "Việt Nam"
    assert fix_mojibake(broken) == "Việt Nam"


def test_fix_mojibake_keeps_curly_quotes_and_gives_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "“Lạng Sơn”")
    assert fix_mojibake(decomposed) == "“Lạng Sơn”"
