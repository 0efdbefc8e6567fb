"""The layout rounds' table: for each round of generated families (``fixtures/layouts_<name>.py``)
what its shared tests (``tests/test_layouts_rounds_generic.py``) need to know, and its generated
documents, made once in a test run and shared by every test module that asks for them.

Sharing reaches across pytest-xdist's workers: ``make test`` sends each test module whole to
one worker (``--dist loadfile``), so the shared tests of a round and its own module
(``tests/test_layouts_<name>.py``) may run in two processes; the first to ask for a set of
documents generates it into the run's temporary folder under a lock, the other waits and reads
it. Adding a round is one line of ``ROUNDS``.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import layout_generated as gen
import pytest

DONE = ".generated"     # written into a folder of shared documents once they are all there


@dataclass(frozen=True)
class Round:
    """A round of generated layout families as its tests see it: its ``families``
    (``fixtures/layouts_<name>.py``), the seed and number of documents of each family its
    tests read, how closely their text layer keeps to the truth's boxes, what its scanned
    copies hold, and what the layout bench must generate for it."""

    name: str
    families: tuple[str, ...]
    seed: int
    docs: int                       # documents of each family
    more: int = 0                   # further documents of each family (seed + MORE_SEED)
    tolerance: float = 3.0          # points around a truth box glyphs reach (accents, ascents)
    layer_more: bool = False        # the text layer is checked on the further documents too
    scanned: tuple[tuple[str, int], ...] = ()   # family, articles of its first scanned copy
    own_printing: tuple[str, ...] = ()  # families whose paragraphs the round's module checks
    one_to_one: bool = False        # each paragraph link joins one paragraph to one
    one_language: bool = False      # a photo may be captioned in one language only
    head_face: bool = True          # its truth's params name a display face (head_face_file)
    parts: int = 4                  # at least this many modules <name>_*.py generation reads
    own: tuple[str, ...] = ()       # modules <name>_*.py generation does not read
    sources: tuple[str, ...] = ()   # further files (under fixtures/) the bench's generator holds
    development: bool = True        # False for a held-out round: the bench marks it HELD-OUT
    script: str = ""                # its generator under fixtures/: layouts_<name>.py if empty
    kit: str = ""                   # its faces' module (TRUETYPE): <name>_kit if empty

    def __post_init__(self) -> None:
        object.__setattr__(self, "script", self.script or f"layouts_{self.name}.py")
        object.__setattr__(self, "kit", self.kit or f"{self.name}_kit")

    def generate(self, out: Path, *extra: str, seed: int | None = None,
                 docs: int | None = None) -> list[Path]:
        """``fixtures/<script>`` run into ``out`` (``layout_generated.generate``) with the
        round's seed and document count unless told otherwise; the PDFs it wrote."""
        return gen.generate(self.script, out, *extra, seed=self.seed if seed is None else seed,
                            docs=self.docs if docs is None else docs)


