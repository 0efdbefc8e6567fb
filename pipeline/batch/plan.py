"""What a run will compute, read from the saved cache keys before any work starts.

The engine's fork server loads the models of the stages some document will compute, and
only those (``stagemodels``), and a run that computes nothing needs no worker processes at
all: its document jobs only read what is saved. The keys are those the orchestrator checks
again as it goes (``stage_cache_key``), so the two agree; a file's checksum, the input of
its extract key, is read once for both (:func:`file_digest`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from magpipe.batch.cache import StagePaths
from magpipe.config import Config, Stage
from magpipe.files import doc_folder_name, sha256_file

STAGES = tuple(Stage)
Keyer = Callable[[Stage, str, Config], str]      # (stage, upstream key, config) -> its key


def file_digest(path: Path) -> str:
    """The SHA-256 of an input file, read once while the file is unchanged."""
    stat = Path(path).stat()
    return _digest(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=4096)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    return sha256_file(Path(path))


def stages_to_compute(files: Sequence[Path], config: Config, keyer: Keyer) -> frozenset[Stage]:
    """The stages whose artifact some document of ``files`` lacks, or holds under another
    key (or that ``--force`` names); once one stage runs for a document, every later one
    does too. Stops looking once every stage is in (a first run: at the first file)."""
    found: set[Stage] = set()
    for path in files:
        found |= _stages_of(path, config, keyer)
        if len(found) == len(STAGES):
            break
    return frozenset(found)


def _stages_of(path: Path, config: Config, keyer: Keyer) -> set[Stage]:
    doc_dir = config.out_dir / doc_folder_name(path)
    upstream = file_digest(path)
    for k, stage in enumerate(STAGES):
        paths = StagePaths.of(doc_dir, stage)
        # No artifact: the stage runs whatever its key. Its key is not worked out then (on
        # a first run, fingerprinting the code would delay the fork server's start by ~0.5 s)
        if stage in config.force or not paths.artifact.is_file():
            return set(STAGES[k:])
        key = keyer(stage, upstream, config)
        if not paths.is_current(key):
            return set(STAGES[k:])
        upstream = key
    return set()


def compiled_loops_pay(files: Sequence[Path], config: Config, computing: frozenset[Stage],
                       workers: int) -> bool:
    """Whether the fork server should load repair's compiled loops before it forks: the run
    repairs documents, on a pool of this machine, and the documents whose repair artifact is
    missing (or forced) hold ``stagemodels.pages_for_compiled_loops`` pages or more (counted
    until they do; a PDF PDFium cannot open counts none). A rerun whose artifacts are there
    but stale is not counted: its workers decide midway, as any run did before."""
    if Stage.REPAIR not in computing or config.scheduler or workers < 2:
        return False
    # (the budget comes from ``magpipe.plain_budget``: the repair package, numpy with it,
    # is not imported here, before the fork server starts)
    from magpipe.batch.stagemodels import pages_for_compiled_loops
    enough = pages_for_compiled_loops(workers)
    if enough <= 0:
        return False
    # (no other thread of this process calls PDFium before the engine opens)
    import pypdfium2 as pdfium
    pages = 0
    for path in files:
        saved = StagePaths.of(config.out_dir / doc_folder_name(path), Stage.REPAIR).artifact
        if Stage.REPAIR not in config.force and saved.is_file():
            continue
        try:
            doc = pdfium.PdfDocument(str(path), password=config.password)
        except pdfium.PdfiumError:
            continue
        try:
            pages += len(doc)
        finally:
            doc.close()
        if pages >= enough:
            return True
    return False
