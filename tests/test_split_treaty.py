"""An instrument set in numbered articles (the ``treaty`` layout family): a memorandum or joint
statement whose parties, kind, subject and preamble stand over its articles and whose closing
formula and signers follow them, none of them an article's. Split and align from saved
documents (``tests/data/layouts-treaty/``, made by ``tools/treaty_test_data.py``), and the
rule and its text patterns on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.instrument import framed_instrument
from magpipe.text.provisions import number_line, opens_clause

DATA = Path(__file__).parent / "data" / "layouts-treaty"
NAMES = ("parallel", "stacked", "scanned")


@pytest.fixture(scope="module")
def done() -> dict:
    out = {}
    for name in NAMES:
        artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
        truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
        result = split(artifact, Config())
        out[name] = (artifact, truth, result, align(result, Config()))
    return out


def _frame(truth: dict, roles: tuple[str, ...]) -> list[tuple[int, dict]]:
    return [(p["number"], b) for p in truth["pages"] for b in p["blocks"]
            if b["role"] in roles and b["article"] is None]


def _kept_out(artifact, result, page: int, truth_block: dict) -> bool:
    """The words printed in the truth block's box are in blocks kept out of articles."""
    x0, y0, x1, y1 = truth_block["box"]
    words = next(p.words for p in artifact.pages if p.number == page)
    inside = {i for i, w in enumerate(words) if x0 <= (w.box[0] + w.box[2]) / 2 <= x1
              and y0 <= (w.box[1] + w.box[3]) / 2 <= y1}
    holding = [b for p in result.pages if p.number == page for b in p.blocks
               if inside & set(b.words)]
    return bool(holding) and all(b.role in FURNITURE_ROLES for b in holding)


@pytest.mark.parametrize("name", NAMES)
def test_an_instruments_parties_kind_subject_and_preamble_are_kept_out_of_articles(
        done, name) -> None:
    artifact, truth, result, _ = done[name]
    head = [(n, t) for n, t in _frame(truth, ("header", "sidebar")) if n == 1]
    assert len(head) >= 6
    missed = [b["text"] for n, b in head if not _kept_out(artifact, result, n, b)]
    assert not missed


@pytest.mark.parametrize("name", NAMES)
def test_the_closing_formula_and_signers_after_the_last_article_are_kept_out(done, name) -> None:
    artifact, truth, result, _ = done[name]
    last = max(p["number"] for p in truth["pages"])
    close = [(n, t) for n, t in _frame(truth, ("sidebar",)) if n == last]
    assert len(close) >= 8
    missed = [b["text"] for n, b in close if not _kept_out(artifact, result, n, b)]
    assert not missed
    s = split_score(result, artifact.pages, truth)
    assert s.out_correct == s.out_chars and s.in_correct >= 0.99 * s.in_chars


