"""Turn frozen dataclasses into JSON-ready values and back, and write them as JSON.

Every stage artifact is a tree of frozen dataclasses whose fields are plain
types (str, int, float, bool), ``X | None``, ``tuple[X, ...]`` or other such
dataclasses. These functions walk that tree using the type hints, so an
artifact class only declares its fields.

:func:`iter_json` writes a tree piece by piece (an artifact of a thousand pages is
never one string in memory): containers are indented one space per level, and a
record of plain values (a word, a block, a change) or a list of plain values takes
one line, written by the json module's C encoder.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


_SCALARS = (str, int, float, bool, type(None))


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, None for any other type."""
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    return None


def to_data(value: Any) -> Any:
    """Convert a dataclass tree into dicts, lists and scalars."""
    if isinstance(value, _SCALARS):
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    return value


def _plain(tp: Any) -> bool:
    """A type hint of a plain value or a tuple of plain values (``Box``)."""
    if tp in _SCALARS:
        return True
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return all(a in _SCALARS for a in typing.get_args(tp))
    if origin is tuple:
        return all(a in _SCALARS or a is Ellipsis for a in typing.get_args(tp))
    return False


@cache
def _one_line(cls: type) -> bool:
    """A dataclass whose every field is plain: written on one line."""
    return all(_plain(_hints(cls)[f.name]) for f in dataclasses.fields(cls))


_ENCODER = json.JSONEncoder(ensure_ascii=False)
# The C encoder JSONEncoder.encode builds on each call, built once: a word is encoded in
# about a microsecond instead of ten (None where the C accelerator is missing).
_C_ENCODE = (json.encoder.c_make_encoder(None, _ENCODER.default, json.encoder.encode_basestring,
                                         None, ": ", ", ", False, False, True)
             if json.encoder.c_make_encoder is not None else None)


def _encode(value: Any) -> str:
    """JSON of dicts, lists, tuples and scalars on one line."""
    if _C_ENCODE is None or isinstance(value, float):   # floats: the encoder's own text
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


@cache
def _getter(cls: type) -> Any:
    names = _field_names(cls)
    return lambda value: {name: getattr(value, name) for name in names}


def iter_json(value: Any, level: int = 0) -> Iterator[str]:
    """JSON text of a dataclass tree (or of dicts, lists and scalars), in pieces."""
    if isinstance(value, _SCALARS):
        yield _encode(value)
        return
    names = _field_names(type(value))
    if names is not None:
        if _one_line(type(value)):
            yield _encode(_getter(type(value))(value))   # its tuples are written as lists
        else:
            yield from iter_object(((n, getattr(value, n)) for n in names), level)
    elif isinstance(value, dict):
        yield from iter_object(value.items(), level)
    elif isinstance(value, (tuple, list)):
        if all(isinstance(v, _SCALARS) for v in value):
            yield _encode(value)
            return
        inner = "\n" + " " * (level + 1)
        kind = type(value[0])
        if (_field_names(kind) is not None and _one_line(kind)
                and all(type(v) is kind for v in value)):    # a page's words: the fast way
            get = _getter(kind)
            yield "[" + inner + ("," + inner).join(_encode(get(v)) for v in value)
            yield "\n" + " " * level + "]"
            return
        yield "["
        for k, item in enumerate(value):
            yield inner if k == 0 else "," + inner
            yield from iter_json(item, level + 1)
        yield "\n" + " " * level + "]"
    else:
        yield _encode(value)


def iter_object(items: Any, level: int = 0) -> Iterator[str]:
    """JSON text of an object given as (name, value) pairs, in pieces."""
    inner = "\n" + " " * (level + 1)
    empty = True
    for name, item in items:
        yield ("{" if empty else ",") + inner + _encode(name) + ": "
        empty = False
        yield from iter_json(item, level + 1)
    yield "{}" if empty else "\n" + " " * level + "}"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from what :func:`to_data` produced."""
    return _build(cls, data)


def _build(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in data)
        return tuple(_build(a, v) for a, v in zip(args, data, strict=True))
    if origin is dict:
        _, value_type = typing.get_args(tp)
        return {k: _build(value_type, v) for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _build(hints[f.name], data[f.name])
        return tp(**kwargs)
    if tp is float and isinstance(data, int):
        return float(data)
    return data
