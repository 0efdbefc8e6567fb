"""Museum labels (tombstones) under or beside their photos: a lender's credit in sentence case
read whole, a label's stacked lines read as one caption, labels side by side across a row of
photos cut into cells, and the English label stacked under the Vietnamese one joined though
the lender's name is translated; a scan's short line ending in a comma no signature."""

from __future__ import annotations

from dataclasses import replace

from magpipe.align.caption_halves import CaptionDraft, match_halves
from magpipe.align.caption_runs import runs_rejoined
from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.artifacts.records import Source
from magpipe.split.article_feet import signatures
from magpipe.split.cells import _cells
from magpipe.split.drafts import caption_drafts
from magpipe.split.label_stacks import label_stacks
from magpipe.split.layout import Para
from magpipe.split.pieces import make_line
from magpipe.split.roles import Facts, PageFacts

SIZE = 7.8
PITCH = 10.8


def _rows(rows: list[list[str]], x: float = 43.0, top: float = 600.0
          ) -> tuple[tuple[Word, ...], Para]:
    """A paragraph of the rows given, set flush left at ``x``, words 4 pt apart."""
    words: list[Word] = []
    groups: list[list[int]] = []
    for k, row in enumerate(rows):
        at, y = x, top + k * PITCH
        groups.append([])
        for text in row:
            width = 4.2 * len(text)
            groups[-1].append(len(words))
            words.append(Word(text, (at, y, at + width, y + SIZE), SIZE))
            at += width + 2.0
    ws = tuple(words)
    lines = tuple(make_line(ws, g) for g in groups)
    return ws, Para(lines, union([ln.box for ln in lines]), 0)


def _texts(words: tuple[Word, ...], para: Para) -> list[tuple[str, str]]:
    return [(d.role, " ".join(words[i].text for i in d.words))
            for d in caption_drafts(words, para, 0)]


def test_a_lenders_credit_in_sentence_case_is_read_to_the_labels_end() -> None:
    """``Ảnh: Bảo tàng Gốm Chu`` / ``Đậu`` closing a label: the lender's name is the credit,
    not cut at ``tàng`` into a caption of its own; an English caption set under a credit in
    title case (``Ảnh: Phạm Hương`` / ``The Lang Son delegation ...``) keeps its own draft."""
    words, para = _rows([["Cao", "54", "cm"], ["Số", "hiệu", "BTH", "2031"],
                         ["Ảnh:", "Bảo", "tàng", "Gốm", "Chu"], ["Đậu"]])
    assert _texts(words, para) == [(Role.CAPTION, "Cao 54 cm Số hiệu BTH 2031"),
                                   (Role.CREDIT, "Ảnh: Bảo tàng Gốm Chu Đậu")]
    words, para = _rows([["Đoàn", "công", "tác", "thăm", "tỉnh."], ["Ảnh:", "Phạm", "Hương"],
                         ["The", "Lang", "Son", "delegation", "visits", "the", "province."]])
    assert _texts(words, para)[-1] == (
        Role.CAPTION, "The Lang Son delegation visits the province.")


def _block(k: int, box: tuple[float, float, float, float], text: str, role: str,
           lang: str = Lang.VI) -> Block:
    return Block(id=f"p1-b{k}", page=1, box=box, text=text, lang=Lang(lang), role=Role(role),
                 words=(k,))


def test_a_labels_stacked_lines_by_its_photo_are_one_caption() -> None:
    """A label under its photo came as its number line (a byline), its bold name (body), its
    fields, a field's last word wrapped and read after the credit, and the credit: one
    caption in the order of its lines, then the credit. Away from any photo, or not ending in
    a credit, the blocks stay as they were."""
    photo = (43.0, 484.0, 203.0, 588.0)
    blocks = [_block(0, (43.0, 597.0, 84.0, 608.0), "Hiện vật số 1", Role.BYLINE),
              _block(1, (43.0, 608.0, 117.0, 629.0), "Bình gốm hoa lam vẽ chim công", Role.BODY),
              _block(2, (43.0, 630.0, 108.0, 662.0), "Thời Lê sơ, thế kỷ", Role.CAPTION),
              _block(3, (43.0, 673.0, 106.0, 694.0), "Ảnh: Bảo tàng Gốm Chu Đậu", Role.CREDIT),
              _block(4, (43.0, 662.0, 52.0, 673.0), "15", Role.CAPTION, Lang.EN)]
    regions = [0] * len(blocks)
    out, _ = label_stacks(blocks, regions, (photo,), 9.0)
    assert [(b.role, b.lang, b.text) for b in out] == [
        (Role.CAPTION, Lang.VI,
         "Hiện vật số 1 Bình gốm hoa lam vẽ chim công Thời Lê sơ, thế kỷ 15"),
        (Role.CREDIT, Lang.VI, "Ảnh: Bảo tàng Gốm Chu Đậu")]
    assert label_stacks(blocks, regions, ((300.0, 100.0, 500.0, 200.0),), 9.0)[0] == blocks
    assert label_stacks(blocks[:3], regions[:3], (photo,), 9.0)[0] == blocks[:3]


