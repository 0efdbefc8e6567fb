"""Benchmark of split and align on generated bilingual layouts (``fixtures/layouts.py``).

Run: ``nice .venv/bin/python bench/bench_layouts.py [--no-scans] [--family F ...] [--seed S]``.
It generates the documents into ``.bench/layouts/docs/`` (deterministic; regenerated when the
generator changes), runs each through the real pipeline (extract, OCR for the scanned copies,
repair; cached by the orchestrator in ``.bench/layouts/pipeline/``, so a rerun does not OCR
again unless a scanned page or the extract code changed), then splits the repaired artifact
twice in this process, once with the hand-written role rules and once with the trained role
model (``magpipe.split.rolemodel``), aligns each and prints per family, kind (born-digital:
``DOCS`` documents of two articles; scanned: ``SCANS`` documents of one article) and role
source:

* split only (the split stage's own failures, apart from align's):
  * ``role_chars``: share of characters in a block of their truth block's role;
  * ``kept_out`` / ``kept_in``: share of the characters of text that belongs to no article
    (running heads, page numbers, boxed notes, pull quotes, contents entries) kept out of
    articles, and of articles' text kept in;
  * ``lang_side``: share of the characters inside truth blocks that land in a block of the
    truth block's language;
* after align:
  * ``pairing``: articles whose output record carries both the Vietnamese and English title;
  * ``paragraph_f1``: paragraph links against the truth links (intro counted as one link);
  * ``captions`` / ``captions_exact``: captions with vi, en and both credits right (rapidfuzz
    ratio >= 90 without marks and case; and character for character);
  * ``by_body``: the same pairing and paragraph F1 read by the text (``align_score``'s
    ``paired_by_body`` / ``links_right_body``): an article counts as paired when one output
    article holds most of its paragraphs in both languages, whatever its titles read (a
    display title OCR misreads), and an article no output title names is found by its body
    for its links; beside the figures above, which stay as they were;
  * ``contents``: entries of a contents page paired with their twin entry (families that
    print a contents page and its twin);
  * ``align_ms_per_page``: the align stage's time per page (the first document of a run also
    pays for loading the gloss list and word frequencies).

HELD-OUT FAMILIES: those of ``HELD_OUT`` in ``fixtures/layouts.py`` (made by
``fixtures/layouts_heldout.py``), written in a branch the developers of split and align did not
see, after their rules were written. No rule, constant or count of split or align may be
written after looking at their output; their lines carry ``HELD-OUT``, the others ``dev``.
The families of ``FAMILIES`` are development families: their output was looked at while
writing rules, and the role model is trained on them (``tools/train_roles.py --leave-one-out``
scores, for each family, a model trained without it) (``journal`` and ``newsletter`` were held
out in the fifth round, ``greeting``, ``stacked`` and ``report`` in the sixth, ``digest``,
``photo-essay`` and ``trifold`` in the seventh, ``english-first``, ``interview`` and ``briefs``
in the eighth, ``feature``, ``timeline`` and ``front-page`` in the ninth, ``spread``,
``gallery`` and ``letters`` in the tenth, ``sidenotes``, ``notices`` and ``cover`` in the
eleventh, ``dogleg``, ``infographic`` and ``programme`` in the twelfth, ``treaty``,
``portrait`` and ``statistics`` in the thirteenth, ``quartet``, ``cutout`` and ``summary`` in
the fourteenth, ``tetebeche``, ``filmstrip`` and ``trilingual`` in the fifteenth,
``imposed``, ``inset`` and ``advertorial`` in the sixteenth, ``twoup``, ``keyed`` and
``askbox`` in the seventeenth, ``edgetab``, ``footstrip`` and ``ratebox`` in the eighteenth,
``interlace``, ``overhead`` and ``crossword`` in the nineteenth, ``qatable``, ``flanking`` and
``obituary`` in the twentieth, ``midband``, ``pairs`` and ``footnotes`` in the twenty-first,
``wrapround``, ``numbered`` and ``calendar`` in the twenty-second, ``measures``,
``overunder`` and ``rail`` in the twenty-third, ``proof``, ``backdrop`` and ``runin`` in the
twenty-fourth, ``sideways``, ``lineup`` and ``slogan`` in the twenty-fifth, ``drift``,
``edgecap`` and ``readalso`` in the twenty-sixth, ``snake``, ``beforeafter`` and ``factbox`` in
the twenty-seventh, ``cards``, ``bleed`` and ``classifieds`` in the twenty-eighth,
``turnhead``, ``voxpop`` and ``companion`` in the twenty-ninth, ``stepped``, ``scrapbook`` and
``wildart`` in the thirtieth, ``interleaf``, ``hangcard`` and ``coupon`` in the thirty-first,
``slant``, ``overlay`` and ``scancode`` in the thirty-second, ``tandem``, ``marginal`` and
``ghost`` in the thirty-third, ``skyline``, ``between`` and ``divider`` in the thirty-fourth,
``chequer``, ``cameo`` and ``filler`` in the thirty-fifth, ``tiers``, ``tombstone`` and
``teaser`` in the thirty-sixth; all have been looked at since).

Targets on held-out families: pairing >= 98%, paragraph F1 >= 0.95, captions >= 95%,
language side >= 99%.

Figures of the last run (development; rules, born-digital): paragraph F1 side-by-side 0.958,
facing 1.000, sections 1.000 (0.906 before the spanning-head cut), interleaved 1.000,
captions 1.000, furniture 0.961 (0.710 before notes, capitals intros, contents headings and
the document's body size); scanned: 0.947, 0.952, 0.842, 0.880, 1.000, 0.741. The model
against the rules is in README.md. The scanned copies hold one article each, so a contents
page of a scanned copy has one entry. The text pool is small (eight articles, ~40
captions): documents reuse articles, so a figure over five documents is not five
independent draws.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.align import align  # noqa: E402
from magpipe.artifacts.pages import RepairArtifact  # noqa: E402
from magpipe.batch.engines import LocalEngine  # noqa: E402
from magpipe.batch.orchestrator import process_document  # noqa: E402
from magpipe.config import Config  # noqa: E402
from magpipe.eval.align_score import f1_of  # noqa: E402
from magpipe.eval.align_score import score as align_score  # noqa: E402
from magpipe.eval.split_score import score as split_score  # noqa: E402
from magpipe.extract.ocr.replay import REPLAY_ENV  # noqa: E402
from magpipe.split import split  # noqa: E402
from magpipe.split.rolemodel import RoleModel  # noqa: E402

DOCS = 5            # born-digital documents of two articles per family
SCANS = 3           # scanned documents of one article per family (OCR is the cost)
SEED = 1600         # the draws the rules were written against (the default bench)
OUT = ROOT / ".bench" / "layouts"
# Tesseract's answers for every draw's scanned copies (magpipe/extract/ocr/replay.py): a change
# to extract's code reruns the stage on the cached documents but OCRs no image read before
REPLAY = ROOT / ".bench" / "ocr-replay"
GENERATOR = ("fixtures/layouts.py", "fixtures/layout_kit.py", "fixtures/typeset.py",
             "fixtures/flow.py", "fixtures/scan.py", "fixtures/layouts_first.py",
             "fixtures/rounds.py", "fixtures/layouts_journal.py",
             "fixtures/journal_kit.py", "fixtures/layouts_newsletter.py",
             # the sixth round's families and the text only they use
             "fixtures/layouts_sixth.py", "fixtures/sixth_kit.py",
             "fixtures/sixth_greeting.py", "fixtures/sixth_stacked.py",
             "fixtures/sixth_report.py", "fixtures/source/sixth-messages.json",
             # the seventh round's families
             "fixtures/layouts_seventh.py", "fixtures/seventh_kit.py",
             "fixtures/seventh_digest.py", "fixtures/seventh_essay.py",
             "fixtures/seventh_trifold.py",
             # the eighth round's families
             "fixtures/layouts_eighth.py", "fixtures/eighth_kit.py",
             "fixtures/eighth_english.py", "fixtures/eighth_interview.py",
             "fixtures/eighth_briefs.py",
             # the ninth round's families
             "fixtures/layouts_ninth.py", "fixtures/ninth_kit.py",
             "fixtures/ninth_feature.py", "fixtures/ninth_timeline.py",
             "fixtures/ninth_front.py",
             # the tenth round's families
             "fixtures/layouts_tenth.py", "fixtures/tenth_kit.py",
             "fixtures/tenth_spread.py", "fixtures/tenth_gallery.py",
             "fixtures/tenth_letters.py",
             # the eleventh round's families
             "fixtures/layouts_eleventh.py", "fixtures/eleventh_kit.py",
             "fixtures/eleventh_sidenotes.py", "fixtures/eleventh_notices.py",
             "fixtures/eleventh_cover.py",
             # the twelfth round's families
             "fixtures/layouts_twelfth.py", "fixtures/twelfth_kit.py",
             "fixtures/twelfth_dogleg.py", "fixtures/twelfth_infographic.py",
             "fixtures/twelfth_programme.py",
             # the thirteenth round's families
             "fixtures/layouts_thirteenth.py", "fixtures/thirteenth_kit.py",
             "fixtures/thirteenth_treaty.py", "fixtures/thirteenth_portrait.py",
             "fixtures/thirteenth_statistics.py",
             # the fourteenth round's families
             "fixtures/layouts_fourteenth.py", "fixtures/fourteenth_kit.py",
             "fixtures/fourteenth_quartet.py", "fixtures/fourteenth_cutout.py",
             "fixtures/fourteenth_summary.py",
             # the fifteenth round's families
             "fixtures/layouts_fifteenth.py", "fixtures/fifteenth_kit.py",
             "fixtures/fifteenth_tetebeche.py", "fixtures/fifteenth_filmstrip.py",
             "fixtures/fifteenth_trilingual.py",
             # the sixteenth round's families
             "fixtures/layouts_sixteenth.py", "fixtures/sixteenth_kit.py",
             "fixtures/sixteenth_imposed.py", "fixtures/sixteenth_inset.py",
             "fixtures/sixteenth_advertorial.py",
             # the seventeenth round's families
             "fixtures/layouts_seventeenth.py", "fixtures/seventeenth_kit.py",
             "fixtures/seventeenth_twoup.py", "fixtures/seventeenth_keyed.py",
             "fixtures/seventeenth_askbox.py",
             # the eighteenth round's families
             "fixtures/layouts_eighteenth.py", "fixtures/eighteenth_kit.py",
             "fixtures/eighteenth_edgetab.py", "fixtures/eighteenth_footstrip.py",
             "fixtures/eighteenth_ratebox.py",
             # the nineteenth round's families
             "fixtures/layouts_nineteenth.py", "fixtures/nineteenth_kit.py",
             "fixtures/nineteenth_interlace.py", "fixtures/nineteenth_overhead.py",
             "fixtures/nineteenth_crossword.py",
             # the twentieth round's families
             "fixtures/layouts_twentieth.py", "fixtures/twentieth_kit.py",
             "fixtures/twentieth_qatable.py", "fixtures/twentieth_flanking.py",
             "fixtures/twentieth_obituary.py",
             # the twenty-first round's families
             "fixtures/layouts_twentyfirst.py", "fixtures/twentyfirst_kit.py",
             "fixtures/twentyfirst_midband.py", "fixtures/twentyfirst_pairs.py",
             "fixtures/twentyfirst_footnotes.py",
             # the twenty-second round's families
             "fixtures/layouts_twentysecond.py", "fixtures/twentysecond_kit.py",
             "fixtures/twentysecond_wrapround.py", "fixtures/twentysecond_numbered.py",
             "fixtures/twentysecond_calendar.py",
             # the twenty-third round's families
             "fixtures/layouts_twentythird.py", "fixtures/twentythird_kit.py",
             "fixtures/twentythird_measures.py", "fixtures/twentythird_overunder.py",
             "fixtures/twentythird_rail.py",
             # the twenty-fourth round's families
             "fixtures/layouts_twentyfourth.py", "fixtures/twentyfourth_kit.py",
             "fixtures/twentyfourth_proof.py", "fixtures/twentyfourth_backdrop.py",
             "fixtures/twentyfourth_runin.py",
             # the twenty-fifth round's families
             "fixtures/layouts_twentyfifth.py", "fixtures/twentyfifth_kit.py",
             "fixtures/twentyfifth_sideways.py", "fixtures/twentyfifth_lineup.py",
             "fixtures/twentyfifth_slogan.py",
             # the twenty-sixth round's families
             "fixtures/layouts_twentysixth.py", "fixtures/twentysixth_kit.py",
             "fixtures/twentysixth_drift.py", "fixtures/twentysixth_edgecap.py",
             "fixtures/twentysixth_readalso.py",
             # the twenty-seventh round's families
             "fixtures/layouts_twentyseventh.py", "fixtures/twentyseventh_kit.py",
             "fixtures/twentyseventh_snake.py", "fixtures/twentyseventh_beforeafter.py",
             "fixtures/twentyseventh_factbox.py",
             # the twenty-eighth round's families
             "fixtures/layouts_twentyeighth.py", "fixtures/twentyeighth_kit.py",
             "fixtures/twentyeighth_cards.py", "fixtures/twentyeighth_bleed.py",
             "fixtures/twentyeighth_classifieds.py",
             # the twenty-ninth round's families
             "fixtures/layouts_twentyninth.py", "fixtures/twentyninth_kit.py",
             "fixtures/twentyninth_turnhead.py", "fixtures/twentyninth_voxpop.py",
             "fixtures/twentyninth_companion.py",
             # the thirtieth round's families
             "fixtures/layouts_thirtieth.py", "fixtures/thirtieth_kit.py",
             "fixtures/thirtieth_stepped.py", "fixtures/thirtieth_scrapbook.py",
             "fixtures/thirtieth_wildart.py",
             # the thirty-first round's families
             "fixtures/layouts_thirtyfirst.py", "fixtures/thirtyfirst_kit.py",
             "fixtures/thirtyfirst_interleaf.py", "fixtures/thirtyfirst_hangcard.py",
             "fixtures/thirtyfirst_coupon.py",
             # the thirty-second round's families
             "fixtures/layouts_thirtysecond.py", "fixtures/thirtysecond_kit.py",
             "fixtures/thirtysecond_slant.py", "fixtures/thirtysecond_overlay.py",
             "fixtures/thirtysecond_scancode.py",
             # the thirty-third round's families
             "fixtures/layouts_thirtythird.py", "fixtures/thirtythird_kit.py",
             "fixtures/thirtythird_tandem.py", "fixtures/thirtythird_marginal.py",
             "fixtures/thirtythird_ghost.py",
             # the thirty-fourth round's families
             "fixtures/layouts_thirtyfourth.py", "fixtures/thirtyfourth_kit.py",
             "fixtures/thirtyfourth_skyline.py", "fixtures/thirtyfourth_between.py",
             "fixtures/thirtyfourth_divider.py",
             # the thirty-fifth round's families
             "fixtures/layouts_thirtyfifth.py", "fixtures/thirtyfifth_kit.py",
             "fixtures/thirtyfifth_chequer.py", "fixtures/thirtyfifth_cameo.py",
             "fixtures/thirtyfifth_filler.py",
             # the thirty-sixth round's families
             "fixtures/layouts_thirtysixth.py", "fixtures/thirtysixth_kit.py",
             "fixtures/thirtysixth_tiers.py", "fixtures/thirtysixth_tombstone.py",
             "fixtures/thirtysixth_teaser.py",
             # this round's held-out families
             "fixtures/layouts_heldout.py", "fixtures/heldout_kit.py",
             "fixtures/heldout_steps.py", "fixtures/heldout_collage.py",
             "fixtures/heldout_umbrella.py")
SOURCES = ("rules", "model")


sys.path.insert(0, str(ROOT / "fixtures"))
_layouts = importlib.import_module("layouts")     # the generator: its family lists
FAMILIES: tuple[str, ...] = _layouts.FAMILIES + _layouts.HELDOUT_FAMILIES
HELD_OUT: frozenset[str] = frozenset(_layouts.HELD_OUT)


def folder(seed: int = SEED) -> Path:
    """Where the documents and pipeline cache of ``seed``'s draws live: ``OUT`` for the default
    seed, a folder of its own beside it for any other, so that benching another draw neither
    regenerates nor evicts the default bench's documents and OCR."""
    return OUT if seed == SEED else OUT.with_name(f"{OUT.name}-seed-{seed}")


