"""Train the split stage's role model (``pipeline/split/data/roles.json``).

Generates born-digital documents of the DEVELOPMENT layout families (``fixtures/layouts.py``:
``FAMILIES`` minus ``HELD_OUT``) with a training seed of its own (``TRAIN_SEED``, not the
benchmark's), reads their text layers through the extract stage, cuts them into blocks as the
split stage does, labels each block with the role of the truth block holding most of its
characters, and fits a multinomial logistic regression (L2, classes weighted by the square
root of their rarity) with scipy's L-BFGS. Each block also counts once as if read by OCR
(sizes and weight unknown, widths per character only), so that the model has seen such pages.

With ``--scans K`` it also generates K scanned copies (one article each) per family, reads
them through the real pipeline (Tesseract; cached in ``.bench/train-roles/pipeline``) and
trains on their OCR words as well.

Usage: ``nice .venv/bin/python tools/train_roles.py [--docs N] [--scans K]`` (about a minute
without scans; deterministic). It prints the training accuracy per role and the strongest
weights. The shipped model: ``--docs 6 --scans 2`` (3,701 blocks).
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))

from magpipe.artifacts.pages import ExtractArtifact, RepairArtifact  # noqa: E402
from magpipe.batch.engines import LocalEngine  # noqa: E402
from magpipe.batch.orchestrator import process_document  # noqa: E402
from magpipe.config import Config, OcrMode  # noqa: E402
from magpipe.eval.split_score import TRUTH_ROLE, _owner, truth_blocks  # noqa: E402
from magpipe.extract import extract  # noqa: E402
from magpipe.split import geometry_of, page_facts, repeated_texts  # noqa: E402
from magpipe.split.rolemodel import FEATURES, MODEL_FILE, RoleModel, features  # noqa: E402

TRAIN_SEED = 7100       # the benchmark generates with 1600: other documents
DOCS = 6                # documents of two articles per family
L2 = 0.001              # weight penalty (per example, on standardised features)
OUT = ROOT / ".bench" / "train-roles"
# a caption block holds its credit (the split stage cuts it off after the role is decided)
LABEL = {**TRUTH_ROLE, "credit": "caption"}

log = logging.getLogger("train_roles")


def documents(docs: int, scans: int) -> list[Path]:
    import layouts  # the generator (fixtures/), for its family lists
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    out = OUT / "docs"
    stamp = out / ".made"
    want = f"{docs} {scans} {TRAIN_SEED} {' '.join(families)}"
    if not stamp.exists() or stamp.read_text() != want:
        for family in families:
            subprocess.run([sys.executable, str(ROOT / "fixtures" / "layouts.py"), str(out),
                            "--docs", str(docs), "--seed", str(TRAIN_SEED), "--family", family,
                            *(["--scan", "--scans", str(scans)] if scans else [])],
                           check=True, stdout=subprocess.DEVNULL)
        stamp.write_text(want)
    kinds = ("digital", "scanned") if scans else ("digital",)
    return sorted(p for p in out.glob("*.pdf")
                  if p.stem.rsplit("-", 2)[0] in families and p.stem.rsplit("-", 1)[1] in kinds)


def read(pdf: Path, engine) -> RepairArtifact | ExtractArtifact:
    """A born-digital document's text layer; a scanned one through the cached pipeline."""
    if pdf.stem.endswith("-digital"):
        return extract(pdf, Config(ocr=OcrMode.NEVER, progress=False))
    config = Config(out_dir=OUT / "pipeline", progress=False)
    report = process_document(pdf, pdf.stem, config, engine.map_pages)
    if report.status == "failed":
        raise SystemExit(f"pipeline failed on {pdf.name}: {report.error}")
    return RepairArtifact.load(config.out_dir / pdf.stem / "repair.json")


def examples(pdf: Path, engine) -> tuple[list[np.ndarray], list[str]]:
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    artifact = read(pdf, engine)
    tblocks = truth_blocks(truth)
    geometry = geometry_of(artifact)
    repeated = repeated_texts(artifact.pages, geometry)
    rows, labels = [], []
    for page, geo in zip(artifact.pages, geometry, strict=True):
        local = [b for b in tblocks if b.page == page.number]
        paras, facts, pf = page_facts(page, geo, repeated)
        if not facts:
            continue
        views = (pf, replace(pf, exact=False)) if pf.exact else (pf,)
        for view in views:
            rows.append(features(facts, view))
        for para in paras:
            chars: Counter[str] = Counter()
            for line in para.lines:
                for i in line.words:
                    w = page.words[i]
                    owner = _owner(w.box, w.text, local, 3.0)
                    role = local[owner].role if owner is not None else "other"
                    chars[LABEL.get(role, role)] += len(w.text)
            labels.append(chars.most_common(1)[0][0] if chars else "other")
        if pf.exact:
            labels.extend(labels[-len(paras):])      # the OCR view has the same labels
    return rows, labels


def fit(x: np.ndarray, y: np.ndarray, classes: int) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    counts = np.bincount(y, minlength=classes)
    # rare roles count more, by the square root of their rarity (full balancing made body
    # paragraphs into intros)
    weight = np.sqrt(n / (classes * np.maximum(counts, 1)))[y]
    onehot = np.eye(classes)[y]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:classes * d].reshape(classes, d), theta[classes * d:]
        logits = x @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(weight * np.log(np.maximum((p * onehot).sum(axis=1), 1e-12))).sum() / n
        g = (weight[:, None] * (p - onehot)) / n
        grad_w = g.T @ x + L2 * w
        return nll + 0.5 * L2 * (w * w).sum(), np.concatenate([grad_w.ravel(), g.sum(axis=0)])

    res = minimize(loss, np.zeros(classes * d + classes), jac=True, method="L-BFGS-B",
                   options={"maxiter": 2000})
    log.info("fit: %s after %d iterations, loss %.4f", res.message, res.nit, res.fun)
    return res.x[:classes * d].reshape(classes, d), res.x[classes * d:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=DOCS)
    ap.add_argument("--scans", type=int, default=0, help="scanned copies per family (OCR)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name in ("magpipe", "pdfminer", "pikepdf"):
        logging.getLogger(name).setLevel(logging.WARNING)
    rows, labels = [], []
    with LocalEngine(Config().worker_count) as engine:
        for pdf in documents(args.docs, args.scans):
            r, lab = examples(pdf, engine)
            rows += r
            labels += lab
    x = np.vstack(rows)
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    w, b = fit((x - mean) / scale, y, len(classes))
    model = RoleModel(classes=tuple(classes), names=FEATURES, mean=mean, scale=scale,
                      weights=w, bias=b)
    predicted = [role for role, _, _ in model.predict(x)]
    print(f"{len(labels)} blocks (text-layer blocks twice: as read, and as OCR would see them), "
          f"{len(classes)} roles")
    for k, role in enumerate(classes):
        mine = [p for p, t in zip(predicted, labels, strict=True) if t == role]
        right = sum(p == role for p in mine)
        strongest = np.argsort(-np.abs(w[k]))[:4]
        print(f"  {role:12s} {right}/{len(mine)} right; weights: " +
              ", ".join(f"{FEATURES[i]} {w[k, i]:+.2f}" for i in strongest))
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({MODEL_FILE.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
