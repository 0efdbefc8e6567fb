"""Benchmark of the align stage against the fixture ground truth.

Run: ``.venv/bin/python bench/bench_align.py``. Prints one figure per line.

Held-out data: every constant and rule of the align stage (anchor weights,
length ratio, link costs, pairing weights) was set on the development articles
of ``tests/data/align_dev_articles.json`` (the French-ambassador and
Brazil-consul articles of the Q4/2025 sample) and on the rules' own unit cases.
The four fixture articles measured here (us-ambassador, expressway,
guangxi-visit, imprints-2025 in ``fixtures/source/articles.json``) were not used
to set them.

Inputs:
1. ``truth-blocks``: the digital fixture's truth blocks as a split artifact
   (``tests/data/split-digital.json``, made by ``tools/truth_to_split.py``): the
   align stage alone, on a perfect split.
2. ``reshuffled``: the same fixture articles set by this script on two facing
   pages with the English articles in reverse order, and the first two English
   paragraphs of every article merged into one (so the truth has 2-1 links).
3. ``split-stage.<doc>``: the whole fixture through the real pipeline (extract with
   OCR for the scanned ones, repair, split; run by the orchestrator into
   ``.bench/pipeline/`` so its cache reruns only what changed), then align, for the
   bulletin (``bulletin-digital``, ``bulletin-scanned``: 4 captions) and the photo
   pages (``photos-digital``, ``photos-scanned``: 28 captions); texts compared
   fuzzily (rapidfuzz ratio >= 90 without diacritics and case).

Captions: the photo pages were added to measure captions (four bulletin captions
cannot measure 97%: one miss is 25 points). Their 28 captions and two articles
were taken verbatim from the Q4/2025 sample after the align stage was written;
none of align's pairing and linking rules or constants was written against them,
and they are in no other fixture and not among the development articles. They
were not held out from what followed, though: their first measurement (digital
26/28, scanned 2/28 exact and 18/28 fuzzy) showed misses whose causes were then
fixed in general rules (photographs blanked before OCR, the English credit without
marks, OCR readings of the credit labels, a credit's name wrapped to the next
line, caption lines beside photographs, mixed caption lines in the English OCR
pass), so for those rules the photo-page figures are development figures. The same holds
for what the third session added after reading the scanned misses: English OCR slips
(``pipeline/repair/english_slips.py``), an English credit word that is no syllable read from the
Vietnamese credit, and each half of a caption line tested alone in repair.

Each fixture prints its captions right under the comparison used for its other
figures (``captions``, fuzzy on pipeline output) and character for character
(``captions_exact``: vi, en and both credits equal after white space and NFC
normalisation); the last lines add the fixtures up per kind (digital, scanned)
with counts. The target (>= 97%) is read on the exact figure.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.align import align  # noqa: E402
from magpipe.align.paragraphs import link_confidence  # noqa: E402
from magpipe.artifacts import (  # noqa: E402
    Block,
    DocumentInfo,
    PageLayout,
    SplitArtifact,
)
from magpipe.batch.engines import LocalEngine  # noqa: E402
from magpipe.batch.orchestrator import process_document  # noqa: E402
from magpipe.config import Config  # noqa: E402
from magpipe.eval.align_score import AlignScore, score  # noqa: E402

DATA = ROOT / "tests" / "data"
FIXTURES = ROOT / "fixtures"
PIPELINE_FIXTURES = ("bulletin-digital", "bulletin-scanned", "photos-digital", "photos-scanned")


def reshuffled(truth: dict) -> tuple[SplitArtifact, dict]:
    """Fixture articles on two facing pages, English in reverse order, 2-1 links made."""
    vi_blocks: list[tuple[str, str, str]] = []
    en_blocks: list[tuple[str, str, str]] = []
    new_truth = {"articles": []}
    for t in truth["articles"]:
        links = [dict(link) for link in t["paragraphs"]]
        if len(links) >= 2:
            merged = {"vi": links[0]["vi"] + links[1]["vi"],
                      "en": [" ".join(links[0]["en"] + links[1]["en"])]}
            links = [merged] + links[2:]
        new_truth["articles"].append({**t, "paragraphs": links, "captions": []})
        for lang, out in (("vi", vi_blocks), ("en", en_blocks)):
            part = [(lang, "title", t["title"][lang])]
            if t.get("intro"):
                part.append((lang, "intro", t["intro"][lang]))
            part += [(lang, "body", p) for link in links for p in link[lang]]
            part.append((lang, "byline", t["byline"][lang]))
            out.append(part)
    pages = [[b for part in vi_blocks for b in part],
             [b for part in reversed(en_blocks) for b in part]]
    layouts = []
    for n, blocks in enumerate(pages, 1):
        layouts.append(PageLayout(n, 538.6, 765.4, (), tuple(
            Block(f"p{n}-b{i}", n, (40.0, 40.0 + 8 * i, 500.0, 47.0 + 8 * i), text, lang, role)
            for i, (lang, role, text) in enumerate(blocks))))
    doc = DocumentInfo("reshuffled.pdf", "reshuffled", "f" * 64, len(layouts))
    return SplitArtifact(doc, tuple(layouts)), new_truth


def report(label: str, s: AlignScore, seconds: float, pages: int, fuzzy: bool = False) -> None:
    print(f"align.pairing.{label}  {100 * s.pairing:.1f}%  ({s.paired_right}/{s.articles}; "
          f"target >= 98%)")
    print(f"align.paragraph_f1.{label}  {s.f1:.3f}  (P {s.precision:.3f} R {s.recall:.3f}, "
          f"{s.links_right}/{s.links_output} out, {s.links_truth} truth; target >= 0.95)")
    if s.captions:
        how = "fuzzy: ratio >= 90 without marks and case" if fuzzy else "as text"
        print(f"align.captions.{label}  {100 * s.caption_accuracy:.1f}%  "
              f"({s.captions_right}/{s.captions}, {how})")
        print(f"align.captions_exact.{label}  {100 * s.caption_exact_accuracy:.1f}%  "
              f"({s.captions_exact}/{s.captions}; target >= 97%)")
    wrong = s.links_output - s.links_right
    print(f"align.low_confidence_flags.{label}  {s.low_confidence_wrong}/{wrong} wrong links "
          f"flagged, {s.low_confidence_right}/{s.links_right} right links flagged")
    print(f"align.seconds_per_page.{label}  {seconds / max(pages, 1):.4f}")


def calibration(truth: dict) -> None:
    """Link confidence on right 1-1 links and on wrong ones (every other pairing in the article)."""
    right = wrong = right_low = wrong_low = 0
    for t in truth["articles"]:
        links = [(" ".join(x["vi"]), " ".join(x["en"])) for x in t["paragraphs"]]
        for i, (vi, _) in enumerate(links):
            for j, (_, en) in enumerate(links):
                low = link_confidence(vi, en) < 0.5
                if i == j:
                    right, right_low = right + 1, right_low + low
                else:
                    wrong, wrong_low = wrong + 1, wrong_low + low
    print(f"align.confidence.wrong_links_flagged  {100 * wrong_low / max(wrong, 1):.1f}%  "
          f"({wrong_low}/{wrong} wrong 1-1 links < 0.5)")
    print(f"align.confidence.right_links_flagged  {100 * right_low / max(right, 1):.1f}%  "
          f"({right_low}/{right} right 1-1 links < 0.5)")


def timed(split: SplitArtifact):
    started = time.perf_counter()
    out = align(split, Config())
    return out, time.perf_counter() - started


def pipeline_split(name: str) -> SplitArtifact:
    """The fixture's split artifact from the real extract, repair and split stages."""
    config = Config(out_dir=ROOT / ".bench" / "pipeline", progress=False)
    with LocalEngine(config.worker_count) as engine:
        report = process_document(FIXTURES / f"{name}.pdf", name, config, engine.map_pages)
    if report.status == "failed":
        raise SystemExit(f"pipeline failed on the {name} fixture: {report.error}")
    return SplitArtifact.load(config.out_dir / name / "split.json")


