"""Text whose marks were stripped: words that are no syllable spelled as the corpora write
them (``DH`` -> ``ĐH``, ``km`` kept), and the stripped channel of a page without marks."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from magpipe.repair import lexicon, lm, repair_text
from magpipe.repair.decoder import Decoder
from magpipe.repair.language import BARE_MIN, STRIPPED_OTHER, is_bare_text, stripped_reading
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.repair.options import mid_sentence
from magpipe.text.vietnamese import strip_diacritics

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools import lm_caps, lm_forms  # noqa: E402

shipped = pytest.mark.skipif(lm.load() is None or not lm.load().forms,
                             reason="no language model built")

# a stripped news paragraph (written for this test, not from any corpus document)
PARAGRAPH = ("Sinh vien DH Bach khoa di xe may 12 km moi ngay, mua 3 kg gao voi gia "
             "20.000 dong/kg. So GDDT cho biet nam nay co them nhieu truong moi, "
             "dien tich moi phong hoc la 60 m2 va moi lop khong qua 35 hoc sinh. "
             "Cac em deu rat vui khi duoc den truong hoc tap va vui choi cung ban be.")


@shipped
def test_abbreviations_and_compounds_get_the_marks_the_corpora_write() -> None:
    fixed, changes = repair_text(PARAGRAPH, DAMAGED)
    words = fixed.split()
    assert "ĐH" in words and "GDĐT" in words and "đồng/kg." in words
    assert {c.rule for c in changes if c.before in ("DH", "GDDT")} == {"form"}


@shipped
def test_units_stay_as_written_in_stripped_text() -> None:
    fixed, _changes = repair_text(PARAGRAPH, DAMAGED)
    words = fixed.split()
    assert "km" in words and "kg" in words and "m2" in words


@shipped
def test_an_english_title_stays_in_stripped_vietnamese() -> None:
    text = ("Ong Nguyen Van Hoa, Mr. Doan Thanh va cac dai bieu da den tham Truong DH Bach "
            "khoa vao sang nay. Trong buoi lam viec, doan da nghe bao cao ve tinh hinh day "
            "va hoc cua nha truong trong nam qua, cung nhu ke hoach phat trien trong nhung "
            "nam toi.")
    words = repair_text(text, DAMAGED)[0].split()
    assert "Mr." in words and "ĐH" in words and "những" in words      # not `Mà.`


ENGLISH = "Backups of the DB server were copied by the IT team in London last year"


def _page_with_english() -> str:
    """PARAGRAPH cut into lines at its sentences, then an English line."""
    return "\n".join([*(sentence.strip() + "." for sentence in PARAGRAPH.split(".")[:-1]),
                      ENGLISH])


@shipped
def test_abbreviations_of_an_english_line_keep_their_letters() -> None:
    fixed = repair_text(_page_with_english(), DAMAGED)[0].split("\n")
    assert "DB" in fixed[-1].split()                        # not ĐB, as the corpora write it
    assert "ĐH" in fixed[0].split()


@shipped
def test_an_english_line_of_a_stripped_page_is_left_alone() -> None:
    line = "The CD and the DVD of the concert were sold in London and New York last year"
    fixed = repair_text(_page_with_english() + "\n" + line, DAMAGED)[0].split("\n")
    assert fixed[-1] == line


@shipped
def test_ocr_text_with_marks_is_not_spelled_from_the_table() -> None:
    """The table is for text whose marks were stripped; OCR (which leaves some marks on a
    page) keeps its own reading of such words."""
    text = PARAGRAPH.replace("Cac em", "Các em")
    words = repair_text(text, DAMAGED)[0].split()
    assert "DH" in words and "ĐH" not in words


@shipped
def test_sound_text_keeps_its_abbreviations() -> None:
    text = "Sinh viên ĐH Bách khoa và Sở GDĐT: DH là tên viết tắt khác"
    assert repair_text(text, "clean") == (text, ())


def test_a_page_without_marks_is_bare_text_only_when_long_enough() -> None:
    words = ["“Nguoi", "dan", "–", "noi", "rang”"] * (BARE_MIN // 5)
    assert is_bare_text([words])
    assert not is_bare_text([words[: BARE_MIN - 1]])
    assert not is_bare_text([words, ["véi"]])           # English-only OCR leaves marks


@shipped
def test_stripped_reading_scores_every_bare_reading_alike() -> None:
    decoder = Decoder(lexicon.load(), lm.load())
    slot = decoder.options.slot("nhung", DAMAGED)
    read = stripped_reading(slot, "nhung")
    assert read.emits[0] == slot.emits[0]
    assert read.emits[1:] and set(read.emits[1:]) == {0.0}
    assert {"nhưng", "những"} <= set(read.texts)
    assert all(strip_diacritics(text) == "nhung" for text in read.texts[1:])


@shipped
def test_stripped_reading_keeps_other_letters_only_for_a_word_that_is_no_syllable() -> None:
    decoder = Decoder(lexicon.load(), lm.load())
    slot = decoder.options.slot("nhung", DAMAGED)
    assert any(strip_diacritics(text) != "nhung" for text in slot.texts[1:])
    read = stripped_reading(slot, "nhung")           # others dropped: its own letters read
    assert len(read.texts) == len(read.syllables) == len(read.ids) == len(read.fuzzy)
    assert [read.ids[read.texts.index(t)] for t in read.texts] == [
        slot.ids[slot.texts.index(t)] for t in read.texts]
    slot = decoder.options.slot("nhifng", DAMAGED)
    read = stripped_reading(slot, "nhifng")          # no reading of its own: all kept
    assert read.texts == slot.texts and len(read.texts) > 1
    for before, after in zip(slot.emits[1:], read.emits[1:], strict=True):
        assert after == pytest.approx(before + STRIPPED_OTHER)


def test_form_table_keeps_one_spelling_the_corpora_agree_on() -> None:
    tally = Counter({"ĐH": 300, "DH": 5, "km": 40, "Dak": 15, "Đắk": 15, "xyz": 3,
                     "cac": 50})
    rows = lm_forms.table(tally, syllables={"cac"})
    assert rows == [("DH", "ĐH", 305), ("km", "km", 40)]
    # `Dak`/`Đắk`: no spelling has FORM_SHARE; `xyz`: too rare; `cac`: a syllable's letters


def test_form_of_leaves_syllables_to_the_decoder() -> None:
    syllables: set[str] = set()
    assert lm_forms.form_of("(ĐH,", syllables) == "ĐH"
    assert lm_forms.form_of("các", syllables) is None and "cac" in syllables
    assert lm_forms.form_of("12/10/2005", syllables) is None


@shipped
def test_stripped_words_have_every_reading_with_their_letters() -> None:
    """The OCR channel's candidates are cut at MAX_CANDIDATES: `doi` lost `dời` and `lo`
    lost `lở`; in stripped text every lexicon syllable with the word's letters is read."""
    options = Decoder(lexicon.load(), lm.load()).options
    for core, wanted in (("doi", "dời"), ("lo", "lở"), ("Doi", "Dời")):
        slot = options.bare_slot(core, DAMAGED)
        assert wanted in slot.texts
        assert options.slot(core, DAMAGED).texts == slot.texts[:len(options.slot(core,
                                                                                 DAMAGED).texts)]
        assert len({s for s in slot.syllables[1:]}) == len(slot.syllables) - 1


