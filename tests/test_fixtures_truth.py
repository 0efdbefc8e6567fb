"""The committed fixtures agree with their ground truth, and the bad inputs are what they claim.

No OCR here: the text checks read the text layers with pdfplumber; the scanned fixtures are
checked for being image-only at the right page size.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from conftest import FIXTURES, load_truth
from pypdf import PdfReader
from pypdf.errors import PdfReadError

MANIFEST = json.loads((Path(__file__).parent / "data" / "fixtures_manifest.json")
                      .read_text(encoding="utf-8"))
GOOD = [f for f in MANIFEST if f["kind"] == "good"]
VISIBLE = [f["file"] for f in GOOD if f["text_layer"] == "visible"]
ROLES = {"title", "intro", "body", "caption", "credit", "byline", "section", "header",
         "page-number"}
TOLERANCE = 2.0   # points around a truth box
VI_MARKS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def compact(text: str) -> str:
    """NFC, no whitespace, and no hyphen left at a line end (``xy-`` + ``z`` -> ``xyz``)."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return re.sub(r"\s+", "", text)


def vi_mark_count(text: str) -> int:
    return len(VI_MARKS.findall(unicodedata.normalize("NFD", text)))


@pytest.fixture(scope="module")
def texts_in_boxes() -> dict[str, list[list[tuple[dict, str]]]]:
    """For each visible-text fixture: per page, (truth block, text pdfplumber finds in its box)."""
    out = {}
    for name in VISIBLE:
        truth = load_truth(name)
        pages = []
        with pdfplumber.open(FIXTURES / name) as pdf:
            for tpage in truth["pages"]:
                page = pdf.pages[tpage["number"] - 1]
                found = []
                for block in tpage["blocks"]:
                    x0, top, x1, bottom = block["box"]
                    box = (max(0, x0 - TOLERANCE), max(0, top - TOLERANCE),
                           min(page.width, x1 + TOLERANCE), min(page.height, bottom + TOLERANCE))
                    found.append((block, page.within_bbox(box).extract_text()))
                pages.append(found)
        out[name] = pages
    return out


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["file"])
def test_good_fixture_page_count_and_size_match_truth(entry):
    truth = load_truth(entry["file"])
    reader = PdfReader(FIXTURES / entry["file"])
    assert len(reader.pages) == len(truth["pages"]) == entry["pages"]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(truth["page_size"][0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(truth["page_size"][1], abs=0.5)


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["file"])
def test_truth_blocks_are_well_formed(entry):
    truth = load_truth(entry["file"])
    assert truth["file"] == entry["file"]
    assert [p["number"] for p in truth["pages"]] == list(range(1, len(truth["pages"]) + 1))
    for page in truth["pages"]:
        assert page["layout"] in {"two-column", "three-column", "photos"}
        for block in page["blocks"]:
            assert block["role"] in ROLES
            assert block["lang"] in ({None} if block["role"] == "page-number" else {"vi", "en"})
            x0, top, x1, bottom = block["box"]
            assert 0 <= x0 < x1 <= truth["page_size"][0]
            assert 0 <= top < bottom <= truth["page_size"][1]
            assert block["text"].strip()
            if block["article"] is not None:
                assert 0 <= block["article"] < len(truth["articles"])


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["file"])
def test_mixed_captions_are_vi_credit_en_triples(entry):
    for page in load_truth(entry["file"])["pages"]:
        blocks = page["blocks"]
        for i, block in enumerate(blocks):
            if block["role"] == "credit":
                before, after = blocks[i - 1], blocks[i + 1]
                assert (before["role"], before["lang"]) == ("caption", "vi")
                assert (after["role"], after["lang"]) == ("caption", "en")
                assert re.fullmatch(r"(Ảnh|Anh): .+/|Ảnh sưu tầm/", block["text"])
                assert re.search(r"(Photo: .+|Collected photo)$", after["text"])


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: e["file"])
def test_article_paragraphs_are_whole_in_the_page_blocks(entry):
    """Each truth paragraph appears whole in its article's body blocks joined in reading
    order (paragraphs cut by a column or page break come back together)."""
    truth = load_truth(entry["file"])
    for index, article in enumerate(truth["articles"]):
        for lang in ("vi", "en"):
            body = compact(" ".join(b["text"] for p in truth["pages"] for b in p["blocks"]
                                    if b["article"] == index and b["lang"] == lang
                                    and b["role"] == "body"))
            for link in article["paragraphs"]:
                for para in link[lang]:
                    assert compact(para) in body, para[:60]
            titles = [b["text"] for p in truth["pages"] for b in p["blocks"]
                      if b["article"] == index and b["role"] == "title" and b["lang"] == lang]
            assert compact(" ".join(titles)) == compact(article["title"][lang])


@pytest.mark.parametrize("name", VISIBLE)
def test_text_layer_holds_every_truth_block_inside_its_box(texts_in_boxes, name):
    missing = []
    for page_no, found in enumerate(texts_in_boxes[name], start=1):
        for block, text in found:
            if compact(block["text"]) not in compact(text or ""):
                missing.append((page_no, block["role"], block["text"][:50]))
    assert not missing


