"""Rebuild the shipped lexicon data in ``pipeline/repair/lexicon/data/`` (run by hand).

Sources (licences in ``pipeline/repair/lexicon/README.md``):
  * wordfreq's Vietnamese list: syllable frequencies of general text;
  * Tesseract's ``vie`` word list (``combine_tessdata -u`` + ``dawg2wordlist``), if the tools exist;
  * pyvi's ``words.txt`` (if pyvi is installed): syllables, and the syllable pairs of its words;
  * the LEARNING part of the shared q4 sample: in-domain syllable and pair counts;
  * the counting part of ``../shared/corpora`` (never its TUNE or TEST documents): the
    sightings of well-formed syllables that ``tools/build_lm.py`` wrote to
    ``data/lm/seen.tsv.gz`` (they do not depend on the lexicon, so rebuilding both in turn
    settles at once): a syllable read often there joins the lexicon (``CORPUS_MIN``);
  * wordfreq's English list: the English words the repairer leaves alone.

Usage: ``.venv/bin/python tools/build_lexicon.py``
"""

from __future__ import annotations

import gzip
import logging
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from magpipe.repair.lexicon import sample_split  # noqa: E402
from magpipe.repair.lexicon.text_stats import NUM, normalise, stats_of  # noqa: E402
from magpipe.text.vietnamese import (  # noqa: E402
    has_vietnamese_marks,
    is_valid_syllable,
    placement_key,
    strip_diacritics,
)

log = logging.getLogger("build_lexicon")
DATA = Path(__file__).resolve().parents[1] / "pipeline" / "repair" / "lexicon" / "data"
TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")
SEEN = DATA / "lm" / "seen.tsv.gz"
# A syllable read at least this often in the counting part of the corpora (about 67 M
# words) joins the lexicon on that evidence alone (``vắc``, ``đượm``, ``nhỉnh``, ``hụi``)...
CORPUS_MIN = 20
# ... unless a syllable of the same bare letters is read this many times more often: then it
# is mostly a slip (``đên``, ``thuờng``, ``đuợc``); a syllable without any mark is held to a
# far stricter ratio, since text typed without marks (``sua`` for ``sửa``, ``dem`` for
# ``đêm``) is common: only names and loans with no marked twin pass (``vaio``, ``penh``),
# and no word of the English list (``they``, ``train``: the English words are known already)
SHADOW = 200
SHADOW_BARE = 5


def tesseract_words() -> set[str]:
    tools = shutil.which("combine_tessdata") and shutil.which("dawg2wordlist")
    if not (tools and TESSDATA.exists()):
        log.warning("Tesseract tools or vie data missing: no Tesseract word list")
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / "vie.traineddata"
        shutil.copy(TESSDATA, local)
        subprocess.run(["combine_tessdata", "-u", str(local), f"{tmp}/vie."],
                       check=True, capture_output=True)
        out = Path(tmp) / "words.txt"
        subprocess.run(["dawg2wordlist", f"{tmp}/vie.lstm-unicharset",
                        f"{tmp}/vie.lstm-word-dawg", str(out)], check=True, capture_output=True)
        return {normalise(w) for w in out.read_text(encoding="utf-8").split()}


def pyvi_words() -> list[list[str]]:
    try:
        import pyvi
    except ImportError:
        log.warning("pyvi not installed: no pyvi word list")
        return []
    path = Path(pyvi.__file__).parent / "models" / "words.txt"
    return [[normalise(s) for s in line.split()] for line in
            path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_syllables() -> dict[str, int]:
    """Sightings per syllable in the counting part of the corpora (``data/lm/seen.tsv.gz``);
    empty, with a warning, before the first ``make lm``."""
    if not SEEN.exists():
        log.warning("%s missing: no syllables from the corpora (run make lm, then this)", SEEN)
        return {}
    with gzip.open(SEEN, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return {s: int(n) for s, n in rows}


def attested(seen: dict[str, int], known: set[str], english: set[str]) -> set[str]:
    """Syllables of the corpora that join the lexicon: well-formed, read ``CORPUS_MIN``
    times, not shadowed by a far more frequent syllable of the same bare letters, not an
    English word."""
    by_fold: dict[str, int] = {}
    for s, n in seen.items():
        fold = strip_diacritics(s)
        by_fold[fold] = max(by_fold.get(fold, 0), n)
    return {s for s, n in seen.items() if s not in known and n >= CORPUS_MIN
            and is_valid_syllable(s) and by_fold[strip_diacritics(s)] < n * (
                SHADOW if has_vietnamese_marks(s) else SHADOW_BARE)
            and (has_vietnamese_marks(s) or s not in english)}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import wordfreq
    general = {normalise(w): f for w, f in wordfreq.get_frequency_dict("vi").items()}
    tess = tesseract_words()
    words = pyvi_words()
    domain = stats_of(["\n".join(sample_split.learning_lines(sample_split.read_sample()))])

    sources: dict[str, set[str]] = {}
    for word in general:
        sources.setdefault(word, set()).add("w")
    for word in tess:
        sources.setdefault(word, set()).add("t")
    for word in {s for w in words for s in w}:
        sources.setdefault(word, set()).add("p")
    for word in domain.unigrams:
        sources.setdefault(word, set()).add("d")
    seen = corpus_syllables()
    known = {placement_key(w) for w in sources if w == NUM or is_valid_syllable(w) and (
        "d" in sources[w] or len(sources[w]) >= 2)}
    english = [(w, wordfreq.zipf_frequency(w, "en")) for w in wordfreq.iter_wordlist("en")]
    english = [(w, z) for w, z in english if w.isascii() and w.isalpha() and z >= 2.0]
    added = attested(seen, known, {w for w, _z in english})
    for word in added:
        sources.setdefault(word, set()).add("c")
    log.info("%d syllables of the corpora added (read >= %d times)", len(added), CORPUS_MIN)
    corpus_total = sum(seen.values()) or 1
    # a syllable needs two independent sources, or this publication: single-source entries
    # are mostly noise of one list (``pai``, ``quạc``) that would shadow the true reading
    syllables = sorted(w for w in sources if w == NUM or is_valid_syllable(w) and (
        "d" in sources[w] or "c" in sources[w] or len(sources[w]) >= 2))

    pairs: Counter[tuple[str, str]] = Counter()
    for word in words:
        if all(is_valid_syllable(s) for s in word):
            pairs.update(zip(word, word[1:], strict=False))

    DATA.mkdir(parents=True, exist_ok=True)
    with gzip.open(DATA / "syllables.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# syllable\twordfreq_per_million\tdomain_count\tsources\n")
        for s in syllables:
            per_million = general.get(s, 0.0) * 1e6
            if "c" in sources[s]:       # wordfreq rarely lists them: their corpus frequency
                per_million = max(per_million, seen[s] / corpus_total * 1e6)
            out.write(f"{s}\t{per_million:.3g}\t{domain.unigrams.get(s, 0)}\t"
                      f"{''.join(sorted(sources[s]))}\n")
    with gzip.open(DATA / "pairs.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# first\tsecond\tdomain_count\tin_word_list\n")
        keys = sorted(set(domain.bigrams) | set(pairs))
        for a, b in keys:
            out.write(f"{a}\t{b}\t{domain.bigrams.get((a, b), 0)}\t{int((a, b) in pairs)}\n")
    with gzip.open(DATA / "english.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word\tzipf\n")
        for w, z in english:
            out.write(f"{w}\t{z:.1f}\n")
    log.info("%d syllables, %d pairs, %d English words -> %s",
             len(syllables), len(keys), len(english), DATA)


if __name__ == "__main__":
    main()
