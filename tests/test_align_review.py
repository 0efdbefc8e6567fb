"""The review page: one static HTML file per document, checked in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber
import pytest
from align_blocks import make_split
from magpipe.align import align
from magpipe.batch.review import render_review
from magpipe.config import Config

INJECTED = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"><script>x</script>"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _artifact():
    """A paired article with a low-confidence link, and an article without a twin."""
    page1 = [
        ("vi", "title", "LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG"),
        ("vi", "body", "Ngày 19/12/2025, tỉnh Lạng Sơn tổ chức Lễ thông tuyến dự án."),
        ("vi", "body", "Đoạn này không có bản dịch tiếng Anh tương ứng nào cả, chỉ có ở đây."),
        ("vi", "caption", "Toàn cảnh buổi Lễ."), ("vi", "credit", "Ảnh: TRÍ DŨNG/"),
        ("en", "caption", "Overview of the ceremony. Photo: TRI DUNG"),
        ("en", "title", "HUU NGHI - CHI LANG EXPRESSWAY OPENS"),
        ("en", "body", "On December 19, 2025, Lang Son Province held the opening ceremony."),
    ]
    page2 = [("vi", "title", "TIN VẮN"),
             ("vi", "body", "Một bản tin ngắn chỉ có tiếng Việt, không có bản tiếng Anh."),
             ("vi", "body", INJECTED)]
    return align(make_split([page1, page2], name="review"), Config())


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("review") / "review.html"
    path.write_text(render_review(_artifact()), encoding="utf-8")
    return path


def _chromium(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium; `make` installs it)")
    profile = tmp / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def dom(page, tmp_path_factory) -> str:
    return _chromium(page, tmp_path_factory.mktemp("chromium"), "--dump-dom").stdout


def _seen(text: str | None) -> str:
    return "".join((text or "").split())     # cells wrap lines: compare without white space


@pytest.fixture(scope="module")
def printed(page, tmp_path_factory) -> tuple[str, list[list[str]]]:
    """What a reader sees: the page printed to PDF by Chromium, as text and as table rows."""
    tmp = tmp_path_factory.mktemp("chromium-pdf")
    pdf = tmp / "review.pdf"
    _chromium(page, tmp, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    with pdfplumber.open(pdf) as doc:
        text = "".join(p.extract_text() or "" for p in doc.pages)
        rows = [[_seen(c) for c in row] for p in doc.pages for t in p.extract_tables()
                for row in t]
    return _seen(text), rows


def _row(rows: list[list[str]], kind: str, vi: str) -> list[str]:
    found = [r for r in rows if r[0] == _seen(kind) and _seen(vi) in r[1]]
    assert len(found) == 1, (kind, vi, rows)
    return found[0]


def test_reader_sees_both_languages_side_by_side(printed):
    text, rows = printed
    assert ["", "TiếngViệt", "English", "confidence"] in rows
    title = _row(rows, "title", "LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG")
    assert _seen("HUU NGHI - CHI LANG EXPRESSWAY OPENS") in title[2]
    para = _row(rows, "¶1 1-1", "Ngày 19/12/2025, tỉnh Lạng Sơn tổ chức Lễ thông tuyến dự án.")
    assert _seen("On December 19, 2025, Lang Son Province held") in para[2]
    caption = _row(rows, "caption", "Toàn cảnh buổi Lễ. (Ảnh: TRÍ DŨNG)")
    assert _seen("Overview of the ceremony. (Photo: TRI DUNG)") in caption[2]


def test_reader_sees_low_confidence_links_and_unpaired_articles_called_out(printed, dom):
    text, rows = printed
    alone = _row(rows, "¶2 1-0", "Đoạn này không có bản dịch")
    assert alone[2] == "—" and alone[3].endswith("lowconfidence")
    assert _row(rows, "¶1 1-1", "Ngày 19/12/2025")[3] == "1.00"
    assert _seen("UNPAIRED: no twin found") in text
    tags = _Collect()
    tags.feed(dom)
    low_rows = [a for t, a in tags.tags if t == "tr" and "low" in (a.get("class") or "")]
    assert low_rows and all(float(a["data-confidence"]) < 0.5 for a in low_rows)


def test_each_text_links_to_its_page_and_box(printed, dom):
    _, rows = printed
    assert _row(rows, "¶1 1-1", "Ngày 19/12/2025")[1].endswith("dựán.p.1")
    assert _row(rows, "¶1 1-0", "Một bản tin ngắn")[1].endswith("p.2")
    tags = _Collect()
    tags.feed(dom)
    links = [a for t, a in tags.tags if t == "a" and "src" in (a.get("class") or "")]
    assert links and all(a["href"] == f"#page-{a['data-page']}" for a in links)
    assert all(len(a["data-box"].split(",")) == 4 for a in links)
    targets = {a.get("id") for t, a in tags.tags if t == "section"}
    assert {"page-1", "page-2"} <= targets


def test_text_from_the_document_is_escaped_not_run(printed, dom):
    tags = _Collect()
    tags.feed(dom)
    assert not any(t in ("img", "script") for t, _ in tags.tags)
    body = [a for t, a in tags.tags if t == "body"][0]
    assert "data-pwned" not in body
    assert _seen("<script>x</script>") in printed[0]


def test_render_review_is_one_self_contained_file(page):
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<link" not in text and "src=" not in text.replace("&quot;", "").split("<body")[0]
