"""The align stage: a split document's blocks -> bilingual article records.

Steps (each in its own module, pure): group blocks into one-language article
drafts (:mod:`magpipe.align.articles`; a long article's numbered headings, footnotes, jump
lines and drop caps are told by :mod:`magpipe.align.sections`), pair each Vietnamese draft with
its English
twin (:mod:`magpipe.align.pairing`), align their paragraphs
(:mod:`magpipe.align.paragraphs`), read the photo captions (:mod:`magpipe.align.captions`),
pair a contents page with its twin (:mod:`magpipe.align.contents`) and build the records
(:mod:`magpipe.align.assemble`), each saying what it left without a twin and why
(:mod:`magpipe.align.leftout`). Text in a third language is read by none of them
(:mod:`magpipe.align.third_language`).
"""

from __future__ import annotations

import logging

from magpipe.align.articles import group_articles
from magpipe.align.assemble import build_articles, find_issue
from magpipe.align.captions import read_captions
from magpipe.align.contents import contents_pages, pair_contents
from magpipe.align.keyed import keyed_captions
from magpipe.align.listing import entry_targets, found_contents
from magpipe.align.pairing import pair_articles
from magpipe.align.photos import credit_cut, measures_by_page, photos_by_page
from magpipe.align.pointed_photos import pointing
from magpipe.align.third_language import bilingual_only
from magpipe.artifacts.layout import SplitArtifact
from magpipe.artifacts.records import AlignArtifact
from magpipe.config import Config

log = logging.getLogger(__name__)


def align(artifact: SplitArtifact, config: Config) -> AlignArtifact:
    """Group, pair and align the articles of one document."""
    credit_cut.cache_clear()        # credits read once a text of this document, no other's
    artifact = bilingual_only(artifact)     # (third_language: no twin, no article's)
    labelled = contents_pages(artifact)
    found, listed = found_contents(artifact, {p.page for p in labelled})
    contents = tuple(sorted(labelled + found, key=lambda p: p.page))
    grouping = group_articles(artifact, frozenset(p.heading.block for p in contents if p.heading)
                              | listed)
    pairs = pair_articles(grouping.drafts)
    photos = photos_by_page(artifact)
    keyed, others = keyed_captions(list(grouping.captions), photos)   # a page's, by their keys
    captions = keyed + read_captions(others, grouping.heads, photos, measures_by_page(artifact),
                                     pointing(artifact))
    # the titles of paired articles: an entry naming an article without a twin says nothing
    # of which entry is its twin
    titles = [(k, d.lang, d.title.text) for k, pair in enumerate(pairs) if pair.vi and pair.en
              for d in (pair.vi, pair.en) if d.title is not None]
    # every article an entry names, twin or none (the record says which)
    named = [(k, d.lang, d.title.text) for k, pair in enumerate(pairs)
             for d in (pair.vi, pair.en) if d is not None and d.title is not None]
    articles = build_articles(artifact.doc, find_issue(artifact), pairs, captions,
                              pair_contents(contents, entry_targets(contents, titles),
                                            entry_targets(contents, named)))
    log.info("%s: %d articles (%d paired), %d captions", artifact.doc.name, len(articles),
             sum(a.paired for a in articles), sum(len(a.captions) for a in articles))
    return AlignArtifact(doc=artifact.doc, articles=articles)
