"""An article's page told as much by a graphic as by its text (the ``infographic`` layout
family): a map's call-outs, a chart's title, bars and source, a key figure, each in both
languages, under the article's head and above or beside its text. Split and align from saved
pages (``tests/data/layouts-graphics/``, made by ``tools/infographic_test_data.py``), and the
rules of ``magpipe.split.graphics`` on their own."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import _owner, truth_blocks
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.graphics import graphic_labels, twin_label_cut
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-graphics"


@cache
def _document(name: str):
    """A saved document's pages, its truth and its split (each split once per session)."""
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    return artifact, json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")), \
        split(artifact, Config())


def _roles_of_truth(artifact, truth, result, role: str) -> dict[str, int]:
    """Characters of the truth blocks of ``role``, by the role of the block holding them."""
    held: dict[str, int] = {}
    words = {p.number: p.words for p in artifact.pages}
    tblocks = truth_blocks(truth)
    for page in result.pages:
        local = [b for b in tblocks if b.page == page.number]
        for block in page.blocks:
            for i in block.words:
                w = words[page.number][i]
                owner = _owner(w.box, w.text, local, 3.0)
                if owner is not None and local[owner].role == role:
                    held[block.role] = held.get(block.role, 0) + len(w.text)
    return held


def test_a_graphics_call_outs_chart_and_key_figure_are_the_articles_labels() -> None:
    artifact, truth, result = _document("digital")
    held = _roles_of_truth(artifact, truth, result, "label")
    assert sum(held.values()) > 500
    assert held.get(Role.LABEL, 0) >= 0.97 * sum(held.values()), held
    s = split_score(result, artifact.pages, truth)
    assert s.in_correct == s.in_chars          # no call-out kept out as a list's furniture


def test_a_graphics_labels_are_no_paragraphs_and_its_photos_keep_their_captions() -> None:
    artifact, truth, result = _document("digital")
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right == a.links_output == a.links_truth      # no chart title as a link
    assert a.captions_exact == a.captions


def test_a_graphics_labels_stand_on_their_own_languages_side() -> None:
    artifact, truth, result = _document("digital")
    s = split_score(result, artifact.pages, truth)
    assert s.lang_correct >= 0.99 * s.lang_chars


def test_text_in_two_columns_under_a_graphic_is_no_lead() -> None:
    """The chart's bars make columns of the page's geometry: the Vietnamese column of text
    under the panel spans them, but its English twin stands level beside it."""
    result = _document("digital")[2]
    page = next(p for p in result.pages if any(b.role == Role.LABEL for b in p.blocks)
                and p.number == 2)
    text = [b for b in page.blocks if b.role in (Role.BODY, Role.INTRO)]
    assert len(text) == 2 and {b.lang for b in text} == {Lang.VI, Lang.EN}
    assert all(b.role == Role.BODY for b in text)


def test_a_key_figure_read_as_a_title_and_a_charts_names_under_a_picture_are_labels() -> None:
    artifact, truth, result = _document("scanned")
    blocks = [b for p in result.pages for b in p.blocks]
    titles = [b for b in blocks if b.role == Role.TITLE]
    assert not any("projects" in b.text for b in titles)
    assert any("projects" in b.text and b.role == Role.LABEL for b in blocks)
    bars = [b for b in blocks if "Imports" in b.text or "Nhập khẩu" in b.text]
    assert bars and all(b.role == Role.LABEL for b in bars)
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.captions_right == a.captions       # the photos' captions stay captions


def test_a_label_set_over_its_english_twin_in_one_block_is_cut() -> None:
    assert twin_label_cut(["Cửa khẩu Chi Ma", "Chi Ma border gate"]) == [1]
    assert twin_label_cut(["Khu kinh tế cửa khẩu Đồng Đăng", "- Lạng Sơn",
                           "Dong Dang - Lang Son border", "economic zone"]) == [2]
    # a title whose last line holds names in capitals, and a Vietnamese paragraph, stay whole
    assert twin_label_cut(["LÃNH SỰ DANH DỰ VIỆT NAM TẠI BANG", "RIO DE JANEIRO, BRAZIL"]) == []
    assert twin_label_cut(["Đoàn công tác đã thăm và làm việc tại tỉnh", "Lạng Sơn."]) == []
    assert twin_label_cut(["Một dòng tiếng Việt có dấu", "một dòng nữa có dấu", "ba dòng",
                           "bốn dòng", "năm dòng"]) == []


