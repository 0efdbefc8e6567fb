"""The generator's dispatch (``fixtures/layouts.py``: ``MODULES``) and the rounds' shared
entry (``fixtures/rounds.py``): every family is typeset by exactly one module, a round's
entry refuses a family it did not write, and two documents of one seed, typeset through it,
are the same bytes."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import generated_rounds
import pytest
from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES))

import layouts  # noqa: E402

# the rounds typeset through the shared entry: all of the rounds' table but the journal's,
# which has an entry of its own
ROUNDS = tuple(spec.name for spec in generated_rounds.ROUNDS if spec.name != "journal")


def test_every_family_has_exactly_one_module():
    families = [f for _, group in layouts.MODULES for f in group]
    assert sorted(families) == sorted(layouts.FAMILIES + layouts.HELDOUT_FAMILIES)
    assert len(set(families)) == len(families)
    assert all((FIXTURES / f"{name}.py").is_file() for name, group in layouts.MODULES if group)


def test_the_rounds_table_has_a_line_for_each_round_with_its_families():
    """Each module of ``MODULES`` but the first families' (checked on saved artifacts) has its
    line in the rounds' table (``tests/generated_rounds.py``), with the same families, so the
    checks every round shares run on it."""
    table = {spec.name: spec.families for spec in generated_rounds.ROUNDS}
    assert table == {name.removeprefix("layouts_"): tuple(group)
                     for name, group in layouts.MODULES if group and name != "layouts_first"}


def test_an_unknown_family_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown family"):
        layouts.make_doc("no-such-family", 1, tmp_path / "x.pdf")


@pytest.mark.parametrize("name", ROUNDS)
def test_a_round_offers_its_own_families_and_refuses_others(name, tmp_path):
    module = importlib.import_module(f"layouts_{name}")
    assert module.FAMILIES == getattr(layouts, f"{name.upper()}_FAMILIES")
    other = next(f for f in layouts.FAMILIES if f not in module.FAMILIES)
    with pytest.raises(ValueError, match=f"not a {name}-round family"):
        module.make_doc(other, 1, tmp_path / "x.pdf")


def test_documents_through_a_round_entry_are_reproducible(tmp_path):
    """Two documents of one family and seed through the shared entry are the same bytes; a
    document of the next seed differs. The seed text keeps the name of the round the family
    was held out in, which the bench's cached documents were made with."""
    import layouts_twelfth

    paths = [tmp_path / f"{k}.pdf" for k in range(3)]
    truths = [layouts_twelfth.make_doc("dogleg", seed, path, count=1)
              for seed, path in zip((3, 3, 4), paths, strict=True)]
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert truths[0]["pages"] == truths[1]["pages"]
    assert paths[0].read_bytes() != paths[2].read_bytes()
    assert layouts_twelfth.ROUND.seed_prefix == "heldout13-"


def test_make_doc_hands_a_family_to_its_module(tmp_path):
    path = tmp_path / "side-by-side.pdf"
    truth = layouts.make_doc("side-by-side", 2, path, count=1)
    assert truth["file"] == path.name and Path(path).is_file() and len(truth["articles"]) == 1
