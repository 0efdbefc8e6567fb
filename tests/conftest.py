"""Shared test fixtures: paths to the committed fixtures and their ground truth; how the
tests are shared out between parallel workers (``make test``: pytest-xdist)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Tesseract on one thread a process: `make test` runs two test workers on two cores, and a
# Tesseract with a thread per core in each would be four threads fighting for two. Set before
# any test loads the library (the pipeline sets it for the tesseract program it starts too).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SAVED = Path(__file__).resolve().parent / "data"     # saved stage artifacts for stage tests


def load_truth(pdf_name: str) -> dict:
    """Ground truth written beside a fixture: ``foo.pdf`` -> ``foo.truth.json``."""
    return json.loads((FIXTURES / pdf_name).with_suffix(".truth.json").read_text(encoding="utf-8"))


# The session fixtures that only name a folder (cheap, unlike archive_run's pipeline run).
PATHS = frozenset({"fixtures_dir", "saved_dir"})


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


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """The pages PDFium rasterises through ``extract.render.render_page``, in order (each
    still drawn)."""
    from magpipe.extract import render
    drawn: list[int] = []
    real = render.render_page

    def counted(doc, number, **options):
        drawn.append(number)
        return real(doc, number, **options)

    monkeypatch.setattr(render, "render_page", counted)
    return drawn


@pytest.fixture(scope="session")
def archive_run(tmp_path_factory):
    """One `magpipe run --pdf --alto` over two fixtures, for the archive tests."""
    from archive_inputs import make_archive_run
    return make_archive_run(tmp_path_factory)


@pytest.hookimpl(optionalhook=True)    # xdist's hook: pytest without xdist runs serially
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: a worker per CPU this process may run on (xdist's own count asks for
    physical cores, which a virtual machine may report as fewer than it has)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None                 # xdist reads it
    return len(os.sched_getaffinity(0))


def _costly(item: pytest.Item) -> bool:
    """``item`` runs Tesseract, or shares a module- or session-scoped fixture (generated
    documents, a pipeline run): the signs of a test module that takes long."""
    return item.get_closest_marker("slow") is not None or any(
        d.scope != "function" and d.baseid and d.argname not in PATHS   # baseid "": pytest's
        for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker (`make test`: ``--dist loadfile``, each test module goes to one
    worker whole, so its module-scoped fixtures are computed once), put the costly modules
    (``_costly``) first: the workers share them out at the start and fill in with the many
    quick modules, and no long module is left for the end while the other worker waits.
    Every worker sorts the same collection the same way; a run in one process is untouched."""
    if not hasattr(config, "workerinput"):
        return
    modules = {item.nodeid.split("::")[0] for item in items if _costly(item)}
    # sorted is stable: collection order within each part
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in modules)


# The checks every layout round shares: one module, a round's part of it named by its test id.
ROUNDS_MODULE = "test_layouts_rounds_generic.py"


@pytest.hookimpl(optionalhook=True)    # xdist's hook: pytest without xdist runs serially
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadfile``, but each round's part of ``ROUNDS_MODULE`` goes to a worker with
    the round's own module (``test_layouts_<round>.py``) as one unit: whole, the module would
    keep one worker busy long after the other is done, and apart from its round's module
    it would read the round's documents again in another process (``pages_of``)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class RoundScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            if scope.endswith(ROUNDS_MODULE) and "[" in nodeid:
                name = nodeid[nodeid.index("[") + 1:].rstrip("]")
                return scope.replace(ROUNDS_MODULE, f"test_layouts_{name}.py")
            return scope

    return RoundScheduling(config, log)
