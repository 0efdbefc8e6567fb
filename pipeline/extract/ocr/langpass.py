"""Two-pass OCR for Vietnamese + English pages: which lines to read again in English.

Tesseract run with ``vie+eng`` picks a model per word and gives bold and italic Vietnamese
to the English model, which drops the diacritics (``tỉnh`` -> ``tinh``): 92% syllable
accuracy on the scanned fixture, against 98% with ``vie`` alone. The ``vie`` model reads
English a little worse than ``eng`` (96% against 98%). So the page is read once with
``vie``; the lines that are English are cut out, stacked into one small image and read
again with ``eng``; their words replace the first reading. Pure planning here; the
images and Tesseract calls are in :mod:`magpipe.extract.ocr.page`.

Photo captions mix the languages on one line (``... tháng 10/2025. Ảnh: KHỔNG NGHĨA/ The
Lang Son``): the English credit label counts as English and the name after it as neither;
on a mixed line only what follows the Vietnamese credit's slash takes the English reading.
A short line ``vie`` could not read at all (a name wrapped to a line of its own) is read
with ``eng`` too, and the surer reading kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

import numpy as np
from magpipe.extract.ocr.caps_reads import english_caps, mended_caps
from magpipe.extract.ocr.tesseract import OcrWord
from magpipe.text.credits import CREDIT_LABEL_END, credit_end
from magpipe.text.damage import has_vietnamese_only_letter
from magpipe.text.english import MARKERS as ENGLISH_MARKERS
from magpipe.text.vietnamese import has_vietnamese_marks, strip_diacritics

EN, VI, UNSURE = "en", "vi", "?"
PAD = 8          # pixels kept around a cut-out region
GAP = 30         # white pixels between stacked regions


# The English credit label, as either model reads it ("Photo:", "Photơ:"), or "Photo by"
# ('vie' reads its "by" "bý" or "bv"): English evidence (a Vietnamese credit says "Ảnh").
_PHOTO_LABEL = re.compile(r"^photo\s*[:;]$")
_PHOTO_BY = re.compile(r"^b[yv]$")


def _ends_in_photo_label(text: str) -> bool:
    """The text ends in ``Photo:`` or in ``Photo:`` and at most two words of the name."""
    m = CREDIT_LABEL_END.search(text)
    return m is not None and m.group("label").lower() == "photo"


def _is_name(token: str) -> bool:
    """Capitalised, not all capitals (``Nguyễn``, not ``NGUYỄN`` nor ``nguyễn``)."""
    return token[:1].isupper() and not token.isupper()


def line_language(words: list[OcrWord]) -> str:
    texts = [w.text for w in words]
    bare = [strip_diacritics(t).lower() for t in texts]
    label = next((i for i, t in enumerate(bare) if _PHOTO_LABEL.match(t) or (
        t == "photo" and i + 1 < len(bare) and _PHOTO_BY.match(bare[i + 1]))), None)
    if label is not None:
        # "Photo: TRÍ DŨNG", "Photo by TRÍ DŨNG": the name after the label is a Vietnamese
        # name in either language, so it says nothing; the label says English.
        texts = texts[:label]
    tokens = [t.strip(".,;:!?()[]“”\"'’‘-–/") for t in texts]
    tokens = [t for t in tokens if t and t[0].isalpha()]
    if label is not None:
        tokens.append("photo")
    if not tokens:
        return UNSURE
    english = sum(t.lower() in ENGLISH_MARKERS or t == "photo" for t in tokens)
    vietnamese = sum(has_vietnamese_only_letter(t) for t in tokens)
    # Names are capitalised and keep their marks when 'vie' reads them in English text ("Mr.
    # Nguyễn Cảnh Toàn, Deputy Secretary of"): a capitalised word is no Vietnamese evidence
    # against English words on the line.
    common = sum(has_vietnamese_only_letter(t) for t in tokens if not _is_name(t))
    # An English credit's label is enough where the words before it are too garbled to show
    # English words of their own (an italic caption 'vie' read: "Annuel traditonal festivals
    # atraet large nưnbers öftourists to Lang Son. Photo bỹ BUI THU/VN"), unless they are
    # plainly Vietnamese (a Vietnamese caption credited in the English form).
    if (label is not None or (english >= 1 and english >= 0.12 * len(tokens))) and \
            common <= 0.2 * len(tokens):
        return EN
    if vietnamese >= 0.2 * len(tokens):
        return VI
    return UNSURE


def lines_of(words: tuple[OcrWord, ...]) -> list[list[OcrWord]]:
    return [list(ws) for _, ws in groupby(words, key=lambda w: w.line)]


# An English line the 'vie' model read with every word at least this sure, and with no
# Vietnamese mark, is kept: reading it again costs time and fixes little (measured on the
# scanned fixture: re-reading only doubtful lines halves the second pass).
SURE = 90.0


def doubtful(line: list[OcrWord]) -> bool:
    return any(w.conf < SURE or has_vietnamese_marks(w.text) for w in line)


# A short line the first model could not read (a credit's name wrapped to a line of its own,
# "DŨNG" at confidence 5 for an English "DUNG") is read with 'eng' as well, and the surer
# reading kept: a name alone tells no language.
UNREAD = 30.0
SHORT = 3


def unread(line: list[OcrWord]) -> bool:
    return len(line) <= SHORT and _mean_conf(line) < UNREAD


# A display title set in capitals in a bold italic face: the 'vie' model reads an English one
# as garbage (``PROVTVCLAL DELEG.ATIOY VISIS LVD IVORKS LÝ THÊ GU:L1YGX``, mean confidence
# 29-62 on the scanned ``wrapround`` and ``proof`` titles, where 'eng' reads the same crop at
# 80-90), and the garbage shows no English word, so the line is not taken for English. A line
# of capitals (``CAPS`` of its letters, ``CAPS_WORDS`` words or more of two letters or more)
# read under ``CAPS_UNSURE`` is read with 'eng' too; the English reading replaces it only when
# surer and English by the words of the lines read with it (``line_language``): a Vietnamese
# title in capitals read badly keeps its own reading (its unmarked 'eng' reading has no
# English word). Titles in capitals 'vie' read well (the Vietnamese ones: 70-87 on the same
# pages) are not read again.
CAPS_UNSURE = 65.0
CAPS = 0.9
CAPS_WORDS = 2


def garbled_caps(line: list[OcrWord]) -> bool:
    """A line of capitals the first model read with little confidence (see ``CAPS_UNSURE``)."""
    letters = [c for w in line for c in w.text if c.isalpha()]
    words = [w for w in line if sum(c.isalpha() for c in w.text) >= 2]
    return len(words) >= CAPS_WORDS and _mean_conf(line) < CAPS_UNSURE and \
        sum(c.isupper() for c in letters) >= CAPS * len(letters)


def _mean_conf(words: list[OcrWord]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def english_lines(lines: list[list[OcrWord]]) -> list[bool]:
    """Which lines are English; a line that does not tell takes its block neighbours' side."""
    langs = [line_language(line) for line in lines]
    blocks = [line[0].block for line in lines]
    decided = list(langs)
    for i, lang in enumerate(langs):
        if lang != UNSURE:
            continue
        before = next((langs[j] for j in range(i - 1, -1, -1)
                       if blocks[j] == blocks[i] and langs[j] != UNSURE), None)
        after = next((langs[j] for j in range(i + 1, len(langs))
                      if blocks[j] == blocks[i] and langs[j] != UNSURE), None)
        decided[i] = before or after or VI
    for i in range(1, len(lines)):
        # the end of an English credit wrapped to a line of its own ("Photo: TRI" / "DUNG"):
        # a name alone tells no language, the label before it does
        before = strip_diacritics(" ".join(w.text for w in lines[i - 1]))
        if len(lines[i]) <= 3 and _ends_in_photo_label(before):
            decided[i] = EN
    return [lang == EN for lang in decided]


