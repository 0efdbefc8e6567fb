"""The review page with the page images: read, check and correct one aligned document.

``DIR/<doc>/review.html`` plus ``DIR/<doc>/pages/page-NNNN.jpg`` (each page the review page
shows rendered once, by PDFium): the folder works offline as it is. Per article, one row per link
(title, section, label, intro, paragraphs, keywords, byline, captions): the Vietnamese and
English text beside a crop of each page where each came from (two halves of a pair printed on
different pages, or a paragraph carried over to the next page, show each page), its boxes
drawn. Links under
``LOW_CONFIDENCE`` and articles without a twin are highlighted and say so in words;
words the repair stage changed are marked, the OCR reading in their tooltip.

Keys: ``j``/``k`` next/previous row, ``n``/``p`` next/previous low-confidence row,
``e`` or Enter edit the row's Vietnamese text (``E`` the English), Esc stop editing,
``s`` save the corrections. Every text cell can be edited; the page keeps the changes
and saves them as ``<doc>.corrections.json`` (see ``magpipe.archive.corrections``).
All document text is escaped; the only script is the page's own.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from magpipe.archive.corrections import FORMAT, FORMAT_VERSION
from magpipe.archive.page_images import (  # noqa: F401 - the review page's names for them
    IMAGE_DIR,
    PageImage,
    render_page_images,
)
from magpipe.artifacts import AlignArtifact, Article, RepairArtifact, Source
from magpipe.batch.review import LOW_CONFIDENCE, half_photos, left_out_html

CROP_MARGIN = 6.0             # points of page shown around the boxes of a crop
_WORD = re.compile(r"\w+", re.UNICODE)


def repaired_words(words: RepairArtifact) -> dict[int, dict[str, str]]:
    """Per page, each word form the repair stage wrote and the OCR reading it replaced."""
    out: dict[int, dict[str, str]] = {}
    for c in words.changes:
        if c.after != c.before:
            out.setdefault(c.page, {}).setdefault(c.after, c.before)
    return out


@dataclass(frozen=True)
class RepairMarks:
    """What the review page needs of the repair artifact: the words changed and the pages
    read turned (small, so a document job keeps this instead of the artifact with every
    word)."""

    repaired: dict[int, dict[str, str]]
    # per page read turned (``Page.rotation``: a text layer set turned, an OCR's turned
    # image), the degrees clockwise: its words' boxes are in the frame of the page turned
    # upright, so its image is drawn turned alike (``render_page_images``)
    turns: dict[int, int] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, words: RepairArtifact) -> RepairMarks:
        return cls(repaired_words(words),
                   {p.number: p.rotation % 360 for p in words.pages if p.rotation % 360})


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _marked(text: str, repaired: dict[str, str]) -> str:
    """``text`` escaped, the words repair changed wrapped in ``<mark class="repaired">``."""
    out, pos = [], 0
    for m in _WORD.finditer(text):
        before = repaired.get(m.group())
        if before is None:
            continue
        out += [_e(text[pos:m.start()]), f'<mark class="repaired" title="OCR read: '
                f'{_e(before)}">{_e(m.group())}</mark>']
        pos = m.end()
    out.append(_e(text[pos:]))
    return "".join(out)


def _pct(value: float) -> str:
    return f"{value:.3f}%"


def _crop(sources: tuple[Source, ...], images: dict[int, PageImage]) -> str:
    """A crop around the boxes of each page the text comes from, in the text's order (a
    paragraph carried over to the next page, or down the next column, shows both places),
    the boxes drawn over it."""
    pages = [n for n in dict.fromkeys(s.page for s in sources) if n in images]
    return "".join(_page_crop([s.box for s in sources if s.page == n], images[n])
                   for n in pages)


def _page_crop(boxes: list[tuple[float, float, float, float]], img: PageImage) -> str:
    x0 = max(min(b[0] for b in boxes) - CROP_MARGIN, 0.0)
    y0 = max(min(b[1] for b in boxes) - CROP_MARGIN, 0.0)
    x1 = min(max(b[2] for b in boxes) + CROP_MARGIN, img.width)
    y1 = min(max(b[3] for b in boxes) + CROP_MARGIN, img.height)
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    drawn = "".join(
        f'<div class="box" style="left:{_pct(100 * (b[0] - x0) / w)};'
        f'top:{_pct(100 * (b[1] - y0) / h)};width:{_pct(100 * (b[2] - b[0]) / w)};'
        f'height:{_pct(100 * (b[3] - b[1]) / h)}"></div>' for b in boxes)
    return (f'<div class="crop" data-page="{img.number}" style="aspect-ratio:{w:.1f}/{h:.1f}">'
            f'<img src="{_e(img.file)}" alt="page {img.number}" loading="lazy" '
            f'style="width:{_pct(100 * img.width / w)};left:{_pct(-100 * x0 / w)};'
            f'top:{_pct(-100 * y0 / h)}">{drawn}</div>'
            f'<span class="where">p.&nbsp;{img.number}</span>')


def _cell(a: Article, field: str, index: int, lang: str, text: str | None,
          sources: tuple[Source, ...], images: dict[int, PageImage],
          repaired: dict[int, dict[str, str]]) -> str:
    page = sources[0].page if sources else 0
    body = _marked(text or "", repaired.get(page, {}) if lang == "vi" else {})
    return (f'<td lang="{lang}" class="side">{_crop(sources, images)}'
            f'<div class="text" contenteditable="plaintext-only" spellcheck="false" '
            f'data-article="{_e(a.id)}" data-field="{field}" data-index="{index}" '
            f'data-lang="{lang}">{body}</div></td>')


def _split(sources: tuple[Source, ...]) -> tuple[tuple[Source, ...], tuple[Source, ...]]:
    return (tuple(s for s in sources if s.lang != "en"),
            tuple(s for s in sources if s.lang == "en"))


def _rows(a: Article, images, repaired) -> list[str]:
    rows = []

    def row(label, field, index, vi, en, vi_from, en_from, confidence=None, named=""):
        low = confidence is not None and confidence < LOW_CONFIDENCE
        conf = "" if confidence is None else f"{confidence:.2f}" + (" low confidence" if low
                                                                    else "")
        data = "" if confidence is None else f' data-confidence="{confidence:.3f}"'
        rows.append(f'<tr class="link{" low" if low else ""}" tabindex="-1"{data}>'
                    f'<td class="kind">{_e(label)}{named}</td>'
                    + _cell(a, field, index, "vi", vi, vi_from, images, repaired)
                    + _cell(a, field, index, "en", en, en_from, images, repaired)
                    + f'<td class="conf">{_e(conf)}</td></tr>')

    for field, pair, sources in (("title", a.title, a.title_from),
                                 ("section", a.section, a.section_from),
                                 ("label", a.label, a.label_from),
                                 ("intro", a.intro, a.intro_from)):
        if pair.vi or pair.en or field == "title":
            row(field, field, 0, pair.vi, pair.en, *_split(sources))
    for k, p in enumerate(a.paragraphs):
        if k < len(a.entries):      # a contents entry pair: the pages it points to, the article
            e = a.entries[k]
            pages = " / ".join("–" if n is None else str(n) for n in (e.page_vi, e.page_en))
            named = (f'<br><a class="named" href="#{_e(e.article)}">article</a>' if e.article
                     else '<br><span class="named">no article</span>')
            row(f"entry {k + 1}, p. {pages}", "paragraph", k, p.vi, p.en, p.vi_from, p.en_from,
                p.confidence, named)
        else:
            row(f"¶{k + 1}", "paragraph", k, p.vi, p.en, p.vi_from, p.en_from, p.confidence)
    for field, pair, sources in (("keywords", a.keywords, a.keywords_from),
                                 ("byline", a.byline, a.byline_from)):
        if pair.vi or pair.en:
            row(field, field, 0, pair.vi, pair.en, *_split(sources))
    for k, c in enumerate(a.captions):
        vi_src, en_src = _split(c.sources or (Source(c.page, c.box, ""),))
        en_src = en_src or vi_src
        row("caption", "caption", k, c.vi, c.en, vi_src + half_photos(c, vi_src),
            en_src + half_photos(c, en_src), c.confidence)
    return rows


def _article(a: Article, images, repaired) -> str:
    heading = " / ".join(_e(t) for t in (a.title.vi, a.title.en) if t) or "(untitled)"
    state = "paired" if a.paired else "UNPAIRED: no twin found in the other language"
    return (f'<article id="{_e(a.id)}" class="{"paired" if a.paired else "unpaired"}">'
            f'<h2>{heading}</h2><p class="meta">{_e(state)}; pages '
            f'{_e(", ".join(map(str, a.pages)))}; confidence {a.confidence:.2f}</p>'
            '<table class="pair"><thead><tr><th class="kind"></th><th lang="vi">Tiếng Việt</th>'
            '<th lang="en">English</th><th class="conf">confidence</th></tr></thead><tbody>'
            + "".join(_rows(a, images, repaired)) + "</tbody></table>" + left_out_html(a)
            + "</article>")


def build_review(artifact: AlignArtifact, images: dict[int, PageImage],
                 repaired: dict[int, dict[str, str]], align_sha256: str = "") -> str:
    """The review page of one document, as one HTML string (images referenced, not inlined)."""
    return "".join(review_pieces(artifact, images, repaired, align_sha256))


def review_pieces(artifact: AlignArtifact, images: dict[int, PageImage],
                  repaired: dict[int, dict[str, str]], align_sha256: str = ""
                  ) -> Iterator[str]:
    """:func:`build_review` in pieces, an article at a time (a bound volume's page is never
    one string in memory)."""
    doc, arts = artifact.doc, artifact.articles
    low = sum(1 for a in arts for p in a.paragraphs if p.confidence < LOW_CONFIDENCE)
    marks = sum(len(v) for v in repaired.values())
    # raw text inside <script>: entities are not decoded there, so only "<" is escaped
    meta = json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "doc": doc.name,
                       "align_sha256": align_sha256}).replace("<", "\\u003c")
    toc = "".join(f'<li><a href="#{_e(a.id)}">{_e(a.title.vi or a.title.en or a.id)}</a></li>'
                  for a in arts)
    yield ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
           f"<title>Review: {_e(doc.name)}</title><style>{_CSS}</style></head><body>"
           f"<header><h1>Review: {_e(doc.name)}</h1><p class=\"summary\">{len(arts)} articles, "
           f"{sum(a.paired for a in arts)} paired, {low} low-confidence paragraph links, "
           f"{marks} repaired word forms marked</p><p class=\"keys\">Keys: j/k row, n/p "
           "low-confidence row, e/E edit Vietnamese/English, Esc stop editing, s save "
           "corrections</p><p><button id=\"save\" type=\"button\">Save corrections</button> "
           "<span id=\"count\">0 corrections</span></p></header>"
           f"<ol class=\"toc\">{toc}</ol>")
    for a in arts:
        yield _article(a, images, repaired)
    yield ("<h2>Corrections</h2><pre id=\"corrections\">[]</pre>"
           f"<script type=\"application/json\" id=\"meta\">{meta}</script>"
           f"<script>{_JS}</script></body></html>\n")


def shown_pages(artifact: AlignArtifact) -> set[int]:
    """The pages the review page shows crops of: each article's pages, and the pages of each
    caption half and of the photos beside it (a caption's twin, or its photo, may sit on a
    page that holds none of its article's text)."""
    return ({n for a in artifact.articles for n in a.pages}
            | {s.page for a in artifact.articles for c in a.captions for s in c.sources}
            | {ph.page for a in artifact.articles for c in a.captions for ph in c.photos})


_CSS = """
body{font-family:"DejaVu Serif",Georgia,serif;margin:1.5em;max-width:90em;color:#111}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table.pair{border-collapse:collapse;width:100%}
table.pair td,table.pair th{border:1px solid #ccc;padding:.4em;vertical-align:top}
td.side{width:44%}td.kind,th.kind{font-family:sans-serif;font-size:.8em;color:#555;width:4em}
td.conf,th.conf{width:6em;text-align:center;font-family:sans-serif}
tr.low td{background:#ffe0e0}tr.low td.conf{font-weight:bold;color:#a00}
div.left-out{font-family:sans-serif;font-size:.85em;background:#fff8e0;padding:.2em .8em}
tr.current{outline:3px solid #36c}article.unpaired h2{background:#fff3c4}
.crop{position:relative;overflow:hidden;width:100%;max-width:36em;border:1px solid #999;
 background:#fff}
.crop img{position:absolute;max-width:none;height:auto}
.crop .box{position:absolute;outline:2px solid rgba(220,40,40,.8)}
.where{font-family:sans-serif;font-size:.75em;color:#36c}
.text{white-space:pre-wrap;margin-top:.3em;padding:.2em;min-height:1.2em}
.text:focus{outline:2px solid #36c;background:#f4f8ff}.text.changed{background:#e6ffe6}
mark.repaired{background:#fff2a8;border-bottom:1px dotted #a80}
"""

_JS = r"""
(() => {
  const meta = JSON.parse(document.getElementById('meta').textContent);
  const rows = [...document.querySelectorAll('tr.link')];
  const cells = [...document.querySelectorAll('.text[data-field]')];
  const original = new Map(cells.map(c => [c, c.innerText]));
  const changes = new Map();
  let current = -1;
  const key = c => [c.dataset.article, c.dataset.field, c.dataset.index, c.dataset.lang].join('|');
  function show(i) {
    if (!rows.length) return;
    if (current >= 0) rows[current].classList.remove('current');
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows[current].classList.add('current');
    rows[current].focus({preventScroll: true});
    rows[current].scrollIntoView({block: 'center'});
  }
  function nextLow(step) {
    for (let i = current + step; i >= 0 && i < rows.length; i += step)
      if (rows[i].classList.contains('low')) return show(i);
  }
  function refresh() {
    const list = [...changes.values()];
    document.getElementById('count').textContent = list.length + ' corrections';
    document.getElementById('corrections').textContent = JSON.stringify(list, null, 1);
    return list;
  }
  for (const c of cells) c.addEventListener('input', () => {
    const before = original.get(c), after = c.innerText;
    c.classList.toggle('changed', after !== before);
    if (after === before) changes.delete(key(c));
    else changes.set(key(c), {article: c.dataset.article, field: c.dataset.field,
      index: Number(c.dataset.index), lang: c.dataset.lang, before, after});
    refresh();
  });
  function save() {
    const data = {format: meta.format, version: meta.version, doc: meta.doc,
                  align_sha256: meta.align_sha256, corrections: refresh()};
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)],
                                          {type: 'application/json'}));
    a.download = meta.doc + '.corrections.json';
    document.body.appendChild(a); a.click(); a.remove();
  }
  document.getElementById('save').addEventListener('click', save);
  document.addEventListener('keydown', ev => {
    const editing = ev.target.isContentEditable;
    if (editing) { if (ev.key === 'Escape') { ev.target.blur(); show(current); } return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const acts = {j: () => show(current + 1), ArrowDown: () => show(current + 1),
      k: () => show(current - 1), ArrowUp: () => show(current - 1),
      n: () => nextLow(1), p: () => nextLow(-1), s: save,
      e: () => edit('vi'), Enter: () => edit('vi'), E: () => edit('en')};
    if (acts[ev.key]) { ev.preventDefault(); acts[ev.key](); }
  });
  function edit(lang) {
    if (current < 0) show(0);
    const cell = rows[current].querySelector('.text[data-lang="' + lang + '"]');
    if (cell) { cell.focus(); document.getSelection().selectAllChildren(cell); }
  }
  document.body.dataset.ready = '1';
})();
"""
