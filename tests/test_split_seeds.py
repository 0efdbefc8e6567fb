"""Split rules on development families' documents drawn from another seed than the layout
bench's own (``bench/bench_layouts.py --seed``): page sizes, faces, type sizes and texts no
rule was written against. Inputs saved by ``tools/seeds_test_data.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import split
from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data" / "layouts-seeds"


def _split(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(pages, Config(), roles="rules")


def test_a_letters_subject_wrapped_nearly_to_its_columns_width_is_its_title() -> None:
    """A press release's subject of two long lines stands under two body sizes in from its
    column's edges; it is still the centred heading under the kind, and the letter's title in
    both languages (not a caption)."""
    truth, result = _split("letters-long-subject")
    titles = [b for page in result.pages for b in page.blocks if b.role == Role.TITLE]
    want = [a["title"][lang] for a in truth["articles"][:1] for lang in ("vi", "en")]
    assert len(titles) == 2
    for block, text in zip(titles, want, strict=True):
        assert fuzz.ratio(block.text.casefold(), text.casefold()) >= 95


def test_a_title_in_display_type_inside_a_tall_pages_top_band_is_no_running_head() -> None:
    """On a sheet 1,219 points high the top 6% reaches 73 points down, over the Vietnamese
    title printed above the columns: a heading of many words set as large as a title is the
    article's title, not furniture; the first article keeps both its titles."""
    truth, result = _split("quartet-tall-page")
    blocks = [b for page in result.pages for b in page.blocks]
    want = truth["articles"][0]["title"]
    for lang in ("vi", "en"):
        assert any(b.role == Role.TITLE and b.lang == lang
                   and fuzz.ratio(b.text.casefold(), want[lang].casefold()) >= 95
                   for b in blocks), lang
    heads = [b for b in blocks if b.role == Role.HEADER]
    assert heads and all(len(b.text.split()) <= 8 for b in heads)   # the running heads stay


def test_a_ragged_caption_touching_three_columns_is_cut_from_them() -> None:
    """A caption of two ragged lines set right on three narrow columns (no white between):
    cut from them, the columns are read one after the other, so no block runs across a
    gutter and each of the page's blocks lies in one column, as its truth's do."""
    truth, result = _split("newsletter-caption-over-columns")
    page = result.pages[0]
    caption = next(b for b in page.blocks if b.role == Role.CAPTION)
    under = [b for b in page.blocks if b.box[1] > caption.box[3] and b.role != Role.ASIDE
             and b.role != Role.PAGE_NUMBER]
    tops = sorted({round(b.box[0]) for b in under})
    assert len(tops) == 3                               # three columns' blocks
    width = max(b.box[2] - b.box[0] for b in under)
    assert width < (caption.box[2] - caption.box[0]) / 2   # none runs across a gutter
    starts = [b.text[:20] for b in under]
    want = [b["text"][:20] for b in truth["pages"][0]["blocks"]
            if b["role"] in ("intro", "body") and b["box"][1] > caption.box[3]]
    assert set(want) <= set(starts)


def test_a_bilingual_caption_set_beside_its_photo_is_no_text_wrapped_around_it() -> None:
    """A photo's caption set beside it, Vietnamese then English, as narrow as lines wrapped
    around a photo and ending just over a full line of the column under it: the two
    languages tell it is no column's text run around the photo, so the two columns under
    it are read each on its own: each language's first paragraph starts a body block of
    its language, and no block of the text runs across the gutter between them."""
    truth, result = _split("cover-caption-beside-photo")
    first = truth["articles"][1]["paragraphs"][0]
    blocks = [b for page in result.pages for b in page.blocks]
    for lang in ("vi", "en"):
        head = " ".join(first[lang][0].split()[:6]).casefold()
        assert any(b.role == Role.BODY and b.lang == lang and
                   b.text.casefold().startswith(head) for b in blocks), lang
    middle = (min(b.box[0] for b in blocks) + max(b.box[2] for b in blocks)) / 2
    assert not any(b.role in (Role.BODY, Role.INTRO) and b.box[0] < middle < b.box[2]
                   for b in blocks)


def _page_blocks(result, number: int):
    return [b for page in result.pages if page.number == number for b in page.blocks]


