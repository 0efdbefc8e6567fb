"""Foreign text in sound text: which words and paragraphs repair leaves as written."""

from __future__ import annotations

from magpipe.repair.foreign import is_foreign_paragraph, is_foreign_word

FRENCH = [["Des", "travaux", "d'élargissement", "ralentiront", "la", "circulation", "sur",
           "un", "tronçon"], ["de", "la", "route.", "Une", "déviation", "est", "indiquée",
                              "par", "des", "panneaux."]]


def test_marks_on_a_word_no_syllable_can_be_are_foreign() -> None:
    for word in ("frontière", "été", "près", "garçon", "sœur", "naïve", "Décembre"):
        assert is_foreign_word(word), word


def test_vietnamese_words_and_its_ocr_slips_are_not_foreign() -> None:
    # `chè` and `bé` are syllables; `HỒÔM` stacks two marks and `trươ` has a horn: only
    # Vietnamese writes them, however misread; ASCII words hold no mark at all
    for word in ("chè", "bé", "Hà", "HỒÔM", "trươ", "đés", "visiteurs"):
        assert not is_foreign_word(word), word


def test_a_french_paragraph_is_foreign() -> None:
    assert is_foreign_paragraph(FRENCH)


def test_a_few_foreign_words_in_vietnamese_or_english_are_not_a_foreign_paragraph() -> None:
    assert not is_foreign_paragraph([["Thánh", "lễ", "tại", "nhà", "thờ", "của", "cha",
                                      "André", "và", "bà", "Hélène"]])
    assert not is_foreign_paragraph([["The", "provincial", "Committée", "and", "a", "café",
                                      "near", "the", "gate"]])
    assert not is_foreign_paragraph([["Foire", "commerciale", "à", "la", "frontière"]])
