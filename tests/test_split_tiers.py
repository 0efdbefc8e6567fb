"""A page cut across its columns into an upper and a lower tier (issue 16: ``tiers``): each
language's text runs down its upper tier's columns, left to right, then down its lower
tier's (``split.tiers``); a row of photos across the text width between the tiers leaves
only the titles away from it, which must not make the columns' text look like captions
(``photo_rows.text_size``). Made-up pages: at start38 both were read down the page.
"""

from __future__ import annotations

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.split.photo_rows import set_alike, set_small, text_size
from magpipe.split.pieces import Line
from magpipe.split.tiers import tier_by_tier

BODY = 9.0
COLUMNS = ((40.0, 200.0), (212.0, 372.0), (384.0, 544.0), (556.0, 716.0))
RULE = Drawing(DrawingKind.RULE, (40.0, 300.0, 716.0, 301.0), 0.0)


def _block(k: int, column: int, top: float, foot: float, lang: str,
           role: Role = Role.BODY) -> Block:
    lo, hi = COLUMNS[column]
    return Block(id=f"p1-b{k}", page=1, box=(lo, top, hi, foot), text=f"{lang}{column}-{top:.0f}",
                 lang=Lang(lang), role=role, column=column)


def _page_read_down(under_band: list[Block] | None = None) -> list[Block]:
    """Titles, then each column read down the page across the band at y 300 (the XY cut's
    order): the Vietnamese in columns 0-1, the English in 2-3."""
    blocks = [_block(0, 0, 50.0, 80.0, "vi", Role.TITLE)]
    for c in range(4):
        lang = "vi" if c < 2 else "en"
        blocks.append(_block(len(blocks), c, 100.0, 290.0, lang))
        blocks.extend(under_band or [])
        blocks.append(_block(len(blocks), c, 310.0, 500.0, lang))
    return blocks


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def test_tiers_under_a_bare_rule_are_read_tier_by_tier_each_language_apart() -> None:
    blocks = _page_read_down()
    found, regions = tier_by_tier(blocks, list(range(len(blocks))), (RULE,), (), COLUMNS, BODY)
    assert _texts(found) == ["vi0-50", "vi0-100", "vi1-100", "vi0-310", "vi1-310",
                             "en2-100", "en3-100", "en2-310", "en3-310"]
    assert regions == [0, 1, 3, 2, 4, 5, 7, 6, 8]
    assert [b.id for b in found] == [f"p1-b{k}" for k in range(len(found))]


def test_a_row_of_photos_across_the_text_width_parts_tiers_as_a_rule_does() -> None:
    photos: tuple[Box, ...] = ((40.0, 292.0, 260.0, 372.0), (268.0, 292.0, 488.0, 372.0),
                               (496.0, 292.0, 716.0, 372.0))
    blocks = [b if b.box[1] < 300 else
              Block(**{**b.__dict__, "box": (b.box[0], 380.0, b.box[2], 500.0)})
              for b in _page_read_down()]
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (), photos, COLUMNS, BODY)
    assert _texts(found)[1:5] == ["vi0-100", "vi1-100", "vi0-310", "vi1-310"]


def test_a_band_with_a_caption_under_it_keeps_the_columns_read_down() -> None:
    """A photo set into running text carries its caption: the reader goes on down each
    column past it (``midband``), as the cut reads it."""
    caption = Block(id="c", page=1, box=(40.0, 303.0, 300.0, 309.0), text="caption",
                    lang=Lang.VI, role=Role.CAPTION, column=-1)
    blocks = _page_read_down([caption])
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (RULE,), (), COLUMNS, BODY)
    assert _texts(found) == _texts(blocks)


def test_a_rule_over_the_next_articles_titles_parts_no_tiers() -> None:
    blocks = _page_read_down()
    blocks = [Block(**{**b.__dict__, "role": Role.TITLE}) if b.box[1] > 300 else b
              for b in blocks]
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (RULE,), (), COLUMNS, BODY)
    assert _texts(found) == _texts(blocks)


def _line(x0: float, top: float, x1: float, size: float) -> Line:
    return Line(words=(), box=(x0, top, x1, top + size), size=size, bold=False, text="x",
                base=top + size, core=(x0, x1))


def test_columns_text_over_a_row_across_the_page_is_no_caption_beside_large_titles() -> None:
    """Only the titles stand away from a row of photos across the text width between two
    tiers: the page's text is then no larger than its body size, and the tier's lines over
    the row, set at it, are no captions."""
    photos = ((40.0, 300.0, 260.0, 380.0), (268.0, 300.0, 488.0, 380.0),
              (496.0, 300.0, 716.0, 380.0))
    titles = [_line(40.0, -200.0 + 22 * k, 700.0, 20.0) for k in range(4)]
    tier = [_line(x, 150.0 + 12 * k, x + 160.0, 12.6) for k in range(12) for x in (384.0, 556.0)]
    assert not set_small(tier, titles + tier, photos, 12.7)