def _truth_blocks(truth: dict, number: int, roles: tuple[str, ...], lang: str | None = None):
    page = next(p for p in truth["pages"] if p["number"] == number)
    return [b for b in page["blocks"] if b["role"] in roles and (lang is None or
                                                               b.get("lang") == lang)]


def test_a_column_beside_a_photo_under_a_leads_short_last_line_is_not_wrapped_text() -> None:
    """A lead across the page, its short last line under its full ones, then a photo filling
    the left column and the right column's text beside it: the lead's full line runs on in
    no sentence end, but the short line stands between it and the column, so the photo is
    no one the text wraps around; the left column (the caption, then the text under it) is
    read before the right one, and the page's paragraphs come in the truth's order."""
    truth, result = _split("newsletter-column-beside-photo")
    number = truth["pages"][0]["number"]
    blocks = [b for b in _page_blocks(result, number) if b.role in (Role.BODY, Role.INTRO)]
    want = _truth_blocks(truth, number, ("body", "intro"))
    assert len(want) >= 4
    order = []
    for t in want:
        match = [k for k, b in enumerate(blocks) if b.text[:25] == t["text"][:25]]
        assert match, t["text"][:40]
        order.append(match[0])
    assert order == sorted(order)


def test_level_rows_of_two_columns_stay_apart_across_a_gutter_of_tall_boxed_type() -> None:
    """A face whose boxes stand 1.6x its size sets 9.3-point type in boxes 15.2 high, and
    its 11-point gutter is narrower than 0.75 box heights: measured against the body's font
    size as well, the rows of the two columns beside the photo's caption are not chained
    into one line, so no block of the text or the caption runs across the gutter."""
    truth, result = _split("interview-narrow-gutter")
    number = 4
    gutter = 304.5          # between the columns' edges (299 and 310 points)
    blocks = [b for b in _page_blocks(result, number)
              if b.role in (Role.BODY, Role.INTRO, Role.CAPTION, Role.BYLINE)]
    assert blocks
    assert not [b.text[:40] for b in blocks if b.box[0] < gutter < b.box[2]]
    captions = [b for b in blocks if b.role == Role.CAPTION]
    assert {b.lang for b in captions} == {"vi", "en"}


def test_a_translation_set_smaller_beside_the_originals_column_is_no_photos_caption() -> None:
    """English left, the Vietnamese translation set a size smaller in the right column,
    both starting right under a photo across the page and its two captions: the right
    column's paragraphs stand level with the English column's, set in the body's type, so
    they are a column's text, not captions stacked under the photo's."""
    truth, result = _split("english-first-smaller-translation")
    blocks = _page_blocks(result, 1)
    want = _truth_blocks(truth, 1, ("body", "intro"), "vi")
    assert want
    for t in want:
        match = [b for b in blocks if b.text[:25] == t["text"][:25]]
        assert match and match[0].role in (Role.BODY, Role.INTRO), t["text"][:40]
    assert [b for b in blocks if b.role == Role.CAPTION]          # the photo's own stay


def test_an_imprint_box_under_a_smaller_translation_takes_none_of_its_paragraphs() -> None:
    """The review's imprint box (contact fields, set smaller still) under the Vietnamese
    column's byline: the paragraphs over the byline, set in the column's size, not the
    box's, are the article's text; the box stays a note."""
    truth, result = _split("english-first-imprint-under-translation")
    blocks = _page_blocks(result, 2)
    want = _truth_blocks(truth, 2, ("body",), "vi")
    assert want
    for t in want:
        match = [b for b in blocks if b.text[:25] == t["text"][:25]]
        assert match and match[0].role == Role.BODY, t["text"][:40]
    assert any(b.role == Role.ASIDE and "gateway@" in b.text for b in blocks)


def test_a_story_under_jump_lines_is_read_after_the_stories_they_end() -> None:
    """Two stories end in jump lines set large and bold (``Xem tiếp trang 2``); a third runs
    under them across the page, its headline over four of six columns, a line's white above
    its columns. The jump lines are no lines of a headline and end the stories above the
    white band under them: the page is cut into modules there, so every block of the third
    story (its columns under the right-hand story's included) is read after every block above
    that band, and none before."""
    truth, result = _split("front-page-module-under-jump-lines")
    page = result.pages[0]
    last = truth["articles"][-1]["title"]["vi"]
    head = next(k for k, b in enumerate(page.blocks) if b.role == Role.TITLE
                and fuzz.ratio(b.text.casefold(), last.casefold()) >= 95)
    band = page.blocks[head].box[1]
    text = [(k, b) for k, b in enumerate(page.blocks) if b.role != Role.PAGE_NUMBER]
    assert all(k > head for k, b in text if b.box[1] > band)
    assert all(k < head for k, b in text if b.box[3] < band)


