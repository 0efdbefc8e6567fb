"""The ``magpipe`` command: parses options, builds one Config, calls the library.

The stages are imported only when a command runs, so ``magpipe --help`` answers at once.
``-o FILE`` is where a command writes its one output file; ``--out-dir`` the folder of a
whole run.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from magpipe.config import Config, OcrMode, Stage
from magpipe.errors import EXIT_INTERRUPTED, MagpipeError

if TYPE_CHECKING:
    from magpipe.artifacts import Artifact

DEFAULT = Config()    # every default below is read from here

# Help in click's plain layout: typer's rich layout imports and renders through rich, which
# took 0.6-0.8 s of the 0.9-1.2 s a `magpipe --help` cost (issue 14).
HELP_LAYOUT = None

app = typer.Typer(
    help="Turn scanned bilingual (Vietnamese/English) magazine PDFs into article records.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=HELP_LAYOUT,
)
lexicon_app = typer.Typer(help="Inspect and extend the Vietnamese lexicon used by repair.",
                          no_args_is_help=True, rich_markup_mode=HELP_LAYOUT)
app.add_typer(lexicon_app, name="lexicon")


class Format(StrEnum):
    json = "json"
    text = "text"


OutOption = Annotated[Path | None, typer.Option("--output", "-o",
                      help="File to write the artifact to (default: standard output).")]
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
                          help="Seconds one page may take in Tesseract before it is failed "
                               "(a failed page is tried again on the next run).")]
PixelsOption = Annotated[int, typer.Option("--max-pixels",
                         help="Largest page image allowed (guards against image bombs).")]
PasswordOption = Annotated[str | None, typer.Option(help="Password for encrypted PDFs.")]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version
        typer.echo(f"magpipe {version('magpipe')}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False) -> None:
    """Turn scanned bilingual (Vietnamese/English) magazine PDFs into article records."""


def _setup_logging(verbose: int) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    if not verbose and not sys.stderr.isatty():
        logging.getLogger("magpipe.batch.orchestrator").setLevel(logging.INFO)


@contextmanager
def _reported() -> Iterator[None]:
    """A MagpipeError becomes its one-line message and exit code; Ctrl-C exits 130."""
    try:
        yield
    except MagpipeError as error:
        typer.echo(f"magpipe: error: {error}", err=True)
        raise typer.Exit(error.exit_code) from error
    except KeyboardInterrupt:
        typer.echo("magpipe: interrupted; rerun the same command to resume", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        from magpipe.files import atomic_write_text
        atomic_write_text(output, text)


def _run_stage(stage: Stage, source: Path, output: Path | None, fmt: Format,
               config: Config) -> Artifact:
    from magpipe.batch import single
    artifact = single.rerun_stage(stage, source, config)
    _emit(artifact.to_text() if fmt is Format.text else artifact.to_json(), output)
    return artifact


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(
        help="PDF files and folders (searched recursively).")],
    out_dir: Annotated[Path, typer.Option(
        "--out-dir", "--out", help="Output folder: DIR/<doc>-<hash>/ per input file.")
    ] = DEFAULT.out_dir,
    ocr: OcrOption = DEFAULT.ocr,
    workers: WorkersOption = DEFAULT.workers,
    lang: LangOption = DEFAULT.languages,
    dpi: DpiOption = DEFAULT.dpi,
    ocr_timeout: TimeoutOption = DEFAULT.ocr_timeout,
    max_pixels: PixelsOption = DEFAULT.max_pixels,
    password: PasswordOption = DEFAULT.password,
    force: Annotated[list[Stage] | None, typer.Option(
        help="Rerun this stage (and the ones after it) even if cached; repeatable.")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Skip diacritic repair.")] = False,
    scheduler: Annotated[str | None, typer.Option(
        help="Run page and document jobs on a Dask cluster, e.g. tcp://10.0.0.5:8786 "
             "(workers must see the input and output paths).")] = DEFAULT.scheduler,
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
    with _reported():
        from magpipe.batch import orchestrator
        from magpipe.batch.report import summary_table
        config = Config(out_dir=out_dir, ocr=ocr, workers=workers, languages=lang, dpi=dpi,
                        ocr_timeout=ocr_timeout, max_pixels=max_pixels, password=password,
                        force=tuple(force or ()), repair=not no_repair, scheduler=scheduler,
                        progress=not quiet, pdf=pdf, alto=alto)
        report = orchestrator.run(paths, config)
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
    ocr: OcrOption = DEFAULT.ocr,
    workers: WorkersOption = DEFAULT.workers,
    lang: LangOption = DEFAULT.languages,
    dpi: DpiOption = DEFAULT.dpi,
    ocr_timeout: TimeoutOption = DEFAULT.ocr_timeout,
    max_pixels: PixelsOption = DEFAULT.max_pixels,
    password: PasswordOption = DEFAULT.password,
    verbose: VerboseOption = 0,
) -> None:
    """Extract the words of every page (text layer or OCR) into an extract artifact."""
    _setup_logging(verbose)
    with _reported():
        config = Config(ocr=ocr, workers=workers, languages=lang, dpi=dpi,
                        ocr_timeout=ocr_timeout, max_pixels=max_pixels, password=password)
        _run_stage(Stage.EXTRACT, pdf, output, fmt, config)


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
    with _reported():
        from magpipe import repair as repair_stage
        from magpipe.artifacts import RepairArtifact
        from magpipe.batch import single
        if source.suffix.lower() == ".json":
            artifact = _run_stage(Stage.REPAIR, source, output, fmt, Config())
            assert isinstance(artifact, RepairArtifact)
            changes = artifact.changes
        else:
            text, changes = single.repair_text_file(source)
            _emit(text, output)
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
    with _reported():
        _run_stage(Stage.SPLIT, source, output, fmt, Config())


@app.command()
def align(
    source: Annotated[Path, typer.Argument(help="A split artifact.")],
    output: OutOption = None,
    fmt: FormatOption = Format.json,
    verbose: VerboseOption = 0,
) -> None:
    """Group blocks into articles and pair each Vietnamese article with its English twin."""
    _setup_logging(verbose)
    with _reported():
        _run_stage(Stage.ALIGN, source, output, fmt, Config())


@lexicon_app.command("learn")
def lexicon_learn(
    paths: Annotated[list[Path], typer.Argument(help="Clean PDFs or UTF-8 text files of the "
                                                     "same publication.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="User lexicon file to extend (default: $MAGPIPE_USER_LEXICON, "
                               "else ~/.local/share/magpipe/user-lexicon.tsv.gz).")] = None,
    verbose: VerboseOption = 0,
) -> None:
    """Extend the repair lexicon with syllables and syllable pairs from clean text.

    PDFs are read by the extract stage (text layer only, legacy encodings decoded)."""
    _setup_logging(verbose)
    with _reported():
        from magpipe.batch.learn import learn_lexicon
        summary = learn_lexicon(paths, output)
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
    password: PasswordOption = DEFAULT.password,
    no_pdfa: Annotated[bool, typer.Option("--no-pdfa", help="Do not declare PDF/A-2b.")] = False,
    verbose: VerboseOption = 0,
) -> None:
    """Write the original pages with the repaired text as an invisible, searchable layer."""
    _setup_logging(verbose)
    from magpipe.archive import writers
    with _reported():
        written = writers.write_searchable_pdf(writers.doc_dir_of(document), source=source,
                                               output=output, password=password,
                                               want_pdfa=not no_pdfa)
    r = written.result
    typer.echo(f"{written.path}: text layer on {len(r.layered)} pages, {len(r.kept)} kept as "
               f"they were; " + ("PDF/A-2b" if r.pdfa else
                                 f"plain PDF ({'; '.join(r.why_not_pdfa)})"))


@app.command("alto")
def alto_cmd(
    document: Annotated[Path, typer.Argument(
        help="A document folder of `magpipe run` (DIR/<doc>/) or its align.json.")],
    output: Annotated[Path | None, typer.Option(
        "--out-dir", help="Folder for the page files (default: DIR/<doc>/alto/).")] = None,
    hocr: Annotated[bool, typer.Option(help="Also write hOCR (hocr.html).")] = True,
    verbose: VerboseOption = 0,
) -> None:
    """Write ALTO v4 XML, one file per page (and hOCR), from the repaired words."""
    _setup_logging(verbose)
    from magpipe.archive import writers
    with _reported():
        written = writers.write_alto(writers.doc_dir_of(document), output, with_hocr=hocr)
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
    with _reported():
        text, count = corpus.build_corpus(outputs.aligned(folder), fmt.value, min_confidence,
                                          version=writers.version())
        _emit(text, output)
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
    with _reported():
        changed, total = archive_search.update_index(folder)
    typer.echo(f"{folder / archive_search.INDEX_NAME}: {total} documents, {changed} reindexed")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find; accents and case are ignored.")],
    folder: Annotated[Path, typer.Option("--in", help="The output folder of `magpipe run`.")]
        = DEFAULT.out_dir,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits to show.")] = 10,
) -> None:
    """Search every document of a run; best matches first (BM25), in both languages."""
    from magpipe.archive import search as archive_search
    with _reported():
        hits = archive_search.search(folder, query, limit)
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
    with _reported():
        from magpipe.batch import single
        typer.echo(single.apply_corrections(document, corrections, learn, lexicon_out))


def main() -> None:
    try:
        app()
    except MagpipeError as error:  # raised outside a command body
        typer.echo(f"magpipe: error: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        typer.echo("magpipe: interrupted; rerun the same command to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
