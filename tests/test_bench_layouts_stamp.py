"""The layout bench's documents stamp: a born-digital run (``--no-scans``) keeps a folder
that holds the scanned copies too, so that the next full run neither generates nor OCRs
everything again."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

from layout_generated import load_bench


def _bench_in(tmp_path, monkeypatch, stamp_scans: int):
    """The bench module with its output in ``tmp_path``, a current stamp holding
    ``stamp_scans`` scanned copies, and the generator's runs recorded instead of made."""
    bench = load_bench(monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    (tmp_path / "docs").mkdir(parents=True)
    digest = hashlib.sha256(b"".join((bench.ROOT / f).read_bytes()
                                     for f in bench.GENERATOR)).hexdigest()
    made_by = f"{digest} {bench.DOCS} {bench.SEED}"
    (tmp_path / "docs" / ".generator").write_text(f"{made_by} {stamp_scans}")
    calls: list[list[str]] = []
    monkeypatch.setattr(bench, "subprocess",
                        SimpleNamespace(run=lambda command, **_kw: calls.append(command),
                                        DEVNULL=None))
    return bench, made_by, calls


def test_no_scans_run_keeps_a_stamp_with_scans(tmp_path, monkeypatch):
    bench, made_by, calls = _bench_in(tmp_path, monkeypatch, stamp_scans=3)
    bench.generated(0)
    assert calls == []
    assert (tmp_path / "docs" / ".generator").read_text() == f"{made_by} 3"


def test_full_run_after_a_born_digital_folder_generates_the_scans(tmp_path, monkeypatch):
    bench, made_by, calls = _bench_in(tmp_path, monkeypatch, stamp_scans=0)
    bench.generated(bench.SCANS)
    assert len(calls) == 1 and "--scan" in calls[0]
    assert (tmp_path / "docs" / ".generator").read_text() == f"{made_by} {bench.SCANS}"


def test_generation_for_a_born_digital_run_makes_the_scans_too(tmp_path, monkeypatch):
    bench, made_by, calls = _bench_in(tmp_path, monkeypatch, stamp_scans=3)
    (tmp_path / "docs" / ".generator").write_text("an older generator 20 7 3")
    bench.generated(0)
    assert len(calls) == 1 and calls[0][-2:] == ["--scans", str(bench.SCANS)]
    assert (tmp_path / "docs" / ".generator").read_text() == f"{made_by} {bench.SCANS}"


def test_another_seed_generates_its_own_draws_into_a_folder_of_its_own(tmp_path, monkeypatch):
    bench, made_by, calls = _bench_in(tmp_path / "layouts", monkeypatch, stamp_scans=3)
    default_stamp = (tmp_path / "layouts" / "docs" / ".generator").read_text()
    seed = bench.SEED + 2500
    bench.generated(0, seed)
    own = tmp_path / f"layouts-seed-{seed}" / "docs"
    assert len(calls) == 1
    assert calls[0][calls[0].index("--seed") + 1] == str(seed)
    assert calls[0][calls[0].index(str(own)) - 1].endswith("layouts.py")
    digest = made_by.split()[0]
    # a born-digital run of another seed makes no scanned copies: none has its OCR cached
    assert "--scan" not in calls[0]
    assert (own / ".generator").read_text() == f"{digest} {bench.DOCS} {seed} 0"
    # the default draws' folder, and so its OCR cache, is left as it was
    assert (tmp_path / "layouts" / "docs" / ".generator").read_text() == default_stamp
    assert bench.folder() == tmp_path / "layouts"


def test_another_seed_makes_its_scans_when_a_run_first_needs_them(tmp_path, monkeypatch):
    bench, _, calls = _bench_in(tmp_path / "layouts", monkeypatch, stamp_scans=3)
    seed = bench.SEED + 2500
    bench.generated(0, seed)
    bench.generated(0, seed)
    assert len(calls) == 1      # the born-digital draws are current
    bench.generated(bench.SCANS, seed)
    bench.generated(0, seed)
    assert len(calls) == 2 and calls[1][-2:] == ["--scans", str(bench.SCANS)]
