"""Repair's loops run as plain Python until a process has done enough work in them to be
better off loading numba (``repair.compiled.Tiers``), and give the same answers either way."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import pytest
from magpipe import repair
from magpipe.repair.compiled import Tiers

COMPILED = importlib.import_module("magpipe.repair.compiled")


def _total(values: list[int]) -> int:
    return sum(values)


def test_the_plain_function_runs_until_the_work_passes_the_budget_then_the_compiled_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []

    def spy(function):
        built.append(function.__name__)
        return lambda values: -sum(values)          # stands for the compiled form

    monkeypatch.setattr(COMPILED, "compiled", spy)
    tiers = Tiers(budget=10, follow=False)
    assert tiers.run(_total, 6, [1, 2, 3]) == 6
    assert tiers.run(_total, 4, [4]) == 4
    assert (tiers.spent, tiers.compiling, built) == (10, False, [])
    # the next call would pass the budget: the compiled form from now on, for good
    assert tiers.run(_total, 1, [5]) == -5
    assert tiers.run(_total, 1, [5]) == -5
    assert tiers.compiling and tiers.spent == 10 and built == ["_total", "_total"]


def test_once_numba_is_set_up_the_compiled_loops_are_taken_at_once() -> None:
    import numpy as np
    from magpipe.repair.bitset import set_bits
    COMPILED.compiled(set_bits)            # as a model built in this process does
    tiers = Tiers(budget=10**9)
    bits = np.zeros(2, dtype=np.uint8)
    tiers.run(set_bits, 2, bits, np.array([1, 9], dtype=np.int64))
    assert tiers.compiling and tiers.spent == 0 and bits.tolist() == [2, 2]


def test_a_text_repairs_the_same_with_the_plain_loops_and_the_compiled_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Theo bao cao cua Bo, nam 2024 co 15 tinh thanh dat ke hoach. Ong Nguyen Van "
            "An noi rang viec nay can duoc lam som. Trong nhung nam qua, thanh pho da xay "
            "dung nhieu cong trinh va dat duoc ket qua tot.")
    repair.decoder()
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=-1))
    fast = repair.repair_text(text)
    plain_tiers = Tiers(budget=10**18, follow=False)
    monkeypatch.setattr(COMPILED, "TIERS", plain_tiers)
    plain = repair.repair_text(text)
    assert plain_tiers.spent > 0 and not plain_tiers.compiling
    assert plain == fast
    assert "Theo báo cáo của Bộ" in fast[0]


def test_a_short_text_is_repaired_without_loading_numba_when_the_decoder_is_read_back(
        tmp_path) -> None:
    """A process that reads the decoder back from its snapshot and repairs one short
    text pays neither numba's import nor its set-up."""
    code = ("import sys; from magpipe import repair; "
            "print(repair.repair_text('Toi la nguoi Viet Nam.')[0]); "
            "print('numba' in sys.modules)")
    env = dict(os.environ, MAGPIPE_CACHE_DIR=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                           capture_output=True, text=True).stdout.split("\n")
    second = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                            capture_output=True, text=True).stdout.split("\n")
    assert first[:2] == ["Tôi là người Việt Nam.", "True"]     # built: numba compiled it
    assert second[:2] == ["Tôi là người Việt Nam.", "False"]   # read back: plain loops


def test_loading_the_compiled_loops_ahead_makes_the_first_page_use_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tiers = Tiers(budget=10**18, follow=False)
    monkeypatch.setattr(COMPILED, "TIERS", tiers)
    repair.load_compiled_loops()
    assert tiers.compiling
    spent = tiers.spent
    assert repair.repair_text("Toi la nguoi Viet Nam.")[0] == "Tôi là người Việt Nam."
    assert tiers.spent == spent == 0


def test_the_plain_loops_read_a_call_s_small_arrays_as_lists_and_a_model_s_tables_as_arrays(
        ) -> None:
    import numpy as np
    small, table = np.arange(3, dtype=np.int64), np.zeros(100, dtype=np.uint8)
    read = COMPILED.plain_args((small, table, 7), 10)
    assert read[0] == [0, 1, 2] and isinstance(read[0], list)
    assert read[1] is table and read[2] == 7


def test_a_sound_text_layer_repairs_the_same_with_its_arrays_read_as_lists_or_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain loops reading their inputs as lists (``compiled.plain_args``) decide
    exactly what they decide reading the arrays, and what the compiled loops decide, on
    the saved extract of the born-digital bulletin (its sound pages)."""
    from pathlib import Path

    from magpipe.artifacts.pages import ExtractArtifact
    from magpipe.config import Config
    artifact = ExtractArtifact.load(Path(__file__).parent / "data" / "extract-digital.json")
    repair.decoder()
    outputs = []
    for reads in (COMPILED.plain_args, lambda args, work: list(args)):
        tiers = Tiers(budget=10**18, follow=False)
        monkeypatch.setattr(COMPILED, "TIERS", tiers)
        monkeypatch.setattr(COMPILED, "plain_args", reads)
        outputs.append(repair.repair(artifact, Config()))
        assert tiers.spent > 0 and not tiers.compiling
    monkeypatch.setattr(COMPILED, "TIERS", Tiers(budget=-1))
    outputs.append(repair.repair(artifact, Config()))
    assert outputs[0] == outputs[1] == outputs[2]      # words, boxes and changes alike
