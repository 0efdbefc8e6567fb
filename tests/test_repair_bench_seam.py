"""The repair benches run repair with a decoder of their own (a model built without the
held-out documents, a fresh one for timing) by replacing ``repair._decoder_for``: the seam
must take whatever key ``repair.decoder()`` passes it, or the benches stop with a traceback
(they did once, when the key grew from one value to two)."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT
from magpipe import repair


def _bench(monkeypatch, name: str):
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = importlib.util.spec_from_file_location(f"{name}_under_test",
                                                  ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_accuracy_bench_repairs_with_the_decoder_it_is_given(monkeypatch):
    bench = _bench(monkeypatch, "bench_repair_lm")
    own = repair.decoder()
    marker = object.__new__(type(own))        # a distinct decoder object, never used to decode
    with bench.using(marker):
        assert repair.decoder() is marker
    assert repair.decoder() is own
