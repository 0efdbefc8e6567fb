"""``magpipe lexicon learn``: clean PDFs are read by the extract stage, then counted.

The repair stage never imports the extract stage; this batch-level step hands it text.
A PDF is read with ``--ocr never`` and only its sound text-layer pages are kept (a
legacy-encoded layer such as TCVN3 is decoded by extract first): OCR output or a damaged
layer would teach the lexicon its own mistakes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from magpipe.artifacts import ExtractArtifact, PageSource
from magpipe.batch.registry import spec
from magpipe.config import Config, OcrMode, Stage
from magpipe.errors import InputError, UsageError
from magpipe.repair import lexicon

log = logging.getLogger(__name__)


def pdf_text(path: Path) -> str:
    """The text of the sound text-layer pages of a PDF, as the extract stage reads it."""
    artifact = spec(Stage.EXTRACT).run(path, Config(ocr=OcrMode.NEVER), map)
    assert isinstance(artifact, ExtractArtifact)
    kept = [p for p in artifact.pages if p.source == PageSource.TEXT_LAYER]
    skipped = [p.number for p in artifact.pages if p.source != PageSource.TEXT_LAYER]
    if skipped:
        log.info("%s: pages %s have no sound text layer; not learned from", path,
                 ", ".join(map(str, skipped)))
    if not kept:
        raise InputError("has no sound text layer to learn from; pass a clean digital PDF "
                         "or a UTF-8 text file", path=str(path))
    return "\n\n".join(p.text() for p in kept)


def learn_lexicon(paths: Sequence[Path], out: Path | None = None) -> str:
    """Extend the user lexicon from clean PDFs or text files; a one-line summary."""
    sources: list[str | Path] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise UsageError("no such file; check the path", path=str(path))
        sources.append(pdf_text(path) if path.suffix.lower() == ".pdf" else path)
    return str(lexicon.learn(sources, out=out))
