"""The searchable PDF: the original pages, untouched, under the repaired text, invisible."""

from __future__ import annotations

import io
from dataclasses import replace
from difflib import SequenceMatcher

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest
from archive_inputs import doc_dir, runner
from conftest import FIXTURES
from magpipe.archive import outputs, pdf, textlayer, writers
from magpipe.cli import app
from pdfminer.high_level import extract_text
from PIL import ImageCms


def _words(text: str) -> list[str]:
    return text.split()


@pytest.fixture(scope="module")
def damaged(archive_run):
    assert archive_run.exit_code == 0, archive_run.output
    folder = doc_dir(archive_run.out, "damaged-textlayer")
    split, words = outputs.page_artifacts(folder)
    return folder / writers.PDF_NAME, textlayer.page_texts(split, words)


def test_text_layer_reads_back_as_the_repaired_text_in_reading_order(damaged):
    path, pages = damaged
    streamed = extract_text(str(path), laparams=None)     # pdfminer, content-stream order
    assert _words(streamed) == _words(pages[0].text())
    assert "LẠNG SƠN" in streamed


def test_pdfium_reads_the_same_words_in_nearly_the_same_order(damaged):
    path, pages = damaged
    seen = _words(pdfium.PdfDocument(path)[0].get_textpage().get_text_range())
    wanted = _words(pages[0].text())
    assert sorted(seen) == sorted(wanted)
    # PDFium orders overlapping words on a line by position (a speck ``r`` inside a word)
    assert SequenceMatcher(None, seen, wanted, autojunk=False).ratio() > 0.98


def test_other_extractors_see_the_repaired_words_and_not_the_old_layer(damaged):
    path, pages = damaged
    with pdfplumber.open(FIXTURES / "damaged-textlayer.pdf") as old:
        before = set(_words(old.pages[0].extract_text()))
    with pdfplumber.open(path) as new:
        plumber = new.pages[0].extract_text()
    miner = extract_text(str(path))
    repaired = set(_words(pages[0].text()))
    # words of four letters or more that only the old English-only layer had (``Viét``);
    # shorter ones can be glued together by position-based extractors from specks
    only_old = {w for w in before - repaired if len(w) >= 4}
    assert only_old, "the fixture's old OCR layer should differ from the repaired text"
    for text in (plumber, miner):
        seen = set(_words(text))
        assert "LẠNG" in seen and "SƠN" in seen
        assert not (seen & only_old)
        assert len(seen & repaired) > 0.9 * len(repaired)


def test_page_images_and_drawing_are_untouched(damaged):
    path, _ = damaged
    with pikepdf.open(FIXTURES / "damaged-textlayer.pdf") as old, pikepdf.open(path) as new:
        old_page, new_page = old.pages[0], new.pages[0]
        images = {k: v for k, v in old_page.Resources.XObject.items() if v.Subtype == "/Image"}
        assert images
        for name, image in images.items():
            assert new_page.Resources.XObject[name].read_raw_bytes() == image.read_raw_bytes()
        old_ops = [(list(o), str(op)) for o, op in pikepdf.parse_content_stream(old_page)]
        drawing = [x for x in old_ops if x[1] in ("q", "cm", "Do", "Q")][:4]
        new_ops = [(list(o), str(op)) for o, op in pikepdf.parse_content_stream(new_page)]
        assert new_ops[1:5] == drawing or new_ops[:4] == drawing
        assert new_page.mediabox == old_page.mediabox


def test_the_file_declares_pdfa_2b_with_an_srgb_output_intent(damaged):
    path, _ = damaged
    with pikepdf.open(path) as doc:
        assert doc.open_metadata().pdfa_status == "2B"
        intent = doc.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1"
        icc = intent.DestOutputProfile
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc.read_bytes()))
        assert "sRGB" in ImageCms.getProfileDescription(profile) and icc.N == 3
        assert not doc.is_encrypted and pdf_fonts_embedded(doc)


def pdf_fonts_embedded(doc: pikepdf.Pdf) -> bool:
    return pdf.pdfa.blockers(doc) == []


def test_pages_with_visible_text_are_left_alone_and_say_why_not_pdfa(archive_run):
    path = doc_dir(archive_run.out, "bulletin-digital") / writers.PDF_NAME
    with pikepdf.open(FIXTURES / "bulletin-digital.pdf") as old, pikepdf.open(path) as new:
        assert len(new.pages) == len(old.pages)
        for a, b in zip(old.pages, new.pages, strict=True):
            assert pikepdf.unparse_content_stream(pikepdf.parse_content_stream(a)) == \
                pikepdf.unparse_content_stream(pikepdf.parse_content_stream(b))
        assert new.open_metadata().pdfa_status == ""
    digital = doc_dir(archive_run.out, "bulletin-digital")
    result = runner.invoke(app, ["pdf", str(digital / "align.json"),
                                 "-o", str(path.with_name("again.pdf"))])
    assert result.exit_code == 0, result.output
    assert "0 pages" in result.output and "6 kept" in result.output
    assert "plain PDF" in result.output and "not embedded" in result.output


