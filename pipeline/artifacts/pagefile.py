"""The text of one page file (``artifacts.paged``): the page's fields, its words as columns.

Written a JSON object per word, a born-digital page of 500 words cost about 4 ms of CPU to
write and 7 ms to read back: a dict per word parsed, then every field of every word checked
and handed to the word's constructor by name. Written as columns, one JSON list per field of
the word (every text, then every box flattened, every size ...), the json module's C code
does nearly all the parsing, each column is checked in one pass, and the words are made a
field of them all at a time (``make_words``); written, a float column's numbers have their
texts worked out once per process (``float_column``)::

    {
     "number": 1, "width": 538.6, ... every field of the page but its words ...,
     "word_columns": {
      "count": 533,
      "text": ["BẢN", "TIN", ...],
      "box": [40.0, 20.18, 55.89, 27.67, 58.26, ...],      4 numbers a word
      "size": [7.5, 7.5, ...], "conf": [...], "line": [...], "block": [...], "bold": [...]
     }
    }

Reading checks what ``serial.from_data`` checks (each value's type, every column's length)
and names the column that is wrong. A page file of the older form, a ``words`` list of
objects, still reads (``from_data``).
"""

from __future__ import annotations

import dataclasses
import json
import math
import typing
from collections import deque
from collections.abc import Callable, Iterator
from functools import cache
from itertools import chain, repeat
from operator import attrgetter
from typing import Any

from magpipe.serial import FieldError, for_encoder, from_data, shared_floats, shared_texts

WORDS = "words"               # the page's field of words
# A word field's metadata key marking a field added after page files were first written: a
# file without its column reads with every word taking the field's default (other columns
# missing are damage), and a page whose words all take it is written without the column
ADDED = "added"
COLUMNS = "word_columns"      # the object holding them as columns in a page file
COUNT = "count"


@dataclasses.dataclass(frozen=True)
class Column:
    """One field of a word: its name, its plain type, and how many numbers it takes (a box
    takes 4, written flat)."""

    name: str
    kind: type              # str, float, int or bool
    width: int = 1          # > 1: a fixed tuple of that many values
    # a field added later (``ADDED``) and its default: a page file written before it was
    # added (its column missing) gives every word the default; any other column is required
    optional: bool = False
    default: Any = None


@dataclasses.dataclass(frozen=True)
class PageForm:
    """How pages of one dataclass are written and read: its word class and word columns."""

    page: type
    word: type
    columns: tuple[Column, ...]

    def pieces(self, page: Any) -> Iterator[str]:
        """The page file's text, in pieces: a line per field of the page, then a line per
        column of its words."""
        words = getattr(page, WORDS)
        yield "{"
        for f in dataclasses.fields(self.page):
            if f.name != WORDS:
                # (``to_data``'s text: a field may hold dataclasses, the page's drawings)
                yield f"\n {_ENCODE(f.name)}: {_ENCODE(for_encoder(getattr(page, f.name)))},"
        yield f'\n {_ENCODE(COLUMNS)}: {{\n  "{COUNT}": {len(words)}'
        for col in self.columns:
            values = map(attrgetter(col.name), words)
            column = list(chain.from_iterable(values)) if col.width > 1 else list(values)
            if col.optional and column.count(col.default) == len(column):
                continue      # (a field added later, every word at its default: as a file
                              # written before it was added, read back the same)
            text = float_column(column) if col.kind is float else _ENCODE(column)
            yield f",\n  {_ENCODE(col.name)}: {text}"
        yield "\n }\n}"

    def read(self, data: Any) -> Any:
        """The page of a parsed page file; FieldError (or TypeError, KeyError) when damaged."""
        if not isinstance(data, dict) or COLUMNS not in data:
            return from_data(self.page, data)         # the older form: a list of words
        if WORDS in data:
            raise FieldError(WORDS, f"given beside '{COLUMNS}'")
        fields = {k: v for k, v in data.items() if k != COLUMNS}
        page: Any = from_data(self.page, fields)
        words = self._words(data[COLUMNS])
        return dataclasses.replace(page, **{WORDS: words})

    def _words(self, table: Any) -> tuple:
        if not isinstance(table, dict):
            raise FieldError(COLUMNS, "expected an object")
        count = table.get(COUNT)
        if type(count) is not int or count < 0:
            raise FieldError(f"{COLUMNS}.{COUNT}", f"expected a count, got {count!r}")
        unknown = set(table) - {COUNT, *(c.name for c in self.columns)}
        if unknown:
            raise FieldError(f"{COLUMNS}.{sorted(unknown)[0]}", "is no field of a word")
        values = [_column(col, table.get(col.name), count) for col in self.columns]
        return make_words(self.word, values)


