"""A trained role model: block features measured against the page's own body text -> role.

An alternative to the hand-written rules of ``magpipe.split.roles`` (``split(..., roles=
"model")``; ``bench/bench_layouts.py`` prints both per layout family). The model is a
multinomial logistic regression over the features of ``FEATURES``: sizes and widths per
character as ratios to the page's body size and width, weight, share of capitals, lines,
words, place on the page and in its column, how far it stays in from the column's edges,
text patterns (credit, page number, page reference, rubric, byline, quotation marks), the
sizes of its neighbours in reading order, and language evidence. It is trained by
``tools/train_roles.py`` on generated development layout families only (seeded), and stored
as plain JSON (``data/roles.json``: feature names, scaling, weights): no pickled objects.

Each decision is logged with its three strongest reasons (feature value x weight, for the
role chosen against the runner-up). Pure logic; the model file is read once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from magpipe.artifacts.layout import Role
from magpipe.split.langid import evidence
from magpipe.split.roles import (
    FURNITURE_MARGIN,
    REPEAT_MARGIN,
    Facts,
    PageFacts,
    byline_like,
    furniture_key,
    has_credit,
    page_number_like,
    page_reference_like,
    rubric_like,
    upper_share,
)
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent / "data" / "roles.json"
_OPENING_QUOTES = "“\"«„‘'"
_WORD = re.compile(r"[^\W\d_]+")

FEATURES = (
    "size_up", "size_down", "size_body", "cw_up", "cw_down", "bold", "caps", "lines", "one_line",
    "words", "spanning", "multi_column", "inset", "width_share", "centred", "top", "bottom",
    "in_margin", "near_margin", "repeated", "credit", "page_number", "page_reference",
    "contents_page", "rubric", "byline", "flush_right", "opens_quote", "ends_sentence",
    "first_on_page", "prev_size_up", "next_size_up", "prev_smaller", "after_title",
    "body_above", "marked", "stopwords", "exact",
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
    refs = sum(1 for k in in_text if page_reference_like(facts[k].text))
    contents_share = refs / len(in_text) if in_text else 0.0
    first = in_text[0] if in_text else -1
    rows = np.zeros((n, len(FEATURES)))
    for k, f in enumerate(facts):
        words = _WORD.findall(f.text)
        col_lo, col_hi = f.column_box
        left, right = f.box[0] - col_lo, col_hi - f.box[2]
        width = max(col_hi - col_lo, 1.0)
        top, bottom = f.box[1] / page.height, f.box[3] / page.height
        lsize = sizes[k] if page.exact else 0.0
        lcw = _log_ratio(f.cw, page.body_cw)
        ev = evidence(f.text)
        prev = sizes[k - 1] if k > 0 else 0.0
        nxt = sizes[k + 1] if k + 1 < n else 0.0
        above = any(g.column == f.column and g.box[3] <= f.box[1] + 1 and g.lines >= 3
                    and abs(sizes[j]) < 0.05 for j, g in enumerate(facts) if j != k)
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
            "page_reference": float(page_reference_like(f.text)),
            "contents_page": contents_share,
            "rubric": float(rubric_like(f.text)), "byline": float(byline_like(f.text)),
            "flush_right": float(left > 0.3 * width and right < 1.5 * page.body_size),
            "opens_quote": float(f.text.lstrip()[:1] in _OPENING_QUOTES),
            "ends_sentence": float(f.text.rstrip()[-1:] in SENTENCE_ENDS),
            "first_on_page": float(k == first),
            "prev_size_up": max(prev, 0.0), "next_size_up": max(nxt, 0.0),
            "prev_smaller": float(prev < -0.04),
            "after_title": float(k > 0 and prev > 0.2),
            "body_above": float(above), "marked": ev.marked, "stopwords": ev.stopwords,
            "exact": float(page.exact),
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


def fingerprint(path: Path = MODEL_FILE) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else ""


def model_roles(facts: list[Facts], page: PageFacts) -> list[str]:
    """The role of each block of a page by the trained model, each decision logged."""
    decided = load().predict(features(facts, page))
    for f, (role, prob, why) in zip(facts, decided, strict=True):
        log.debug("model: %s (%.2f) %s: %r", role, prob, why, f.text[:40])
    return [Role(role) for role, _, _ in decided]
