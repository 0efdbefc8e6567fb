"""The scale bench measures each code with its own model snapshots and compiled modules: the
shared snapshot folder, evicted by other work trees' runs, and ``PYTHONDONTWRITEBYTECODE``
made a timed run pay for building the snapshots and compiling every module again."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench(monkeypatch):
    monkeypatch.setattr(sys, "path", [str(ROOT / "bench"), *sys.path])
    spec = importlib.util.spec_from_file_location("bench_scale_under_test",
                                                  ROOT / "bench" / "bench_scale.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)
    spec.loader.exec_module(bench)
    return bench


def test_each_code_keeps_its_snapshots_and_compiled_modules(monkeypatch, tmp_path):
    bench = _bench(monkeypatch)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("MAGPIPE_CACHE_DIR", "/shared/elsewhere")
    mine = bench.child_env(None, tmp_path / "cache-this")
    theirs = bench.child_env(tmp_path / "baseline", tmp_path / "cache-base")
    assert "PYTHONDONTWRITEBYTECODE" not in mine and "PYTHONDONTWRITEBYTECODE" not in theirs
    assert mine["MAGPIPE_CACHE_DIR"] == str(tmp_path / "cache-this")
    assert theirs["MAGPIPE_CACHE_DIR"] == str(tmp_path / "cache-base")
    assert theirs["PYTHONPATH"].split(":")[0] == str(tmp_path / "baseline")


def test_extracts_own_time_a_page_is_the_mean_of_the_pages_seconds(monkeypatch):
    bench = _bench(monkeypatch)
    report = {"files": [{"page_seconds": [0.010, 0.020]}, {"page_seconds": [0.030]},
                        {"status": "failed"}]}
    assert abs(bench.page_ms(report) - 20.0) < 1e-9
    assert bench.page_ms({"files": []}) == 0.0


def test_the_cpu_is_read_by_kind_of_process_and_a_page_more_than_the_quarter_batch(
        monkeypatch):
    bench = _bench(monkeypatch)
    run = bench.Run(3.0, 4.0, 250.0, 800.0, 390.0, {},
                    (("fork server", 0.6), ("main", 0.9), ("other", 0.001), ("workers", 2.5)))
    quarter = bench.Run(1.5, 1.8, 230.0, 740.0, 340.0, {})
    line = bench.cpu_split(run, quarter, 55, 11)
    assert line.startswith("fork server 0.60  main 0.90  workers 2.50  (")
    assert "1.80 s in all at 11 pages: 50.0 ms a page more" in line