def replay_ocr() -> None:
    """Have this process's pipeline runs (and the workers it starts after) replay Tesseract's
    answers from ``REPLAY``, unless ``$MAGPIPE_OCR_REPLAY`` names another folder (several
    checkouts may share one)."""
    os.environ.setdefault(REPLAY_ENV, str(REPLAY))


def generated(scans: int, seed: int = SEED) -> list[Path]:
    """The documents of ``seed``, generated again when the generator's code changed.

    The stamp says what the folder holds (generator digest, documents, seed, scanned copies);
    a run that needs fewer scanned copies than it holds (``--no-scans``) keeps it as it is.
    The default folder is always generated with every scanned copy (``SCANS``), so that a
    born-digital run never leaves a stamp that makes the next full run generate (and OCR)
    everything again. Another seed's folder is generated with the scanned copies the run
    needs only: its scans have no OCR cached anyway, and making them (rasterising, noise)
    costs most of a generation."""
    digest = hashlib.sha256(b"".join((ROOT / f).read_bytes() for f in GENERATOR)).hexdigest()
    docs = folder(seed) / "docs"
    stamp = docs / ".generator"
    if not _holds(stamp.read_text() if stamp.exists() else "", f"{digest} {DOCS} {seed}", scans):
        print(f"# generating layouts into {docs}", file=sys.stderr)
        docs.mkdir(parents=True, exist_ok=True)
        made = SCANS if seed == SEED else scans
        subprocess.run([sys.executable, str(ROOT / "fixtures" / "layouts.py"),
                        str(docs), "--docs", str(DOCS), "--seed", str(seed),
                        *(["--scan", "--scans", str(made)] if made else [])],
                       check=True, stdout=subprocess.DEVNULL)
        stamp.write_text(f"{digest} {DOCS} {seed} {made}")
    return sorted(docs.glob("*.pdf"))