def test_pdf_command_asks_for_the_source_when_it_moved(archive_run, tmp_path):
    folder = doc_dir(archive_run.out, "damaged-textlayer")
    moved = tmp_path / "elsewhere.pdf"
    (archive_run.inputs / "damaged-textlayer.pdf").rename(moved)
    try:
        result = runner.invoke(app, ["pdf", str(folder), "-o", str(tmp_path / "x.pdf")])
        assert result.exit_code != 0 and "--source" in result.output
        result = runner.invoke(app, ["pdf", str(folder), "-o", str(tmp_path / "x.pdf"),
                                     "--source", str(moved)])
        assert result.exit_code == 0 and "PDF/A-2b" in result.output
    finally:
        moved.rename(archive_run.inputs / "damaged-textlayer.pdf")


def test_a_page_ocred_turned_gets_no_layer_rather_than_a_misplaced_one(damaged):
    _, pages = damaged
    turned = replace(pages[0], rotation=90)
    data, result = pdf.build_pdf(FIXTURES / "damaged-textlayer.pdf", (turned,))
    assert result.layered == () and result.kept == (1,)


def test_words_no_block_holds_still_get_into_the_layer(archive_run):
    split, words = outputs.page_artifacts(doc_dir(archive_run.out, "damaged-textlayer"))
    first = split.pages[0]
    dropped = first.blocks[0]
    fewer = replace(split, pages=(replace(first, blocks=first.blocks[1:]),))
    page = textlayer.page_texts(fewer, words)[0]
    rest = page.blocks[-1]
    assert rest.role == textlayer.REST
    assert {w.index for ln in rest.lines for w in ln.words} == set(dropped.words)
    assert sorted(_words(page.text())) == sorted(_words(words.pages[0].text()))


def _variant(tmp_path, name, *, claim=False, page_font=False, form_font=False):
    """The damaged fixture with a PDF/A-1B claim and a Helvetica (never embedded) added."""
    path = tmp_path / name
    with pikepdf.open(FIXTURES / "damaged-textlayer.pdf") as doc:
        helvetica = doc.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica))
        if claim:
            with doc.open_metadata() as meta:
                meta["pdfaid:part"] = "1"
                meta["pdfaid:conformance"] = "B"
        if page_font:
            doc.pages[0].Resources.Font.Fhelv = helvetica
        if form_font:
            doc.Root.AcroForm = pikepdf.Dictionary(
                Fields=pikepdf.Array(), DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(
                    Helv=helvetica)))
        doc.save(path)
    return path


def test_a_font_only_in_unused_form_resources_does_not_block_pdfa(damaged, tmp_path):
    _, pages = damaged
    source = _variant(tmp_path, "form.pdf", form_font=True)
    _, result = pdf.build_pdf(source, pages)
    assert result.pdfa and result.why_not_pdfa == ()


def test_an_input_pdfa_claim_that_no_longer_holds_is_removed(damaged, tmp_path):
    _, pages = damaged
    source = _variant(tmp_path, "claim.pdf", claim=True, page_font=True)
    with pikepdf.open(source) as doc:
        assert doc.open_metadata().pdfa_status == "1B"
    data, result = pdf.build_pdf(source, pages)
    assert not result.pdfa and result.layered == (1,)
    assert any("Helvetica" in why for why in result.why_not_pdfa)
    assert any("claim was removed" in why for why in result.why_not_pdfa)
    with pikepdf.open(io.BytesIO(data)) as doc:
        assert doc.open_metadata().pdfa_status == ""


def test_layers_typeset_in_windows_read_back_as_one_typesetting_does(damaged, tmp_path,
                                                                      monkeypatch):
    """A bound volume's layers are typeset a window of pages at a time: same text per page."""
    from pypdf import PdfReader, PdfWriter
    _, pages = damaged
    writer = PdfWriter()
    source = PdfReader(FIXTURES / "damaged-textlayer.pdf")
    for _ in range(3):
        writer.add_page(source.pages[0])
    three = tmp_path / "three.pdf"
    with open(three, "wb") as handle:
        writer.write(handle)
    texts = tuple(replace(pages[0], number=n) for n in (1, 2, 3))

    def page_texts(data: bytes) -> list[str]:
        doc = pdfium.PdfDocument(data)
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]

    whole, whole_result = pdf.build_pdf(three, texts)
    monkeypatch.setattr(pdf, "LAYER_WINDOW", 2)
    windowed, windowed_result = pdf.build_pdf(three, iter(texts))
    assert whole_result == windowed_result and windowed_result.layered == (1, 2, 3)
    assert page_texts(windowed) == page_texts(whole)
    assert "LẠNG SƠN" in page_texts(windowed)[2]
