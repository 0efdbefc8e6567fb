"""The align stage on its saved input (tests/data/split-digital.json, the digital fixture's
truth blocks) against the fixture truth, and its records against the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import SAVED, load_truth
from magpipe.align import align
from magpipe.artifacts import AlignArtifact, SplitArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "pipeline" / "schema" /
                     "article.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def aligned() -> AlignArtifact:
    return align(SplitArtifact.load(SAVED / "split-digital.json"), Config())


def test_every_truth_article_is_paired_with_its_twin(aligned):
    s = score(aligned, load_truth("bulletin-digital.pdf"))
    assert s.paired_right == s.articles == 4
    assert len(aligned.articles) == 4 and all(a.paired for a in aligned.articles)


def test_paragraph_links_and_captions_match_the_truth(aligned):
    truth = load_truth("bulletin-digital.pdf")
    s = score(aligned, truth)
    assert s.f1 >= 0.95
    assert s.captions_right == s.captions


def test_article_keeps_section_byline_intro_and_pages(aligned):
    truth = load_truth("bulletin-digital.pdf")
    for t, a in zip(truth["articles"], aligned.articles, strict=True):
        assert (a.section.vi, a.section.en) == (t["section"]["vi"], t["section"]["en"])
        assert (a.byline.vi, a.byline.en) == (t["byline"]["vi"], t["byline"]["en"])
        assert list(a.pages) == t["pages"]
        if t.get("intro"):
            assert (a.intro.vi, a.intro.en) == (t["intro"]["vi"], t["intro"]["en"])


def test_every_piece_of_text_has_page_and_box(aligned):
    for a in aligned.articles:
        assert a.title_from and a.section_from and a.byline_from
        for p in a.paragraphs:
            assert bool(p.vi) == bool(p.vi_from) and bool(p.en) == bool(p.en_from)
        for c in a.captions:
            assert c.sources and all(s.page == c.page for s in c.sources)
            assert c.box[0] < c.box[2] and c.box[1] < c.box[3]


def test_records_validate_against_the_schema(aligned):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for a in aligned.articles:
        record = json.loads(a.to_record())
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, errors[0].message


def test_schema_refuses_a_record_without_provenance(aligned):
    record = json.loads(aligned.articles[0].to_record())
    del record["paragraphs"][0]["vi_from"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)
    record = json.loads(aligned.articles[0].to_record())
    record["paragraphs"][0]["confidence"] = 1.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)


def test_align_artifact_round_trips_through_json(aligned):
    assert AlignArtifact.from_json(aligned.to_json()) == aligned
