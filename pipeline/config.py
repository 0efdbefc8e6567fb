"""The one configuration object the CLI builds and the library reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from magpipe.errors import UsageError

STAGES = ("extract", "repair", "split", "align")
OCR_MODES = ("auto", "always", "never")


@dataclass(frozen=True)
class Config:
    out_dir: Path = Path("out")
    # extract
    ocr: str = "auto"                 # auto | always | never
    languages: str = "vie+eng"        # Tesseract languages for OCR
    dpi: int = 300
    ocr_timeout: float = 180.0        # seconds per page
    max_pixels: int = 200_000_000     # larger page images are refused (decompression bombs)
    password: str | None = None
    # repair
    repair: bool = True
    # run
    workers: int = 0                  # 0: one per core
    force: tuple[str, ...] = ()       # stages to rerun even when cached
    scheduler: str | None = None      # tcp://HOST:PORT of a Dask scheduler; None: this machine
    progress: bool = True
    # archive outputs written by `magpipe run` beside the artifacts (magpipe.archive)
    pdf: bool = False                 # DIR/<doc>/searchable.pdf
    alto: bool = False                # DIR/<doc>/alto/page-NNNN.xml and hocr.html

    def __post_init__(self) -> None:
        if self.ocr not in OCR_MODES:
            raise UsageError(f"--ocr must be one of {', '.join(OCR_MODES)}, not '{self.ocr}'")
        for stage in self.force:
            if stage not in STAGES:
                raise UsageError(f"--force takes a stage name ({', '.join(STAGES)}), not '{stage}'")
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

    def stage_options(self, stage: str) -> dict[str, object]:
        """The options that change a stage's output: part of its cache key."""
        wanted = {
            "extract": ("ocr", "languages", "dpi", "max_pixels"),
            "repair": ("repair",),
            "split": (),
            "align": (),
        }[stage]
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in wanted}
