"""The repair lexicon's files and fingerprint, read without the repair stage."""

from __future__ import annotations

import shutil
import subprocess
import sys

from magpipe import lexicon_files
from magpipe.config import RepairOptions
from magpipe.repair import lexicon
from magpipe.repair.lexicon import store


def test_repair_lexicon_reads_the_same_files_and_fingerprint():
    assert store.DATA == lexicon_files.DATA and store.DATA.is_dir()
    assert lexicon.fingerprint is lexicon_files.fingerprint
    assert lexicon.user_lexicon_path is lexicon_files.user_lexicon_path
    assert (store.DATA / "syllables.tsv.gz") in lexicon_files.shipped_files()


def test_fingerprint_changes_when_a_shipped_file_changes(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(lexicon_files.DATA, copy)
    monkeypatch.setattr(lexicon_files, "DATA", copy)
    first = lexicon_files.fingerprint()
    assert lexicon_files.fingerprint() == first
    meta = copy / "lm" / "meta.json"
    meta.write_bytes(meta.read_bytes() + b" ")
    assert lexicon_files.fingerprint() != first


def test_fingerprint_changes_with_the_user_lexicon(tmp_path, monkeypatch):
    user = tmp_path / "user.tsv.gz"
    monkeypatch.setenv(lexicon_files.USER_LEXICON_ENV, str(user))
    without = lexicon_files.fingerprint()
    assert lexicon_files.user_lexicon_path() is None
    user.write_bytes(b"learned")
    assert lexicon_files.user_lexicon_path() == user
    assert lexicon_files.fingerprint() != without


def test_repair_cache_key_data_is_found_without_importing_repair():
    code = ("import sys\n"
            "from magpipe.batch import registry\n"
            "from magpipe.config import RepairOptions\n"
            "print(registry._lexicon(RepairOptions()))\n"
            "print(sorted(m for m in sys.modules if m.startswith('magpipe.repair')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == [lexicon.fingerprint(), "[]"]


def test_a_run_without_repair_has_no_lexicon_in_its_key():
    from magpipe.batch import registry
    assert registry._lexicon(RepairOptions(repair=False)) == ""