@pytest.mark.parametrize("name", NAMES)
def test_each_numbered_article_is_paired_clause_by_clause_with_no_article_of_its_frame(
        done, name) -> None:
    _, truth, _, aligned = done[name]
    a = align_score(aligned, truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right == a.links_output == a.links_truth


def test_a_vietnamese_titles_last_line_of_names_without_marks_stays_its(done) -> None:
    _, truth, _, aligned = done["stacked"]
    wanted = truth["articles"][0]["title"]["vi"]
    assert "JANEIRO" in wanted
    titles = [a.title.vi for a in aligned.articles]
    assert any(t is not None and "DE JANEIRO" in t and t.startswith("LÃNH ĐẠO") for t in titles)
    assert all(a.title.vi for a in aligned.articles)


def test_an_ocr_titles_last_word_read_as_a_byline_is_the_titles(done) -> None:
    _, _, _, aligned = done["scanned"]
    assert [a.title.en.split()[-1] for a in aligned.articles if a.title.en] == ["PROJECT"]


def _block(k: int, text: str, role: Role, lang: Lang = Lang.VI, page: int = 1,
           top: float = 0.0) -> Block:
    return Block(id=f"p{page}-b{k}", page=page, box=(40.0, top, 500.0, top + 14.0), text=text,
                 lang=lang, role=role)


def test_number_lines_and_clause_numbers_read_in_any_language() -> None:
    assert number_line("Điều 3.") == ("điều", 3)
    assert number_line("ARTICLE 12") == ("article", 12)
    assert number_line("Chương IV") == ("chương", 4)
    assert number_line("Điều 3. Phạm vi hợp tác") is None
    assert number_line("Số 5") is None           # a unit word has three letters at least
    assert all(opens_clause(t) for t in ("1.2 Hai bên", "b) The", "(c) Les", ".b) Tuyến"))
    assert not any(opens_clause(t) for t in ("1. Title", "2025 năm", "Ông A) b"))


def test_text_over_a_numbered_article_stays_when_no_title_is_set_over_it() -> None:
    blocks = [_block(0, "Chiều 5/12, đoàn công tác đã làm việc tại tỉnh.", Role.BODY, top=50),
              _block(1, "Điều 1.", Role.SECTION, top=100),
              _block(2, "PHẠM VI HỢP TÁC", Role.TITLE, top=120),
              _block(3, "1.1 Hai bên thống nhất tăng cường hợp tác.", Role.BODY, top=140),
              _block(4, "Article 1.", Role.SECTION, Lang.EN, top=200),
              _block(5, "SCOPE OF COOPERATION", Role.TITLE, Lang.EN, top=220),
              _block(6, "1.1 The two sides agree to strengthen cooperation.", Role.BODY, Lang.EN,
                     top=240),
              _block(7, "Văn bản này được làm tại Lạng Sơn.", Role.BODY, top=300)]
    out = framed_instrument(blocks)
    assert out[0].role == Role.BODY              # no title over it: no instrument's head
    assert out[7].role == Role.ASIDE             # the close after the last clause
    assert [b.role for b in out[1:7]] == [b.role for b in blocks[1:7]]


def test_nothing_changes_where_number_lines_do_not_count_up_from_one() -> None:
    blocks = [_block(0, "ỦY BAN NHÂN DÂN TỈNH", Role.TITLE, top=20),
              _block(1, "Tháng 12.", Role.SECTION, top=100),
              _block(2, "SỰ KIỆN NỔI BẬT", Role.TITLE, top=120),
              _block(3, "a) Ngày 3/12, tỉnh tổ chức hội nghị.", Role.BODY, top=140),
              _block(4, "Tháng 11.", Role.SECTION, top=200),
              _block(5, "TIN VẮN", Role.TITLE, top=220),
              _block(6, "Đoàn công tác đã làm việc tại tỉnh.", Role.BODY, top=300)]
    assert framed_instrument(blocks) == blocks


def test_a_closing_line_read_as_a_contents_entry_is_the_frames_not_a_contents_page() -> None:
    blocks = [_block(0, "Điều 1.", Role.SECTION, top=100),
              _block(1, "PHẠM VI HỢP TÁC", Role.TITLE, top=120),
              _block(2, "a) Hai bên thống nhất tăng cường hợp tác.", Role.BODY, top=140),
              _block(3, "Article 1.", Role.LABEL, Lang.EN, top=200),
              _block(4, "SCOPE OF", Role.TITLE, Lang.EN, top=220),
              _block(5, "COOPERATION", Role.CONTENTS, Lang.EN, top=236),
              _block(6, "a) The two sides agree to strengthen cooperation.", Role.CAPTION,
                     Lang.EN, top=260),
              _block(7, "Done at Lang Son in two originals.", Role.BODY, Lang.EN, top=300),
              _block(8, "FOR THE PEOPLE'S COMMITTEE", Role.CONTENTS, Lang.EN, top=330),
              _block(9, "3", Role.PAGE_NUMBER, Lang.EN, top=800)]
    out = framed_instrument(blocks)
    assert [b.role for b in out] == [Role.SECTION, Role.TITLE, Role.BODY, Role.SECTION,
                                     Role.TITLE, Role.TITLE, Role.BODY, Role.ASIDE, Role.ASIDE,
                                     Role.PAGE_NUMBER]


def test_an_article_over_a_serials_first_part_on_a_later_page_is_no_instruments_head() -> None:
    blocks = [_block(0, "TIN TỨC", Role.TITLE, top=60),
              _block(1, "Ngày 3/12, tỉnh tổ chức hội nghị.", Role.BODY, top=80),
              _block(2, "CÔNG TRÌNH MỚI", Role.TITLE, page=2, top=40),
              _block(3, "Tỉnh khánh thành công trình.", Role.BODY, page=2, top=60),
              _block(4, "Phần 1", Role.SECTION, page=2, top=100),
              _block(5, "HÀNH TRÌNH", Role.TITLE, page=2, top=120),
              _block(6, "Đoàn đi qua nhiều tỉnh.", Role.BODY, page=2, top=140),
              _block(7, "Part 1", Role.SECTION, Lang.EN, page=2, top=200),
              _block(8, "THE JOURNEY", Role.TITLE, Lang.EN, page=2, top=220),
              _block(9, "The delegation crossed many provinces.", Role.BODY, Lang.EN, page=2,
                     top=240)]
    assert [b.role for b in framed_instrument(blocks)] == [b.role for b in blocks]
