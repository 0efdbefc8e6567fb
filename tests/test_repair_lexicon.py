"""The repair lexicon: shipped data, loading once, learning a user lexicon."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from magpipe.errors import InputError, UsageError
from magpipe.repair import lexicon, repair_text
from magpipe.repair.lexicon import sample_split, store
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.lexicon.text_stats import stats_of

ROOT = Path(__file__).resolve().parents[1]


def test_lexicon_is_loaded_once_and_knows_common_syllables() -> None:
    model = lexicon.load()
    assert lexicon.load() is model
    for syllable in ("của", "nước", "quốc", "tỉnh", "đoàn", "hữu", "nghị"):
        assert syllable in model.unigram
    assert model.uni("của") > model.uni("cửa")
    assert model.bigram("trung", "quốc") > model.bigram("trung", "cuộc")


def test_confusion_table_holds_learned_english_ocr_confusions() -> None:
    damaged = lexicon.load().channels[DAMAGED]
    for true_char, ocr_piece in (("ộ", "6"), ("ữ", "it"), ("ư", "u"), ("ợ", "g"), ("đ", "d")):
        assert damaged[true_char][ocr_piece] > -6.0, (true_char, ocr_piece)
    clean = lexicon.load().channels[CLEAN]
    assert clean["ố"]["ố"] > -0.05 and clean["ố"].get("6") is None


def test_clean_channel_holds_shape_mark_slips_of_vietnamese_ocr() -> None:
    """The same letter and tone with another shape mark: about as rare as a tone slip,
    far rarer than the letter itself; never another letter."""
    clean = lexicon.load().channels[CLEAN]
    for true_char, seen in (("ứ", "ú"), ("ự", "ụ"), ("ờ", "ò"), ("Ự", "Ụ"), ("á", "ắ"),
                            ("d", "đ")):
        assert -8.0 < clean[true_char][seen] < -6.0, (true_char, seen)
    assert clean["ứ"].get("ụ") is None and clean["ứ"].get("í") is None


def test_shipped_data_is_small() -> None:
    size = sum(p.stat().st_size for p in store.DATA.iterdir())
    assert size < 4_000_000


@pytest.mark.skipif(not (sample_split.samples_dir() / sample_split.SAMPLE_NAME).exists(),
                    reason="shared sample not present")
def test_shipped_domain_counts_come_from_the_learning_part_only() -> None:
    learning = stats_of(["\n".join(sample_split.learning_lines(sample_split.read_sample()))])
    shipped = {r.syllable: r.domain_count for r in store.read_syllables() if r.domain_count}
    assert shipped == dict(learning.unigrams)
    pairs = {(p.first, p.second): p.domain_count for p in store.read_pairs() if p.domain_count}
    assert pairs == {k: float(v) for k, v in learning.bigrams.items()}


def test_learn_writes_a_user_lexicon_that_load_uses(tmp_path: Path) -> None:
    out = tmp_path / "user.tsv.gz"
    text = "Cành cây ngoẹo sang bên. Cành cây ngoẹo sang bên."
    summary = lexicon.learn([text], out=out)
    assert summary.new_syllables == 1 and summary.sources == 1
    assert "ngoẹo" not in lexicon.load().unigram
    model = lexicon.load(out)
    assert "ngoẹo" in model.unigram
    assert model.pair_count[("cây", "ngoẹo")] >= 2
    again = lexicon.learn([text], out=out)          # learning again extends the counts
    assert lexicon.load(out).pair_count[("cây", "ngoẹo")] >= 4
    assert again.syllables == summary.syllables


def test_learn_reads_text_files_and_leaves_pdfs_to_the_extract_stage(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Hội nghị hợp tác hữu nghị\n", encoding="utf-8")
    summary = lexicon.learn([note], out=tmp_path / "user.tsv.gz")
    assert summary.sources == 1 and summary.syllables == 5
    with pytest.raises(InputError, match="extract stage"):
        lexicon.learn([ROOT / "fixtures" / "bulletin-digital.pdf"], out=tmp_path / "b.tsv.gz")


def test_user_lexicon_teaches_repair_a_new_syllable(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "user.tsv.gz"
    lexicon.learn(["Cành cây ngoẹo sang bên."] * 3, out=out)
    monkeypatch.setenv(lexicon.USER_LEXICON_ENV, str(out))
    from magpipe import repair
    repair._decoder_for.cache_clear()
    try:
        fixed, _ = repair_text("Canh cay ngoeo sang ben", "damaged")
    finally:
        repair._decoder_for.cache_clear()
    assert fixed == "Cành cây ngoẹo sang bên"


def test_a_damaged_user_lexicon_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(gzip.compress(b"not a lexicon\n"))
    with pytest.raises(UsageError, match="lexicon learn"):
        lexicon.load(bad)


def test_fingerprint_changes_with_the_user_lexicon(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "user.tsv.gz"
    monkeypatch.setenv(lexicon.USER_LEXICON_ENV, str(out))
    lexicon.learn(["Cành cây ngoẹo sang bên."], out=out)
    first = lexicon.fingerprint()
    lexicon.learn(["Hội nghị hợp tác hữu nghị."], out=out)
    assert lexicon.fingerprint() != first


def test_a_user_lexicon_not_written_yet_means_the_shipped_data(tmp_path: Path,
                                                               monkeypatch) -> None:
    monkeypatch.setenv(lexicon.USER_LEXICON_ENV, str(tmp_path / "none.tsv.gz"))
    assert lexicon.user_lexicon_path() is None
    assert lexicon.load() is lexicon.load(None)
