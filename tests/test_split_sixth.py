"""The split stage on the sixth round's layout families (``greeting``, ``stacked``, ``report``;
development families since the seventh round), from saved repair artifacts in
``tests/data/layouts-split/`` (``tools/split_test_data.py``: the first born-digital document of
``greeting`` and ``stacked``, the second of ``report`` (its sections carry footnotes), and the
first scanned copies of ``greeting`` and ``report``). Each test names what a rule gets right;
the bench (``bench/bench_layouts.py``) gives the figures over all documents.
"""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.layout import FURNITURE_ROLES, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score
from magpipe.split import split
from test_split_families import _truth_roles_of_blocks

DATA = Path(__file__).parent / "data" / "layouts-split"


def _run(name: str) -> tuple[RepairArtifact, dict, SplitArtifact]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config())


def _blocks_of(name: str, wanted: str) -> list[tuple[str, str]]:
    """(split role, text) of each block whose characters are mostly of the truth role
    ``wanted`` (named as the split stage names it)."""
    artifact, truth, result = _run(name)
    return [(role, text) for role, want, text in _truth_roles_of_blocks(artifact, truth, result)
            if want == wanted]


def test_greeting_portrait_caption_beside_the_message_is_read_as_its_own_column() -> None:
    """The portrait's caption, set small in a narrow column beside the message, is read apart
    from the message's lines: every character of the page has its truth role and language."""
    artifact, truth, result = _run("greeting")
    s = score(result, artifact.pages, truth)
    assert s.role_accuracy >= 0.99
    assert s.lang_accuracy >= 0.99
    assert [r for r, _ in _blocks_of("greeting", "caption")] and \
        all(r == Role.CAPTION for r, _ in _blocks_of("greeting", "caption"))


def test_greeting_english_title_under_the_vietnamese_text_is_a_title_not_a_pull_quote() -> None:
    titles = _blocks_of("greeting", "title")
    assert len(titles) >= 2
    assert all(role == Role.TITLE for role, _ in titles), titles


def test_greeting_signatures_set_flush_right_are_bylines() -> None:
    for name in ("greeting", "greeting-scanned"):
        bylines = _blocks_of(name, "byline")
        assert bylines
        assert all(role == Role.BYLINE for role, _ in bylines), (name, bylines)


def test_stacked_jump_lines_are_jump_lines_kept_out_of_the_text() -> None:
    jumps = _blocks_of("stacked", "jump")
    assert len(jumps) >= 4        # (Xem tiếp trang N), (Continued on page N) and their returns
    assert all(role == Role.JUMP and role in FURNITURE_ROLES for role, _ in jumps), jumps


def test_stacked_column_top_beside_a_photo_is_read_after_the_column_before_it() -> None:
    """Page 1: the Vietnamese text's second column starts right under the title, the first
    under a photo; the first column (caption, then text) is read before the second's top."""
    _, _, result = _run("stacked")
    texts = [b.text for b in result.pages[0].blocks]
    first = next(k for k, t in enumerate(texts) if t.startswith("Trong khuôn khổ"))
    second = next(k for k, t in enumerate(texts) if t.startswith("dân tộc Choang"))
    caption = next(k for k, b in enumerate(result.pages[0].blocks) if b.role == Role.CAPTION)
    assert caption < first < second


def test_report_numbered_section_headings_are_labels_of_the_report() -> None:
    for name in ("report", "report-scanned"):
        headings = _blocks_of(name, "label")
        assert len(headings) >= 4
        assert all(role == Role.LABEL for role, _ in headings), (name, headings)


def test_report_footnotes_at_a_column_foot_are_notes_beside_the_text() -> None:
    """Text layer: each note opens with its superscript mark; OCR reads the marks as ``1``,
    ``?`` or a quote, or drops them (the notes are then read from the column's foot up)."""
    for name, share in (("report", 1.0), ("report-scanned", 0.75)):
        notes = _blocks_of(name, "aside")
        assert notes
        kept = sum(role == Role.ASIDE for role, _ in notes)
        assert kept >= share * len(notes), (name, notes)


def test_report_cover_contents_strip_is_contents_under_both_headings() -> None:
    """The cover's strip: ``MỤC LỤC`` over the Vietnamese entries beside ``CONTENTS`` over the
    English ones, the entries of a column run together in one block."""
    contents = _blocks_of("report", "contents")
    assert any(text.startswith("CONTENTS") for _, text in contents)
    assert all(role == Role.CONTENTS for role, _ in contents), contents


def _line(text: str, box: tuple[float, float, float, float], italic: bool = False):
    from magpipe.split.roles import Facts
    return Facts(text=text, box=box, size=11.0, cw=5.5, bold=False, lines=1, column=0,
                 column_box=(36.0, 383.0), italic=italic)


def test_a_long_signature_in_italics_under_upright_text_is_a_byline() -> None:
    """A name and a long office set flush right in italics fill most of the line, held in
    from the left by little more than a body size (under ``SIGNATURE_INSET`` of the column):
    set in italics under upright text, a name and an office, it is the message's signature.
    The same line upright under upright text stays a paragraph, and a chart's legend in
    italics held in as far names no one."""
    from magpipe.split.article_feet import signatures
    from magpipe.split.roles import PageFacts
    page = PageFacts(width=419.0, height=595.0, body_size=14.7, body_cw=5.5, columns=1,
                     exact=True, repeated=frozenset())
    text = _line("Thank you sincerely for staying with us.", (36.0, 423.0, 244.0, 438.0))
    name = "Nguyen Thi Thu Ha, Director of the Department of Foreign Affairs"
    italic = _line(name, (50.0, 445.0, 383.0, 460.0), italic=True)
    upright = _line(name, (50.0, 445.0, 383.0, 460.0))
    assert signatures([Role.BODY, Role.BODY], [text, italic], page) == [Role.BODY, Role.BYLINE]
    assert signatures([Role.BODY, Role.BODY], [text, upright], page) == [Role.BODY, Role.BODY]
    legend = _line("Exports Imports Transit Re-exports", (50.0, 445.0, 383.0, 460.0), italic=True)
    assert signatures([Role.BODY, Role.BODY], [text, legend], page) == [Role.BODY, Role.BODY]