def test_on_a_scan_a_white_strip_across_every_column_parts_tiers() -> None:
    """A scan's drawings are not read: the white it leaves across every column, the
    lower tier's columns starting level under it, parts the tiers; OCR junk read off the rule
    is no text in it."""
    junk = Block(id="j", page=1, box=(300.0, 299.0, 305.0, 302.0), text="—", lang=Lang.EN,
                 role=Role.OTHER, column=-1)
    blocks = _page_read_down([junk])
    assert tier_by_tier(blocks, list(range(len(blocks))), (), (), COLUMNS, BODY)[0] == blocks
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (), (), COLUMNS, BODY, False)
    assert [t for t in _texts(found) if t != "—"] == [
        "vi0-50", "vi0-100", "vi1-100", "vi0-310", "vi1-310",
        "en2-100", "en3-100", "en2-310", "en3-310"]


def test_a_white_strip_over_columns_starting_at_different_heights_parts_no_tiers() -> None:
    blocks = [Block(**{**b.__dict__, "box": (b.box[0], b.box[1] + 20.0, b.box[2], b.box[3])})
              if b.box[1] > 300 and b.column == 1 else b for b in _page_read_down()]
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (), (), COLUMNS, BODY, False)
    assert _texts(found) == _texts(blocks)


def test_a_band_between_one_languages_rows_and_the_others_parts_no_tiers() -> None:
    """Questions in column 0 beside their answers in column 1, the Vietnamese rows over a
    strip of white, the English ones under it: read row by row, each question before its own
    answer, not column by column."""
    blocks = []
    for lang, tops in (("vi", (100.0, 160.0)), ("en", (260.0, 320.0))):
        for top in tops:
            blocks.append(_block(len(blocks), 0, top, top + 20.0, lang))
            blocks.append(_block(len(blocks), 1, top, top + 50.0, lang))
    found, _ = tier_by_tier(blocks, list(range(len(blocks))), (), (), COLUMNS[:2], BODY,
                            exact=False)
    assert _texts(found) == _texts(blocks)


def test_a_rule_between_rows_of_one_column_a_language_changes_nothing() -> None:
    """An interview's exchanges set in rows, a Vietnamese column beside an English one, a
    hairline between two rows: each language reads the same tier by tier or down the page,
    and the rows' order (each row's two languages together) is kept."""
    columns = ((40.0, 290.0), (300.0, 550.0))
    rule = Drawing(DrawingKind.RULE, (40.0, 300.0, 550.0, 301.0), 0.0)
    blocks = [Block(id=f"p1-b{k}", page=1, box=(columns[c][0], top, columns[c][1], top + 180),
                    text=f"{c}-{top:.0f}", lang=Lang.VI if c == 0 else Lang.EN, role=Role.BODY,
                    column=c)
              for k, (c, top) in enumerate([(0, 110.0), (1, 110.0), (0, 310.0), (1, 310.0)])]
    found, _ = tier_by_tier(blocks, [0, 1, 2, 3], (rule,), (), columns, BODY)
    assert _texts(found) == _texts(blocks)


def test_titles_alone_away_from_a_row_leave_the_page_text_at_its_body_size() -> None:
    """Titles are no measure of the page's text: left out of it, and where they alone stand
    away from the photos the body size is the page's text."""
    photos = ((40.0, 300.0, 260.0, 380.0), (268.0, 300.0, 488.0, 380.0),
              (496.0, 300.0, 716.0, 380.0))
    titles = [_line(40.0, -200.0 + 22 * k, 700.0, 20.0) for k in range(4)]
    lead = [_line(40.0, -100.0 + 15 * k, 200.0, 14.5) for k in range(3)]
    text = [_line(212.0, -100.0 + 13 * k, 372.0, 12.6) for k in range(5)]
    assert text_size(titles, photos, 12.7) == 12.7
    assert text_size(titles + lead + text, photos, 12.7) == 12.6


def test_text_over_and_under_a_row_in_one_type_is_alike_a_caption_is_not() -> None:
    """The columns' text runs past a row between two tiers in one type on both sides; a
    row's captions stand on one side in a smaller type than the text on the other."""
    over = [_line(384.0, 200.0 + 13 * k, 544.0, 12.6) for k in range(6)]
    under = [_line(384.0, 390.0 + 13 * k, 544.0, 12.6) for k in range(6)]
    caption = [_line(384.0, 260.0 + 11 * k, 544.0, 10.8) for k in range(3)]
    assert set_alike(over, under)
    assert not set_alike(caption, under)
