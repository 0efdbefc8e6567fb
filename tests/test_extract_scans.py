"""Real archive scans: coloured stamps over the text, a signature box as the only text
layer of a page image, low-resolution scans. Synthetic pages made here reproduce each case;
the real scans of ``../shared/real`` are scored in ``bench/bench_real.py``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from extract_pdfs import VIETNAMESE, digital_pdf, page_images, scan_pdf
from magpipe.artifacts.pages import PageSource
from magpipe.config import Config
from magpipe.eval.ocr_metrics import text_score
from magpipe.extract import PageJob, decide_source, extract, extract_page, fix_texts, text_area
from magpipe.extract.ocr.stamps import remove_stamps
from magpipe.extract.pdftext import read_page
from magpipe.extract.render import render_page
from PIL import Image, ImageChops, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

DPI = 300
SIGNATURE = ["Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi",
             "Email: ubnd@quangngai.gov.vn",
             "Thời gian ký: 09.05.2025 15:42:57 +07:00"]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    folder = tmp_path_factory.mktemp("scans")
    return page_images(digital_pdf(folder / "text.pdf", [[VIETNAMESE]]), DPI)[0]


def _stamped(clean: Image.Image) -> Image.Image:
    """The page with a red seal (ring, star) over its text, a blue signature across it,
    and a small red heading that is print, not a stamp. Stamp ink is translucent: it
    darkens the paper and leaves the black print under it black (multiplied)."""
    rgb = clean.convert("RGB")
    ink = Image.new("RGB", rgb.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    x, y, r = 700, 420, 210                           # a 1.4 in seal over the first lines
    draw.ellipse((x - r, y - r, x + r, y + r), outline=(205, 40, 45), width=14)
    draw.ellipse((x - r + 40, y - r + 40, x + r - 40, y + r - 40), outline=(205, 40, 45),
                 width=6)
    draw.polygon([(x, y - 60), (x + 18, y - 15), (x + 60, y - 15), (x + 25, y + 12),
                  (x + 38, y + 55), (x, y + 28), (x - 38, y + 55), (x - 25, y + 12),
                  (x - 60, y - 15), (x - 18, y - 15)], fill=(205, 40, 45))
    for k in range(12):                               # a blue scribble across the seal
        draw.line((520 + 40 * k, 560 - (k % 3) * 50, 560 + 40 * k, 360 + (k % 4) * 40),
                  fill=(40, 60, 190), width=7)
    draw.rectangle((150, 60, 420, 110), fill=(200, 30, 30))   # a red heading bar, 0.17 in
    return ImageChops.multiply(rgb, ink)


def test_red_seal_and_blue_signature_are_taken_out_before_ocr(page: Image.Image) -> None:
    clean = np.asarray(page.convert("L")).astype(int)
    cleaned, stamps = remove_stamps(_stamped(page), DPI)
    after = np.asarray(cleaned).astype(int)
    assert stamps == 1                                # seal and signature overlap: one patch
    seal = (slice(200, 640), slice(480, 920))
    assert (np.abs(after[seal] - clean[seal]) > 80).mean() < 0.01
    assert (after[60:110, 150:420] < 128).mean() > 0.9     # the red heading stays


def test_a_page_without_colour_is_left_as_it_is(page: Image.Image) -> None:
    cleaned, stamps = remove_stamps(page.convert("RGB"), DPI)
    assert stamps == 0
    assert np.array_equal(np.asarray(cleaned), np.asarray(page.convert("L")))


@pytest.mark.slow
def test_stamped_scan_reads_like_the_clean_one(page: Image.Image, tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "stamped.pdf", [_stamped(page)])
    result = extract(pdf, Config()).pages[0]
    assert "coloured stamps taken out" in result.reason
    assert text_score(VIETNAMESE, result.text()).accuracy >= 0.97


def _signed_scan(path: Path, image: Image.Image) -> Path:
    """A page image with a small digital-signature box as its only text layer."""
    canvas = Canvas(str(path), pagesize=(595.3, 841.9), invariant=1)
    canvas.drawImage(ImageReader(image), 0, 0, width=595.3, height=841.9)
    canvas.setFont("Helvetica", 7)
    for i, line in enumerate(SIGNATURE):
        canvas.drawString(400, 800 - 9 * i, line.encode("latin-1", "replace").decode("latin-1"))
    canvas.showPage()
    canvas.save()
    return path


def test_signature_box_is_not_taken_for_the_text_of_a_page_image(page: Image.Image,
                                                                   tmp_path: Path) -> None:
    doc = pdfium.PdfDocument(str(_signed_scan(tmp_path / "signed.pdf", page)))
    facts, raw = read_page(doc[0])
    texts, _ = fix_texts(raw)
    assert facts.char_count >= 40                     # more than a page number
    decision = decide_source(facts, " ".join(texts), "auto", text_area(raw, facts))
    assert decision.source == PageSource.OCR
    assert "signature" in decision.reason


def test_low_resolution_scan_is_rendered_at_its_own_resolution_then_enlarged(
        page: Image.Image, tmp_path: Path) -> None:
    low = page.resize((page.width // 3, page.height // 3), Image.Resampling.LANCZOS)
    doc = pdfium.PdfDocument(str(scan_pdf(tmp_path / "low.pdf", [low], dpi=100)))
    enlarged = render_page(doc, 1, dpi=300, max_pixels=10**8, scan_dpi=100)
    assert abs(enlarged.width - 3 * low.width) <= 3 and abs(enlarged.height - 3 * low.height) <= 3
    # enlarged from the scan's own pixels, not PDFium's enlargement of them
    pdfium_way = render_page(doc, 1, dpi=300, max_pixels=10**8)
    assert not np.array_equal(np.asarray(enlarged.resize(pdfium_way.size)),
                              np.asarray(pdfium_way))


@pytest.mark.slow
def test_low_resolution_scan_reads_after_enlarging(page: Image.Image, tmp_path: Path) -> None:
    low = page.resize((page.width // 3, page.height // 3), Image.Resampling.LANCZOS)
    result = extract(scan_pdf(tmp_path / "low.pdf", [low], dpi=100), Config()).pages[0]
    assert "100 dpi scan enlarged" in result.reason
    assert text_score(VIETNAMESE, result.text()).accuracy >= 0.9


@pytest.mark.slow
def test_sideways_low_resolution_scan_is_turned_and_read(page: Image.Image,
                                                         tmp_path: Path) -> None:
    low = page.resize((page.width // 3, page.height // 3), Image.Resampling.LANCZOS)
    sideways = low.rotate(90, expand=True)           # a landscape page, as scanned
    result = extract(scan_pdf(tmp_path / "sideways.pdf", [sideways], dpi=100), Config()).pages[0]
    assert result.rotation in (90, 270)
    assert text_score(VIETNAMESE, result.text()).accuracy >= 0.9


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.slow
def test_marks_stacked_over_a_circumflex_survive_enlarging_a_real_100_dpi_scan() -> None:
    """01CT page 1 (a development page: the enlarging filter was chosen on it) loses the
    hook or acute over ê/ô/â when enlarged with ringing (thuế -> thuê): 94.5% of syllables
    with Lanczos."""
    pdf = next(REAL.glob("scan-quangngai-01CT_*.pdf"), None)
    if pdf is None:
        pytest.skip("../shared/real not present")
    truth = (Path(__file__).resolve().parents[1] / "fixtures" / "real"
             / "scan-quangngai-01CT.p1.gt.txt").read_text(encoding="utf-8")
    config = Config()
    page = extract_page(PageJob(str(pdf), 1, config.ocr, config.languages, config.dpi,
                                config.ocr_timeout, config.max_pixels))
    assert "100 dpi scan enlarged" in page.reason
    assert text_score(truth, page.text(), any_placement=True).accuracy >= 0.955
