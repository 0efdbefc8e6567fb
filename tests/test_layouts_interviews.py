"""Split and align on the ``interview`` and ``english-first`` layout families (development
families since the ninth round), from saved repair artifacts in ``tests/data/layouts-split/``
(``tools/split_test_data.py``: interviews set in rows with speaker labels, run on in pairs,
told by the questions' weight alone, and a scanned one; English-first documents with the
translation set smaller on its own pages and run on after ``BẢN TIẾNG VIỆT``, a translation
page holding little text, and two scanned copies). Each test names what a rule gets right;
``bench/bench_layouts.py`` gives the figures over all documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from test_split_families import _truth_roles_of_blocks

DATA = Path(__file__).parent / "data" / "layouts-split"


def _load(name: str) -> tuple[RepairArtifact, dict]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return artifact, json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["interview", "interview-pairs", "interview-unlabelled"])
def test_interview_pairs_every_question_and_answer_with_its_twin(name: str) -> None:
    """Born-digital interviews (labels in rows; labels in pairs run on in one column; no
    labels, the questions in bold): both articles paired, and every question and answer
    linked with its own twin, no link made wrong (before: a question read as the intro, an
    answer opening ``Ông Nam:`` read as a keywords line, a byline read as a title)."""
    artifact, truth = _load(name)
    a = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right == a.links_output == a.links_truth, a


def test_interview_questions_in_bold_are_body_text_not_intros() -> None:
    """Every bold question of the interviews is read as body text; the one intro of each
    article stays an intro or body (never a question's role)."""
    for name in ("interview", "interview-pairs", "interview-unlabelled"):
        artifact, truth = _load(name)
        blocks = _truth_roles_of_blocks(artifact, truth, split(artifact, Config()))
        questions = [(role, text) for role, want, text in blocks
                     if want == "body" and text.rstrip().endswith("?")]
        assert questions and all(role == Role.BODY for role, _ in questions), questions


def test_speaker_labels_are_left_out_of_the_paragraphs_text() -> None:
    """``PV:``, ``Q:``, ``Ông Nam:``, ``Mr. Nam:`` open the interview's paragraphs on the page;
    the records' paragraphs hold the words spoken, as the truth does, character for
    character."""
    artifact, truth = _load("interview")
    aligned = align(split(artifact, Config()), Config())
    texts = [t for a in aligned.articles for p in a.paragraphs for t in (p.vi, p.en) if t]
    assert texts and not any(t.startswith(("PV:", "Q:", "Ông ", "Bà ", "Mr. ", "Ms. "))
                             for t in texts if ":" in t[:12])
    exact = align_score(aligned, truth, fuzzy=False)
    assert exact.links_right == exact.links_truth


def test_byline_beside_the_portrait_and_a_titles_last_line_stay_in_the_head() -> None:
    """The interview's byline (``VŨ GIANG`` over ``VU GIANG``, flush right beside the
    portrait, read after the intro) is a byline, not the title of an article of its own, and
    the English title's last line, set apart from the rest, is the title's."""
    artifact, truth = _load("interview")
    result = split(artifact, Config())
    first = result.pages[0].blocks
    names = [b for b in first if b.text.startswith("VŨ GIANG")]
    assert names and names[0].role == Role.BYLINE
    aligned = align(result, Config())
    titles = {a.title.en for a in aligned.articles}
    assert {t["title"]["en"] for t in truth["articles"]} <= titles


def test_scanned_interview_pairs_its_turns_despite_ocr() -> None:
    """The scanned interview (labels as OCR read them): its article paired and all but one of
    its turns linked with their twins (the one left is the pull quote OCR reads into a
    question)."""
    artifact, truth = _load("interview-scanned")
    a = align_score(align(split(artifact, Config()), Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right >= a.links_truth - 1, a


@pytest.mark.parametrize("name", ["english-first", "english-first-facing"])
def test_english_first_translation_set_smaller_is_text_of_its_article(name: str) -> None:
    """The Vietnamese translation set 8% smaller than the English: on its own pages (a page of
    a title, a paragraph and captions read its paragraph as part of the title) and run on
    after ``BẢN TIẾNG VIỆT`` under the English (read as a note beside the articles): every
    article paired and every paragraph linked with its twin."""
    artifact, truth = _load(name)
    result = split(artifact, Config())
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right == a.links_output == a.links_truth, a
    blocks = _truth_roles_of_blocks(artifact, truth, result)
    assert all(role not in FURNITURE_ROLES for role, want, _ in blocks if want == "body")


def test_imprint_box_stays_out_of_the_articles() -> None:
    """The review's imprint box (``ABOUT THIS REVIEW`` / ``VỀ ẤN PHẨM``, the publisher's lines
    set smaller than the body, the editorial office and e-mail), after the last article's
    Vietnamese text: every line of it is kept out of the articles, on the text layer and as
    OCR cut it (before: its heading and lines read as text or captions of the article)."""
    for name in ("english-first-facing", "english-first-imprint"):
        artifact, truth = _load(name)
        result = split(artifact, Config())
        s = split_score(result, artifact.pages, truth)
        assert s.out_chars and s.out_correct == s.out_chars, (name, s.out_correct, s.out_chars)


def test_edition_label_read_with_the_title_is_cut_from_it() -> None:
    """OCR reads ``BẢN TIẾNG VIỆT`` and the Vietnamese title under it as one block: the
    record's title is the title alone, so the article is paired with its English original."""
    artifact, truth = _load("english-first-scanned")
    result = split(artifact, Config())
    assert any(b.text.startswith("BẢN TIẾNG VIỆT ") and b.role == Role.TITLE and b.lang == Lang.VI
               for p in result.pages for b in p.blocks)
    aligned = align(result, Config())
    a = align_score(aligned, truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert not any((r.title.vi or "").startswith("BẢN TIẾNG VIỆT") for r in aligned.articles)


def test_credit_names_ocr_set_on_a_line_of_their_own_stay_in_the_captions() -> None:
    """OCR sets ``(Photo: VU`` and ``GIANG)`` on lines of their own: the name's rest is the
    caption's, no paragraph of the article, and each English caption is paired with its
    Vietnamese twin under the translation's copy of the photo, both credits whole."""
    artifact, truth = _load("english-first-scanned")
    result = split(artifact, Config())
    rests = [b for p in result.pages for b in p.blocks if b.text.strip() in ("GIANG)", "DUNG)")]
    assert rests and all(b.role == Role.CAPTION for b in rests)
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.captions_right == a.captions


def test_scanned_kicker_and_a_title_cut_side_by_side_make_one_title() -> None:
    """OCR reads the kicker ``PHỎNG VẤN`` wide enough for a title, and cuts the Vietnamese
    title down a wide word space into a left and a right piece, with the English kicker
    ``INTERVIEW`` read between them: the kicker is a rubric, the title's pieces are read row
    by row, and the article is paired with its English twin."""
    artifact, truth = _load("interview-kicker")
    result = split(artifact, Config())
    first = result.pages[0].blocks
    assert next(b for b in first if b.text == "PHỎNG VẤN").role == Role.SECTION
    want = truth["articles"][0]["title"]["vi"]
    assert any(b.role == Role.TITLE and b.text == want for b in first)
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles


def test_columns_under_a_caption_in_a_face_with_tall_boxes_are_read_column_by_column() -> None:
    """English-first document 3: a face whose word boxes stand ~1.6x its size (room for
    stacked marks), a caption spanning the page 8 pt above two columns, English beside
    Vietnamese. The line pitch is read from the font size, so the caption is cut from the
    columns and each column read down: its text keeps its language side (before: the pitch read
    as two lines, the columns read row by row, a tenth of the text on the wrong side)."""
    artifact, truth = _load("english-first-columns")
    s = split_score(split(artifact, Config()), artifact.pages, truth)
    assert s.lang_correct >= 0.99 * s.lang_chars, (s.lang_correct, s.lang_chars)