def test_story_titles_under_a_nameplates_band_are_no_running_heads() -> None:
    """Under a front page's nameplate, its twin and the issue lines, two stories' titles of
    three lines stand over photos; the white under the photos lies within the band's depth
    but the titles are no lines of the band: no block holding a story's title is a running
    head, and the first story's titles are its titles in both languages."""
    truth, result = _split("front-page-titles-under-nameplate")
    blocks = result.pages[0].blocks
    on_page = [a for a in truth["articles"] if 1 in a["pages"]]
    assert len(on_page) >= 2

    def holding(text: str, lang: str) -> list:
        return [b for b in blocks if b.lang == lang and len(b.text) >= len(text) // 2
                and fuzz.partial_ratio(b.text.casefold(), text.casefold()) >= 95]

    for article in on_page[:2]:
        for lang in ("vi", "en"):
            found = holding(article["title"][lang], lang)
            assert found and all(b.role != Role.HEADER for b in found), lang
    for lang in ("vi", "en"):
        assert any(b.role == Role.TITLE for b in holding(on_page[0]["title"][lang], lang))


def test_a_mastheads_lines_over_a_column_run_on_in_lower_case_stay_its_lines() -> None:
    """On a page of briefs the masthead's English name and issue line stand right over the
    top of a column whose text runs on from the column before (it opens in lower case): no
    head over its own text (``briefs._heads_text``), so the masthead's four lines, both
    names and both issue lines, are running heads, none of them an article's text."""
    truth, result = _split("briefs-masthead-over-run-on-column")
    masthead = [b["text"] for b in truth["pages"][0]["blocks"][:4]]
    assert all(b["role"] == "header" for b in truth["pages"][0]["blocks"][:4])
    for text in masthead:
        found = [b for b in result.pages[0].blocks
                 if fuzz.ratio(b.text.casefold(), text.casefold()) >= 90]
        assert found and all(b.role == Role.HEADER for b in found), text


def _texts_of(article: dict) -> list[str]:
    """Every paragraph and the intro of a truth article, both languages."""
    intro = [t for t in (article.get("intro") or {}).values() if t]
    return intro + [t for p in article["paragraphs"] for side in p.values() for t in side]


def test_a_framed_story_across_every_column_is_read_whole_outside_the_lead() -> None:
    """A story in a frame across all three columns under the lead's headline, the lead's
    text under the frame in the same columns (their gutters line up): the framed story's
    titles and text are read together, none of the lead's text between them, and between two
    articles: before the lead's head (``insets.boxed_stories``) or after all of its text."""
    truth, result = _split("dogleg-framed-inset-across-columns")
    blocks = result.pages[0].blocks
    lead, inset = (_texts_of(a) for a in truth["articles"][:2])

    def of(texts: list[str]) -> list[int]:
        # (whole blocks: the two stories share sentences, a block's opening words may not
        # tell them apart)
        return [k for k, b in enumerate(blocks) if b.role in (Role.BODY, Role.INTRO)
                and any(" ".join(b.text.split()) in " ".join(t.split()) for t in texts)]

    head = next(k for k, b in enumerate(blocks) if b.role == Role.TITLE and fuzz.ratio(
        b.text.casefold(), truth["articles"][1]["title"]["vi"].casefold()) >= 95)
    read = of(inset)
    assert of(lead) and read and (max(of(lead)) < head or min(of(lead)) > max(read))
    assert set(range(head, max(read) + 1)) - set(read) <= {head, head + 1}   # (its titles)


def test_a_paragraphs_first_line_at_a_columns_foot_is_no_running_foot() -> None:
    """A paragraph's first line alone at the foot of a column, in the page's bottom band
    (``Mr. Hoang Quoc Khanh,``), right under the column's text: running text, not a running
    foot."""
    _, result = _split("front-page-line-at-column-foot")
    line = [b for b in result.pages[0].blocks if b.text.strip() == "Mr. Hoang Quoc Khanh,"]
    assert line and all(b.role == Role.BODY for b in line)


