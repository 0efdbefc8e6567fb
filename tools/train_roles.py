"""Train the split stage's role model (``pipeline/split/data/roles.json``).

Generates born-digital documents of the DEVELOPMENT layout families (``fixtures/layouts.py``:
``FAMILIES`` minus ``HELD_OUT``) with a training seed of its own (``TRAIN_SEED``, not the
benchmark's), reads their text layers through the extract stage, cuts them into blocks as the
split stage does (``magpipe.split.role_inputs``: each page's blocks and facts exactly as
``split`` decides on them), labels each block with the role of the truth block holding most
of its characters, and fits a multinomial logistic regression (L2, classes weighted by the
square root of their rarity) with scipy's L-BFGS on the blocks' own features. With
``--second-stage`` it fits a second one on those and what the first makes of each block's
neighbours, read for each family by a first stage fitted without it (``FOLDS`` groups of
families), as it will be on a new publication (seventeenth round, leave-one-out on the
born-digital documents, means over the 41 families, against one stage on the same features:
kept out 88.0 against 87.8%, captions 96.6 against 95.2%, but pairing 87.4 against 88.4% and
paragraph F1 0.795 against 0.807: not shipped). Each block also counts once as if read by OCR
(sizes and weight unknown, widths per character only), so that the model has seen such pages.

With ``--scans K`` it also generates K scanned copies (one article each) per family, reads
them through the real pipeline (Tesseract; cached in ``.bench/train-roles/pipeline``) and
trains on their OCR words as well.

With ``--bench-scans`` it trains on the benchmark's scanned copies instead (``bench/
bench_layouts.py``, whose OCR is cached in ``.bench/layouts/pipeline``): no new OCR, but the
benchmark's scanned figures of the model trained on every family are then figures on its
training documents (the leave-one-out figures are not: a family's documents never train the
model that is scored on them).

Usage: ``nice .venv/bin/python tools/train_roles.py [--docs N] [--scans K] [--bench-scans]``
(about a minute without scans; deterministic). It prints the training accuracy per role and
the strongest weights. The shipped model: ``--docs 6 --bench-scans`` (the seventh round's was
``--docs 6 --scans 2`` on eleven families).

``--leave-one-out`` writes no model: for each family it trains on the other families only (the
search starting from the model of every family: the loss is convex, the end the same) and
prints, on the benchmark's documents of the family left out (``bench/bench_layouts.py``, its
seed; born-digital and scanned), the hand-written rules, that model (``lofo``) and, with
``--with-all``, the model trained on every family (``all``, a development figure) side by
side: role characters, no-article text kept out, article text kept in, language side,
pairing, captions, paragraph F1, and their means over families (``--no-scans``: born-digital
documents only). Choose between rules and model by the ``lofo`` rows, never by ``all``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

# the fit's products are small (blocks x ~55 features x ~14 roles): one BLAS thread does them
# in milliseconds, while threads fighting over a loaded machine's cores took twenty times as long
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))

from magpipe.artifacts.pages import ExtractArtifact, RepairArtifact  # noqa: E402
from magpipe.batch.engines import LocalEngine  # noqa: E402
from magpipe.batch.orchestrator import process_document  # noqa: E402
from magpipe.config import Config, OcrMode  # noqa: E402
from magpipe.eval.split_score import TRUTH_ROLE, _owner, truth_blocks  # noqa: E402
from magpipe.extract import extract  # noqa: E402
from magpipe.split import role_inputs  # noqa: E402
from magpipe.split.rolefeatures import NEIGHBOUR_FEATURES, neighbours  # noqa: E402
from magpipe.split.rolemodel import FEATURES, MODEL_FILE, RoleModel, features  # noqa: E402

TRAIN_SEED = 7100       # the benchmark generates with 1600: other documents
DOCS = 6                # documents of two articles per family
# weight penalty (per example, on standardised features): 0.03 since the twenty-first round
# (was 0.001): weights held smaller follow one family's quirks less, and a model trained
# without a family reads it better (leave-one-out over the 53 development families, means,
# 0.001 / 0.01 / 0.03: pairing 90.5 / 93.7 / 94.2% born-digital and 76.9 / 82.1 / 83.5%
# scanned, paragraph F1 0.832 / 0.854 / 0.866 and 0.730 / 0.763 / 0.775), though it keeps a
# little less furniture out (kept out 94.1 / 94.1 / 93.7% born-digital, 85.2 / 84.9 / 84.4%
# scanned) and fits its own training documents less closely
L2 = 0.03
FOLDS = 4               # groups of families the second stage's training rows are read in
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
    have = stamp.read_text().split(" ", 2) if stamp.exists() else []
    # documents made with more scanned copies hold every document wanted
    if not have or have[0::2] != want.split(" ", 2)[0::2] or int(have[1]) < scans:
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
    """A born-digital document's text layer; a scanned one through the cached pipeline (the
    benchmark's own for its documents)."""
    if pdf.stem.endswith("-digital"):
        return extract(pdf, Config(ocr=OcrMode.NEVER, progress=False))
    if pdf.parent != OUT / "docs":
        return _bench().repaired(pdf, engine)
    config = Config(out_dir=OUT / "pipeline", progress=False)
    report = process_document(pdf, pdf.stem, config, engine.map_pages)
    if report.status == "failed":
        raise SystemExit(f"pipeline failed on {pdf.name}: {report.error}")
    return RepairArtifact.load(config.out_dir / pdf.stem / "repair.json")


