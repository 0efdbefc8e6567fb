"""A run loads the models of the stages it will compute, and only those: a rerun with every
artifact current loads none, in any process, and starts no worker pool.

The runs that are counted go in fresh interpreters: a process has one fork server, started
with the preload list of the first engine that needed it, so an earlier run would decide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from batch_inputs import ASKING_ENGINE
from conftest import FIXTURES
from magpipe.batch.orchestrator import stage_cache_key
from magpipe.batch.plan import stages_to_compute
from magpipe.cli import app
from magpipe.config import Config, OcrMode, Stage
from magpipe.files import doc_folder_name
from typer.testing import CliRunner

PDF = FIXTURES / "bulletin-digital.pdf"
# Which of the stages' models a process holds, read from their loaders' caches.
HELD = ("{'repair decoder': __import__('magpipe.repair', fromlist=['_'])"
        "._decoder_for.cache_info().currsize > 0, "
        "'langdetect profiles': __import__('langdetect.detector_factory', fromlist=['_'])"
        "._factory is not None, "
        "'role model': __import__('magpipe.split.rolemodel', fromlist=['_'])"
        ".load.cache_info().currsize > 0, "
        "'align glosses': __import__('magpipe.align.lexicon', fromlist=['_'])"
        ".glosses.cache_info().currsize > 0}")

# The run of `magpipe run` (two workers), with the engine it opens asked, as the run ends,
# which models its job processes hold (four jobs, so both workers answer), and this process.
COUNTED_RUN = """
import json, sys
from pathlib import Path
from magpipe.config import Config
ASK = {held!r}
""" + ASKING_ENGINE + """
orchestrator.run([Path(sys.argv[1])], Config(out_dir=Path(sys.argv[2]), ocr="never",
                                              workers=2, progress=False))
print(json.dumps({{"jobs": held, "main": eval(ASK)}}))
"""


def _counted_run(out: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", COUNTED_RUN.format(held=HELD), str(PDF),
                           str(out)], capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(found: dict) -> set[str]:
    return {name for held in [*found["jobs"], found["main"]] for name, on in held.items() if on}


def _run(out: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(PDF), "--out", str(out), "-j", "1",
                                      "--ocr", "never", "--quiet"])
    assert result.exit_code == 0, result.output


def test_a_rerun_with_everything_cached_loads_no_model(tmp_path: Path):
    _run(tmp_path)
    assert _loaded(_counted_run(tmp_path)) == set()


def test_the_plan_names_the_stages_a_run_will_compute(tmp_path: Path):
    config = Config(out_dir=tmp_path, ocr=OcrMode.NEVER)
    assert stages_to_compute([PDF], config, stage_cache_key) == frozenset(Stage)
    _run(tmp_path)
    assert stages_to_compute([PDF], config, stage_cache_key) == frozenset()
    forced = Config(out_dir=tmp_path, ocr=OcrMode.NEVER, force=(Stage.SPLIT,))
    assert stages_to_compute([PDF], forced, stage_cache_key) == {Stage.SPLIT, Stage.ALIGN}
    (tmp_path / doc_folder_name(PDF) / ".align.key").unlink()
    assert stages_to_compute([PDF], config, stage_cache_key) == {Stage.ALIGN}


def test_an_engine_for_align_alone_loads_only_its_glosses():
    probe = ("from magpipe.batch.engines import LocalEngine\nfrom magpipe.config import Stage\n"
             "with LocalEngine(2, models={Stage.ALIGN}) as engine:\n"
             f"    print(list(engine.map_pages(eval, [{HELD!r}] * 2)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=240, check=True)
    for held in eval(done.stdout.strip()):          # noqa: S307 - our own probe's output
        assert {name for name, on in held.items() if on} == {"align glosses"}
