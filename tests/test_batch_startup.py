"""What a born-digital run does before its first page, and what it never does.

A run's fixed cost is paid before a worker can start: the main process imports the batch
layer, plans, and the fork server imports the stages and loads their models. These tests
hold the cuts made to it: no OCR module (scipy) on born-digital pages, no later stage in
the main process, no code fingerprinting in the workers or when planning a first run, and
a fork server started with the engine.

The counted run goes in a fresh interpreter: a process has one fork server, and the modules
a process imported before would decide the answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from batch_inputs import ASKING_ENGINE
from conftest import FIXTURES
from magpipe.batch import orchestrator
from magpipe.batch.plan import stages_to_compute
from magpipe.batch.report import OK
from magpipe.config import Config, OcrMode, Stage
from magpipe.text import english_zipf

PDF = FIXTURES / "bulletin-digital.pdf"
OCR_MODULES = ("magpipe.extract.ocr.page", "scipy.ndimage", "pdfplumber")
# Tesseract's wrapper: imported by the first page OCR reads (or a run that OCRs every page)
TESSERACT_MODULES = ("magpipe.extract.ocr.tesseract", "pytesseract")
# wordfreq: its English answers come from a table of them (text.english_zipf)
WORDFREQ_MODULES = ("wordfreq", "langcodes")
# (repair is imported: its lexicon's fingerprint is part of its cache key)
LATER_STAGES = ("magpipe.split", "magpipe.align", "scipy")

# A two-worker run (OCR allowed, as by default), asked as it ends which of ``{names}`` its
# job processes (four jobs: both workers answer) and this process have imported.
COUNTED_RUN = """
import json, sys
from pathlib import Path
from magpipe.config import Config
ASK = "sorted(m for m in __import__('sys').modules if m in {names!r})"
""" + ASKING_ENGINE + """
report = orchestrator.run([Path(sys.argv[1])], Config(out_dir=Path(sys.argv[2]), workers=2,
                                                       progress=False))
print(json.dumps({{"jobs": held, "main": eval(ASK),
                   "sources": sorted({{s for f in report.files for s in f.page_sources}})}}))
"""


@pytest.fixture(scope="module")
def counted(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("startup")
    # a run reads wordfreq's table from its snapshot once one is saved: the first run of an
    # install (an empty cache) builds it from wordfreq. Saved here, as that first run would.
    english_zipf.table()
    names = sorted({*OCR_MODULES, *TESSERACT_MODULES, *WORDFREQ_MODULES, *LATER_STAGES})
    done = subprocess.run([sys.executable, "-c", COUNTED_RUN.format(names=names), str(PDF),
                           str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["sources"] == ["text-layer"]
    return found


def test_a_born_digital_run_never_imports_the_ocr_modules(counted: dict):
    for held in [*counted["jobs"], counted["main"]]:
        assert not set(held) & set(OCR_MODULES), held


def test_the_workers_of_a_born_digital_run_never_import_tesseracts_wrapper(counted: dict):
    # nor does the fork server they come from: ~20 ms of its imports, before every run's
    # first document job (the main process checks Tesseract's set-up, ``_check_ocr``)
    for held in counted["jobs"]:
        assert not set(held) & set(TESSERACT_MODULES), held


def test_a_born_digital_run_never_imports_wordfreq(counted: dict):
    # the fork server read wordfreq's English list for its workers: ~0.2 s of its CPU
    # before any worker could start, importing wordfreq and unpacking 321,000 words
    for held in [*counted["jobs"], counted["main"]]:
        assert not set(held) & set(WORDFREQ_MODULES), held


def test_the_main_process_of_a_pool_run_imports_no_later_stage(counted: dict):
    assert not set(counted["main"]) & set(LATER_STAGES), counted["main"]
    # ... while its workers, which run those stages, hold them from the fork server
    assert all({"magpipe.split", "magpipe.align"} <= set(held) for held in counted["jobs"])


def _refuse(*args, **kwargs):
    raise AssertionError("a cache key was worked out here")


def test_planning_a_first_run_works_out_no_cache_key(tmp_path: Path):
    config = Config(out_dir=tmp_path, ocr=OcrMode.NEVER)
    assert stages_to_compute([PDF], config, _refuse) == frozenset(Stage)


def test_a_document_job_takes_the_keys_worked_out_where_the_document_started(
        tmp_path: Path, monkeypatch):
    config = Config(out_dir=tmp_path, ocr=OcrMode.NEVER)
    started = orchestrator.start_document(PDF, "doc", config)
    assert isinstance(started, orchestrator.Started) and len(started.keys) == 3
    monkeypatch.setattr(orchestrator, "stage_cache_key", _refuse)
    report = orchestrator.finish_document(started, config)
    assert report.status == OK, report.error
    saved = [(tmp_path / "doc" / f".{stage}.key").read_text().strip()
             for stage in ("repair", "split", "align")]
    assert saved == list(started.keys)


STARTED_AT_ENTRY = """
from multiprocessing import forkserver
from magpipe.batch.engines import LocalEngine
with LocalEngine(2, models=()) as engine:
    # the module's one fork server; its process id is set once it runs
    print(forkserver._forkserver._forkserver_pid is not None)
"""


def test_the_fork_server_starts_when_the_engine_opens_not_at_the_first_job():
    done = subprocess.run([sys.executable, "-c", STARTED_AT_ENTRY], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def _printed_by_a_fresh_interpreter(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_importing_the_batch_layer_imports_no_stage():
    """The main process opens its engine (and so starts the fork server) once it imported
    the orchestrator: the stages' packages (extract's, repair's) come after, in parallel."""
    probe = ("import sys, magpipe.batch.orchestrator\n"
             "print(sorted(m for m in sys.modules if m in {'magpipe.extract', "
             "'magpipe.repair', 'magpipe.split', 'magpipe.align', 'numpy', 'wordfreq'}))")
    assert _printed_by_a_fresh_interpreter(probe) == "[]"


def test_loading_aligns_models_and_pairing_an_issue_never_import_scipy():
    """scipy.sparse.csgraph costs ~0.2 s of CPU to import (it brings scipy.linalg): the fork
    server loading align's models, and a worker pairing an issue's articles (a group of a
    few drafts: ``align.matching``), pay none of it."""
    probe = ("import sys\n"
             "import magpipe.align, magpipe.batch.stagemodels.align\n"
             "from magpipe.align.pairing import assign\n"
             "scored = [(0.9, 0, 0), (0.5, 0, 1), (0.6, 1, 1), (0.4, 2, 1), (0.8, 2, 2)]\n"
             "assert assign(scored, 3, 3) == {(0, 0), (1, 1), (2, 2)}\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n")
    assert _printed_by_a_fresh_interpreter(probe) == "[]"
