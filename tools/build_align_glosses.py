"""Rebuild ``pipeline/align/data/vi-en-glosses.tsv.gz`` from the shared Vietnamese-English
lexicon (``../shared/bilingual/vi-en-lexicon.tsv``, GPL-2.0-or-later; see
``pipeline/align/data/README.md``).

Kept: headwords of one to four syllables (tone marks moved to the modern place, lower case),
each with at most ``MAX_GLOSSES`` glosses of one to three words that hold a content word (a
gloss of English function words only says nothing about a translation). One line per
headword: ``headword<TAB>gloss|gloss|...``.

Usage: ``.venv/bin/python tools/build_align_glosses.py [LEXICON]``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.align.lexicon import content_words, modern_tone  # noqa: E402

SOURCE = ROOT.parent / "shared" / "bilingual" / "vi-en-lexicon.tsv"
OUT = ROOT / "pipeline" / "align" / "data" / "vi-en-glosses.tsv.gz"
MAX_GLOSSES = 6
MAX_SYLLABLES = 4


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    if not source.is_file():
        print(f"{source}: not found; give the path of vi-en-lexicon.tsv", file=sys.stderr)
        return 2
    glosses: dict[str, list[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        vi, _, en = line.partition("\t")
        head = modern_tone(vi.strip().lower())
        gloss = en.strip().lower()
        if not head or not gloss or len(head.split()) > MAX_SYLLABLES:
            continue
        if not 1 <= len(gloss.split()) <= 3 or not content_words(gloss):
            continue
        if not all(c.isalpha() or c in " -'" for c in gloss):
            continue
        kept = glosses.setdefault(head, [])
        if gloss not in kept and len(kept) < MAX_GLOSSES:
            kept.append(gloss)
    rows = [f"{h}\t{'|'.join(g)}\n" for h, g in sorted(glosses.items())]
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:    # mtime 0: the same bytes every build
        out.write("".join(rows).encode("utf-8"))
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} headwords, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
