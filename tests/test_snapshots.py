"""Built models read back from their snapshots (``magpipe.snapshots``) are the models built:
repair's decoder decides every fixture line alike, align's glosses and their headwords'
lengths are equal; a snapshot is built anew when its data changes and ignored when damaged,
and none is kept when the cache folder is set empty."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from magpipe import repair, snapshots
from magpipe.align import lexicon as align_glosses
from magpipe.repair.evidence import Evidence
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.text.vietnamese import strip_diacritics

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EVIDENCE = Evidence.of({"nước": 3, "tỉnh": 4}, {("tỉnh", "lạng"): 2})


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv(snapshots.CACHE_ENV, str(tmp_path / "cache"))
    return snapshots.folder()


def _lines() -> list[tuple[str, list[str]]]:
    """(mode, words) of the fixtures' text: Vietnamese with its marks and without them."""
    out = []
    truth = json.loads((FIXTURES / "bulletin-digital.truth.json").read_text(encoding="utf-8"))
    for page in truth["pages"]:
        for block in page["blocks"]:
            words = block["text"].split()[:14]
            out += [(CLEAN, words), (DAMAGED, [strip_diacritics(w) for w in words])]
    return out


def _counted(build):
    calls = []

    def counting():
        calls.append(1)
        return build()
    return counting, calls


def test_the_repair_decoder_read_from_its_snapshot_decides_as_the_one_built(cache: Path):
    repair._decoder_for.cache_clear()
    try:
        built = repair.decoder()                 # no snapshot yet: built, then saved
        assert len(list(cache.glob("repair-decoder-*.pickle"))) == 1
        repair._decoder_for.cache_clear()
        read = repair.decoder()
    finally:
        repair._decoder_for.cache_clear()
    assert read is not built and read.model is not built.model
    assert repair.joiner() is not None
    lines = _lines()
    assert len(lines) > 100
    for mode, words in lines:
        assert read.decode(words, mode, evidence=EVIDENCE) == built.decode(
            words, mode, evidence=EVIDENCE), words


def _read_twice(loader):
    """What the cached ``loader`` gives in a fresh process (built, or read from the snapshot
    folder) and then in another one (read back from the snapshot the first saved)."""
    loader.cache_clear()
    try:
        first = loader()
        loader.cache_clear()
        return first, loader()
    finally:
        loader.cache_clear()


def test_glosses_read_from_their_snapshot_are_the_glosses_read_from_the_list(cache: Path):
    first, again = _read_twice(align_glosses.glosses)
    assert list(cache.glob("align-glosses-*.pickle"))
    assert again is not first and again == first == align_glosses._read_glosses()


def test_headword_lengths_read_from_their_snapshot_are_those_counted_from_the_glosses(
        cache: Path):
    first, again = _read_twice(align_glosses._longest)
    assert list(cache.glob("align-headword-lengths-*.pickle"))
    assert again is not first and again == first
    counted: dict[str, int] = {}
    for head in align_glosses.glosses():
        words = head.split(" ")
        counted[words[0]] = max(counted.get(words[0], 0), len(words))
    assert again == counted and max(counted.values()) > 1


def _text_model(folder: Path):
    """A data file holding "one", and a loader of the model built from it that counts its
    builds: ``(source, load, builds)``."""
    source = folder / "words.txt"
    source.write_text("one")
    build, calls = _counted(lambda: {"text": source.read_text()})
    return source, lambda: snapshots.load_or_build("words", dict, build, [source]), calls


def test_a_changed_data_file_builds_the_model_again(cache: Path, tmp_path: Path):
    source, load, builds = _text_model(tmp_path)
    assert load() == {"text": "one"}
    source.write_text("three")
    assert [load(), load()] == [{"text": "three"}] * 2
    assert len(builds) == 2


def test_a_damaged_snapshot_is_built_again_and_replaced(cache: Path, tmp_path: Path):
    _, load, builds = _text_model(tmp_path)
    load()
    (saved,) = cache.glob("words-*.pickle")
    saved.write_bytes(b"not a pickle")
    assert [load(), load()] == [{"text": "one"}] * 2
    assert len(builds) == 2


def test_a_snapshot_of_another_kind_is_not_taken(cache: Path, tmp_path: Path):
    source = tmp_path / "words.txt"
    source.write_text("one")
    snapshots.load_or_build("words", list, lambda: ["one"], [source])
    assert snapshots.load_or_build("words", dict, lambda: {"one": 1}, [source]) == {"one": 1}


def test_only_the_newest_snapshots_of_a_name_are_kept(cache: Path, tmp_path: Path):
    source = tmp_path / "words.txt"
    for n in range(snapshots.KEEP + 2):
        source.write_text("x" * n)
        os.utime(source, ns=(n * 10**9, n * 10**9))
        snapshots.load_or_build("words", dict, lambda: {}, [source])
    assert len(list(cache.glob("words-*.pickle"))) == snapshots.KEEP


