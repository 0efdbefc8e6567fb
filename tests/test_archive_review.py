"""The review page with the page images, read and used in headless Chromium.

What a reader sees (crops of the page images with the boxes drawn, low-confidence links
and repaired words marked), the keys, and a correction typed in the page, saved by the
page as a file, merged back by `magpipe apply-corrections`.
"""

from __future__ import annotations

import json
import shutil
import time

import pytest
from archive_inputs import doc_dir, runner
from cdp_pipe import Browser
from magpipe.archive import search
from magpipe.artifacts import AlignArtifact, RepairArtifact
from magpipe.cli import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NEW_TEXT = "Đoạn văn do người duyệt sửa lại, có chữ kiểm chứng Xuânthắng."


@pytest.fixture(scope="module")
def out(archive_run, tmp_path_factory):
    assert archive_run.exit_code == 0, archive_run.output
    copy = tmp_path_factory.mktemp("review") / "out"
    shutil.copytree(archive_run.out, copy)
    return copy


@pytest.fixture
def browser(tmp_path):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium; `make` installs it)")
    b = Browser(CHROMIUM, tmp_path / "profile")
    yield b
    b.close()


def _open(browser, page, downloads):
    downloads.mkdir(exist_ok=True)
    browser.open(page.as_uri(), downloads)
    assert browser.evaluate("document.body.dataset.ready") == "1"


def test_reader_sees_page_crops_with_boxes_beside_each_text(out, browser, tmp_path):
    _open(browser, doc_dir(out, "bulletin-digital") / "review.html", tmp_path / "dl")
    widths = browser.evaluate(
        "Promise.all([...document.images].map(i => { i.loading = 'eager';"
        " return i.decode().then(() => i.naturalWidth); }))")
    assert widths and all(w > 0 for w in widths)
    sources = browser.evaluate("[...new Set([...document.images].map(i => i.getAttribute('src')))]")
    assert sorted(sources) == [f"pages/page-{n:04d}.jpg" for n in range(1, 7)]
    assert all((doc_dir(out, "bulletin-digital") / s).is_file() for s in sources)
    shown = browser.evaluate("""[...document.querySelectorAll('.crop')].map(c => {
        const r = c.getBoundingClientRect(), b = c.querySelector('.box').getBoundingClientRect();
        return [r.width, r.height, b.width, b.height,
                b.left >= r.left - 1 && b.right <= r.right + 1]; })""")
    assert len(shown) > 20
    assert all(w > 50 and h > 5 and bw > 0 and bh > 0 and inside
               for w, h, bw, bh, inside in shown)
    title = browser.evaluate("document.querySelector('td[lang=vi] .text').innerText")
    assert title == "LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT NAM"


def test_low_confidence_links_and_repaired_words_stand_out(out, browser, tmp_path):
    aligned = AlignArtifact.load(doc_dir(out, "bulletin-digital") / "align.json")
    lows = sum(1 for a in aligned.articles for p in a.paragraphs if p.confidence < 0.5)
    _open(browser, doc_dir(out, "bulletin-digital") / "review.html", tmp_path / "dl")
    rows = browser.evaluate("""[...document.querySelectorAll('tr.low')].map(r => [
        r.querySelector('td.conf').innerText, getComputedStyle(r.cells[1]).backgroundColor])""")
    assert lows and len(rows) == lows
    assert all(text.endswith("low confidence") and color != "rgba(0, 0, 0, 0)"
               for text, color in rows)
    _open(browser, doc_dir(out, "damaged-textlayer") / "review.html", tmp_path / "dl")
    marks = browser.evaluate("""[...document.querySelectorAll('mark.repaired')].map(m =>
        [m.innerText, m.title, getComputedStyle(m).backgroundColor])""")
    changes = RepairArtifact.load(doc_dir(out, "damaged-textlayer") / "repair.json").changes
    made = {(c.after, f"OCR read: {c.before}") for c in changes}
    assert len(marks) > 20 and {tuple(m[:2]) for m in marks} <= made
    assert ("CHỦ", "OCR read: CHU") in {tuple(m[:2]) for m in marks}
    assert all(m[2] != "rgba(0, 0, 0, 0)" for m in marks)


