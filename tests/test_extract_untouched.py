"""``untouched.ftfy_leaves`` proves a text unchanged by ftfy only where ftfy leaves it so.

Checked against ftfy itself on the text-layer fixtures' pages and words, and on random texts
drawn from the characters ftfy's mojibake search looks for (Latin-1 and Vietnamese letters,
quotes, currency, box drawing, C1 controls), where proofs and refusals both come up.
"""

from __future__ import annotations

import random
from pathlib import Path

import ftfy
import pypdfium2 as pdfium
import pytest
from magpipe.extract import fix_texts, textfix, untouched
from magpipe.extract.pdftext import read_page
from magpipe.extract.textfix import _FTFY, fix_mojibake, fix_page_texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT_LAYER_PDFS = ("bulletin-digital.pdf", "photos-digital.pdf", "legacy-tcvn3.pdf",
                   "legacy-vni.pdf", "legacy-viscii.pdf", "textlayer-mixed-fonts.pdf",
                   "damaged-textonly.pdf")
# characters of BADNESS_RE's classes and their neighbours, Vietnamese letters, mojibake
ALPHABET = ("abcdeghiklmnopqrstuvxyĐđ ,.;:!?()\"'-–—…“”‘’«»°%$€£¥©®™·•×÷±²³¼½"
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßÂÃÎÐ\xa0\xadŒœŠšŸžƒ─│┌┐└┘├┤═║ВГРСΒΓΞΟ"
            "\u0300\u0301")


def _checked(text: str) -> bool:
    """Whether the text was proved; a proof must agree with ftfy."""
    proved = untouched.ftfy_leaves(text)
    if proved:
        assert ftfy.fix_text(text, _FTFY) == text, repr(text)
    return proved


def test_the_proof_reads_ftfys_pattern():
    assert untouched._PARSED is not None
    branches, classes, _state = untouched._PARSED
    assert len(branches) == len(classes) > 10


@pytest.mark.parametrize("name", TEXT_LAYER_PDFS)
def test_pages_and_words_proved_untouched_are_returned_as_they_are_by_ftfy(name: str):
    doc = pdfium.PdfDocument(FIXTURES / name)
    for number in range(len(doc)):
        page = doc[number]
        raw = read_page(page)[1]
        page.close()
        texts = fix_texts(raw)[0]
        for text in [" ".join(texts), " ".join(w.text for w in raw), *texts]:
            _checked(text)
    doc.close()


def test_usual_vietnamese_pages_are_proved_untouched():
    doc = pdfium.PdfDocument(FIXTURES / "bulletin-digital.pdf")
    joined = []
    for number in range(len(doc)):
        page = doc[number]
        joined.append(" ".join(fix_texts(read_page(page)[1])[0]))
        page.close()
    doc.close()
    assert not any(text.isascii() for text in joined)
    assert sum(map(_checked, joined)) >= len(joined) - 1


def test_random_texts_are_proved_only_where_ftfy_changes_nothing():
    rng = random.Random(12)
    proved = refused = 0
    for _ in range(4000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12)))
        if _checked(text):
            proved += 1
        else:
            refused += 1
    assert proved > 500 and refused > 500


@pytest.mark.parametrize("text", ["Vi\u00c3\u00aat Nam", "caf\u00c3\u00a9 \u00e2\u20ac\u201c",
                                  "Ben &amp; Jerry", "red \x1b[31mtext", "\ufb01nance",
                                  "Tie\u0302\u0301ng", "a\x85b", "a\x7fb"])
def test_text_ftfy_may_change_is_not_proved(text: str):
    assert not untouched.ftfy_leaves(text)
    assert fix_mojibake(text) == ftfy.fix_text(text, _FTFY)


def test_page_texts_are_the_same_without_the_proof_legacy_and_damaged_layers_too(monkeypatch):
    pages = []
    for name in TEXT_LAYER_PDFS:
        doc = pdfium.PdfDocument(FIXTURES / name)
        for number in range(len(doc)):
            page = doc[number]
            pages.append(read_page(page)[1])
            page.close()
        doc.close()
    proved = [fix_texts(raw) for raw in pages]
    assert any("tcvn3" in note for _, note in proved)
    assert any("vni" in note for _, note in proved)
    monkeypatch.setattr(textfix, "ftfy_leaves", lambda text: False)
    assert [fix_texts(raw) for raw in pages] == proved


def test_a_page_with_mojibake_is_still_fixed_word_by_word():
    words = [[("Vi\u00c3\u00aat", "Body")], [("Nam", "Body")], [("kinh", "Body")],
             [("t\u00e1\u00ba\u00bf", "Body")]]
    texts, note = fix_page_texts(words)
    assert texts == ["Viêt", "Nam", "kinh", "tế"] and "mojibake fixed" in note


def _fresh_search(indices: tuple[int, ...]):
    """The search of alternatives ``indices`` compiled from a fresh parse of the whole
    pattern (how ``untouched._search`` made it before it kept the parsed form)."""
    import re._compiler as compiler
    import re._constants as sre
    import re._parser as parser

    from ftfy.badness import BADNESS_RE
    branches = untouched._PARSED[0]
    tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    tree.data = [(sre.BRANCH, (None, [branches[k] for k in indices]))]
    return compiler.compile(tree, BADNESS_RE.flags).search


def test_searches_made_from_the_pattern_parsed_once_match_as_a_fresh_parse_does():
    count = len(untouched._PARSED[1])
    rng = random.Random(34)
    sets = [(k,) for k in range(count)] + [
        tuple(sorted(rng.sample(range(count), rng.randint(2, min(6, count)))))
        for _ in range(40)]
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30)))
             for _ in range(300)] + ["Ã©tÃ©", "Há»™i", "â€œquotedâ€", "Â£5", "Ä‘Æ°á»ng"]
    for indices in sets:
        kept, fresh = untouched._search(indices), _fresh_search(indices)
        for text in texts:
            a, b = kept(text), fresh(text)
            assert (a and a.span()) == (b and b.span()), (indices, text)
    assert any(untouched._search((k,))(t) for k in range(count) for t in texts)


def test_a_new_set_of_alternatives_is_compiled_without_parsing_the_pattern_again(monkeypatch):
    import re._parser as parser

    def parse(*_args, **_kwargs):
        raise AssertionError("ftfy's pattern parsed again")

    untouched._search.cache_clear()
    monkeypatch.setattr(parser, "parse", parse)
    try:
        assert untouched._search((0, 1))("plain text") is None
        assert untouched.ftfy_leaves("Hội nghị thường niên")
    finally:
        untouched._search.cache_clear()     # none made under the patch outlives it
