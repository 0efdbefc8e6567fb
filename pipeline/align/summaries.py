"""An English summary of a Vietnamese article: its first paragraphs translated, the rest not.

Real bilingual publications often translate only the start of an article (an abstract, a
summary, the English of its first paragraphs, printed in a box at a page's foot or gathered on
a page of their own). The paragraph aligner (:mod:`magpipe.align.paragraphs`) reads two copies
of one text: its lengths steer it, and a summary's few paragraphs, set against all of the
article's, get spread over the article by length (two or three Vietnamese paragraphs to one
English) or left over. A summary is read as what it is:

* ``summary_links``: when the English has fewer paragraphs than the Vietnamese, and those past
  its end hold ``REST_SHARE`` of the Vietnamese text or more, its paragraphs
  are linked one for one with the Vietnamese ones from the start, as far as they go, and the
  rest of the Vietnamese is left unpaired (each with the aligner's confidence of a 1-0 link),
  when these links agree better (their mean confidence) than the aligner's own links of the
  English paragraphs, and none is under ``SUMMARY_LINK_MIN``;
* ``summary_intro``: an article whose Vietnamese sets an intro apart and whose English does
  not (a summary's first paragraph is its intro, set like the rest of it) has that intro read
  as its first paragraph, when the English then links one for one from the start (no more
  English paragraphs than Vietnamese, none under ``SUMMARY_LINK_MIN``) and fits better so
  than without it (the reading of a one-sided intro in ``assemble._lone_intro_linked`` asks
  a surer first link, which an intro summarised more freely than the text misses).

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.align.drafts import Draft
from magpipe.align.paragraphs import Link, align_paragraphs, link_confidence

log = logging.getLogger(__name__)

SUMMARY_LINK_MIN = 0.3    # a summary's paragraph links its Vietnamese twin at least this surely
                          # (a wrong pairing of two news paragraphs scores under 0.2)
UNPAIRED_CONFIDENCE = 0.2  # a Vietnamese paragraph past the summary's end, as a 1-0 link
REST_SHARE = 0.2          # share of the Vietnamese characters past the summary's end, at least:
                          # a summary leaves much of its article untranslated; a translation
                          # with a line more on one side (a byline read as text) is none


def _prefix(vi: list[str], en: list[str], shorter: bool = True) -> tuple[Link, ...] | None:
    """The English paragraphs linked one for one with the Vietnamese ones from the start, the
    rest of the Vietnamese unpaired; None when the English is no shorter (``shorter``; else
    when it is longer), or a link is weak."""
    if not en or len(en) > len(vi) or (shorter and len(en) == len(vi)):
        return None
    if shorter and sum(map(len, vi[len(en):])) < REST_SHARE * sum(map(len, vi)):
        return None
    links = [Link((i,), (i,), round(link_confidence(vi[i], en[i]), 3)) for i in range(len(en))]
    if min(link.confidence for link in links) < SUMMARY_LINK_MIN:
        return None
    return tuple(links) + tuple(Link((i,), (), UNPAIRED_CONFIDENCE)
                                for i in range(len(en), len(vi)))


def _english_fit(links: tuple[Link, ...]) -> float:
    """Mean confidence of the links holding an English paragraph (0 when none does)."""
    held = [link.confidence for link in links if link.en]
    return sum(held) / len(held) if held else 0.0


def summary_links(vi: list[str], en: list[str], aligned: tuple[Link, ...]
                  ) -> tuple[Link, ...] | None:
    """The links of an English summary of the Vietnamese paragraphs ``vi`` (see the module),
    or None when the aligner's own reading of the two (``aligned``, ``align_paragraphs``' links,
    which the caller keeps then) fits the English as well."""
    prefix = _prefix(vi, en)
    if prefix is None:
        return None
    if _english_fit(prefix) <= _english_fit(aligned):
        return None
    log.debug("an English summary of %d paragraphs of %d: linked from the start",
              len(en), len(vi))
    return prefix


def summary_intro(vi: Draft, en: Draft) -> tuple[Draft, Draft]:
    """A Vietnamese intro whose English summary sets none apart, read as the first paragraph
    when the summary then links from the start, and fits better so than without it (see the
    module)."""
    if vi.intro is None or en.intro is not None or not en.paragraphs:
        return vi, en
    moved = replace(vi, intro=None, paragraphs=(vi.intro,) + vi.paragraphs)
    english = [p.text for p in en.paragraphs]
    prefix = _prefix([p.text for p in moved.paragraphs], english, shorter=False)
    if prefix is None:
        return vi, en
    texts = [p.text for p in vi.paragraphs]
    aligned = align_paragraphs(texts, english)
    kept = summary_links(texts, english, aligned) or aligned
    if _english_fit(prefix) <= _english_fit(kept):
        return vi, en
    log.debug("a Vietnamese intro read as the first paragraph its English summary links")
    return moved, en
