"""The syllable trigram model: Kneser-Ney estimates, storage, the shipped model."""

from __future__ import annotations

import math
import pickle
import threading

import numpy as np
import pytest
from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.config import Config
from magpipe.repair import lexicon, lm, repair, repair_text
from magpipe.repair.decoder import Decoder
from magpipe.repair.lexicon import kneser_ney
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.text.vietnamese import strip_diacritics

VOCAB = 12


def _toy(tmp_path, tri_min: int) -> lm.LanguageModel:
    rng = np.random.default_rng(0)
    flat = rng.integers(3, VOCAB, size=20_000)
    flat[rng.random(len(flat)) < 0.1] = lm.BOS
    flat[0] = lm.BOS
    est = kneser_ney.estimate(kneser_ney.count(flat, lm.BOS), VOCAB, lm.BOS, tri_min, 1)
    lm.write(tmp_path, [f"w{i}" for i in range(VOCAB)], est, {"toy": True}, {})
    return lm.LanguageModel(tmp_path)


@pytest.mark.parametrize("tri_min", [1, 40])
def test_every_history_is_a_distribution_even_after_pruning(tmp_path, tri_min) -> None:
    model = _toy(tmp_path, tri_min)
    for h2, h1 in [(lm.BOS, lm.BOS), (3, 4), (5, 5), (lm.BOS, 7), (11, 3)]:
        total = sum(math.exp(model.logp(h2, h1, w)) for w in range(3, VOCAB))
        assert total == pytest.approx(1.0, abs=0.01)


def test_a_pickled_model_maps_its_stored_arrays_again_and_answers_alike(tmp_path) -> None:
    model = _toy(tmp_path, 1)
    data = pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL)
    state = model.__getstate__()
    assert all(state[attribute] is None for attribute in lm.MAPPED)   # no copy pickled
    back = pickle.loads(data)
    for attribute in lm.MAPPED:
        array = getattr(back, attribute)
        assert isinstance(array.base, np.memmap)
        assert np.array_equal(array, getattr(model, attribute))
    h = np.random.default_rng(1).integers(0, VOCAB, size=(3, 500))
    assert np.array_equal(back.logp_many(*h), model.logp_many(*h))


def test_discounts_follow_the_counts_of_counts() -> None:
    counts = np.array([1] * 60 + [2] * 20 + [3] * 10 + [4] * 5)
    d1, d2, d3 = kneser_ney.discounts(counts)
    assert 0 < d1 < d2 < d3 < 3


def test_merge_weights_each_source() -> None:
    a = kneser_ney.count(np.array([0, 3, 4, 5, 0, 3, 4]), 0)
    merged = kneser_ney.merge([(a, 2), (a, 1)])
    assert merged.bi_counts.tolist() == [3 * n for n in a.bi_counts.tolist()]


shipped = pytest.mark.skipif(lm.load() is None, reason="no language model built")


@shipped
def test_the_shipped_model_knows_common_phrases_and_either_tone_placement() -> None:
    model = lm.load()
    ids = model.id_of
    assert ids("hoà") == ids("hòa") != lm.UNK
    good = model.logp(ids("chúng"), ids("tôi"), ids("đã"))
    bad = model.logp(ids("chúng"), ids("tôi"), ids("đá"))
    assert good > bad + 3


@shipped
def test_the_shipped_model_tells_a_held_pair_from_a_broken_one() -> None:
    model = lm.load()
    assert model.has_pair("đồng", "chí") and model.has_pair("chung", "tay")
    assert not model.has_pair("đổng", "chí") and not model.has_pair("trí", "dung")
    assert not model.has_pair("đồng", "qqqzz")          # an unknown syllable holds no pair


@shipped
def test_the_trigram_model_restores_a_news_sentence_the_bigram_gets_wrong() -> None:
    truth = ("Nơi lưu trú đêm đầu tiên của chúng tôi là khách sạn ngàn sao với tất cả "
             "dịch vụ phải tự lo")
    words = strip_diacritics(truth).split()
    model = lexicon.load()
    for decoder, right in ((Decoder(model, None), False), (Decoder(model, lm.load()), True)):
        out = list(words)
        for d in decoder.decode(words, DAMAGED):
            out[d.index] = d.after
        assert (" ".join(out) == truth) is right


def _page(number: int, lines: list[str], damaged: bool) -> Page:
    words = tuple(Word(text, (10.0 * i, 20.0 * n, 10.0 * i + 8, 20.0 * n + 10), 10.0, line=n)
                  for n, line in enumerate(lines) for i, text in enumerate(line.split()))
    source = PageSource.DAMAGED_TEXT if damaged else PageSource.TEXT_LAYER
    return Page(number, 500.0, 700.0, source, "test", words, needs_repair=damaged)


