"""On a scan, a lead set ragged at a looser leading right over justified body text is a
paragraph of its own (``dogleg-1-scanned``, saved as ``ragged-lead``)."""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.split.ragged_leads import setting_parts
from saved_links import linked_whole, split_saved


def test_the_english_lead_is_a_block_of_its_own():
    blocks = [b for p in split_saved("ragged-lead").pages for b in p.blocks]
    (lead,) = [b for b in blocks if b.text.startswith("On December 15, 2025")]
    assert lead.text.endswith("departments and agencies.")


def test_the_first_body_paragraph_links_whole_with_its_twin():
    assert linked_whole("ragged-lead", "Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh, nhiệt liệt")


def _line(text: str, right: float, base: float) -> Line:
    return Line(words=(), box=(41.0, base - 8.0, right, base), size=8.0, bold=False, text=text,
                base=base, cw=4.5, core=(41.0, right))


LEAD = [("On December 15, 2025, a", 157.0), ("delegation of the Embassy", 161.0),
        ("of the French Republic in", 154.0), ("Viet Nam, led by Mr. Olivier", 164.0),
        ("Brochet, Ambassador", 139.0), ("departments and agencies.", 164.0)]
BODY = [("Ms. Tran Thanh Nhan, Vice", 169.7), ("Chairwoman of the Provincial", 169.5),
        ("People's Committee, warmly", 169.8), ("welcomed Ambassador Olivier", 169.6),
        ("Brochet and the delegation.", 120.0)]


def _column(lead_step: float, body_step: float, lead: list[tuple[str, float]]) -> list[Line]:
    lines, base = [], 800.0
    for text, right in lead:
        lines.append(_line(text, right, base))
        base += lead_step
    for text, right in BODY:
        lines.append(_line(text, right, base))
        base += body_step
    return lines


def test_a_ragged_lead_at_a_looser_leading_is_cut_from_justified_body():
    parts = setting_parts(_column(14.2, 12.0, LEAD), exact=False)
    assert [len(p) for p in parts] == [6, 5]


def test_justified_text_or_one_leading_or_a_text_layer_is_left_whole():
    justified = [(text, 169.6) for text, _ in LEAD[:-1]] + [LEAD[-1]]
    assert len(setting_parts(_column(14.2, 12.0, justified), exact=False)) == 1
    assert len(setting_parts(_column(12.0, 12.0, LEAD), exact=False)) == 1
    assert len(setting_parts(_column(14.2, 12.0, LEAD), exact=True)) == 1