@dataclass(frozen=True)
class Region:
    """A run of English lines of one block: where it is on the page and in the stack."""

    lines: tuple[int, ...]          # indices into the page's lines
    box: tuple[int, int, int, int]  # x0, top, x1, bottom in page pixels (padded)
    offset: int                     # top of the region in the stacked image


def plan_regions(lines: list[list[OcrWord]], english: list[bool], width: int,
                 height: int) -> list[Region]:
    regions: list[Region] = []
    offset = GAP
    i = 0
    while i < len(lines):
        if not english[i]:
            i += 1
            continue
        run = [i]
        while (i + 1 < len(lines) and english[i + 1]
               and lines[i + 1][0].block == lines[i][0].block):
            i += 1
            run.append(i)
        words = [w for j in run for w in lines[j]]
        box = _clear_of_others(
            (max(0, min(w.left for w in words) - PAD), max(0, min(w.top for w in words) - PAD),
             min(width, max(w.left + w.width for w in words) + PAD),
             min(height, max(w.top + w.height for w in words) + PAD)),
            words, [w for j, line in enumerate(lines) if j not in run for w in line])
        regions.append(Region(tuple(run), box, offset))
        offset += box[3] - box[1] + GAP
        i += 1
    return regions


def _clear_of_others(box: tuple[int, int, int, int], own: list[OcrWord],
                     others: list[OcrWord]) -> tuple[int, int, int, int]:
    """Shrink the padding so the cut-out holds no slice of a neighbouring line (its
    ascenders or descenders would be read as junk words)."""
    x0, top, x1, bottom = box
    own_top = min(w.top for w in own)
    own_bottom = max(w.top + w.height for w in own)
    for w in others:
        if w.left >= x1 or w.left + w.width <= x0 or w.top >= bottom or w.top + w.height <= top:
            continue
        if w.top + w.height <= own_top + 2:
            top = max(top, w.top + w.height + 1)
        elif w.top >= own_bottom - 2:
            bottom = min(bottom, w.top - 1)
    return x0, top, x1, max(bottom, top + 1)


