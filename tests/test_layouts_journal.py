"""The journal and newsletter layout families (``fixtures/layouts_journal.py``): the generator
is deterministic, its truth agrees with the text the PDFs carry, and the layout bench generates
them as development families (they were held out in the fifth round and looked at since).

Generation runs in a child process (``python fixtures/layouts_journal.py``), as the bench
runs it, so that two runs share no registered fonts or random state.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from conftest import FIXTURES, ROOT
from pypdf import PdfReader

FAMILIES = ("journal", "newsletter")
SEED = 2300
DOCS = 2
TOLERANCE = 2.0        # points around a truth box


def generate(out: Path, *extra: str, seed: int = SEED, docs: int = DOCS) -> list[Path]:
    subprocess.run([sys.executable, str(FIXTURES / "layouts_journal.py"), str(out), "--docs",
                    str(docs), "--seed", str(seed), *extra], check=True, capture_output=True)
    return sorted(out.glob("*.pdf"))


def compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def truth_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("journal"))


def test_same_seed_gives_the_same_bytes_and_another_seed_other_documents(docs, tmp_path):
    again = generate(tmp_path / "again")
    assert [p.name for p in again] == [p.name for p in docs]
    assert len(docs) == DOCS * len(FAMILIES)
    for a, b in zip(docs, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert a.with_suffix(".truth.json").read_bytes() == b.with_suffix(".truth.json"
                                                                        ).read_bytes()
    other = generate(tmp_path / "other", seed=SEED + 1, docs=1)
    for pdf in other:
        assert pdf.read_bytes() != (docs[0].parent / pdf.name).read_bytes()


def test_text_layer_holds_each_truth_block_in_its_box_and_nothing_outside_them(docs):
    """Every truth block's text is printed inside its box, and every printed character is in
    some truth block: furniture too (headers, labels, sidebars, ads, contents), so the split
    scorer sees every printed word."""
    for pdf in docs:
        truth = truth_of(pdf)
        with pdfplumber.open(pdf) as doc:
            assert len(doc.pages) == len(truth["pages"])
            for tpage in truth["pages"]:
                page = doc.pages[tpage["number"] - 1]
                assert [page.width, page.height] == pytest.approx(truth["page_size"], abs=0.1)
                boxes = [b["box"] for b in tpage["blocks"]]
                inside: list[list[str]] = [[] for _ in boxes]
                stray = []
                for c in page.chars:
                    if not c["text"].strip():
                        continue
                    holders = [k for k, (x0, top, x1, bottom) in enumerate(boxes)
                               if x0 - TOLERANCE <= c["x0"] and c["x1"] <= x1 + TOLERANCE
                               and top - TOLERANCE <= c["top"]
                               and c["bottom"] <= bottom + TOLERANCE]
                    stray += [] if holders else [c["text"]]
                    for k in holders:
                        inside[k].append(c["text"])
                assert not stray, (pdf.name, tpage["number"], "".join(stray)[:60])
                for block, chars in zip(tpage["blocks"], inside, strict=True):
                    assert compact(block["text"]) in compact("".join(chars)), (
                        pdf.name, tpage["number"], block["text"][:50])


def test_every_truth_paragraph_title_and_caption_is_printed_whole(docs):
    """Each truth paragraph is in its article's body blocks joined in reading order (a
    paragraph cut by a column or page break comes back together), and so each title and each
    caption with its credit, in the language it is printed in."""
    for pdf in docs:
        truth = truth_of(pdf)
        blocks = [b for p in truth["pages"] for b in p["blocks"]]
        for index, article in enumerate(truth["articles"]):
            def printed(lang: str, roles: tuple[str, ...], index=index, blocks=blocks) -> str:
                return compact(" ".join(b["text"] for b in blocks if b["article"] == index
                                        and b["lang"] == lang and b["role"] in roles))
            for lang in ("vi", "en"):
                body = printed(lang, ("body",))
                for link in article["paragraphs"]:
                    assert link[lang], (pdf.name, article["id"])
                    for para in link[lang]:
                        assert compact(para) in body, (pdf.name, para[:60])
                assert compact(article["title"][lang]) in printed(lang, ("title",))
                if article["intro"]:
                    assert compact(article["intro"][lang]) in printed(lang, ("intro",))
            vi_caps, en_caps = printed("vi", ("caption", "credit")), printed("en", ("caption",))
            for cap in article["captions"]:
                assert cap["vi"] or cap["en"]
                if cap["vi"]:      # the pool has no collected photo: every caption a credit
                    assert compact(f"{cap['vi']} Ảnh: {cap['credit']}") in vi_caps
                if cap["en"]:
                    assert compact(f"{cap['en']} Photo: {cap['credit_en']}") in en_caps


def test_journal_pages_hold_several_entries_with_keyword_lines(docs):
    for pdf in (d for d in docs if d.name.startswith("journal")):
        truth = truth_of(pdf)
        per_page = [len({b["article"] for b in p["blocks"] if b["article"] is not None})
                    for p in truth["pages"]]
        assert max(per_page) >= 2, pdf.name
        assert len(truth["articles"]) >= 5
        keywords = [b for p in truth["pages"] for b in p["blocks"] if b["role"] == "keywords"]
        assert {b["text"].split()[0] for b in keywords} <= {"Từ", "Keywords:"}
        assert all(a["captions"] == [] for a in truth["articles"])


def test_newsletter_sets_vietnamese_in_two_columns_english_in_three_after_contents(docs):
    for pdf in (d for d in docs if d.name.startswith("newsletter")):
        truth = truth_of(pdf)
        first, second = truth["pages"][:2]
        assert (first["layout"], second["layout"]) == ("contents", "contents")
        assert {b["lang"] for b in first["blocks"] if b["role"] == "contents"} == {"vi"}
        assert {b["lang"] for b in second["blocks"] if b["role"] == "contents"} == {"en"}
        assert [len(c["vi"]) for c in truth["contents"]] == [len(truth["articles"])]
        for page in truth["pages"][2:]:
            body = [b for b in page["blocks"] if b["role"] == "body"]
            langs = {b["lang"] for b in page["blocks"] if b["role"] not in ("page-number", "ad")}
            assert len(langs) == 1, page["number"]      # one language a page (ads: both)
            wanted = {"vi": "two-column", "en": "three-column"}[langs.pop()]
            assert page["layout"] in (wanted, "photos")
            text = [b for b in page["blocks"] if b["role"] in ("body", "title", "intro")]
            assert (page["layout"] == "photos") == (not text)
            assert len({round(b["box"][0]) for b in body}) <= int(wanted[:5] == "three") + 2
        for b in (b for p in truth["pages"] for b in p["blocks"]):
            if b["role"] in ("sidebar", "ad", "contents", "header", "page-number"):
                assert b["article"] is None


def test_scanned_copy_is_image_only_with_the_truth_of_its_plain_twin(tmp_path):
    out = generate(tmp_path, "--scan", "--family", "journal", docs=1)
    scanned = next(p for p in out if p.name == "journal-1-scanned.pdf")
    truth = truth_of(scanned)
    reader = PdfReader(scanned)
    assert len(reader.pages) == len(truth["pages"])
    for page, tpage in zip(reader.pages, truth["pages"], strict=True):
        assert not (page.extract_text() or "").strip()
        assert set(tpage["scan"]) >= {"skew_deg", "blur_radius", "jpeg_quality"}
    assert truth["file"] == scanned.name and len(truth["articles"]) >= 3


def test_generation_works_with_dejavu_alone(tmp_path):
    """Without the Debian typefaces, DejaVu stands in under the faces' names and the truth
    says so."""
    code = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
            "import journal_kit, layouts_journal; journal_kit.TRUETYPE = Path(sys.argv[2]);"
            "import json; t = layouts_journal.make_doc(sys.argv[3], 7, Path(sys.argv[4]));"
            "print(json.dumps(t['params']))")
    for family in FAMILIES:
        pdf = tmp_path / f"{family}.pdf"
        run = subprocess.run([sys.executable, "-c", code, str(FIXTURES), str(tmp_path / "none"),
                              family, str(pdf)], check=True, capture_output=True, text=True)
        params = json.loads(run.stdout.strip().splitlines()[-1])
        assert params["face_file"].startswith("DejaVu")
        fonts = {str(f["/BaseFont"]) for page in PdfReader(pdf).pages
                 for f in page["/Resources"]["/Font"].values()
                 for f in [f.get_object()]}
        fonts.discard("/Helvetica")     # the canvas's initial font, which draws nothing here
        assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_the_layout_bench_generates_them_as_development_families(monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = importlib.util.spec_from_file_location("bench_layouts_under_test",
                                                  ROOT / "bench" / "bench_layouts.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)    # its dataclasses look themselves up
    spec.loader.exec_module(bench)
    assert set(FAMILIES) <= set(bench.FAMILIES)
    assert not (set(FAMILIES) | {"sections", "furniture"}) & bench.HELD_OUT   # looked at
    generator = {Path(f).name for f in bench.GENERATOR}
    assert {"layouts_journal.py", "journal_kit.py", "layouts_newsletter.py"} <= generator
    layouts = sys.modules.get("layouts")
    assert layouts is not None and set(FAMILIES) <= set(layouts.FAMILIES)