def examples(pdf: Path, engine) -> tuple[list[np.ndarray], list[str], list[np.ndarray]]:
    """A document's feature rows, their roles by the truth, and each row's neighbours (indices
    into the document's rows, ``rolefeatures.neighbours``)."""
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    artifact = read(pdf, engine)
    tblocks = truth_blocks(truth)
    rows, labels, near = [], [], []
    at = 0
    # (each page's blocks and facts as the split stage sees them: a two-up sheet's halves as
    # pages of their own, their words measured back onto the sheet the truth describes)
    for given in role_inputs(artifact):
        page, paras, facts, pf = given.page, given.paras, given.facts, given.page_facts
        local = [b for b in tblocks if b.page == given.sheet]
        if not facts:
            continue
        views = (pf, replace(pf, exact=False)) if pf.exact else (pf,)
        for view in views:
            rows.append(features(facts, view, page.images))
            index = neighbours(facts)
            near.append(np.where(index >= 0, index + at, -1))
            at += len(facts)
        for para in paras:
            chars: Counter[str] = Counter()
            for line in para.lines:
                for i in line.words:
                    w = page.words[i]
                    box = (w.box[0], w.box[1] + given.top, w.box[2], w.box[3] + given.top)
                    owner = _owner(box, w.text, local, 3.0)
                    role = local[owner].role if owner is not None else "other"
                    chars[LABEL.get(role, role)] += len(w.text)
            labels.append(chars.most_common(1)[0][0] if chars else "other")
        if pf.exact:
            labels.extend(labels[-len(paras):])      # the OCR view has the same labels
    return rows, labels, near


