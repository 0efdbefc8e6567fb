"""Write a split-stage artifact made from a fixture's ground truth blocks.

The align stage's saved input for its tests and benchmark: the blocks of
``fixtures/X.truth.json`` (``pages[].blocks[]``: lang, role, text, box, in
reading order), as a perfect split stage would hand them over, with
``continued_from`` set where a truth paragraph was typeset in two pieces. The
truth's ``article`` field (the answer) is not copied.

    .venv/bin/python tools/truth_to_split.py fixtures/bulletin-digital.truth.json \
        tests/data/split-digital.json
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from magpipe.artifacts import Block, DocumentInfo, PageLayout, SplitArtifact  # noqa: E402
from magpipe.files import sha256_file  # noqa: E402

log = logging.getLogger(__name__)
PAGE_SIZE = (538.6, 765.4)   # 19 x 27 cm, the bulletin's page
# Truth roles the split stage has no role for, as a perfect split stage would hand them over:
# a report's numbered section heading is set like a title; a jump line is ``Role.JUMP`` (align
# follows it to the page it names); a footnote is no paragraph of the text (align tells it by
# its mark); a sidebar, a pull quote and an ad belong to no article's text (``Role.ASIDE``).
SPLIT_ROLE = {"heading": "title", "footnote": "aside", "sidebar": "aside",
              "pull-quote": "aside", "ad": "aside"}


def _norm(text: str) -> str:
    return " ".join(text.split())


def continuations(truth: dict) -> dict[tuple[int, int], tuple[int, int]]:
    """(page, index) of each body block that continues a paragraph -> the piece before it."""
    found: dict[tuple[int, int], tuple[int, int]] = {}
    paragraphs = {(k, lang): [_norm(p) for link in a["paragraphs"] for p in link[lang]]
                  for k, a in enumerate(truth["articles"]) for lang in ("vi", "en")}
    rest: dict[tuple[int, str], str] = {}          # unread end of the paragraph being read
    last: dict[tuple[int, str], tuple[int, int]] = {}
    cap = ""                    # a drop cap: a body block of one letter before its word's rest
    for page in truth["pages"]:
        for i, b in enumerate(page["blocks"]):
            key = (b["article"], b["lang"])
            if b["role"] != "body" or key not in paragraphs:
                continue
            text, cap = cap + _norm(b["text"]), ""
            if len(text) == 1:
                cap = text
                continue
            if rest.get(key) and rest[key].startswith(text) and key in last:
                found[(page["number"], i)] = last[key]
                rest[key] = rest[key][len(text):].strip()
            else:
                whole = next((p for p in paragraphs[key] if p.startswith(text)), "")
                rest[key] = whole[len(text):].strip()
            last[key] = (page["number"], i)
    return found


def split_from_truth(truth: dict, pdf: Path) -> SplitArtifact:
    """The truth's blocks as a SplitArtifact of the fixture ``pdf``."""
    width, height = truth.get("page_size") or PAGE_SIZE
    links = continuations(truth)
    pages = []
    for page in truth["pages"]:
        n = page["number"]
        blocks = tuple(
            Block(id=f"p{n}-b{i}", page=n, box=tuple(float(v) for v in b["box"]), text=b["text"],
                  lang=b["lang"] or "und", role=SPLIT_ROLE.get(b["role"], b["role"]),
                  lang_confidence=1.0,
                  continued_from="p{}-b{}".format(*links[(n, i)]) if (n, i) in links else None)
            for i, b in enumerate(page["blocks"]))
        pages.append(PageLayout(number=n, width=width, height=height, columns=(), blocks=blocks))
    rel = pdf.resolve().relative_to(ROOT) if pdf.resolve().is_relative_to(ROOT) else pdf
    doc = DocumentInfo(path=str(rel), name=pdf.stem, sha256=sha256_file(pdf),
                       page_count=len(pages))
    return SplitArtifact(doc=doc, pages=tuple(pages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", type=Path, help="fixtures/X.truth.json")
    parser.add_argument("out", type=Path, help="where to write the split artifact")
    args = parser.parse_args(argv)
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    pdf = args.truth.with_name(truth.get("file") or args.truth.name.replace(".truth.json", ".pdf"))
    artifact = split_from_truth(truth, pdf)
    artifact.save(args.out)
    print(f"{args.out}: {sum(len(p.blocks) for p in artifact.pages)} blocks on "
          f"{len(artifact.pages)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
