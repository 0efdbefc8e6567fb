"""langdetect's profiles kept as one table (split.langprofiles) detect as its own lists do."""

from __future__ import annotations

import json

import pytest
from langdetect.detector_factory import DetectorFactory
from magpipe.split.langprofiles import CompactProfiles

# Two small profiles in langdetect's JSON form (counts of 1- to 3-grams and their totals).
PROFILES = [
    json.dumps({"name": "vi", "n_words": [40, 30, 20],
                "freq": {"ư": 9, "ơ": 7, "n": 8, "g": 6, "ng": 9, "ươ": 5, "ướn": 3, "h": 4,
                         "nh": 6, "a": 5, "ang": 4}}),
    json.dumps({"name": "en", "n_words": [50, 35, 25],
                "freq": {"t": 12, "h": 9, "e": 14, "th": 10, "he": 8, "the": 7, "a": 6,
                         "n": 5, "an": 4, "and": 3, "ng": 1}}),
]
TEXTS = ["the heathen and the hen", "những người nhà ương ngạnh", "nhang than", "xyz"]


def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_json_profile(PROFILES)
    factory.set_seed(0)
    return factory


def _probabilities(factory: DetectorFactory, text: str) -> list[tuple[str, float]] | str:
    detector = factory.create()
    detector.append(text)
    try:
        return [(found.lang, found.prob) for found in detector.get_probabilities()]
    except Exception as exc:  # noqa: BLE001 - both forms must fail alike too
        return type(exc).__name__


def test_compact_rows_are_the_factory_lists():
    factory = _factory()
    compact = CompactProfiles.of(factory.langlist, factory.word_lang_prob_map)
    assert compact.langlist == factory.langlist
    assert set(compact.rows) == set(factory.word_lang_prob_map)
    for ngram, probabilities in factory.word_lang_prob_map.items():
        assert compact.rows[ngram] == probabilities
    assert "zz" not in compact.rows


@pytest.mark.parametrize("text", TEXTS)
def test_compact_profiles_detect_the_same_to_the_last_bit(text):
    plain = _factory()
    compact = CompactProfiles.of(plain.langlist, plain.word_lang_prob_map)
    table = _factory()
    table.langlist = compact.langlist
    table.word_lang_prob_map = compact.rows
    assert _probabilities(table, text) == _probabilities(plain, text)
