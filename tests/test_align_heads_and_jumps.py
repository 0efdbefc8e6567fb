"""How align reads an article's head and its jumps on saved split artifacts of
``tests/data/layouts`` (``tools/layout_test_data.py``): a band over a section is no line of the
title under it, a title glued to its first numbered heading is cut, a title printed again
after a title page carries on its article, and jump lines name printed page numbers."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles
from magpipe.align.sections import glued_first_heading, numbered_heading
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.layout import Role
from magpipe.artifacts.records import CONTENTS
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score

DATA = Path(__file__).parent / "data" / "layouts"


def _load(name: str) -> tuple[SplitArtifact, dict]:
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return SplitArtifact.load(DATA / f"{name}.split.json"), truth


def test_a_band_over_the_english_section_is_no_first_line_of_the_title_under_it():
    """A digest: the English section opens with a band (``ENGLISH SECTION``) over its own
    contents, then the first English article's title: the band, which the split stage reads
    as a title (set large over the page; the truth calls it a running head), is not read with
    that title, so every article with a twin is paired."""
    artifact, truth = _load("digest-truth")
    band = [b for p in artifact.pages for b in p.blocks if b.text == "ENGLISH SECTION"]
    assert len(band) == 1
    artifact = replace(artifact, pages=tuple(
        replace(p, blocks=tuple(replace(b, role=Role.TITLE) if b in band else b
                                for b in p.blocks)) for p in artifact.pages))
    out = align(artifact, Config())
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 3 and s.paired_right == 3
    assert not any((a.title.en or "").startswith("ENGLISH SECTION") for a in out.articles
                   if a.kind != CONTENTS)
    assert s.f1 >= 0.9


def test_a_report_whose_title_split_read_with_its_first_heading_is_one_article():
    """A report: a cover page with the title, then the text under the title printed again,
    which split read in one block with the first numbered heading (``... của tỉnh 1. HỘI
    ĐÀM ...``): the heading is cut off the title, and the title printed again carries on the
    cover's article instead of opening a second one."""
    artifact, truth = _load("report")
    out = align(artifact, Config())
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 1 and s.paired_right == 1
    assert s.f1 >= 0.95
    (report,) = [a for a in out.articles if a.kind != CONTENTS and a.paragraphs]
    assert (report.title.vi, report.title.en) == (truth["articles"][0]["title"]["vi"],
                                                  truth["articles"][0]["title"]["en"])
    assert numbered_heading(report.headings[0].vi) == "1"
    assert 1 in report.pages and 2 in report.pages      # the cover and the text, one record


def test_a_title_is_cut_from_the_first_numbered_heading_only_where_the_setting_changes():
    assert glued_first_heading("Tổng kết hoạt động đối ngoại của tỉnh 1. HỘI ĐÀM GIỮA HAI "
                               "TỈNH") == ("Tổng kết hoạt động đối ngoại của tỉnh",
                                           "1. HỘI ĐÀM GIỮA HAI TỈNH")
    assert glued_first_heading("Chương I. NHỮNG QUY ĐỊNH CHUNG") is None   # its own label
    assert glued_first_heading("TOP 10 ĐIỂM ĐẾN 1. HÀ NỘI") is None         # one setting
    assert glued_first_heading("Ngày 15/12 có 1. sự kiện lớn.") is None


def test_two_articles_of_one_title_are_still_two_when_each_holds_its_text():
    split = make_split([[
        ("vi", "title", "Thư chúc Tết"), ("vi", "body", "Kính gửi quý bạn đọc thân mến."),
        ("vi", "title", "Thư chúc Tết"), ("vi", "body", "Thưa quý vị và các bạn."),
    ]])
    assert len(group_articles(split).drafts) == 2


def _renumbered(artifact: SplitArtifact, shift: int) -> SplitArtifact:
    """The same document printed as pages ``1 + shift`` on: page numbers and the pages its
    jump lines name move by ``shift``."""
    def block(b):
        if b.role == Role.PAGE_NUMBER and b.text.strip().isdigit():
            return replace(b, text=str(int(b.text) + shift))
        if b.role == Role.JUMP:
            return replace(b, text=re.sub(r"\d+", lambda m: str(int(m.group()) + shift), b.text))
        return b
    return replace(artifact, pages=tuple(replace(p, blocks=tuple(block(b) for b in p.blocks))
                                         for p in artifact.pages))