def test_a_lead_set_larger_than_its_titles_under_a_band_keeps_them_titles() -> None:
    """A gallery's first page: its rubric band, then a story's titles centred under it, then
    the story's lead set larger than the titles (five lines of sentences): the titles are the
    story's, no masthead's, and the page's article pairs them."""
    truth, result = _split("gallery-lead-under-band")
    blocks = result.pages[0].blocks
    want = truth["articles"][0]["title"]
    for lang in ("vi", "en"):
        assert any(b.role == Role.TITLE and b.lang == lang
                   and fuzz.ratio(b.text.casefold(), want[lang].casefold()) >= 95
                   for b in blocks), lang


def test_columns_running_round_a_callout_are_read_column_by_column() -> None:
    """A hotline call-out across the second and third of three columns; the third column's
    English text above it stops mid-sentence and goes on under it (``Nhi-Tam Thanh scenic
    complex.``, one line over the next story's title). Each column is read down past the
    box before the next: the second column's text under the box (the first story's English
    title and text) comes before the third column's text above it, and the line under the
    box in the third column is running text, read right after that column's text above it."""
    truth, result = _split("notices-columns-round-callout")
    blocks = [b for b in result.pages[0].blocks if b.role not in (Role.ASIDE, Role.HEADER,
                                                                  Role.PAGE_NUMBER)]
    english = truth["articles"][0]["title"]["en"]
    title = next(k for k, b in enumerate(blocks) if b.role == Role.TITLE
                 and fuzz.ratio(b.text.casefold(), english.casefold()) >= 95)
    third = [k for k, b in enumerate(blocks) if b.box[0] > blocks[title].box[2]]
    assert third and all(k > title for k in third)
    tail = next(k for k, b in enumerate(blocks) if b.text.startswith("Nhi"))
    assert blocks[tail].role == Role.BODY
    above = [k for k in third if blocks[k].box[3] < blocks[tail].box[1]]
    assert above and tail == max(above) + 1


def _titles_whole(name: str, page: int = 0) -> None:
    """Each title of the saved page's truth (``page``: its index among the saved pages) is
    one title block of its language on the page, all its lines in it, and no block outside
    the articles holds a word of a title."""
    truth, result = _split(name)
    blocks = result.pages[page].blocks
    want = [b for b in truth["pages"][page]["blocks"] if b["role"] == "title"]
    assert want
    for t in want:
        assert any(b.role == Role.TITLE and b.lang == t["lang"]
                   and fuzz.ratio(b.text.casefold(), t["text"].casefold()) >= 95
                   for b in blocks), t["text"]
    words = {w for t in want for w in t["text"].split() if len(w) > 3}
    assert not [b.text for b in blocks if b.role in (Role.HEADER, Role.ASIDE)
                and words & set(b.text.split())]


def test_a_titles_first_line_over_a_short_second_line_is_no_section_band() -> None:
    """Each language's title of two lines over its two columns, the second line short and
    inside the first column: the lines are one title (its first line, cut from the second
    with the columns, and its twin beside it read as a section band across the page's top),
    and the page's running heads stay headers."""
    _titles_whole("quartet-title-short-second-line", page=1)


def test_a_titles_line_across_a_fold_keeps_its_short_last_line() -> None:
    """A sheet read as two facing pages: the Vietnamese title's first line runs across the
    fold, its short second line lies on the left page. The two lines are one title, read
    before the English title under it (not the second line after it, the first then taken
    for a banner and kept out of the article)."""
    _titles_whole("quartet-title-across-fold")


def _read_in_truth_order(name: str) -> None:
    """The saved page's article blocks are read in the order of the truth's blocks (each
    found by its first words; a caption may open with its article's words)."""
    truth, result = _split(name)
    want = [b["text"][:40] for b in truth["pages"][0]["blocks"]
            if b["role"] in ("body", "intro", "byline", "heading")]
    got = [b.text[:40] for b in result.pages[0].blocks
           if b.role not in (Role.HEADER, Role.PAGE_NUMBER, Role.CAPTION, Role.CREDIT)
           and b.text[:40] in want]
    assert len(got) >= len(want) - 1
    k = -1
    for text in got:        # (a subsequence of the truth's: bylines repeat)
        later = [i for i in range(k + 1, len(want)) if want[i] == text]
        assert later, text
        k = later[0]


