"""Text facts split asks again and again are remembered (``functools.lru_cache``): a
remembered answer is the one the function gives afresh, for each kind of text, asked in
any order and again."""

from __future__ import annotations

from magpipe.split import langid, margin
from magpipe.text import headings

TEXTS = ("HÀ NỘI", "Hà Nội là thủ đô", "Ha Noi la thu do cua Viet Nam", "The capital city",
         "Ảnh: Minh Đức", "Photo: Minh Duc", "1945", "", "  ", "ĐỔI MỚI and Reform",
         "Mr Hoang Van Nam", "Tiêu điểm", "Focal Points", "ǅ", "ß straße")


def test_remembered_text_facts_are_the_fresh_ones():
    for text in [*TEXTS, *reversed(TEXTS), *TEXTS]:
        assert langid.evidence(text) == langid.evidence.__wrapped__(text)
        assert headings.upper_share(text) == headings.upper_share.__wrapped__(text)
        for lines in (1, 2, 5):
            assert margin._heading(text, lines) == margin._heading.__wrapped__(text, lines)
    assert langid.evidence(TEXTS[1]).marked > 0 and langid.evidence(TEXTS[2]).marked == 0
    assert headings.upper_share(TEXTS[0]) == 1.0 and margin._heading(TEXTS[11], 1)
