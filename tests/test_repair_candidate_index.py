"""The candidate index gives exactly what the candidate search gives, and the decoder's
shortcuts (index, memos, pruned Viterbi) do not change a decision."""

from __future__ import annotations

import pickle
import random

import pytest
from magpipe.repair import candidate_index, lexicon
from magpipe.repair.candidate_index import CandidateIndex, index_for, pack, unpack
from magpipe.repair.candidates import CandidateFinder, search_tables
from magpipe.repair.decoder import Decoder
from magpipe.repair.lexicon import store
from magpipe.repair.lexicon.model import CLEAN, DAMAGED, MODES

REBUILD = "stale: run tools/build_candidate_index.py"


@pytest.fixture
def model() -> lexicon.Model:
    return lexicon.load()


@pytest.fixture
def index(model: lexicon.Model) -> CandidateIndex:
    found = index_for(model)
    assert found is not None, REBUILD
    return found


@pytest.fixture
def searcher(model: lexicon.Model) -> CandidateFinder:
    return CandidateFinder(model)                 # no index: every word is searched


def test_shipped_index_was_built_for_the_shipped_lexicon(model, index) -> None:
    assert index.signature == candidate_index.signature(model), REBUILD
    for mode in MODES:                          # every key it was meant to answer is there
        assert candidate_index.index_keys(model, mode) <= set(index.entries[mode]), REBUILD


def test_index_answers_equal_the_search_on_a_sample(index, searcher) -> None:
    rng = random.Random(4)
    for mode in MODES:
        keys = sorted(index.entries[mode])
        for key in rng.sample(keys, 300) + ["Quéc", "nudc", "cdng", "tiép", "Viét", "QUOC"]:
            if key in index.entries[mode]:
                assert index.get(key, mode) == searcher.search(key, mode), (key, mode)


def test_covered_english_words_without_an_entry_have_no_candidates(index, searcher) -> None:
    checked = 0
    for word in ("between", "ceremony", "embassy", "visited", "festival", "general"):
        for key in candidate_index.casings(word):
            if key not in index.entries[DAMAGED]:
                assert index.get(key, DAMAGED) == () == searcher.search(key, DAMAGED), key
                checked += 1
    assert checked >= 6


def test_a_word_outside_the_index_is_searched(model, index, searcher) -> None:
    finder = CandidateFinder(model, index)
    for core in ("nifdc", "quoéc", "Daejin"):      # unlikely renderings and a foreign name
        assert index.get(core, DAMAGED) is None
        before = finder.searches
        assert finder.candidates(core, DAMAGED) == searcher.search(core, DAMAGED)
        assert finder.searches == before + 1
    assert finder.candidates("nifdc", DAMAGED)[0][0] == "nước"
    before = finder.searches
    assert finder.candidates("Quéc", DAMAGED)[0][0] == "quốc"      # from the index
    assert finder.searches == before


def test_case_does_not_change_the_answer(index, searcher) -> None:
    for core, same in (("QUéC", "QUÉC"), ("nUdc", "nudc"), ("TRi", "TRI")):
        assert searcher.search(core, DAMAGED) == searcher.search(same, DAMAGED)


def test_packing_keeps_floats_exact() -> None:
    found = (("quốc", -1.2345678901234567, False), ("quắc", -7.0, True), ("cuộc", -0.1, False))
    assert unpack(pack(found)) == found
    assert unpack(pack(())) == ()


def test_index_file_round_trip(index) -> None:
    text = "\n".join(index.lines())
    again = CandidateIndex.from_text(text)
    assert again == index
    assert store.read_candidate_index() == text


def test_another_model_gets_no_index(tmp_path) -> None:
    out = tmp_path / "user.tsv.gz"
    lexicon.learn(["Cành cây ngoẹo sang bên."] * 3, out=out)
    assert index_for(lexicon.load(out)) is None      # answers would differ: search instead


def test_bigrams_are_log_probabilities(model) -> None:
    """The Viterbi skips a bigram when even a log-probability of 0 could not win."""
    rng = random.Random(1)
    syllables = [s for s in model.unigram if not s.startswith("<")]
    pairs = rng.sample(sorted(model.pair_count), 500)
    pairs += [(rng.choice(syllables), rng.choice(syllables)) for _ in range(500)]
    assert all(model.bigram(a, b) <= 0.0 for a, b in pairs)
    assert all(model.bigram(None, s) <= 0.0 for s in syllables[:500])


LINES = [
    "Phé Chu tich UBND tinh Lang Son Nguyén Van Quéc tiép Pai sir Han Quéc",
    "hgp tac hitu nghi gitta hai nudc trong nim 2025 / The Vice Chairman of the",
    "Ong Hoang Van Nam, Gidm déc S6 Ngoai vu, cho biét: ciing ngay 19/12/2025",
    "LICH SU QUAN HE VIET NAM - TRUNG QUOC",
    "of the Province met Mr. Tran Son and Ms. Le Thi Hoa in Lang Son",
]


@pytest.mark.parametrize("mode", [DAMAGED, CLEAN])
def test_decoder_with_index_decides_as_without(model, mode) -> None:
    fast, slow = Decoder(model), Decoder(model)
    slow.finder.index = None
    for number, line in enumerate(LINES):
        context = LINES[number - 1].split() if number else []
        assert fast.decode(line.split(), mode, context) == slow.decode(line.split(), mode,
                                                                         context)
    assert fast.finder.searches < slow.finder.searches


def test_a_new_finder_over_the_same_model_reuses_the_tries_moves(model) -> None:
    # the trie's move tables are the model's, not one decoder's: a fresh decoder (empty
    # caches of word options, as the benches time it) does not build them again
    first = CandidateFinder(model)
    found = first.search("quoéc", DAMAGED)
    tables = search_tables(model)
    built = (len(tables.moves), len(tables.kids))
    assert built[0] > 0
    second = CandidateFinder(model)
    assert second.search("quoéc", DAMAGED) == found
    assert (len(tables.moves), len(tables.kids)) == built


def test_a_pickled_finder_searches_as_the_original_and_starts_its_tables_anew(model) -> None:
    # the move tables are keyed by the trie's nodes' ids, which a copy does not keep
    finder = CandidateFinder(model)
    words = ("quoéc", "nifdc", "TICHCUC", "cuodng")
    found = [finder.search(core, DAMAGED) for core in words]
    copy = pickle.loads(pickle.dumps(finder))
    assert not copy._tables.moves and not copy._tables.kids
    assert [copy.search(core, DAMAGED) for core in words] == found