def test_a_numbered_heading_level_with_a_paragraph_gap_starts_no_band() -> None:
    """A report's English page of two columns: a numbered heading in capitals opens the first
    column's text level with a paragraph gap in the second. One language's columns are no
    band of round-up items (whose twins start level in the other language's columns): the
    first column is read to its foot before the second."""
    _read_in_truth_order("report-heading-level-with-paragraph-gap")


def test_a_byline_level_with_a_paragraph_gap_starts_no_band() -> None:
    """A byline in capitals at the foot of a leaflet's panel, level with a paragraph gap in
    the next panel: no band of items starts there; each panel is read down to its foot."""
    _read_in_truth_order("trifold-byline-level-with-paragraph-gap")


def test_round_up_items_starting_level_are_read_band_by_band() -> None:
    """A round-up of four columns, two a language, its items' two languages starting level:
    the English title's justified capitals fall into pieces a word long, and are still the
    twin's head that opens the band, so each item is read across its band's two columns
    before the next item."""
    _read_in_truth_order("runin-level-items-justified-title")


def test_a_ragged_intros_lines_run_on_at_a_columns_head_are_one_paragraph() -> None:
    """A ragged intro set at a looser leading than the justified body runs on for two lines
    at the head of the next column, its first line ending short without a stop: the next
    line's first word would not have fitted after it, so the two lines are one paragraph,
    in each language (not a short last line of a paragraph set apart, and a new one)."""
    _, result = _split("quartet-ragged-intro-run-on")
    blocks = result.pages[0].blocks
    for first, last in (("dân Khu tự trị", "Trung Quốc."),
                        ("Government of the Guangxi", "Autonomous Region, China.")):
        block = next(b for b in blocks if b.text.startswith(first))
        assert block.text.endswith(last), block.text


def test_captions_over_two_halves_photos_keep_their_own_credits() -> None:
    """A page of two halves, a caption over each half's photo with its credit set at the
    right of its short lines, the row of captions alone under the titles: the row is read
    half by half (the white between a caption's short line and its credit is no column
    grid of its own), so each caption holds its own credit and no block runs across the
    halves."""
    truth, result = _split("overhead-captions-over-halves")
    page = result.pages[0]
    middle = page.width / 2
    notes = [b for b in page.blocks if b.role in (Role.CAPTION, Role.CREDIT)]
    want = [b for p in truth["pages"] for b in p["blocks"] if b["role"] in ("caption", "credit")]
    assert len(want) == 8 and notes
    for block in notes:
        assert block.box[2] < middle or block.box[0] > middle, block.text
    for item in want:
        left = item["box"][2] < middle
        assert any((b.box[2] < middle) == left and
                   fuzz.partial_ratio(item["text"], b.text) >= 95 for b in notes), item["text"]
    assert not any(b.text.count("TRI DUNG") + b.text.count("TRÍ DŨNG") > 1
                   for b in page.blocks)


@pytest.mark.xfail(strict=True, reason="open (issue 16): xycut.column_ranges keeps the titles' "
                   "range as the first column; counting a column the range reaches past the "
                   "middle of fixed this page but cost calendar-3/5 of seed 4400")
def test_column_text_under_a_title_short_of_the_second_columns_edge_is_body() -> None:
    """A story's titles set across the first two of four columns stop a little short of the
    second column's right edge: their range is no column (it reaches past the middle of the
    second), the first column keeps its own width, and the text under the titles in the
    two columns is body, not a lead set across them."""
    truth, result = _split("dogleg-title-short-of-column-edge")
    blocks = result.pages[0].blocks
    for opening in ("Zhuang Autonomous Region", "Mr. Chen Gang, Secretary"):
        block = next(b for b in blocks if b.text.startswith(opening))
        assert block.role == Role.BODY, (opening, block.role)
    want = [b["role"] for b in truth["pages"][0]["blocks"] if b["role"] == "intro"]
    assert sum(b.role == Role.INTRO for b in blocks) == len(want)


