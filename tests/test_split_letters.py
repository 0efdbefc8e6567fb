"""Official letters and their translations (the ``letters`` family): the form around the
letter's text (``magpipe.split.letterform``, ``magpipe.text.officialdocs``) and paragraph
pairs on common lines of parallel columns (``magpipe.split.parallel_rows``), on pages saved
by ``tools/letters_test_data.py`` from ``bench/bench_layouts.py``'s documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Block, Lang, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score
from magpipe.split import split
from magpipe.split.layout import Para
from magpipe.split.parallel_rows import common_row_cuts
from magpipe.split.pieces import Line
from magpipe.text import officialdocs as od
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-letters"
NAMES = ("parallel", "translation", "translation-scanned")


def _split(name: str, roles: str = "rules") -> tuple[RepairArtifact, dict, SplitArtifact]:
    """The saved pages ``name``, their truth and what the split stage makes of them."""
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    return (pages, json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8")),
            split(pages, Config(), roles=roles))


def _blocks(name: str) -> list[Block]:
    return [b for page in _split(name)[2].pages for b in page.blocks]


@pytest.mark.parametrize("name", NAMES)
def test_letter_form_parts_take_their_roles_and_the_letterhead_no_article(name: str) -> None:
    """Letterhead and stamp kept out (header), number, date and distribution list as labels,
    kind as section, subject as title, signer's block as byline, text as body."""
    artifact, truth, result = _split(name)
    s = score(result, artifact.pages, truth)
    assert s.out_correct == s.out_chars > 0
    assert s.role_accuracy >= 0.99
    assert s.lang_accuracy >= 0.99


@pytest.mark.parametrize("name", NAMES)
def test_the_kind_is_a_section_over_the_subject_title(name: str) -> None:
    _, truth, result = _split(name)
    blocks = [b for page in result.pages for b in page.blocks]
    for page in truth["pages"]:
        want = [(b["role"], b["text"]) for b in page["blocks"] if b["role"] in ("section",
                                                                               "title")]
        got = [(b.role.value, b.text) for b in blocks if b.page == page["number"]
               and b.role in (Role.SECTION, Role.TITLE)]
        assert [r for r, _ in got] == [r for r, _ in want]
        for (_, text), (_, truth_text) in zip(got, want, strict=True):
            # (OCR may misread a letter or a quote mark)
            assert fuzz.ratio(text.casefold(), truth_text.casefold()) >= 95


def test_a_subjects_short_last_line_stays_with_it_in_its_language() -> None:
    """OCR reads the subject's last line (``DE JANEIRO, BRAZIL``) apart and, alone, as
    English: it is the end of the Vietnamese title."""
    titles = [b for b in _blocks("translation-scanned") if b.role == Role.TITLE]
    assert [b.lang for b in titles] == [Lang.VI, Lang.EN]
    assert titles[0].text.endswith("DE JANEIRO, BRAZIL")


def test_no_paragraph_continues_the_addressee() -> None:
    blocks = _blocks("parallel")
    by_id = {b.id: b for b in blocks}
    addressees = [b for b in blocks if od.addressee_line(b.text)]
    assert len(addressees) == 4
    assert all(b.role == Role.BODY for b in addressees)
    assert not any(b.continued_from and od.addressee_line(by_id[b.continued_from].text)
                   for b in blocks)


def test_parallel_columns_cut_a_paragraph_where_its_twin_pair_starts_level() -> None:
    """Page 2: the English paragraph ``Attending ...`` ends a little above the common line
    where the next pair starts (``Ông Đoàn Thanh Sơn`` / ``Mr. Doan Thanh Son``)."""
    blocks = [b for b in _blocks("parallel") if b.page == 2 and b.role == Role.BODY]
    attending = next(b for b in blocks if b.text.startswith("Attending"))
    assert "Doan Thanh Son" not in attending.text
    mr = next(b for b in blocks if b.text.startswith("Mr. Doan Thanh Son"))
    ong = next(b for b in blocks if b.text.startswith("Ông Đoàn Thanh Sơn"))
    assert abs(mr.box[1] - ong.box[1]) < 1.0