def test_captions_each_closed_by_a_credit_at_its_line_end_stay_apart() -> None:
    """numbered-1: captions one under the other under a grid of photos, each with its credit
    at its last line's end (read as a credit block of its own), the third's credit on the line
    under it: three captions, not one; a photo's captions between stories read as no story's
    (asides) stay asides when a label's lines are joined."""
    photo = (42.0, 342.0, 338.0, 532.0)
    blocks = [_block(0, (42.0, 537.0, 322.0, 557.0), "Ảnh 1: Đồng chí Nguyễn Cảnh Toàn đón "
                     "đồng chí Vi Thao.", Role.CAPTION),
              _block(1, (122.0, 548.0, 171.0, 557.0), "Ảnh: TRÍ DŨNG", Role.CREDIT),
              _block(2, (42.0, 560.0, 130.0, 570.0), "Ảnh 2: Toàn cảnh buổi tiếp.", Role.CAPTION),
              _block(3, (131.0, 560.0, 180.0, 570.0), "Ảnh: TRÍ DŨNG", Role.CREDIT),
              _block(4, (42.0, 572.0, 326.0, 582.0), "Ảnh 3: Đoàn đại biểu tỉnh thăm Thượng Hải.",
                     Role.CAPTION),
              _block(5, (42.0, 582.0, 91.0, 592.0), "Ảnh: VŨ GIANG", Role.CREDIT)]
    out, _ = label_stacks(blocks, [0] * len(blocks), (photo,), 9.0)
    assert [b.text for b in out] == [b.text for b in blocks]
    label = [_block(0, (43.0, 597.0, 117.0, 608.0), "Trống đồng Ngọc Lũ", Role.ASIDE),
             _block(1, (43.0, 608.0, 110.0, 640.0), "Văn hóa Đông Sơn Số hiệu LSb 15771",
                    Role.ASIDE),
             _block(2, (43.0, 640.0, 106.0, 651.0), "Ảnh: Bảo tàng Lịch sử Quốc gia",
                    Role.ASIDE)]
    out, _ = label_stacks(label, [0, 0, 0], ((43.0, 484.0, 203.0, 588.0),), 9.0)
    assert [(b.role, b.text) for b in out] == [
        (Role.ASIDE, "Trống đồng Ngọc Lũ Văn hóa Đông Sơn Số hiệu LSb 15771 "
                     "Ảnh: Bảo tàng Lịch sử Quốc gia")]


def test_labels_side_by_side_under_a_row_of_photos_are_cells() -> None:
    """Under two photos, each photo's Vietnamese and English labels side by side (vi | en |
    vi | en, gutters 10-20 pt in 7.8 pt type): no strip has one language on the whole of each
    side, yet each gutter between a Vietnamese and an English label parts two cells."""
    cols = [(36.0, [["Trống", "đồng", "Ngọc", "Lũ"], ["Văn", "hóa", "Đông", "Sơn,", "thế"],
                    ["kỷ", "3", "trước", "Công"], ["Số", "hiệu", "LSb", "15771"]]),
            (122.0, [["Ngoc", "Lu", "bronze", "drum"], ["Dong", "Son", "culture,", "3rd"],
                     ["century", "BC"], ["Inv.", "no.", "LSb", "15771"]]),
            (216.0, [["Ấn", "vàng", "Hoàng", "đế"], ["chi", "bảo", "Thời"],
                     ["Nguyễn,", "năm", "1823"], ["Số", "hiệu", "LSb", "32460"]]),
            (302.0, [["Gold", "seal", "of", "the"], ["Emperor", "Nguyen"],
                     ["dynasty,", "1823", "Gold"], ["Inv.", "no.", "LSb", "32460"]])]
    words: list[Word] = []
    rows: list[list[int]] = [[] for _ in range(4)]
    for x, lines in cols:
        for k, row in enumerate(lines):
            at = x
            for text in row:
                width = 3.0 * len(text)
                rows[k].append(len(words))
                words.append(Word(text, (at, 381.0 + k * PITCH, at + width,
                                         381.0 + k * PITCH + SIZE), SIZE))
                at += width + 2.0
    ws = tuple(words)
    band = [make_line(ws, r) for r in rows]
    cuts = _cells(band, ws, 13.0)       # (the page's body size read off its titles)
    ends = [max(words[i].box[2] for r in rows for i in r if words[i].box[0] < nxt)
            for nxt in (122.0, 216.0, 302.0)]
    assert len(cuts) == 3 and all(end < cut < nxt for cut, end, nxt
                                  in zip(cuts, ends, (122.0, 216.0, 302.0), strict=True))


