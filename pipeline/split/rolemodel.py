"""A trained role model: block features measured against the page's own body text -> role.

An alternative to the hand-written rules of ``magpipe.split.roles`` (``split(..., roles=
"model")``; ``bench/bench_layouts.py`` prints both per layout family). The model is a
multinomial logistic regression over the features of ``FEATURES``: sizes and widths per
character as ratios to the page's body size and width, weight, share of capitals, lines,
words, line pitch against the body's, place on the page and in its column, how far it stays
in from the column's edges,
text patterns (credit, page number, page reference, rubric, byline, quotation marks, contact
fields), the
sizes of its neighbours in reading order, and language evidence. It is trained by
``tools/train_roles.py`` on generated development layout families only (seeded), and stored
as plain JSON (``data/roles.json``: feature names, scaling, weights): no pickled objects.

Each decision is logged with its three strongest reasons (feature value x weight, for the
role chosen against the runner-up). Pure logic; the model file is read once.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.boxes import CONTACT_FIELDS, contact_fields
from magpipe.split.langid import classify, evidence
from magpipe.split.roles import (
    FURNITURE_MARGIN,
    OPENING_QUOTES,
    REPEAT_MARGIN,
    WORD,
    Facts,
    PageFacts,
    byline_like,
    furniture_key,
    has_credit,
    page_number_like,
    rubric_like,
)
from magpipe.text.contents import ends_with_page
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent / "data" / "roles.json"

FEATURES = (
    "size_up", "size_down", "size_body", "cw_up", "cw_down", "bold", "caps", "lines", "one_line",
    "words", "spanning", "multi_column", "inset", "width_share", "centred", "top", "bottom",
    "in_margin", "near_margin", "repeated", "credit", "page_number", "page_reference",
    "contents_page", "rubric", "byline", "flush_right", "opens_quote", "ends_sentence",
    "first_on_page", "prev_size_up", "next_size_up", "prev_smaller", "after_title",
    "body_above", "under_title", "own_style", "pitch_up", "pitch_down", "marked", "stopwords",
    "exact", "contact",
)


def _log_ratio(a: float, b: float) -> float:
    return math.log(max(a, 1e-3) / max(b, 1e-3))


def features(facts: list[Facts], page: PageFacts) -> np.ndarray:
    """One row of ``FEATURES`` per block of a page, in reading order. Sizes count only on
    text layers (``page.exact``); OCR gives widths per character instead."""
    n = len(facts)
    sizes = [_log_ratio(f.size, page.body_size) if page.exact else _log_ratio(f.cw, page.body_cw)
             for f in facts]
    in_text = [k for k, f in enumerate(facts)
               if f.box[1] / page.height >= FURNITURE_MARGIN and any(c.isalnum() for c in f.text)]
    refs = sum(1 for k in in_text if ends_with_page(facts[k].text))
    contents_share = refs / len(in_text) if in_text else 0.0
    first = in_text[0] if in_text else -1
    rows = np.zeros((n, len(FEATURES)))
    for k, f in enumerate(facts):
        words = WORD.findall(f.text)
        col_lo, col_hi = f.column_box
        left, right = f.box[0] - col_lo, col_hi - f.box[2]
        width = max(col_hi - col_lo, 1.0)
        top, bottom = f.box[1] / page.height, f.box[3] / page.height
        lsize = sizes[k] if page.exact else 0.0
        lcw = _log_ratio(f.cw, page.body_cw)
        ev = evidence(f.text)
        lpitch = _log_ratio(f.pitch, page.body_pitch) if f.pitch > 0 and page.body_pitch > 0 \
            else 0.0
        prev = sizes[k - 1] if k > 0 else 0.0
        nxt = sizes[k + 1] if k + 1 < n else 0.0
        above = any(g.column == f.column and g.box[3] <= f.box[1] + 1 and g.lines >= 3
                    and abs(sizes[j]) < 0.05 for j, g in enumerate(facts) if j != k)
        # the nearest block above that shares some of its width
        over = [j for j, g in enumerate(facts) if j != k and g.box[3] <= f.box[1] + 1
                and across(g.box, f.box) > 0]
        nearest = max(over, key=lambda j: facts[j].box[3]) if over else -1
        row = {
            "size_up": max(lsize, 0.0), "size_down": max(-lsize, 0.0),
            "size_body": float(abs(sizes[k]) < 0.04),
            "cw_up": max(lcw, 0.0), "cw_down": max(-lcw, 0.0),
            "bold": float(f.bold and page.exact), "caps": upper_share(f.text),
            "lines": math.log1p(f.lines), "one_line": float(f.lines == 1),
            "words": math.log1p(len(words)),
            "spanning": float(f.column == -1 and page.columns >= 2),
            "multi_column": float(page.columns >= 2),
            "inset": min(max(min(left, right) / page.body_size, 0.0), 5.0) / 5.0,
            "width_share": min((f.box[2] - f.box[0]) / width, 1.5),
            "centred": float(min(left, right) > page.body_size
                             and abs(left - right) < page.body_size),
            "top": top, "bottom": bottom,
            "in_margin": float(bottom < FURNITURE_MARGIN or top > 1 - FURNITURE_MARGIN),
            "near_margin": float(top < REPEAT_MARGIN or bottom > 1 - REPEAT_MARGIN),
            "repeated": float(furniture_key(f.text) in page.repeated),
            "credit": float(has_credit(f.text)),
            "page_number": float(page_number_like(f.text)),
            "page_reference": float(ends_with_page(f.text)),
            "contents_page": contents_share,
            "rubric": float(rubric_like(f.text)), "byline": float(byline_like(f.text)),
            "flush_right": float(left > 0.3 * width and right < 1.5 * page.body_size),
            "opens_quote": float(f.text.lstrip()[:1] in OPENING_QUOTES),
            "ends_sentence": float(f.text.rstrip()[-1:] in SENTENCE_ENDS),
            "first_on_page": float(k == first),
            "prev_size_up": max(prev, 0.0), "next_size_up": max(nxt, 0.0),
            "prev_smaller": float(prev < -0.04),
            "after_title": float(k > 0 and prev > 0.2),
            "body_above": float(above),
            "under_title": float(nearest >= 0 and sizes[nearest] > 0.2),
            "own_style": float(abs(lcw) > 0.03 or (f.bold and page.exact)
                               or upper_share(f.text) > CAPS_SHARE),
            "pitch_up": max(lpitch, 0.0), "pitch_down": max(-lpitch, 0.0),
            "marked": ev.marked, "stopwords": ev.stopwords,
            "exact": float(page.exact),
            "contact": min(contact_fields(f.text), CONTACT_FIELDS) / CONTACT_FIELDS,
        }
        rows[k] = [row[name] for name in FEATURES]
    return rows


@dataclass(frozen=True)
class RoleModel:
    """A multinomial logistic regression over standardised ``FEATURES``."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    mean: np.ndarray          # (features,)
    scale: np.ndarray         # (features,)
    weights: np.ndarray       # (classes, features)
    bias: np.ndarray          # (classes,)

    def scores(self, rows: np.ndarray) -> np.ndarray:
        z = (rows - self.mean) / self.scale
        return z @ self.weights.T + self.bias

    def predict(self, rows: np.ndarray) -> list[tuple[str, float, str]]:
        """``(role, probability, reasons)`` per row."""
        if not len(rows):
            return []
        logits = self.scores(rows)
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
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

    def to_json(self) -> str:
        return json.dumps({"classes": list(self.classes), "features": list(self.names),
                           "mean": np.round(self.mean, 6).tolist(),
                           "scale": np.round(self.scale, 6).tolist(),
                           "weights": np.round(self.weights, 5).tolist(),
                           "bias": np.round(self.bias, 5).tolist()}, indent=0)

    @classmethod
    def from_json(cls, text: str) -> RoleModel:
        d = json.loads(text)
        return cls(classes=tuple(d["classes"]), names=tuple(d["features"]),
                   mean=np.array(d["mean"]), scale=np.array(d["scale"]),
                   weights=np.array(d["weights"]), bias=np.array(d["bias"]))


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> RoleModel:
    model = RoleModel.from_json(path.read_text(encoding="utf-8"))
    if model.names != FEATURES:
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
        same = abs(_log_ratio(fa.cw, fb.cw)) < TWIN_STYLE and fa.bold == fb.bold and \
            abs(upper_share(fa.text) - upper_share(fb.text)) < 0.2
        langs = {classify(fa.text)[0], classify(fb.text)[0]}
        if same and langs == {Lang.VI, Lang.EN}:
            out[b] = Role.INTRO
            log.debug("model: body -> intro (the intro's twin): %r", fb.text[:40])
    return out


def model_decisions(facts: list[Facts], page: PageFacts, model: RoleModel | None = None
                    ) -> tuple[list[str], list[str]]:
    """The role of each block of a page by the trained model (the shipped one unless
    ``model`` is given; each decision logged), intros kept to the opening of an article
    (``opening_intros``) and given to their twins (``twin_intros``); and each block's
    reason (the model's three strongest)."""
    decided = (model or load()).predict(features(facts, page))
    for f, (role, prob, because) in zip(facts, decided, strict=True):
        log.debug("model: %s (%.2f) %s: %r", role, prob, because, f.text[:40])
    roles = twin_intros(opening_intros([Role(role) for role, _, _ in decided], facts), facts)
    return roles, [f"model {prob:.2f}, {because}" for _, prob, because in decided]


def model_roles(facts: list[Facts], page: PageFacts, model: RoleModel | None = None
                ) -> list[str]:
    """The role of each block of a page by the trained model (``model_decisions``)."""
    return model_decisions(facts, page, model)[0]