def fit(x: np.ndarray, y: np.ndarray, classes: int,
        start: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases of the regression (``start``: where the search begins; the loss is
    convex, so it changes only how long the search takes, not where it ends)."""
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

    x0 = np.concatenate([start[0].ravel(), start[1]]) if start else \
        np.zeros(classes * d + classes)
    res = minimize(loss, x0, jac=True, method="L-BFGS-B",
                   options={"maxiter": 2000})
    log.info("fit: %s after %d iterations, loss %.4f", res.message, res.nit, res.fun)
    return res.x[:classes * d].reshape(classes, d), res.x[classes * d:]


@dataclass(frozen=True)
class Examples:
    """The training rows of one document, with its family."""

    family: str
    rows: np.ndarray
    labels: tuple[str, ...]
    near: np.ndarray          # each row's neighbours: indices into ``rows``, -1 for none


def _bench():
    """``bench/bench_layouts.py``: its documents, pipeline cache and scoring."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_layouts
    return bench_layouts


def bench_scans() -> list[Path]:
    """The benchmark's scanned copies of the development families (their OCR is cached by the
    benchmark, so no new OCR is needed)."""
    import layouts
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    return [p for p in _bench().generated(_bench().SCANS)
            if p.stem.endswith("-scanned") and p.stem.rsplit("-", 2)[0] in families]


def collect(docs: int, scans: int, engine, from_bench: bool = False) -> list[Examples]:
    """Training rows per document: born-digital ones of the training seed, and scanned ones of
    the training seed (``scans`` per family) or the benchmark's (``from_bench``)."""
    out = []
    pdfs = documents(docs, scans) + (bench_scans() if from_bench else [])
    for pdf in pdfs:
        rows, labels, near = examples(pdf, engine)
        if rows:
            out.append(Examples(pdf.stem.rsplit("-", 2)[0], np.vstack(rows), tuple(labels),
                                np.vstack(near)))
    return out


def _start(model: RoleModel, classes: list[str], mean: np.ndarray, scale: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """``model``'s weights rewritten for features standardised by ``mean`` and ``scale`` (the
    same scores for every block; zero for a role it lacks): a fit on most of ``model``'s own
    data starts there, near its end, and takes a fraction of the iterations."""
    w = np.zeros((len(classes), len(mean)))
    b = np.zeros(len(classes))
    for k, role in enumerate(classes):
        if role in model.classes:
            j = model.classes.index(role)
            w[k] = model.weights[j] * scale / model.scale
            b[k] = model.bias[j] + model.weights[j] @ ((mean - model.mean) / model.scale)
    return w, b


def _stage(x: np.ndarray, labels: list[str], names: tuple[str, ...],
           start: RoleModel | None) -> RoleModel:
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    w, b = fit((x - mean) / scale, y, len(classes),
               _start(start, classes, mean, scale) if start else None)
    return RoleModel(classes=tuple(classes), names=names, mean=mean, scale=scale,
                     weights=w, bias=b)


def _stacked(data: list[Examples]) -> tuple[np.ndarray, np.ndarray]:
    """``data``'s rows, and their neighbours as indices into them."""
    offsets = np.cumsum([0] + [len(e.rows) for e in data[:-1]])
    near = np.vstack([np.where(e.near >= 0, e.near + at, -1) for e, at in zip(data, offsets,
                                                                             strict=True)])
    return np.vstack([e.rows for e in data]), near


def _held_out_rows(data: list[Examples], first: RoleModel) -> np.ndarray:
    """The second stage's rows of ``data``, each family's neighbours read by a first stage
    fitted without it (one of ``FOLDS`` groups of families): read by a first stage fitted on
    them, the neighbours look surer than they will on a new publication, and the second stage
    learns to follow them blindly (a letter's titles became running heads under its
    letterhead)."""
    families = sorted({e.family for e in data})
    out = [np.empty(0)] * len(data)
    for fold in range(FOLDS):
        held = {f for k, f in enumerate(families) if k % FOLDS == fold}
        mine = [k for k, e in enumerate(data) if e.family in held]
        if not mine:
            continue
        x, _ = _stacked([e for e in data if e.family not in held])
        labels = [label for e in data if e.family not in held for label in e.labels]
        model = _stage(x, labels, FEATURES, first)
        for k in mine:
            out[k] = model.second_rows(data[k].rows, data[k].near)
    return np.vstack(out)


def train(data: list[Examples], start: RoleModel | None = None,
          second: bool = False) -> RoleModel:
    """A model fitted on ``data``'s rows: the first stage on the blocks' own features and,
    with ``second``, a second on those and what a first stage that never saw the block's
    family makes of its neighbours (``_held_out_rows``); each search starting from
    ``start``'s, if given."""
    x, _ = _stacked(data)
    labels = [label for e in data for label in e.labels]
    first = _stage(x, labels, FEATURES, start)
    if not second:
        return first
    then = _stage(_held_out_rows(data, first), labels, FEATURES + NEIGHBOUR_FEATURES,
                  start.then if start else None)
    return replace(first, then=then)


def describe(model: RoleModel, data: list[Examples]) -> None:
    """Training accuracy per role and each role's strongest weights."""
    x, near = _stacked(data)
    labels = [label for e in data for label in e.labels]
    predicted = [role for role, _, _ in model.predict(x, near)]
    last = model.then or model
    print(f"{len(labels)} blocks (text-layer blocks twice: as read, and as OCR would see them), "
          f"{len(model.classes)} roles")
    for k, role in enumerate(last.classes):
        mine = [p for p, t in zip(predicted, labels, strict=True) if t == role]
        right = sum(p == role for p in mine)
        strongest = np.argsort(-np.abs(last.weights[k]))[:4]
        print(f"  {role:12s} {right}/{len(mine)} right; weights: " +
              ", ".join(f"{last.names[i]} {last.weights[k, i]:+.2f}" for i in strongest))


# the figures of the leave-one-family-out table: (name, numerator, denominator) of bench sums
LOFO_FIGURES = (("role", "role_correct", "role_chars"), ("out", "out_correct", "out_chars"),
                ("in", "in_correct", "in_chars"), ("lang", "lang_correct", "lang_chars"),
                ("pair", "paired", "articles"), ("caps", "caps_right", "caps"))


def _figures(s) -> dict[str, float | None]:
    got: dict[str, float | None] = {
        name: (s[num] / s[den] if s[den] else None) for name, num, den in LOFO_FIGURES}
    p = s["links_right"] / s["links_out"] if s["links_out"] else 0.0
    r = s["links_right"] / s["links_truth"] if s["links_truth"] else 0.0
    got["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return got


def leave_one_out(data: list[Examples], engine, families: list[str],
                  with_all: bool = False, scans: bool = True, second: bool = False) -> None:
    """For each family: a model trained on the other families' documents, against the rules
    and against the model trained on every family, on the benchmark's documents of that family
    (``bench/bench_layouts.py``: its seed, born-digital and scanned). Only the ``lofo`` column
    says how the model does on a family it never saw; ``all`` is a development figure."""
    bench = _bench()
    full = train(data, second=second)     # (each family's model starts its search here)
    docs = bench.generated(bench.SCANS if scans else 0)
    names = [n for n, _, _ in LOFO_FIGURES] + ["f1"]
    print("leave-one-family-out (bench documents; lofo: model trained without the family)")
    print(f"{'family':14s} {'kind':8s} {'source':6s} " + " ".join(f"{n:>6s}" for n in names))
    means: dict[tuple[str, str], list[dict[str, float | None]]] = {}
    for family in families:
        model = train([e for e in data if e.family != family], start=full, second=second)
        for kind in ("digital", "scanned")[:2 if scans else 1]:
            sums = {src: bench.Sums() for src in ("rules", "lofo", "all")[:3 if with_all else 2]}
            mine = [p for p in docs if p.stem.rsplit("-", 2)[0] == family
                    and p.stem.endswith(kind)]
            for pdf in mine:
                truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
                pages = bench.repaired(pdf, engine)
                bench.measure(pdf, pages, truth, "rules", sums["rules"])
                bench.measure(pdf, pages, truth, "model", sums["lofo"], model)
                if with_all:
                    bench.measure(pdf, pages, truth, "model", sums["all"], full)
            if not mine:
                continue
            for src, s in sums.items():
                got = _figures(s)
                means.setdefault((kind, src), []).append(got)
                print(f"{family:14s} {kind:8s} {src:6s} " + " ".join(
                    "   n/a" if got[n] is None else f"{100 * got[n]:6.2f}" for n in names),
                    flush=True)
    for (kind, src), rows in sorted(means.items()):
        avg = {n: [r[n] for r in rows if r[n] is not None] for n in names}
        print(f"{'MEAN':14s} {kind:8s} {src:6s} " + " ".join(
            f"{100 * sum(v) / len(v):6.2f}" if v else "   n/a" for v in avg.values()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=DOCS)
    ap.add_argument("--scans", type=int, default=0, help="scanned copies per family (OCR)")
    ap.add_argument("--bench-scans", action="store_true",
                    help="train on the benchmark's scanned copies too (OCR cached there)")
    ap.add_argument("--leave-one-out", action="store_true",
                    help="score models trained without each family instead of writing one")
    ap.add_argument("--family", action="append", help="with --leave-one-out: only these")
    ap.add_argument("--second-stage", action="store_true",
                    help="a second stage reading the neighbours' roles (see the module)")
    ap.add_argument("--no-scans", action="store_true",
                    help="with --leave-one-out: the benchmark's born-digital documents only")
    ap.add_argument("--with-all", action="store_true",
                    help="with --leave-one-out: the model trained on every family too")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name in ("magpipe", "pdfminer", "pikepdf", "bench_layouts"):
        logging.getLogger(name).setLevel(logging.WARNING)
    _bench().replay_ocr()
    with LocalEngine(Config().worker_count) as engine:
        data = collect(args.docs, args.scans, engine, args.bench_scans)
        if args.leave_one_out:
            families = sorted({e.family for e in data})
            leave_one_out(data, engine, [f for f in families
                                         if not args.family or f in args.family],
                          args.with_all, not args.no_scans, args.second_stage)
            return 0
    model = train(data, second=args.second_stage)
    describe(model, data)
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    # (the file says how it was made: a reader of the weights can tell which families and
    # recipe they come from without the history; the model itself ignores the note)
    families = sorted({e.family for e in data})
    note = (f"tools/train_roles.py {' '.join(sys.argv[1:])}".strip() +
            f"; seed {TRAIN_SEED}; {len(data)} documents of {len(families)} development "
            f"families: {' '.join(families)}")
    MODEL_FILE.write_text(model.to_json(note) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({MODEL_FILE.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
