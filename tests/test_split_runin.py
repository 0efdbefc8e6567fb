"""Run-in heads (``magpipe.split.run_in_heads``): a title in capitals opening its article's
first paragraph on the same line is a title block, and the rest of the line opens the
article's first paragraph. Pages of the ``runin`` family saved by ``tools/runin_test_data.py``;
the pure rule on lines built from words, for the lead-ins it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import role_inputs, split
from magpipe.split.pieces import make_line
from magpipe.split.run_in_heads import run_in_heads
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-runin"


def _split(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, [b for page in split(pages, Config(), roles="rules").pages
                   for b in page.blocks]


def _same(a: str, b: str) -> bool:
    return fuzz.ratio(a.casefold(), b.casefold()) >= 95


def _titles_found(truth: dict, blocks, roles: bool = False) -> None:
    """Every truth title of the page is a title block in its language, and the block after it
    opens with the text that follows the title in the truth (the head cut from its line); with
    ``roles``, in the truth's role (an intro set apart from the body, or body text)."""
    want = [b for page in truth["pages"] for b in page["blocks"]]
    heads = [(k, b) for k, b in enumerate(want) if b["role"] == "title"]
    assert heads
    for k, head in heads:
        found = [j for j, b in enumerate(blocks) if b.role == Role.TITLE
                 and b.lang == head["lang"] and _same(b.text, head["text"])]
        assert found, head["text"]
        after = next(b for b in want[k + 1:] if b["article"] == head["article"]
                     and b["lang"] == head["lang"])
        nxt = next(b for b in blocks[found[0] + 1:] if b.lang == head["lang"])
        assert nxt.role in (Role.BODY, Role.INTRO)
        assert not roles or nxt.role == after["role"], (nxt.text[:40], nxt.role)
        assert nxt.text.split()[:4] == after["text"].split()[:4], (nxt.text[:40], after["text"])


def test_run_in_heads_under_the_running_heads_are_titles() -> None:
    """Each column opens under the running heads with a run-in head: cut from its line, the
    head lies in the page's top band, yet it is its article's title, not a running head."""
    truth, blocks = _split("page-head")
    _titles_found(truth, blocks)
    assert sum(b.role == Role.HEADER for b in blocks) == 2     # the two running heads


def test_a_title_wrapped_under_a_byline_set_right_is_cut_from_the_texts_first_line() -> None:
    """A title of two lines right under the byline set right of the article before it: its
    first line alone and its last words on the text's first line make one title (the byline
    above stays a byline), and the text's first paragraph opens with the rest of that line."""
    truth, blocks = _split("under-byline")
    _titles_found(truth, blocks)
    # (the bylines ending the articles before the titles; a byline carried over to the head
    # of the next column, KHONG NGHIA, was read as a rubric before run-in heads were cut)
    assert [b.text for b in blocks if b.role == Role.BYLINE] == ["MAI THU", "MAI THU"]


def test_a_title_filling_its_line_over_an_intro_set_bold_is_a_title() -> None:
    """A run-in title that fills its last line over an intro set in bold: no change of weight
    parts them, the change from capitals to lower case does; the title is a title and the
    intro opens on the next line."""
    truth, blocks = _split("bold-intro")
    _titles_found(truth, blocks)


def test_the_text_after_a_run_in_head_set_apart_from_the_body_is_its_intro() -> None:
    """The text after a run-in head is its article's intro where the round-up sets it apart
    from the body (here larger or in italics, or in bold), body text where it does not."""
    for name in ("page-head", "under-byline", "bold-intro"):
        truth, blocks = _split(name)
        _titles_found(truth, blocks, roles=True)


def _run_in_texts(name: str) -> list[str]:
    """The texts of the paragraphs cut as run-in heads on a saved page, and a check that the
    page's paragraphs were read."""
    paras = [p for page in role_inputs(RepairArtifact.load(DATA / f"{name}.repair.json"))
             for p in page.paras]
    assert paras
    return [" ".join(ln.text for ln in p.lines) for p in paras if p.run_in]


def test_a_section_label_in_both_languages_on_one_line_holds_no_run_in_head() -> None:
    """``ĐIỂM TIN ĐỐI NGOẠI`` in bold capitals then ``Foreign Affairs News`` on one line: a
    label in two languages, not a Vietnamese title and its text (a title and its text share
    their language)."""
    assert _run_in_texts("section-label") == []


def test_a_numbered_paragraph_under_a_title_holds_no_run_in_head() -> None:
    """A title over a paragraph that opens with its number in bold (``2.1 Attending the
    talks ...``): the number is no title's last word."""
    assert _run_in_texts("numbered-paragraph") == []


