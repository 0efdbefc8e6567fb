"""Held-out benchmark of the repair stage's language model: no repair / bigram / trigram.

Run: ``.venv/bin/python bench/bench_repair_lm.py`` (``--tune`` scores the TUNE documents and
the sample's learning lines instead: the shipped decoder, the same without the clause-end
odds (``clause_ends``), other weights of the trigram model (``--lm-weights``: where
``scoring.LM_WEIGHT`` was chosen), of the clause-end odds (``--end-weights``), of the
confusion sets' classifier (``--context-weights``: ``context_sets.CONTEXT_WEIGHT``,
``CONTEXT_CAP`` and ``CONTEXT_PRIOR``) or of the
in-domain unigram (``--domain-unigrams``: ``scoring.DOMAIN_UNIGRAM``), and the
sound text the shipped decoder leaves unchanged; those figures are development figures).

Sets, all held out of every count the model was built from:
* news: ``vntc-news`` documents that ``tools/lm_corpus.split_of`` puts in TEST (a hash of
  the document's path; whole documents, about 1% of them, never counted), up to
  ``NEWS_WORDS`` words, marks stripped, each document repaired on its own;
* bulletin: the Vietnamese lines of the sample's held-out part (lines 2101-2780), marks
  stripped;
* sound text: the same news documents and bulletin lines with their marks, and the
  held-out English lines: the share of words left unchanged.
Scores: ``strict`` = the share of words exactly right in place (the word count does not
change), ``any placement`` = the same with ``hòa`` = ``hoà``, ``line-matched`` = token
alignment within each line (``eval.ocr_metrics.text_score``). Columns side by side, one
run: no repair, pyvi (when installed; bench extra), the previous bigram model, the
trigram model without the confusion sets' classifier (``context_sets``) and with it.
Speed: CPU time of each decoder on stripped news after load (a fresh decoder: its caches
of word options start empty). Last, the plain reference decoder of
the tests (``tests/repair_reference.py``: every score worked out one at a time, a plain
search) beside the fast one on the first ``REFERENCE_WORDS`` words of stripped news: the
speed of each and the share of words on which their outputs agree.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from magpipe import repair  # noqa: E402
from magpipe.eval.ocr_metrics import text_score  # noqa: E402
from magpipe.repair import lexicon, lm  # noqa: E402
from magpipe.repair.decoder import Decoder  # noqa: E402
from magpipe.repair.lexicon import sample_split  # noqa: E402
from magpipe.repair.lexicon.model import CLEAN  # noqa: E402
from magpipe.text.vietnamese import placement_key, strip_diacritics  # noqa: E402
from repair_reference import ReferenceDecoder  # noqa: E402

from tools.lm_corpus import HELD_OUT_SOURCE, TEST, TUNE, corpora_dir, documents, is_vietnamese_line  # noqa: E402

NEWS_WORDS = 40_000          # words of held-out news scored (time: three decoders)
REFERENCE_WORDS = 3_000      # ... of which the plain reference decoder repairs this many
CACHE = ROOT / ".bench" / "lm-heldout"


def held_out_news(split: str) -> list[str]:
    """The documents of ``split`` (text without the header), cached in ``.bench``."""
    path = CACHE / f"{split}.txt"
    if not path.exists():
        docs = ["\n".join(lines) for _h, s, lines in documents(HELD_OUT_SOURCE) if s == split]
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text("\f".join(docs), encoding="utf-8")
    docs, out, words = path.read_text(encoding="utf-8").split("\f"), [], 0
    for doc in docs:
        if words >= NEWS_WORDS:
            break
        out.append(doc)
        words += len(doc.split())
    return out


@contextmanager
def using(decoder: Decoder | None) -> Iterator[None]:
    """``repair.repair_text`` runs with ``decoder`` (None: repair is not run)."""
    original = repair._decoder_for
    if decoder is not None:
        repair._decoder_for = lambda *_key: decoder
    try:
        yield
    finally:
        repair._decoder_for = original


def repaired(docs: list[str], decoder: Decoder | None, mode: str | None = None) -> list[str]:
    if decoder is None:
        return list(docs)
    with using(decoder):
        return [repair.repair_text(doc, mode)[0] for doc in docs]


def pyvi(docs: list[str]) -> list[str] | None:
    try:
        from pyvi import ViUtils
    except ImportError:
        return None
    out = []
    for doc in docs:
        lines = []
        for line in doc.split("\n"):
            try:
                lines.append(ViUtils.add_accents(line) if line.strip() else line)
            except (KeyError, ValueError):
                lines.append(line)
        out.append("\n".join(lines))
    return out


def scores(truth: list[str], output: list[str]) -> tuple[float, float, float]:
    """(strict, any placement, line-matched) word accuracy."""
    right = loose = total = 0
    matched_errors = matched_total = 0
    for t_doc, o_doc in zip(truth, output, strict=True):
        for t_line, o_line in zip(t_doc.split("\n"), o_doc.split("\n"), strict=True):
            t_words, o_words = t_line.split(), o_line.split()
            total += len(t_words)
            if len(t_words) == len(o_words):
                right += sum(a == b for a, b in zip(t_words, o_words, strict=True))
                loose += sum(placement_key(a.lower()) == placement_key(b.lower())
                             for a, b in zip(t_words, o_words, strict=True))
            score = text_score(t_line, o_line)
            matched_errors += score.errors
            matched_total += score.total
    return right / max(total, 1), loose / max(total, 1), 1 - matched_errors / max(matched_total, 1)


def unchanged(docs: list[str], output: list[str]) -> float:
    same = total = 0
    for a, b in zip(docs, output, strict=True):
        wa, wb = a.split(), b.split()
        total += len(wa)
        same += sum(x == y for x, y in zip(wa, wb, strict=True))
    return same / max(total, 1)


def pct(x: float) -> str:
    return f"{100 * x:6.2f}%"


def table(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n{title}")
    for name, value in rows:
        print(f"  {name:<34} {value}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true",
                        help="score the TUNE news documents and the sample's learning lines "
                        "(development figures); without it: the held-out TEST documents and "
                        "lines 2101-2780, to be run once at the end of a round")
    parser.add_argument("--lm-weights", default="",
                        help="with --tune: also these weights of the trigram model "
                        "(comma-separated, 0: the bigram alone)")
    parser.add_argument("--end-weights", default="",
                        help="with --tune: also these weights of the clause-end odds "
                        "(comma-separated)")
    parser.add_argument("--context-weights", default="",
                        help="with --tune: also these weights of the confusion sets' "
                        "classifier, each weight[:cap[:prior share]] "
                        "(context_sets.CONTEXT_WEIGHT, CONTEXT_CAP, CONTEXT_PRIOR; "
                        "comma-separated, 0: without it)")
    parser.add_argument("--domain-unigrams", default="",
                        help="with --tune: also these shares of the in-domain bigram's "
                        "backoff kept on its own unigram (scoring.DOMAIN_UNIGRAM; "
                        "comma-separated)")
    args = parser.parse_args()
    tune = args.tune
    if not (corpora_dir() / HELD_OUT_SOURCE).exists():
        print(f"repair_lm: skipped ({corpora_dir()} absent)")
        return
    t0 = time.perf_counter()
    model, trigram = lexicon.load(), lm.load()
    print(f"# load: lexicon + language model {time.perf_counter() - t0:.2f} s")
    if trigram is None:
        print("repair_lm: no language model (run `make lm`)")
        return
    sample = sample_split.read_sample()
    lines = sample_split.learning_lines(sample) if tune else sample_split.held_out_lines(sample)
    bulletin = ["\n".join(line.strip() for line in lines if is_vietnamese_line(line))]
    news = held_out_news(TUNE if tune else TEST)
    print(f"# {'TUNE (development)' if tune else 'TEST (held out)'}: {len(news)} news "
          f"documents, {sum(len(d.split()) for d in news)} words; bulletin "
          f"{'learning' if tune else 'held-out'} lines: {len(bulletin[0].split())} words")
    if tune:
        tune_weights(args, model, trigram, news, bulletin, lines)
        return
    systems = {"no repair": None, "bigram (previous model)": Decoder(model, None),
               "trigram, no confusion sets": Decoder(model, trigram, context_weight=0.0),
               "trigram (this model)": Decoder(model, trigram)}
    for name, docs in (("stripped news (TEST docs)", news),
                       ("stripped bulletin (held-out lines)", bulletin)):
        stripped = [strip_diacritics(d) for d in docs]
        rows = []
        accented = pyvi(stripped)
        if accented is not None:
            rows.append(("pyvi", "  ".join(pct(x) for x in scores(docs, accented))))
        for system, decoder in systems.items():
            started = time.process_time()
            out = repaired(stripped, decoder)
            seconds = time.process_time() - started
            speed = f"  ({sum(len(d.split()) for d in docs) / seconds:,.0f} words/s CPU)" \
                if decoder is not None and seconds else ""
            rows.append((system, "  ".join(pct(x) for x in scores(docs, out)) + speed))
        table(f"{name}: strict  any-placement  line-matched (target >= 97%)", rows)
    against_reference(news, model, trigram)
    english = ["\n".join(line.strip() for line in lines if not is_vietnamese_line(line)
                         and len(line.split()) >= 3)]
    rows = []
    for system, decoder in list(systems.items())[1:]:
        rows.append((system, "  ".join(pct(unchanged(d, repaired(d, decoder, mode)))
                                       for d, mode in ((news, None), (bulletin, None),
                                                       (english, None), (english, CLEAN)))))
    table("sound text unchanged: news VI  bulletin VI  bulletin EN  EN as clean "
          "(target >= 99.9%)", rows)


def tune_weights(args: argparse.Namespace, model, trigram, news: list[str],
                 bulletin: list[str], lines: list[str]) -> None:
    """Development figures: stripped TUNE news and learning lines for the shipped
    decoder, without the clause-end odds, and for the weights asked for; then the share
    of sound text the shipped decoder leaves unchanged (TUNE news with their marks, the
    learning lines' Vietnamese and English)."""
    shipped = Decoder(model, trigram)
    variants = [("shipped decoder", shipped),
                ("no clause-end odds", Decoder(model, trigram, end_weight=0.0))]
    for weight in filter(None, args.lm_weights.split(",")):
        w = float(weight)
        variants.append((f"lm_weight {w:.2f}", Decoder(model, trigram if w else None,
                                                       lm_weight=w)))
    for weight in filter(None, args.end_weights.split(",")):
        variants.append((f"end weight {float(weight):.2f}",
                         Decoder(model, trigram, end_weight=float(weight))))
    for share in filter(None, args.domain_unigrams.split(",")):
        variants.append((f"domain unigram {float(share):.2f}",
                         Decoder(model, trigram, domain_unigram=float(share))))
    for pair in filter(None, args.context_weights.split(",")):
        weight, _sep, rest = pair.partition(":")
        cap, _sep, share = rest.partition(":")
        variants.append((f"context {float(weight):.2f}:{cap or 'shipped'}:{share or 'shipped'}",
                         Decoder(model, trigram, context_weight=float(weight),
                                 **({"context_cap": float(cap)} if cap else {}),
                                 **({"context_prior": float(share)} if share else {}))))
    for label, decoder in variants:
        for name, docs in (("news", news), ("bulletin", bulletin)):
            stripped = [strip_diacritics(d) for d in docs]
            print(f"  {label:<22} {name:<9} strict/any/line-matched "
                  + " ".join(pct(x) for x in scores(docs, repaired(stripped, decoder))),
                  flush=True)
    english = ["\n".join(line.strip() for line in lines if not is_vietnamese_line(line)
                         and len(line.split()) >= 3)]
    print("  shipped decoder, sound text unchanged: news VI  bulletin VI  bulletin EN  EN as "
          "clean (target >= 99.9%) " + "  ".join(
              pct(unchanged(d, repaired(d, shipped, mode)))
              for d, mode in ((news, None), (bulletin, None), (english, None),
                              (english, CLEAN))), flush=True)


def first_words(docs: list[str], limit: int) -> list[str]:
    """The first ``limit`` words of ``docs``, whole lines."""
    out, words = [], 0
    for doc in docs:
        kept = []
        for line in doc.split("\n"):
            if words >= limit:
                break
            kept.append(line)
            words += len(line.split())
        if kept:
            out.append("\n".join(kept))
        if words >= limit:
            break
    return out


def against_reference(news: list[str], model, trigram) -> None:
    """The fast decoder beside the plain reference decoder, both fresh, on the same text."""
    docs = [strip_diacritics(d) for d in first_words(news, REFERENCE_WORDS)]
    words = sum(len(d.split()) for d in docs)
    rows, outputs = [], []
    for name, decoder in (("plain reference decoder", ReferenceDecoder(model, trigram)),
                          ("fast decoder", Decoder(model, trigram))):
        started = time.process_time()
        outputs.append(repaired(docs, decoder))
        seconds = time.process_time() - started
        rows.append((name, f"{words / seconds:>9,.0f} words/s CPU"))
    same = sum(a == b for x, y in zip(*outputs, strict=True)
               for a, b in zip(x.split(), y.split(), strict=True))
    rows.append(("words repaired alike", f"{same}/{words} ({pct(same / max(words, 1))})"))
    table(f"speed on the first {words} words of stripped news (TEST docs), same model", rows)


if __name__ == "__main__":
    main()