def stack_size(regions: list[Region]) -> tuple[int, int]:
    width = max(r.box[2] - r.box[0] for r in regions) + 2 * GAP
    height = regions[-1].offset + regions[-1].box[3] - regions[-1].box[1] + GAP
    return width, height


def merge(lines: list[list[OcrWord]], regions: list[Region],
          second: tuple[OcrWord, ...], tentative: frozenset[int] = frozenset(),
          english_only: bool = False) -> tuple[OcrWord, ...]:
    """The first reading with each region's lines replaced by the second reading's words.

    A second-pass word goes to the region its centre falls in (by height in the stack),
    moves back to page coordinates, and joins the region line nearest to it vertically.
    A ``tentative`` line (read again only because the first model could not read it) takes
    the second reading only when that reading is the surer one; with ``english_only``
    (lines of capitals read again, ``garbled_caps``), only when the second reading of its
    region (the lines read again together) is English as well; a line of a region that is not
    takes the second reading only for its garbled words (``caps_reads.mended_caps``).
    """
    replaced: dict[int, list[OcrWord]] = {j: [] for r in regions for j in r.lines}
    centres = {j: (min(w.top for w in lines[j]) + max(w.top + w.height for w in lines[j])) / 2
               for j in replaced}
    kept = _Boxes([w for j, line in enumerate(lines) if j not in replaced for w in line])
    for word in second:
        centre = word.top + word.height / 2
        region = next((r for r in regions
                       if r.offset <= centre <= r.offset + r.box[3] - r.box[1]), None)
        if region is None:
            continue
        left = word.left - GAP + region.box[0]
        top = word.top - region.offset + region.box[1]
        if kept.any_same_place((left, top, word.width, word.height)):
            continue         # a word of a line not read again, caught in a taller line's crop
        page_centre = top + word.height / 2
        target = min(region.lines, key=lambda j: abs(centres[j] - page_centre))  # noqa: B023
        first = lines[target][0]
        replaced[target].append(OcrWord(word.text, left, top, word.width, word.height, word.conf,
                                        first.line, first.block, word.line_height))
    # (a title's last line, ``EXPRESSWAY PROJECT``, holds no English word: its region, the
    # lines read again together, tells the language)
    # (nor, often, a title's first line: its content words do, ``caps_reads.english_caps``)
    english = {j for r in regions if _english_region(r, lines, replaced)
               for j in r.lines} if english_only else set()
    out: list[OcrWord] = []
    for j, line in enumerate(lines):
        if english_only and j not in english and replaced.get(j):
            out.extend(mended_caps(line, replaced[j]))    # a Vietnamese title's garbled words
            continue
        if not replaced.get(j) or (j in tentative and _mean_conf(replaced[j]) <= _mean_conf(line)) \
                or (english_only and j not in english):
            out.extend(line)
            continue
        end = credit_end([w.text for w in line])
        if end is None:
            out.extend(sorted(replaced[j], key=lambda w: w.left))
            continue
        # A mixed caption line "... tháng 10/2025. Ảnh: KHỔNG NGHĨA/ The Lang Son": the
        # Vietnamese half and its credit keep the 'vie' reading (the 'eng' one drops the
        # marks); only what follows the credit's slash is taken from the English reading.
        cut = line[end - 1].left + line[end - 1].width
        out.extend(line[:end])
        out.extend(sorted((w for w in replaced[j] if w.left + w.width / 2 > cut),
                          key=lambda w: w.left))
    return tuple(out)


def _english_region(region: Region, lines: list[list[OcrWord]],
                    replaced: dict[int, list[OcrWord]]) -> bool:
    """The second reading of the region's lines is English: by its function words
    (``line_language``) or, lines of capitals, by its content words (``english_caps``)."""
    second = [w for k in region.lines for w in replaced[k]]
    return line_language(second) == EN or english_caps(
        [w for k in region.lines for w in lines[k]], second)


class _Boxes:
    """The boxes of some words, as columns: ``any_same_place`` tests a box against all of them
    at once (``merge`` asks it of every word read again, against every word of the page not
    read again: ~80,000 pairs a page, ~0.1 s as a Python loop)."""

    def __init__(self, words: list[OcrWord]) -> None:
        boxes = np.array([(w.left, w.top, w.width, w.height) for w in words],
                         dtype=np.float64).reshape(-1, 4)
        self.left, self.top = boxes[:, 0], boxes[:, 1]
        self.right, self.bottom = self.left + boxes[:, 2], self.top + boxes[:, 3]
        self.half_area = 0.5 * boxes[:, 2] * boxes[:, 3]

    def any_same_place(self, box: tuple[int, int, int, int]) -> bool:
        """The box (left, top, width, height) covers at least half of one of the words' boxes
        and that box at least half of it."""
        left, top, width, height = box
        dx = np.minimum(left + width, self.right) - np.maximum(left, self.left)
        dy = np.minimum(top + height, self.bottom) - np.maximum(top, self.top)
        common = dx * dy
        return bool(np.any((dx > 0) & (dy > 0) & (common >= 0.5 * width * height)
                           & (common >= self.half_area)))