def test_jump_lines_name_printed_page_numbers():
    """Stacked articles carried over by jump lines, in an issue whose pages are printed 11 to
    15: each part is taken up on the page whose printed number its jump line names."""
    artifact, truth = _load("stacked-truth")
    assert any(b.role == Role.JUMP for p in artifact.pages for b in p.blocks)
    out = align(_renumbered(artifact, 10), Config())
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 2 and s.paired_right == 2 and s.f1 == 1.0
    first, second = (a for a in out.articles if a.paired)
    assert first.pages == (1, 3, 4) and second.pages == (2, 5)


def test_a_cover_title_read_between_two_panels_does_not_cut_an_articles_sentence():
    """A leaflet: the reading order puts the cover's title (at the foot of the outer sheet's
    last panel) between an article's intro, cut off in mid-sentence, and its text on the inner
    sheet: the text carries on that article, not the cover title."""
    artifact, truth = _load("trifold")
    out = align(artifact, Config())
    s = align_score(out, truth, fuzzy=True)
    assert s.articles == 2 and s.paired_right == 2
    (article,) = [a for a in out.articles if (a.title.vi or "").startswith("LÃNH ĐẠO UBND")]
    assert article.paired and article.pages == (1, 2)
    assert "Marc Knapper" in (article.intro.vi or "") + " ".join(p.vi or "" for p in
                                                                 article.paragraphs)
    assert not any(p.vi for a in out.articles if (a.title.vi or "").startswith("HOẠT ĐỘNG ĐỐI")
                   for p in a.paragraphs)


def test_a_sentence_taken_up_in_small_letters_in_the_next_column_is_one_paragraph():
    """Split linked one paragraph carried over (so its links decide), but not this one: the
    piece that stops in mid-sentence and the one that goes on in small letters in the next
    column are one paragraph."""
    split = make_split([[
        ("vi", "title", "LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ - CHI LĂNG"),
        ("vi", "body", "Ngày 19/12/2025, UBND tỉnh tổ chức Lễ thông tuyến dự án cao tốc",
         (40.0, 100.0, 250.0, 400.0)),
        ("vi", "body", "cửa khẩu Hữu Nghị - Chi Lăng.", (270.0, 100.0, 480.0, 120.0)),
        ("vi", "body", "Tuyến cao tốc dài gần 60 km, tổng mức đầu tư lớn và được", (270.0, 130.0,
                                                                                  480.0, 700.0)),
    ], [
        ("vi", "body", "kỳ vọng tạo động lực phát triển.", (40.0, 50.0, 250.0, 70.0)),
    ]])
    pages = list(split.pages)
    linked = replace(pages[1].blocks[0], continued_from=pages[0].blocks[3].id)
    pages[1] = replace(pages[1], blocks=(linked,))
    (draft,) = group_articles(replace(split, pages=tuple(pages))).drafts
    assert [p.text[:12] for p in draft.paragraphs] == ["Ngày 19/12/2", "Tuyến cao tố"]


def test_a_title_listed_above_it_on_its_own_page_is_no_title_page():
    """A contents entry read as a title, on the page where the article itself starts: the
    article's title under it opens the article (only a title page before the text makes the
    title printed again carry on)."""
    split = make_split([[
        ("en", "title", "PROVINCIAL DELEGATION VISITS GUANGXI"),
        ("en", "intro", "CHAIRMAN OF GUANGXI MEETS THE PROVINCIAL SECRETARY"),
        ("en", "title", "PROVINCIAL DELEGATION VISITS GUANGXI"),
        ("en", "body", "From December 14 to 19, 2025, the delegation visited Guangxi."),
    ]])
    listed, article = group_articles(split).drafts
    assert listed.intro is not None and not listed.paragraphs
    assert article.intro is None and len(article.paragraphs) == 1
