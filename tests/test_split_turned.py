"""Lines turned a quarter (``split.turned``) and photos holding their place in the page's cut
(``split.photo_pieces``), on made-up word boxes."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.photo_pieces import standing
from magpipe.split.pieces import make_line
from magpipe.split.turned import turned_drafts, turned_runs, upright


def _word(text: str, box: tuple[float, float, float, float]) -> Word:
    return Word(text=text, box=box, size=7.0, conf=100.0, line=0, block=0, bold=False)


def _level(texts: list[str], y: float, x: float = 40.0) -> list[Word]:
    out = []
    for t in texts:
        out.append(_word(t, (x, y, x + 5.0 * len(t), y + 10.0)))
        x += 5.0 * len(t) + 3.0
    return out


# a credit reading upwards along a photo's edge, as a text layer gives it (the first word at
# the foot), and above it, 10 points off, the English credit
_CREDIT = [_word("Ảnh:", (580.0, 440.0, 590.0, 454.0)), _word("TRÍ", (580.0, 428.0, 590.0, 438.0)),
           _word("DŨNG", (580.0, 408.0, 590.0, 426.0))]
_CREDIT_EN = [_word("Photo:", (580.0, 381.0, 590.0, 398.0)),
              _word("TRI", (580.0, 370.0, 590.0, 380.0)),
              _word("DUNG", (580.0, 352.0, 590.0, 369.0))]


def test_words_stacked_upright_are_one_turned_line_in_the_pages_order() -> None:
    words = tuple(_level(["Body", "text", "beside", "it."], 410.0) + _CREDIT)
    assert turned_runs(words) == [(4, 5, 6)]
    assert " ".join(words[i].text for i in turned_runs(words)[0]) == "Ảnh: TRÍ DŨNG"


def test_two_upright_credits_a_line_apart_are_two_turned_lines() -> None:
    runs = turned_runs(tuple(_level(["The", "page's", "own", "text"], 100.0) + _CREDIT
                             + _CREDIT_EN))
    assert sorted(runs) == [(4, 5, 6), (7, 8, 9)]


def test_level_text_holds_no_turned_line() -> None:
    words = tuple(_level(["A", "short", "line", "of", "THE", "text"], 100.0)
                  + _level(["and", "one", "under", "it"], 112.0)
                  + [_word("I", (40.0, 130.0, 43.0, 140.0))])       # a tall narrow letter
    assert turned_runs(words) == []
    assert upright(words) is words


def test_turned_words_are_hidden_from_the_geometry_their_indices_kept() -> None:
    words = tuple(_level(["Body", "text"], 410.0) + _CREDIT)
    level = upright(words)
    assert len(level) == len(words)
    assert [w.text for w in level] == ["Body", "text", "", "", ""]


def test_a_photo_heading_the_columns_beside_one_holds_its_place() -> None:
    words = tuple(_level(["Column", "text", "under", "it"], 300.0, 40.0)
                  + _level(["beside", "it"], 102.0, 320.0) + _level(["down"], 200.0, 320.0))
    pieces = [make_line(words, [i]) for i in range(len(words))]
    photo = (40.0, 100.0, 300.0, 280.0)
    placed = standing((photo,), pieces, 9.0)
    # (its piece starts a little under its top: no line close above it is held to it)
    assert [p.box for p in placed] == [(40.0, 100.0 + 1.5 * 9.0, 300.0, 280.0)]
    crossing = pieces + [make_line(words + (_word("wrapped", (200.0, 200.0, 340.0, 210.0)),),
                                   [len(words)])]
    assert standing((photo,), crossing, 9.0) == []
    assert standing(((40.0, 100.0, 60.0, 110.0),), pieces, 9.0) == []      # a mark, no photo
    lower = [make_line(words, [i]) for i in range(4)] + [
        make_line(words + (_word("caption", (320.0, 200.0, 360.0, 210.0)),), [len(words)])]
    assert standing((photo,), lower, 9.0) == []     # text beside it lower down: no column head
    short = [make_line(words, [i]) for i in range(6)]
    assert standing((photo,), short, 9.0) == []     # a caption beside its top: no column


# a newsletter's name set upright along the page's edge, reading downwards, as OCR gave it on
# a scan (edgetab): the word ``VIỆT`` read out of its place, so the line came as two runs,
# the second opening with the name's dash
_EDGE = [("VIỆT", (558.9, 664.8, 567.5, 682.5)), ("BẢN", (558.7, 760.1, 566.4, 776.1)),
         ("TIN", (560.5, 744.5, 566.3, 757.9)), ("HỘI", (559.0, 727.7, 567.6, 742.1)),
         ("HỮU", (560.4, 707.8, 566.4, 725.3)), ("NGHỊ", (560.6, 685.0, 567.5, 705.4)),
         ("-", (560.2, 660.7, 564.5, 663.1)), ("TRUNG", (560.6, 631.4, 566.3, 658.5)),
         ("TỈNH", (558.6, 609.6, 566.3, 629.3)), ("LẠNG", (560.6, 585.4, 567.8, 607.0)),
         ("SƠN", (560.3, 566.9, 566.3, 582.9))]


def test_an_edge_label_read_in_two_pieces_at_its_dash_is_no_credit() -> None:
    words = tuple(_level(["Body", "text", "beside", "it."], 410.0)
                  + [_word(t, b) for t, b in _EDGE])
    drafts = turned_drafts(words, [], (), ((40.0, 540.0),), 7.0, exact=False)
    assert len(drafts) == 2 and all(d.role == Role.HEADER for d in drafts)
    # a credit set upright alone, its label read, is still a credit
    credit = tuple(_level(["Body", "text"], 410.0) + _CREDIT)
    assert [d.role for d in turned_drafts(credit, [], (), ((40.0, 540.0),), 7.0)] == \
        [Role.CREDIT]
