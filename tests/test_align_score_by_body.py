"""The align scorer's figures read by the text (``paired_by_body``, ``links_right_body``): an
article whose display title OCR misread is still paired when one output article holds its
paragraphs, an article split in two or merged with another is not, and the title figures stay
what they were."""

from __future__ import annotations

from magpipe.artifacts.pages import DocumentInfo
from magpipe.artifacts.records import AlignArtifact, Article, Bilingual, ParagraphLink
from magpipe.eval.align_score import score

VI = ["Sáng ngày 12 tháng 3, đoàn đại biểu tỉnh đã đến thăm cửa khẩu quốc tế Hữu Nghị.",
      "Tại buổi làm việc, lãnh đạo hai bên trao đổi về hợp tác thương mại biên giới.",
      "Đoàn cũng thăm khu kinh tế và nghe báo cáo về tình hình xuất nhập khẩu hàng hoá."]
EN = ["On the morning of March 12, the provincial delegation visited Huu Nghi border gate.",
      "At the working session, leaders of both sides discussed border trade cooperation.",
      "The delegation also visited the economic zone and heard a report on trade flows."]
VI2 = ["Lễ hội hoa đào năm nay thu hút hàng nghìn du khách đến với vùng cao xứ Lạng.",
       "Nhiều hoạt động văn hoá truyền thống được tổ chức suốt ba ngày lễ hội."]
EN2 = ["This year's peach blossom festival drew thousands of visitors to the highlands.",
       "Many traditional cultural activities were held during the three festival days."]
TITLE = ("ĐOÀN ĐẠI BIỂU TỈNH THĂM CỬA KHẨU", "PROVINCIAL DELEGATION VISITS BORDER GATE")
TITLE2 = ("LỄ HỘI HOA ĐÀO", "PEACH BLOSSOM FESTIVAL")


def _truth(*articles: tuple[tuple[str, str], list[str], list[str]]) -> dict:
    return {"articles": [{"title": {"vi": vi_title, "en": en_title}, "intro": None,
                          "captions": [],
                          "paragraphs": [{"vi": [v], "en": [e]}
                                         for v, e in zip(vi, en, strict=True)]}
                         for (vi_title, en_title), vi, en in articles]}


def _article(title: tuple[str | None, str | None], links: list[tuple[str, str]]) -> Article:
    return Article(id="a", source="in/x.pdf", sha256="0" * 64, issue=None, date=None,
                   pages=(1,), section=Bilingual(), title=Bilingual(*title),
                   byline=Bilingual(),
                   paragraphs=tuple(ParagraphLink(v, e, 1.0) for v, e in links),
                   captions=(), unpaired=(), title_from=(), paired=True, confidence=1.0)


def _aligned(*articles: Article) -> AlignArtifact:
    return AlignArtifact(DocumentInfo("in/x.pdf", "x", "0" * 64, 2), articles)


def test_an_article_whose_english_title_ocr_misread_is_paired_by_its_body_not_its_titles():
    misread = ("ĐOÀN ĐẠI BIỂU TỈNH THĂM CỬA KHẨU", "PR0VLYCI1L DLLEG1TIOY VTSITS BORDLR G.\\TE")
    s = score(_aligned(_article(misread, list(zip(VI, EN, strict=True)))),
              _truth((TITLE, VI, EN)), fuzzy=True)
    assert (s.paired_right, s.paired_by_body) == (0, 1)
    assert s.links_right == s.links_right_body == 3


def test_an_article_no_output_title_names_is_found_by_its_body_for_the_links_too():
    # both titles misread: today's figures lose the article and all its links
    misread = ("Đ\\I BIỂU TỈNH TH1M CỬ1 KH1U", "PR0VLYCI1L DLLEG1TIOY VTSITS BORDLR G.\\TE")
    s = score(_aligned(_article(misread, list(zip(VI, EN, strict=True)))),
              _truth((TITLE, VI, EN)), fuzzy=True)
    assert (s.paired_right, s.links_right) == (0, 0)
    assert (s.paired_by_body, s.links_right_body) == (1, 3)
    assert s.f1_by_body == 1.0


def test_an_article_split_in_two_is_not_paired_by_body():
    # the Vietnamese text in one record and the English in another: no record holds both sides
    s = score(_aligned(_article((TITLE[0], None), [(v, None) for v in VI]),
                       _article((None, TITLE[1]), [(None, e) for e in EN])),
              _truth((TITLE, VI, EN)), fuzzy=True)
    assert s.paired_by_body == 0


def test_two_articles_merged_into_one_record_pair_only_one_by_body():
    merged = _article(TITLE, list(zip(VI + VI2, EN + EN2, strict=True)))
    s = score(_aligned(merged), _truth((TITLE, VI, EN), (TITLE2, VI2, EN2)), fuzzy=True)
    assert s.paired_by_body == 1


def test_a_minority_of_the_paragraphs_does_not_pair_an_article():
    s = score(_aligned(_article(TITLE, [(VI[0], EN[0])]),
                       _article((None, None), list(zip(VI[1:], EN[1:], strict=True)))),
              _truth((TITLE, VI, EN)), fuzzy=True)
    # the titled record holds one paragraph in three; the untitled one holds two and pairs
    assert (s.paired_right, s.paired_by_body) == (1, 1)


def test_two_paragraphs_joined_in_one_link_are_both_held():
    joined = _article(TITLE, [(VI[0] + "\n\n" + VI[1], EN[0] + "\n\n" + EN[1]), (VI[2], EN[2])])
    s = score(_aligned(joined), _truth((TITLE, VI, EN)), fuzzy=False)
    assert s.paired_by_body == 1
