"""The one configuration object the CLI builds and the library reads, and the per-stage
options that make up each stage's cache key."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from magpipe.errors import UsageError


class Stage(StrEnum):
    """The stages, in the order they run."""

    EXTRACT = "extract"
    REPAIR = "repair"
    SPLIT = "split"
    ALIGN = "align"


STAGES: tuple[Stage, ...] = tuple(Stage)


class OcrMode(StrEnum):
    AUTO = "auto"        # OCR pages without a sound text layer
    ALWAYS = "always"    # OCR every page
    NEVER = "never"      # text layer only


# ---------------------------------------------------------------- per-stage options
# The fields of these dataclasses are exactly the options that change a stage's output:
# the cache key hashes them (``batch.cache.stage_key``). An option that only limits a
# run (a timeout, a password) or says where work runs is not one of them.

@dataclass(frozen=True)
class ExtractOptions:
    ocr: OcrMode = OcrMode.AUTO
    languages: str = "vie+eng"        # Tesseract languages for OCR
    dpi: int = 300
    max_pixels: int = 200_000_000     # larger page images are refused (decompression bombs)


@dataclass(frozen=True)
class RepairOptions:
    repair: bool = True


@dataclass(frozen=True)
class SplitOptions:
    pass


@dataclass(frozen=True)
class AlignOptions:
    pass


StageOptions = ExtractOptions | RepairOptions | SplitOptions | AlignOptions
OPTIONS: dict[Stage, type[StageOptions]] = {
    Stage.EXTRACT: ExtractOptions, Stage.REPAIR: RepairOptions,
    Stage.SPLIT: SplitOptions, Stage.ALIGN: AlignOptions,
}

_EXTRACT = ExtractOptions()


@dataclass(frozen=True)
class Config:
    out_dir: Path = Path("out")
    # extract (ExtractOptions holds the defaults of those that change its output)
    ocr: OcrMode = _EXTRACT.ocr
    languages: str = _EXTRACT.languages
    dpi: int = _EXTRACT.dpi
    ocr_timeout: float = 180.0        # seconds per page; a page over it fails (and is retried
                                      # on the next run, so it is no part of the cache key)
    max_pixels: int = _EXTRACT.max_pixels
    password: str | None = None
    # repair
    repair: bool = RepairOptions().repair
    # run
    workers: int = 0                  # 0: one per core
    force: tuple[Stage, ...] = ()     # stages to rerun even when cached
    scheduler: str | None = None      # tcp://HOST:PORT of a Dask scheduler; None: this machine
    progress: bool = True
    # archive outputs written by `magpipe run` beside the artifacts (magpipe.archive)
    pdf: bool = False                 # DIR/<doc>/searchable.pdf
    alto: bool = False                # DIR/<doc>/alto/page-NNNN.xml and hocr.html

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "ocr", OcrMode(self.ocr))
        except ValueError:
            raise UsageError(f"--ocr must be one of {', '.join(OcrMode)}, "
                             f"not '{self.ocr}'") from None
        try:
            object.__setattr__(self, "force", tuple(Stage(s) for s in self.force))
        except ValueError as exc:
            raise UsageError(f"--force takes a stage name ({', '.join(Stage)}), "
                             f"not {str(exc).split(' is not')[0]}") from None
        if self.dpi < 50 or self.dpi > 1200:
            raise UsageError(f"--dpi must be between 50 and 1200, not {self.dpi}")
        if self.scheduler is not None and "://" not in self.scheduler:
            raise UsageError(f"--scheduler takes an address like tcp://HOST:8786, "
                             f"not '{self.scheduler}'")
        if self.workers < 0:
            raise UsageError("--workers must be 0 (one per core) or more")

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1

    def options(self, stage: Stage | str) -> StageOptions:
        """The options of ``stage`` (those that change its output), read from this config."""
        cls = OPTIONS[Stage(stage)]
        return cls(**{f.name: getattr(self, f.name) for f in fields(cls)})
