"""Stage artifacts survive to_json/from_json unchanged and refuse a wrong stage or version."""

from __future__ import annotations

import json

import pytest
from magpipe.artifacts import (
    AlignArtifact,
    Article,
    Bilingual,
    Block,
    Caption,
    Change,
    DocumentInfo,
    ExtractArtifact,
    Page,
    PageLayout,
    PageSource,
    ParagraphLink,
    RepairArtifact,
    Source,
    SplitArtifact,
    Word,
)
from magpipe.errors import ArtifactError

DOC = DocumentInfo("in/số 4.pdf", "số-4", "ab" * 32, 1, title="Bản tin")
PAGE = Page(1, 538.6, 765.4, PageSource.OCR, "no text layer", (
    Word("Quốc", (10.0, 20.0, 40.0, 30.0), 10.0, 96.5, line=0, block=1),
    Word("tế", (42.0, 20.0, 55.0, 30.0), 10.0, 91.0, line=0, block=1),
), rotation=90)
BLOCK = Block("p1-b0", 1, (10.0, 20.0, 55.0, 30.0), "Quốc tế", "vi", "title", words=(0, 1))
SOURCE = Source(1, (10.0, 20.0, 55.0, 30.0), "p1-b0")
ARTICLE = Article(
    id="ab12-1", source="in/số 4.pdf", sha256="ab" * 32, issue="Q4/2025", date=None, pages=(1,),
    section=Bilingual("TIÊU ĐIỂM", "Focal Points"), title=Bilingual("QUỐC TẾ", "INTERNATIONAL"),
    byline=Bilingual(None, None),
    paragraphs=(ParagraphLink("Xin chào", "Hello", 0.9, (SOURCE,), ()),),
    captions=(Caption("Ảnh đẹp", "A photo", "TRÍ DŨNG", "TRI DUNG", 1, (1.0, 2.0, 3.0, 4.0)),),
    unpaired=(), title_from=(SOURCE,), paired=True, confidence=0.8,
)

ARTIFACTS = [
    ExtractArtifact(DOC, (PAGE,)),
    RepairArtifact(DOC, (PAGE,), (Change(1, 0, "Quéc", "Quốc", 0.93, "confusion"),)),
    SplitArtifact(DOC, (PageLayout(1, 538.6, 765.4, ((0.0, 250.0),), (BLOCK,)),)),
    AlignArtifact(DOC, (ARTICLE,)),
]


@pytest.mark.parametrize("artifact", ARTIFACTS, ids=lambda a: a.STAGE)
def test_artifact_round_trips_through_json(artifact):
    again = type(artifact).from_json(artifact.to_json())
    assert again == artifact


@pytest.mark.parametrize("artifact", ARTIFACTS, ids=lambda a: a.STAGE)
def test_artifact_with_another_version_is_refused(artifact):
    data = json.loads(artifact.to_json())
    data["version"] = artifact.VERSION + 1
    with pytest.raises(ArtifactError, match="version"):
        type(artifact).from_json(json.dumps(data))


def test_artifact_of_another_stage_is_refused():
    with pytest.raises(ArtifactError, match="'extract' artifact, expected 'split'"):
        SplitArtifact.from_json(ARTIFACTS[0].to_json())


def test_text_format_separates_pages_with_form_feeds():
    two = ExtractArtifact(DOC, (PAGE, PAGE))
    assert two.to_text() == "Quốc tế\fQuốc tế\n"
