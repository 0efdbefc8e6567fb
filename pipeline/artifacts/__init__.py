"""Typed stage artifacts: frozen dataclasses with ``to_json``/``from_json``.

=========  ======================  =================================
stage      artifact                file in ``DIR/<doc>/``
=========  ======================  =================================
extract    :class:`ExtractArtifact`  ``extract.json``
repair     :class:`RepairArtifact`   ``repair.json``
split      :class:`SplitArtifact`    ``split.json``
align      :class:`AlignArtifact`    ``align.json``
=========  ======================  =================================
"""

from .base import Artifact, Box
from .layout import Block, Lang, PageLayout, Role, SplitArtifact
from .pages import Change, DocumentInfo, ExtractArtifact, Page, PageSource, RepairArtifact, Word
from .records import AlignArtifact, Article, Bilingual, Caption, ParagraphLink, Source

__all__ = [
    "AlignArtifact", "Article", "Artifact", "Bilingual", "Block", "Box", "Caption", "Change",
    "DocumentInfo", "ExtractArtifact", "Lang", "Page", "PageLayout", "PageSource",
    "ParagraphLink", "RepairArtifact", "Role", "Source", "SplitArtifact", "Word",
]