def _document(name: str) -> ExtractArtifact:
    """A sound page that names a photographer twice, and a damaged caption by them (the
    name without its marks)."""
    sound = _page(1, [f"Ảnh: {name}", "Đoàn công tác", f"Ảnh: {name}"], False)
    pages = (sound, _page(2, [f"Anh: {strip_diacritics(name)}"], True))
    return ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, 2), pages)


def test_documents_repaired_at_once_in_threads_keep_their_own_evidence() -> None:
    """One decoder, no lock: each document's evidence is its own value."""
    # both syllables marked, so the sound page is evidence for each (an unmarked one is
    # none: after the made-up ``VỤ``, ``GIANG`` against ``GIẢNG`` is the general model's
    # close call)
    names = ["VŨ HƯƠNG", "VỤ HƯƠNG"]
    results: dict[int, list[str]] = {0: [], 1: []}

    def work(k: int) -> None:
        for _ in range(30):
            results[k].append(repair(_document(names[k]), Config()).pages[1].text())

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == ["Ảnh: VŨ HƯƠNG"] * 30
    assert results[1] == ["Ảnh: VỤ HƯƠNG"] * 30


def test_a_damaged_page_takes_the_tone_placement_its_document_writes() -> None:
    for spelling in ("hòa", "hoà"):
        sound = _page(1, [f"vì {spelling} bình và hữu nghị", f"{spelling} bình"], False)
        damaged = _page(2, ["vi hoa binh va huu nghi"], True)
        document = ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, 2), (sound, damaged))
        assert repair(document, Config()).pages[1].text() == f"vì {spelling} bình và hữu nghị"


def test_about_one_news_document_in_a_hundred_is_held_out_for_each_of_tune_and_test() -> None:
    from tools.lm_corpus import COUNT, HELD_OUT_SOURCE, TEST, TUNE, split_of
    splits = [split_of(HELD_OUT_SOURCE, f"### Test_Full/doc ({n}).txt") for n in range(20_000)]
    assert 0.005 < splits.count(TUNE) / len(splits) < 0.015
    assert 0.005 < splits.count(TEST) / len(splits) < 0.015
    assert split_of("viwiki.txt.gz", "### anything") == COUNT
    assert splits == [split_of(HELD_OUT_SOURCE, f"### Test_Full/doc ({n}).txt")
                      for n in range(20_000)]


@shipped
def test_the_shipped_model_says_how_it_was_built() -> None:
    from tools import build_lm
    meta = lm.load().meta
    assert meta["tri_min"] == build_lm.TRI_MIN and meta["bi_min"] == build_lm.BI_MIN
    assert meta["weights"] == {**build_lm.LM_WEIGHTS,
                               "sample learning lines": build_lm.SAMPLE_WEIGHT}
    assert sum(p.stat().st_size for p in lm.LM_DIR.iterdir()) < 40e6
    assert max(p.stat().st_size for p in lm.LM_DIR.iterdir()) < 20e6


# written for this test: stripped news whose `tổ phó` and `hôi hám` the model counted from
# news weighted twice (trigrams kept from a weighted count of 3) read as `tô phở`, `hơi`
PHRASES = ("Sáng nay, ông Lê Văn Hùng, Phó chủ tịch UBND huyện cho biết huyện đã họp với hơn "
           "300 tổ trưởng, tổ phó ấp, khu phố để bàn cách giảm ô nhiễm. Nước thải đen kịt, "
           "hôi hám bao vây nhà dân suốt mùa mưa, nước đọng còn tràn cả vào nhà.")


@shipped
def test_stripped_news_reads_phrases_of_the_pooled_model() -> None:
    """The model counted from news weighted twice read ``tổ phó`` as ``tô phở``. Which of
    ``tổ phó ấp,`` / ``tổ phố ấp,`` / ``tổ phó áp,`` wins, and ``hôi hám`` against ``hơi
    hám`` (0.4 nats apart), are close calls that each rebuild of the model may flip, and
    so is ``UBND huyện cho biết`` against ``huyền cho biết`` (the corpora, case folded,
    hold ``Thu Huyền cho biết``) since the bulletin's unigram no longer props up its
    frequent ``huyện`` (``scoring.DOMAIN_UNIGRAM``): the phrase is held to at most three
    wrong words of 33 and never ``tô phở``."""
    words = repair_text(strip_diacritics(PHRASES), DAMAGED)[0].split()
    truth = PHRASES.split()
    at = words.index("trưởng,")
    assert words[at - 1:at + 2] == ["tổ", "trưởng,", "tổ"]
    assert words[at + 2] in ("phó", "phố")
    assert sum(a != b for a, b in zip(words, truth, strict=True)) <= 3