def test_snapshots_of_another_name_are_not_counted_among_a_names_newest(cache: Path,
                                                                          tmp_path: Path):
    source = tmp_path / "words.txt"
    source.write_text("one")
    snapshots.load_or_build("words", dict, lambda: {}, [source])
    for n in range(snapshots.KEEP + 1):
        source.write_text("x" * n)
        snapshots.load_or_build("words-user", dict, lambda: {}, [source])
    assert len([p for p in cache.glob("words-*.pickle") if "user" not in p.name]) == 1


def test_a_snapshot_survives_as_many_other_installs_as_build_after_it(cache: Path,
                                                                      tmp_path: Path,
                                                                      monkeypatch):
    # work trees or virtualenvs of other code share the cache, each building its own version
    source = tmp_path / "words.txt"
    source.write_text("mine")
    build, calls = _counted(lambda: {"text": "mine"})
    snapshots.load_or_build("words", dict, build, [source])
    own_prefix = sys.prefix
    for n in range(snapshots.KEEP + 2):
        monkeypatch.setattr(sys, "prefix", str(tmp_path / f"env{n}"))
        snapshots.load_or_build("words", dict, lambda: {"text": "theirs"},
                                [tmp_path / _other_source(tmp_path, n)])
    monkeypatch.setattr(sys, "prefix", own_prefix)
    assert snapshots.load_or_build("words", dict, build, [source]) == {"text": "mine"}
    assert len(calls) == 1


def _other_source(folder: Path, n: int) -> str:
    """The name of a data file of its own for another install ``n``."""
    name = f"theirs{n}.txt"
    (folder / name).write_text("x" * n)
    return name


def test_the_folder_of_an_install_unused_for_days_is_dropped_when_another_builds(
        cache: Path, tmp_path: Path):
    source = tmp_path / "words.txt"
    source.write_text("one")
    days_ago = time.time() - (snapshots.STALE_DAYS + 1) * 86400
    gone, recent = cache.parent / "gone", cache.parent / "recent"
    for other in (gone, recent):
        other.mkdir(parents=True)
        (other / "words-0123.pickle").write_bytes(b"")
        (other / snapshots.MARKER).write_text("{}")
    os.utime(gone / snapshots.MARKER, (days_ago, days_ago))
    former = cache.parent / "words-4567.pickle"       # the former layout's, as old
    former.write_bytes(b"")
    os.utime(former, (days_ago, days_ago))
    snapshots.load_or_build("words", dict, lambda: {}, [source])
    assert not gone.exists() and not former.exists()
    assert (recent / "words-0123.pickle").exists()
    assert len(list(cache.glob("words-*.pickle"))) == 1


def test_an_empty_cache_folder_setting_keeps_no_snapshot(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(snapshots.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "words.txt"
    source.write_text("one")
    build, calls = _counted(lambda: {"text": "one"})
    snapshots.load_or_build("words", dict, build, [source])
    snapshots.load_or_build("words", dict, build, [source])
    assert len(calls) == 2 and not list(tmp_path.rglob("*.pickle"))


def _arrays_model(folder: Path):
    """A data file, and a loader of a model of two numpy arrays built from it that counts
    its builds: ``(load, builds)``."""
    import numpy as np
    source = folder / "table.txt"
    source.write_text("3")
    build, calls = _counted(lambda: {"table": np.arange(12, dtype=np.float64).reshape(3, 4),
                                     "marks": np.array([1, 2, 3], dtype=np.int8),
                                     "name": "model"})
    return lambda: snapshots.load_or_build("arrays", dict, build, [source]), calls


def test_a_snapshots_arrays_are_read_back_over_its_mapped_buffers_file(cache: Path,
                                                                       tmp_path: Path):
    import numpy as np
    load, builds = _arrays_model(tmp_path)
    built, read = load(), load()
    assert len(builds) == 1
    (buffers,) = cache.glob("arrays-*.buffers")
    assert buffers.stat().st_size >= built["table"].nbytes + built["marks"].nbytes
    assert read["name"] == "model"
    for name in ("table", "marks"):
        assert np.array_equal(read[name], built[name]) and read[name].dtype == built[name].dtype
        assert not read[name].flags.owndata          # not a copy: over the mapped file
    read["table"][0, 0] = 99.0                        # writable; the file is not changed
    assert load()["table"][0, 0] == 0.0 and len(builds) == 1


def test_a_snapshot_whose_arrays_file_is_short_or_gone_is_built_again(cache: Path,
                                                                      tmp_path: Path):
    load, builds = _arrays_model(tmp_path)
    load()
    (buffers,) = cache.glob("arrays-*.buffers")
    buffers.write_bytes(buffers.read_bytes()[:16])
    assert load()["table"].shape == (3, 4)
    buffers.unlink()
    assert load()["marks"].tolist() == [1, 2, 3]
    assert len(builds) == 3 and buffers.is_file()
