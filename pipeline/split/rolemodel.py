"""A trained role model: block features measured against the page's own body text -> role.

An alternative to the hand-written rules of ``magpipe.split.roles`` (``split(..., roles=
"model")``; ``bench/bench_layouts.py`` prints both per layout family). The model is a
multinomial logistic regression over the block features of ``magpipe.split.rolefeatures``
(sizes, widths, weight, capitals, place on the page and in its column, the white around a
block, the page's photos, text patterns, neighbours' sizes, language evidence), optionally
followed by a second one over those features and what the first makes of each block's
neighbours (``then``: ``rolefeatures.NEIGHBOUR_FEATURES``; a line under a caption is its
twin, a paragraph under a title opens the article; ``tools/train_roles.py --second-stage``).
It is trained by
``tools/train_roles.py`` on generated development layout families only (seeded), and stored
as plain JSON (``data/roles.json``: feature names, scaling, weights): no pickled objects.

The model decides each block's role by its look and its neighbours'; the rules that keep text
out of the articles by where it stands or by its fixed wording (``MODEL_PASSES``: a
nameplate's band, a cover's lines, contents entries, jump lines, tables, OCR specks ...) and
a letter's form then run over its roles, as they do over the rules' (``model_ruled``).

Each decision is logged with its three strongest reasons (feature value x weight, for the
role chosen against the runner-up). Pure logic; the model file is read once.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.article_feet import foot_notes
from magpipe.split.boxes import contact_boxes
from magpipe.split.bulletin_bands import foot_strips
from magpipe.split.cover_lines import cover_pages
from magpipe.split.credit_lines import credit_lines
from magpipe.split.figure_tables import figure_tables
from magpipe.split.grids import grid_cells
from magpipe.split.heads import heads_inside
from magpipe.split.imprints import imprints
from magpipe.split.langid import classify
from magpipe.split.letterform import form_over_model
from magpipe.split.nameplate import nameplates
from magpipe.split.ocr_jumps import garbled_jump_lines
from magpipe.split.passes import RULE_PASSES, RulePass, contents_pass, jump_pass, run_passes
from magpipe.split.read_also import read_also
from magpipe.split.rolefeatures import (
    FEATURES,
    NEIGHBOUR_FEATURES,
    NEIGHBOURS,
    features,
    log_ratio,
    neighbour_rows,
    neighbours,
)
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.side_rails import side_rails
from magpipe.split.specks import ocr_specks
from magpipe.text.headings import upper_share

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent / "data" / "roles.json"


@dataclass(frozen=True)
class RoleModel:
    """A multinomial logistic regression over standardised ``FEATURES``; with ``then``, a
    second one over ``FEATURES`` and ``NEIGHBOUR_FEATURES`` (what this one makes of each
    block's neighbours) gives the roles."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    mean: np.ndarray          # (features,)
    scale: np.ndarray         # (features,)
    weights: np.ndarray       # (classes, features)
    bias: np.ndarray          # (classes,)
    then: RoleModel | None = None

    def scores(self, rows: np.ndarray) -> np.ndarray:
        z = (rows - self.mean) / self.scale
        return z @ self.weights.T + self.bias

    def chances(self, rows: np.ndarray) -> np.ndarray:
        """Each row's chance of each of ``classes``."""
        logits = self.scores(rows)
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        return probs / probs.sum(axis=1, keepdims=True)

    def second_rows(self, rows: np.ndarray, near: np.ndarray) -> np.ndarray:
        """``rows`` with the neighbours' features the second stage reads (``near``:
        ``rolefeatures.neighbours``' indices into ``rows``)."""
        return np.hstack([rows, neighbour_rows(self.chances(rows), self.classes, near)])

    def predict(self, rows: np.ndarray, near: np.ndarray | None = None
                ) -> list[tuple[str, float, str]]:
        """``(role, probability, reasons)`` per row (``near``: each row's neighbours, for the
        second stage; none when not given)."""
        if not len(rows):
            return []
        if self.then is not None:
            if near is None:
                near = np.full((len(rows), len(NEIGHBOURS)), -1, dtype=int)
            return self.then.predict(self.second_rows(rows, near))
        probs = self.chances(rows)
        z = (rows - self.mean) / self.scale
        out = []
        for k in range(len(rows)):
            order = np.argsort(-probs[k])
            best, second = order[0], order[1]
            push = z[k] * (self.weights[best] - self.weights[second])
            top = np.argsort(-push)[:3]
            reasons = ", ".join(f"{self.names[i]}={rows[k, i]:.2f}" for i in top)
            out.append((self.classes[best], float(probs[k, best]),
                        f"over {self.classes[second]}: {reasons}"))
        return out

    def to_dict(self) -> dict:
        return {"classes": list(self.classes), "features": list(self.names),
                "mean": np.round(self.mean, 6).tolist(), "scale": np.round(self.scale, 6).tolist(),
                "weights": np.round(self.weights, 5).tolist(),
                "bias": np.round(self.bias, 5).tolist(),
                "then": self.then.to_dict() if self.then is not None else None}

    def to_json(self, trained: str = "") -> str:
        """The model as its file holds it; ``trained``: how it was made (recipe, seed,
        families), kept beside the weights for their reader and ignored on loading."""
        return json.dumps({"trained": trained, **self.to_dict()} if trained else self.to_dict(),
                          indent=0)

    @classmethod
    def from_dict(cls, d: dict) -> RoleModel:
        return cls(classes=tuple(d["classes"]), names=tuple(d["features"]),
                   mean=np.array(d["mean"]), scale=np.array(d["scale"]),
                   weights=np.array(d["weights"]), bias=np.array(d["bias"]),
                   then=cls.from_dict(d["then"]) if d.get("then") else None)

    @classmethod
    def from_json(cls, text: str) -> RoleModel:
        return cls.from_dict(json.loads(text))


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> RoleModel:
    model = RoleModel.from_json(path.read_text(encoding="utf-8"))
    if model.names != FEATURES or (model.then is not None and
                                   model.then.names != FEATURES + NEIGHBOUR_FEATURES):
        raise ValueError(f"{path}: its features differ from this code's; run "
                         "tools/train_roles.py again")
    return model


def opening_intros(roles: list[str], facts: list[Facts]) -> list[str]:
    """An intro opens an article: one with no title before it on the page, or with body text
    of its column above it, is body text (the model looks at one block at a time and calls
    some plain paragraphs intros)."""
    out = list(roles)
    for k, role in enumerate(roles):
        if role != Role.INTRO:
            continue
        titled = any(r == Role.TITLE for r in roles[:k])
        under_body = facts[k].column >= 0 and any(
            r == Role.BODY and g.column == facts[k].column and g.box[3] <= facts[k].box[1] + 1
            for r, g in zip(roles, facts, strict=True))
        if not titled or under_body:
            out[k] = Role.BODY
            log.debug("model: intro -> body (%s): %r",
                      "no title before it" if not titled else "body text above it",
                      facts[k].text[:40])
    return out


TWIN_STYLE = 0.03     # widths per character this close (relative): the same typeface and style


def twin_intros(roles: list[str], facts: list[Facts]) -> list[str]:
    """An intro's translation set right after it (interleaved text) in the same style is an
    intro too: the next text block in reading order, a body block in the other language with
    the same width per character, weight and case."""
    out = list(roles)
    text = [k for k, r in enumerate(roles) if r not in (Role.HEADER, Role.PAGE_NUMBER,
                                                         Role.OTHER, Role.CAPTION, Role.CREDIT)]
    for a, b in zip(text, text[1:], strict=False):
        fa, fb = facts[a], facts[b]
        if out[a] != Role.INTRO or roles[b] != Role.BODY:
            continue
        same = abs(log_ratio(fa.cw, fb.cw)) < TWIN_STYLE and fa.bold == fb.bold and \
            abs(upper_share(fa.text) - upper_share(fb.text)) < 0.2
        langs = {classify(fa.text)[0], classify(fb.text)[0]}
        if same and langs == {Lang.VI, Lang.EN}:
            out[b] = Role.INTRO
            log.debug("model: body -> intro (the intro's twin): %r", fb.text[:40])
    return out


def model_decisions(facts: list[Facts], page: PageFacts, model: RoleModel | None = None,
                    photos: tuple[Box, ...] = ()) -> tuple[list[str], list[str]]:
    """The role of each block of a page by the trained model (the shipped one unless
    ``model`` is given; each decision logged), intros kept to the opening of an article
    (``opening_intros``) and given to their twins (``twin_intros``); and each block's
    reason (the model's three strongest). ``photos``: the page's photos."""
    decided = (model or load()).predict(features(facts, page, photos), neighbours(facts))
    for f, (role, prob, because) in zip(facts, decided, strict=True):
        log.debug("model: %s (%.2f) %s: %r", role, prob, because, f.text[:40])
    roles = twin_intros(opening_intros([Role(role) for role, _, _ in decided], facts), facts)
    return roles, [f"model {prob:.2f}, {because}" for _, prob, because in decided]


# The rule passes that also run over the model's roles (after it, in this order): each keeps
# text out of the articles by where it stands on the page or by its fixed wording (a
# nameplate's band, a cover's lines, a contents page's entries, jump lines, contact boxes,
# grids and tables of figures, a strip at the page's foot, the band of notes closing a page,
# an imprint, OCR specks, a credit line of its own, a "read also" list), which a model of one
# block's look at a time cannot see; none of them makes a block a title, an intro or body
# text, so the model still decides what an article is made of.
MODEL_PASSES: tuple[tuple[str, RulePass], ...] = tuple(
    (name, step) for name, step in RULE_PASSES if step in (
        credit_lines, heads_inside, nameplates, cover_pages, contents_pass, jump_pass,
        garbled_jump_lines, contact_boxes, grid_cells, figure_tables, foot_strips, foot_notes,
        imprints, ocr_specks, side_rails, read_also))


def model_ruled(facts: list[Facts], page: PageFacts, model: RoleModel | None = None,
                photos: tuple[Box, ...] = ()) -> tuple[list[str], list[str]]:
    """The model's roles (``model_decisions``) with ``MODEL_PASSES`` and a letter's form
    (``letterform.form_over_model``) laid over them, and each block's reason."""
    roles, reasons = run_passes(*model_decisions(facts, page, model, photos), facts, page,
                                MODEL_PASSES)
    return form_over_model(roles, reasons, facts, page)


def model_roles(facts: list[Facts], page: PageFacts, model: RoleModel | None = None,
                photos: tuple[Box, ...] = ()) -> list[str]:
    """The role of each block of a page by the trained model (``model_ruled``)."""
    return model_ruled(facts, page, model, photos)[0]
