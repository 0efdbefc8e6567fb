"""The bilingual corpus export: TSV and TMX 1.4 of the aligned segments, with a threshold."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from archive_inputs import doc_dir, runner
from magpipe.archive import corpus, outputs
from magpipe.cli import app

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _pairs(out, threshold=0.0):
    return [s for a in outputs.aligned(out) for s in corpus.pairs(corpus.segments(a), threshold)]


def test_tsv_has_one_pair_a_line_with_the_five_columns(archive_run, tmp_path):
    target = tmp_path / "corpus.tsv"
    result = runner.invoke(app, ["export", str(archive_run.out), "--format", "tsv",
                                 "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "vi\ten\tconfidence\tdoc\tpage"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == len(_pairs(archive_run.out)) > 10
    assert all(len(r) == 5 and r[0] and r[1] and r[4].isdigit() for r in rows)
    assert ["Chợ Đông Kinh mở cửa đến khuya.", "Dong Kinh market stays open late.", "1.000",
            "tourism", "1"] in rows
    titles = [r for r in rows if r[3] == doc_dir(archive_run.out, "bulletin-digital").name
              and r[0] == "LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT NAM"]
    assert titles and titles[0][1].startswith("LEADER OF THE PROVINCIAL PEOPLE")


def test_min_confidence_leaves_out_weaker_links(archive_run):
    scores = sorted({s.confidence for s in _pairs(archive_run.out)})
    assert len(scores) > 1
    cut = scores[len(scores) // 2]
    text, count = corpus.build_corpus(outputs.aligned(archive_run.out), "tsv", cut)
    kept = [float(line.split("\t")[2]) for line in text.splitlines()[1:]]
    assert count == len(kept) == sum(1 for s in _pairs(archive_run.out) if s.confidence >= cut)
    assert 0 < count < len(_pairs(archive_run.out)) and min(kept) >= round(cut, 3)


def test_tmx_is_tmx_1_4_with_a_vi_and_an_en_variant_per_unit(archive_run, tmp_path):
    target = tmp_path / "corpus.tmx"
    result = runner.invoke(app, ["export", str(archive_run.out), "--format", "tmx",
                                 "-o", str(target), "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    root = ET.parse(target).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for attr in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                 "srclang", "datatype"):
        assert header.get(attr), attr
    units = root.findall("body/tu")
    assert len(units) == len(_pairs(archive_run.out, 0.5))
    for tu in units:
        langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
        assert langs == ["vi", "en"] and all(tuv.findtext("seg") for tuv in tu.findall("tuv"))
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert float(props["x-confidence"]) >= 0.5 and props["x-doc"] and props["x-page"]


def test_cells_never_hold_a_tab_or_line_break():
    two = corpus.Segment("d", "a", "paragraph", "Một.\n\nHai\tba", "One. Two", 0.9, 3)
    line = corpus.to_tsv([two]).splitlines()[1]
    assert line == "Một. Hai ba\tOne. Two\t0.900\td\t3"


def test_export_of_a_folder_without_records_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "tmx"])
    assert result.exit_code == 2 and "magpipe run" in result.output
