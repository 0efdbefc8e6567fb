"""A page whose every word is one piece has its font groups found a font at a time
(``textfix._single_piece_groups``); they match the groups the piece-by-piece way finds, and
the fixed texts match those of the same words given as pieces (legacy fonts still decoded)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from magpipe.extract.pdftext import read_page
from magpipe.extract.textfix import _piece_groups, _single_piece_groups, fix_page_texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT_LAYER_PDFS = ("bulletin-digital.pdf", "photos-digital.pdf", "legacy-tcvn3.pdf",
                   "legacy-vni.pdf", "legacy-viscii.pdf", "textlayer-mixed-fonts.pdf",
                   "damaged-textonly.pdf")


def _one_piece_pages(name: str) -> list[list[list[tuple[str, str]]]]:
    """Each page's words, each as one piece in the font of its first character."""
    doc = pdfium.PdfDocument(str(FIXTURES / name))
    pages = []
    try:
        for number in range(len(doc)):
            page = doc[number]
            _, raw = read_page(page)
            page.close()
            pages.append([[(w.text, w.fontname)] for w in raw])
    finally:
        doc.close()
    return pages


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_font_groups_found_a_font_at_a_time_match_groups_found_piece_by_piece(name: str):
    for words in _one_piece_pages(name):
        fast, slow = _single_piece_groups(words), _piece_groups(words)
        assert fast == slow
        assert list(fast[0]) == list(slow[0])       # the groups in the same order


def test_a_legacy_family_split_over_fonts_keeps_its_words_in_reading_order():
    words = [[("Tr\xadêng", ".VnTime")], [("HEAD", ".VnTimeH")], [("plain", "Arial")],
             [("n\xb5y", ".VnTime")], [("CH\xcdNH", ".VnTimeH")], [("more", "Arial")]]
    groups, group_of = _single_piece_groups(words)
    assert (groups, group_of) == _piece_groups(words)
    legacy = group_of[".VnTime"]
    assert group_of[".VnTimeH"] == legacy
    assert groups[legacy] == [(0, 0), (1, 0), (3, 0), (4, 0)]


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_one_piece_words_are_fixed_as_the_same_words_given_as_pieces(name: str):
    """The fast grouping is taken only when every word is one piece: cutting one word in two
    pieces of its own font sends the page the piece-by-piece way, with the same result."""
    for words in _one_piece_pages(name):
        long = next((k for k, word in enumerate(words) if len(word[0][0]) > 1), None)
        if long is None:
            continue
        (text, font), = words[long]
        cut = [*words[:long], [(text[:1], font), (text[1:], font)], *words[long + 1:]]
        assert fix_page_texts(words) == fix_page_texts(cut)