# The JSON text of a value on one line (the C encoder; a float as its shortest repr).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_KINDS = (str, float, int, bool)


# The texts of the numbers of the float columns written by this process (a number's text is
# its shortest repr, what the encoder writes; working it out was half the cost of writing a
# page): a page's boxes repeat their lines' tops and bottoms, and its sizes a few values.
# Emptied when it holds ``FLOAT_TEXTS`` numbers.
FLOAT_TEXTS = 50_000
_float_texts: dict[float, str] = {}


def float_column(values: list) -> str:
    """``_ENCODE(values)`` of a column of floats, each number's text worked out once per
    process. Anything but finite non-zero floats goes to the encoder: an int or a bool is
    equal to a float as a key but written otherwise, and so is -0.0 to 0.0 (NaN and the
    infinities are written as names)."""
    if set(map(type, values)) != {float}:
        return _ENCODE(values)
    texts = _float_texts
    new = set(values).difference(texts)
    if new:
        if 0.0 in new or not all(map(math.isfinite, new)):
            return _ENCODE(values)
        if len(texts) + len(new) > FLOAT_TEXTS:
            texts.clear()
            new = set(values)
        texts.update(zip(new, map(float.__repr__, new), strict=True))
    try:
        return "[" + ", ".join(map(texts.__getitem__, values)) + "]"
    except KeyError:          # emptied meanwhile by another thread writing a page
        return _ENCODE(values)


def _all_of(kind: type, values: list) -> bool:
    """Every value is exactly of ``kind`` (a bool is no int here, as in ``serial``)."""
    return set(map(type, values)) <= {kind}


def _column(col: Column, values: Any, count: int) -> list:
    """One column checked, its values shared (``serial``) and boxes rebuilt as tuples."""
    where = f"{COLUMNS}.{col.name}"
    if values is None and col.optional:
        return [col.default] * count       # written before the field was added
    if values is None:
        raise FieldError(where, "is missing")
    if not isinstance(values, list):
        raise FieldError(where, f"expected a list, got {type(values).__name__}")
    if len(values) != count * col.width:
        raise FieldError(where, f"expected {count * col.width} values, got {len(values)}")
    if not _all_of(col.kind, values):
        values = [_converted(col.kind, v, where, k) for k, v in enumerate(values)]
    if col.kind is str:
        values = shared_texts(values)
    elif col.kind is float:
        values = shared_floats(values)
    if col.width > 1:
        return list(zip(*[iter(values)] * col.width, strict=True))
    return values


def _converted(kind: type, value: Any, where: str, index: int) -> Any:
    """A value of a column that is not all of its type: an integer stands for a float (as
    ``serial.from_data`` takes it); anything else is damage."""
    if type(value) is kind:
        return value
    if kind is float and type(value) is int:
        return float(value)
    raise FieldError(f"{where}[{index}]", f"expected {kind.__name__}, got "
                                          f"{type(value).__name__} {value!r:.40}")


