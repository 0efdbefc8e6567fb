"""The candidate index's packed tables answer as the dicts they replace, key for key, and
read back from a pickle as they were written."""

from __future__ import annotations

import pickle
import random

import pytest
from magpipe.repair.candidate_index import CandidateIndex
from magpipe.repair.lexicon import store
from magpipe.repair.packed_entries import BLOCK, PackedEntries


def _as_dicts(text: str) -> dict[str, dict[str, str]]:
    """The index file's sections read into plain dicts, as ``from_text`` read them before."""
    _first, *sections = text.split("\n## ")
    out = {}
    for section in sections:
        mode, _, body = section.partition("\n")
        cells = body.replace("\n", "\t").split("\t") if body else []
        out[mode] = dict(zip(cells[::2], cells[1::2], strict=True))
    return out


def _misses(keys: list[str]) -> list[str]:
    """Keys beside the table's: one letter more or less, before the first and after the last
    (within a block and at a block's edge), and the empty key."""
    ordered = sorted(keys)
    return ([k + "a" for k in ordered[::97]] + [k[:-1] for k in ordered[::89]]
            + [ordered[0][:-1] + "\x00", ordered[-1] + "\uffff", "", "\u0001"])


def test_the_shipped_index_answers_as_its_dicts_did() -> None:
    text = store.read_candidate_index()
    assert text is not None
    index, plain = CandidateIndex.from_text(text), _as_dicts(text)
    assert set(index.entries) >= set(plain)
    for mode, table in plain.items():
        packed = index.entries[mode]
        assert isinstance(packed, PackedEntries) and len(packed) == len(table)
        assert all(packed.get(key) == value for key, value in table.items())
        assert all(packed.get(key) == table.get(key) for key in _misses(list(table)))
        assert list(packed.items()) == sorted(table.items())


def test_a_pickled_table_reads_back_the_same() -> None:
    rng = random.Random(7)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãquốcnước"
    table = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))): str(i)
             for i in range(5 * BLOCK + 3)}
    packed = PackedEntries.of(table.items())
    again = pickle.loads(pickle.dumps(packed, protocol=5))
    assert dict(again.items()) == table and len(again) == len(table)
    assert all(again[key] == value for key, value in table.items())
    assert "not a key" not in again and again.get("not a key", "none") == "none"
    with pytest.raises(KeyError):
        again["not a key"]


def test_a_key_given_twice_keeps_its_last_value_as_a_dict_would() -> None:
    packed = PackedEntries.of([("quoc", "1"), ("nuoc", "2"), ("quoc", "3")])
    assert dict(packed.items()) == {"nuoc": "2", "quoc": "3"}
    assert PackedEntries.of(()).get("quoc") is None and len(PackedEntries.of(())) == 0


def test_tabs_and_line_breaks_are_refused_in_entries_and_never_found() -> None:
    with pytest.raises(ValueError):
        PackedEntries.of([("a\tb", "1")])
    with pytest.raises(ValueError):
        PackedEntries.of([("a", "1\n2")])
    packed = PackedEntries.of([("a", "1"), ("b", "2")])
    assert packed.get("a\tb") is None and packed.get("a\n") is None
