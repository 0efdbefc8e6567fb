"""Checks shared by the tests of generated layout families (``tests/test_layouts_<round>.py``
and the checks every round shares, ``tests/test_layouts_rounds_generic.py``): running a
generator as the bench does, comparing two runs, holding a truth file against the PDF's text
layer and its articles' text, scanned copies and DejaVu standing in, and loading the layout
bench. The rounds' table and their shared documents are in ``tests/generated_rounds.py``."""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest
from conftest import FIXTURES, ROOT
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas


def generate(script: str, out: Path, *extra: str, seed: int, docs: int) -> list[Path]:
    """Run ``fixtures/<script>`` in a child process (no fonts or random state shared between
    runs); the PDFs it wrote."""
    subprocess.run([sys.executable, str(FIXTURES / script), str(out), "--docs", str(docs),
                    "--seed", str(seed), *extra], check=True, capture_output=True)
    return sorted(out.glob("*.pdf"))


MORE_SEED = 40      # a round's further documents: generated with its seed and this


def family_of(pdf: Path) -> str:
    """The family of a generated document (``FAMILY-N-digital.pdf`` and its scanned kin)."""
    return pdf.name.rsplit("-", 2)[0]


def of(docs: list[Path], family: str) -> list[Path]:
    """The documents of ``family`` among ``docs``."""
    return [d for d in docs if family_of(d) == family]


def ordered(truth: dict) -> list[tuple[int, int, dict]]:
    """(page, position, block) of every block of ``truth`` in reading order."""
    return [(page["number"], k, b) for page in truth["pages"]
            for k, b in enumerate(page["blocks"])]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def truth_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))