def _holds(stamp: str, made_by: str, scans: int) -> bool:
    """The stamp ``stamp`` is of documents made by ``made_by`` (generator digest, documents,
    seed) with at least ``scans`` scanned copies of each."""
    made, _, held = stamp.rpartition(" ")
    return made == made_by and held.isdigit() and int(held) >= scans


def repaired(pdf: Path, engine) -> RepairArtifact:
    """The repair artifact of ``pdf`` from the cached pipeline run (in the folder that holds
    ``pdf``'s documents); ``Failed`` when the pipeline failed on it."""
    config = Config(out_dir=pdf.parent.parent / "pipeline", progress=False)
    report = process_document(pdf, pdf.stem, config, engine.map_pages)
    if report.status == "failed":
        raise Failed(f"{pdf.name}: {report.error}")
    return RepairArtifact.load(config.out_dir / pdf.stem / "repair.json")


class Failed(Exception):
    """A document the pipeline (or this bench's own split and align) failed on: the bench
    goes on with the others and prints it, as a batch run reports one failed record."""


@dataclass
class Sums:
    values: dict[str, int] = field(default_factory=dict)

    def add(self, **kw: int) -> None:
        for k, v in kw.items():
            self.values[k] = self.values.get(k, 0) + v

    def __getitem__(self, k: str) -> int:
        return self.values.get(k, 0)


