"""A caption's language by the credit label that closes it: an English caption's names may
carry Vietnamese marks (``Mr. Hoang Minh Tuấn``), its ``Photo:`` label does not."""

from __future__ import annotations

import pytest
from magpipe.artifacts.layout import Lang
from magpipe.split.langid import classify, credited_lang
from magpipe.text.credits import closing_credit_lang

ENGLISH_WITH_MARKED_NAME = "Mr. Hoang Minh Tuấn, Editor-in-Chief. Photo: Minh Duc"


def test_an_english_caption_whose_name_bears_marks_is_english_by_its_credit_label() -> None:
    assert classify(ENGLISH_WITH_MARKED_NAME)[0] == Lang.VI     # the words alone mislead
    assert credited_lang(ENGLISH_WITH_MARKED_NAME) == (Lang.EN, 0.9)


@pytest.mark.parametrize(("text", "want"), [
    ("Delegates at the ceremony (Photo: VNA)", "en"),
    ("Source: Provincial Statistics Office", "en"),
    ("Dai bieu du le thong xe. Anh: MINH DUC", "vi"),
    ("Đại biểu dự lễ. Ảnh: MINH ĐỨC/ Delegates at the ceremony. Photo: MINH DUC", None),
    ("Delegates at the meeting", None),
    ("Photo: the delegates; the meeting: later", None),
])
def test_the_closing_credit_label_names_the_language_unless_both_labels_are_there(
        text: str, want: str | None) -> None:
    assert closing_credit_lang(text) == want


def test_a_caption_plainly_vietnamese_keeps_its_words_language_whatever_its_label() -> None:
    """A Vietnamese caption crediting a foreign agency in English stays Vietnamese."""
    assert credited_lang("Đồng chí Bí thư Tỉnh uỷ phát biểu tại hội nghị. Photo: Reuters") is None