def main() -> int:
    truth = json.loads((FIXTURES / "bulletin-digital.truth.json").read_text(encoding="utf-8"))
    saved = DATA / "split-digital.json"
    if not saved.exists():
        print(f"missing {saved}: run tools/truth_to_split.py first", file=sys.stderr)
        return 1
    split = SplitArtifact.load(saved)
    out, seconds = timed(split)
    report("truth-blocks", score(out, truth), seconds, len(split.pages))

    calibration(truth)

    shuffled, shuffled_truth = reshuffled(truth)
    out, seconds = timed(shuffled)
    report("reshuffled", score(out, shuffled_truth), seconds, len(shuffled.pages))

    totals: dict[str, list[int]] = {}
    for name in PIPELINE_FIXTURES:
        doc_truth = FIXTURES / f"{name}.truth.json"
        if not doc_truth.exists():
            print(f"align.split-stage.{name}  skipped (no {doc_truth.name})")
            continue
        real = pipeline_split(name)
        out, seconds = timed(real)
        t = json.loads(doc_truth.read_text(encoding="utf-8"))
        s = score(out, t, fuzzy=True)
        report(f"split-stage.{name}", s, seconds, len(real.pages), fuzzy=True)
        kind = name.rsplit("-", 1)[1]
        total = totals.setdefault(kind, [0, 0, 0])
        total[0] += s.captions_right
        total[1] += s.captions_exact
        total[2] += s.captions
    for kind, (right, exact, count) in totals.items():
        print(f"align.captions.all_{kind}  {100 * right / max(count, 1):.1f}%  "
              f"({right}/{count}, fuzzy: ratio >= 90 without marks and case)")
        print(f"align.captions_exact.all_{kind}  {100 * exact / max(count, 1):.1f}%  "
              f"({exact}/{count}; target >= 97%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
