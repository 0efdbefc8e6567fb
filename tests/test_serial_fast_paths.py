"""The serial module's shortcuts for speed (``serial.for_encoder``, the readers' fast paths
for enum members and fixed tuples) give what the general walk gives: the same JSON text to
the byte, the same objects, and the same error naming the same field on damage."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from magpipe.artifacts.pages import Drawing, DrawingKind, Page, PageSource, Word
from magpipe.serial import FieldError, for_encoder, from_data, to_data

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _page() -> Page:
    drawings = tuple(Drawing(kind, (10.0 * k, 20.5, 30.25 + k, 40.0), 0.1 * k)
                     for k, kind in enumerate([*DrawingKind] * 3))
    return Page(3, 595.28, 841.89, PageSource.TEXT_LAYER, "sound text layer",
                (Word("Hà", (1.0, 2.0, 3.0, 4.0), 9.5),), images=((1.5, 2.0, 300.0, 400.25),),
                drawings=drawings)


@dataclass(frozen=True)
class _Nested:                 # not one line: holds records, a mapping and a plain tuple
    name: str
    drawings: tuple[Drawing, ...]
    sizes: dict
    box: tuple[float, float, float, float]


@pytest.mark.parametrize("field", ["drawings", "images", "words", "source", "number"])
def test_for_encoder_writes_the_text_to_data_writes(field):
    value = getattr(_page(), field)
    assert _ENCODE(for_encoder(value)) == _ENCODE(to_data(value))


def test_for_encoder_walks_records_that_are_not_one_line_as_to_data_does():
    nested = _Nested("x", _page().drawings, {"a": (1, 2)}, (1.0, 2.0, 3.0, 4.0))
    mixed = (nested, _page().drawings[0])        # records of two kinds in one tuple
    for value in (nested, [nested, nested], mixed, (), _page()):
        assert _ENCODE(for_encoder(value)) == _ENCODE(to_data(value))


def test_drawings_read_back_are_the_same_objects():
    page = _page()
    back = from_data(Page, json.loads(_ENCODE(to_data(page))))
    assert back == page
    assert all(d.kind is DrawingKind(d.kind.value) for d in back.drawings)  # the members
    assert all(type(d.box) is tuple for d in back.drawings)


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["drawings"][1]["box"].__setitem__(2, "wide"), "drawings[1].box[2]"),
    (lambda d: d["drawings"][2].__setitem__("box", [1.0, 2.0, 3.0]), "drawings[2].box"),
    (lambda d: d["drawings"][0].__setitem__("kind", "blot"), "drawings[0].kind"),
    (lambda d: d["drawings"][0].__setitem__("kind", 7), "drawings[0].kind"),
    (lambda d: d["images"][0].__setitem__(0, None), "images[0][0]"),
])
def test_damage_met_on_a_fast_path_names_its_field(change, where):
    data = json.loads(_ENCODE(to_data(_page())))
    change(data)
    with pytest.raises(FieldError) as caught:
        from_data(Page, data)
    assert caught.value.field == where


def test_a_kind_given_as_a_member_or_its_value_reads_as_the_member():
    data = to_data(_page().drawings[0])
    assert from_data(Drawing, {**data, "kind": "rule"}).kind is DrawingKind.RULE
    assert from_data(Drawing, {**data, "kind": DrawingKind.FILL}).kind is DrawingKind.FILL
