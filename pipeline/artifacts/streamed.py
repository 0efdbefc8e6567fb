"""The articles of a saved align artifact, read one at a time.

``articles.jsonl`` and the search index need each article once, in order, and nothing else
of the document; loading ``align.json`` whole held every article of it at once (about
180 MB at 1,500 pages). :func:`iter_articles` reads the file a chunk at a time and decodes
each article when its text is whole, with the checks a whole load makes (stage, version,
every field against its type).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from magpipe.artifacts.records import AlignArtifact, Article
from magpipe.errors import ArtifactError
from magpipe.serial import from_data

CHUNK = 1 << 20           # characters read at a time; an article is rarely above 100 kB
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _Text:
    """A JSON text read a chunk at a time, a value at a time."""

    def __init__(self, handle: IO[str], origin: str) -> None:
        self.handle, self.origin = handle, origin
        self.text, self.at = "", 0

    def _more(self) -> bool:
        """Read the next chunk (what was decoded is dropped); False at the end."""
        chunk = self.handle.read(CHUNK)
        if not chunk:
            return False
        self.text, self.at = self.text[self.at:] + chunk, 0
        return True

    def next_char(self) -> str:
        """The next character that is not white space, not taken; "" at the end."""
        while True:
            self.at = _SPACE.match(self.text, self.at).end()  # type: ignore[union-attr]
            if self.at < len(self.text) or not self._more():
                return self.text[self.at:self.at + 1]

    def take(self, wanted: str) -> str:
        """The next character, which must be one of ``wanted``."""
        found = self.next_char()
        if not found or found not in wanted:
            raise self.damaged(f"expected one of {wanted!r}, found {found or 'the end'!r}")
        self.at += 1
        return found

    def value(self) -> Any:
        """The next JSON value, whole."""
        self.next_char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.at)
            except json.JSONDecodeError as exc:
                if self._more():            # cut by the chunk's end, most likely
                    continue
                raise self.damaged(exc.msg) from exc
            # a number at the chunk's end may go on in the next chunk: decoded again
            if end < len(self.text) or not self._more():
                self.at = end
                return value

    def damaged(self, why: str) -> ArtifactError:
        return ArtifactError(f"artifact is damaged ({why}); rerun the 'align' stage",
                             path=self.origin)


def iter_articles(path: Path) -> Iterator[Article]:
    """The articles of the align artifact saved at ``path``, in order, one at a time."""
    origin = str(path)
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise ArtifactError(f"cannot read artifact ({exc.strerror}); check the path",
                            path=origin) from exc
    with handle:
        text = _Text(handle, origin)
        head: dict[str, Any] = {}
        articles = False
        text.take("{")
        while text.next_char() != "}":
            name = text.value()
            text.take(":")
            if name == "articles":
                AlignArtifact.check_stage(head.get("stage"), head.get("version"), origin)
                articles = True
                yield from _articles(text)
            else:
                head[name] = text.value()
            if text.next_char() != "}":
                text.take(",")
        if not articles:
            AlignArtifact.check_stage(head.get("stage"), head.get("version"), origin)
            raise text.damaged("no articles")


def _articles(text: _Text) -> Iterator[Article]:
    text.take("[")
    if text.next_char() == "]":
        text.take("]")
        return
    index = 0
    while True:
        data = text.value()
        try:
            yield from_data(Article, data)
        except (KeyError, TypeError, ValueError) as exc:     # FieldError is a ValueError
            raise text.damaged(f"articles[{index}]: {exc}") from exc
        index += 1
        if text.take(",]") == "]":
            return