def test_the_signers_name_and_the_date_take_the_english_pages_language() -> None:
    """Repair gives the English page's place and signer's name their marks (``Lạng Sơn, 1
    May 2025``... ``Hoàng Minh Tuấn`` under ``DIRECTOR``): the date's month and the office
    line above the name tell their language."""
    blocks = [b for b in _blocks("translation-scanned") if b.page == 2]
    date = next(b for b in blocks if b.role == Role.LABEL and od.dateline(b.text))
    assert date.lang == Lang.EN
    signer = [b for b in blocks if b.role == Role.BYLINE]
    assert len(signer) == 2 and all(b.lang == Lang.EN for b in signer)


def test_a_letter_pairs_with_its_translation_paragraph_by_paragraph() -> None:
    _, truth, result = _split("translation-scanned")
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles == 1
    assert a.links_right == a.links_output == a.links_truth == 4


def test_the_forms_fixed_wording_is_read_through_ocr_damage() -> None:
    assert od.national_line("Độc lập - Tự do - Hạnh phúc")
    assert od.national_line("Independenee - Freedom - Happiness")
    assert od.national_line("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert not od.national_line("Độc lập dân tộc và chủ nghĩa xã hội")
    assert od.translation_stamp("UNOFFICIAL TRANSLATION")
    assert od.number_line("Số: 283/SNgV-VP") and od.number_line("No.: 9§8/SNgV-VP")
    assert not od.number_line("Sở Ngoại vụ") and not od.number_line("Now, the province")
    assert od.addressee_line("Kính gửi: Đại sứ quán") and od.addressee_line("To: The Embassy")
    assert not od.addressee_line("Tomorrow: a visit")
    assert od.distribution_head("Nơi nhận:") and od.distribution_head("Recipients:")
    assert od.dateline("Lạng Sơn, ngày 5 tháng 5 năm 2025")
    assert od.dateline("Lang Son, 20 August 2025")
    assert od.dateline_in_english("Lạng Sơn, 5 May 2025")
    assert not od.dateline_in_english("Lạng Sơn, ngày 5 tháng 5 năm 2025")
    assert not od.dateline("Hà Nội, một thành phố vì hòa bình")



_VI = ("Ông Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh bày tỏ vui mừng đón tiếp Đại sứ cùng "
       "Đoàn công tác của Đại sứ quán đến thăm tỉnh")
_EN = ("Mr. Doan Thanh Son, Vice Chairman of the Provincial People's Committee, expressed his "
       "pleasure in welcoming the Ambassador and the delegation")
_COLUMNS = ((30.0, 280.0), (310.0, 560.0))


def _para(x0: float, x1: float, tops: tuple[float, ...], text: str,
          short: float | None = None) -> Para:
    """A paragraph of one line per top (10 high), the line at ``short`` ending at 200 points
    before the column's edge."""
    lines = tuple(Line(words=(), box=(x0, t, x1 - 200 if t == short else x1, t + 10), size=10,
                       bold=False, text=text, base=t + 9) for t in tops)
    return Para(lines=lines, box=(x0, tops[0], x1, tops[-1] + 10), region=0)


def _pieces(right_text: str, tops: tuple[float, ...], short: float) -> int:
    """How many paragraphs one right-hand paragraph becomes beside two left-hand ones that
    start at 100 and 170."""
    left = [_para(30, 280, (100, 114, 128), _VI), _para(30, 280, (170, 184), _VI)]
    return len(common_row_cuts([*left, _para(310, 560, tops, right_text, short)],
                               _COLUMNS)) - 2


def test_a_column_paragraph_is_cut_only_where_a_pair_starts_level_after_a_wider_step():
    # a short line, a wider step than the pitch, a line level with the other column's start
    assert _pieces(_EN, (100, 114, 128, 142, 170, 184), short=142) == 2
    # columns in one language are no pairs
    assert _pieces(_VI, (100, 114, 128, 142, 170, 184), short=142) == 1
    # the line level with the start follows at the paragraph's own pitch: one paragraph
    assert _pieces(_EN, (100, 114, 128, 142, 156, 170, 184), short=156) == 1
    # the line before it runs to the edge: one paragraph
    assert _pieces(_EN, (100, 114, 128, 142, 170, 184), short=-1) == 1


@pytest.mark.parametrize("name", NAMES)
def test_the_role_model_keeps_the_letterhead_out_too(name: str) -> None:
    """The form is told by its fixed wording, which the model's features do not see: it is
    laid over the model's roles as over the rules'."""
    artifact, truth, result = _split(name, roles="model")
    s = score(result, artifact.pages, truth)
    assert s.out_correct == s.out_chars > 0
