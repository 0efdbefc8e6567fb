"""Write the archive outputs of one document folder (``DIR/<doc>/``) or of a whole run.

The builders (``pdf``, ``alto``, ``hocr``, ``corpus``, ``search``) are pure; this module
reads the saved artifacts, calls them and writes the files.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from magpipe.archive.outputs import ALIGN, REPAIR, page_artifacts
from magpipe.archive.review import RepairMarks
from magpipe.archive.textlayer import iter_page_texts
from magpipe.artifacts import AlignArtifact, RepairArtifact, SplitArtifact
from magpipe.errors import InputError, UsageError
from magpipe.files import atomic_write_pieces, atomic_write_text, sha256_file

if TYPE_CHECKING:
    from magpipe.archive import pdf

# The builders of the searchable PDF (pikepdf, reportlab) and of ALTO/hOCR (lxml) are
# imported by the functions that write them: every document job of a run writes a review
# page through this module, few write those (about 0.1 s of CPU in each worker otherwise).

log = logging.getLogger(__name__)

PDF_NAME = "searchable.pdf"
Artifacts = tuple[SplitArtifact, RepairArtifact]     # what the page texts are made from
ALTO_DIR = "alto"
HOCR_NAME = "hocr.html"


def version() -> str:
    """magpipe's installed version, written into the files it makes."""
    try:
        return metadata.version("magpipe")
    except metadata.PackageNotFoundError:
        return "0"


def doc_dir_of(path: Path) -> Path:
    """The document folder named by ``path``: the folder itself, or the folder of its align.json."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if not (folder / ALIGN).is_file() and not (folder / "split.json").is_file():
        raise UsageError("is not a document folder of `magpipe run` (no split.json beside "
                         "it); pass DIR/<doc>/ or its align.json", path=str(path))
    return folder


@dataclass(frozen=True)
class PdfWritten:
    path: Path
    result: pdf.PdfResult


def write_searchable_pdf(doc_dir: Path, *, source: Path | None = None,
                         output: Path | None = None, password: str | None = None,
                         want_pdfa: bool = True, artifacts: Artifacts | None = None
                         ) -> PdfWritten:
    """``DIR/<doc>/searchable.pdf``: the source PDF with the repaired text layer.
    ``artifacts``: the folder's split and repair artifacts, when the caller holds them."""
    from magpipe.archive import pdf
    split, words = artifacts or page_artifacts(doc_dir)
    source = Path(source or split.doc.path)
    if not source.is_file():
        raise InputError("the source PDF of this document is not there any more; pass it "
                         "with --source", path=str(source))
    data, result = pdf.build_pdf(source, iter_page_texts(split, words), title=split.doc.title,
                                 password=password, want_pdfa=want_pdfa)
    target = Path(output or Path(doc_dir) / PDF_NAME)
    pdf.write_pdf(target, data)
    log.info("%s: text layer on pages %s, %s", target, list(result.layered) or "none",
             "PDF/A-2b" if result.pdfa else f"plain PDF ({'; '.join(result.why_not_pdfa)})")
    return PdfWritten(target, result)


def write_alto(doc_dir: Path, output: Path | None = None, *, with_hocr: bool = False,
               artifacts: Artifacts | None = None) -> list[Path]:
    """One ALTO file per page in ``DIR/<doc>/alto/`` (and ``hocr.html`` when asked), a page
    at a time. ``artifacts``: the folder's split and repair artifacts, when in hand."""
    from magpipe.archive import alto, hocr
    split, words = artifacts or page_artifacts(doc_dir)
    folder = Path(output or Path(doc_dir) / ALTO_DIR)
    written = []
    for page in iter_page_texts(split, words):
        target = folder / alto.page_file(page.number)
        atomic_write_text(target, alto.page_alto(split.doc, page, version=version())
                          .decode("utf-8"))
        written.append(target)
    if with_hocr:
        target = Path(doc_dir) / HOCR_NAME if output is None else folder / HOCR_NAME
        atomic_write_pieces(target, hocr.hocr_pieces(split.doc, iter_page_texts(split, words),
                                                      version=version()))
        written.append(target)
    return written


REVIEW_NAME = "review.html"


def write_review(doc_dir: Path, *, source: Path | None = None, password: str | None = None,
                 aligned: AlignArtifact | None = None, marks: RepairMarks | None = None,
                 durable: bool = True) -> Path:
    """``DIR/<doc>/review.html`` with the images of the pages it shows (rendered once into
    ``pages/``; a page no article, caption or photo of the records is on is not drawn).

    ``aligned`` and ``marks``: the document's align artifact and what its repair artifact
    marks, when the caller holds them (they must match ``align.json`` and ``repair.json``);
    read from the folder otherwise. ``durable=False``: the page is not forced to disk (the
    caller does, with the document's other files: ``batch.doc_sync``)."""
    from magpipe.archive import review
    doc_dir = Path(doc_dir)
    if aligned is None:
        aligned = AlignArtifact.load(doc_dir / ALIGN)
    if marks is None:
        marks = RepairMarks.of(RepairArtifact.load(doc_dir / REPAIR))
    source = Path(source or aligned.doc.path)
    if not source.is_file():
        raise InputError("the source PDF of this document is not there any more; pass it "
                         "with --source", path=str(source))
    images = review.render_page_images(source, doc_dir, review.shown_pages(aligned),
                                        source_sha256=aligned.doc.sha256,
                                        password=password, turns=marks.turns)
    target = doc_dir / REVIEW_NAME
    atomic_write_pieces(target, review.review_pieces(aligned, images, marks.repaired,
                                                     sha256_file(doc_dir / ALIGN)),
                        durable=durable)
    return target


def _replace_records(out_dir: Path, artifact) -> None:
    """Rewrite the lines of ``articles.jsonl`` that hold this document's articles."""
    import json
    target = Path(out_dir) / "articles.jsonl"
    if not target.is_file():
        return
    by_id = {a.id: a.to_record() for a in artifact.articles}
    lines = target.read_text(encoding="utf-8").splitlines()
    atomic_write_text(target, "".join(by_id.get(json.loads(line).get("id"), line) + "\n"
                                      for line in lines if line.strip()))


def apply_corrections(doc_dir: Path, corrections: Path) -> tuple[str, list[str]]:
    """Merge a corrections file into ``align.json``, ``articles.jsonl``, the search index and
    the review page; a summary and the corrected Vietnamese texts."""
    from magpipe.archive import corrections as corr
    from magpipe.archive import search
    from magpipe.artifacts import AlignArtifact
    doc_dir = doc_dir_of(doc_dir)
    path = doc_dir / ALIGN
    outcome = corr.apply(AlignArtifact.load(path), corr.load(corrections))
    if outcome.applied:
        outcome.artifact.save(path)
        _replace_records(doc_dir.parent, outcome.artifact)
        search.update_index(doc_dir.parent)
        try:
            write_review(doc_dir)
        except InputError as exc:
            log.info("review page not redrawn: %s", exc)
    lines = [f"{path}: {len(outcome.applied)} corrections applied, "
             f"{len(outcome.conflicts)} refused"]
    lines += [f"  refused {c.article} {c.field} {c.index + 1} {c.lang}: {why}"
              for c, why in outcome.conflicts]
    return "\n".join(lines), corr.vietnamese_texts(outcome.applied)