@shipped
def test_stripped_news_restores_a_reading_the_channel_left_out() -> None:
    # written for this test: `di dời` (to relocate) twice, as stripped news writes it
    text = ("Thanh pho da co ke hoach di doi cac ho dan ra khoi khu vuc sat lo ven song. "
            "Theo ke hoach, viec di doi se hoan thanh trong nam nay va moi ho dan se "
            "duoc ho tro tien thue nha trong thoi gian cho nhan nha moi.")
    words = repair_text(text, DAMAGED)[0].split()
    assert words.count("dời") == 2


def test_a_word_stands_inside_a_sentence_after_a_word_of_it() -> None:
    assert mid_sentence("cô", "Lan") and mid_sentence("chơi,", "cô")
    assert not mid_sentence("học.", "Cô") and not mid_sentence("thức.”", "Cô")
    assert not mid_sentence("Ảnh:", "Lan") and not mid_sentence("-", "Lan")
    assert not mid_sentence("cô", "(Lan") and not mid_sentence("cô", "“Lan")


def test_caps_table_counts_syllables_inside_sentences_by_case() -> None:
    tally: dict[int, Counter[str]] = {lm_caps.LOWER: Counter(), lm_caps.TITLE: Counter()}
    lm_caps.count(["Lần này cô Lan đến lần thứ hai. Lan vui, hòa cùng USD và iPhone.",
                   "Cô Hoà nói"], tally, Counter())
    assert tally[lm_caps.TITLE] == Counter({"lan": 1, "hoà": 1})    # not `Lan` after `.`
    assert tally[lm_caps.LOWER]["lần"] == 1 and tally[lm_caps.LOWER]["hoà"] == 1
    assert "usd" not in tally[lm_caps.LOWER] and "iphone" not in tally[lm_caps.TITLE]
    assert "cô" not in tally[lm_caps.TITLE]                          # line starts say nothing


