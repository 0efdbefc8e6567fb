"""What the repair stage gets wrong on stripped TUNE news: each wrong word, classified.

Run: ``nice .venv/bin/python tools/repair_errors.py [--lm DIR] [--against DIR] [--json F]``.
The TUNE news documents of ``bench/bench_repair_lm.py`` (held out of every count; the TEST
documents are never read here) are stripped of their marks and repaired with the shipped
decoder, or with a trial language model (``tools/build_lm.py --out DIR``: a model built with
other settings; its forms and case tables are taken from the shipped model when it has
none). Each wrong word (the bench's ``strict`` score: a word right in its place) is put in
one class (``error_kind``) and flagged for what stands around it; the commonest lower-case
pairs truth -> output are listed. ``--against`` repairs with a second model too and lists the
words one gets right and the other wrong: a change of 0.05 points is 20 words, and two models
of the same score can right and wrong a hundred each.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from magpipe.repair import lexicon, lm  # noqa: E402
from magpipe.repair.decoder import Decoder  # noqa: E402
from magpipe.repair.words import PUNCT  # noqa: E402
from magpipe.text.vietnamese import placement_key, strip_diacritics  # noqa: E402

from bench.bench_repair_lm import held_out_news, repaired  # noqa: E402
from tools.lm_corpus import TUNE  # noqa: E402

QUOTES = "\"'“”‘’()[]«»"       # quotes and brackets: a word beside one loses its context
TABLES = (lm.FORMS_FILE, lm.CAPS_FILE, "caps_pairs.tsv.gz")   # not rebuilt by --lm-only


def error_kind(truth: str, output: str) -> str:
    """The class of a wrong word: ``placement`` (the same syllable, the mark on another
    vowel: ``hóa``/``hoá``), ``capitals`` (an acronym or a word in capitals), ``title``
    (capitalised: names, a sentence's first word) or ``lower``."""
    core, other = truth.strip(PUNCT), output.strip(PUNCT)
    if (placement_key(core.lower()) == placement_key(other.lower())
            and truth.replace(core, "") == output.replace(other, "")):
        return "placement"
    if len(core) > 1 and core.isupper():
        return "capitals"
    return "title" if core[:1].isupper() else "lower"


def flags(truth: str, output: str, before: str | None, after: str | None) -> list[str]:
    """What stands around a wrong word (its neighbours ``before`` and ``after`` in the
    true text, None at a line's edge): ``bare`` (left without marks), ``punct-after``
    (it ends a clause or sentence), ``punct-before`` (the word before did), ``quote`` (a
    quote or bracket on it or on the facing side of a neighbour)."""
    out = []
    if unicodedata.normalize("NFD", truth).encode("ascii", "ignore").decode() == output:
        out.append("bare")
    if truth.rstrip(QUOTES)[-1:] in ".,;:!?…":
        out.append("punct-after")
    if before is not None and before.rstrip(QUOTES)[-1:] in ".,;:!?…":
        out.append("punct-before")
    if (any(ch in QUOTES for ch in truth) or (before or " ")[-1] in QUOTES
            or (after or " ")[0] in QUOTES):
        out.append("quote")
    return out


def wrong_words(truth: list[str], output: list[str]) -> list[dict]:
    """Every wrong word of ``output`` against ``truth`` (documents), with its context."""
    found = []
    for t_doc, o_doc in zip(truth, output, strict=True):
        for t_line, o_line in zip(t_doc.split("\n"), o_doc.split("\n"), strict=True):
            t_words, o_words = t_line.split(), o_line.split()
            if len(t_words) != len(o_words):
                found.append({"truth": t_line, "output": o_line, "kind": "count"})
                continue
            for i, (t, o) in enumerate(zip(t_words, o_words, strict=True)):
                if t != o:
                    before = t_words[i - 1] if i else None
                    after = t_words[i + 1] if i + 1 < len(t_words) else None
                    found.append({"truth": t, "output": o, "kind": error_kind(t, o),
                                  "flags": flags(t, o, before, after),
                                  "context": " ".join(t_words[max(i - 3, 0):i + 4])})
    return found


def decoder_with(directory: Path | None) -> Decoder:
    if directory is None:
        return Decoder(lexicon.load(), lm.load())
    for name in TABLES:
        if not (directory / name).exists() and (lm.LM_DIR / name).exists():
            shutil.copy(lm.LM_DIR / name, directory / name)
    return Decoder(lexicon.load(), lm.LanguageModel(directory))


def report(errors: list[dict], words: int, top: int) -> None:
    print(f"{len(errors)} wrong of {words} words ({100 * (1 - len(errors) / words):.2f}% strict)")
    print("  kinds:", dict(Counter(e["kind"] for e in errors).most_common()))
    print("  flags:", dict(Counter(f for e in errors for f in e.get("flags", ())).most_common()))
    pairs = Counter((e["truth"].strip(PUNCT).lower(), e["output"].strip(PUNCT).lower())
                    for e in errors if e["kind"] == "lower")
    print(f"  commonest lower-case pairs truth -> output (of {sum(pairs.values())}):")
    print("   ", ", ".join(f"{t} -> {o} {n}" for (t, o), n in pairs.most_common(top)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lm", type=Path, help="a trial model's folder (default: shipped)")
    parser.add_argument("--against", type=Path,
                        help="a second model's folder: the words one rights and the other wrongs")
    parser.add_argument("--json", type=Path, help="write the wrong words here")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    news = held_out_news(TUNE)
    words = sum(len(doc.split()) for doc in news)
    stripped = [strip_diacritics(doc) for doc in news]
    errors = wrong_words(news, repaired(stripped, decoder_with(args.lm)))
    report(errors, words, args.top)
    if args.json:
        args.json.write_text(json.dumps(errors, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.against:
        other = wrong_words(news, repaired(stripped, decoder_with(args.against)))
        print(f"\n--against {args.against}:")
        report(other, words, args.top)
        key = lambda e: (e.get("context"), e["truth"])   # noqa: E731
        mine, theirs = {key(e) for e in errors}, {key(e) for e in other}
        print(f"  right with --against only: {len(mine - theirs)}; wrong with it only: "
              f"{len(theirs - mine)}")
        for name, keys in (("righted", mine - theirs), ("wronged", theirs - mine)):
            for context, truth in sorted(keys, key=str)[:args.top]:
                print(f"    {name}: {truth}  | {context}")


if __name__ == "__main__":
    main()
