"""Build the article records from paired drafts, aligned paragraphs and captions.

* ids: ``<first 16 hex of the document sha256>-p<first page>-<rank on that page>``,
  so they are stable for a document and never built from its text;
* each caption goes to the article whose blocks sit nearest to it (reading
  order) on the caption's page; captions of a page without any article (a
  photo page) make an untitled, unpaired record of their own;
* confidence of an article: half the pairing score (scaled so 0.6 and more
  counts as sure), half the length-weighted mean confidence of its paragraph
  links; an article without a twin gets ``UNPAIRED_CONFIDENCE``.

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from magpipe.align.articles import ArticlePiece, Draft
from magpipe.align.caption_halves import CaptionDraft, pair_in_order
from magpipe.align.contents import ContentsPair, record_entries
from magpipe.align.credit_names import credits_match
from magpipe.align.leftout import (
    article_left_out,
    caption_left_out,
    contents_left_out,
    intro_left_out,
    paragraph_left_out,
)
from magpipe.align.lone_intros import first_left_alone
from magpipe.align.pairing import Pair
from magpipe.align.paragraphs import Link, align_paragraphs
from magpipe.align.sections import note_mark, numbered_heading
from magpipe.align.summaries import summary_intro, summary_links
from magpipe.artifacts.layout import Role, SplitArtifact
from magpipe.artifacts.pages import DocumentInfo
from magpipe.artifacts.records import (
    CONTENTS,
    Article,
    Bilingual,
    Caption,
    LeftOut,
    ParagraphLink,
    Source,
)

log = logging.getLogger(__name__)

UNPAIRED_CONFIDENCE = 0.3
# a one-sided intro is read as a lead paragraph only when linked this surely (see
# _lone_intro_linked; the review page's threshold of a doubtful link)
INTRO_LINK_MIN = 0.5
SURE_PAIR_SCORE = 0.6
# a section heading or a footnote linked with its twin by the same number or mark (both sides
# number them in one sequence, so the same number is the same item but for a skipped one)
NUMBERED_LINK_CONFIDENCE = 0.9
_ISSUE = (
    (re.compile(r"\bQu[ýy]\s+(I{1,3}|IV)\s*[/.-]\s*(\d{4})", re.I), "roman"),
    (re.compile(r"\bQ([1-4])\s*[/.-]\s*(\d{4})"), "q"),
    (re.compile(r"\b(?:Số|No\.?|Issue)\s+(\d{1,3}\s*[/.-]\s*\d{4})", re.I), "number"),
)


@dataclass(frozen=True)
class IssueInfo:
    issue: str | None
    date: str | None


def find_issue(artifact: SplitArtifact) -> IssueInfo:
    """The issue (``Q4/2025``, ``12/2025``) as printed in running headers or on the first page."""
    texts = [b.text for p in artifact.pages for b in p.blocks if b.role == Role.HEADER]
    texts += [b.text for b in artifact.pages[0].blocks] if artifact.pages else []
    for text in texts:
        for pattern, kind in _ISSUE:
            m = pattern.search(text)
            if not m:
                continue
            if kind == "roman":
                quarter = {"I": 1, "II": 2, "III": 3, "IV": 4}[m.group(1).upper()]
                return IssueInfo(f"Q{quarter}/{m.group(2)}", m.group(2))
            if kind == "q":
                return IssueInfo(f"Q{m.group(1)}/{m.group(2)}", m.group(2))
            issue = re.sub(r"\s+", "", m.group(1))
            return IssueInfo(issue, issue.split("/")[-1] if "/" in issue else None)
    return IssueInfo(None, None)


def _section(lang: str, *drafts: Draft | None) -> ArticlePiece | None:
    """The rubric half in ``lang``: from the draft of that language, else from its twin."""
    for d in drafts:
        for piece in d.sections if d else ():
            if piece.sources[0].lang == lang:
                return piece
    return None


def _sources(piece: ArticlePiece | None) -> tuple[Source, ...]:
    return piece.sources if piece else ()


def _text(piece: ArticlePiece | None) -> str | None:
    return piece.text if piece else None


def _links(vi: Draft | None, en: Draft | None
           ) -> tuple[tuple[ParagraphLink, ...], tuple[Source, ...], tuple[LeftOut, ...]]:
    vps = vi.paragraphs if vi else ()
    eps = en.paragraphs if en else ()
    links: tuple[Link, ...]
    if vi and en:
        both = ([p.text for p in vps], [p.text for p in eps])
        aligned = align_paragraphs(*both)
        links = summary_links(*both, aligned) or aligned              # (summaries)
    else:
        links = tuple(Link((i,), (), 0.0) for i in range(len(vps))) + tuple(
            Link((), (j,), 0.0) for j in range(len(eps)))
    out: list[ParagraphLink] = []
    unpaired: list[Source] = []
    left: list[LeftOut] = []
    for k, link in enumerate(links):
        vs = [vps[i] for i in link.vi]
        es = [eps[j] for j in link.en]
        out.append(ParagraphLink(
            vi="\n\n".join(p.text for p in vs) or None, en="\n\n".join(p.text for p in es) or None,
            confidence=link.confidence,
            vi_from=tuple(s for p in vs for s in p.sources),
            en_from=tuple(s for p in es for s in p.sources)))
        if not vs or not es:
            unpaired += [s for p in vs + es for s in p.sources]
        if vi and en and (not vs or not es):
            # the other side's paragraphs around its place: those of the links either side
            around = [x for n in (k - 1, k + 1) if 0 <= n < len(links)
                      for x in (links[n].en if vs else links[n].vi)]
            texts = [(eps if vs else vps)[x].text for x in around]
            left.append(paragraph_left_out((vs or es)[0], "vi" if vs else "en", texts))
    return tuple(out), tuple(unpaired), tuple(left)


def _lone_intro_linked(vi: Draft, en: Draft) -> tuple[Draft, Draft]:
    """An intro set apart on one side only (the other side's lead paragraph was read as body,
    as when OCR cannot see it is bold): taken as that side's first paragraph when the aligner
    then links it alone, 1-1, to the other side's first paragraph (or, with the paragraph
    after it, 2-1 or 1-2: the first piece of a paragraph broken at a turn) with a confidence
    of at least ``INTRO_LINK_MIN``; otherwise left as it was (a boxed note read as an
    intro)."""
    if (vi.intro is None) == (en.intro is None):
        return vi, en
    side = vi if vi.intro is not None else en
    assert side.intro is not None
    moved = replace(side, intro=None, paragraphs=(side.intro,) + side.paragraphs)
    new_vi, new_en = (moved, en) if side is vi else (vi, moved)
    links = align_paragraphs([p.text for p in new_vi.paragraphs],
                             [p.text for p in new_en.paragraphs])
    # an intro read apart from its own paragraph's rest (the paragraph broke at a column or
    # page turn and its first piece was taken for an intro) links 2-1 (or 1-2) with that rest
    joined = "2-1" if side is vi else "1-2"
    if links and links[0].kind in ("1-1", joined) and links[0].confidence >= INTRO_LINK_MIN or \
            first_left_alone([p.text for p in vi.paragraphs], [p.text for p in en.paragraphs],
                             side.lang, links):                             # (lone_intros)
        log.debug("a one-sided intro linked as a paragraph (%.2f)", links[0].confidence)
        return new_vi, new_en
    return vi, en


def _numbered(vi: tuple[ArticlePiece, ...], en: tuple[ArticlePiece, ...],
              key: Callable[[str], str | None]) -> tuple[ParagraphLink, ...]:
    """Headings or notes of the two languages linked by their number or mark, in the
    Vietnamese order; those without a twin alone, the English ones after."""
    left = list(en)
    out: list[ParagraphLink] = []
    for v in vi:
        k = key(v.text)
        twin = next((e for e in left if k is not None and key(e.text) == k), None)
        if twin is not None:
            left.remove(twin)
        out.append(ParagraphLink(v.text, twin.text if twin else None,
                                 NUMBERED_LINK_CONFIDENCE if twin else 0.0, v.sources,
                                 twin.sources if twin else ()))
    out += [ParagraphLink(None, e.text, 0.0, (), e.sources) for e in left]
    return tuple(out)


def _heads(d: Draft | None) -> tuple[ArticlePiece, ...]:
    return tuple(p for _, p in d.headings) if d else ()


def _confidence(pair: Pair, links: tuple[ParagraphLink, ...]) -> float:
    if pair.vi is None or pair.en is None:
        return UNPAIRED_CONFIDENCE
    weights = [len(p.vi or "") + len(p.en or "") for p in links]
    mean = (sum(w * p.confidence for w, p in zip(weights, links, strict=True)) / sum(weights)
            if sum(weights) else 0.0)
    return round(0.5 * min(1.0, pair.score / SURE_PAIR_SCORE) + 0.5 * mean, 3)


def assign_captions(pairs: tuple[Pair, ...], captions: tuple[CaptionDraft, ...]
                    ) -> tuple[dict[int, list[CaptionDraft]], list[CaptionDraft]]:
    """Captions per pair index, and captions on pages that hold no article."""
    by_pair: dict[int, list[CaptionDraft]] = {}
    homeless: list[CaptionDraft] = []
    # (stream position, pair index) of the article blocks on each page, in pair order:
    # a caption looks only at its own page's, so a long document costs no more per page
    on_page: dict[int, list[tuple[int, int]]] = {}
    for k, pair in enumerate(pairs):
        for draft in (pair.vi, pair.en):
            if draft is not None:
                for page, order in draft.positions:
                    on_page.setdefault(page, []).append((order, k))
    for cap in captions:
        best: tuple[int, int] | None = None
        for order, k in on_page.get(cap.page, ()):
            if best is None or abs(order - cap.order) < best[0]:
                best = (abs(order - cap.order), k)
        if best is None:
            homeless.append(cap)
        else:
            by_pair.setdefault(best[1], []).append(cap)
    return by_pair, homeless


def _caption(c: CaptionDraft) -> Caption:
    confidence = c.match if c.vi and c.en else 0.5
    if c.credit and c.credit_en:
        confidence = confidence if credits_match(c.credit, c.credit_en) else confidence * 0.5
    return Caption(vi=c.vi, en=c.en, credit=c.credit, credit_en=c.credit_en, page=c.page,
                   box=c.box, confidence=confidence, sources=c.sources, photos=c.photos)


def _contents_article(doc: DocumentInfo, issue: IssueInfo, pair: ContentsPair,
                      rank: Counter[int]) -> Article:
    """A contents page and its twin as one record: the headings as its title, each entry
    pair as a paragraph link (confidence: the entries' score)."""
    pages = sorted({p.page for p in (pair.vi, pair.en) if p})
    rank[pages[0]] += 1
    heads = tuple(p.heading for p in (pair.vi, pair.en) if p and p.heading)
    links = tuple(ParagraphLink(vi=v.text if v else None, en=e.text if e else None,
                                confidence=score if v and e else 0.0,
                                vi_from=v.sources if v else (), en_from=e.sources if e else ())
                  for v, e, score in pair.links)
    sure = [link.confidence for link in links if link.vi and link.en]
    return Article(
        id=f"{doc.sha256[:16]}-p{pages[0]}-{rank[pages[0]]}", source=doc.path, sha256=doc.sha256,
        issue=issue.issue, date=issue.date, pages=tuple(pages), section=Bilingual(),
        title=Bilingual(pair.vi.heading_text if pair.vi else None,
                        pair.en.heading_text if pair.en else None),
        byline=Bilingual(), paragraphs=links, captions=(),
        unpaired=tuple(s for link in links if not (link.vi and link.en)
                       for s in link.vi_from + link.en_from),
        title_from=heads, paired=bool(pair.vi and pair.en),
        confidence=round(sum(sure) / len(links), 3) if sure else UNPAIRED_CONFIDENCE,
        kind=CONTENTS, left_out=contents_left_out(pair))


def build_articles(doc: DocumentInfo, issue: IssueInfo, pairs: tuple[Pair, ...],
                   captions: tuple[CaptionDraft, ...], contents: tuple[ContentsPair, ...] = ()
                   ) -> tuple[Article, ...]:
    by_pair, homeless = assign_captions(pairs, captions)
    rank: Counter[int] = Counter()
    articles: list[Article] = [_contents_article(doc, issue, c, rank) for c in contents]
    first_pair = len(articles)      # the records of ``pairs`` follow, in order
    entries: list[tuple[Pair | None, list[CaptionDraft]]] = [
        (pair, pair_in_order(by_pair.get(k, [])) if pair.vi and pair.en else by_pair.get(k, []))
        for k, pair in enumerate(pairs)]
    lone = [c for _, cs in entries for c in cs if not (c.vi and c.en)] + [
        c for c in homeless if not (c.vi and c.en)]
    homeless_by_page: dict[int, list[CaptionDraft]] = {}
    for c in homeless:
        homeless_by_page.setdefault(c.page, []).append(c)
    entries += [(None, homeless_by_page[page]) for page in sorted(homeless_by_page)]
    for pair, caps in entries:
        vi, en = (pair.vi, pair.en) if pair else (None, None)
        if vi and en:
            vi, en = _lone_intro_linked(*summary_intro(vi, en))          # (summaries)
        pages = sorted({p for d in (vi, en) if d for p in d.pages} | {c.page for c in caps})
        first = pages[0] if pages else 0
        rank[first] += 1
        links, unpaired, left = _links(vi, en)
        if pair is not None and (vi is None or en is None):
            left = (article_left_out(pair),)
        elif vi and en:
            intro = intro_left_out(vi, en)
            left += (intro,) if intro else ()
        left += tuple(caption_left_out(c, lone) for c in caps if not (c.vi and c.en))
        section_vi, section_en = _section("vi", vi, en), _section("en", en, vi)
        if pair is not None and (vi is None or en is None):
            unpaired = tuple(s for d in (vi, en) if d for p in (
                d.title, d.intro, *d.paragraphs, d.byline, d.label, d.keywords, *_heads(d),
                *d.notes) for s in _sources(p))
        articles.append(Article(
            id=f"{doc.sha256[:16]}-p{first}-{rank[first]}", source=doc.path, sha256=doc.sha256,
            issue=issue.issue, date=issue.date, pages=tuple(pages),
            section=Bilingual(_text(section_vi), _text(section_en)),
            title=Bilingual(_text(vi.title if vi else None), _text(en.title if en else None)),
            byline=Bilingual(_text(vi.byline if vi else None), _text(en.byline if en else None)),
            paragraphs=links, captions=tuple(_caption(c) for c in caps), unpaired=unpaired,
            title_from=_sources(vi.title if vi else None) + _sources(en.title if en else None),
            paired=bool(vi and en),
            confidence=_confidence(pair, links) if pair else UNPAIRED_CONFIDENCE,
            intro=Bilingual(_text(vi.intro if vi else None), _text(en.intro if en else None)),
            intro_from=_sources(vi.intro if vi else None) + _sources(en.intro if en else None),
            section_from=_sources(section_vi) + _sources(section_en),
            byline_from=_sources(vi.byline if vi else None) + _sources(en.byline if en else None),
            left_out=left,
            label=Bilingual(_text(vi.label if vi else None), _text(en.label if en else None)),
            label_from=_sources(vi.label if vi else None) + _sources(en.label if en else None),
            keywords=Bilingual(_text(vi.keywords if vi else None),
                               _text(en.keywords if en else None)),
            keywords_from=(_sources(vi.keywords if vi else None)
                           + _sources(en.keywords if en else None)),
            headings=_numbered(_heads(vi), _heads(en), numbered_heading),
            notes=_numbered(vi.notes if vi else (), en.notes if en else (), note_mark),
        ))
    # each contents entry with the record of the article it names
    ids = {k: articles[first_pair + k].id for k in range(len(pairs))}
    articles[:first_pair] = [replace(a, entries=record_entries(c, ids))
                             for a, c in zip(articles[:first_pair], contents, strict=True)]
    return tuple(articles)
