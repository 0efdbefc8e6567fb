"""The fork server loads repair's compiled loops before forking when the batch is large
enough that each worker would load them midway (``stagemodels.pages_for_compiled_loops``,
``plan.compiled_loops_pay``), and not otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from magpipe.batch import stagemodels
from magpipe.batch.plan import compiled_loops_pay
from magpipe.config import Config, Stage
from magpipe.files import doc_folder_name
from magpipe.repair.compiled import PLAIN_BUDGET

PDF = FIXTURES / "bulletin-digital.pdf"          # six pages
EVERY = frozenset(Stage)


def test_the_threshold_is_where_each_workers_share_passes_the_plain_budget():
    for workers in (2, 3, 8):
        pages = stagemodels.pages_for_compiled_loops(workers)
        share = stagemodels.REPAIR_ITEMS_PER_PAGE * pages / workers
        assert share > PLAIN_BUDGET
        assert stagemodels.REPAIR_ITEMS_PER_PAGE * (pages - 1) / workers <= PLAIN_BUDGET
    assert stagemodels.pages_for_compiled_loops(1) == 0       # nothing to share


def test_the_compiled_loops_come_after_repairs_models_and_only_with_repair():
    with_loops = stagemodels.preload(EVERY, compiled_loops=True)
    assert with_loops == [stagemodels.MODULES[Stage.REPAIR], stagemodels.COMPILED,
                          stagemodels.MODULES[Stage.SPLIT], stagemodels.MODULES[Stage.ALIGN],
                          stagemodels.FROZEN]
    assert stagemodels.preload(EVERY) == [m for m in with_loops if m != stagemodels.COMPILED]
    assert stagemodels.COMPILED not in stagemodels.preload({Stage.SPLIT, Stage.ALIGN}, True)


def test_a_batch_pays_for_the_loops_once_its_unrepaired_pages_reach_the_threshold(
        tmp_path: Path, monkeypatch):
    # 2 workers: from three pages on (one page's items are the whole budget)
    monkeypatch.setattr(stagemodels, "REPAIR_ITEMS_PER_PAGE", PLAIN_BUDGET)
    assert stagemodels.pages_for_compiled_loops(2) == 3
    config = Config(out_dir=tmp_path / "out")
    assert compiled_loops_pay([PDF], config, EVERY, 2)
    assert not compiled_loops_pay([PDF], config, EVERY, 1)
    assert not compiled_loops_pay([PDF], config, EVERY - {Stage.REPAIR}, 2)
    assert not compiled_loops_pay([PDF], Config(out_dir=tmp_path, scheduler="tcp://h:1"),
                                  EVERY, 2)
    # a document already repaired is not counted, unless its repair is forced
    saved = config.out_dir / doc_folder_name(PDF) / "repair.json"
    saved.parent.mkdir(parents=True)
    saved.write_text("{}")
    assert not compiled_loops_pay([PDF], config, EVERY, 2)
    assert compiled_loops_pay([PDF], Config(out_dir=config.out_dir, force=(Stage.REPAIR,)),
                              EVERY, 2)
    # a file PDFium cannot open counts no page
    broken = shutil.copy(PDF, tmp_path / "broken.pdf")
    Path(broken).write_bytes(b"%PDF-1.4 nothing here")
    assert not compiled_loops_pay([Path(broken)], config, EVERY, 2)


def test_a_small_batch_does_not(tmp_path: Path):
    config = Config(out_dir=tmp_path)
    assert not compiled_loops_pay([PDF] * 3, config, EVERY, 2)     # 18 pages



@pytest.mark.parametrize("computing", ["frozenset(Stage)", "frozenset({Stage.SPLIT, Stage.ALIGN})"])
def test_deciding_imports_neither_the_repair_stage_nor_numpy(tmp_path, computing: str):
    # the main process decides before it starts the fork server, which every page waits
    # for: the budget comes from ``magpipe.plain_budget``, not from the repair package
    # (~0.17 s of CPU with numpy), whether the run repairs (the one small file is counted
    # and found short) or not
    code = ("import sys; from pathlib import Path; "
            "from magpipe.batch.plan import compiled_loops_pay; "
            "from magpipe.config import Config, Stage; "
            f"config = Config(out_dir=Path({str(tmp_path)!r})); "
            f"print(compiled_loops_pay([Path({str(PDF)!r})], config, {computing}, 2), "
            "sorted(m for m in sys.modules if m in {'magpipe.repair', 'numpy'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "[]"]
