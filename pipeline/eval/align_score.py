"""Score an align artifact against a fixture's ground truth (``fixtures/X.truth.json``).

Used by ``bench/bench_align.py`` and the align stage's tests. Three figures:

* pairing: a truth article counts as correctly paired when one output article
  carries both its Vietnamese and its English title;
* paragraph links: precision, recall and F1 of the output links
  ``(vi paragraphs, en paragraphs)`` against the truth links, over all articles
  (a 2-1 link is one link; the intro pair counts as one more link on both
  sides, so an intro the split stage labelled ``body`` is not counted wrong);
* captions: share of truth captions found with ``vi``, ``en``, ``credit`` and
  ``credit_en`` right. The fixtures write ``credit: null`` for an ``Ảnh sưu tầm`` /
  ``Collected photo`` caption; the records keep those marks as the credits, so
  null is read as ``Ảnh sưu tầm`` / ``Collected photo`` here.

Contents: entry pairs of the truth's contents pages found as one paragraph link of a
contents record (``Article.kind == "contents"``); contents records are left out of the
pairing, link and caption figures.

Texts are compared with white space normalised and in NFC; with ``fuzzy=True``
(output of the real extract and split stages, OCR text) two texts also match when,
without diacritics and case, their rapidfuzz ratio is at least ``FUZZY_RATIO``.
Captions are counted both ways: ``captions_right`` under the comparison asked
for, ``captions_exact`` with every field character for character (a lost mark
or one OCR letter wrong is a miss).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from magpipe.artifacts.records import CONTENTS, AlignArtifact, Article, Caption
from magpipe.text.credits import COLLECTED_EN, COLLECTED_VI
from magpipe.text.folding import unmarked
from rapidfuzz import fuzz

FUZZY_RATIO = 90.0


@dataclass(frozen=True)
class AlignScore:
    articles: int
    paired_right: int
    links_truth: int
    links_output: int
    links_right: int
    low_confidence_right: int     # right links flagged < 0.5
    low_confidence_wrong: int     # wrong links flagged < 0.5
    captions: int
    captions_right: int
    captions_exact: int = 0       # every field equal, character for character
    contents_truth: int = 0       # entry pairs of the truth's contents pages
    contents_right: int = 0       # of those, found as one link of a contents record

    @property
    def pairing(self) -> float:
        return self.paired_right / self.articles if self.articles else 0.0

    @property
    def precision(self) -> float:
        return self.links_right / self.links_output if self.links_output else 0.0

    @property
    def recall(self) -> float:
        return self.links_right / self.links_truth if self.links_truth else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def caption_accuracy(self) -> float:
        return self.captions_right / self.captions if self.captions else 0.0

    @property
    def caption_exact_accuracy(self) -> float:
        return self.captions_exact / self.captions if self.captions else 0.0


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def _same(a: str | None, b: str | None, fuzzy: bool) -> bool:
    x, y = _norm(a), _norm(b)
    if x == y:
        return True
    if not (fuzzy and x and y):
        return False
    return fuzz.ratio(unmarked(x), unmarked(y)) >= FUZZY_RATIO


def _find(truth: dict, output: tuple[Article, ...], fuzzy: bool,
          taken: set[int] | None = None) -> Article | None:
    """The output article of the truth article: one carrying its Vietnamese or English title
    (a title the truth has: an article printed in one language only has ``null`` for the other,
    which names no output article).
    Where several do (two greetings under one heading), the one holding most of its links,
    an article no other truth article took first."""
    found = [k for k, a in enumerate(output)
             if any(truth["title"][lang] is not None
                    and _same(getattr(a.title, lang), truth["title"][lang], fuzzy)
                    for lang in ("vi", "en"))]
    if len(found) > 1:
        wanted = _truth_links(truth)
        found.sort(key=lambda k: (k in (taken or ()), -_right_links(output[k], wanted, fuzzy)))
    if not found:
        return None
    if taken is not None:
        taken.add(found[0])
    return output[found[0]]


def _right_links(article: Article, wanted: list[tuple[str, str]], fuzzy: bool) -> int:
    return sum(any(_same(p_vi, vi, fuzzy) and _same(p_en, en, fuzzy) for vi, en in wanted)
               for p_vi, p_en, _ in _output_links(article))


def _truth_links(t: dict) -> list[tuple[str, str]]:
    links = [(" ".join(link["vi"]), " ".join(link["en"])) for link in t["paragraphs"]]
    if t.get("intro"):
        links.insert(0, (t["intro"]["vi"] or "", t["intro"]["en"] or ""))
    return links


def _output_links(a: Article) -> list[tuple[str | None, str | None, float]]:
    links = [(p.vi, p.en, p.confidence) for p in a.paragraphs]
    if a.intro.vi or a.intro.en:
        links.insert(0, (a.intro.vi, a.intro.en, 1.0))
    return links


def score(artifact: AlignArtifact, truth: dict, *, fuzzy: bool = False) -> AlignScore:
    """Compare ``artifact`` with the ``articles`` of a truth file."""
    paired_right = links_right = low_right = low_wrong = 0
    links_truth = sum(len(_truth_links(t)) for t in truth["articles"])
    contents = [a for a in artifact.articles if a.kind == CONTENTS]
    articles = tuple(a for a in artifact.articles if a.kind != CONTENTS)
    links_output = sum(len(_output_links(a)) for a in articles)
    taken: set[int] = set()
    for t in truth["articles"]:
        out = _find(t, articles, fuzzy, taken)
        if out is None:
            continue
        if _same(out.title.vi, t["title"]["vi"], fuzzy) and _same(out.title.en, t["title"]["en"],
                                                                  fuzzy):
            paired_right += 1
        wanted = _truth_links(t)
        for p_vi, p_en, confidence in _output_links(out):
            right = any(_same(p_vi, vi, fuzzy) and _same(p_en, en, fuzzy) for vi, en in wanted)
            links_right += right
            if confidence < 0.5:
                low_right += right
                low_wrong += not right
    out_caps = [c for a in articles for c in a.captions]
    truth_caps = [c for t in truth["articles"] for c in t["captions"]]
    captions_right = captions_exact = 0
    for c in truth_caps:
        captions_right += any(_caption_matches(o, c, fuzzy) for o in out_caps)
        captions_exact += any(_caption_matches(o, c, False) for o in out_caps)
    return AlignScore(
        articles=len(truth["articles"]), paired_right=paired_right, links_truth=links_truth,
        links_output=links_output, links_right=links_right, low_confidence_right=low_right,
        low_confidence_wrong=low_wrong, captions=len(truth_caps), captions_right=captions_right,
        captions_exact=captions_exact, **_contents(contents, truth, fuzzy))


def _contents(records: list[Article], truth: dict, fuzzy: bool) -> dict[str, int]:
    """Contents entry pairs of the truth (``contents``: one {vi: [...], en: [...]} per contents
    page and its twin) found as one link of a contents record."""
    wanted = [pair for page in truth.get("contents", [])
              for pair in _entry_pairs(page, truth["articles"])]
    links = [(p.vi, p.en) for a in records for p in a.paragraphs]
    right = sum(any(_same(v, vi, fuzzy) and _same(e, en, fuzzy) for v, e in links)
                for vi, en in wanted)
    return {"contents_truth": len(wanted), "contents_right": right}


def _entry_pairs(page: dict, articles: list[dict]) -> list[tuple[str, str]]:
    """The twin entries of a contents page: the entries naming one article's Vietnamese and
    English titles, when every entry names exactly one article (a twin listing its articles in
    another order, or an article printed in one language only, whose entry is wanted
    unpaired, as ``""``); else the entries in the order printed, which must then be as many."""
    named = {lang: [_named(entry, articles, lang) for entry in page[lang]] for lang in ("vi", "en")}
    if all(len(set(found)) == len(found) and None not in found for found in named.values()):
        en_of = dict(zip(named["en"], page["en"], strict=True))
        vi_of = dict(zip(named["vi"], page["vi"], strict=True))
        return ([(vi, en_of.get(k, "")) for k, vi in zip(named["vi"], page["vi"], strict=True)]
                + [("", en) for k, en in en_of.items() if k not in vi_of])
    return list(zip(page["vi"], page["en"], strict=True))


def _named(entry: str, articles: list[dict], lang: str) -> int | None:
    """The one article whose ``lang`` title the contents entry holds, else None."""
    text = _norm(entry).casefold()
    found = [k for k, a in enumerate(articles)
             if a["title"][lang] and _norm(a["title"][lang]).casefold() in text]
    return found[0] if len(found) == 1 else None


def _caption_matches(out: Caption, truth: dict, fuzzy: bool) -> bool:
    # both credits null: a collected photo; one null: a caption printed in one language only
    collected = truth["credit"] is None and truth["credit_en"] is None
    credit = COLLECTED_VI if collected else truth["credit"]
    credit_en = COLLECTED_EN if collected else truth["credit_en"]
    return (_same(out.vi, truth["vi"], fuzzy) and _same(out.en, truth["en"], fuzzy)
            and _same(out.credit, credit, fuzzy) and _same(out.credit_en, credit_en, fuzzy))
