"""The readings of a page image by language: the first pass (``eng`` on an all-English page,
``eng`` on the English blocks and ``vie`` on the rest of a mixed one, ``vie`` otherwise) and
the English pass after it (the doubtful lines read again, stacked in one image a model).
Moved out of ``page.py``, which calls them for a page and for each strip it reads apart."""

from __future__ import annotations

import logging
from pathlib import Path

from magpipe.extract.ocr.langpass import (
    CAPS_UNSURE,
    GAP,
    UNREAD,
    doubtful,
    english_lines,
    garbled_caps,
    lines_of,
    merge,
    plan_regions,
    stack_size,
    unread,
)
from magpipe.extract.ocr.regions import join_readings, split_by_language
from magpipe.extract.ocr.scriptmap import block_marks, english_page, looks_bare_vietnamese
from magpipe.extract.ocr.tesseract import OcrResult, ocr_image
from magpipe.extract.render import save_for_ocr
from PIL import Image

log = logging.getLogger(__name__)


def language_passes(languages: str) -> tuple[str, bool]:
    """The first pass's languages, and whether English lines get a second 'eng' pass."""
    if sorted(languages.split("+")) == ["eng", "vie"]:
        return "vie", True
    return languages, False


def english_rereads(result: OcrResult, image: Image.Image, tmp: Path, timeout: float,
                    read_with_eng: frozenset[int] = frozenset()
                    ) -> tuple[OcrResult, int, int, int]:
    """Lines read again in one stacked image: with ``eng`` the doubtful English lines the
    ``vie`` pass read, with ``vie`` the lines of ``read_with_eng`` (lines the ``eng`` pass
    read in a block taken for English) that are Vietnamese without their marks, then, in a
    stack of their own, with ``eng`` the lines of capitals ``vie`` read badly (``garbled_caps``:
    an English display title), kept when the English reading is surer and English. Returns the
    result and the counts of lines read again in each pass."""
    lines = lines_of(result.words)
    english = english_lines(lines)
    from_eng = [line[0].line in read_with_eng for line in lines]
    reread = [not done and ((en and doubtful(line)) or unread(line))
              for en, done, line in zip(english, from_eng, lines, strict=True)]
    tentative = frozenset(j for j, line in enumerate(lines)
                          if reread[j] and not english[j] and unread(line))
    for j in sorted(tentative):
        log.debug("line %r read at confidence under %g: read with 'eng' too",
                  " ".join(w.text for w in lines[j]), UNREAD)
    vietnamese = [done and looks_bare_vietnamese([w.text for w in line])
                  for done, line in zip(from_eng, lines, strict=True)]
    # (display titles in capitals 'vie' garbled: read apart, after, so that the stacks above
    # stay the images they were)
    caps = [not again and not en and not done and garbled_caps(line)
            for again, en, done, line in zip(reread, english, from_eng, lines, strict=True)]
    for j in (j for j, c in enumerate(caps) if c):
        log.debug("line %r in capitals read at confidence under %g: read with 'eng' too",
                  " ".join(w.text for w in lines[j]), CAPS_UNSURE)
    # (model, the lines read again, those kept only when surer, the stack's file name, kept
    # only when English)
    passes: tuple[tuple[str, list[bool], frozenset[int], str, bool], ...] = (
        ("eng", reread, tentative, "reread-eng", False),
        ("vie", vietnamese, frozenset(), "reread-vie", False),
        ("eng", caps, frozenset(j for j, c in enumerate(caps) if c), "reread-caps", True))
    grey = image.convert("L") if any(any(chosen) for _, chosen, *_ in passes) else image
    for languages, chosen, keep, stem, english_only in passes:
        if not any(chosen):
            continue
        regions = plan_regions(lines, chosen, image.width, image.height)
        stack = Image.new("L", stack_size(regions), 255)
        for region in regions:
            stack.paste(grey.crop(region.box), (GAP, region.offset))
        second = ocr_image(str(save_for_ocr(stack, tmp, stem)),
                           languages=languages, timeout=timeout, psm=3)
        lines = lines_of(merge(lines, regions, second.words, keep, english_only=english_only))
    return (OcrResult(tuple(w for line in lines for w in line)), sum(reread), sum(vietnamese),
            sum(caps))


def read_by_language(image: Image.Image, path: Path, dpi: float,
                     timeout: float) -> tuple[OcrResult, frozenset[int], str]:
    """The first pass: ``eng`` on a page whose every text block is English (see
    :mod:`magpipe.extract.ocr.scriptmap`); on a page with English blocks beside Vietnamese
    ones, ``eng`` on the English blocks and ``vie`` on the rest (see
    :mod:`magpipe.extract.ocr.regions`); ``vie`` on any other. Returns the result, the line
    numbers the ``eng`` model read, and a note of what was done."""
    blocks, labels = block_marks(image, dpi)
    if english_page(blocks):
        result = ocr_image(str(path), languages="eng", timeout=timeout)
        return (result, frozenset(w.line for w in result.words),
                ", every text block English: read with 'eng'")
    split = split_by_language(image, blocks, labels)
    if split is None:
        return ocr_image(str(path), languages="vie", timeout=timeout), frozenset(), ""
    folder = path.parent
    rest = ocr_image(str(save_for_ocr(split.rest, folder, f"{path.stem}-rest")),
                     languages="vie", timeout=timeout)
    english = ocr_image(str(save_for_ocr(split.english, folder, f"{path.stem}-en")),
                        languages="eng", timeout=timeout)
    words, read_with_eng = join_readings(rest.words, english.words, split.offset)
    log.info("%s: %d English blocks read with 'eng', the rest with 'vie'", path.stem,
             split.english_blocks)
    return (OcrResult(words), read_with_eng,
            f", {split.english_blocks} English blocks read with 'eng', the rest with 'vie'")
