"""Turn frozen dataclasses into JSON-ready values and back.

Every stage artifact is a tree of frozen dataclasses whose fields are plain
types (str, int, float, bool), ``X | None``, ``tuple[X, ...]`` or other such
dataclasses. These two functions walk that tree using the type hints, so an
artifact class only declares its fields.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(value: Any) -> Any:
    """Convert a dataclass tree into dicts, lists and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


class FieldError(ValueError):
    """A value that does not fit its field; ``field`` is its path, like ``pages[0].number``."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"field '{field}': {problem}")


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from what :func:`to_data` produced; every value is
    checked against its field's type (FieldError names the field otherwise)."""
    return _build(cls, data, "")


_SCALARS = (str, int, float, bool)


def _describe(data: Any) -> str:
    text = repr(data)
    return f"{type(data).__name__} {text[:40]}"


def _build(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            if type(None) in typing.get_args(tp):
                return None
            raise FieldError(where, "is null")
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], data, where)
    if origin is tuple:
        if not isinstance(data, list | tuple):
            raise FieldError(where, f"expected a list, got {_describe(data)}")
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v, f"{where}[{i}]") for i, v in enumerate(data))
        if len(args) != len(data):
            raise FieldError(where, f"expected {len(args)} values, got {len(data)}")
        pairs = enumerate(zip(args, data, strict=True))
        return tuple(_build(a, v, f"{where}[{i}]") for i, (a, v) in pairs)
    if origin is dict:
        if not isinstance(data, dict):
            raise FieldError(where, f"expected an object, got {_describe(data)}")
        _, value_type = typing.get_args(tp)
        return {k: _build(value_type, v, f"{where}.{k}") for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise FieldError(where or "(top)", f"expected an object, got {_describe(data)}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            name = f"{where}.{f.name}" if where else f.name
            if f.name in data:
                kwargs[f.name] = _build(hints[f.name], data[f.name], name)
            elif (f.default is dataclasses.MISSING
                  and f.default_factory is dataclasses.MISSING):
                raise FieldError(name, "is missing")
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in tp)
            raise FieldError(where, f"{data!r} is not one of {allowed}") from None
    if tp is float:
        if isinstance(data, int | float) and not isinstance(data, bool):
            return float(data)
        raise FieldError(where, f"expected a number, got {_describe(data)}")
    if tp in _SCALARS:
        # bool is an int in Python, never in an artifact
        if isinstance(data, tp) and (tp is bool or not isinstance(data, bool)):
            return data
        raise FieldError(where, f"expected {tp.__name__}, got {_describe(data)}")
    if tp is typing.Any:
        return data
    raise TypeError(f"field '{where}': type {tp!r} has no reader")  # a bug, not bad data
