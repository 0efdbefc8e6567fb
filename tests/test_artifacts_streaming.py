"""Saving a long artifact streams it: a word per line, never the whole text in memory."""

from __future__ import annotations

import json
import tracemalloc
from dataclasses import replace
from pathlib import Path

from conftest import SAVED
from magpipe.artifacts import ExtractArtifact
from magpipe.serial import to_data


def _long(pages: int) -> ExtractArtifact:
    one = ExtractArtifact.load(SAVED / "extract-digital.json")
    copies = [p for _ in range(pages // len(one.pages)) for p in one.pages]
    many = tuple(replace(p, number=k + 1) for k, p in enumerate(copies))
    return replace(one, pages=many, doc=replace(one.doc, page_count=len(many)))


def test_saved_json_holds_the_artifact_with_one_word_per_line(tmp_path: Path):
    artifact = ExtractArtifact.load(SAVED / "extract-digital.json")
    path = tmp_path / "extract.json"
    artifact.save(path)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == {"stage": "extract", "version": ExtractArtifact.VERSION,
                                **to_data(artifact)}
    assert ExtractArtifact.load(path) == artifact
    word = artifact.pages[0].words[0]
    assert json.dumps(to_data(word), ensure_ascii=False) in {
        line.strip().rstrip(",") for line in text.splitlines()}
    assert text.count("\n") < 2 * sum(len(p.words) for p in artifact.pages)


def test_saving_a_long_artifact_never_holds_its_whole_text(tmp_path: Path):
    artifact = _long(60)
    path = tmp_path / "extract.json"
    tracemalloc.start()
    try:
        artifact.save(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the text as one string would take at least its size in bytes; a page's piece is ~1/60
    assert peak < path.stat().st_size / 4