def test_a_smaller_caption_of_two_lines_beside_the_message_is_no_part_of_it() -> None:
    """The signer's portrait in a side column, its caption of two lines set smaller than the
    message beside it and level with the message's lines: the caption's two rows lie closer
    than a body line's height, yet they are two rows, so the strip between the two is a
    gutter; the caption and its credit stay out of the message's paragraphs, every one of
    which is read whole."""
    truth, result = _split("greeting-caption-beside-message")
    blocks = result.pages[0].blocks
    left = min(b["box"][0] for b in truth["pages"][0]["blocks"] if b["role"] == "body")
    assert all(b.box[0] >= left - 1 for b in blocks if b.role == Role.BODY)
    want = [b["text"] for b in truth["pages"][0]["blocks"] if b["role"] == "body"]
    got = [b.text for b in blocks if b.role == Role.BODY]
    assert len(got) == len(want)
    for text, block in zip(want, got, strict=True):
        assert fuzz.ratio(text, block) >= 95, text[:40]
    caption = next(b["text"] for b in truth["pages"][0]["blocks"] if b["role"] == "caption")
    assert any(b.role == Role.CAPTION and fuzz.ratio(b.text, caption) >= 90 for b in blocks)


def test_a_message_of_short_paragraphs_is_cut_at_its_paragraph_gaps() -> None:
    """A salutation, paragraphs of two lines and a closing wish: nearly half the steps between
    the message's lines cross a paragraph gap, so their median is no leading; the leading is
    the lower steps', and each of the truth's paragraphs (the salutation too) is a block of
    its own."""
    truth, result = _split("greeting-short-paragraphs")
    want = [b["text"] for p in truth["pages"] for b in p["blocks"] if b["role"] == "body"]
    got = [b.text for page in result.pages for b in page.blocks if b.role == Role.BODY]
    assert len(want) == 5
    assert len(got) == len(want)
    for text, block in zip(want, got, strict=True):
        assert fuzz.ratio(text, block) >= 95, text[:40]


@pytest.mark.parametrize("name", ["notices-band-past-narrow-column",
                                  "notices-band-in-narrow-column"])
def test_a_section_band_over_narrow_columns_is_a_header(name: str) -> None:
    """A news page's section band (``TIN TỨC - SỰ KIỆN`` flush left, ``NEWS AND EVENTS``
    flush right) over three narrow columns: the English half starts left of its column's
    text, or a little over two body sizes inside it, so it is no column's title; both halves
    are headers, and no article is titled by them."""
    truth, result = _split(name)
    want = [b["text"] for b in truth["pages"][0]["blocks"]
            if b["role"] == "header" and b["box"][1] > 40]
    assert len(want) == 2
    blocks = result.pages[0].blocks
    for text in want:
        block = next(b for b in blocks if fuzz.ratio(b.text, text) >= 95)
        assert block.role == Role.HEADER, (text, block.role)


def test_rows_of_two_columns_half_a_leading_apart_are_no_leading() -> None:
    """Two narrow columns of one type beside a round photo, read as one region: each column's
    rows stand half a leading below the other's, so half the steps between the region's
    lines are half a leading. Steps closer than the type's size are no text's leading: the
    paragraph under the photo's side is read whole, not a line a paragraph."""
    truth, result = _split("feature-columns-beside-round-photo")
    want = next(b["text"] for p in truth["pages"] for b in p["blocks"]
                if b["role"] == "body" and b["text"].startswith("Ông Đoàn Thanh Sơn"))
    got = [b.text for page in result.pages for b in page.blocks if b.role == Role.BODY]
    assert any(fuzz.ratio(want, text) >= 95 for text in got)
    assert not any(text.startswith(("Ông Đoàn Thanh Sơn,", "Phó Chủ tịch UBND"))
                   and len(text.split()) <= 4 for text in got)


def test_a_run_on_over_the_adverts_band_is_column_text_not_a_lead() -> None:
    """An English story's run-on at the head of a page over the adverts' band: its columns
    straddle the adverts', so it lies in no one column found, yet it stands level with its
    own next column as wide as it: column text (body), no lead across the columns."""
    _, result = _split("classifieds-run-on-over-adverts")
    block = next(b for page in result.pages for b in page.blocks
                 if b.text.startswith("Before the meeting"))
    assert block.role == Role.BODY


