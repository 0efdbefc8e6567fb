"""A caption's two credits made to name one photographer where OCR cut one short or misread
a letter of one (``magpipe.align.credit_slips``): split and align on scanned pages saved from
the layout bench (``tests/data/layouts-scan-captions/``, made by
``tools/scan_captions_test_data.py``), and the rule on small made-up credits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.credit_names import credits_near
from magpipe.align.credit_slips import agreed_credits, known_name
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split

DATA = Path(__file__).parent / "data" / "layouts-scan-captions"


def _one_caption(truth: dict, opening: str) -> dict:
    """The truth with its captions cut to the one whose Vietnamese text opens so."""
    articles = [dict(a, captions=[c for c in a["captions"]
                                  if (c["vi"] or "").startswith(opening)])
                for a in truth["articles"]]
    assert sum(len(a["captions"]) for a in articles) == 1
    return dict(truth, articles=articles)


@pytest.mark.parametrize(("name", "opening"), [
    ("letter_en", "Toàn cảnh buổi làm việc"),            # LA MAI / LA MAT
    ("case_vi", "Đoàn đại biểu hai bên"),                # Thí DŨNG / TRI DUNG
    ("junk_vi", "Hưởng ứng phong trào"),                 # MIẠNH.KIÊN / MANH KIEN
    ("short_vi", "Đoàn đại biểu hai bên"),               # TRÍ / TRI DUNG
    ("short_en", "Đoàn đại biểu của tỉnh Lạng Sơn"),     # Phạm Hương / PHAM
    ("tone_vi", "Toàn cảnh buổi làm việc"),              # LA MAT / LA MAI
    ("known_name", "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh uỷ hội kiến"),  # TRÍ BŨNG / TRI DUNG
    ("cut_slip", "Đồng chí Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh Lạng Sơn"),  # TRẺ DÙNG / TRI
])
def test_scanned_caption_credits_name_one_photographer(name: str, opening: str) -> None:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    aligned = align(split(artifact, Config()), Config())
    found = align_score(aligned, _one_caption(truth, opening), fuzzy=True)
    assert found.captions_right == 1


def test_english_credit_a_letter_off_takes_the_vietnamese_letters() -> None:
    assert agreed_credits("LA MAI", "LA MAT") == ("LA MAI", "LA MAI")


def test_flawed_vietnamese_credit_takes_the_english_letters_keeping_its_marks() -> None:
    assert agreed_credits("MIẠNH.KIÊN", "MANH KIEN") == ("MẠNH KIÊN", "MANH KIEN")
    assert agreed_credits("Thí DŨNG", "TRI DUNG") == ("TRÍ DŨNG", "TRI DUNG")


def test_credit_cut_short_is_completed_from_the_other() -> None:
    assert agreed_credits("TRÍ", "TRI DUNG") == ("TRÍ DUNG", "TRI DUNG")
    assert agreed_credits("Phạm Hương", "PHAM") == ("Phạm Hương", "PHAM HUONG")
    assert agreed_credits("Phạm", "Pham Huong") == ("Phạm Huong", "Pham Huong")


def test_credits_naming_two_photographers_are_left_as_read() -> None:
    assert agreed_credits("TRÍ DŨNG", "KHANH LY") == ("TRÍ DŨNG", "KHANH LY")
    assert agreed_credits("VŨ GIANG", "VU HANG") == ("VŨ GIANG", "VU HANG")


def test_english_words_running_on_after_a_credit_are_not_a_name() -> None:
    assert agreed_credits("Minh Đức Mr Hoang", "Minh Duc") == ("Minh Đức Mr Hoang", "Minh Duc")
    assert agreed_credits("TRÍ DŨNG", "TRI DUNG The") == ("TRÍ DŨNG", "TRI DUNG The")


def test_both_readings_flawed_are_left_as_read() -> None:
    assert agreed_credits("Thí DŨNG", "TRl.DUNG") == ("Thí DŨNG", "TRl.DUNG")


def test_collected_photo_marks_are_left_as_read() -> None:
    assert agreed_credits("Ảnh sưu tầm", "Collected photo") == ("Ảnh sưu tầm",
                                                                "Collected photo")


def test_word_that_is_no_syllable_takes_the_other_readings_letters() -> None:
    assert agreed_credits("TRÍ DŨSG", "TRI DUNG") == ("TRÍ DŨNG", "TRI DUNG")
    assert agreed_credits("TRÍ DŨNG", "FRI DUNG") == ("TRÍ DŨNG", "TRI DUNG")


def test_vietnamese_word_in_a_tone_its_ending_never_takes_takes_the_english_letters() -> None:
    # no syllable closed by t is spelled without a mark: MAT is MAI misread
    assert agreed_credits("LA MAT", "LA MAI") == ("LA MAI", "LA MAI")
    assert agreed_credits("LA MÁT", "LA MAI") == ("LA MÁT", "LA MAT")


def test_reading_naming_a_photographer_credited_elsewhere_is_trusted() -> None:
    known = frozenset({known_name("TRÍ DŨNG"), known_name("LA MAI")})
    assert agreed_credits("TRÍ BŨNG", "TRI DUNG", known) == ("TRÍ DŨNG", "TRI DUNG")
    assert agreed_credits("TRÍ DŨNG", "TRI BUNG", known) == ("TRÍ DŨNG", "TRI DUNG")
    # with no such name the Vietnamese reading is kept, as before
    assert agreed_credits("TRÍ BŨNG", "TRI DUNG") == ("TRÍ BŨNG", "TRI BUNG")


def test_digit_read_inside_a_name_in_capitals_is_the_letter_it_looks_like() -> None:
    assert agreed_credits("VŨ GI4NG", "VU GIU4NG") == ("VŨ GIANG", "VU GIANG")
    assert agreed_credits("KIỀU ANH", "KIEU 4NH") == ("KIỀU ANH", "KIEU ANH")
    # a digit ending a name may be printed (a channel's), and figures are no name
    assert agreed_credits("VTV1", "VTV1") == ("VTV1", "VTV1")
    assert agreed_credits("Ảnh sưu tầm 2025", None) == ("Ảnh sưu tầm 2025", None)


def test_credit_cut_short_and_misread_in_the_word_both_read_is_completed_then_mended() -> None:
    known = frozenset({known_name("TRÍ DŨNG")})
    assert agreed_credits("TRẺ DÙNG", "TRI", known) == ("TRI DÙNG", "TRI DUNG")
    # a first word two letters apart names someone else: left as read
    assert agreed_credits("TRẺ DÙNG", "THU", known) == ("TRẺ DÙNG", "THU")


def test_english_half_whose_credit_was_cut_short_is_near_the_vietnamese_credit() -> None:
    assert credits_near("TRÍ DŨNG", "TRI")
    assert credits_near("TRẺ DÙNG", "TRI")
    assert not credits_near("TRÍ DŨNG", "KHANH")
