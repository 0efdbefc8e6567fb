"""The align scorer reads the truth shapes of the seventh round's held-out families: a contents
page whose twin lists the articles in another order and leaves one out, and an article printed
in Vietnamese only (``null`` English title), which must name no unpaired output article."""

from __future__ import annotations

from magpipe.eval.align_score import _entry_pairs, _find


def _article(vi: str, en: str | None) -> dict:
    return {"title": {"vi": vi, "en": en}, "paragraphs": [], "intro": None}


ARTICLES = [_article("Hữu nghị biên giới", "Border friendship"),
            _article("Mùa hoa đào", "Peach blossom season"),
            _article("Chợ phiên vùng cao", None)]


def test_contents_entries_are_paired_by_the_article_they_name_not_by_their_order():
    page = {"vi": ["Hữu nghị biên giới 3", "Mùa hoa đào 5", "Chợ phiên vùng cao 7"],
            "en": ["PEACH BLOSSOM SEASON 9", "Border friendship 11"]}
    assert _entry_pairs(page, ARTICLES) == [
        ("Hữu nghị biên giới 3", "Border friendship 11"),
        ("Mùa hoa đào 5", "PEACH BLOSSOM SEASON 9"),
        ("Chợ phiên vùng cao 7", "")]


def test_contents_entries_naming_no_article_are_paired_in_their_order():
    page = {"vi": ["Thư tòa soạn 2", "Tin vắn 4"], "en": ["Editor's letter 2", "In brief 4"]}
    assert _entry_pairs(page, ARTICLES) == list(zip(page["vi"], page["en"], strict=True))


class _Title:
    def __init__(self, vi, en):
        self.vi, self.en = vi, en


class _Out:
    def __init__(self, vi, en):
        self.title = _Title(vi, en)
        self.paragraphs, self.intro = [], _Title(None, None)


def test_an_article_in_one_language_is_found_by_its_title_never_by_the_missing_one():
    unpaired_other = _Out("Mùa hoa đào", None)
    itself = _Out("Chợ phiên vùng cao", None)
    assert _find(ARTICLES[2], (unpaired_other,), fuzzy=False) is None
    assert _find(ARTICLES[2], (unpaired_other, itself), fuzzy=False) is itself


def test_null_credits_match_a_caption_printed_with_no_credit_or_a_collected_photos_marks():
    from magpipe.artifacts.records import Caption
    from magpipe.eval.align_score import _caption_matches
    truth = {"vi": "Chị Vũ Thu Lan, 48 tuổi, tiểu thương", "en": "Vu Thu Lan, 48, trader",
             "credit": None, "credit_en": None}

    def caption(credit, credit_en, en="Vu Thu Lan, 48, trader"):
        return Caption(truth["vi"], en, credit, credit_en, 1, (0.0, 0.0, 1.0, 1.0))

    assert _caption_matches(caption(None, None), truth, False)
    assert _caption_matches(caption("Ảnh sưu tầm", "Collected photo"), truth, False)
    assert not _caption_matches(caption("TRÍ DŨNG", "TRI DUNG"), truth, False)
    assert not _caption_matches(caption("Ảnh sưu tầm", None), truth, False)
    assert not _caption_matches(caption(None, None, en=None), truth, False)