ROUNDS = (
    Round("journal", ("journal", "newsletter"), 2300, 2, tolerance=2.0,
          scanned=(("journal", 4),), one_language=True, head_face=False, parts=1,
          sources=("layouts_newsletter.py",)),
    Round("sixth", ("greeting", "stacked", "report"), 4100, 3, tolerance=2.0,
          scanned=(("stacked", 1), ("greeting", 1)), one_to_one=True, one_language=True,
          head_face=False, parts=3,
          own=("sixth_messages.py", "sixth_kit.py"), sources=("source/sixth-messages.json",)),
    Round("seventh", ("digest", "photo-essay", "trifold"), 5200, 3, tolerance=2.0,
          scanned=(("digest", 2), ("trifold", 1)), own_printing=("digest",), one_to_one=True,
          one_language=True, head_face=False),
    Round("eighth", ("english-first", "interview", "briefs"), 5300, 3,
          scanned=(("english-first", 1), ("briefs", 3)), one_to_one=True, one_language=True),
    Round("ninth", ("feature", "timeline", "front-page"), 5400, 3,
          scanned=(("timeline", 3), ("front-page", 2))),
    Round("tenth", ("spread", "gallery", "letters"), 6100, 3, more=5, layer_more=True,
          scanned=(("gallery", 1), ("letters", 1))),
    Round("eleventh", ("sidenotes", "notices", "cover"), 7100, 3, more=5, layer_more=True,
          scanned=(("sidenotes", 1), ("notices", 1), ("cover", 1))),
    Round("twelfth", ("dogleg", "infographic", "programme"), 7200, 3, more=5, layer_more=True,
          scanned=(("dogleg", 1), ("infographic", 1), ("programme", 1))),
    Round("thirteenth", ("treaty", "portrait", "statistics"), 7300, 3, more=5, layer_more=True,
          scanned=(("treaty", 1), ("portrait", 1), ("statistics", 1))),
    Round("fourteenth", ("quartet", "cutout", "summary"), 7300, 3, more=5, layer_more=True,
          scanned=(("quartet", 2), ("cutout", 1), ("summary", 2)), own_printing=("summary",)),
    Round("fifteenth", ("tetebeche", "filmstrip", "trilingual"), 7400, 2, more=4,
          scanned=(("tetebeche", 2), ("filmstrip", 1)), own_printing=("tetebeche",)),
    Round("sixteenth", ("imposed", "inset", "advertorial"), 7500, 2, more=4,
          scanned=(("imposed", 2),), own_printing=("imposed",)),
    Round("seventeenth", ("twoup", "keyed", "askbox"), 7700, 2, more=4,
          scanned=(("twoup", 2),)),
    Round("eighteenth", ("edgetab", "footstrip", "ratebox"), 1900, 2, more=4,
          scanned=(("ratebox", 1),)),
    Round("nineteenth", ("interlace", "overhead", "crossword"), 2000, 2, more=4,
          scanned=(("crossword", 1),)),
    Round("twentieth", ("qatable", "flanking", "obituary"), 2100, 2, more=4,
          scanned=(("obituary", 1),)),
    Round("twentyfirst", ("midband", "pairs", "footnotes"), 2200, 2, more=4,
          scanned=(("footnotes", 1),)),
    Round("twentysecond", ("wrapround", "numbered", "calendar"), 2300, 2, more=4,
          scanned=(("calendar", 1),)),
    Round("twentythird", ("measures", "overunder", "rail"), 2400, 2, more=4,
          scanned=(("rail", 1),)),
    Round("twentyfourth", ("proof", "backdrop", "runin"), 2400, 2, more=4,
          scanned=(("proof", 1),)),
    Round("twentyfifth", ("sideways", "lineup", "slogan"), 2500, 2, more=4,
          scanned=(("sideways", 1),)),
    Round("twentysixth", ("drift", "edgecap", "readalso"), 2700, 2, more=4,
          scanned=(("edgecap", 1),)),
    Round("twentyseventh", ("snake", "beforeafter", "factbox"), 2800, 2, more=4,
          scanned=(("beforeafter", 1),)),
    Round("twentyeighth", ("cards", "bleed", "classifieds"), 2900, 2, more=4,
          scanned=(("bleed", 1),)),
    Round("twentyninth", ("turnhead", "voxpop", "companion"), 3000, 2, more=4,
          scanned=(("voxpop", 1),)),
    Round("thirtieth", ("stepped", "scrapbook", "wildart"), 3100, 2, more=4,
          scanned=(("wildart", 1),)),
    Round("thirtyfirst", ("interleaf", "hangcard", "coupon"), 3200, 2, more=4,
          scanned=(("hangcard", 1),)),
    Round("thirtysecond", ("slant", "overlay", "scancode"), 3300, 2, more=4,
          scanned=(("slant", 1),)),
    Round("thirtythird", ("tandem", "marginal", "ghost"), 3400, 2, more=4,
          scanned=(("tandem", 2),)),
    Round("thirtyfourth", ("skyline", "between", "divider"), 3500, 2, more=4,
          scanned=(("between", 1),)),
    Round("thirtyfifth", ("chequer", "cameo", "filler"), 3600, 2, more=4,
          scanned=(("cameo", 1),)),
    Round("thirtysixth", ("tiers", "tombstone", "teaser"), 3700, 2, more=4,
          scanned=(("tiers", 1),)),
    # this round's held-out families (fixtures/layouts_heldout.py)
    Round("heldout", ("steps", "collage", "umbrella"), 3700, 2, more=4,
          scanned=(("steps", 1),), development=False),
)
BY_NAME = {r.name: r for r in ROUNDS}
DEVELOPMENT = tuple(r for r in ROUNDS if r.development)


def shared(tmp_path_factory, name: str, make: Callable[[Path], object]) -> list[Path]:
    """The PDFs ``make`` writes into a folder ``name`` of this test run, made by the first
    test (of any worker) that asks and read by the others."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent          # the run's folder, above each worker's own
    folder = base / "generated-rounds" / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)        # released when the file closes
        if not (folder / DONE).is_file():
            shutil.rmtree(folder, ignore_errors=True)      # a run cut off half-way
            folder.mkdir()
            make(folder)
            (folder / DONE).touch()
    return sorted(folder.glob("*.pdf"))


def docs_of(spec: Round, tmp_path_factory) -> list[Path]:
    """The round's documents: ``docs`` of each family with its seed."""
    return shared(tmp_path_factory, spec.name, spec.generate)


def more_of(spec: Round, tmp_path_factory) -> list[Path]:
    """The round's further documents: ``more`` of each family with its seed and
    ``MORE_SEED``, to meet each of their draws (none when ``more`` is 0)."""
    if not spec.more:
        return []
    return shared(tmp_path_factory, f"{spec.name}-more", lambda out: spec.generate(
        out, seed=spec.seed + gen.MORE_SEED, docs=spec.more))


def scans_of(spec: Round, tmp_path_factory) -> list[Path]:
    """One document, digital and scanned, of each family of ``scanned``."""
    flags = [arg for family, _ in spec.scanned for arg in ("--family", family)]
    return shared(tmp_path_factory, f"{spec.name}-scans", lambda out: spec.generate(
        out, "--scan", *flags, docs=1))


def round_fixtures(name: str):
    """A round module's ``ROUND`` (its line of ``ROUNDS``) and its module fixtures ``docs``
    and ``more``, the documents the shared tests read too."""
    spec = BY_NAME[name]

    @pytest.fixture(scope="module")
    def docs(tmp_path_factory) -> list[Path]:
        return docs_of(spec, tmp_path_factory)

    @pytest.fixture(scope="module")
    def more(tmp_path_factory) -> list[Path]:
        return more_of(spec, tmp_path_factory)

    return spec, docs, more


def scans_fixture(spec: Round):
    """A round module's fixture ``scans``: the scanned copies the shared tests read
    (``scans_of``)."""
    @pytest.fixture(scope="module")
    def scans(tmp_path_factory) -> list[Path]:
        return scans_of(spec, tmp_path_factory)

    return scans
