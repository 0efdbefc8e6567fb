"""Forms to fill in drawn on the page (``split.drawn_forms``, used by ``split.drawn_boxes``):
a cut-out form in a dashed frame, its headings read as titles, is kept out of the articles
by its drawn answer lines and tick boxes (the ``coupon`` layout family, pages saved by
``tools/coupon_test_data.py`` into ``tests/data/layouts-coupon/``), and the articles around
it keep their text and titles; rules that are no answer lines make no form."""

from __future__ import annotations

from dataclasses import replace

import pytest
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind, RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.drawn_boxes import drawn_boxes
from magpipe.split.drawn_forms import REASON as FORM_REASON
from magpipe.split.drawn_forms import answer_lines, drawn_forms, is_form, tick_rows
from magpipe.split.roles import Facts, PageFacts
from saved_pages import saved

BODY = 9.0
# each form's headings and a label of its fields
FORM_TEXT = {"between": ("PHIẾU ĐĂNG KÝ THAM DỰ HỘI THẢO XÚC TIẾN THƯƠNG MẠI",
                         "TRADE PROMOTION SEMINAR REGISTRATION FORM", "Email:"),
             "foot": ("PHIẾU KHẢO SÁT Ý KIẾN BẠN ĐỌC", "READERS' SURVEY", "Góp ý khác:"),
             "under": ("PHIẾU ĐĂNG KÝ THAM DỰ HỘI THẢO XÚC TIẾN THƯƠNG MẠI",
                       "TRADE PROMOTION SEMINAR REGISTRATION FORM", "Full name:")}


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-coupon", name)


@pytest.mark.parametrize("name", ["between", "foot", "under"])
def test_a_cut_out_form_in_a_dashed_frame_is_kept_out_of_the_articles(name: str) -> None:
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_chars > 400                   # the form's headings, sentences and fields
    assert s.out_correct / s.out_chars > 0.99
    assert s.in_correct / s.in_chars > 0.99    # the articles around it keep their text
    blocks = result.pages[0].blocks
    asides = " ".join(b.text for b in blocks if b.role == Role.ASIDE)
    for text in FORM_TEXT[name]:
        assert text in asides
    # the form's headings are no titles; the articles' titles stay theirs (under: the next
    # article's titles right under the form, no graphic's labels under the form's heading)
    titles = {b["text"] for page in truth["pages"] for b in page["blocks"]
              if b["role"] == Role.TITLE}
    assert titles and {b.text for b in blocks if b.role == Role.TITLE} == titles


def test_text_over_a_form_in_columns_straddling_its_halves_stays_running_text() -> None:
    # (the Vietnamese columns over the form are found in no one column of the page, and read
    # as leads spanning them but for the English columns level with them)
    artifact, truth = _saved("straddled")
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.out_correct / s.out_chars > 0.99 and s.in_correct / s.in_chars > 0.99
    assert not any(b["role"] == Role.INTRO for page in truth["pages"] for b in page["blocks"])
    vietnamese = [b for b in result.pages[0].blocks if b.lang == "vi" and b.role == Role.BODY]
    assert len(vietnamese) >= 4
    assert not [b.text[:30] for b in result.pages[0].blocks if b.role == Role.INTRO]


def test_the_drawn_fields_are_what_keeps_the_form_out() -> None:
    artifact, truth = _saved("between")
    # (the dashed frame kept, its answer lines and tick boxes taken away)
    frames = tuple(replace(p, drawings=tuple(d for d in p.drawings
                                             if d.kind == DrawingKind.FRAME
                                             and d.box[3] - d.box[1] > 3 * BODY))
                   for p in artifact.pages)
    bare = replace(artifact, pages=frames)
    s = split_score(split(bare, Config()), bare.pages, truth)
    assert s.out_correct / s.out_chars < 0.5


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1,
           bold: bool = False) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=bold, lines=lines,
                 column=-1, column_box=(40.0, 560.0))


PAGE = PageFacts(width=600.0, height=800.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())
PANEL = (40.0, 100.0, 560.0, 300.0)
FRAME = Drawing(DrawingKind.FRAME, PANEL, 0.0)
HEAD = _facts("PHIẾU ĐẶT MUA BẢN TIN", (200.0, 110.0, 400.0, 119.0), bold=True)
LABELS = [_facts(text, (50.0, top, 50.0 + 5.0 * len(text), top + 9.0))
          for text, top in (("Họ và tên:", 140.0), ("Địa chỉ:", 160.0), ("Điện thoại:", 180.0))]


