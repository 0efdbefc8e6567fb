"""What every stage artifact shares: a stage name, a format version, JSON in and out."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar, Self

from magpipe.errors import ArtifactError
from magpipe.files import atomic_write_text
from magpipe.serial import FieldError, from_data, to_data

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the page's top-left corner."""


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
        data = {"stage": self.STAGE, "version": self.VERSION, **to_data(self)}
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, *, origin: str = "<string>") -> Self:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArtifactError(f"not a JSON artifact ({exc.msg}); rerun the stage that writes it",
                                path=origin) from exc
        if not isinstance(data, dict):
            raise ArtifactError("not a JSON artifact (no object at the top); rerun the stage "
                                "that writes it", path=origin)
        stage, version = data.pop("stage", None), data.pop("version", None)
        if stage != cls.STAGE:
            raise ArtifactError(f"this is a '{stage}' artifact, expected '{cls.STAGE}'; "
                                f"pass the output of the previous stage", path=origin)
        if version != cls.VERSION:
            raise ArtifactError(f"artifact version {version}, this magpipe reads version "
                                f"{cls.VERSION}; rerun the '{stage}' stage", path=origin)
        try:
            return from_data(cls, data)
        except FieldError as exc:
            raise ArtifactError(f"artifact is damaged: {exc}; rerun the '{stage}' stage",
                                path=origin) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ArtifactError(f"artifact is damaged ({exc}); rerun the '{stage}' stage",
                                path=origin) from exc

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), self.to_json())

    @classmethod
    def load(cls, path: Path) -> Self:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ArtifactError(f"cannot read artifact ({exc.strerror}); check the path",
                                path=str(path)) from exc
        return cls.from_json(text, origin=str(path))
