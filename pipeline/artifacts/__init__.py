"""Typed stage artifacts: frozen dataclasses with ``to_json``/``from_json``.

=========  ======================  =================================
stage      artifact                file in ``DIR/<doc>/``
=========  ======================  =================================
extract    :class:`ExtractArtifact`  ``extract.json``
repair     :class:`RepairArtifact`   ``repair.json``
split      :class:`SplitArtifact`    ``split.json``
align      :class:`AlignArtifact`    ``align.json``
=========  ======================  =================================

In a run's folder the extract and repair artifacts are stored a page per file
(``extract.json`` a header, ``extract.pages/`` the pages): see :mod:`magpipe.artifacts.paged`.
"""

from magpipe.artifacts.base import Artifact, Box
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, PageLayout, Role, SplitArtifact
from magpipe.artifacts.pages import (
    Change,
    DocumentInfo,
    ExtractArtifact,
    Page,
    PageSource,
    RepairArtifact,
    Word,
)
from magpipe.artifacts.records import (
    AlignArtifact,
    Article,
    Bilingual,
    Caption,
    CaptionPhoto,
    ParagraphLink,
    Source,
)

__all__ = [
    "AlignArtifact", "Article", "Artifact", "Bilingual", "Block", "Box", "Caption", "CaptionPhoto",
    "Change",
    "DocumentInfo", "ExtractArtifact", "FURNITURE_ROLES", "Lang", "Page", "PageLayout",
    "PageSource",
    "ParagraphLink", "RepairArtifact", "Role", "Source", "SplitArtifact", "Word",
]
