"""A static HTML review page for one aligned document.

One self-contained file (inline CSS, no script): per article, the Vietnamese
and English text side by side, one row per link (title, section, intro,
paragraphs, byline, captions, each half of a caption with the photos it sits by; a contents
page and its twin, one row per entry). Links
under ``LOW_CONFIDENCE`` and articles without a twin are highlighted and say so in words;
each article lists what was left without a twin, with the reason and confidence. Every
piece of text carries ``data-page`` and ``data-box`` attributes and a ``p. N`` link to the
list of the page's source boxes at the end of the file. All text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from magpipe.artifacts.records import CONTENTS, AlignArtifact, Article, Caption, Source

LOW_CONFIDENCE = 0.5

_CSS = """
body{font-family:"DejaVu Serif",Georgia,serif;margin:1.5em;max-width:80em;color:#111}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table.pair{border-collapse:collapse;width:100%}
table.pair td,table.pair th{border:1px solid #ccc;padding:.4em;vertical-align:top;width:45%}
table.pair td.conf,table.pair th.conf{width:10%;text-align:center;font-family:sans-serif}
tr.low td{background:#ffe0e0}tr.low td.conf{font-weight:bold;color:#a00}
article.unpaired h2{background:#fff3c4}
table.pair td.kind,table.pair th.kind{font-family:sans-serif;font-size:.8em;color:#555;width:4em}
a.src{font-family:sans-serif;font-size:.75em;margin-left:.4em;color:#36c}
.missing{color:#999;font-style:italic}
section.page li{font-family:monospace;font-size:.8em}
div.left-out{font-family:sans-serif;font-size:.85em;background:#fff8e0;padding:.2em .8em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _box(box: Iterable[float]) -> str:
    return ",".join(f"{v:.1f}" for v in box)


def _piece(text: str | None, sources: tuple[Source, ...], lang: str,
           photos: tuple[Source, ...] = ()) -> str:
    if not text:
        return f'<td class="missing" lang="{lang}">—</td>'
    first = sources[0] if sources else None
    attrs = f' data-page="{first.page}" data-box="{_box(first.box)}"' if first else ""
    body = "<br>".join(_e(part) for part in text.split("\n\n"))
    refs = "".join(
        f'<a class="src" href="#page-{s.page}" data-page="{s.page}" data-box="{_box(s.box)}" '
        f'title="block {_e(s.block)}">p.&nbsp;{s.page}</a>'
        for s in dict.fromkeys(sources))
    refs += "".join(
        f'<a class="src photo" href="#page-{s.page}" data-page="{s.page}" '
        f'data-box="{_box(s.box)}" title="its photo">photo, p.&nbsp;{s.page}</a>'
        for s in dict.fromkeys(photos))
    return f'<td lang="{lang}"><span class="text"{attrs}>{body}</span>{refs}</td>'


def _row(kind: str, vi: str | None, en: str | None, vi_from: tuple[Source, ...],
         en_from: tuple[Source, ...], confidence: float | None = None,
         photos: tuple[tuple[Source, ...], tuple[Source, ...]] = ((), ())) -> str:
    low = confidence is not None and confidence < LOW_CONFIDENCE
    cls = ' class="low"' if low else ""
    conf = "" if confidence is None else f"{confidence:.2f}" + (" low confidence" if low else "")
    data = "" if confidence is None else f' data-confidence="{confidence:.3f}"'
    return (f'<tr{cls}{data}><td class="kind">{_e(kind)}</td>'
            f'{_piece(vi, vi_from, "vi", photos[0])}{_piece(en, en_from, "en", photos[1])}'
            f'<td class="conf">{_e(conf)}</td></tr>')


def half_photos(c: Caption, sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The photos shown beside a caption half (``sources``: the half's blocks): those on the
    half's pages that it (or the whole caption, ``lang`` empty) sits by; a half set apart (a
    box of captions) shows none. Both review pages show them: the text-only one as links, the
    one with page images in the half's crop."""
    lang = sources[0].lang if sources else ""
    pages = {s.page for s in sources}
    return tuple(Source(ph.page, ph.box, "photo", ph.lang) for ph in c.photos
                 if ph.page in pages and ph.lang in (lang, ""))


def _split(sources: tuple[Source, ...]) -> tuple[tuple[Source, ...], tuple[Source, ...]]:
    """Sources of the Vietnamese text and of the English text."""
    return (tuple(s for s in sources if s.lang != "en"),
            tuple(s for s in sources if s.lang == "en"))


def _article(a: Article) -> str:
    cls = "article" + ("" if a.paired else " unpaired")
    heading = " / ".join(_e(t) for t in (a.title.vi, a.title.en) if t) or "(untitled)"
    state = "paired" if a.paired else "UNPAIRED: no twin found in the other language"
    if a.kind == CONTENTS:
        state = "contents page" + (" and its twin" if a.paired else ", no twin found")
    rows = []
    rows.append(_row("title", a.title.vi, a.title.en, *_split(a.title_from)))
    if a.section.vi or a.section.en:
        rows.append(_row("section", a.section.vi, a.section.en, *_split(a.section_from)))
    if a.intro.vi or a.intro.en:
        rows.append(_row("intro", a.intro.vi, a.intro.en, *_split(a.intro_from)))
    for k, p in enumerate(a.paragraphs, 1):
        kind = f"¶{k} {len((p.vi or '').split(chr(10) * 2)) if p.vi else 0}-" \
               f"{len((p.en or '').split(chr(10) * 2)) if p.en else 0}"
        if a.kind == CONTENTS:
            kind = f"entry {k}"
        rows.append(_row(kind, p.vi, p.en, p.vi_from, p.en_from, p.confidence))
    for kind, pair, sources in (("label", a.label, a.label_from),
                                ("keywords", a.keywords, a.keywords_from),
                                ("byline", a.byline, a.byline_from)):
        if pair.vi or pair.en:
            rows.append(_row(kind, pair.vi, pair.en, *_split(sources)))
    for c in a.captions:
        vi = f"{c.vi or ''} (Ảnh: {c.credit})" if c.credit else c.vi
        en = f"{c.en or ''} (Photo: {c.credit_en})" if c.credit_en else c.en
        vi_src, en_src = _split(c.sources or (Source(c.page, c.box, ""),))
        en_src = en_src or vi_src
        rows.append(_row("caption", vi, en, vi_src, en_src, c.confidence,
                         (half_photos(c, vi_src), half_photos(c, en_src))))
    return (f'<article id="{_e(a.id)}" class="{cls}" data-kind="{_e(a.kind)}" '
            f'data-confidence="{a.confidence:.3f}">'
            f'<h2>{heading}</h2><p class="meta">{_e(state)}; pages '
            f'{_e(", ".join(map(str, a.pages)))}; confidence {a.confidence:.2f}; id {_e(a.id)}</p>'
            '<table class="pair"><thead><tr><th class="kind"></th><th lang="vi">Tiếng Việt</th>'
            '<th lang="en">English</th><th class="conf">confidence</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>" + left_out_html(a) + "</article>")


def left_out_html(a: Article) -> str:
    """The items left without a twin, each with its reason, confidence and pages."""
    if not a.left_out:
        return ""
    items = "".join(
        f'<li data-item="{_e(x.item)}" data-confidence="{x.confidence:.3f}" lang="{_e(x.lang)}">'
        f'{_e(x.item)} ({_e(x.lang)}): {_e(x.reason)}; sure {x.confidence:.2f}: '
        f'<q>{_e(x.text)}</q>'
        + "".join(f'<a class="src" href="#page-{s.page}" data-page="{s.page}" '
                  f'data-box="{_box(s.box)}">p.&nbsp;{s.page}</a>'
                  for s in dict.fromkeys(x.sources)) + "</li>"
        for x in a.left_out)
    return f'<div class="left-out"><h3>Left without a twin</h3><ul>{items}</ul></div>'


def _pages(artifact: AlignArtifact) -> str:
    by_page: dict[int, dict[str, Source]] = {}
    for a in artifact.articles:
        sources = (a.title_from + a.intro_from + a.section_from + a.byline_from
                   + tuple(s for p in a.paragraphs for s in p.vi_from + p.en_from)
                   + tuple(s for c in a.captions for s in c.sources)
                   + tuple(s for x in a.left_out for s in x.sources))
        for s in sources:
            by_page.setdefault(s.page, {})[s.block or _box(s.box)] = s
        for ph in (ph for c in a.captions for ph in c.photos):     # no block: named by box
            by_page.setdefault(ph.page, {})[f"photo {_box(ph.box)}"] = Source(
                ph.page, ph.box, "photo", ph.lang)
    parts = ['<h2>Source boxes by page</h2>']
    for page in sorted(by_page):
        items = "".join(f'<li data-box="{_box(s.box)}">{_e(s.block)}: box ({_box(s.box)})</li>'
                        for s in by_page[page].values())
        parts.append(f'<section class="page" id="page-{page}"><h3>Page {page}</h3>'
                     f'<ul>{items}</ul></section>')
    return "".join(parts)


def render_review(artifact: AlignArtifact) -> str:
    """The review page of one document, as one HTML string."""
    doc = artifact.doc
    arts = artifact.articles
    low = sum(1 for a in arts for p in a.paragraphs if p.confidence < LOW_CONFIDENCE)
    toc = "".join(f'<li><a href="#{_e(a.id)}">{_e(a.title.vi or a.title.en or a.id)}</a></li>'
                  for a in arts)
    summary = (f"{len(arts)} articles, {sum(a.paired for a in arts)} paired, "
               f"{low} low-confidence paragraph links")
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>Review: {_e(doc.name)}</title><style>{_CSS}</style></head><body>"
            f"<h1>Review: {_e(doc.name)}</h1><p class=\"summary\">{_e(summary)}</p>"
            f"<p class=\"doc\">Source {_e(doc.path)}, sha256 {_e(doc.sha256)}, "
            f"{doc.page_count} pages</p><ol class=\"toc\">{toc}</ol>"
            + "".join(_article(a) for a in arts) + _pages(artifact) + "</body></html>\n")
