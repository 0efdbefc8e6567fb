"""PDFium gives a hyphen that ends a line as U+FFFE and drops the line break after it
(``Mar\\ufffecelle``): the word before it ends a line, the next one starts the next line of
the same block (a generated side-by-side page, seed 1603, page 5, shows it on a name)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from extract_pdfs import _font
from magpipe.config import Config
from magpipe.extract import extract
from reportlab.pdfgen.canvas import Canvas

LINES = ["Phó Chủ tịch bày tỏ vui mừng được đón tiếp bà Mar-",
         "celle Torres Alves Okuno cùng phu quân đến khảo sát, xúc",
         "tiến hợp tác trên các lĩnh vực mà hai bên quan tâm."]


def test_a_line_end_hyphen_keeps_the_paragraph_in_one_block(tmp_path: Path) -> None:
    path = tmp_path / "hyphen.pdf"
    canvas = Canvas(str(path), pagesize=(420, 200), invariant=1)
    text = canvas.beginText(30, 160)
    text.setFont(_font(), 10)
    for line in LINES:
        text.textLine(line)
    canvas.drawText(text)
    canvas.save()
    assert "Mar\ufffecelle" in pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()
    words = extract(path, Config(ocr="never")).pages[0].words
    texts = [w.text for w in words]
    assert "\ufffe" not in "".join(texts)
    hyphen, cont = words[texts.index("Mar-")], words[texts.index("celle")]
    assert cont.line == hyphen.line + 1 and cont.block == hyphen.block
    assert len({w.block for w in words}) == 1
    assert [len([w for w in words if w.line == n]) for n in sorted({w.line for w in words})] \
        == [len(line.split()) for line in LINES]