def make_words(word: type, columns: list[list]) -> tuple:
    """The ``word`` objects of a page made from its columns (each column a list of one
    field's values, the fields in their order), as ``tuple(map(word, *columns))`` makes them.

    A frozen dataclass's constructor sets each field through ``object.__setattr__``, one
    call per field of each word (a born-digital page read back from its file spent about
    4 ms on its 500 words' constructors); a frozen dataclass with slots and no
    ``__post_init__`` is made here by making the empty objects, then filling one slot of
    them all at a time (the same objects, the loops in C: a third of the time or less). Any
    other class: through its constructor."""
    setters = _slot_setters(word)
    if setters is None:
        return tuple(map(word, *columns))
    count = len(columns[0]) if columns else 0
    if len(columns) != len(setters) or any(len(values) != count for values in columns):
        raise ValueError(f"{len(columns)} word columns of lengths "
                         f"{sorted({len(values) for values in columns})}")
    made: list[Any] = list(map(object.__new__, repeat(word, count)))
    for put, values in zip(setters, columns, strict=True):
        deque(map(put, made, values), maxlen=0)       # runs the map, keeps nothing
    return tuple(made)


@cache
def _slot_setters(word: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """What sets each field of a ``word`` (a frozen dataclass with slots and no
    ``__post_init__``), in the fields' order; None for any other class."""
    names = tuple(f.name for f in dataclasses.fields(word))
    frozen = word.__dataclass_params__.frozen    # type: ignore[attr-defined]
    if not (frozen
            and tuple(getattr(word, "__slots__", ())) == names
            and not hasattr(word, "__post_init__")):
        return None
    return tuple(word.__dict__[name].__set__ for name in names)


@cache
def page_form(page: type) -> PageForm:
    """The form of pages of dataclass ``page``, whose ``words`` field is a tuple of a
    dataclass of plain fields (str, float, int, bool, or a fixed tuple of one of them)."""
    hints = typing.get_type_hints(page)
    word = typing.get_args(hints[WORDS])[0]
    columns = []
    for f in dataclasses.fields(word):
        tp = typing.get_type_hints(word)[f.name]
        args = typing.get_args(tp)
        if typing.get_origin(tp) is tuple and args and Ellipsis not in args \
                and len(set(args)) == 1 and args[0] in _KINDS:
            columns.append(Column(f.name, args[0], len(args)))
        elif tp in _KINDS:
            columns.append(Column(f.name, tp, optional=bool(f.metadata.get(ADDED)),
                                  default=f.default))
        else:
            raise TypeError(f"{word.__name__}.{f.name}: {tp!r} cannot be a column")
    return PageForm(page, word, tuple(columns))


def page_text(form: PageForm, text: str) -> Any:
    """The page of a page file's text; ValueError when it is no JSON."""
    return form.read(json.loads(text))


# Where ``PageForm.pieces`` starts the word columns, and how it ends a file. A JSON string
# holds no raw line break, so these are found only where ``pieces`` wrote them.
_COLUMNS_START = f"\n {_ENCODE(COLUMNS)}: "
_END = "\n }\n}"


def page_head(form: PageForm, text: str) -> Any:
    """The page of a page file's text without its words (``words`` empty), parsing only the
    fields written before the word columns: what a cached document's report line needs (its
    pages' sources, timings and errors) costs a page's few fields, not its hundreds of
    words. A file written otherwise (the older form) is read whole; one cut short is
    damage. FieldError (or TypeError, KeyError, ValueError) as for ``page_text``."""
    cut = text.find(_COLUMNS_START)
    if cut < 0:
        return dataclasses.replace(page_text(form, text), **{WORDS: ()})
    if not text.endswith(_END):
        raise ValueError("the page file is cut short")
    data = json.loads(text[:cut].rstrip().removesuffix(",") + "\n}")
    if not isinstance(data, dict) or WORDS in data:
        raise FieldError(WORDS, f"given beside '{COLUMNS}'")
    return from_data(form.page, data)
