"""``cut_credit`` with its cheap substring tests gives what the plain patterns give."""

from __future__ import annotations

import itertools
import re

from magpipe.text import credits
from magpipe.text.credits import cut_credit


def _plain_cut_credit(text: str, lang: str) -> tuple[str | None, str | None]:
    """The patterns tried in turn on every text, white space cleaned by the regex."""
    def clean(t: str) -> str | None:
        return re.sub(r"\s+", " ", t).strip(" /") or None
    forms = ((credits._VI_COLLECTED, credits.COLLECTED_VI), (credits._VI_CREDIT, None),
             (credits._VI_FORM, None)) if lang == "vi" else \
        ((credits._EN_COLLECTED, credits.COLLECTED_EN), (credits._EN_CREDIT, None),
         (credits._EN_FORM, None))
    for pattern, fixed in forms:
        m = pattern.search(text)
        while m and pattern in (credits._VI_FORM, credits._EN_FORM) \
                and not credits._names_someone(m.group("name")):
            m = pattern.search(text, m.start() + 1)
        if m:
            if fixed is None:
                name = m.group("name")
                words = [w.strip(".-") for w in re.sub(r"[^\w\s.-]|_", " ", name).split()]
                fixed = clean(" ".join(w for w in words if any(c.isalpha() for c in w)))
            return clean(text[:m.start()]), fixed
    return clean(text), None


CAPTIONS = ["Toàn cảnh buổi tiếp.", "Overview of the talks.", "Lễ khánh thành nhà máy",
            "1. Toàn cảnh.", "He said so", "", "  /  ",
            "Ông Nguyễn Văn A phát biểu\u00a0tại hội nghị"]
CREDITS = ["Ảnh: TRÍ DŨNG/", "Ảnh: TRÍ DŨNG", "(Ảnh: KHÁNH LY)", "Anh; VŨ GIANG", "ẢNH: TTXVN",
           "Nguồn: TTXVN", "Nguon: VNA", "Ảnh sưu tầm", "ẢNH SƯU TẦM", "anh suu tam /",
           "Ảnh - TRÍ DŨNG", "Ảnh – Minh Đức", "© VNA", "©TRI DUNG", "Photo: THUY LINH -",
           "Photo: * TRI DUNG", "Source: VNA", "Ảnh/Photo: TRI DUNG", "Photo - TRI DUNG",
           "Photo by Minh Duc", "Photos by AFP and VNA", "Photographed by TRI DUNG",
           "Photo courtesy of VNA", "Courtesy of the Ministry", "courtesy of VNA",
           "Collected photo", "COLLECTED PHOTO.", "Photo: Collected", "(Photo: Collected)",
           "photo: tri dung", "Photo by the river.", "PHOTO: VNA", "SOURCE - X", "Ảnh - ",
           "Ngu-ồn: X", "nh: Y", "Photo\n: X", "Ảnh\t:\u2003TRÍ  DŨNG\n"]
JOINS = ["", " ", ". ", "\n", " (", " / ", "\u00a0", "\x1c"]


def test_credits_are_cut_as_by_the_plain_patterns():
    for caption, join, credit in itertools.product(CAPTIONS, JOINS, CREDITS):
        for text in (caption + join + credit, credit + join + caption, credit, caption):
            for lang in ("vi", "en"):
                assert cut_credit(text, lang) == _plain_cut_credit(text, lang), (text, lang)


def test_white_space_is_cleaned_as_the_regex_cleans_it():
    spaces = "".join(c for c in map(chr, range(0x3100)) if re.fullmatch(r"\s", c))
    assert spaces == "".join(c for c in map(chr, range(0x3100)) if c.isspace())
    for text in ["", " ", "/", " / a / ", "a" + spaces + "b", spaces + "x/" + spaces,
                 "/ / x  y /\n", "\x1c\x1d a \x1e\x1f"]:
        assert credits._clean(text) == (re.sub(r"\s+", " ", text).strip(" /") or None)
