"""The ``magpipe`` command: parses options, builds one Config, calls the library."""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from magpipe.batch import orchestrator
from magpipe.config import Config
from magpipe.errors import EXIT_USAGE, MagpipeError
from magpipe.files import atomic_write_text

app = typer.Typer(
    help="Turn scanned bilingual (Vietnamese/English) magazine PDFs into article records.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
lexicon_app = typer.Typer(help="Inspect and extend the Vietnamese lexicon used by repair.",
                          no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


class Format(StrEnum):
    json = "json"
    text = "text"


class OcrMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


OutOption = Annotated[Path | None, typer.Option("--output", "-o",
                      help="Where to write the artifact (default: standard output).")]
FormatOption = Annotated[Format, typer.Option("--format", "-f",
                         help="json: the stage artifact; text: its text in reading order, "
                              "pages separated by form feeds.")]
OcrOption = Annotated[OcrMode, typer.Option(help="auto: OCR pages without a sound text layer; "
                                                 "always: OCR every page; never: text layer only.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-j",
                          help="Parallel OCR processes (0: one per core).")]
VerboseOption = Annotated[int, typer.Option("--verbose", "-v", count=True,
                          help="More log lines (-v: info, -vv: debug).")]
LangOption = Annotated[str, typer.Option("--lang", help="Tesseract languages for OCR.")]
DpiOption = Annotated[int, typer.Option(help="Resolution for rasterising pages to OCR.")]
TimeoutOption = Annotated[float, typer.Option("--ocr-timeout",
                          help="Seconds one page may take in Tesseract before it is failed.")]
PixelsOption = Annotated[int, typer.Option("--max-pixels",
                         help="Largest page image allowed (guards against image bombs).")]
PasswordOption = Annotated[str | None, typer.Option(help="Password for encrypted PDFs.")]


def _setup_logging(verbose: int) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    if not verbose and not sys.stderr.isatty():
        logging.getLogger("magpipe.batch.orchestrator").setLevel(logging.INFO)


def _fail(error: MagpipeError) -> typer.Exit:
    typer.echo(f"magpipe: error: {error}", err=True)
    return typer.Exit(error.exit_code)


def _config(**options) -> Config:
    try:
        return Config(**options)
    except MagpipeError as error:
        raise _fail(error) from error


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)


def _run_stage(stage: str, source: Path, output: Path | None, fmt: Format, config: Config):
    try:
        artifact = orchestrator.rerun_stage(stage, source, config)
        _emit(artifact.to_text() if fmt is Format.text else artifact.to_json(), output)
    except MagpipeError as error:
        raise _fail(error) from error
    return artifact


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(
        help="PDF files and folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    ocr: OcrOption = OcrMode.auto,
    workers: WorkersOption = 0,
    lang: LangOption = "vie+eng",
    dpi: DpiOption = 300,
    ocr_timeout: TimeoutOption = 180.0,
    max_pixels: PixelsOption = 200_000_000,
    password: PasswordOption = None,
    force: Annotated[list[str] | None, typer.Option(
        help="Rerun this stage (and the ones after it) even if cached; repeatable.")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Skip diacritic repair.")] = False,
    scheduler: Annotated[str | None, typer.Option(
        help="Run page and document jobs on a Dask cluster, e.g. tcp://10.0.0.5:8786 "
             "(workers must see the input and output paths).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    pdf: Annotated[bool, typer.Option(
        "--pdf", help="Also write DIR/<doc>/searchable.pdf (repaired text layer).")] = False,
    alto: Annotated[bool, typer.Option(
        "--alto", help="Also write DIR/<doc>/alto/page-NNNN.xml (ALTO v4) and hocr.html.")] = False,
    verbose: VerboseOption = 0,
) -> None:
    """Run every stage on PDFs; write DIR/<doc>/*.json, DIR/articles.jsonl, DIR/report.json
    and the search index DIR/search.sqlite."""
    _setup_logging(verbose)
    config = _config(out_dir=out, ocr=ocr.value, workers=workers, languages=lang, dpi=dpi,
                     ocr_timeout=ocr_timeout, max_pixels=max_pixels, password=password,
                     force=tuple(force or ()), repair=not no_repair, scheduler=scheduler,
                     progress=not quiet, pdf=pdf, alto=alto)
    try:
        report = orchestrator.run(paths, config)
    except MagpipeError as error:
        raise _fail(error) from error
    from magpipe.batch.report import summary_table
    from rich.console import Console
    Console(stderr=True).print(summary_table(report))
    for failed in report.failed:
        typer.echo(f"magpipe: failed: {failed.error}", err=True)
    raise typer.Exit(report.exit_code)


@app.command()
def extract(
    pdf: Annotated[Path, typer.Argument(help="The PDF to read.")],
    output: OutOption = None,
    fmt: FormatOption = Format.json,
    ocr: OcrOption = OcrMode.auto,
    workers: WorkersOption = 0,
    lang: LangOption = "vie+eng",
    dpi: DpiOption = 300,
    ocr_timeout: TimeoutOption = 180.0,
    max_pixels: PixelsOption = 200_000_000,
    password: PasswordOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Extract the words of every page (text layer or OCR) into an extract artifact."""
    _setup_logging(verbose)
    config = _config(ocr=ocr.value, workers=workers, languages=lang, dpi=dpi,
                     ocr_timeout=ocr_timeout, max_pixels=max_pixels, password=password)
    _run_stage("extract", pdf, output, fmt, config)


@app.command()
def repair(
    source: Annotated[Path, typer.Argument(
        help="An extract artifact (.json) or a UTF-8 text file.")],
    output: OutOption = None,
    fmt: FormatOption = Format.json,
    explain: Annotated[bool, typer.Option(help="Print every change to standard error.")] = False,
    verbose: VerboseOption = 0,
) -> None:
    """Restore Vietnamese diacritics lost by OCR; a text file in gives repaired text out."""
    _setup_logging(verbose)
    from magpipe import repair as repair_stage
    config = _config()
    if source.suffix.lower() == ".json":
        changes = _run_stage("repair", source, output, fmt, config).changes
    else:
        try:
            text, changes = orchestrator.repair_text_file(source)
            _emit(text, output)
        except MagpipeError as error:
            raise _fail(error) from error
    if explain:
        typer.echo(repair_stage.format_changes(changes), err=True)


@app.command()
def split(
    source: Annotated[Path, typer.Argument(help="A repair (or extract) artifact.")],
    output: OutOption = None,
    fmt: FormatOption = Format.json,
    verbose: VerboseOption = 0,
) -> None:
    """Find columns and blocks, reading order, language and role of every block."""
    _setup_logging(verbose)
    _run_stage("split", source, output, fmt, _config())


@app.command()
def align(
    source: Annotated[Path, typer.Argument(help="A split artifact.")],
    output: OutOption = None,
    fmt: FormatOption = Format.json,
    verbose: VerboseOption = 0,
) -> None:
    """Group blocks into articles and pair each Vietnamese article with its English twin."""
    _setup_logging(verbose)
    _run_stage("align", source, output, fmt, _config())


@lexicon_app.command("learn")
def lexicon_learn(
    paths: Annotated[list[Path], typer.Argument(help="Clean PDFs or UTF-8 text files of the "
                                                     "same publication.")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="User lexicon file to extend (default: $MAGPIPE_USER_LEXICON, "
                            "else ~/.local/share/magpipe/user-lexicon.tsv.gz).")] = None,
    verbose: VerboseOption = 0,
) -> None:
    """Extend the repair lexicon with syllables and syllable pairs from clean text."""
    _setup_logging(verbose)
    try:
        summary = orchestrator.learn_lexicon(paths, out)
    except MagpipeError as error:
        raise _fail(error) from error
    typer.echo(summary)


# ---------------------------------------------------------------- archive outputs

class CorpusFormat(StrEnum):
    tmx = "tmx"
    tsv = "tsv"


@app.command()
def pdf(
    document: Annotated[Path, typer.Argument(
        help="A document folder of `magpipe run` (DIR/<doc>/) or its align.json.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to write the PDF (default: DIR/<doc>/searchable.pdf).")]
        = None,
    source: Annotated[Path | None, typer.Option(
        help="The original PDF, when it moved since the run.")] = None,
    password: PasswordOption = None,
    no_pdfa: Annotated[bool, typer.Option("--no-pdfa", help="Do not declare PDF/A-2b.")] = False,
    verbose: VerboseOption = 0,
) -> None:
    """Write the original pages with the repaired text as an invisible, searchable layer."""
    _setup_logging(verbose)
    from magpipe.archive import writers
    try:
        written = writers.write_searchable_pdf(writers.doc_dir_of(document), source=source,
                                               output=output, password=password,
                                               want_pdfa=not no_pdfa)
    except MagpipeError as error:
        raise _fail(error) from error
    r = written.result
    typer.echo(f"{written.path}: text layer on {len(r.layered)} pages, {len(r.kept)} kept as "
               f"they were; " + ("PDF/A-2b" if r.pdfa else
                                 f"plain PDF ({'; '.join(r.why_not_pdfa)})"))


@app.command("alto")
def alto_cmd(
    document: Annotated[Path, typer.Argument(
        help="A document folder of `magpipe run` (DIR/<doc>/) or its align.json.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Folder for the page files (default: DIR/<doc>/alto/).")] = None,
    hocr: Annotated[bool, typer.Option(help="Also write hOCR (hocr.html).")] = True,
    verbose: VerboseOption = 0,
) -> None:
    """Write ALTO v4 XML, one file per page (and hOCR), from the repaired words."""
    _setup_logging(verbose)
    from magpipe.archive import writers
    try:
        written = writers.write_alto(writers.doc_dir_of(document), output, with_hocr=hocr)
    except MagpipeError as error:
        raise _fail(error) from error
    typer.echo(f"{len(written)} files written: " + ", ".join(str(p) for p in written[:3])
               + (", ..." if len(written) > 3 else ""))


@app.command()
def export(
    folder: Annotated[Path, typer.Argument(help="The output folder of `magpipe run`.")],
    fmt: Annotated[CorpusFormat, typer.Option(
        "--format", "-f", help="tmx: TMX 1.4; tsv: vi, en, confidence, doc, page.")]
        = CorpusFormat.tsv,
    output: OutOption = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", help="Leave out links whose confidence is below this (0-1).")]
        = 0.0,
) -> None:
    """Write the aligned titles, paragraphs and captions as a bilingual corpus."""
    from magpipe.archive import corpus, outputs, writers
    try:
        text, count = corpus.build_corpus(outputs.aligned(folder), fmt.value, min_confidence,
                                          version=writers.version())
        _emit(text, output)
    except MagpipeError as error:
        raise _fail(error) from error
    if output is not None:
        typer.echo(f"{output}: {count} segment pairs", err=True)


@app.command()
def index(
    folder: Annotated[Path, typer.Argument(help="The output folder of `magpipe run`.")],
    verbose: VerboseOption = 0,
) -> None:
    """Build or update DIR/search.sqlite, the full-text index of every document."""
    _setup_logging(verbose)
    from magpipe.archive import search as archive_search
    try:
        changed, total = archive_search.update_index(folder)
    except MagpipeError as error:
        raise _fail(error) from error
    typer.echo(f"{folder / archive_search.INDEX_NAME}: {total} documents, {changed} reindexed")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find; accents and case are ignored.")],
    folder: Annotated[Path, typer.Option("--in", help="The output folder of `magpipe run`.")]
        = Path("out"),
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits to show.")] = 10,
) -> None:
    """Search every document of a run; best matches first (BM25), in both languages."""
    from magpipe.archive import search as archive_search
    try:
        hits = archive_search.search(folder, query, limit)
    except MagpipeError as error:
        raise _fail(error) from error
    sys.stdout.write(archive_search.format_hits(hits))


@app.command("apply-corrections")
def apply_corrections(
    document: Annotated[Path, typer.Argument(
        help="The document folder of `magpipe run` (DIR/<doc>/) the corrections are for.")],
    corrections: Annotated[Path, typer.Argument(
        help="The <doc>.corrections.json saved by the review page.")],
    learn: Annotated[bool, typer.Option(
        "--learn-lexicon", help="Also teach the user lexicon the corrected Vietnamese.")]
        = False,
    lexicon_out: Annotated[Path | None, typer.Option(
        "--lexicon", help="User lexicon file (default: as `magpipe lexicon learn`).")] = None,
    verbose: VerboseOption = 0,
) -> None:
    """Merge a reviewer's corrections into align.json, articles.jsonl and the search index."""
    _setup_logging(verbose)
    try:
        typer.echo(orchestrator.apply_corrections(document, corrections, learn, lexicon_out))
    except MagpipeError as error:
        raise _fail(error) from error


def main() -> None:
    try:
        app()
    except MagpipeError as error:  # raised outside a command body
        typer.echo(f"magpipe: error: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        typer.echo("magpipe: interrupted; rerun the same command to resume", err=True)
        sys.exit(EXIT_USAGE)