def _facts(text: str, box: tuple[float, float, float, float], lines: int = 1,
           size: float = 8.0) -> Facts:
    return Facts(text=text, box=box, size=size, cw=4.0, bold=False, lines=lines, column=0,
                 column_box=(40.0, 600.0), line_texts=(text,) * lines)


_PAGE = PageFacts(width=650.0, height=850.0, body_size=9.5, body_cw=4.5, columns=2,
                  exact=True, repeated=frozenset())


def test_a_list_stacked_in_one_column_under_a_title_is_no_graphic() -> None:
    """An imprint or a box of notes beside the text: short blocks in both languages under a
    title, but stacked in one column, not laid out side by side."""
    items = ["Tổng biên tập: Lương Thị Thu Hà", "Editor-in-chief: Luong Thi Thu Ha",
             "Thư ký tòa soạn: Nông Văn Bình", "Managing editor: Nong Van Binh",
             "Tòa soạn: số 2 đường Hoàng Văn Thụ", "Office: 2 Hoang Van Thu Street"]
    facts = [_facts("MỘT TIÊU ĐỀ BÀI VIẾT", (40, 60, 600, 90), size=20.0)]
    facts += [_facts(t, (340, 120 + 14 * k, 560, 130 + 14 * k)) for k, t in enumerate(items)]
    facts.append(_facts("Running text " * 30, (40, 120, 320, 300), lines=12, size=9.5))
    roles: list[str] = [Role.TITLE, *[Role.HEADER] * len(items), Role.BODY]
    out, _ = graphic_labels(roles, [""] * len(roles), facts, _PAGE, ())
    assert out == roles


def test_labels_laid_out_side_by_side_under_a_title_are_a_graphic() -> None:
    names = [("Xuất khẩu", "Exports"), ("Nhập khẩu", "Imports"), ("Quá cảnh", "Transit")]
    facts = [_facts("MỘT TIÊU ĐỀ BÀI VIẾT", (40, 60, 600, 90), size=20.0)]
    for k, (vi, en) in enumerate(names):
        x = 60 + 120 * k
        facts += [_facts(vi, (x, 300, x + 60, 310)), _facts(en, (x, 312, x + 60, 322))]
    facts.append(_facts("Running text " * 30, (40, 400, 600, 500), lines=8, size=9.5))
    roles: list[str] = [Role.TITLE, *[Role.CAPTION] * 6, Role.BODY]
    out, _ = graphic_labels(roles, [""] * len(roles), facts, _PAGE, ())
    assert out == [Role.TITLE] + [Role.LABEL] * 6 + [Role.BODY]


def test_a_photos_captions_beside_it_stay_captions_among_a_graphics_labels() -> None:
    """A photo's captions set beside it, level with its top (the English under the
    Vietnamese), among a graphic's labels laid out side by side under a title: the photo's."""
    names = [("Xuất khẩu", "Exports"), ("Nhập khẩu", "Imports"), ("Quá cảnh", "Transit")]
    facts = [_facts("MỘT TIÊU ĐỀ BÀI VIẾT", (40, 60, 600, 90), size=20.0)]
    for k, (vi, en) in enumerate(names):
        x = 60 + 120 * k
        facts += [_facts(vi, (x, 300, x + 60, 310)), _facts(en, (x, 312, x + 60, 322))]
    photo = (60.0, 120.0, 300.0, 280.0)
    facts += [_facts("Toàn cảnh buổi làm việc.", (312, 122, 420, 142), lines=2),
              _facts("Overview of the meeting.", (312, 146, 420, 166), lines=2)]
    facts.append(_facts("Running text " * 30, (40, 400, 600, 500), lines=8, size=9.5))
    roles: list[str] = [Role.TITLE, *[Role.CAPTION] * 8, Role.BODY]
    out, _ = graphic_labels(roles, [""] * len(roles), facts, _PAGE, (photo,))
    assert out == [Role.TITLE] + [Role.LABEL] * 6 + [Role.CAPTION] * 2 + [Role.BODY]
