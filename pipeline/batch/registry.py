"""The stages as the batch layer sees them: one entry per stage, read by the orchestrator
and the CLI instead of chains of ``if stage == ...``.

Each entry names the stage, the artifact it writes, the function that runs it, the stages
whose artifacts it accepts as input (none: it reads a PDF), the dataclass of the options
that change its output (its cache key), and the fingerprint of the data or external tool
its output depends on (the repair lexicon; Tesseract and its language data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from magpipe.artifacts import (
    AlignArtifact,
    Artifact,
    DocumentInfo,
    ExtractArtifact,
    Page,
    RepairArtifact,
    SplitArtifact,
)
from magpipe.batch.cache import MapPages
from magpipe.config import (
    AlignOptions,
    Config,
    ExtractOptions,
    OcrMode,
    RepairOptions,
    SplitOptions,
    Stage,
    StageOptions,
)

RunStage = Callable[[Any, Config, MapPages], Artifact]
# (PDF path, config, map_pages, the folder its pages are drawn into for the review page or
# None) -> the document's facts and its pages as they are made
StreamStage = Callable[[Path, Config, MapPages, Path | None],
                       tuple[DocumentInfo, Iterator[Page]]]


@dataclass(frozen=True)
class StageSpec:
    stage: Stage
    artifact: type[Artifact]
    run: RunStage                       # (PDF path or input artifact, config, map_pages)
    accepts: tuple[Stage, ...]          # stages whose artifact it reads, preferred first
    options: type[StageOptions]
    data: Callable[[Any], str]          # options -> fingerprint of the data it loads
    stream: StreamStage | None = None   # its pages one by one (a stage that reads a PDF)

    @property
    def module(self) -> str:
        """The stage's package, whose code fingerprint is part of its cache key."""
        return f"magpipe.{self.stage.value}"


# Each stage's package is imported by its run function, not with this module: a batch's main
# process reads this registry (artifact versions, cache keys) and runs only extract's page
# mapping, so it never pays for the later stages' imports (align's scipy, split's and
# repair's models' modules; ~0.6 s); the fork server and its workers import them all.
# The data fingerprints import theirs when asked too: importing this module (and with it the
# orchestrator) then costs little, and a run starts its fork server that much sooner (it
# imported extract's and repair's packages: ~0.4 s of CPU before the fork server could start,
# which imports them again itself).

def _extract(source: Path, config: Config, map_pages: MapPages) -> Artifact:
    from magpipe import extract as extract_stage
    return extract_stage.extract(Path(source), config, map_pages=map_pages)


def _extract_stream(source: Path, config: Config, map_pages: MapPages,
                    review_images: Path | None) -> tuple[DocumentInfo, Iterator[Page]]:
    from magpipe import extract as extract_stage
    return extract_stage.extract_stream(Path(source), config, map_pages=map_pages,
                                        review_images=review_images)


def _repair(source: ExtractArtifact, config: Config, map_pages: MapPages) -> Artifact:
    from magpipe import repair as repair_stage
    return repair_stage.repair(source, config)


def _split(source: ExtractArtifact | RepairArtifact, config: Config,
           map_pages: MapPages) -> Artifact:
    from magpipe import split as split_stage
    return split_stage.split(source, config)


def _align(source: SplitArtifact, config: Config, map_pages: MapPages) -> Artifact:
    from magpipe import align as align_stage
    return align_stage.align(source, config)


def _ocr_engine(options: ExtractOptions) -> str:
    # Tesseract's version and language data change OCR output; a text-layer-only run
    # does not use them (and may run where Tesseract is not installed).
    if options.ocr == OcrMode.NEVER:
        return ""
    from magpipe.extract.ocr.tesseract import engine_fingerprint
    return engine_fingerprint(options.languages)


def _lexicon(options: RepairOptions) -> str:
    if not options.repair:
        return ""
    # the files and their fingerprint without importing the repair stage (~0.4 s of CPU)
    from magpipe import lexicon_files, snapshots
    # Hashing the lexicon and language-model files (33 MB) costs ~45 ms of CPU: once while
    # no file's size or time changes (a lexicon learned during a run), and read back from
    # its snapshot by the runs after, named by the same sizes and times, as the decoder is.
    user = lexicon_files.user_lexicon_path()
    files = [*lexicon_files.shipped_files(), *([user] if user is not None else [])]
    state = tuple(sorted((str(p), s.st_size, s.st_mtime_ns) for p in files
                         for s in (p.stat(),)))
    if state not in _LEXICON_PRINTS:
        _LEXICON_PRINTS.clear()
        _LEXICON_PRINTS[state] = snapshots.load_or_build("lexicon-print", str,
                                                         lexicon_files.fingerprint, files)
    return _LEXICON_PRINTS[state]


_LEXICON_PRINTS: dict[tuple, str] = {}


def _nothing(options: Any) -> str:
    return ""


REGISTRY: dict[Stage, StageSpec] = {spec.stage: spec for spec in (
    StageSpec(Stage.EXTRACT, ExtractArtifact, _extract, (), ExtractOptions, _ocr_engine,
              _extract_stream),
    StageSpec(Stage.REPAIR, RepairArtifact, _repair, (Stage.EXTRACT,), RepairOptions, _lexicon),
    StageSpec(Stage.SPLIT, SplitArtifact, _split, (Stage.REPAIR, Stage.EXTRACT), SplitOptions,
              _nothing),
    StageSpec(Stage.ALIGN, AlignArtifact, _align, (Stage.SPLIT,), AlignOptions, _nothing),
)}


def spec(stage: Stage | str) -> StageSpec:
    return REGISTRY[Stage(stage)]


def previous(stage: Stage) -> Stage:
    """The stage whose artifact ``stage`` reads in a full run."""
    order = list(REGISTRY)
    return order[order.index(stage) - 1]
