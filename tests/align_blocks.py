"""Small split artifacts for the align tests, written as lists of (lang, role, text) per page."""

from __future__ import annotations

from magpipe.artifacts import Block, DocumentInfo, PageLayout, SplitArtifact

SHA = "0123456789abcdef" * 4


def make_split(pages: list[list[tuple]], name: str = "tiny") -> SplitArtifact:
    """A SplitArtifact whose blocks, (lang, role, text) or (lang, role, text, box), are
    stacked down each page in the order given unless they bring their own box."""
    layouts = []
    for n, blocks in enumerate(pages, 1):
        made = tuple(
            Block(id=f"p{n}-b{i}", page=n, text=item[2], lang=item[0], role=item[1],
                  box=item[3] if len(item) > 3 else (40.0, 50.0 + 20 * i, 500.0, 65.0 + 20 * i))
            for i, item in enumerate(blocks))
        layouts.append(PageLayout(number=n, width=538.6, height=765.4, columns=(), blocks=made))
    doc = DocumentInfo(path=f"in/{name}.pdf", name=name, sha256=SHA, page_count=len(pages))
    return SplitArtifact(doc=doc, pages=tuple(layouts))
