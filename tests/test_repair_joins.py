"""Syllables a sound text cut in two are joined (``Chú a`` -> ``Chúa``), on pages (boxes
merged, one change on the merged word) and in plain text; pairs the corpora read as two
words stay two; the apostrophe OCR reads for a horn, and its capital I for l."""

from __future__ import annotations

from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.config import Config
from magpipe.repair import joiner, repair, repair_text
from magpipe.repair.joins import JOIN
from magpipe.repair.words import normalised_parts


def _page(line: str, source: PageSource = PageSource.TEXT_LAYER) -> Page:
    words = tuple(Word(w, (12.0 * i, 20.0, 12.0 * i + 10, 30.0), 10.0, line=0)
                  for i, w in enumerate(line.split()))
    return Page(1, 500.0, 700.0, source, "test", words)


def _repaired(page: Page):
    return repair(ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, 1), (page,)), Config())


def test_a_cut_syllable_becomes_one_word_with_both_boxes() -> None:
    result = _repaired(_page("Thánh lễ Chú a Nhậ t tại nhà thờ"))
    page = result.pages[0]
    assert [w.text for w in page.words] == "Thánh lễ Chúa Nhật tại nhà thờ".split()
    assert page.words[2].box == (24.0, 20.0, 46.0, 30.0)       # Chú (24-34) and a (36-46)
    joins = [(c.word, c.before, c.after) for c in result.changes if c.rule == JOIN]
    assert joins == [(2, "Chú a", "Chúa"), (3, "Nhậ t", "Nhật")]


def test_joins_in_plain_text_number_the_merged_words() -> None:
    fixed, changes = repair_text("Chú a Nhậ t\nlễ Giá ng Sinh", "clean")
    assert fixed == "Chúa Nhật\nlễ Giáng Sinh"
    assert [(c.word, c.after) for c in changes if c.rule == JOIN] == [
        (0, "Chúa"), (1, "Nhật"), (3, "Giáng")]


def test_no_join_in_damaged_text() -> None:
    """English-only OCR cuts no syllable after a mark: its pages are not joined."""
    page = Page(1, 500.0, 700.0, PageSource.DAMAGED_TEXT, "test", _page("Chú a Nhậ t").words,
                needs_repair=True)
    assert not [c for c in _repaired(page).changes if c.rule == JOIN]


def test_pairs_of_words_and_cut_words_stay_apart() -> None:
    found = joiner()
    for line in ("lực lượng thú y và y tế", "chiếc xe mà y hứa bán", "không quá n bit",
                 "các tổ chức, cá nh... và", "ngan vịt Tuyết Thu ở 32", "a) Không b) Có c) Có"):
        assert found.joins(line.split()) == [], line


def test_a_horn_read_as_an_apostrophe_is_no_punctuation() -> None:
    assert normalised_parts("su’,") == ("", "su", ",")
    assert normalised_parts("tru’éng") == ("", "truéng", "")
    assert normalised_parts("o’clock") == ("", "o’clock", "")          # no syllable without it
    assert normalised_parts("students’") == ("", "students", "’")


def test_a_capital_i_read_for_l_gives_a_lowercase_word() -> None:
    fixed, _ = repair_text("Iuu tru tai Iieu cua tinh", "damaged")
    assert fixed == "lưu trữ tài liệu của tỉnh"


def _joins_pair_by_pair(line: list[str]) -> list[tuple[int, str]]:
    """The joins of ``line`` found by testing every pair of neighbours in turn (the
    decoder's own tests, without the cheap test of the whole line first)."""
    found = joiner()
    out, i = [], 0
    while i + 1 < len(line):
        joined = found._candidate(line[i], line[i + 1])
        if joined is not None and found._wins(line, i, joined):
            out.append((i, joined))
            i += 2
        else:
            i += 1
    return out


def test_joins_found_from_the_tails_first_equal_those_found_pair_by_pair() -> None:
    """``Joiner.joins`` picks the words that may end a syllable first, then tests their
    pairs: the same joins as testing every pair, also where joins follow each other
    (``Chú a a``: the second ``a`` is no tail of the ``a`` a join took)."""
    for text in ("Thánh lễ Chú a Nhậ t tại nhà thờ", "Chú a a nh Giá ng Sinh",
                 "lực lượng thú y và y tế", "Nhậ t Nhậ t Nhậ t", "Giá ng", "a", "",
                 "CHÚ A Nhậ t, cá nh... và Chú a.", "lễ Giá ng ng Sinh Chú a ành"):
        line = text.split()
        assert joiner().joins(line) == _joins_pair_by_pair(line), text
