"""The align stage: a split document's blocks -> bilingual article records.

Steps (each in its own module, pure): group blocks into one-language article
drafts (:mod:`pipeline.articles`), pair each Vietnamese draft with its English
twin (:mod:`pipeline.pairing`), align their paragraphs
(:mod:`pipeline.paragraphs`), read the photo captions (:mod:`pipeline.captions`)
and build the records (:mod:`pipeline.assemble`).
"""

from __future__ import annotations

import logging

from .articles import group_articles
from .artifacts.layout import SplitArtifact
from .artifacts.records import AlignArtifact
from .assemble import build_articles, find_issue
from .captions import read_captions
from .config import Config
from .pairing import pair_articles

log = logging.getLogger(__name__)


def align(artifact: SplitArtifact, config: Config) -> AlignArtifact:
    """Group, pair and align the articles of one document."""
    grouping = group_articles(artifact)
    pairs = pair_articles(grouping.drafts)
    captions = read_captions(list(grouping.captions))
    articles = build_articles(artifact.doc, find_issue(artifact), pairs, captions)
    log.info("%s: %d articles (%d paired), %d captions", artifact.doc.name, len(articles),
             sum(a.paired for a in articles), sum(len(a.captions) for a in articles))
    return AlignArtifact(doc=artifact.doc, articles=articles)