def assert_same_files(docs: list[Path], again: list[Path]) -> None:
    """Two runs wrote the same files, PDFs and truths byte for byte."""
    assert [p.name for p in again] == [p.name for p in docs]
    for a, b in zip(docs, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert a.with_suffix(".truth.json").read_bytes() == b.with_suffix(".truth.json"
                                                                        ).read_bytes()


def assert_reproducible(docs: list[Path], again: list[Path], other: list[Path]) -> None:
    """``again`` (the same seed) wrote ``docs`` byte for byte; ``other`` (another seed) wrote
    other documents under the names of ``docs`` it shares, one at least of each family of
    ``docs``."""
    assert_same_files(docs, again)
    named = {pdf.name: pdf for pdf in docs}
    shared = [pdf for pdf in other if pdf.name in named]
    assert {family_of(pdf) for pdf in shared} == {family_of(pdf) for pdf in docs}
    for pdf in shared:
        assert pdf.read_bytes() != named[pdf.name].read_bytes(), pdf.name


def assert_round_reproducible(generate, docs: list[Path], families: tuple[str, ...], seed: int,
                              count: int, tmp_path: Path, more: list[Path] | None = None
                              ) -> None:
    """``docs`` holds ``count`` documents of each of ``families``; ``generate`` (a round's
    generator, by default with ``seed`` and ``count``) writes them again byte for byte, and
    other documents under the same names with another seed: the round's further documents
    (``more``, made with ``seed + MORE_SEED``, at least as many of each family as ``docs``)
    where it has them, else one of each family made with the next seed."""
    assert len(docs) == count * len(families)
    other = more or generate(tmp_path / "other", seed=seed + 1, docs=1)
    assert_reproducible(docs, generate(tmp_path / "again"), other)


def blocks_of(truth: dict) -> list[dict]:
    return [b for p in truth["pages"] for b in p["blocks"]]


def assert_scanned_copy(scanned: Path) -> dict:
    """``scanned`` is image only, a page per truth page, each with its scan parameters, and
    its truth names it; returns the truth."""
    truth = truth_of(scanned)
    reader = PdfReader(scanned)
    assert len(reader.pages) == len(truth["pages"])
    for page, tpage in zip(reader.pages, truth["pages"], strict=True):
        assert not (page.extract_text() or "").strip()
        assert set(tpage["scan"]) >= {"skew_deg", "blur_radius", "jpeg_quality"}
    assert truth["file"] == scanned.name
    return truth


def assert_scanned_articles(out: list[Path], articles: dict[str, int]) -> None:
    """The first scanned copy of each family of ``articles`` in ``out`` is image only, with
    the truth of its plain twin, and holds that many articles."""
    for family, count in articles.items():
        scanned = next(p for p in out if p.name == f"{family}-1-scanned.pdf")
        assert len(assert_scanned_copy(scanned)["articles"]) == count, family


def assert_dejavu_stands_in(kit: str, module: str, families: tuple[str, ...], folder: Path,
                            head_face: bool = True) -> None:
    """Each of ``families`` made with the faces of ``kit`` missing names DejaVu files in its
    truth (the text face's, and the display face's unless ``head_face`` is false: a round
    with no display face of its own) and draws with DejaVu fonts only."""
    made = made_with_missing_faces(kit, module, families, folder, folder / "none")
    assert list(made) == list(families)
    for family, (params, fonts) in made.items():
        assert params["face_file"].startswith("DejaVu"), family
        if head_face:
            assert params["head_face_file"].startswith("DejaVu"), family
        assert fonts and all("DejaVu" in f for f in fonts), (family, fonts)


@dataclass(frozen=True)
class PrintedPage:
    """A page as pdfplumber reads it: its size, its characters and its images (pdfplumber's
    dicts)."""
    width: float
    height: float
    chars: list[dict]
    images: list[dict]


@functools.lru_cache(maxsize=32)      # a module's documents: its docs and more of each family
def _read(pdf: Path, stamp: tuple[int, int]) -> tuple[PrintedPage, ...]:
    with pdfplumber.open(pdf) as doc:
        return tuple(PrintedPage(p.width, p.height, p.chars, p.images) for p in doc.pages)


def pages_of(pdf: Path) -> tuple[PrintedPage, ...]:
    """The pages of ``pdf`` as pdfplumber reads them, read once while the file is unchanged:
    a module's checks read the same documents one after another (the text layer's, then
    each family's), and pdfplumber's reading is most of their time. Read only."""
    stat = pdf.stat()
    return _read(pdf, (stat.st_mtime_ns, stat.st_size))


def assert_text_layer_matches(pdf: Path, tolerance: float) -> None:
    """Every truth block's text is printed inside its box (``tolerance`` points around it),
    and every printed character is inside some truth block."""
    truth = truth_of(pdf)
    pages = pages_of(pdf)
    assert len(pages) == len(truth["pages"])
    for tpage in truth["pages"]:
        page = pages[tpage["number"] - 1]
        assert [page.width, page.height] == pytest.approx(truth["page_size"], abs=0.1)
        boxes = [b["box"] for b in tpage["blocks"]]
        inside: list[list[str]] = [[] for _ in boxes]
        stray = []
        for c in page.chars:
            if not c["text"].strip():
                continue
            holders = [k for k, (x0, top, x1, bottom) in enumerate(boxes)
                       if x0 - tolerance <= c["x0"] and c["x1"] <= x1 + tolerance
                       and top - tolerance <= c["top"] and c["bottom"] <= bottom + tolerance]
            stray += [] if holders else [c["text"]]
            for k in holders:
                inside[k].append(c["text"])
        assert not stray, (pdf.name, tpage["number"], "".join(stray)[:60])
        for block, chars in zip(tpage["blocks"], inside, strict=True):
            assert compact(block["text"]) in compact("".join(chars)), (
                pdf.name, tpage["number"], block["text"][:50])


def made_with_missing_faces(kit: str, module: str, families: tuple[str, ...], folder: Path,
                            nowhere: Path) -> dict[str, tuple[dict, set[str]]]:
    """Make one document of each of ``families`` (``module.make_doc``, into
    ``folder/<family>.pdf``) with the faces' folder of ``kit`` pointed at ``nowhere``; for
    each family its truth's params and the fonts its PDF names. One child process makes them
    all (the faces' folder set before any is made), an interpreter start a family saved."""
    code = ("import sys, json; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
            f"import {kit}, {module}; {kit}.TRUETYPE = Path(sys.argv[2]);"
            f"made = {{f: {module}.make_doc(f, 7, Path(sys.argv[3]) / (f + '.pdf'))['params']"
            " for f in sys.argv[4:]};"
            "print(json.dumps(made))")
    run = subprocess.run([sys.executable, "-c", code, str(FIXTURES), str(nowhere), str(folder),
                          *families], check=True, capture_output=True, text=True)
    made = json.loads(run.stdout.strip().splitlines()[-1])
    return {family: (params, _fonts_named(folder / f"{family}.pdf"))
            for family, params in made.items()}


def _fonts_named(pdf: Path) -> set[str]:
    """The fonts the pages of ``pdf`` name but the canvas's initial Helvetica, which draws
    nothing here."""
    fonts = {str(f["/BaseFont"]) for page in PdfReader(pdf).pages
             for f in page["/Resources"].get("/Font", {}).values() for f in [f.get_object()]}
    fonts.discard("/Helvetica")
    return fonts


def load_bench(monkeypatch) -> ModuleType:
    """``bench/bench_layouts.py`` imported as a module (its import path changes undone)."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = importlib.util.spec_from_file_location("bench_layouts_under_test",
                                                  ROOT / "bench" / "bench_layouts.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)    # its dataclasses look themselves up
    spec.loader.exec_module(bench)
    return bench


def assert_development_round(monkeypatch, name: str, families: tuple[str, ...], parts: int = 4,
                             own: tuple[str, ...] = (), sources: tuple[str, ...] = ()
                             ) -> ModuleType:
    """The layout bench and ``layouts.py`` make ``families`` (written in round ``name``:
    ``fixtures/layouts_<name>.py`` and its at least ``parts`` modules ``<name>_*.py``, but
    for those of ``own``, which generation does not read) as development families, and the
    bench's generator files hold them, the rounds' shared entry and ``sources`` (paths under
    ``fixtures/``); returns the bench."""
    bench = load_bench(monkeypatch)
    assert set(families) <= set(bench.FAMILIES) and not set(families) & bench.HELD_OUT
    generator = {Path(f).name for f in bench.GENERATOR}
    modules = {p.name for p in FIXTURES.glob(f"{name}_*.py")} - set(own)
    assert {f"layouts_{name}.py", "rounds.py", *modules} <= generator and len(modules) >= parts
    assert set(sources) <= {f.removeprefix("fixtures/") for f in bench.GENERATOR}
    layouts = sys.modules.get("layouts")
    assert layouts is not None and set(families) == set(getattr(layouts,
                                                                f"{name.upper()}_FAMILIES"))
    assert set(families) <= set(layouts.FAMILIES) and not set(families) & layouts.HELD_OUT
    return bench


def printed(truth: dict, index: int, lang: str, roles: tuple[str, ...]) -> str:
    """The compacted text of article ``index``'s blocks of ``roles`` in ``lang``, in reading
    order (a paragraph cut by a column or page break comes back together)."""
    return compact(" ".join(b["text"] for p in truth["pages"] for b in p["blocks"]
                            if b["article"] == index and b["lang"] == lang
                            and b["role"] in roles))


def assert_articles_printed_whole(pdf: Path) -> None:
    """Each truth paragraph of each article is in its body blocks, and so its title and
    intro, in both languages."""
    truth = truth_of(pdf)
    for index, article in enumerate(truth["articles"]):
        assert article["paragraphs"], (pdf.name, article["id"])
        for lang in ("vi", "en"):
            body = printed(truth, index, lang, ("body",))
            for link in article["paragraphs"]:
                assert link[lang], (pdf.name, article["id"])
                for para in link[lang]:
                    assert compact(para) in body, (pdf.name, para[:60])
            assert compact(article["title"][lang]) in printed(truth, index, lang, ("title",))
            if article["intro"]:
                assert compact(article["intro"][lang]) in printed(truth, index, lang,
                                                                  ("intro",))


def assert_captions_printed(pdf: Path, one_language: bool = False) -> None:
    """Each truth caption of each article, and its credit, is among the caption blocks of its
    language (the Vietnamese credit blocks with them; an English credit stays in a caption
    block). With ``one_language`` a caption may be printed in one language only: the other
    language's caption and credit are then empty."""
    truth = truth_of(pdf)
    for index, article in enumerate(truth["articles"]):
        captions = {"vi": printed(truth, index, "vi", ("caption", "credit")),
                    "en": printed(truth, index, "en", ("caption",))}
        for cap in article["captions"]:
            assert cap["vi"] or cap["en"], pdf.name
            for lang, credit in (("vi", "credit"), ("en", "credit_en")):
                if one_language and not cap[lang]:
                    assert not cap[credit], (pdf.name, cap[credit])
                    continue
                assert compact(cap[lang]) in captions[lang], (pdf.name, cap[lang])
                # a caption printed with no credit has null credits (the truth format's)
                assert not cap[credit] or compact(cap[credit]) in captions[lang], pdf.name


def assert_links_one_to_one(pdf: Path) -> None:
    """Each paragraph link of each article joins one Vietnamese paragraph to one English
    paragraph, or to none in an article printed in Vietnamese only (no English title)."""
    truth = truth_of(pdf)
    for article in truth["articles"]:
        english = 1 if article["title"]["en"] is not None else 0
        assert article["paragraphs"], (pdf.name, article["id"])
        for link in article["paragraphs"]:
            assert (len(link["vi"]), len(link["en"])) == (1, english), (pdf.name, article["id"])


class BlockRecorder:
    """A page writer that keeps (role, text, box) of each truth block and of each photo, and
    draws on a throwaway canvas (a page 800 points tall)."""

    def __init__(self) -> None:
        self.canvas = Canvas(io.BytesIO())
        self.blocks: list = []

    def _y(self, top: float) -> float:
        return 800 - top

    def record(self, tag, text, box) -> None:
        self.blocks.append((tag.role, text, box))

    def photo(self, box, seed) -> None:
        self.blocks.append(("photo", "", box))
