"""What every stage artifact shares: a stage name, a format version, JSON in and out."""

from __future__ import annotations

import dataclasses
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar, Self, cast

from magpipe.errors import ArtifactError
from magpipe.files import atomic_write_pieces
from magpipe.serial import FieldError, from_data, iter_object

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the page's top-left corner."""


def union(boxes: Iterable[Box]) -> Box:
    """The smallest box holding all of ``boxes`` (at least one)."""
    many = boxes if isinstance(boxes, (list, tuple)) else list(boxes)
    return (min(b[0] for b in many), min(b[1] for b in many),
            max(b[2] for b in many), max(b[3] for b in many))

def across(a: Box, b: Box) -> float:
    """The width two boxes share, in points (negative: the gap between them side by side)."""
    return min(a[2], b[2]) - max(a[0], b[0])


def down(a: Box, b: Box) -> float:
    """The height two boxes share, in points (negative: the gap between them one over the
    other)."""
    return min(a[3], b[3]) - max(a[1], b[1])


ON_PHOTO = 1.0
"""Points a box may stand out of a photo's box and still lie on it: the photo's bounds and the
text's boxes are rounded apart (``within(box, photo, ON_PHOTO)``)."""


def within(inner: Box, outer: Box, slack: float = 0.0) -> bool:
    """``inner`` lies in ``outer``, standing out of it by ``slack`` points at most on any side."""
    return inner[0] >= outer[0] - slack and inner[2] <= outer[2] + slack and \
        inner[1] >= outer[1] - slack and inner[3] <= outer[3] + slack


def shares_width(a: Box, b: Box, share: float) -> bool:
    """The two boxes share at least ``share`` of the narrower one's width."""
    return across(a, b) >= share * min(a[2] - a[0], b[2] - b[0])


PAGE_FILES = "page_files"
"""The header field of an artifact stored a page per file (see ``artifacts.paged``)."""


class Artifact(ABC):
    """Mixin for the frozen dataclass a stage returns.

    Subclasses set ``STAGE`` and ``VERSION``; bump ``VERSION`` whenever the
    fields change meaning, so old saved files are refused instead of misread.
    """

    STAGE: ClassVar[str]
    VERSION: ClassVar[int]

    @abstractmethod
    def to_text(self) -> str:
        """The artifact's text in reading order, pages (or articles) separated by form feeds."""

    def to_json(self) -> str:
        return "".join(self.json_pieces())

    def json_pieces(self) -> Iterator[str]:
        """The JSON text in pieces (see :func:`magpipe.serial.iter_json`): a long document is
        written page by page, never held whole as one string."""
        fields = ((f.name, getattr(self, f.name))
                  for f in dataclasses.fields(cast(Any, self)))    # a dataclass subclass
        yield from iter_object([("stage", self.STAGE), ("version", self.VERSION), *fields])

    @classmethod
    def from_json(cls, text: str, *, origin: str = "<string>") -> Self:
        data = cls._checked(text, origin)
        if PAGE_FILES in data:
            raise ArtifactError("this is the header of an artifact stored a page per file; "
                                "load it from its file", path=origin)
        return cls._built(data, origin)

    @classmethod
    def _checked(cls, text: str, origin: str) -> dict:
        """The parsed JSON object, its stage and version checked (and taken out)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArtifactError(f"not a JSON artifact ({exc.msg}); rerun the stage that writes it",
                                path=origin) from exc
        if not isinstance(data, dict):
            raise ArtifactError("not a JSON artifact (no object at the top); rerun the stage "
                                "that writes it", path=origin)
        cls.check_stage(data.pop("stage", None), data.pop("version", None), origin)
        return data

    @classmethod
    def check_stage(cls, stage: object, version: object, origin: str) -> None:
        """Refuse a saved artifact of another stage or version, saying what to do."""
        if stage != cls.STAGE:
            raise ArtifactError(f"this is a '{stage}' artifact, expected '{cls.STAGE}'; "
                                f"pass the output of the previous stage", path=origin)
        if version != cls.VERSION:
            raise ArtifactError(f"artifact version {version}, this magpipe reads version "
                                f"{cls.VERSION}; rerun the '{stage}' stage", path=origin)

    @classmethod
    def _built(cls, data: dict, origin: str) -> Self:
        try:
            return from_data(cls, data)
        except FieldError as exc:
            raise ArtifactError(f"artifact is damaged: {exc}; rerun the '{cls.STAGE}' stage",
                                path=origin) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ArtifactError(f"artifact is damaged ({exc}); rerun the '{cls.STAGE}' stage",
                                path=origin) from exc

    def save(self, path: Path, durable: bool = True) -> None:
        """Write the artifact whole (``files.atomic_write_pieces``); ``durable=False``: not
        forced to disk (the caller does, ``files.sync_files``, before it marks it current)."""
        atomic_write_pieces(Path(path), self.json_pieces(), durable=durable)

    @classmethod
    def load(cls, path: Path) -> Self:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ArtifactError(f"cannot read artifact ({exc.strerror}); check the path",
                                path=str(path)) from exc
        data = cls._checked(text, str(path))
        if PAGE_FILES in data:      # a header: the pages are read a file at a time
            return cls._from_header(data, Path(path))
        return cls._built(data, str(path))

    @classmethod
    def _from_header(cls, data: dict, header: Path) -> Self:
        """The artifact of a header stored a page per file (``paged.PagedArtifact``)."""
        raise ArtifactError(f"a '{cls.STAGE}' artifact is never stored a page per file; "
                            f"rerun the '{cls.STAGE}' stage", path=str(header))
