"""One wide column with a margin column beside it (``magpipe.split.margin``,
``magpipe.align.side_heads``): side heads, a rubric's twin, numbered footnotes and their
marks, on pages of the ``sidenotes`` family saved by ``tools/sidenotes_test_data.py``, and
the rules' edges on small made-up cases."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.align.drafts import ArticlePiece, Draft
from magpipe.align.side_heads import heads_passage
from magpipe.artifacts.layout import Block, Lang, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score
from magpipe.split import split
from magpipe.split.margin import note_marks_off

DATA = Path(__file__).parent / "data" / "layouts-sidenotes"


@cache
def _split(name: str) -> tuple[RepairArtifact, dict, SplitArtifact]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


def _blocks(result: SplitArtifact) -> list[Block]:
    return [b for p in result.pages for b in p.blocks]


def _truth(truth: dict, role: str) -> list[dict]:
    return [b for p in truth["pages"] for b in p["blocks"] if b["role"] == role]


def _holding(blocks: list[Block], text: str) -> Block:
    """The block whose text opens like ``text`` (OCR: its first words)."""
    head = " ".join(text.split()[:6])
    return next(b for b in blocks if b.text.startswith(head))


@pytest.mark.parametrize("name", ["paired", "sequential", "scanned"])
def test_side_heads_are_labels_read_right_before_the_passage_they_head(name: str) -> None:
    _, truth, result = _split(name)
    for page, tpage in zip(result.pages, truth["pages"], strict=True):
        blocks = list(page.blocks)
        texts = [b for b in tpage["blocks"] if b["role"] in ("heading", "body")]
        for head, passage in zip(texts, texts[1:], strict=False):
            if head["role"] != "heading":
                continue
            k = blocks.index(_holding(blocks, head["text"]))
            assert blocks[k].role == Role.LABEL, blocks[k].text
            assert blocks[k].lang == head["lang"]
            assert blocks[k + 1] == _holding(blocks, passage["text"]), blocks[k + 1].text


def test_the_kicker_over_the_rubric_is_the_rubric_in_the_other_language() -> None:
    _, truth, result = _split("paired")
    kickers = _truth(truth, "section")
    assert {"CHÍNH SÁCH", "POLICY"} <= {k["text"] for k in kickers}
    for kicker in kickers:
        assert _holding(_blocks(result), kicker["text"]).role == Role.SECTION


@pytest.mark.parametrize("name", ["paired", "sequential", "apart"])
def test_numbered_footnotes_are_notes_and_their_marks_leave_the_text(name: str) -> None:
    artifact, truth, result = _split(name)
    blocks = _blocks(result)
    notes = [n for n in _truth(truth, "footnote") if len(n["text"]) > 3]
    assert notes
    for note in notes:
        assert _holding(blocks, note["text"]).role == Role.ASIDE
    for body in _truth(truth, "body"):
        block = _holding(blocks, body["text"])
        assert body["text"].endswith(block.text[-20:]), block.text[-20:]
    s = score(result, artifact.pages, truth)
    assert s.out_correct == s.out_chars


def test_two_passages_set_with_no_gap_part_where_the_side_head_stands() -> None:
    _, truth, result = _split("sequential")
    blocks = _blocks(result)
    bodies = [b for b in _truth(truth, "body") if b["text"].startswith(("Chương", "Trước"))]
    assert len(bodies) == 2
    first, second = (_holding(blocks, b["text"]) for b in bodies)
    assert first != second
    assert first.text == bodies[0]["text"] and second.text == bodies[1]["text"]


def test_a_passage_under_a_side_head_continues_no_paragraph_before_it() -> None:
    _, _, result = _split("scanned")
    blocks = _blocks(result)
    headed = [b for a, b in zip(blocks, blocks[1:], strict=False) if a.role == Role.LABEL]
    assert len(headed) >= 5
    assert all(b.continued_from is None for b in headed)


@pytest.mark.parametrize("name", ["paired", "scanned"])
def test_passages_pair_one_to_one_and_side_heads_become_section_headings(name: str) -> None:
    _, truth, result = _split(name)
    truth = dict(truth, articles=truth["articles"][:1])     # the article the pages hold whole
    out = align(result, Config())
    a = align_score(out, truth, fuzzy=name == "scanned")
    assert a.paired_right == a.articles == 1
    assert a.links_right == a.links_truth
    article = next(x for x in out.articles if x.paragraphs)
    heads = {h.vi for h in article.headings} | {h.en for h in article.headings}
    assert {b["text"] for b in _truth(truth, "heading")} <= heads


def _block(text: str, role: Role = Role.BODY) -> Block:
    return Block(id="p1-b0", page=1, box=(0.0, 0.0, 10.0, 10.0), text=text, lang=Lang.VI,
                 role=role, column=0, words=(), lang_confidence=1.0)


def test_a_mark_comes_off_only_where_the_page_has_its_note() -> None:
    note = _block("1 Số liệu của Sở.", Role.ASIDE)
    text = "tỉnh Lạng Sơn.1 Năm 2025 tăng 3.1 lần; “đối tác”1 mới và H2 O."
    out = note_marks_off([_block(text), note])
    assert out[0].text == "tỉnh Lạng Sơn. Năm 2025 tăng 3.1 lần; “đối tác” mới và H2 O."
    assert note_marks_off([_block(text)])[0].text == text


def test_a_label_of_words_heads_a_passage_only_once_the_text_has_begun() -> None:
    piece = ArticlePiece(text="Tiêu đề", sources=())
    begun = Draft(lang="vi", order=0, title=piece, paragraphs=(piece,))
    assert not heads_passage("Bối cảnh", None)
    assert not heads_passage("Bối cảnh", Draft(lang="vi", order=0, title=piece))
    assert heads_passage("Bối cảnh", begun)
    assert heads_passage("Facts and figures", Draft(lang="en", order=0, title=piece,
                                                    intro=piece))
    for text in ("12/12/2025", "Ngày 5 tháng 12", "Nơi nhận:", "- Như trên;", "Lưu: VT."):
        assert not heads_passage(text, begun)