def test_run_in_heads_are_cut_on_a_runin_page() -> None:
    """The saved runin page's heads are cut (the check the two tests above lean on)."""
    assert len(_run_in_texts("page-head")) >= 2


def _line(*runs: tuple[str, bool]) -> tuple[tuple[Word, ...], list]:
    """Words of one line (text, bold) set 40 points wide each at 9 points, and the line."""
    words = tuple(Word(text=t, box=(10 + 42 * i, 100, 50 + 42 * i, 109), size=9.0, bold=b)
                  for i, (t, b) in enumerate((t, b) for text, b in runs for t in text.split()))
    return words, [make_line(words, list(range(len(words))))]


def _heads(*runs: tuple[str, bool], exact: bool = True) -> list:
    words, lines = _line(*runs)
    return run_in_heads(words, lines, exact, lambda k: True)


def test_a_line_opening_with_bold_capitals_then_regular_text_holds_a_head() -> None:
    heads = _heads(("CẤP NƯỚC SẠCH", True), ("Ngày 5/12, tỉnh khánh thành nhà máy.", False))
    assert len(heads) == 1 and heads[0].head.text == "CẤP NƯỚC SẠCH"
    assert heads[0].rest.text.startswith("Ngày 5/12")
    # OCR reads no weight: the step from capitals to lower case tells the head
    heads = _heads(("CẤP NƯỚC SẠCH", False), ("Ngày 5/12, tỉnh khánh thành.", False),
                   exact=False)
    assert len(heads) == 1 and heads[0].head.text == "CẤP NƯỚC SẠCH"


def test_lead_ins_of_paragraphs_inside_an_article_hold_no_head() -> None:
    """A bold lead-in in mixed case (a question, a numbered point), a speaker's or a term's
    label ending in a colon, a dateline ending in a dash, a lone acronym: no title."""
    assert not _heads(("Thưa ông,", True), ("dự án sẽ hoàn thành khi nào?", False))
    assert not _heads(("1. Quy hoạch", True), ("được điều chỉnh theo hướng mới.", False))
    assert not _heads(("ÔNG NGUYỄN VĂN AN:", True), ("Chúng tôi đã chuẩn bị kỹ.", False))
    assert not _heads(("HÀ NỘI -", True), ("Sáng nay, hội nghị đã khai mạc.", False))
    assert not _heads(("UBND", True), ("tỉnh đã họp phiên thường kỳ.", False))


def _article_runs(name: str) -> dict[str, list[int]]:
    """For each language, the truth article of each of the page's split blocks in reading
    order (the article whose truth block opens with, or else holds, the block's opening
    words), furniture left out."""
    truth, blocks = _split(name)
    want = [b for page in truth["pages"] for b in page["blocks"] if b["article"] is not None]
    runs: dict[str, list[int]] = {"vi": [], "en": []}
    for b in (b for b in blocks if b.role in (Role.TITLE, Role.INTRO, Role.BODY)):
        opening = " ".join(b.text.split()[:10])
        texts = [(w["article"], " ".join(w["text"].split()).casefold()) for w in want
                 if w["lang"] == b.lang]
        owner = [a for a, t in texts if t.startswith(opening.casefold())] or \
            [a for a, t in texts if opening.casefold() in t]
        if owner and b.lang in runs:
            runs[b.lang].append(owner[0])
    return runs


def test_items_set_in_level_bands_are_read_band_by_band() -> None:
    """Each item set in a band of its own across the page (its two languages starting level,
    its text running down the first column of its language's group and on into the
    second): each item's blocks are read together, band by band, not the first column's
    items before the second column's text (``run_in_bands``)."""
    for name in ("level-bands", "narrow-bands"):    # (narrow: bands under half a pitch high)
        for lang, run in _article_runs(name).items():
            assert len(set(run)) >= 3, (name, lang)
            assert run == sorted(run), (name, lang, run)


def test_a_title_broken_at_a_columns_foot_goes_on_at_the_next_columns_head() -> None:
    """A title whose lines begin at the first column's foot and go on at the second column's
    head is one title: the split links its second part to its first, and the article
    record carries the whole title in both languages."""
    truth, blocks = _split("title-turn")
    ids = {b.id: b for b in blocks}
    turned = [b for b in blocks if b.role == Role.TITLE and b.continued_from is not None]
    assert turned and all(ids[b.continued_from].role == Role.TITLE for b in turned)
    pages = RepairArtifact.load(DATA / "title-turn.repair.json")
    articles = align(split(pages, Config(), roles="rules"), Config()).articles
    for b in turned:
        whole = next(t["title"][b.lang] for t in truth["articles"]
                     if b.text.split()[-3:] == t["title"][b.lang].split()[-3:])
        assert not _same(b.text, whole)                 # (a part of its title)
        record = [a for a in articles if _same(getattr(a.title, b.lang) or "", whole)]
        assert record and record[0].title.vi and record[0].title.en


