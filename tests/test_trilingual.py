"""A border province's paper (the ``trilingual`` layout family): articles as bands across a
Vietnamese and an English column, a narrow column of short French news of no article down the
page's side, a three-language masthead. Text in a third language has no twin and belongs to
no article; the paper's name over the bands is no article's title. Split and align from saved
pages (``tests/data/layouts-trilingual/``, made by ``tools/trilingual_test_data.py``), and the
language evidence on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.langid_other import is_other, plainly_bilingual

DATA = Path(__file__).parent / "data" / "layouts-trilingual"


def _load(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, truth


@pytest.fixture(scope="module")
def bands():
    pages, truth = _load("bands")
    return pages, truth, split(pages, Config())


@pytest.fixture(scope="module")
def masthead():
    pages, truth = _load("masthead")
    return pages, truth, split(pages, Config())


@pytest.fixture(scope="module")
def scanned():
    pages, truth = _load("scanned")
    return pages, truth, split(pages, Config())


def _blocks(result, opening: str):
    found = [b for p in result.pages for b in p.blocks if b.text.startswith(opening)]
    assert found, opening
    return found


def _texts(article: dict, lang: str) -> list[str]:
    """A truth article's intro and paragraphs in ``lang``, each as one text."""
    out = [article["intro"][lang]] if article.get("intro") else []
    return out + [" ".join(p[lang]) for p in article["paragraphs"]]


def _owner(truth: dict, lang: str, text: str | None) -> int | None:
    """The truth article whose ``lang`` text holds the opening of ``text``."""
    opening = (text or "")[:30]
    return next((k for k, a in enumerate(truth["articles"])
                 if opening and any(opening in t for t in _texts(a, lang))), None)


def _links_within_bands(truth: dict, result) -> int:
    """The output's paragraph links, each checked to join a Vietnamese and an English text of
    one and the same truth article."""
    links = [p for a in align(result, Config()).articles for p in a.paragraphs]
    for link in links:
        vi, en = _owner(truth, "vi", link.vi), _owner(truth, "en", link.en)
        assert vi is not None and vi == en, link
    return len(links)


def test_a_column_in_a_third_language_is_kept_out_of_the_articles(bands):
    pages, truth, result = bands
    s = split_score(result, pages.pages, truth)
    assert s.out_correct == s.out_chars        # every character of the French column


def test_text_in_a_third_language_is_marked_other_and_set_aside(bands):
    _, _, result = bands
    for opening in ("Une semaine consacrée", "EN BREF", "Coopération médicale",
                    "Le marché de"):                     # a paragraph, the heading, headlines
        for block in _blocks(result, opening):
            assert (block.lang, block.role) == (Lang.OTHER, Role.ASIDE), block


def test_no_article_record_holds_third_language_text(bands):
    _, _, result = bands
    aligned = align(result, Config())
    text = " ".join(f"{p.vi} {p.en}" for a in aligned.articles for p in a.paragraphs)
    assert "semaine" not in text and "Nouvelles" not in text
    assert len(aligned.articles) == 3


def test_paragraph_links_join_only_a_bands_own_columns(bands):
    _, truth, result = bands
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles == 3
    assert _links_within_bands(truth, result) >= 6     # (the French lines linked to none)


def test_a_papers_name_over_its_bands_is_no_articles_title(masthead):
    _, _, result = masthead
    for opening in ("BIÊN CƯƠNG HÔM NAY", "The Borderland Today"):
        assert {b.role for b in _blocks(result, opening)} == {Role.HEADER}
    titles = [a.title.en for a in align(result, Config()).articles]
    assert titles and all(t and not t.startswith("The Borderland") for t in titles)


def test_a_scanned_french_column_is_kept_out_of_the_articles(scanned):
    pages, truth, result = scanned
    s = split_score(result, pages.pages, truth)
    assert s.out_correct >= 0.9 * s.out_chars
    assert _links_within_bands(truth, result) >= 3


def test_an_english_title_level_with_the_french_items_under_the_issue_line_stays_a_title():
    """The paper's issue line (``Số 48 - Tháng 12/2025``) opens as a table's numbered title;
    the French items under it and the English title's loose lines beside them are no table."""
    pages, truth = _load("issue-line")
    result = split(pages, Config())
    for line in ("LEADER OF TH", "COMMITTEE RECEIVES", "WITH THE HONORARY", "NAM IN RIO"):
        held = [b for p in result.pages for b in p.blocks if line in b.text]
        assert held and {b.role for b in held} == {Role.TITLE}, line
    s = split_score(result, pages.pages, truth)
    assert s.out_correct >= 0.95 * s.out_chars      # the French column still kept out
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == 1      # (the second article begins on page 2, not saved)


def test_a_block_in_a_third_language_survives_saving_and_loading(bands, tmp_path):
    _, _, result = bands
    path = tmp_path / "split.json"
    result.save(path)
    again = SplitArtifact.load(path)
    assert again == result
    assert any(b.lang == Lang.OTHER for p in again.pages for b in p.blocks)


@pytest.mark.parametrize("text", [
    "Une semaine consacrée à la langue française se tiendra à la médiathèque provinciale",
    "Die Delegation besuchte am Montag das neue Krankenhaus in der Provinzhauptstadt",
    "中越边境贸易博览会将于下周在友谊关口岸附近开幕",
])
def test_text_in_neither_vietnamese_nor_english_is_other(text):
    assert is_other(text)


@pytest.mark.parametrize("text", [
    "LANG SON SOCIO-ECONOMIC STATISTICS BULLETIN",
    "Managing editor: Nong Van Binh",
    "Ms. Marcelle Torres Alves Okuno, Honorary Consul of Viet Nam in Rio de Janeiro",
    "Tham du Hoi dam co dong chi Dinh Huu Hoc, Uy vien Ban Thuong vu Tinh uy",
    "The delegation visited the border gate and worked with the provincial authorities",
])
def test_vietnamese_or_english_is_not_other(text):
    assert not is_other(text)


def test_a_short_line_is_plainly_bilingual_only_by_its_own_words():
    assert plainly_bilingual("Synthesized by LA VIET")
    assert plainly_bilingual("LÃ VIỆT tổng hợp")
    assert not plainly_bilingual("Ky Lua a rouvert ses halles couvertes. Les")
    assert not plainly_bilingual("Coopération médicale")