def _draft(vi: str | None, en: str | None, credit: str | None, credit_en: str | None,
           box: tuple[float, float, float, float], order: int) -> CaptionDraft:
    lang = Lang.VI if vi else Lang.EN
    return CaptionDraft(vi=vi, en=en, credit=credit, credit_en=credit_en,
                        sources=(Source(page=1, box=box, block=f"p1-b{order}", lang=lang),),
                        order=order)


def test_an_english_label_stacked_under_its_vietnamese_twin_joins_it_by_its_text() -> None:
    """Beside a photo on its right, the Vietnamese label over the English one: their credits
    name the lender in each language, which never match; the texts agree (numbers, names),
    and the English is set right under the Vietnamese at its left edge: one caption. Two
    labels of different objects stacked so stay apart."""
    vi = _draft("Mũi tên đồng Cổ Loa Thế kỷ 3 trước Công nguyên Đồng Dài 6 đến 8 cm "
                "Số hiệu CL 7705", None, "Ban Quản lý Di tích Cổ Loa", None,
                (34.0, 127.0, 133.0, 191.0), 2)
    en = _draft(None, "Co Loa bronze arrowheads 3rd century BC Bronze Length 6 to 8 cm "
                "Inv. no. CL 7705", None, "Co Loa Relic Site Management Board",
                (34.0, 200.0, 165.0, 263.0), 5)
    joined = match_halves([vi, en])
    assert len(joined) == 1 and joined[0].en == en.en and joined[0].credit == vi.credit
    other = _draft(None, "Exhibit 2 Betel box inlaid with mother-of-pearl 19th century "
                   "Ironwood 18 x 12 x 8 cm Donated object HT 0093", None,
                   "Tran Van Minh private collection", (34.0, 200.0, 165.0, 263.0), 5)
    assert len(match_halves([vi, other])) == 2


def test_a_labels_wider_line_under_its_short_first_line_goes_on_it() -> None:
    """``Exhibit 1`` (26 pt wide) over the name line (66 pt) at the same left edge: the
    caption runs on though the line under is not within the first one's width; a block set
    under it further right does not."""
    first = _block(0, (127.85, 597.27, 153.53, 607.88), "Exhibit 1", Role.CAPTION, Lang.EN)
    name = _block(1, (127.85, 608.08, 194.0, 629.48), "Blue-and-white vase with peacocks",
                  Role.CAPTION, Lang.EN)
    joined = runs_rejoined([(0, first, (first,)), (1, name, (name,))])
    assert [b.text for _, b, _ in joined] == ["Exhibit 1 Blue-and-white vase with peacocks"]
    off = _block(1, (150.0, 608.08, 230.0, 629.48), "Blue-and-white vase with peacocks",
                 Role.CAPTION, Lang.EN)
    assert len(runs_rejoined([(0, first, (first,)), (1, off, (off,))])) == 2


def test_a_short_line_flush_right_ending_in_a_comma_is_no_signature() -> None:
    """tombstone-3 scan: a column's last line ``Hoàng Quốc Khánh,`` read apart (its first word
    ``Mr.`` left in the line over it), set flush right under the column's text: its sentence
    goes on in the next column; a name without the comma there is the article's signature."""
    page = PageFacts(width=595.0, height=842.0, body_size=8.4, body_cw=4.2, columns=4,
                     exact=False, repeated=frozenset())

    def fact(text: str, box: tuple[float, float, float, float], lines: int) -> Facts:
        return Facts(text=text, box=box, size=8.4, cw=4.2, bold=False, lines=lines, column=2,
                     column_box=(306.0, 423.0))
    text = fact("Attending the meeting were Ms. Doan Thi Hau and Mr.", (306.0, 575.0, 423.0,
                                                                         766.0), 17)
    line = fact("Hoàng Quốc Khánh,", (330.0, 773.0, 423.0, 786.0), 1)
    assert signatures([Role.BODY, Role.BODY], [text, line], page) == [Role.BODY, Role.BODY]
    name = replace(line, text="Hoàng Quốc Khánh")
    assert signatures([Role.BODY, Role.BODY], [text, name], page) == [Role.BODY, Role.BYLINE]