def _rule_after(f: Facts, right: float = 550.0) -> Drawing:
    """An answer line drawn on the label's baseline from just after its end."""
    return Drawing(DrawingKind.RULE, (f.box[2] + 4.0, f.box[3] - 2.0, right, f.box[3] - 1.0),
                   0.0)


def test_labels_with_answer_lines_make_a_form_whatever_its_heading() -> None:
    facts = [HEAD, *LABELS]
    drawings = (FRAME, *(_rule_after(f) for f in LABELS))
    assert len(answer_lines(PANEL, [0, 1, 2, 3], facts, drawings, BODY)) == 3
    assert is_form(PANEL, [0, 1, 2, 3], facts, drawings, BODY)
    roles, why = drawn_boxes([Role.TITLE, Role.BODY, Role.BODY, Role.BODY], ["look"] * 4,
                             facts, PAGE, drawings)
    assert roles == [Role.ASIDE] * 4
    assert why == [FORM_REASON] * 4


def test_a_leader_to_a_price_and_two_fields_make_no_form() -> None:
    # a rate box's dot leaders run from an item to its price, written after them
    prices = [_facts("120.000 đ", (500.0, f.box[1], 550.0, f.box[3])) for f in LABELS]
    facts = [*LABELS, *prices]
    leaders = tuple(_rule_after(f, 495.0) for f in LABELS)
    assert not answer_lines(PANEL, list(range(6)), facts, (FRAME, *leaders), BODY)
    # two answer lines are a signature's or a date's, not yet a form
    two = (FRAME, *(_rule_after(f) for f in LABELS[:2]))
    assert not is_form(PANEL, [0, 1, 2], LABELS, two, BODY)
    # a rule far from the label's end (a column rule under it) is no answer line
    far = (FRAME, *(replace(_rule_after(f), box=(300.0, f.box[3] - 2.0, 550.0, f.box[3] - 1.0))
                    for f in LABELS))
    assert not is_form(PANEL, [0, 1, 2], LABELS, far, BODY)
    # the heading read as a title then keeps the panel an article's box
    roles, _ = drawn_boxes([Role.TITLE, Role.BODY, Role.BODY, Role.BODY], ["look"] * 4,
                           [HEAD, *LABELS], PAGE, far)
    assert roles[0] == Role.TITLE


def test_tick_boxes_on_a_row_of_choices_are_one_field() -> None:
    choices = _facts("Thời hạn: 6 tháng 12 tháng", (50.0, 200.0, 220.0, 209.0))
    ticks = tuple(Drawing(DrawingKind.FRAME, (x, 201.0, x + 7.0, 208.0), 0.0)
                  for x in (100.0, 150.0))
    rows = tick_rows(PANEL, [0], [choices], (FRAME, *ticks), BODY)
    assert [len(r) for r in rows] == [2]
    facts = [*LABELS[:2], choices]
    drawings = (FRAME, *(_rule_after(f) for f in LABELS[:2]), *ticks)
    assert is_form(PANEL, [0, 1, 2], facts, drawings, BODY)


def _column(text: str, box: tuple[float, float, float, float], column: int) -> Facts:
    return replace(_facts(text, box, lines=10), column=column)


@pytest.mark.parametrize(("beside", "role"), [(Role.BODY, Role.BODY), (Role.INTRO, Role.INTRO)])
def test_a_lead_over_a_form_is_running_text_unless_its_twin_lead_starts_beside_it(
        beside: str, role: str) -> None:
    # the form under the text (PANEL moved down), a lead found in no column over it, a block
    # of the other language as wide in a column beside it starting level with it
    panel = (40.0, 400.0, 560.0, 600.0)
    labels = [replace(f, box=(f.box[0], f.box[1] + 300.0, f.box[2], f.box[3] + 300.0))
              for f in LABELS]
    drawings = (Drawing(DrawingKind.FRAME, panel, 0.0), *(_rule_after(f) for f in labels))
    lead = _column("From December 14 to 19, 2025, the delegation ...", (300.0, 100.0, 440.0,
                                                                       300.0), -1)
    twin = _column("Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh ...", (40.0, 100.0, 180.0,
                                                                    300.0), 0)
    roles, _ = drawn_forms([Role.INTRO, beside, *[Role.BODY] * 3], ["look"] * 5,
                           [lead, twin, *labels], PAGE, drawings, (panel,))
    assert roles == [role, beside, *[Role.ASIDE] * 3]
