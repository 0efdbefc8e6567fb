"""The document's sound pages are evidence: names it repeats are read alike."""

from __future__ import annotations

import pytest
from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, PageSource, Word
from magpipe.config import Config
from magpipe.repair import repair, repair_text


def _page(number: int, lines: list[str], damaged: bool,
          sound_source: PageSource = PageSource.TEXT_LAYER) -> Page:
    words = tuple(Word(text, (10.0 * i, 20.0 * n, 10.0 * i + 8, 20.0 * n + 10), 10.0, line=n)
                  for n, line in enumerate(lines) for i, text in enumerate(line.split()))
    source = PageSource.DAMAGED_TEXT if damaged else sound_source
    return Page(number, 500.0, 700.0, source, "test", words, needs_repair=damaged)


def _document(*pages: Page) -> ExtractArtifact:
    return ExtractArtifact(DocumentInfo("x.pdf", "x", "0" * 64, len(pages)), pages)


def test_a_name_on_sound_pages_decides_its_damaged_copy() -> None:
    # both syllables marked, so the sound page is evidence for each (an unmarked ``GIANG``
    # is none: after the made-up ``VỤ``, ``GIANG`` against ``GIẢNG`` is the general
    # model's close call)
    alone = repair(_document(_page(1, ["Anh: VU HUONG"], True)), Config())
    assert alone.pages[0].text().endswith("VŨ HƯƠNG")  # the language model alone
    sound = _page(1, ["Ảnh: VỤ HƯƠNG", "Đoàn công tác", "Ảnh: VỤ HƯƠNG"], False)
    result = repair(_document(sound, _page(2, ["Anh: VU HUONG"], True)), Config())
    assert result.pages[1].text() == "Ảnh: VỤ HƯƠNG"
    assert result.pages[0] == sound


@pytest.mark.xfail(strict=True, reason="the trigram model's `ngoại nắm <num>` is only 6 nats "
                   "below `ngoại năm <num>`, not enough against the clean mode's tone-slip cost")
def test_a_word_seen_once_is_no_evidence_for_itself() -> None:
    fixed, _ = repair_text("công tác đối ngoại nắm 2025", "clean")
    assert fixed == "công tác đối ngoại năm 2025"


def test_an_error_repeated_on_a_sound_page_does_not_vouch_for_itself() -> None:
    """Vietnamese OCR repeats its slips (``Tổ chúc`` twice on a page): sound pages are
    decoded without the document's evidence, which would count the slip as a phrase."""
    page = _page(1, ["Phó Chủ tịch Tổ chúc hữu nghị tỉnh", "đại diện tổ chúc KFHI"], False,
                 PageSource.OCR)
    result = repair(_document(page), Config())
    assert result.pages[0].text() == ("Phó Chủ tịch Tổ chức hữu nghị tỉnh\n"
                                      "đại diện tổ chức KFHI")
