"""The 'eng' reading of display titles in capitals 'vie' garbled (``extract.ocr.caps_reads``),
on the words Tesseract gave for a scanned feature opening (its title set in a semi-bold
display serif: ``skyline``'s first scanned copy of seed 1600, in page pixels at 300 dpi)."""

from __future__ import annotations

from magpipe.extract.ocr.caps_reads import english_caps, mended_caps
from magpipe.extract.ocr.langpass import GAP, garbled_caps, merge, plan_regions
from magpipe.extract.ocr.tesseract import OcrWord

Read = tuple[str, int, int, float]      # text, left, width, confidence


def _words(reads: list[Read], line: int, top: int, block: int = 1) -> list[OcrWord]:
    return [OcrWord(text, left, top, width, 60, conf, line, block, 60)
            for text, left, width, conf in reads]


def _in_stack(words: list[OcrWord], region) -> tuple[OcrWord, ...]:
    """Words in page pixels moved to where the region's crop sits in the stacked image."""
    return tuple(OcrWord(w.text, w.left - region.box[0] + GAP,
                         w.top - region.box[1] + region.offset, w.width, w.height, w.conf, 0, 1,
                         w.line_height) for w in words)


# the English title's two lines (two blocks), as 'vie' read them and as 'eng' read them
EN_FIRST = [("TREYCH", 114, 278, 26.0), ("1MWB.ASSIDOR", 402, 478, 22.0), ("10", 903, 89, 77.0),
            ("VIET", 1016, 153, 70.0), ("V.LM-VISITS", 1178, 396, 0.0), ("1VD", 1586, 151, 54.0),
            ("ÉORKS", 1761, 247, 0.0), ("LÝ", 2022, 82, 76.0), ("LÀYG", 2113, 193, 27.0)]
EN_SECOND = [("ERENCH", 107, 275, 66.0), ("AMBASSADOR", 395, 477, 96.0), ("TO", 895, 89, 95.0),
             ("VIET", 1008, 153, 95.0), ("NAM", 1174, 158, 89.0), ("VISITS", 1343, 223, 89.0),
             ("AND", 1579, 150, 95.0), ("WORKS", 1754, 246, 94.0), ("IN", 2014, 82, 94.0),
             ("LANG", 2105, 193, 95.0)]
EN_LAST_FIRST = [("SOY", 119, 142, 82.0), ("PROVTLYCL", 274, 350, 17.0)]
EN_LAST_SECOND = [("SON", 119, 139, 96.0), ("PROVINCE", 275, 349, 95.0)]
# the Vietnamese title's first line
VI_FIRST = [("ĐA", 115, 129, 0.0), ("SỨ", 262, 97, 96.0), ("CỘNG", 375, 201, 93.0),
            ("HOÀ", 597, 159, 77.0), ("PHẤP", 773, 193, 59.0), ("TẠI", 981, 123, 96.0),
            ("VIỆT", 1121, 165, 93.0), ("XÀM", 1302, 165, 33.0),
            ("THYMWVÀLÀMWVIỆCTM", 1484, 825, 16.0)]
VI_SECOND = [("DALSC", 117, 241, 19.0), ("CONG", 376, 199, 93.0), ("HOA", 598, 157, 93.0),
             ("PHAP", 776, 190, 92.0), ("TAI", 981, 120, 30.0), ("VIET", 1122, 164, 30.0),
             ("NAM", 1307, 158, 95.0), ("THAM", 1484, 211, 76.0), ("VALAM", 1716, 268, 56.0),
             ("VIEC", 2005, 155, 56.0), ("TAI", 2192, 116, 91.0)]


def test_english_title_in_capitals_is_told_by_its_content_words() -> None:
    # one function word (AND) on its first line, none on its last: the English words no
    # Vietnamese syllable spells (AMBASSADOR, VISITS, WORKS, PROVINCE) tell it
    assert english_caps(_words(EN_FIRST, 0, 460), _words(EN_SECOND, 0, 460))
    assert english_caps(_words(EN_LAST_FIRST, 1, 570), _words(EN_LAST_SECOND, 1, 570))
    # the Vietnamese title's 'eng' reading is no English title: 'vie' read it with its marks
    assert not english_caps(_words(VI_FIRST, 0, 230), _words(VI_SECOND, 0, 230))


def test_garbled_english_title_lines_take_the_english_reading() -> None:
    lines = [_words(EN_FIRST, 0, 460, block=4), _words(EN_LAST_FIRST, 1, 570, block=5)]
    assert all(garbled_caps(line) for line in lines)
    regions = plan_regions(lines, [True, True], 2480, 3300)
    assert len(regions) == 2        # (two blocks: each line its own region)
    second = _in_stack(_words(EN_SECOND, 0, 460), regions[0]) + \
        _in_stack(_words(EN_LAST_SECOND, 1, 570), regions[1])
    merged = merge(lines, regions, second, frozenset({0, 1}), english_only=True)
    assert " ".join(w.text for w in merged) == \
        "ERENCH AMBASSADOR TO VIET NAM VISITS AND WORKS IN LANG SON PROVINCE"


def test_garbled_words_of_a_vietnamese_title_take_the_english_reading_of_their_place() -> None:
    lines = [_words(VI_FIRST, 0, 230)]
    assert garbled_caps(lines[0])
    (region,) = plan_regions(lines, [True], 2480, 3300)
    merged = merge(lines, [region], _in_stack(_words(VI_SECOND, 0, 230), region),
                   frozenset({0}), english_only=True)
    # XÀM (33) -> NAM (95), the run-together end (16) -> its four words (56-91); ĐA (0) keeps
    # its reading (DALSC is read at 19), the words read well keep their marks
    assert " ".join(w.text for w in merged) == \
        "ĐA SỨ CỘNG HOÀ PHẤP TẠI VIỆT NAM THAM VALAM VIEC TAI"
    assert {w.line for w in merged} == {0}


def test_a_garbled_word_keeps_its_marks_or_its_reading_when_the_english_one_is_no_better() -> None:
    line = _words([("LẴNH", 128, 235, 10.0), ("ĐẠO", 385, 180, 0.0), ("MỘT", 600, 160, 30.0)],
                  0, 230)
    second = _words([("LANH", 130, 229, 89.0), ("DAO", 388, 177, 86.0),
                     ("VAMOT", 560, 230, 80.0)], 0, 230)
    # the same letters: the marks stay; a mend that reads as no word is none
    assert [w.text for w in mended_caps(line, second)] == ["LẴNH", "ĐẠO", "MỘT"]


def test_a_word_set_down_the_page_is_neither_told_english_nor_mended() -> None:
    # a tab's word set a letter a line, THỐNG over TI, read upside down by 'eng'
    line = [OcrWord("THỐNG", 2406, 3122, 25, 118, 32.0, 0, 1, 118),
            OcrWord("TI", 2406, 3082, 23, 32, 90.0, 0, 1, 32)]
    second = [OcrWord("IL", 2406, 3082, 23, 32, 87.0, 0, 1, 32),
              OcrWord("DNOHL", 2400, 3123, 31, 118, 87.0, 0, 1, 118)]
    assert not english_caps(line, second)
    assert mended_caps(line, second) == line
