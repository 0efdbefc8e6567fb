"""A grid of photos captioned once per language by one numbered list (the ``numbered`` layout
family): split and align from saved pages (``tests/data/layouts-numbered/``, made by
``tools/numbered_test_data.py``), and the rules on their own."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.align.key_order import grid_order, numbered_photos
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.key_entries import line_keys
from magpipe.split.puzzles import puzzle_boxes
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.caption_keys import misread_key

DATA = Path(__file__).parent / "data" / "layouts-numbered"
BODY = 9.0


def _run(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    result = split(artifact, Config())
    return result, align_score(align(result, Config()), truth, fuzzy=True)


def test_a_numbered_caption_list_beside_the_grid_is_captions_under_the_articles_titles() -> None:
    result, score = _run("beside")
    blocks = [b for p in result.pages for b in p.blocks]
    listed = [b for b in blocks if b.text.startswith(("1. ", "2. ", "6. "))]
    assert {b.lang for b in listed} == {Lang.VI, Lang.EN}
    assert all(b.role == Role.CAPTION for b in listed)
    titles = {b.lang for b in blocks if b.role == Role.TITLE}
    assert titles == {Lang.VI, Lang.EN}
    assert score.paired_right == score.articles == 1
    assert score.captions_right == score.captions == 6


def _facts(text: str, top: float, lines: int = 1) -> Facts:
    return Facts(text=text, box=(400.0, top, 600.0, top + 11.0 * lines), size=BODY, cw=0.5 * BODY,
                 bold=False, lines=lines, column=0, column_box=(400.0, 600.0))


PAGE = PageFacts(width=640.0, height=900.0, body_size=BODY, body_cw=0.5 * BODY, columns=3,
                 exact=True, repeated=frozenset())


def test_numbered_entries_each_signed_with_a_credit_are_no_puzzles_box() -> None:
    # each entry a sentence closed before its photographer's credit: photos' captions
    signed = [_facts("1. Toàn cảnh buổi làm việc. Ảnh - LA MAI", 150.0),
              _facts("2. Toàn cảnh buổi Hội kiến. Ảnh - TRÍ DŨNG", 163.0),
              _facts("3. Lãnh đạo hai Bên tuyên bố khánh thành công trình. Ảnh - TRÍ DŨNG", 176.0),
              _facts("1. Overview of the meeting. (Photo: LA MAI)", 189.0),
              _facts("2. Overview of the talks. (Photo: TRI DUNG)", 202.0),
              _facts("3. Leaders of both sides declare the inauguration. (Photo: TRI DUNG)", 215.0)]
    roles, _ = puzzle_boxes([Role.CAPTION] * 6, ["look"] * 6, signed, PAGE)
    assert roles == [Role.CAPTION] * 6
    # the same phrases unsigned and with no full stop are clues
    clues = [_facts(f.text.split(". ", 1)[0] + ". " + f.text.split(". ", 1)[1].split(".")[0],
                    f.box[1]) for f in signed]
    roles, _ = puzzle_boxes([Role.BODY] * 6, ["look"] * 6, clues, PAGE)
    assert roles == [Role.ASIDE] * 6


def test_a_credits_name_wrapped_to_a_line_of_its_own_goes_to_the_caption_over_it() -> None:
    result, score = _run("wrapped-credit")
    captions = {c.vi.split(".")[0]: c for a in align(result, Config()).articles
                for c in a.captions if c.vi and "Toàn cảnh chương trình" in c.vi
                or c.vi and "Các đại biểu chụp ảnh" in c.vi}
    # ``Ảnh: KHÁNH`` / ``LY``: the name whole on its caption, none of it on the list's last
    assert (captions["2"].credit, captions["2"].credit_en) == ("KHÁNH LY", "KHANH LY")
    assert (captions["4"].credit, captions["4"].credit_en) == ("TRÍ DŨNG", "TRI DUNG")
    assert score.captions_right == 4      # (the page's grid; the next article's is on page 3)


def test_a_scanned_key_naming_the_photo_in_words_stays_the_captions_first_words() -> None:
    result, score = _run("scanned-worded")
    captions = [c for a in align(result, Config()).articles for c in a.captions]
    assert len(captions) == 6
    # ``Ảnh 3: Toàn cảnh buổi làm việc.``: the key read as the caption's words, not a label
    assert [c.vi.split(":")[0] for c in captions] == [f"Ảnh {n}" for n in range(1, 7)]
    assert [c.en.split(":")[0] for c in captions] == [f"Photo {n}" for n in range(1, 7)]
    assert not [b for p in result.pages for b in p.blocks if b.role == Role.LABEL]
    assert score.captions_right == score.captions == 6


def test_a_key_ocr_misread_is_read_as_the_number_its_list_expects_next() -> None:
    assert misread_key("(S) Các đại biểu chụp ảnh lưu niệm.", 5) == 4
    assert misread_key("2, Leaders of both sides jointly declare", 2) == 3
    # only the number after the last key read right, and only with a key's mark
    assert misread_key("2, Leaders of both sides", 3) is None
    assert misread_key("So the delegation", 5) is None
    assert misread_key("1119 - 1120 at the border gate.", 11) is None
    assert line_keys(["1. Overview of the meeting. Photo: LA MAI",
                      "2, Leaders of both sides jointly declare the inauguration of the",
                      "dedicated cargo transport road project. Photo: TRI DUNG",
                      "3. The provincial delegation exits the country."]) == ["1", "2", None, "3"]
    assert line_keys(["2, Leaders of both sides jointly declare"]) == [None]


def _texts(name: str) -> list[tuple[str, str]]:
    result, _ = _run(name)
    return [(c.vi or "", c.en or "") for a in align(result, Config()).articles for c in a.captions]


def test_each_caption_whose_key_ocr_misread_is_its_photos_own() -> None:
    # ``2,`` for ``2.`` inside the English first entry's paragraph
    comma = _texts("scanned-comma")
    assert len(comma) == 6 and all(vi and en for vi, en in comma)
    assert comma[0][1] == "Overview of the meeting."
    assert comma[1][1].startswith("Leaders of both sides") and "Photo" not in comma[1][1]
    # ``(S)`` for ``(5)`` opening the Vietnamese fifth entry
    letter = _texts("scanned-letter")
    assert len(letter) == 6 and all(vi and en for vi, en in letter)
    assert letter[3][0].endswith("phát biểu tại buổi Lễ.")
    assert letter[4] == ("Các đại biểu chụp ảnh lưu niệm tại chương trình.",
                         "Delegates take a group ig at the meeting.")


def test_each_numbered_caption_gets_the_photo_of_its_number_in_the_grid_row_by_row() -> None:
    # a scan finds the photos in no particular order: the grid is read row by row
    left, right = (36.0, 190.0, 222.0, 327.0), (227.0, 191.0, 414.0, 327.0)
    low_left, low_right = (35.0, 331.0, 223.0, 467.0), (227.0, 330.0, 413.0, 468.0)
    assert grid_order([right, low_right, left, low_left]) == [left, right, low_left, low_right]
    # a large photo beside two small ones stacked: the large first, then the upper one
    big, top, foot = (38.0, 395.0, 342.0, 590.0), (348.0, 395.0, 529.0, 490.0), \
        (348.0, 496.0, 529.0, 590.0)
    assert grid_order([foot, top, big]) == [big, top, foot]
    assert numbered_photos(["1", "2", "3"], [foot, top, big]) == {"1": big, "2": top, "3": foot}
    # keys that do not count the page's photos name none of them
    assert numbered_photos(["1", "2"], [foot, top, big]) == {}
    assert numbered_photos(["top left", "top right", "bottom"], [foot, top, big]) == {}
    result, _ = _run("scanned-worded")
    captions = [c for a in align(result, Config()).articles for c in a.captions]
    boxes = [[tuple(round(v) for v in p.box) for p in c.photos] for c in captions]
    assert boxes[:4] == [[(36, 190, 222, 327)], [(227, 190, 414, 327)], [(35, 331, 223, 467)],
                         [(227, 330, 413, 468)]]


def test_unsigned_numbered_entries_beside_as_many_photos_are_no_puzzles_box() -> None:
    # captions with no credit and no full stop, numbered 1 to 3 in each language, beside a
    # grid of three photos: numbered no higher than the page holds photos, their captions
    texts = ["1. Toàn cảnh buổi làm việc", "2. Lãnh đạo hai bên hội đàm",
             "3. Đại biểu chụp ảnh lưu niệm", "1. Overview of the meeting",
             "2. Leaders of both sides hold talks", "3. Delegates pose for a group photo"]
    listed = [_facts(t, 150.0 + 13.0 * k) for k, t in enumerate(texts)]
    grid = ((40.0, 150.0, 390.0, 260.0), (40.0, 265.0, 210.0, 375.0),
            (220.0, 265.0, 390.0, 375.0))
    roles, _ = puzzle_boxes([Role.CAPTION] * 6, ["look"] * 6, listed, PAGE, photos=grid)
    assert roles == [Role.CAPTION] * 6
    # the same entries on a page with no photos, or numbered past its photos, are a box
    roles, _ = puzzle_boxes([Role.CAPTION] * 6, ["look"] * 6, listed, PAGE)
    assert roles == [Role.ASIDE] * 6
    roles, _ = puzzle_boxes([Role.CAPTION] * 6, ["look"] * 6, listed, PAGE, photos=grid[:2])
    assert roles == [Role.ASIDE] * 6
