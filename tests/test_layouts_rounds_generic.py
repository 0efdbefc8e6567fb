"""The checks every round of generated layout families shares, run for each line of the rounds'
table (``generated_rounds.ROUNDS``; the test ids name the round): the generator is
deterministic, its truth agrees with the text the PDFs carry, every truth paragraph, title and
caption is printed, the scanned copies carry no text, it works with DejaVu alone, and the
layout bench counts the round's families as development families.

Each round's own module (``tests/test_layouts_<name>.py``) checks its families' defining
features on the same documents (``generated_rounds.round_fixtures``). Each run of the generator
is a child process of its own (``layout_generated.generate``), the way the bench starts it.
"""

from __future__ import annotations

from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pytest


@pytest.fixture(scope="module", params=rounds.ROUNDS, ids=lambda spec: spec.name)
def spec(request) -> rounds.Round:
    return request.param


@pytest.fixture(scope="module")
def docs(spec, tmp_path_factory) -> list[Path]:
    return rounds.docs_of(spec, tmp_path_factory)


@pytest.fixture(scope="module")
def more(spec, tmp_path_factory) -> list[Path]:
    return rounds.more_of(spec, tmp_path_factory)


def test_same_seed_gives_the_same_bytes_and_another_seed_other_documents(spec, docs, more,
                                                                         tmp_path):
    """The other seed's documents are the round's further ones where it has them (made for
    the checks below anyway), a generator run saved."""
    gen.assert_round_reproducible(spec.generate, docs, spec.families, spec.seed, spec.docs,
                                  tmp_path, more)


def test_text_layer_holds_each_truth_block_in_its_box_and_nothing_outside_them(spec, docs,
                                                                                more):
    """Every truth block's text is printed inside its box, and every printed character is in
    some truth block (furniture, boxes of no article, turned and upside-down text too), so
    the split scorer sees every printed word."""
    for pdf in docs + (more if spec.layer_more else []):
        gen.assert_text_layer_matches(pdf, spec.tolerance)


def test_every_truth_paragraph_title_and_caption_is_printed_whole(spec, docs, more):
    """Each truth paragraph is in its article's body blocks joined in reading order (cut by a
    column or a page, it comes back together), each title and intro among its blocks, each
    caption and its credit among the caption blocks of its language (or of the one language
    it is printed in, in a round of ``one_language``); with ``one_to_one`` each paragraph
    link joins one paragraph to one. The paragraphs of the families of ``own_printing``
    (read in an order of their own, or printed in one language) the round's module checks."""
    for pdf in docs + more:
        if gen.family_of(pdf) not in spec.own_printing:
            gen.assert_articles_printed_whole(pdf)
        if spec.one_to_one:
            gen.assert_links_one_to_one(pdf)
        gen.assert_captions_printed(pdf, spec.one_language)


def test_scanned_copies_are_image_only_with_the_truth_of_their_plain_twin(spec,
                                                                           tmp_path_factory):
    """One document of each family of ``scanned`` is made (the scanning is the same for the
    others: left out to keep the test short)."""
    assert spec.scanned, spec.name          # an empty line would check no scanned copy
    gen.assert_scanned_articles(rounds.scans_of(spec, tmp_path_factory), dict(spec.scanned))


def test_generation_works_with_dejavu_alone(spec, tmp_path):
    """Without the files of the round's faces DejaVu stands in under the faces' names and
    the truth says so."""
    gen.assert_dejavu_stands_in(spec.kit, spec.script.removesuffix(".py"), spec.families,
                                tmp_path, head_face=spec.head_face)


@pytest.mark.parametrize("line", rounds.DEVELOPMENT, ids=lambda line: line.name)
def test_the_layout_bench_generates_them_as_development_families(line, monkeypatch):
    gen.assert_development_round(monkeypatch, line.name, line.families, line.parts, line.own,
                                 line.sources)
