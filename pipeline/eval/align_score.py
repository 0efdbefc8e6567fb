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
  ``Collected photo`` caption, whose record keeps those marks as the credits, and for a
  caption printed with no credit at all (``voxpop``'s portraits), whose record has none:
  null credits match either.

Pairing and links by the text (beside the figures above, which they do not change): a truth
article is ``paired_by_body`` when one output article holds most (more than half) of its
Vietnamese paragraphs and most of its English ones, whatever its titles read: a display title
OCR misreads loses the title pairing, not this one. ``links_right_body`` counts the paragraph
links as above, except that a truth article no output title names is looked for by its body
too (its links are otherwise all lost). A paragraph is held when one output paragraph of the
same language matches it (as the links do) or, being longer, contains it (a 2-1 link joins
two). An article with no paragraphs is paired by body when it is paired by its titles.

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
    paired_by_body: int = 0       # one output article holds most of both sides' paragraphs
    links_right_body: int = 0     # links_right, finding untitled articles by their body too

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
        return f1_of(self.links_right, self.links_output, self.links_truth)

    @property
    def pairing_by_body(self) -> float:
        return self.paired_by_body / self.articles if self.articles else 0.0

    @property
    def f1_by_body(self) -> float:
        return f1_of(self.links_right_body, self.links_output, self.links_truth)

    @property
    def caption_accuracy(self) -> float:
        return self.captions_right / self.captions if self.captions else 0.0

    @property
    def caption_exact_accuracy(self) -> float:
        return self.captions_exact / self.captions if self.captions else 0.0


def f1_of(right: int, output: int, truth: int) -> float:
    """F1 of ``right`` links among ``output`` links against ``truth`` links."""
    p = right / output if output else 0.0
    r = right / truth if truth else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


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
    titled: list[bool] = []
    for t in truth["articles"]:
        out = _find(t, articles, fuzzy, taken)
        titled.append(out is not None and _same(out.title.vi, t["title"]["vi"], fuzzy)
                      and _same(out.title.en, t["title"]["en"], fuzzy))
        if out is None:
            continue
        paired_right += titled[-1]
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
        captions_exact=captions_exact, **_contents(contents, truth, fuzzy),
        **_by_body(truth["articles"], articles, titled, fuzzy))


def _by_body(truths: list[dict], articles: tuple[Article, ...], titled: list[bool],
             fuzzy: bool) -> dict[str, int]:
    """``paired_by_body`` and ``links_right_body`` (module docstring). Each walk keeps its own
    set of output articles already taken, so that one output article merging two truth
    articles pairs only the first, and neither walk changes the title figures."""
    paired = links = 0
    taken_pair: set[int] = set()
    taken_links: set[int] = set()
    for t, by_title in zip(truths, titled, strict=True):
        has_body = any(_paragraphs(t, lang) for lang in ("vi", "en"))
        paired += _holder(t, articles, fuzzy, taken_pair) is not None if has_body else by_title
        out = _find(t, articles, fuzzy, taken_links) or _holder(t, articles, fuzzy, taken_links)
        if out is not None:
            wanted = _truth_links(t)
            links += sum(any(_same(p_vi, vi, fuzzy) and _same(p_en, en, fuzzy)
                             for vi, en in wanted) for p_vi, p_en, _ in _output_links(out))
    return {"paired_by_body": paired, "links_right_body": links}


def _paragraphs(t: dict, lang: str) -> list[str]:
    """The truth article's paragraphs in ``lang`` (its intro first), one by one."""
    found = [t["intro"][lang]] if t.get("intro") and t["intro"].get(lang) else []
    found += [p for link in t["paragraphs"] for p in link[lang]]
    return [p for p in found if _norm(p)]


def _holder(t: dict, articles: tuple[Article, ...], fuzzy: bool,
            taken: set[int]) -> Article | None:
    """The output article holding most of the truth article's paragraphs on each side that has
    any (the one holding the most of them where several do), of those not taken yet."""
    best, most = None, 0
    for k, a in enumerate(articles):
        if k in taken:
            continue
        held = 0
        for lang in ("vi", "en"):
            wanted = _paragraphs(t, lang)
            if not wanted:
                continue
            mine = [text for text in (getattr(link, lang) for link in (a.intro, *a.paragraphs))
                    if text]
            count = sum(any(_holds(text, p, fuzzy) for text in mine) for p in wanted)
            if 2 * count <= len(wanted):
                break
            held += count
        else:
            if held > most:
                best, most = k, held
    if best is None:
        return None
    taken.add(best)
    return articles[best]


def _holds(text: str, paragraph: str, fuzzy: bool) -> bool:
    """An output paragraph ``text`` holds a truth paragraph: the same (as links compare), or
    longer and containing it (exactly; fuzzily, a best-matching stretch of ratio at least
    ``FUZZY_RATIO`` without marks and case)."""
    if _same(text, paragraph, fuzzy):
        return True
    x, y = _norm(paragraph), _norm(text)
    if len(y) <= len(x):
        return False
    if not fuzzy:
        return x in y
    return fuzz.partial_ratio(unmarked(x), unmarked(y), score_cutoff=FUZZY_RATIO) > 0


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
    # both credits null: a collected photo (its marks are the record's credits) or a caption
    # printed with no credit at all (a newsletter's own portraits: the record has none); one
    # null: a caption printed in one language only
    if not (_same(out.vi, truth["vi"], fuzzy) and _same(out.en, truth["en"], fuzzy)):
        return False
    if truth["credit"] is None and truth["credit_en"] is None:
        return (out.credit is None and out.credit_en is None) or (
            _same(out.credit, COLLECTED_VI, fuzzy) and _same(out.credit_en, COLLECTED_EN, fuzzy))
    return _same(out.credit, truth["credit"], fuzzy) and \
        _same(out.credit_en, truth["credit_en"], fuzzy)
