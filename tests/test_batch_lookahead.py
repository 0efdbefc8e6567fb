"""With pages in other processes, a run hands out the next document's pages before the
previous document's are all read, so a worker done with one document's last page goes on
with the next one instead of waiting; with pages in this process, one document at a time."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from conftest import FIXTURES
from magpipe.batch.engines import LocalEngine
from magpipe.batch.lookahead import read_ahead
from magpipe.batch.orchestrator import start_document
from magpipe.config import Config
from magpipe.files import doc_folder_name

DOCUMENTS = ("bulletin-digital.pdf", "photos-digital.pdf", "bulletin-digital.pdf")


class HeldEngine:
    """A local engine's pages (read in its worker processes), but the first document's last
    page is held back until another document's pages are asked for (or ``hold`` seconds
    pass); notes whether that happened."""

    def __init__(self, pool: LocalEngine, shares_memory: bool, hold: float) -> None:
        self.pool, self.shares_memory, self.hold = pool, shares_memory, hold
        self.asked: list[str] = []
        self.held = False
        self._other_asked = threading.Event()

    def map_pages(self, fn, jobs):
        jobs = list(jobs)
        if self.asked:
            self._other_asked.set()
        self.asked.append(Path(jobs[0].path).name)
        first = len(self.asked) == 1
        for i, page in enumerate(self.pool.map_pages(fn, jobs)):
            if first and i == len(jobs) - 1:
                self.held = self._other_asked.wait(timeout=self.hold)
            yield page


def _run(tmp_path: Path, shares_memory: bool, hold: float) -> tuple[HeldEngine, list]:
    config = Config(out_dir=tmp_path, ocr="never")
    with ThreadPoolExecutor(max_workers=2) as ahead, LocalEngine(2) as pool:
        engine = HeldEngine(pool, shares_memory, hold)

        def start(path: Path, map_pages):
            return start_document(path, doc_folder_name(path), config, map_pages,
                                  keep=shares_memory)
        return engine, list(read_ahead([FIXTURES / name for name in DOCUMENTS], start,
                                       engine.map_pages, shares_memory, ahead))


def test_next_document_pages_are_asked_for_before_the_last_page_of_one_is_read(tmp_path):
    engine, started = _run(tmp_path, shares_memory=False, hold=60)
    assert engine.held                      # the second document came while the first ran
    assert [s.path.name for s in started] == list(DOCUMENTS)     # given in order


def test_pages_read_here_go_one_document_at_a_time(tmp_path):
    engine, started = _run(tmp_path, shares_memory=True, hold=1)
    assert not engine.held
    assert [s.path.name for s in started] == list(DOCUMENTS)
