"""Reviewer corrections: the JSON file the review page saves, and merging it into records.

A correction names one text of one article (``field`` title, section, intro, byline,
paragraph, caption, label or keywords; ``index`` the paragraph or caption number from 0;
``lang`` vi or en) with the text the page showed (``before``) and the reviewer's text (``after``). A
correction whose ``before`` no longer matches the record (the document was rerun since)
is refused, never forced: it is reported as a conflict and the record is left as it is.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from magpipe.artifacts import AlignArtifact, Article
from magpipe.errors import UsageError

log = logging.getLogger(__name__)

FORMAT = "magpipe-corrections"
FORMAT_VERSION = 1
FIELDS = ("title", "section", "intro", "byline", "paragraph", "caption", "label", "keywords")
FIELDS_WITH_INDEX = ("paragraph", "caption")
LANGS = ("vi", "en")


@dataclass(frozen=True)
class Correction:
    article: str
    field: str
    index: int
    lang: str
    before: str
    after: str


@dataclass(frozen=True)
class CorrectionSet:
    doc: str
    align_sha256: str
    corrections: tuple[Correction, ...]


@dataclass(frozen=True)
class Outcome:
    artifact: AlignArtifact
    applied: tuple[Correction, ...]
    conflicts: tuple[tuple[Correction, str], ...]    # the correction and why it was refused


def parse(text: str, origin: str = "<string>") -> CorrectionSet:
    """A corrections file, checked; a clear error naming the file when it is not one."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
            raise ValueError(f"not a {FORMAT} file of version {FORMAT_VERSION}")
        found = []
        for item in data["corrections"]:
            c = Correction(str(item["article"]), str(item["field"]), int(item["index"]),
                           str(item["lang"]), str(item["before"]), str(item["after"]))
            if c.field not in FIELDS or c.lang not in LANGS or c.index < 0:
                raise ValueError(f"unknown field, language or index in {item}")
            found.append(c)
        return CorrectionSet(str(data["doc"]), str(data.get("align_sha256", "")), tuple(found))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"not a corrections file saved by the review page ({exc})",
                         path=origin) from exc


def _norm(text: str | None) -> str:
    """Compare texts as the page shows them: line ends and trailing blanks do not count."""
    return "\n".join(line.rstrip() for line in (text or "").replace("\r\n", "\n")
                     .strip().split("\n"))


def _current(a: Article, c: Correction) -> str | None:
    if c.field == "paragraph":
        return getattr(a.paragraphs[c.index], c.lang)
    if c.field == "caption":
        return getattr(a.captions[c.index], c.lang)
    return getattr(getattr(a, c.field), c.lang)


def _with(a: Article, c: Correction, text: str) -> Article:
    value = text or None
    side: dict[str, Any] = {c.lang: value}
    if c.field in FIELDS_WITH_INDEX:
        items: list[Any] = list(a.paragraphs if c.field == "paragraph" else a.captions)
        items[c.index] = replace(items[c.index], **side)
        listed: dict[str, Any] = {"paragraphs" if c.field == "paragraph" else "captions":
                                  tuple(items)}
        return replace(a, **listed)
    field: dict[str, Any] = {c.field: replace(getattr(a, c.field), **side)}
    return replace(a, **field)


def apply(artifact: AlignArtifact, found: CorrectionSet) -> Outcome:
    """The artifact with every correction that still fits applied; the others refused."""
    if found.doc != artifact.doc.name:
        raise UsageError(f"these corrections are for document '{found.doc}', not "
                         f"'{artifact.doc.name}'; pass its own folder")
    by_id = {a.id: a for a in artifact.articles}
    applied, conflicts = [], []
    for c in found.corrections:
        article = by_id.get(c.article)
        if article is None:
            conflicts.append((c, "no such article (was the document rerun?)"))
            continue
        try:
            now = _current(article, c)
        except IndexError:
            conflicts.append((c, f"the article has no {c.field} {c.index + 1}"))
            continue
        if _norm(now) != _norm(c.before):
            conflicts.append((c, "the record changed since the page was made"))
            continue
        by_id[c.article] = _with(article, c, _norm(c.after))
        applied.append(c)
        log.info("%s %s %d %s: %r -> %r", c.article, c.field, c.index, c.lang, c.before, c.after)
    articles = tuple(by_id[a.id] for a in artifact.articles)
    return Outcome(replace(artifact, articles=articles), tuple(applied), tuple(conflicts))


def load(path: Path) -> CorrectionSet:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the corrections file ({exc})", path=str(path)) from exc
    return parse(text, str(path))


def vietnamese_texts(applied: tuple[Correction, ...]) -> list[str]:
    """The reviewers' Vietnamese texts, to teach the user lexicon."""
    return [c.after for c in applied if c.lang == "vi" and c.after.strip()]