def measure(pdf: Path, pages: RepairArtifact, truth: dict, roles: str, sums: Sums,
            model: RoleModel | None = None) -> None:
    """Split (with ``model`` in place of the shipped role model, if given), align, score."""
    result = split(pages, Config(), roles=roles, model=model)
    s = split_score(result, pages.pages, truth)
    started = time.perf_counter()
    aligned = align(result, Config())
    align_ms = round(1000 * (time.perf_counter() - started))
    a = align_score(aligned, truth, fuzzy=True)
    sums.add(role_chars=s.role_chars, role_correct=s.role_correct, out_chars=s.out_chars,
             out_correct=s.out_correct, in_chars=s.in_chars, in_correct=s.in_correct,
             lang_chars=s.lang_chars, lang_correct=s.lang_correct, paired=a.paired_right,
             articles=a.articles, links_right=a.links_right, links_out=a.links_output,
             links_truth=a.links_truth, caps_right=a.captions_right,
             caps_exact=a.captions_exact, caps=a.captions, contents_right=a.contents_right,
             contents=a.contents_truth, paired_body=a.paired_by_body,
             links_right_body=a.links_right_body, align_ms=align_ms, pages=len(result.pages))


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "n/a"


def report(tag: str, s: Sums) -> None:
    p = s["links_right"] / s["links_out"] if s["links_out"] else 0.0
    r = s["links_right"] / s["links_truth"] if s["links_truth"] else 0.0
    f1 = f1_of(s["links_right"], s["links_out"], s["links_truth"])
    print(f"layouts.split.role_chars.{tag}  {pct(s['role_correct'], s['role_chars'])}")
    print(f"layouts.split.kept_out.{tag}  {pct(s['out_correct'], s['out_chars'])}  "
          f"({s['out_chars']} chars of no article)")
    print(f"layouts.split.kept_in.{tag}  {pct(s['in_correct'], s['in_chars'])}")
    print(f"layouts.split.lang_side.{tag}  {pct(s['lang_correct'], s['lang_chars'])}  "
          "(target >= 99%)")
    print(f"layouts.pairing.{tag}  {pct(s['paired'], s['articles'])}  "
          f"({s['paired']}/{s['articles']}; target >= 98%)")
    print(f"layouts.paragraph_f1.{tag}  {f1:.3f}  (P {p:.3f} R {r:.3f}, {s['links_right']}/"
          f"{s['links_out']} out, {s['links_truth']} truth; target >= 0.95)")
    f1_body = f1_of(s["links_right_body"], s["links_out"], s["links_truth"])
    print(f"layouts.by_body.{tag}  pairing {pct(s['paired_body'], s['articles'])}  "
          f"({s['paired_body']}/{s['articles']} held by one output article whatever its titles); "
          f"paragraph F1 {f1_body:.3f} ({s['links_right_body']}/{s['links_out']} out, "
          f"{s['links_truth']} truth, articles no title names found by their body)")
    print(f"layouts.captions.{tag}  {pct(s['caps_right'], s['caps'])}  ({s['caps_right']}/"
          f"{s['caps']}, ratio >= 90 without marks; target >= 95%)")
    print(f"layouts.captions_exact.{tag}  {pct(s['caps_exact'], s['caps'])}")
    if s["contents"]:
        print(f"layouts.contents.{tag}  {pct(s['contents_right'], s['contents'])}  "
              f"({s['contents_right']}/{s['contents']} contents entries paired with their twin)")
    print(f"layouts.align_ms_per_page.{tag}  {s['align_ms'] / max(s['pages'], 1):.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-scans", action="store_true", help="born-digital documents only")
    ap.add_argument("--family", action="append", help="only these families")
    ap.add_argument("--seed", type=int, default=SEED,
                    help=f"draw the documents from this seed (default {SEED}; another seed "
                         "has a folder of its own, .bench/layouts-seed-S)")
    args = ap.parse_args()
    families = tuple(args.family or FAMILIES)
    docs = generated(0 if args.no_scans else SCANS, args.seed)
    sums: dict[tuple[str, str, str], Sums] = {}
    failed: dict[tuple[str, str], list[str]] = {}
    replay_ocr()
    with LocalEngine(Config().worker_count) as engine:
        for pdf in docs:
            family, _, kind = pdf.stem.rsplit("-", 2)
            if family not in families or (args.no_scans and kind == "scanned"):
                continue
            truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
            try:
                pages = repaired(pdf, engine)
                for roles in SOURCES:
                    measure(pdf, pages, truth, roles,
                            sums.setdefault((family, kind, roles), Sums()))
            except Exception as error:      # noqa: BLE001 - one document, reported below
                reason = error if isinstance(error, Failed) else f"{pdf.name}: {error!r}"
                failed.setdefault((family, kind), []).append(str(reason))
    for family in families:
        for kind in ("digital", "scanned"):
            for roles in SOURCES:
                if (family, kind, roles) in sums:
                    mark = "HELD-OUT" if family in HELD_OUT else "dev"
                    report(f"{family}.{kind}.{roles}.{mark}", sums[(family, kind, roles)])
            for reason in failed.get((family, kind), ()):
                # the document's truth is left out of the figures above: they cover the others
                print(f"layouts.failed.{family}.{kind}  {reason}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
