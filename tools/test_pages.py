"""Save pages of the layout bench's documents as test inputs (``tests/data/layouts-*/``).

Each ``tools/*_test_data.py`` only declares what it saves: the names, bench documents and
pages (``Saved``), the folder, and how the truth is cut to the pages (``Truth``); ``main``
does the rest. It runs the layout bench (``bench/bench_layouts.py``) on the families of any
document whose output is missing, then writes for each name ``NAME.repair.json`` (the
document's repair artifact, the split stage's input, cut to the kept pages and their repair
changes; a paged artifact is saved as one file) and, unless the truth is left out,
``NAME.truth.json``. A page or two rather than a document keeps the saved files small.

Command line of every such tool: ``.venv/bin/python tools/X_test_data.py [NAME ...]`` (only
the saved files of those names; the others stay as they were saved).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench" / "layouts"
SEED = 1600          # the bench's own draws (``bench_layouts.SEED``), the ones in BENCH
DATA = ROOT / "tests" / "data"


@dataclass(frozen=True)
class Saved:
    """One saved test input: ``name`` (the files' stem), the bench document it comes from and
    the numbers of the pages kept (None: the whole document), of the bench's draws from
    ``seed`` (another seed than the bench's own: ``bench_layouts.py --seed``)."""
    name: str
    doc: str
    pages: tuple[int, ...] | None = None
    seed: int = 1600

    @property
    def bench(self) -> Path:
        """The bench folder that holds the document (each other seed has its own)."""
        return BENCH if self.seed == SEED else BENCH.with_name(f"{BENCH.name}-seed-{self.seed}")


class Truth(Enum):
    """How a saved input's truth is cut to its pages (a whole document keeps all of it)."""
    # no truth file: the test reads the artifact alone
    NONE = "none"
    # the bench's truth file byte for byte (whole documents only)
    AS_WRITTEN = "as written"
    # the kept pages, every article: an article cut off at the last kept page keeps its record
    EVERY_ARTICLE = "every article"
    # the kept pages and the articles printed on them (their indices left as they are)
    PAGE_ARTICLES = "page articles"
    # the kept pages and the articles their blocks belong to, renumbered in order
    BLOCK_ARTICLES = "block articles"


def cut_artifact(artifact: RepairArtifact, pages: tuple[int, ...] | None,
                 every_change: bool = False) -> RepairArtifact:
    """``artifact`` with only the pages numbered in ``pages`` and their repair changes, or
    with ``every_change`` all its changes (whole for None)."""
    if pages is None:
        return artifact
    changes = artifact.changes if every_change else tuple(c for c in artifact.changes
                                                           if c.page in pages)
    return replace(artifact, pages=tuple(p for p in artifact.pages if p.number in pages),
                   changes=changes)


def cut_truth(truth: dict, pages: tuple[int, ...] | None, kind: Truth) -> dict:
    """``truth`` cut to the pages numbered in ``pages`` as ``kind`` says (whole for None);
    ``truth`` itself is left as it was."""
    if pages is None:
        return truth
    kept = [p for p in truth["pages"] if p["number"] in pages]
    if kind is Truth.EVERY_ARTICLE:
        return dict(truth, pages=kept)
    if kind is Truth.PAGE_ARTICLES:
        return dict(truth, pages=kept, articles=[a for a in truth["articles"]
                                                 if any(n in a["pages"] for n in pages)])
    if kind is not Truth.BLOCK_ARTICLES:
        raise ValueError(f"a truth {kind.value!r} cannot be cut to pages")
    used = sorted({b["article"] for p in kept for b in p["blocks"] if b["article"] is not None})
    index = {old: new for new, old in enumerate(used)}
    kept = [dict(p, blocks=[dict(b, article=index.get(b["article"])) for b in p["blocks"]])
            for p in kept]
    return dict(truth, pages=kept, articles=[truth["articles"][k] for k in used])


def save(saved: Sequence[Saved], out: Path, truth: Truth, every_change: bool = False) -> None:
    """Write each saved input's repair artifact (with ``every_change``, all the document's
    repair changes) and truth (cut as ``truth`` says) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for item in saved:
        artifact = RepairArtifact.load(item.bench / "pipeline" / item.doc / "repair.json")
        kept = cut_artifact(artifact, item.pages, every_change)
        (out / f"{item.name}.repair.json").write_text(kept.to_json(), encoding="utf-8")
        source = item.bench / "docs" / f"{item.doc}.truth.json"
        if truth is Truth.AS_WRITTEN:
            if item.pages is not None:
                raise ValueError(f"{item.name}: a truth as written is a whole document's")
            shutil.copyfile(source, out / f"{item.name}.truth.json")
        elif truth is not Truth.NONE:
            whole = json.loads(source.read_text(encoding="utf-8"))
            (out / f"{item.name}.truth.json").write_text(
                json.dumps(cut_truth(whole, item.pages, truth), ensure_ascii=False),
                encoding="utf-8")
    print(f"wrote {len(saved)} inputs into {out.relative_to(ROOT)}")


def run_bench(docs: Sequence[str], artifact: str = "repair.json", seed: int = SEED) -> None:
    """Run the layout bench (on the draws of ``seed``) on the families of the documents in
    ``docs`` whose ``artifact`` it has not written yet."""
    bench = Saved("", "", seed=seed).bench
    missing = sorted({doc.rsplit("-", 2)[0] for doc in docs    # FAMILY-N-digital / -scanned
                      if not (bench / "pipeline" / doc / artifact).is_file()})
    if missing:
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_layouts.py"),
                        "--seed", str(seed),
                        *(arg for family in missing for arg in ("--family", family))],
                       check=True)


def main(saved: Sequence[Saved], folder: str, truth: Truth, every_change: bool = False) -> int:
    """The command line of a ``*_test_data.py`` tool: save ``saved`` (only those named on
    the command line, if any) into ``tests/data/<folder>``, running the bench first on the
    families whose output is missing."""
    chosen = [s for s in saved if len(sys.argv) < 2 or s.name in sys.argv[1:]]
    for seed in sorted({s.seed for s in chosen}):
        run_bench([s.doc for s in chosen if s.seed == seed], seed=seed)
    save(chosen, DATA / folder, truth, every_change)
    return 0
