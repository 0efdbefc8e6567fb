"""A box's other language beside it (``split.box_twins``): on a scanned page, where no drawing
reaches the split stage, the English half of a readers' box beside its Vietnamese half (held
in from the column's edges, ``framed``) is kept out too, and so is the reader's name line
between the question and the answer (``tests/data/layouts-askbox/scanned``, saved by
``tools/askbox_test_data.py``); text that only happens to lie beside a box stays."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.box_twins import FILL_REASON, REASON, box_twins
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-askbox"
BODY = 9.0


def test_both_halves_of_a_scanned_readers_box_are_kept_out() -> None:
    artifact = RepairArtifact.load(DATA / "scanned.repair.json")
    truth = json.loads((DATA / "scanned.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 1000
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99
    asides = [b for b in result.pages[0].blocks if b.role == Role.ASIDE]
    assert {b.lang for b in asides} == {Lang.VI, Lang.EN}
    assert any(b.text.startswith("Q:") for b in asides)
    assert any(b.text.startswith("Reader ") for b in asides)


def _facts(text: str, box: tuple[float, float, float, float], lines: int) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=False, lines=lines,
                 column=-1, column_box=(40.0, 560.0))


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=False, repeated=frozenset())
VI = [_facts("Hỏi: Tôi là người dân huyện Tràng Định, muốn sang thăm người thân.",
             (50.0, 100.0, 290.0, 130.0), 3),
      _facts("Bạn đọc Hoàng Văn Tuấn, xã Tân Tiến", (50.0, 138.0, 180.0, 148.0), 1),
      _facts("Trả lời: Công dân có hộ khẩu thường trú tại các huyện biên giới được cấp giấy "
             "thông hành.", (50.0, 156.0, 290.0, 196.0), 4)]
EN = [_facts("Q: I live in Trang Dinh District and would like to visit relatives.",
             (310.0, 100.0, 550.0, 130.0), 3),
      _facts("Reader Hoang Van Tuan, Tan Tien Commune", (310.0, 138.0, 470.0, 148.0), 1),
      _facts("A: Citizens permanently resident in the border districts may be issued a "
             "border pass.", (310.0, 156.0, 550.0, 190.0), 3)]


def test_a_name_line_inside_a_box_and_the_boxs_twin_become_notes() -> None:
    roles, why = box_twins([Role.ASIDE, Role.BODY, Role.ASIDE] + [Role.BODY] * 3,
                           ["held in"] * 6, VI + EN, PAGE)
    assert roles == [Role.ASIDE] * 6
    assert why[1] == FILL_REASON and why[3:] == [REASON] * 3


def test_a_paragraph_between_two_notes_and_text_not_level_with_a_box_stay() -> None:
    long_middle = _facts("Bạn đọc ...", (50.0, 138.0, 290.0, 188.0), 5)
    roles, _ = box_twins([Role.ASIDE, Role.BODY, Role.ASIDE], ["held in"] * 3,
                         [VI[0], long_middle, VI[2]], PAGE)
    assert roles == [Role.ASIDE, Role.BODY, Role.ASIDE]
    # the English column beside runs on in paragraphs of its own: no twin
    other = [_facts(EN[0].text, (310.0, 90.0, 550.0, 150.0), 6),
             _facts(EN[2].text, (310.0, 158.0, 550.0, 230.0), 8)]
    roles, _ = box_twins([Role.ASIDE, Role.ASIDE, Role.ASIDE, Role.BODY, Role.BODY],
                         ["held in"] * 5, [*VI, *other], PAGE)
    assert roles[3:] == [Role.BODY, Role.BODY]


def test_a_twin_in_the_same_language_is_no_other_half() -> None:
    same = [_facts(f.text, (310.0, f.box[1], 550.0, f.box[3]), f.lines) for f in VI]
    roles, _ = box_twins([Role.ASIDE] * 3 + [Role.BODY] * 3, ["held in"] * 6, VI + same, PAGE)
    assert roles[3:] == [Role.BODY] * 3