def test_an_italic_leads_last_line_level_with_its_top_is_the_lead() -> None:
    """An italic lead set larger than the page's body runs on for one line at the head of the
    next column, level with the lead's own first line under the title: that line ends the
    lead (intro) in both languages, no paragraph of its own."""
    _, result = _split("classifieds-italic-lead-end-level")
    blocks = result.pages[0].blocks
    for start in ("Choang Quảng Tây, Trung Quốc.", "China."):
        block = next(b for b in blocks if b.text == start)
        assert block.role == Role.INTRO, start


def test_a_sponsors_line_under_its_vietnamese_twin_is_english() -> None:
    """``SPONSORS: Bien Mau Bank ...`` set right under ``ĐƠN VỊ TÀI TRỢ: Ngân hàng Biên Mậu
    ...``: it repeats the Vietnamese line's names without marks, so no line test reads its
    language, but it opens with an English word and holds more: the block is cut there and
    the sponsors' line is English."""
    _, result = _split("programme-sponsors-line-under-twin")
    blocks = [b for page in result.pages for b in page.blocks]
    english = [b for b in blocks if b.text.startswith("SPONSORS")]
    assert len(english) == 1 and english[0].lang == "en"
    assert all("SPONSORS" not in b.text for b in blocks if b.lang == "vi")



def test_english_answers_cut_from_their_vietnamese_twin_are_no_third_language() -> None:
    """``Last issue's answers: 1. LANG SON; 2. DONG DANG; 3. HUU NGHI.``, cut from the
    Vietnamese answers over it as their English twin, reads to langdetect as a third language
    (its names are Vietnamese without marks); it repeats the Vietnamese line's names, so it is
    English, and the English clues over it are not carried into a third language with it."""
    _, result = _split("crossword-answers-under-twin")
    blocks = result.pages[0].blocks
    answers = [b for b in blocks if b.text.startswith("Last issue's answers")]
    assert len(answers) == 1 and answers[0].lang == "en"
    clues = [b for b in blocks if b.text == "DOWN" or b.text.startswith("1. Highest peak")]
    assert len(clues) == 2 and all(b.lang == "en" for b in clues)


def test_a_turned_cards_last_line_with_a_dash_is_turned_back_with_it() -> None:
    """A snapshot card turned a few degrees: its Vietnamese caption's last line, ``- MAI
    THU`` (its credit's name), has a dash whose box stands off the line's slope; it is turned
    back with the card, so the caption keeps its credit and both captions stay in the page's
    article (no box of no article)."""
    _, result = _split("scrapbook-card-credit-line")
    blocks = result.pages[0].blocks
    vi = next(b for b in blocks if b.text.startswith("Tổ chức Daejin"))
    en = next(b for b in blocks if "Republic of Korea" in b.text)
    assert vi.role == Role.CAPTION and vi.lang == "vi" and vi.text.endswith("MAI THU")
    assert en.role == Role.CAPTION and en.lang == "en" and en.text.startswith("Daejin")


def test_a_credits_name_at_a_lines_end_does_not_take_the_english_captions_first_words() -> None:
    """``Ảnh: Phạm Hương`` closes a line of a turned card's caption; the next line opens the
    English caption with capitalised words (``The Lang Son provincial delegation``): the
    credit's name ends at its line's end, and the English caption keeps its first words."""
    _, result = _split("scrapbook-credit-name-at-line-end")
    blocks = result.pages[0].blocks
    credit = next(b for b in blocks if b.text.startswith("Ảnh: Phạm"))
    assert credit.text == "Ảnh: Phạm Hương" and credit.role == Role.CREDIT
    assert any(b.text.startswith("The Lang Son provincial") and b.lang == "en" for b in blocks)


def test_a_credits_name_wrapped_alone_onto_a_line_is_no_wild_art_kicker() -> None:
    """A key of numbered captions beside a photo, one English credit's name broken over two
    lines (``Photo by KHANH`` / ``LY``): the wrapped ``LY`` in capitals, set at a line's pitch
    under its caption, is no kicker, and the key's captions stay the article's."""
    _, result = _split("keyed-credit-name-wrapped")
    key = [b for b in result.pages[0].blocks if any(
        b.text.startswith(s) for s in ("Các đại biểu", "Delegates", "Toàn cảnh", "Overview",
                                       "Đồng chí Hoàng", "Mr. Hoang", "LY"))]
    assert len(key) == 7 and all(b.role == Role.CAPTION for b in key)


