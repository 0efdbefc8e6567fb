"""Shared test fixtures: paths to the committed fixtures and their ground truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SAVED = Path(__file__).resolve().parent / "data"     # saved stage artifacts for stage tests


def load_truth(pdf_name: str) -> dict:
    """Ground truth written beside a fixture: ``foo.pdf`` -> ``foo.truth.json``."""
    return json.loads((FIXTURES / pdf_name).with_suffix(".truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def saved_dir() -> Path:
    return SAVED


@pytest.fixture(autouse=True)
def private_user_lexicon(tmp_path_factory, monkeypatch) -> Path:
    """Keep a developer's own learned lexicon out of the tests: each test sees the shipped
    data plus whatever it learns itself."""
    path = tmp_path_factory.mktemp("lexicon") / "user-lexicon.tsv.gz"
    monkeypatch.setenv("MAGPIPE_USER_LEXICON", str(path))
    return path


@pytest.fixture(scope="session")
def archive_run(tmp_path_factory):
    """One `magpipe run --pdf --alto` over two fixtures, for the archive tests."""
    from archive_inputs import make_archive_run
    return make_archive_run(tmp_path_factory)