def test_a_capitals_intro_under_a_caption_across_the_gutter_is_read_in_its_column() -> None:
    """An intro in capitals in the first of two columns, under a photo whose caption and
    credit (one line, set smaller) cross the gutter a few points above the columns: the
    caption is cut from the columns (``touching``), so no line of the intro is joined across
    the gutter with the text beside it, and no run-in head is cut inside the intro."""
    truth, blocks = _split("capitals-intro")
    intro = next(b["text"] for page in truth["pages"] for b in page["blocks"]
                 if b["role"] == "intro")
    found = [b for b in blocks if b.role == Role.INTRO]
    assert len(found) == 1 and _same(found[0].text, intro)
    caption = next(b for b in blocks if b.role == Role.CAPTION)
    # the columns' blocks, under the caption, over the bulletin's name at the page's foot
    under = [b for b in blocks if caption.box[3] < b.box[1] < 700]
    assert len(under) == 4 and all(b.box[2] <= 320 or b.box[0] >= 320 for b in under)
    assert all(b.role != Role.TITLE for b in under)     # (the gutter runs at 310-328)


def _spaced(*runs: tuple[str, bool, float]) -> tuple[tuple[Word, ...], list]:
    """Words (text, bold, space before) of lines of 9 points, each word 30 points wide; a
    ``\\n`` token starts the next line."""
    words, lines, x, y, line = [], [], 10.0, 100.0, []
    for text, bold, space in runs:
        x += space
        for t in text.split():
            if t == "\\n":
                lines.append(line)
                line, x, y = [], 10.0, y + 12
                continue
            words.append(Word(text=t, box=(x, y, x + 30, y + 9), size=9.0, bold=bold))
            line.append(len(words) - 1)
            x += 33
    lines.append(line)
    ws = tuple(words)
    return ws, [make_line(ws, idx) for idx in lines]


def test_no_head_is_cut_across_a_gutter_or_where_the_capitals_go_on() -> None:
    """A line of capitals joined across a gutter with the next column's text (a space far
    wider than its others) holds no head; nor does a line whose capitals go on at the next
    line's head (an intro set in capitals); the same line with a word space holds one."""
    head = ("NAM ĐÃ TIẾP ĐỒNG CHÍ VI THAO", True, 0.0)
    text = ("Đồng chí Khánh chào mừng đoàn.", False, 3.0)
    words, lines = _spaced(head, text)
    assert len(run_in_heads(words, lines, True, lambda k: True)) == 1
    words, lines = _spaced(head, ("Đồng chí Khánh chào mừng đoàn.", False, 20.0))
    assert run_in_heads(words, lines, True, lambda k: True) == []
    words, lines = _spaced(head, text, ("\\n HÀNH TRUNG ƯƠNG", True, 0.0),
                           ("đồng chí Vi Thao.", False, 3.0))
    assert run_in_heads(words, lines, True, lambda k: True) == []


def test_a_scanned_head_of_two_lines_is_cut_where_ocr_lost_the_texts_capital() -> None:
    """A scan: the Vietnamese title ``ĐOÀN ĐẠI BIỂU ...`` fills a line and runs into its text's
    first line, whose first word ``Chiều`` OCR read as ``(hiệu``. The head is cut there all
    the same: a title, the text after it its article's first paragraph (read as one body
    paragraph, the title was lost and its article's Vietnamese text went to the article
    before)."""
    truth, blocks = _split("slipped-capital")
    found = [k for k, b in enumerate(blocks) if b.role == Role.TITLE and b.lang == "vi"
             and _same(b.text, "ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI KHU TỰ TRỊ DÂN TỘC CHOANG "
                       "QUẢNG TÂY VÀ MỘT SỐ ĐỊA PHƯƠNG CỦA TRUNG QUỐC")]
    assert found
    nxt = next(b for b in blocks[found[0] + 1:] if b.lang == "vi")
    assert nxt.role in (Role.BODY, Role.INTRO) and nxt.text.startswith("(hiệu ngày 15/12/2025")
