"""A scanned cut-out page's furniture and caption read as running text (issue 16): a glossary
box (``TỪ VỰNG · GLOSSARY``, ``cửa khẩu – border gate`` ...) Tesseract read as one block of
body was kept in the article, and a centred caption's first lines, read apart from its
credited last line, were body that align joined to a paragraph. The rules on made-up blocks,
and the saved page (``tests/data/layouts-scan-glossary/``,
``tools/scan_glossary_test_data.py``) split and aligned whole."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.caption_openings import caption_openings
from magpipe.split.glossaries import glossaries, term_pair
from magpipe.split.roles import Facts, PageFacts

DATA = Path(__file__).parent / "data" / "layouts-scan-glossary"
PAGE = PageFacts(width=637.0, height=842.0, body_size=7.0, body_cw=4.0, columns=3, exact=False,
                 repeated=frozenset(), body_pitch=11.0)


def fact(lines: tuple[str, ...], box: Box, column: int = 2) -> Facts:
    return Facts(text=" ".join(lines), box=box, size=7.0, cw=4.0, bold=False, lines=len(lines),
                 column=column, column_box=(420.0, 600.0), line_texts=lines)


# --- a glossary box ---------------------------------------------------------------------------

def test_a_line_is_a_term_pair_when_a_vietnamese_term_is_glossed_across_a_dash() -> None:
    assert term_pair("cửa khẩu - border gate")
    assert term_pair("lễ hội – festival")
    assert not term_pair("border gate - cửa khẩu")          # the gloss is Vietnamese
    assert not term_pair("Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng dài gần 60 km")
    assert not term_pair("KHÁM PHÁ")                         # no dash


def test_a_block_of_term_pairs_and_its_heading_are_a_glossary() -> None:
    """Four term pairs read as one body block, and the heading over them: kept out of the
    article as a boxed note; a bilingual heading over running text stays as it was."""
    head = fact(("TỪ VỰNG - 6L0SSARY",), (428.0, 446.0, 508.0, 455.0))
    terms = fact(("cửa khẩu - border gate", "chợ phiên - periodic market",
                  "hữu nghị - friendship", "lễ hội - festival"), (428.0, 460.0, 515.0, 503.0))
    assert glossaries([Role.SECTION, Role.BODY], [head, terms], PAGE) == [Role.ASIDE, Role.ASIDE]
    text = fact(("Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng dài gần 60 km, tổng mức",
                 "đầu tư trên 11 nghìn tỷ đồng, được khởi công năm 2024 và sẽ",
                 "hoàn thành trong năm tới."), (428.0, 460.0, 600.0, 490.0))
    assert glossaries([Role.SECTION, Role.BODY], [head, text], PAGE) == [Role.SECTION, Role.BODY]
    two = fact(("cửa khẩu - border gate", "lễ hội - festival"), (428.0, 460.0, 515.0, 480.0))
    assert glossaries([Role.BODY], [two], PAGE) == [Role.BODY]


# --- a centred caption's first lines ----------------------------------------------------------

def test_centred_lines_ending_mid_sentence_right_over_a_caption_open_it() -> None:
    """Two lines centred over the caption's credited last line, at its leading and ending
    mid-sentence: the caption's opening, chained upwards; a line closing its sentence, or
    one off the caption's axis, stays running text."""
    first = fact(("Mr. Hoang Quoc Khanh, Secretary of the Provincial Party",),
                 (328.0, 408.0, 503.0, 415.0), column=-1)
    second = fact(("Committee, presents a souvenir to Mr. Wei Tao, Chairman",),
                  (327.0, 419.0, 504.0, 426.0), column=-1)
    last = fact(("of Guangxi. (Photo: TRI DUNG)",), (369.0, 429.0, 462.0, 436.0))
    roles = [Role.BODY, Role.BODY, Role.CAPTION]
    assert caption_openings(roles, [first, second, last], PAGE) == [Role.CAPTION] * 3
    closed = fact(("the two sides agreed to meet again next year.",), (327.0, 419.0, 504.0,
                                                                       426.0), column=-1)
    assert caption_openings(roles, [first, closed, last], PAGE) == roles
    aside = fact(("Committee, presents a souvenir to Mr. Wei Tao, Chairman",),
                 (230.0, 419.0, 407.0, 426.0), column=1)
    assert caption_openings(roles, [first, aside, last], PAGE) == roles


# --- the saved page, split and aligned --------------------------------------------------------

def test_the_cutout_scans_glossary_is_kept_out_and_its_paragraphs_pair() -> None:
    """``cutout-2-scanned``: no article paragraph holds a glossary line or the caption's
    opening, and both paragraph links are right (the glossary's heading and terms were
    paired with the caption's lines before)."""
    pages = RepairArtifact.load(DATA / "cutout-glossary.repair.json")
    truth = json.loads((DATA / "cutout-glossary.truth.json").read_text(encoding="utf-8"))
    result = split(pages, Config(), roles="rules")
    glossary = [b for p in result.pages for b in p.blocks
                if "border gate" in b.text or "GLOSSARY" in b.text.upper().replace("0", "O")
                .replace("6", "G")]
    assert glossary and all(b.role == Role.ASIDE for b in glossary)
    aligned = align(result, Config())
    texts = [(link.vi or "") + (link.en or "") for a in aligned.articles for link in a.paragraphs]
    assert not any("border gate" in t or "Hoang Quoc Khanh" in t for t in texts)
    s = score(aligned, truth, fuzzy=True)
    assert (s.links_right, s.links_output, s.links_truth) == (2, 2, 2)