def test_keys_move_between_rows_and_to_low_confidence_links(out, browser, tmp_path):
    _open(browser, doc_dir(out, "bulletin-digital") / "review.html", tmp_path / "dl")
    current = "(() => { const r = document.querySelector('tr.current');" \
              " return [...document.querySelectorAll('tr.link')].indexOf(r); })()"
    browser.press("j")
    assert browser.evaluate(current) == 0
    browser.press("j")
    browser.press("j")
    browser.press("k")
    assert browser.evaluate(current) == 1
    browser.press("n")
    first_low = browser.evaluate(
        "[...document.querySelectorAll('tr.link')].findIndex(r => r.classList.contains('low'))")
    assert first_low > 1 and browser.evaluate(current) == first_low


def test_a_correction_made_in_the_page_comes_back_through_the_cli(out, browser, tmp_path):
    downloads = tmp_path / "dl"
    doc = doc_dir(out, "bulletin-digital")
    _open(browser, doc / "review.html", downloads)
    browser.press("n")                 # the first low-confidence link
    browser.press("e")                 # edit its Vietnamese text (all of it selected)
    before = browser.evaluate("document.activeElement.innerText")
    browser.type(NEW_TEXT)
    browser.press("Escape")
    assert browser.evaluate("document.getElementById('count').innerText") == "1 corrections"
    browser.press("s")
    saved = downloads / f"{doc.name}.corrections.json"
    for _ in range(100):
        if saved.is_file():
            break
        time.sleep(0.1)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert [(c["field"], c["lang"], c["before"], c["after"]) for c in data["corrections"]] == \
        [("paragraph", "vi", before, NEW_TEXT)]

    result = runner.invoke(app, ["apply-corrections", str(doc), str(saved)])
    assert result.exit_code == 0, result.output
    assert "1 corrections applied, 0 refused" in result.output
    fixed = data["corrections"][0]
    article = next(a for a in AlignArtifact.load(doc / "align.json").articles
                   if a.id == fixed["article"])
    assert article.paragraphs[fixed["index"]].vi == NEW_TEXT
    records = [json.loads(line) for line in
               (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert NEW_TEXT in [p["vi"] for r in records if r["id"] == article.id
                        for p in r["paragraphs"]]
    assert search.search(out, "xuanthang")[0].article == article.id
    again = runner.invoke(app, ["apply-corrections", str(doc), str(saved)])
    assert "0 corrections applied, 1 refused" in again.output    # never applied twice


def test_corrections_for_another_document_are_refused(out, tmp_path):
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "magpipe-corrections", "version": 1,
                                 "doc": "tourism", "corrections": []}), encoding="utf-8")
    digital = doc_dir(out, "bulletin-digital")
    result = runner.invoke(app, ["apply-corrections", str(digital), str(wrong)])
    assert result.exit_code == 2 and "tourism" in result.output
    result = runner.invoke(app, ["apply-corrections", str(doc_dir(out, "bulletin-digital")),
                                 str(out / "report.json")])
    assert result.exit_code == 2 and "not a corrections file" in result.output


def test_corrected_vietnamese_can_teach_the_user_lexicon(out, tmp_path):
    doc = doc_dir(out, "damaged-textlayer")
    article = AlignArtifact.load(doc / "align.json").articles[0]
    before = article.paragraphs[0].vi
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({
        "format": "magpipe-corrections", "version": 1, "doc": doc.name,
        "corrections": [{"article": article.id, "field": "paragraph", "index": 0,
                         "lang": "vi", "before": before, "after": before + " Tràng Định."}]},
        ensure_ascii=False), encoding="utf-8")
    lexicon = tmp_path / "user-lexicon.tsv.gz"
    result = runner.invoke(app, ["apply-corrections", str(doc), str(fixes), "--learn-lexicon",
                                 "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    assert "1 corrections applied" in result.output and lexicon.is_file()


def test_text_from_the_document_is_escaped_not_run():
    from align_blocks import make_split
    from magpipe.align import align
    from magpipe.archive.review import build_review
    from magpipe.config import Config
    injected = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    aligned = align(make_split([[("vi", "title", "Tin vắn"), ("vi", "body", injected)]]),
                    Config())
    page = build_review(aligned, {}, {1: {"vắn": "van"}})
    assert page.count("<script") == 2          # the page's own: its metadata and its code
    assert "<img" not in page and "&lt;img src=x" in page
    assert '<mark class="repaired" title="OCR read: van">vắn</mark>' in page
