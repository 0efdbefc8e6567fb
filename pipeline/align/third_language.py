"""Text in a third language is no article's, no caption's: align reads only the rest.

Split marks text in a language that is neither Vietnamese nor English ``Lang.OTHER`` and
keeps it out of the articles (``split.third_language``); it has no twin to pair with. Align's
readers of captions also look at set-aside blocks (a caption set like a note, a caption's
head), so such text is taken out of the document align reads, before any of them: a French
line under a photo is read as no Vietnamese or English caption half. The split artifact
keeps it (with its language and role), for the review page and the archive. Pure logic.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import Lang, SplitArtifact

log = logging.getLogger(__name__)


def bilingual_only(artifact: SplitArtifact) -> SplitArtifact:
    """``artifact`` without its blocks in a third language (itself when it has none)."""
    gone = sum(b.lang == Lang.OTHER for p in artifact.pages for b in p.blocks)
    if not gone:
        return artifact
    log.debug("%s: %d blocks in a third language read by no article or caption",
              artifact.doc.name, gone)
    return replace(artifact, pages=tuple(
        replace(p, blocks=tuple(b for b in p.blocks if b.lang != Lang.OTHER))
        for p in artifact.pages))
