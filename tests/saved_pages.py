"""Helper of the tests on pages saved from the layout bench by ``tools/*_test_data.py``
(``tools/test_pages.py``): a saved input's repair artifact and its truth."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.pages import RepairArtifact

DATA = Path(__file__).parent / "data"


def saved(folder: str, name: str) -> tuple[RepairArtifact, dict]:
    """The repair artifact and the truth saved as ``name`` in ``tests/data/<folder>/``."""
    artifact = RepairArtifact.load(DATA / folder / f"{name}.repair.json")
    truth = json.loads((DATA / folder / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth
