"""Contents pages and their twins (issue 16): where a list under a ``MỤC LỤC`` / ``CONTENTS``
heading ends (split), how its entries are read (numbered entries run together, one rubric
repeated, the heading read with the first entry, the page number at the left), how twin
entries are paired (by the article they name, in any order), what a contents record says of
each entry (its pages, the article it names), and the review page's rows for them.

Saved artifacts: ``tests/data/layouts-split/digest.repair.json`` (a Vietnamese contents page at
the front; the English section's first page opens with its contents, in another order, one
article left out, then its first article) and ``report-scanned`` (a cover strip whose English
heading OCR read with the list); ``tests/data/layouts/digest.split.json`` and
``report.split.json`` (the cover strip, the Vietnamese entries run together in one block)."""

from __future__ import annotations

import json
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.contents import Entry, pair_entries, parse_entry
from magpipe.archive.review import build_review
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.artifacts.records import CONTENTS, Source
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.contents import Listed, entry_run

SPLIT_DATA = Path(__file__).parent / "data" / "layouts-split"
ALIGN_DATA = Path(__file__).parent / "data" / "layouts"


def _split(name: str) -> SplitArtifact:
    return split(RepairArtifact.load(SPLIT_DATA / f"{name}.repair.json"), Config())


def _aligned(name: str):
    artifact = SplitArtifact.load(ALIGN_DATA / f"{name}.split.json")
    truth = json.loads((ALIGN_DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return align(artifact, Config()), truth


# --- split: where the list ends


def test_an_article_opening_under_a_contents_list_keeps_its_title_and_text():
    """The English section's first page: CONTENTS, two entries, then the first article."""
    page = next(p for p in _split("digest").pages
                if any(b.text == "CONTENTS" for b in p.blocks))
    roles = [(b.role, b.text) for b in page.blocks]
    entries = [t for r, t in roles if r == Role.CONTENTS and t != "CONTENTS"]
    assert len(entries) == 2 and all(t.isupper() for t in entries)
    title = next(r for r, t in roles if t.startswith("FRENCH AMBASSADOR") and t not in entries)
    assert title == Role.TITLE
    assert sum(r == Role.BODY for r, _ in roles) >= 5


def test_a_contents_heading_set_close_over_its_list_makes_the_list_contents():
    """The scanned cover's ``CONTENTS``, as close over its first entry as the entries' lines
    (once read as the first line of that entry: ``split.heading_lines`` parts them now), is
    the heading of a list of contents."""
    blocks = _split("report-scanned").pages[0].blocks
    k = next(k for k, b in enumerate(blocks) if b.text == "CONTENTS")
    assert blocks[k].role == blocks[k + 1].role == Role.CONTENTS
    assert blocks[k + 1].text.startswith("1 PROVINCIAL DELEGATION")


def test_the_list_ends_with_its_last_entry_and_takes_in_a_piece_of_an_entrys_row():
    """Heading; two entries (the second cut in two across the page by the layout); then a
    title of two lines and a body paragraph: only the entries and the piece are the list."""
    blocks = {
        1: Listed((40, 100, 300, 112), 1, 11, True, ("FRENCH AMBASSADOR VISITS 8",)),
        2: Listed((40, 120, 300, 132), 1, 11, False, ("PROVINCIAL DELEGATION VISITS",)),
        3: Listed((320, 121, 480, 133), 1, 11, True, ("THE GUANGXI REGION 9",)),
        4: Listed((40, 160, 180, 190), 2, 14, False, ("FRENCH AMBASSADOR", "VISITS LANG SON")),
        5: Listed((40, 200, 180, 400), 12, 11, False, ("On December 15, 2025, a …",)),
    }
    assert entry_run(blocks, (40, 80, 110, 94)) == {1, 2, 3}


def test_a_list_with_its_page_numbers_at_the_left_ends_with_its_last_entry():
    """``12  Title``: the pages at the left; a short rubric after the last entry is no entry."""
    blocks = {
        1: Listed((40, 100, 300, 112), 1, 11, False, ("3  FRENCH AMBASSADOR VISITS",)),
        2: Listed((40, 120, 300, 144), 2, 11, False, ("5  PROVINCIAL DELEGATION VISITS",
                                                      "THE GUANGXI REGION")),
        3: Listed((40, 160, 180, 172), 1, 14, False, ("EDITORIAL",)),
        4: Listed((40, 180, 180, 400), 12, 11, False, ("The year closes with …",)),
    }
    assert entry_run(blocks, (40, 80, 110, 94)) == {1, 2}


def test_the_next_numbered_entry_whose_page_ocr_lost_ends_the_list():
    """A scanned cover strip: ``1 …`` and ``2. …`` run together in one block that points to a
    page, then ``3, …`` whose page OCR lost: the third entry, not a title under the list; a
    block opening with another number is no entry of it."""
    head = (218, 318, 268, 327)
    entries = Listed((197, 335, 345, 481), 9, 7, True,
                     ("1 PROVINCIAL DELEGATION VISITS AND WORKS", "SEVERAL LOCALITIES 5",
                      "2. CHAIRMAN OF THE PEOPLE'S GOVERNMENT", "PARTY COMMITTEE 6"))
    third = Listed((218, 488, 335, 520), 2, 7, False,
                   ("3, FRENCH AMBASSADOR TO VIET NAM VISITS", "AND WORKS IN LANG SON"))
    assert entry_run({1: entries, 2: third}, head) == {1, 2}
    other = Listed((218, 488, 335, 520), 2, 7, False, ("1. THE YEAR IN REVIEW", "OF TALKS"))
    assert entry_run({1: entries, 2: other}, head) == {1}


def test_a_first_entry_whose_box_reaches_up_into_the_headings_is_under_it():
    """OCR boxes of ``MỤC LỤC`` and the entry set close under it overlap by a point."""
    head = (45.6, 463.7, 86.4, 473.4)
    first = Listed((44.8, 472.3, 388.2, 526.0), 4, 8.9, False,
                   ("1. ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI KHU TỰ TRỊ",
                    "VÀ MỘT SỐ ĐỊA PHƯƠNG CỦA TRUNG QUỐC"))
    assert entry_run({1: first}, head) == {1}


# --- align: reading the entries


def test_twin_contents_listing_their_articles_in_another_order_pair_by_the_article_named():
    out, truth = _aligned("digest")
    s = align_score(out, truth, fuzzy=True)
    assert s.contents_truth == 3 and s.contents_right == 3


def test_a_contents_record_names_each_entrys_article_and_the_pages_it_points_to():
    out, _ = _aligned("digest")
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    by_id = {a.id: a for a in out.articles}
    assert len(record.entries) == len(record.paragraphs)
    for link, entry in zip(record.paragraphs, record.entries, strict=True):
        named = by_id[entry.article]
        assert named.kind != CONTENTS and named.title.vi
        assert named.title.vi.split()[0] in (link.vi or "")
        assert link.vi is None or (entry.page_vi is not None and link.vi.endswith(
            str(entry.page_vi)))
    # the entry the English contents leaves out is reported, its article named all the same
    alone = [e for p, e in zip(record.paragraphs, record.entries, strict=True) if not p.en]
    assert len(alone) == 1 and alone[0].page_en is None and alone[0].article
    assert [x.item for x in record.left_out] == ["contents"]


def test_numbered_entries_run_together_in_one_block_are_cut_apart_and_paired():
    """The report's cover strip: the four Vietnamese entries are one block, their page numbers
    set in a column of their own (read with the English list)."""
    out, truth = _aligned("report")
    s = align_score(out, truth, fuzzy=True)
    assert s.contents_truth == 4 and s.contents_right == 4
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    assert [p.vi.split(".")[0] for p in record.paragraphs if p.vi] == ["1", "2", "3", "4"]


def test_entries_repeating_one_rubric_in_one_block_are_cut_apart():
    vi = [("vi", "contents", "MỤC LỤC"),
          ("vi", "contents", "ĐIỂM TIN ĐỐI NGOẠI: LỄ THÔNG TUYẾN CAO TỐC 2 "
                             "ĐIỂM TIN ĐỐI NGOẠI: ĐẠI SỨ PHÁP THĂM LẠNG SƠN 3")]
    en = [("en", "contents", "CONTENTS"),
          ("en", "contents", "TECHNICAL TRAFFIC OPENING OF THE EXPRESSWAY 5"),
          ("en", "contents", "FRENCH AMBASSADOR VISITS LANG SON 6")]
    (record,) = [a for a in align(make_split([vi, en], name="rubric"), Config()).articles
                 if a.kind == CONTENTS]
    assert [p.vi for p in record.paragraphs] == [
        "ĐIỂM TIN ĐỐI NGOẠI: LỄ THÔNG TUYẾN CAO TỐC 2",
        "ĐIỂM TIN ĐỐI NGOẠI: ĐẠI SỨ PHÁP THĂM LẠNG SƠN 3"]
    assert all(p.en for p in record.paragraphs)


def test_a_heading_read_with_the_first_entry_is_taken_off_it():
    vi = [("vi", "contents", "MỤC LỤC"),
          ("vi", "contents", "1. LỄ THÔNG TUYẾN CAO TỐC 2"),
          ("vi", "contents", "2. ĐẠI SỨ PHÁP THĂM LẠNG SƠN 3")]
    en = [("en", "contents", "CONTENTS 1. TECHNICAL TRAFFIC OPENING 5"),
          ("en", "contents", "2. FRENCH AMBASSADOR VISITS LANG SON 6")]
    (record,) = [a for a in align(make_split([vi, en], name="opened"), Config()).articles
                 if a.kind == CONTENTS]
    assert record.title.en == "CONTENTS"
    assert [p.en for p in record.paragraphs] == ["1. TECHNICAL TRAFFIC OPENING 5",
                                                 "2. FRENCH AMBASSADOR VISITS LANG SON 6"]


def test_an_entry_opening_with_a_heading_word_in_mixed_case_keeps_it():
    from magpipe.align.entries import opening_heading
    assert opening_heading("Inside the delegation's visit to Guangxi 5") is None
    assert opening_heading("INSIDE THIS ISSUE 1. Talks in Guangxi 5") == "INSIDE THIS ISSUE"


def test_a_title_running_on_below_its_page_number_is_read_with_its_entry():
    """``… EXPRESSWAY 5`` over ``PROJECT`` (set at line pitch under it, far from the next
    entry): one entry, the number at its end; a rubric over the next entry stays its own."""
    from magpipe.align.entries import run_ons_joined
    mine = [Block("p1-b1", 1, (40, 100, 480, 110), "TECHNICAL TRAFFIC OPENING OF THE EXPRESSWAY 5",
                  Lang.EN, Role.CONTENTS),
            Block("p1-b2", 1, (40, 113, 90, 123), "PROJECT", Lang.EN, Role.CONTENTS),
            Block("p1-b3", 1, (40, 140, 200, 150), "Foreign Affairs News", Lang.EN,
                  Role.CONTENTS),
            Block("p1-b4", 1, (40, 153, 480, 163), "FRENCH AMBASSADOR VISITS LANG SON 6",
                  Lang.EN, Role.CONTENTS)]
    _, joined = run_ons_joined(mine, mine, "en")
    assert [b.text for b in joined] == [
        "TECHNICAL TRAFFIC OPENING OF THE EXPRESSWAY PROJECT 5", "Foreign Affairs News",
        "FRENCH AMBASSADOR VISITS LANG SON 6"]


def test_the_rest_of_an_entrys_line_cut_off_by_ocr_is_read_with_it():
    """A scanned digest's English contents: OCR lost ``HONORARY`` and cut the entry's first
    line there; the piece at the right holds the rest of the line and the page, the next line
    runs on under it. One entry; two columns of entries that print their pages stay two."""
    from magpipe.align.entries import row_pieces_joined, run_ons_joined
    mine = [Block("p4-b4", 4, (33, 88, 371, 101),
                  "LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES AND WORKS WITH THE a",
                  Lang.EN, Role.CONTENTS),
            Block("p4-b5", 4, (33, 105, 95, 119), "JANEIRO, BRAZIL", Lang.EN, Role.CONTENTS),
            Block("p4-b11", 4, (394, 92, 563, 104), "CONSUL OF VIET NAM IN RIO DE 4", Lang.EN,
                  Role.CONTENTS)]
    blocks, joined = row_pieces_joined(mine, mine, "en")
    _, joined = run_ons_joined(blocks, joined, "en")
    assert [b.text for b in joined] == [
        "LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES AND WORKS WITH THE a "
        "CONSUL OF VIET NAM IN RIO DE JANEIRO, BRAZIL 4"]
    columns = [Block("p1-b1", 1, (40, 100, 280, 112), "FRENCH AMBASSADOR VISITS 3", Lang.EN,
                     Role.CONTENTS),
               Block("p1-b2", 1, (300, 100, 540, 112), "PROVINCIAL DELEGATION VISITS 5",
                     Lang.EN, Role.CONTENTS),
               Block("p1-b3", 1, (40, 120, 280, 132), "TECHNICAL TRAFFIC OPENING", Lang.EN,
                     Role.CONTENTS),
               Block("p1-b4", 1, (300, 120, 540, 132), "7  FRIENDSHIP EXCHANGE", Lang.EN,
                     Role.CONTENTS)]
    assert row_pieces_joined(columns, columns, "en")[1] == columns


def test_a_rubric_set_close_over_its_entry_is_read_with_it_where_no_page_is_printed():
    """A scanned newsletter's contents: OCR lost the page of the one entry, set under its
    rubric (``Foreign Affairs News``) far closer than the rubric is to the heading: one
    entry. Entries set as far apart as from their heading stay apart."""
    from magpipe.align.entries import stacked_pieces_joined
    head = Block("p2-b1", 2, (36, 59, 129, 74), "CONTENTS", Lang.EN, Role.CONTENTS)
    rubric = Block("p2-b2", 2, (36, 94, 113, 102), "Foreign Affairs News", Lang.EN,
                   Role.CONTENTS)
    entry = Block("p2-b3", 2, (48, 110, 473, 117), "TECHNICAL TRAFFIC OPENING OF THE HUU "
                  "NGHI BORDER GATE CHI LANG EXPRESSWAY PROJECT", Lang.EN, Role.CONTENTS)
    _, joined = stacked_pieces_joined([head, rubric, entry], [rubric, entry])
    assert [b.text for b in joined] == ["Foreign Affairs News TECHNICAL TRAFFIC OPENING OF "
                                        "THE HUU NGHI BORDER GATE CHI LANG EXPRESSWAY PROJECT"]
    spaced = [Block("p2-b2", 2, (36, 94, 300, 102), "FRENCH AMBASSADOR VISITS", Lang.EN,
                    Role.CONTENTS),
              Block("p2-b3", 2, (36, 118, 300, 126), "PROVINCIAL DELEGATION VISITS", Lang.EN,
                    Role.CONTENTS)]
    assert stacked_pieces_joined([head, *spaced], spaced)[1] == spaced


def test_a_page_number_set_at_the_left_of_an_entry_is_read():
    block = Block("p1-b1", 1, (0, 0, 1, 1), "12  FRENCH AMBASSADOR VISITS", Lang.EN,
                  Role.CONTENTS)
    assert parse_entry(block, "en").page == 12
    numbered = Block("p1-b2", 1, (0, 0, 1, 1), "3. FRENCH AMBASSADOR VISITS", Lang.EN,
                     Role.CONTENTS)
    assert parse_entry(numbered, "en").page is None


def test_entries_naming_one_article_pair_are_twins_whatever_their_ranks():
    def entry(text: str, lang: str, k: int) -> Entry:
        return Entry(text, None, None, Source(1, (0, 0, 1, 1), f"{lang}{k}", lang))
    vi = tuple(entry(t, "vi", k) for k, t in enumerate(("A", "B", "C")))
    en = tuple(entry(t, "en", k) for k, t in enumerate(("c", "a")))
    targets = {"vi0#0": 0, "vi1#0": 1, "vi2#0": 2, "en0#0": 2, "en1#0": 0}
    joined = [(a.text, b.text) for a, b, _ in pair_entries(vi, en, targets) if a and b]
    assert joined == [("A", "a"), ("C", "c")]


# --- the review page


def test_the_review_page_shows_each_entry_pair_with_its_pages_and_the_article_it_names():
    out, _ = _aligned("digest")
    (record,) = [a for a in out.articles if a.kind == CONTENTS]
    html = build_review(out, {}, {})
    first = record.entries[0]
    assert f"entry 1, p. {first.page_vi} / {first.page_en}" in html
    assert f'<a class="named" href="#{first.article}">article</a>' in html
    assert f'<article id="{first.article}"' in html
