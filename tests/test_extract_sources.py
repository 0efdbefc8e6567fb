"""The extract stage's source choice per page, on real PDFs (small ones made here, and the
committed fixtures). Every OCR runs once per session through the ``extracted`` cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from extract_pdfs import (
    ENGLISH,
    VIETNAMESE,
    digital_pdf,
    english_ocr_damage,
    image_with_layer_pdf,
    page_images,
    scan_pdf,
)
from magpipe.artifacts.pages import ExtractArtifact, PageSource
from magpipe.config import Config
from magpipe.eval.ocr_metrics import OcrTruthBlock, score_by_blocks, text_score
from magpipe.extract import SourceDecision, decide_source, extract
from magpipe.extract.page_objects import PdfPageFacts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT = f"{VIETNAMESE} {ENGLISH}"


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("extract-pdfs")
    digital = digital_pdf(folder / "digital.pdf", [[VIETNAMESE, ENGLISH], [ENGLISH]])
    image = page_images(digital)[0]
    damaged = [english_ocr_damage(VIETNAMESE), ENGLISH]
    return {
        "digital": digital,
        "scan": scan_pdf(folder / "scan.pdf", [image]),
        "rotated": scan_pdf(folder / "rotated.pdf", [image.rotate(90, expand=True)]),
        "damaged-layer": image_with_layer_pdf(folder / "damaged-layer.pdf", image, damaged),
        "damaged-text": digital_pdf(folder / "damaged-text.pdf", [damaged]),
        "scan-and-text": scan_pdf(folder / "two-pages.pdf", [image, image]),
    }


@pytest.fixture(scope="session")
def extracted(pdfs: dict[str, Path]) -> Callable[..., ExtractArtifact]:
    """``extracted(name, **config)``: the artifact, computed once per session."""
    cache: dict[tuple, ExtractArtifact] = {}

    def get(name: str, **options: object) -> ExtractArtifact:
        key = (name, tuple(sorted(options.items())))
        if key not in cache:
            path = pdfs[name] if name in pdfs else FIXTURES / name
            cache[key] = extract(path, Config(**options))
        return cache[key]

    return get


def test_sound_text_layer_is_read_without_ocr(extracted) -> None:
    page = extracted("digital").pages[0]
    assert page.source == PageSource.TEXT_LAYER
    assert text_score(TEXT, page.text()).accuracy == 1.0
    assert all(w.conf == 100.0 and w.size == pytest.approx(11.0, abs=0.1) for w in page.words)


@pytest.mark.slow
def test_scan_without_text_layer_is_ocred_with_boxes_on_the_page(extracted) -> None:
    page = extracted("scan").pages[0]
    assert page.source == PageSource.OCR
    assert text_score(TEXT, page.text()).accuracy >= 0.95
    assert all(0 <= w.box[0] < w.box[2] <= page.width and 0 <= w.box[1] < w.box[3] <= page.height
               for w in page.words)
    assert len({w.line for w in page.words}) >= 10


@pytest.mark.slow
def test_damaged_layer_over_an_image_is_ocred_again(extracted) -> None:
    page = extracted("damaged-layer").pages[0]
    assert page.source == PageSource.REOCR
    assert not page.needs_repair
    assert "damaged text layer" in page.reason
    assert text_score(TEXT, page.text()).accuracy >= 0.95


def test_damaged_text_without_image_is_kept_for_repair(extracted) -> None:
    page = extracted("damaged-text").pages[0]
    assert page.source == PageSource.DAMAGED_TEXT
    assert page.needs_repair
    assert "Quéc" in page.text() or "nudc" in page.text() or "Lang Son" in page.text()


def test_ocr_never_leaves_a_scan_empty_and_keeps_a_damaged_layer(extracted) -> None:
    assert extracted("scan", ocr="never").pages[0].source == PageSource.EMPTY
    page = extracted("damaged-layer", ocr="never").pages[0]
    assert page.source == PageSource.DAMAGED_TEXT and page.needs_repair


@pytest.mark.slow
def test_ocr_always_ocrs_a_sound_text_layer(extracted) -> None:
    page = extracted("digital", ocr="always").pages[0]
    assert page.source == PageSource.OCR
    assert page.reason.startswith("--ocr always")
    assert text_score(TEXT, page.text()).accuracy >= 0.95


@pytest.mark.slow
def test_page_turned_sideways_is_turned_back_before_ocr(extracted) -> None:
    page = extracted("rotated").pages[0]
    assert page.rotation == 90
    assert (page.width, page.height) == pytest.approx((420.0, 595.0), abs=1.0)
    assert text_score(TEXT, page.text()).accuracy >= 0.95


@pytest.mark.slow
def test_ocr_timeout_fails_that_page_only(pdfs) -> None:
    artifact = extract(pdfs["scan-and-text"], Config(ocr_timeout=0.01))
    assert [p.source for p in artifact.pages] == [PageSource.FAILED, PageSource.FAILED]
    assert "ocr-timeout" in artifact.pages[0].error
    assert artifact.pages[0].width == pytest.approx(420.0, abs=1.0)
    mixed = extract(pdfs["digital"], Config(ocr_timeout=0.01))
    assert [p.source for p in mixed.pages] == [PageSource.TEXT_LAYER] * 2


def test_pixel_cap_fails_the_page_with_a_clear_error(pdfs) -> None:
    artifact = extract(pdfs["scan"], Config(max_pixels=1_000_000))
    page = artifact.pages[0]
    assert page.source == PageSource.FAILED
    assert "pixels" in page.error and "--max-pixels" in page.error


def test_pages_can_run_in_a_process_pool(pdfs) -> None:
    with ProcessPoolExecutor(2) as pool:
        pooled = extract(pdfs["digital"], Config(), map_pages=pool.map)
    serial = extract(pdfs["digital"], Config())
    assert [(p.number, p.source, p.words) for p in pooled.pages] == \
        [(p.number, p.source, p.words) for p in serial.pages]


def test_document_name_comes_from_the_file_name(pdfs) -> None:
    artifact = extract(pdfs["digital"], Config())
    assert artifact.doc.name == "digital"
    assert artifact.doc.page_count == 2 and len(artifact.doc.sha256) == 64


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii"])
def test_legacy_encoded_fixture_extracts_as_unicode(extracted, encoding: str) -> None:
    name = f"legacy-{encoding}.pdf"
    if not (FIXTURES / name).exists():
        pytest.skip(f"{name} not generated (python fixtures/legacy.py)")
    page = extracted(name).pages[0]
    truth = json.loads((FIXTURES / name).with_suffix(".truth.json").read_text(encoding="utf-8"))
    reference = " ".join(b["text"] for b in truth["pages"][0]["blocks"])
    assert page.source == PageSource.TEXT_LAYER
    assert encoding in page.reason
    assert text_score(reference, page.text()).accuracy == 1.0


@pytest.mark.slow
def test_committed_damaged_fixtures_get_their_sources(extracted) -> None:
    for name, source in (("damaged-textlayer.pdf", PageSource.REOCR),
                         ("damaged-textonly.pdf", PageSource.DAMAGED_TEXT)):
        if not (FIXTURES / name).exists():
            pytest.skip(f"{name} not generated")
        assert [p.source for p in extracted(name).pages] == [source]


@pytest.mark.slow
def test_scanned_fixture_vietnamese_accuracy_above_a_loose_floor(extracted) -> None:
    name = "bulletin-scanned.pdf"
    if not (FIXTURES / name).exists():
        pytest.skip(f"{name} not generated")
    from magpipe.extract import PageJob, extract_page
    config = Config()
    page = extract_page(PageJob(str(FIXTURES / name), 2, "auto", config.languages, config.dpi,
                                config.ocr_timeout, config.max_pixels))
    truth = json.loads((FIXTURES / name).with_suffix(".truth.json").read_text(encoding="utf-8"))
    blocks = [OcrTruthBlock(b["lang"] or "und", tuple(b["box"]), b["text"])
              for b in truth["pages"][1]["blocks"]]
    scores = score_by_blocks(blocks, [(w.text, w.box) for w in page.words])
    assert scores["vi"].accuracy >= 0.90


FACTS = {
    "text": PdfPageFacts(420, 595, 900, 0, 0.0, None),
    "scan": PdfPageFacts(420, 595, 0, 1, 1.0, 300.0),
    "scan-with-page-number": PdfPageFacts(420, 595, 2, 1, 1.0, 300.0),
    "blank": PdfPageFacts(420, 595, 0, 0, 0.0, None),
    "text-over-photo": PdfPageFacts(420, 595, 900, 1, 0.4, None),
}
DAMAGED = english_ocr_damage(VIETNAMESE)
DECISIONS = [
    ("sound text", "text", TEXT, "auto", SourceDecision(PageSource.TEXT_LAYER, "", False)),
    ("scan", "scan", "", "auto", SourceDecision(PageSource.OCR, "", False)),
    ("scan with a page number", "scan-with-page-number", "7", "auto",
     SourceDecision(PageSource.OCR, "", False)),
    ("blank page", "blank", "", "auto", SourceDecision(PageSource.EMPTY, "", False)),
    ("damaged over photo", "text-over-photo", DAMAGED, "auto",
     SourceDecision(PageSource.REOCR, "")),
    ("damaged, no image", "text", DAMAGED, "auto",
     SourceDecision(PageSource.DAMAGED_TEXT, "", True)),
    ("damaged, ocr never", "text-over-photo", DAMAGED, "never",
     SourceDecision(PageSource.DAMAGED_TEXT, "", True)),
    ("unreadable layer", "text", "(cid:3)(cid:4)(cid:5) " * 40, "auto",
     SourceDecision(PageSource.REOCR, "")),
    ("always", "text", TEXT, "always", SourceDecision(PageSource.OCR, "")),
    ("never on a scan", "scan", "", "never", SourceDecision(PageSource.EMPTY, "")),
]


@pytest.mark.parametrize(("label", "facts", "text", "mode", "expected"), DECISIONS,
                         ids=[d[0] for d in DECISIONS])
def test_decide_source(label: str, facts: str, text: str, mode: str,
                       expected: SourceDecision) -> None:
    decision = decide_source(FACTS[facts], text, mode)
    assert (decision.source, decision.needs_repair) == (expected.source, expected.needs_repair)
    assert decision.reason