def test_a_name_alone_on_a_line_wrapped_beside_a_photo_keeps_the_lines_one_paragraph() -> None:
    """A photo at a column's head, under the titles, the Vietnamese text wrapped beside it:
    one narrow line holds only a name (``Mar- celle Torres Alves Okuno``), which reads as
    English. Between Vietnamese lines it is of theirs: the lines are wrapped text, one
    paragraph with the column's text under the caption, none of them a byline."""
    _, result = _split("wrapround-name-line-beside-photo")
    blocks = result.pages[0].blocks
    para = [b for b in blocks if b.text.startswith("Tại buổi làm việc, ông Đinh")]
    assert len(para) == 1 and para[0].role == Role.BODY and para[0].lang == "vi"
    assert "Mar- celle Torres Alves Okuno" in para[0].text or \
        "Marcelle Torres Alves Okuno cùng phu quân" in para[0].text
    assert "nhà đầu tư Brazil" in para[0].text
    titles = max(b.box[3] for b in blocks if b.role == Role.TITLE)
    assert not any(b.role == Role.BYLINE and b.box[1] > titles for b in blocks)


def test_wrapped_text_running_on_under_a_smaller_caption_is_no_part_of_it() -> None:
    """The English text wrapped beside a photo runs on under the photo's caption, set smaller,
    in a short last line at the column's edge, in the photo's width (``orientations in the
    coming time.``): it ends the paragraph beside the photo, not the caption."""
    _, result = _split("wrapround-text-on-under-caption")
    blocks = result.pages[0].blocks
    para = [b for b in blocks if b.text.startswith("At the meeting, the Vice")]
    assert len(para) == 1 and para[0].role == Role.BODY
    assert para[0].text.endswith("expanding new cooperation orientations in the coming time.")
    caption = [b for b in blocks if b.text.startswith("Mr. Nguyen Canh Toan")]
    assert len(caption) == 1 and "orientations" not in caption[0].text


def test_a_name_printed_twice_in_capitals_under_the_titles_is_no_title() -> None:
    """A byline in capitals flush right under the titles, at the body's size: the name on two
    lines, ``KHỔNG NGHĨA`` / ``KHONG NGHIA``, the second without its marks. Two lines of
    capitals read as a title set at the body's size, which opened a new article and took the
    interview's Vietnamese text from it; a name said twice is no title and its translation,
    but the byline."""
    _, result = _split("interview-byline-name-twice")
    blocks = result.pages[0].blocks
    name = [b for b in blocks if b.text.startswith("KHỔNG NGHĨA")]
    assert len(name) == 1 and name[0].role == Role.BYLINE
    titles = [b for b in blocks if b.role == Role.TITLE]
    assert [b.text.split()[0] for b in titles] == ["ĐẠI", "FRENCH"]


def test_a_title_row_just_over_the_top_margin_line_stays_with_its_column() -> None:
    """A round-up's first item opens right under the running heads: its titles' first row
    ends just over the page's furniture margin line, the next row just under it, at the
    text's leading. The margin runs through the item's text, not through white: the row is
    read with its column (each title whole, in its language), not kept out as a running head."""
    truth, result = _split("runin-title-row-over-margin")
    blocks = result.pages[0].blocks
    want = truth["articles"][0]["title"]
    for lang in ("vi", "en"):
        assert any(b.role == Role.TITLE and b.lang == lang
                   and fuzz.partial_ratio(want[lang].casefold(), b.text.casefold()) >= 95
                   for b in blocks), lang
    heads = [b for b in blocks if b.role == Role.HEADER]
    assert len(heads) == 2 and all(len(b.text.split()) <= 10 for b in heads)   # (a row: 19)


def test_columns_of_another_grid_under_a_photo_band_do_not_run_round_it() -> None:
    """A story's two columns end over a photo across the page; another story's three columns
    start under it. Columns of another width are no columns running round the band: the
    story under it is read after the one above (its first column was read right after the
    upper story's first column, and its middle one last, after its jump line)."""
    _, result = _split("stacked-modules-round-photo-band")
    texts = [b.text for b in result.pages[0].blocks]

    def at(start: str) -> int:
        return next(k for k, t in enumerate(texts) if t.startswith(start))

    upper = at("Chương trình làm việc")
    first, middle, last = at("pleasure in welcoming"), at("cooperation and exchange"), \
        at("make every effort")
    assert upper < first < middle < last < at("(Continued on page")