@pytest.mark.parametrize("name", VISIBLE)
def test_text_layer_has_no_text_outside_truth_blocks(name):
    truth = load_truth(name)
    with pdfplumber.open(FIXTURES / name) as pdf:
        for tpage in truth["pages"]:
            page = pdf.pages[tpage["number"] - 1]
            boxes = [b["box"] for b in tpage["blocks"]]
            stray = [c["text"] for c in page.chars if c["text"].strip() and not any(
                x0 - TOLERANCE <= c["x0"] and c["x1"] <= x1 + TOLERANCE
                and top - TOLERANCE <= c["top"] and c["bottom"] <= bottom + TOLERANCE
                for x0, top, x1, bottom in boxes)]
            assert not stray


@pytest.mark.parametrize("name", [f["file"] for f in GOOD if f["text_layer"] == "none"])
def test_scanned_fixture_is_image_only(name):
    with pdfplumber.open(FIXTURES / name) as pdf:
        for page in pdf.pages:
            assert not page.chars
            assert len(page.images) == 1
            image = page.images[0]
            assert image["width"] == pytest.approx(page.width, abs=1)


def test_damaged_textlayer_is_english_only_ocr_of_the_page():
    """Invisible OCR text over the image, with most Vietnamese marks lost."""
    truth = load_truth("damaged-textlayer.pdf")
    with pdfplumber.open(FIXTURES / "damaged-textlayer.pdf") as pdf:
        page = pdf.pages[0]
        assert len(page.images) == 1
        layer = page.extract_text()
    vi_truth = " ".join(b["text"] for b in truth["pages"][0]["blocks"] if b["lang"] == "vi")
    en_words = {w for b in truth["pages"][0]["blocks"] if b["lang"] == "en"
                for w in b["text"].split()}
    assert len(layer) > 0.8 * sum(len(b["text"]) for b in truth["pages"][0]["blocks"])
    assert vi_mark_count(layer) < 0.2 * vi_mark_count(vi_truth)
    layer_words = set(layer.split())
    assert len(en_words & layer_words) > 0.8 * len(en_words)


def test_damaged_textonly_vietnamese_has_lost_its_diacritics():
    truth = load_truth("damaged-textonly.pdf")
    with pdfplumber.open(FIXTURES / "damaged-textonly.pdf") as pdf:
        assert not pdf.pages[0].images
    vi = " ".join(b["text"] for b in truth["pages"][0]["blocks"]
                  if b["lang"] == "vi" and b["role"] in {"body", "intro", "title"})
    letters = sum(ch.isalpha() for ch in vi)
    assert vi_mark_count(vi) < 0.05 * letters


def test_truncated_pdf_is_a_cut_prefix_of_a_good_pdf():
    data = (FIXTURES / "bad" / "truncated.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" not in data[-1024:]
    good = (FIXTURES / "bulletin-digital.pdf").read_bytes()
    assert good.startswith(data) and len(data) < 0.5 * len(good)
    with pytest.raises((PdfReadError, ValueError, KeyError)):
        reader = PdfReader(FIXTURES / "bad" / "truncated.pdf", strict=True)
        for page in reader.pages:
            page.extract_text()


def test_encrypted_pdf_opens_only_with_its_password():
    reader = PdfReader(FIXTURES / "bad" / "encrypted.pdf")
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    reader = PdfReader(FIXTURES / "bad" / "encrypted.pdf")
    assert reader.decrypt("secret")
    assert "LÃNHĐẠO" in compact(reader.pages[0].extract_text())


def test_zero_pages_pdf_is_a_valid_pdf_without_pages():
    reader = PdfReader(FIXTURES / "bad" / "zero-pages.pdf", strict=True)
    assert len(reader.pages) == 0


def test_not_a_pdf_is_utf8_text():
    data = (FIXTURES / "bad" / "not-a-pdf.pdf").read_bytes()
    assert not data.startswith(b"%PDF")
    assert data.decode("utf-8").strip()


def test_blank_scan_is_one_image_page_with_only_noise():
    with pdfplumber.open(FIXTURES / "bad" / "blank-scan.pdf") as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert not page.chars and len(page.images) == 1
        image = page.to_image(resolution=30).original.convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128]) / sum(histogram)
    assert dark < 0.01     # a few speckles at most


def test_fixture_documents_stay_under_twelve_megabytes():
    # 10 MB until the photo pages (photos-scanned.pdf, 4.2 MB: 28 captions to measure caption
    # reading on scans) came; a scanned page costs about 0.85 MB whatever it shows. The
    # generators' Python source is code, not fixture weight (it grows by a module or two each
    # round as layout families are added, and makes its documents at bench time): it is not
    # counted.
    total = sum(p.stat().st_size for p in FIXTURES.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py")
    assert total < 12 * 1024 * 1024
