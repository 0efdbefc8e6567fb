"""Loading an artifact checks every field against its type and names the file and the
field that is wrong, instead of loading a bad value silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAVED
from magpipe.artifacts import ExtractArtifact, PageSource, Role, SplitArtifact
from magpipe.errors import ArtifactError


def _edited(tmp_path: Path, source: Path, edit) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    edit(data)
    target = tmp_path / source.name
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _extract_json(tmp_path: Path) -> Path:
    split = SplitArtifact.load(SAVED / "split-digital.json")
    from magpipe.artifacts import Page, Word
    page = Page(1, 595.0, 842.0, PageSource.TEXT_LAYER, "test",
                (Word("xin", (1.0, 1.0, 9.0, 9.0), 9.0),))
    path = tmp_path / "source" / "extract.json"
    path.parent.mkdir()
    ExtractArtifact(split.doc, (page,)).save(path)
    return path


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("number", "1", "pages[0].number"),
    ("source", "scanned-ish", "pages[0].source"),
    ("width", "wide", "pages[0].width"),
    ("needs_repair", 1, "pages[0].needs_repair"),
])
def test_a_wrong_page_field_is_refused_with_file_and_field(tmp_path: Path, field, value,
                                                           expected):
    def edit(data):
        data["pages"][0][field] = value
    path = _edited(tmp_path, _extract_json(tmp_path), edit)
    with pytest.raises(ArtifactError) as caught:
        ExtractArtifact.load(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)


def test_a_word_box_of_the_wrong_length_names_the_word(tmp_path: Path):
    def edit(data):
        data["pages"][0]["words"][0]["box"] = [1, 2, 3]
    path = _edited(tmp_path, _extract_json(tmp_path), edit)
    with pytest.raises(ArtifactError, match=r"pages\[0\]\.words\[0\]\.box"):
        ExtractArtifact.load(path)


def test_an_unknown_role_in_a_split_artifact_is_refused(tmp_path: Path):
    def edit(data):
        data["pages"][0]["blocks"][0]["role"] = "sidebar"
    path = _edited(tmp_path, SAVED / "split-digital.json", edit)
    with pytest.raises(ArtifactError, match=r"pages\[0\]\.blocks\[0\]\.role.*'sidebar'"):
        SplitArtifact.load(path)


def test_a_sound_artifact_loads_with_typed_values():
    split = SplitArtifact.load(SAVED / "split-digital.json")
    block = split.pages[0].blocks[0]
    assert isinstance(block.role, Role) and isinstance(split.pages[0].number, int)
    assert split.to_json() == (SAVED / "split-digital.json").read_text(encoding="utf-8")


def test_the_command_line_names_the_bad_field_and_exits_2(tmp_path: Path):
    from magpipe.cli import app
    from magpipe.errors import EXIT_USAGE
    from typer.testing import CliRunner

    def edit(data):
        data["pages"][0]["number"] = "1"
    path = _edited(tmp_path, _extract_json(tmp_path), edit)
    result = CliRunner().invoke(app, ["split", str(path)])
    assert result.exit_code == EXIT_USAGE
    assert str(path) in result.output and "pages[0].number" in result.output
    assert "expected int" in result.output
