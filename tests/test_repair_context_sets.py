"""The confusion sets' classifier (``magpipe.repair.context_sets``) and its use in the decoder."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
import pytest
from magpipe.repair import context_sets, lexicon, lm
from magpipe.repair.context_sets import LAYOUTS, PAD, WINDOW, add_terms, features, token_sequence
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.lexicon.model import DAMAGED
from magpipe.repair.words import split_token
from magpipe.text.vietnamese import strip_diacritics

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.build_context_sets import MIN_COUNT, confusion_sets  # noqa: E402

shipped = pytest.mark.skipif(lm.load() is None or context_sets.load() is None,
                             reason="no language model or confusion sets built")

# written for this test (not from the corpora): "năm trăm" is what the words around say,
# the trigram model alone reads "nam trầm"
GIFTS = ("Ban tổ chức đã trao tặng hơn năm trăm suất quà cho các gia đình nghèo trong xã, "
         "mỗi suất gồm gạo, mì và tiền mặt. Ông chủ tịch xã cho biết số quà này do các "
         "doanh nghiệp trong tỉnh đóng góp, và sẽ được tiếp tục trao tặng vào dịp Tết sắp "
         "tới cho những người già neo đơn.")


def read(decoder: Decoder, text: str) -> list[str]:
    out = text.split()
    for d in decoder.decode(text.split(), DAMAGED):
        out[d.index] = d.after
    return out


@shipped
def test_the_words_around_settle_a_near_tie_the_trigram_model_misreads() -> None:
    model, trigram = lexicon.load(), lm.load()
    stripped = strip_diacritics(GIFTS)
    truth = GIFTS.split()
    with_sets = read(Decoder(model, trigram), stripped)
    without = read(Decoder(model, trigram, context_weight=0.0), stripped)
    for k in (truth.index("năm"), truth.index("trăm")):
        assert with_sets[k] == truth[k]
        assert without[k] != truth[k]


@shipped
def test_text_with_its_marks_is_read_as_without_the_sets() -> None:
    """The classifier reads stripped text only: sound text decodes the same without it."""
    model, trigram = lexicon.load(), lm.load()
    words = GIFTS.split()
    assert (Decoder(model, trigram).decode(words, DAMAGED)
            == Decoder(model, trigram, context_weight=0.0).decode(words, DAMAGED))


def gift_targets() -> tuple[context_sets.ContextSets, list[tuple[str, str, str]], list]:
    """(the shipped sets, the parts of ``GIFTS`` stripped, its words the sets read with their
    member options: ``ContextSets.terms``'s targets)."""
    sets = context_sets.load()
    parts = [split_token(w) for w in strip_diacritics(GIFTS).split()]
    decoder = Decoder(lexicon.load(), lm.load())
    _parts, slots, _priors = decoder._line_slots([p[1] for p in parts], DAMAGED, (), False,
                                                 bare=True)
    targets = [(i, found) for i, slot in enumerate(slots) if slot is not None
               and (found := sets.options_of(parts[i][1], slot.syllables)) is not None]
    return sets, parts, targets


@shipped
def test_the_best_member_keeps_its_score_and_the_others_lose() -> None:
    sets, parts, targets = gift_targets()
    assert len(targets) >= 10
    owner, _option, term = sets.terms(parts, [i == 0 for i in range(len(parts))], targets)
    for k in range(len(targets)):
        assert term[owner == k].max() == 0.0
        assert (term[owner == k] < 0).sum() == (owner == k).sum() - 1


def test_a_paragraph_start_hides_the_words_before_it() -> None:
    """The features of a paragraph's words are those of the paragraph alone: no word of the
    paragraph before is read, however close."""
    first = [split_token(w) for w in "hom nay troi mua to".split()]
    second = [split_token(w) for w in "nhung nguoi dan van di lam".split()]
    known: dict[str, int] = {}
    seq, where = token_sequence(first + second, [True] + [False] * 4 + [True] + [False] * 5,
                                known)
    alone, alone_where = token_sequence(second, [True] + [False] * 5, known)
    layout = LAYOUTS["all"]
    np.testing.assert_array_equal(features(seq, where[5:], layout),
                                  features(alone, alone_where, layout))
    assert (seq[where[5] - WINDOW:where[5]] == PAD).all()


def test_punctuation_is_a_word_of_the_context() -> None:
    known: dict[str, int] = {}
    plain, at = token_sequence([split_token(w) for w in "anh ay noi di".split()],
                               [True, False, False, False], known)
    comma, at_comma = token_sequence([split_token(w) for w in "anh ay, noi di".split()],
                                     [True, False, False, False], known)
    assert len(comma) == len(plain) + 1
    layout = LAYOUTS["all"]
    assert not np.array_equal(features(plain, at[2:3], layout),
                              features(comma, at_comma[2:3], layout))


@shipped
def test_a_share_of_the_members_own_odds_is_taken_off_their_scores() -> None:
    """``terms`` with ``prior_share`` s: each member's log-odds are those without it, less s
    times its log share of its set's sightings, measured again from the best member."""
    sets, parts, targets = gift_targets()
    starts = [i == 0 for i in range(len(parts))]
    owner, option, plain = sets.terms(parts, starts, targets, 0.0)
    owner_s, option_s, shared = sets.terms(parts, starts, targets, 0.5)
    assert np.array_equal(owner, owner_s) and np.array_equal(option, option_s)
    share = np.array([p for _i, opts in targets for _k, _h, p in opts])
    assert (share < 0).all()
    moved = False
    for k in range(len(targets)):
        rows = owner == k
        shifted = plain[rows] - 0.5 * share[rows]
        np.testing.assert_allclose(shared[rows], shifted - shifted.max(), atol=1e-9)
        moved = moved or not np.allclose(shared[rows], plain[rows])
    assert moved


@shipped
def test_the_term_is_added_to_every_score_of_its_option_and_no_other() -> None:
    """``add_terms`` over a run with stored histories: each dense step of a word changes by
    the word's term in its option's column, after every (k2, k1); other words not at all."""
    decoder = Decoder(lexicon.load(), lm.load())
    words = strip_diacritics("các em học sinh đã được nghỉ học hai ngày vì trời mưa").split()
    parts, slots, priors = decoder._line_slots(words, DAMAGED, (), False)
    run = [s for s in slots if s is not None]
    assert len(run) == len(words)
    starts = [k == 0 for k in range(len(run))]
    breaks = [bool(p[2]) for p in parts]

    def plain():
        return decoder.lattice.scores(run, priors, starts, breaks, Evidence.none())

    before, after = plain(), plain()
    assert len(after.hist_keys) > 0
    chosen = np.array([2, 4, 6], dtype=np.int64)
    option = np.array([1, 2, 1], dtype=np.int64)
    term = np.array([-0.5, -1.0, -0.25])
    n, d1, pair_at = after.arrays
    add_terms(after.pairs, after.rows, pair_at, n, d1, np.asarray(after.hist_at),
              np.asarray(after.row_at), chosen, option, term)
    for u in range(len(run)):
        diff = after.step(u) - before.step(u)
        expected = np.zeros_like(diff)
        for w, i, t in zip(chosen, option, term, strict=True):
            if w == u:
                expected[..., i] = t
        np.testing.assert_allclose(diff, expected, atol=1e-12)


@shipped
def test_a_pickled_classifier_maps_its_weights_again() -> None:
    sets = context_sets.load()
    copy = pickle.loads(pickle.dumps(sets))
    assert len(pickle.dumps(sets)) < sets.weights.nbytes // 10
    assert isinstance(copy.weights, np.ndarray) and copy.weights.shape == sets.weights.shape
    np.testing.assert_array_equal(copy.weights[:1000], sets.weights[:1000])


def test_a_set_keeps_the_members_read_often_enough() -> None:
    names = ["những", "nhưng", "nhung", "nhúng", "ma", "mà"]
    counts = [5000, 4000, MIN_COUNT, MIN_COUNT - 1, 30, 0]
    labels = np.repeat(np.arange(len(names)), counts).astype(np.int32)
    sets = confusion_sets(names, labels)
    assert sets == {"nhung": {"những": 5000, "nhưng": 4000, "nhung": MIN_COUNT}}


def test_a_sentence_opens_after_a_stop_a_colon_or_a_paragraph_start() -> None:
    opens = context_sets.opens_sentence
    assert opens(None)
    assert opens("biết.") and opens("sao?") and opens("rằng:") and opens("vậy…")
    assert opens("biết.”") and opens("(xem trên).")
    assert not opens("tôi") and not opens("ông,") and not opens("T.Ư")


@shipped
def test_a_capitalised_word_is_read_by_the_sets_where_it_opens_a_sentence() -> None:
    """Its members and features are read in lower case; inside a sentence a capital marks a
    name, which the sets leave to the language model, and a word in capitals is not read."""
    sets = context_sets.read()
    assert sets is not None and "nhung" in sets.sets
    syllables = ("Nhung", "Nhưng", "Những")
    found = sets.options_of("Nhung", syllables, opens=True)
    assert found is not None and [k for k, _h, _p in found] == [1, 2]
    assert [h for _k, h, _p in found] == [context_sets.member_hash(s) for s in syllables[1:]]
    assert sets.options_of("Nhung", syllables, opens=False) is None
    assert sets.options_of("NHUNG", ("NHUNG", "NHƯNG", "NHỮNG"), opens=True) is None
    lower = sets.options_of("nhung", ("nhung", "nhưng", "những"))
    assert lower is not None and [k for k, _h, _p in lower] == [1, 2]


def test_a_sentence_end_is_a_token_apart_from_a_comma_in_the_stops_layout() -> None:
    known: dict[str, int] = {}
    stop, at_stop = token_sequence([split_token(w) for w in "anh ay. Noi di".split()],
                                   [True, False, False, False], known, stops=True)
    comma, at_comma = token_sequence([split_token(w) for w in "anh ay, noi di".split()],
                                     [True, False, False, False], known, stops=True)
    assert stop[at_stop[1] + 1] == context_sets.STOP
    assert comma[at_comma[1] + 1] == context_sets.PUNCT
    # the capital is not read: only the mark after "ay" tells the two apart
    assert stop[at_stop[2]] == comma[at_comma[2]]
    layout = LAYOUTS["stops"]
    assert layout.stops and not LAYOUTS["all"].stops
    assert not np.array_equal(features(stop, at_stop[2:3], layout),
                              features(comma, at_comma[2:3], layout))
    plain, at_plain = token_sequence([split_token(w) for w in "anh ay. Noi di".split()],
                                     [True, False, False, False], known)
    assert plain[at_plain[1] + 1] == context_sets.PUNCT
