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
import enum
import json
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


_PLAIN_VALUES = (str, int, float, bool, type(None))


_NAMES: dict[type, tuple[str, ...] | None] = {}     # per class: its field names, or None


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type (worked out once per class), None for any other."""
    try:
        return _NAMES[cls]
    except KeyError:
        names = (tuple(f.name for f in dataclasses.fields(cls))
                 if dataclasses.is_dataclass(cls) else None)
        _NAMES[cls] = names
        return names


def to_data(value: Any) -> Any:
    """Convert a dataclass tree into dicts, lists and scalars."""
    if isinstance(value, _PLAIN_VALUES):
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    return value


def for_encoder(value: Any) -> Any:
    """What the json encoder writes as ``to_data(value)``, made with less work: a record of
    plain fields (``_one_line``: a drawing, a word) is its fields as they are, its tuples not
    copied into lists, and a tuple of such records one dict each (the encoder writes a tuple
    as a list, so the text is the same to the byte). For the encoder only: the result may
    hold tuples and enum members where ``to_data``'s holds lists. A page of photos holds a
    few hundred drawings, each walked field by field by ``to_data``: 2.8 ms of a page file's
    5.6 ms, measured on ``photos-digital.pdf``'s fifth page (329 drawings)."""
    if isinstance(value, _PLAIN_VALUES):
        return value
    kind = type(value)
    names = _field_names(kind)
    if names is not None:
        if _one_line(kind):
            return _record(value, names)
        return {name: for_encoder(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        if value:
            kind = type(value[0])
            names = _field_names(kind)
            if names is not None and _one_line(kind) and all(type(v) is kind for v in value):
                return [_record(v, names) for v in value]
        return [for_encoder(v) for v in value]
    return value


def _plain(tp: Any) -> bool:
    """A type hint of a plain value or a tuple of plain values (``Box``)."""
    if tp in _PLAIN_VALUES or (isinstance(tp, type) and issubclass(tp, enum.Enum)
                               and issubclass(tp, str | int)):
        return True
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return all(_plain(a) for a in typing.get_args(tp))
    if origin is tuple:
        return all(a is Ellipsis or _plain(a) for a in typing.get_args(tp))
    return False


_ONE_LINE: dict[type, bool] = {}


def _one_line(cls: type) -> bool:
    """A dataclass whose every field is plain: written on one line."""
    if cls not in _ONE_LINE:
        hints = _hints(cls)
        _ONE_LINE[cls] = all(_plain(hints[name]) for name in _field_names(cls) or ())
    return _ONE_LINE[cls]


_ENCODER = json.JSONEncoder(ensure_ascii=False)
# The C encoder JSONEncoder.encode builds on each call, built once: a word is encoded in
# about a microsecond instead of ten (None where the C accelerator is missing).
_MAKE_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODE = (_MAKE_C_ENCODER(None, _ENCODER.default, json.encoder.encode_basestring,
                             None, ": ", ", ", False, False, True)
             if _MAKE_C_ENCODER is not None else None)


def _encode(value: Any) -> str:
    """JSON of dicts, lists, tuples and scalars on one line."""
    if _C_ENCODE is None or isinstance(value, float):   # floats: the encoder's own text
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def _record(value: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """A one-line dataclass as a dict (its tuples are written as lists)."""
    return {name: getattr(value, name) for name in names}


def iter_json(value: Any, level: int = 0) -> Iterator[str]:
    """JSON text of a dataclass tree (or of dicts, lists and scalars), in pieces."""
    if isinstance(value, _PLAIN_VALUES):
        yield _encode(value)
        return
    names = _field_names(type(value))
    if names is not None:
        if _one_line(type(value)):
            yield _encode(_record(value, names))
        else:
            yield from iter_object(((n, getattr(value, n)) for n in names), level)
    elif isinstance(value, dict):
        yield from iter_object(value.items(), level)
    elif isinstance(value, (tuple, list)):
        if all(isinstance(v, _PLAIN_VALUES) for v in value):
            yield _encode(value)
            return
        inner = "\n" + " " * (level + 1)
        kind = type(value[0])
        kind_names = _field_names(kind)
        if (kind_names is not None and _one_line(kind)
                and all(type(v) is kind for v in value)):    # a page's words: the fast way
            yield "[" + inner + ("," + inner).join(_encode(_record(v, kind_names))
                                                  for v in value)
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


class FieldError(ValueError):
    """A value that does not fit its field; ``field`` is its path, like ``pages[0].number``."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"field '{field}': {problem}")


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from what :func:`to_data` produced; every value is
    checked against its field's type (FieldError names the field otherwise)."""
    try:
        return _reader(cast(Any, cls))(data)
    except _Misfit as exc:
        raise FieldError(exc.where or "(top)", exc.problem) from None


_SCALARS = (str, int, float, bool)


def _describe(data: Any) -> str:
    text = repr(data)
    return f"{type(data).__name__} {text[:40]}"


class _Misfit(Exception):
    """A value that does not fit, on its way up: each container adds its step to ``where``
    (so a field's path is only worked out when a value is wrong, not for every value)."""

    def __init__(self, problem: str, where: str = "") -> None:
        self.problem = problem
        self.where = where

    def under(self, step: str) -> _Misfit:
        """The same misfit, one level up: ``step`` is ``name`` or ``[i]``."""
        if not self.where:
            self.where = step
        elif self.where.startswith("["):
            self.where = step + self.where
        else:
            self.where = f"{step}.{self.where}"
        return self


Reader = typing.Callable[[Any], Any]


@cache
def _reader(tp: Any) -> Reader:
    """A function that checks and rebuilds one value of type hint ``tp``, worked out once per
    hint (walking the hints for every value of a thousand-page artifact cost more than
    parsing its JSON)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        optional = type(None) in typing.get_args(tp)
        inner = _reader([a for a in typing.get_args(tp) if a is not type(None)][0])

        def union(data: Any) -> Any:
            if data is None:
                if optional:
                    return None
                raise _Misfit("is null")
            return inner(data)
        return union
    if origin is tuple:
        return _tuple_reader(typing.get_args(tp))
    if origin is dict:
        value = _reader(typing.get_args(tp)[1])

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise _Misfit(f"expected an object, got {_describe(data)}")
            out = {}
            for k, v in data.items():
                try:
                    out[k] = value(v)
                except _Misfit as exc:
                    raise exc.under(f"{k}") from None
            return out
        return mapping
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_reader(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = tp._value2member_map_

        def member(data: Any) -> Any:
            # the lookup ``tp(data)`` makes first, without the call's machinery (a page of
            # photos reads a few hundred drawings' kinds); anything else goes to ``tp``
            found = members.get(data) if type(data) is str else None
            if found is not None:
                return found
            try:
                return tp(data)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in tp)
                raise _Misfit(f"{data!r} is not one of {allowed}") from None
        return member
    if tp is float:
        def number(data: Any) -> float:
            if type(data) is float:
                return _shared(_FLOATS, data)
            if isinstance(data, int | float) and not isinstance(data, bool):
                return float(data)
            raise _Misfit(f"expected a number, got {_describe(data)}")
        return number
    if tp is str:
        def text(data: Any) -> str:
            if type(data) is str:
                return _shared(_TEXTS, data)
            raise _Misfit(f"expected str, got {_describe(data)}")
        return text
    if tp in _SCALARS:
        def scalar(data: Any) -> Any:
            # bool is an int in Python, never in an artifact
            if type(data) is tp or (isinstance(data, tp) and not isinstance(data, bool)):
                return data
            raise _Misfit(f"expected {tp.__name__}, got {_describe(data)}")
        return scalar
    if tp is typing.Any:
        return _same
    raise TypeError(f"type {tp!r} has no reader")  # a bug, not bad data


# Equal floats and strings read are made one object: a word's confidence (100.0 on every
# text-layer word), its size, the top and bottom it shares with its line, and its text (a
# few thousand syllables make up a document) were each a fresh object from the JSON parser,
# about 120 of the 400 bytes a word took in memory. Bounded: emptied when this full.
SHARED_LIMIT = 200_000
_FLOATS: dict[float, float] = {}
_TEXTS: dict[str, str] = {}


def _shared(memo: dict, value: Any) -> Any:
    if not value:
        return value              # 0.0 and -0.0 are equal keys, but not the same number
    found = memo.get(value)
    if found is None:
        if len(memo) >= SHARED_LIMIT:
            memo.clear()
        memo[value] = found = value
    return found


def shared_texts(values: list[str]) -> list[str]:
    """``values`` with each text made the one object of its value (as :func:`from_data`
    reads them), at C speed: for a column of a page's words."""
    if len(_TEXTS) + len(values) > SHARED_LIMIT:
        _TEXTS.clear()
    return list(map(_TEXTS.setdefault, values, values))


def shared_floats(values: list[float]) -> list[float]:
    """``values`` with each number made the one object of its value; a zero is kept as it
    is (0.0 and -0.0 are equal keys, but not the same number)."""
    if len(_FLOATS) + len(values) > SHARED_LIMIT:
        _FLOATS.clear()
    out = list(map(_FLOATS.setdefault, values, values))
    if 0.0 in _FLOATS:
        del _FLOATS[0.0]
        out = [v if not v else o for v, o in zip(values, out, strict=True)]
    return out


def _same(data: Any) -> Any:
    return data


def _tuple_reader(args: tuple) -> Reader:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])

        def many(data: Any) -> tuple:
            if not isinstance(data, list | tuple):
                raise _Misfit(f"expected a list, got {_describe(data)}")
            try:
                return tuple([item(v) for v in data])
            except _Misfit as exc:
                index = next(i for i, v in enumerate(data) if _misfits(item, v))
                raise exc.under(f"[{index}]") from None
        return many
    items = [_reader(a) for a in args]
    size = len(items)

    def fixed(data: Any) -> tuple:
        if type(data) is list and len(data) == size:
            # the usual value (a box's four numbers) read in one pass; a value that does not
            # fit is read again below, which names the item
            try:
                return tuple([read(v) for read, v in zip(items, data, strict=True)])
            except _Misfit:
                pass
        if not isinstance(data, list | tuple):
            raise _Misfit(f"expected a list, got {_describe(data)}")
        if len(items) != len(data):
            raise _Misfit(f"expected {len(items)} values, got {len(data)}")
        out = []
        for i, (read, v) in enumerate(zip(items, data, strict=True)):
            try:
                out.append(read(v))
            except _Misfit as exc:
                raise exc.under(f"[{i}]") from None
        return tuple(out)
    return fixed


def _misfits(read: Reader, value: Any) -> bool:
    try:
        read(value)
    except _Misfit:
        return True
    return False


def _dataclass_reader(tp: type) -> Reader:
    hints = _hints(tp)
    fields = [(f.name, f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING)
              for f in dataclasses.fields(tp)]
    readers: list[tuple[str, Reader, bool]] = []

    def record(data: Any) -> Any:
        if not readers:       # filled on first use: a dataclass may hold its own kind
            readers[:] = [(name, _reader(hints[name]), required) for name, required in fields]
        if not isinstance(data, dict):
            raise _Misfit(f"expected an object, got {_describe(data)}")
        kwargs = {}
        for name, read, required in readers:
            if name in data:
                try:
                    kwargs[name] = read(data[name])
                except _Misfit as exc:
                    raise exc.under(name) from None
            elif required:
                raise _Misfit("is missing", name)
        return tp(**kwargs)
    return record