def test_caps_pairs_count_the_syllable_before_a_title_case_one_by_its_case() -> None:
    tally: dict[int, Counter[str]] = {lm_caps.LOWER: Counter(), lm_caps.TITLE: Counter()}
    pairs: Counter[tuple[str, str, int]] = Counter()
    lm_caps.count(["Lễ hội Phủ Dầy ở Nam Định, Hà Nội và Thái Bình. Lan đến cô Hòa",
                   "Tỉnh Nam Định"], tally, pairs)
    low, title, opening = lm_caps.LOWER, lm_caps.TITLE, lm_caps.OPENING
    assert pairs == Counter({("hội", "phủ", low): 1, ("phủ", "dầy", title): 1,
                             ("ở", "nam", low): 1, ("nam", "định", title): 2,
                             ("hà", "nội", title): 1, ("và", "thái", low): 1,
                             ("thái", "bình", title): 1, ("cô", "hoà", low): 1,
                             ("tỉnh", "nam", opening): 1})
    # not across a comma (`Định, Hà`) or a full stop (`Bình. Lan`); a word that opens its
    # sentence is counted apart (`Tỉnh Nam`: its capital is the sentence's)


def test_title_share_is_smoothed_towards_the_average() -> None:
    model = lm.LanguageModel.__new__(lm.LanguageModel)
    model.caps = {"lan": (10, 40), "lần": (1000, 0), "có": (90, 10)}
    model._title_prior = 50 / 1150
    assert model.title_share("lan") == pytest.approx(
        (40 + lm.CAPS_PRIOR * model._title_prior) / (50 + lm.CAPS_PRIOR))
    assert model.title_share("lần") < 0.001 < model.title_share("có") < model.title_share("lan")
    assert model.title_share("xyz") == pytest.approx(model._title_prior)


@shipped
def test_a_capital_inside_a_sentence_favours_the_reading_names_take() -> None:
    """Stripped text keeps its capitals: `Lan` after `cô` is the name Lan, which the corpora
    capitalise there 4 times in 5, not `Lần`, which they hardly ever do."""
    decoder = Decoder(lexicon.load(), lm.load())
    inside = decoder._slot("Lan", DAMAGED, True, True)
    opening = decoder._slot("Lan", DAMAGED, True, False)
    score = dict(zip(inside.syllables, inside.emits, strict=True))
    assert score["lan"] == 0.0 and score["lần"] < -4.0
    assert set(opening.emits[1:]) == {0.0}                  # a sentence's first word: no odds
    assert inside.emits[0] == opening.emits[0]             # keeping the word is unchanged
    assert set(decoder._slot("lan", DAMAGED, True, True).emits[1:]) == {0.0}   # lower case
