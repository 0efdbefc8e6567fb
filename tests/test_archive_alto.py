"""ALTO v4 per page (validated against the shipped ALTO 4.4 schema) and hOCR."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from archive_inputs import doc_dir
from magpipe.archive import alto, outputs, textlayer, writers

NS = {"a": alto.NS}


@pytest.fixture(scope="module")
def damaged(archive_run):
    folder = doc_dir(archive_run.out, "damaged-textlayer")
    split, words = outputs.page_artifacts(folder)
    return folder, split, words, textlayer.page_texts(split, words)


def test_run_writes_one_valid_alto_file_per_page(archive_run):
    assert archive_run.exit_code == 0, archive_run.output
    for name, pages in (("damaged-textlayer", 1), ("bulletin-digital", 6)):
        files = sorted((doc_dir(archive_run.out, name) / writers.ALTO_DIR).glob("page-*.xml"))
        assert len(files) == pages
        for f in files:
            assert alto.validate(f.read_bytes()) == [], f


def test_the_schema_rejects_what_is_not_alto(damaged):
    folder, *_ = damaged
    good = (folder / "alto" / "page-0001.xml").read_bytes()
    broken = good.replace(b' CONTENT="', b' CONTENTS="', 1)
    assert broken != good and alto.validate(broken)
    assert alto.validate(good.replace(b'LANG="vi"', b'LANG="not a language"', 1))


def test_strings_are_the_repaired_words_in_reading_order(damaged):
    folder, split, words, pages = damaged
    root = ET.parse(folder / "alto" / "page-0001.xml").getroot()
    blocks = root.findall(".//a:TextBlock", NS)
    assert [b.get("ID") for b in blocks] == [b.id for b in pages[0].blocks]
    order = [r.get("REF") for r in root.findall(".//a:ReadingOrder//a:ElementRef", NS)]
    assert order == [b.id for b in pages[0].blocks]
    strings = [s.get("CONTENT") for s in root.findall(".//a:String", NS)]
    assert " ".join(strings) == " ".join(pages[0].text().split())
    assert "LẠNG" in strings and "SƠN" in strings


def test_blocks_carry_language_and_role(damaged):
    folder, split, *_ = damaged
    root = ET.parse(folder / "alto" / "page-0001.xml").getroot()
    tags = {t.get("ID"): t.get("LABEL") for t in root.findall(".//a:RoleTag", NS)}
    styles = {s.get("ID") for s in root.findall(".//a:ParagraphStyle", NS)}
    by_id = {b.id: b for b in split.pages[0].blocks}
    blocks = root.findall(".//a:TextBlock", NS)
    assert {b.get("LANG") for b in blocks} >= {"vi", "en"}
    for b in blocks:
        source = by_id[b.get("ID")]
        assert b.get("LANG") == source.lang
        assert tags[b.get("TAGREFS")] == source.role and b.get("STYLEREFS") in styles


def test_a_repaired_word_keeps_its_ocr_reading_as_an_alternative(damaged):
    folder, split, words, pages = damaged
    assert words.changes
    root = ET.parse(folder / "alto" / "page-0001.xml").getroot()
    alts = {(s.get("CONTENT"), s.findtext("a:ALTERNATIVE", namespaces=NS))
            for s in root.findall(".//a:String", NS) if s.find("a:ALTERNATIVE", NS) is not None}
    changed = {(c.after, c.before) for c in words.changes if c.before != c.after}
    assert alts and alts <= changed and ("LẠNG", "LANG") in alts


def test_positions_are_in_1200ths_of_an_inch(damaged):
    folder, split, words, pages = damaged
    root = ET.parse(folder / "alto" / "page-0001.xml").getroot()
    page = root.find(".//a:Page", NS)
    assert root.findtext(".//a:MeasurementUnit", namespaces=NS) == "inch1200"
    assert float(page.get("WIDTH")) == pytest.approx(split.pages[0].width * 1200 / 72, abs=0.1)
    first = root.find(".//a:String", NS)
    x0, top, x1, bottom = pages[0].blocks[0].lines[0].words[0].box
    assert float(first.get("HPOS")) == pytest.approx(x0 * 1200 / 72, abs=0.1)
    assert float(first.get("VPOS")) == pytest.approx(top * 1200 / 72, abs=0.1)


def test_hocr_holds_the_same_words_with_boxes_and_languages(damaged):
    folder, split, words, pages = damaged
    root = ET.parse(folder / writers.HOCR_NAME).getroot()
    xhtml = "{http://www.w3.org/1999/xhtml}"
    spans = [e for e in root.iter(f"{xhtml}span") if e.get("class") == "ocrx_word"]
    assert " ".join(e.text for e in spans) == " ".join(pages[0].text().split())
    assert all(e.get("title").startswith("bbox ") and "x_wconf" in e.get("title")
               for e in spans)
    areas = [e for e in root.iter(f"{xhtml}div") if e.get("class") == "ocr_carea"]
    assert {a.get("lang") for a in areas} >= {"vi", "en"}


def test_a_block_in_a_third_language_carries_no_alto_language():
    """``other`` names no language (a French column beside the pairs): ALTO's ``LANG`` wants a
    language code, so such a block has none, as in hOCR."""
    word = textlayer.PlacedWord(0, "Visite", (10.0, 10.0, 40.0, 20.0), 96.0)
    parent = alto.etree.Element("Parent")
    for lang in ("other", "vi"):
        block = textlayer.PlacedBlock(f"p1-b{lang}", "aside", lang, (10.0, 10.0, 40.0, 20.0),
                                      (textlayer.PlacedLine((word,)),))
        alto._block(parent, block)
    assert [b.get("LANG") for b in parent] == [None, "vi"]
