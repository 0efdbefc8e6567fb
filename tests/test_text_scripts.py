"""The share of a text's letters in a script other than Latin (``text.scripts``): the
characters outside the Latin ranges that are no letters (typographic quotes, dashes) are
neither counted nor make the text foreign."""

from __future__ import annotations

from magpipe.text.scripts import other_script_share


def test_latin_text_with_typographic_signs_has_no_other_script():
    assert other_script_share("“Hội nghị” – Đà Nẵng… ệ ở ʰ") == 0.0
    assert other_script_share("— … “ ”") == 0.0          # no letter at all


def test_letters_of_another_script_are_counted_among_all_letters():
    # two Chinese letters among four letters; digits and signs are no letters
    assert other_script_share("“ab 中文” 12") == 0.5
    assert other_script_share("Жж") == 1.0
