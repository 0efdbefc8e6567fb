"""Work on one document or one artifact outside a batch: a single stage rerun from the
previous stage's saved file (a developer tuning that stage), plain text repaired, and a
reviewer's corrections merged. The batch itself is ``batch.orchestrator``."""

from __future__ import annotations

import re
from pathlib import Path

from magpipe.artifacts import Artifact
from magpipe.batch.engines import LocalEngine
from magpipe.batch.orchestrator import run_stage
from magpipe.batch.registry import spec
from magpipe.config import Config, OcrMode, Stage
from magpipe.errors import ArtifactError, UsageError
from magpipe.extract.ocr.tesseract import check_tesseract


def apply_corrections(doc_dir: Path, corrections: Path, learn: bool = False,
                      lexicon_out: Path | None = None) -> str:
    """Merge a review page's corrections into the document's records; with ``learn``, teach
    the user lexicon the corrected Vietnamese. A summary for people."""
    from magpipe.archive import writers
    summary, texts = writers.apply_corrections(doc_dir, corrections)
    if learn and texts:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "corrections.txt"
            sample.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
            from magpipe.batch.learn import learn_lexicon
            summary += "\n" + learn_lexicon([sample], lexicon_out)
    return summary


def load_input(stage: Stage | str, path: Path) -> Artifact:
    """The artifact a stage reads, from a saved file (one file, or the header of a run
    folder's paged artifact); split accepts extract or repair output."""
    accepted = spec(stage).accepts
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(200)
    except OSError as exc:
        raise ArtifactError(f"cannot read ({exc.strerror}); check the path",
                            path=str(path)) from exc
    match = re.search(r'"stage":\s*"([a-z]+)"', head)
    found = match.group(1) if match else None
    chosen = Stage(found) if found in accepted else accepted[0]
    return spec(chosen).artifact.load(Path(path))


def rerun_stage(stage: Stage | str, source: Path, config: Config) -> Artifact:
    """Run one stage alone from a PDF (extract) or from the previous stage's saved file."""
    if not spec(stage).accepts:
        if config.ocr != OcrMode.NEVER:
            check_tesseract(config.languages)
        with LocalEngine(config.worker_count) as engine:
            return run_stage(stage, source, config, engine.map_pages)
    return run_stage(stage, load_input(stage, source), config)


def repair_text_file(path: Path) -> tuple[str, tuple]:
    """Repair a plain UTF-8 text file: the repaired text and the changes made."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError("is not UTF-8 text; convert it, or pass an extract artifact (.json)",
                         path=str(path)) from exc
    except OSError as exc:
        raise UsageError(f"cannot read ({exc.strerror}); check the path", path=str(path)) from exc
    from magpipe.repair import repair_text
    return repair_text(text)
