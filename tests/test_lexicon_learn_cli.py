"""``magpipe lexicon learn`` reads PDFs through the extract stage, so a legacy-encoded text
layer (TCVN3) is learned as the Vietnamese it encodes, never as its byte garbage."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES
from magpipe.cli import app
from magpipe.repair.lexicon import store
from magpipe.text.vietnamese import is_valid_syllable
from typer.testing import CliRunner

runner = CliRunner()


def _learn(tmp_path: Path, *paths: Path) -> dict[str, int]:
    out = tmp_path / "user.tsv.gz"
    result = runner.invoke(app, ["lexicon", "learn", *map(str, paths), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return dict(store.read_user(out).unigrams)


def test_a_tcvn3_pdf_is_learned_as_decoded_vietnamese(tmp_path: Path):
    learned = _learn(tmp_path, FIXTURES / "legacy-tcvn3.pdf")
    assert "hội" in learned and "héi" not in learned       # TCVN3 bytes for "hội" read raw
    assert len(learned) > 60
    assert all(is_valid_syllable(s) for s in learned)


def test_clean_pdfs_and_text_files_are_learned_together(tmp_path: Path):
    note = tmp_path / "note.txt"
    note.write_text("Cành cây ngoẹo sang bên\n", encoding="utf-8")
    learned = _learn(tmp_path, FIXTURES / "bulletin-digital.pdf", note)
    assert "ngoẹo" in learned and len(learned) > 300


def test_a_scanned_pdf_has_nothing_to_learn_from(tmp_path: Path):
    result = runner.invoke(app, ["lexicon", "learn", str(FIXTURES / "bulletin-scanned.pdf"),
                                 "-o", str(tmp_path / "user.tsv.gz")])
    assert result.exit_code == 1
    assert "no sound text layer" in result.output
