"""The split stage on the seventh round's layout families (``digest``, ``photo-essay``,
``trifold``; development families since the eighth round), from saved repair artifacts in
``tests/data/layouts-split/`` (``tools/split_test_data.py``: the first born-digital document
of each, and the second scanned copy of ``trifold``, whose caption credits lost their colon).
Each test names what a rule gets right; ``bench/bench_layouts.py`` gives the figures over all
documents and ``tools/train_roles.py --leave-one-out`` the role model's on unseen families.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role, SplitArtifact
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.eval.split_score import score
from magpipe.split import split
from magpipe.split.boxes import contact_fields
from magpipe.split.rolemodel import FEATURES, RoleModel
from test_split_families import _truth_roles_of_blocks

DATA = Path(__file__).parent / "data" / "layouts-split"


def _run(name: str, **kw) -> tuple[RepairArtifact, dict, SplitArtifact]:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return artifact, truth, split(artifact, Config(), **kw)


def test_scanned_caption_whose_credit_lost_its_colon_is_cut_where_its_lines_switch_language(
        ) -> None:
    """OCR read ``Ảnh: KHỔNG NGHĨA`` as ``Ảnh - KHỔNG NGHĨA``: with no credit label to cut it
    at, the Vietnamese caption and its English twin on the lines under it are still two
    captions, each in its own language, and nearly all the leaflet's text lands on its side."""
    artifact, truth, result = _run("trifold-scanned")
    captions = [b for p in result.pages for b in p.blocks if b.role == Role.CAPTION]
    assert any(b.lang == Lang.VI and "Ảnh - " in b.text for b in captions)
    english = [b for b in captions if b.text.startswith("The Lang Son provincial delegation")]
    assert english and english[0].lang == Lang.EN
    assert score(result, artifact.pages, truth).lang_accuracy >= 0.99


def test_contact_box_and_its_heading_stay_out_of_articles_with_the_reason_logged(
        caplog) -> None:
    """The leaflet's back panel holds the office's address, telephone and e-mail in both
    languages under ``LIÊN HỆ`` / ``CONTACT``: every block of it is a note beside the articles,
    on the text layer and as OCR cut it into pieces, and the log says why."""
    for name in ("trifold", "trifold-scanned"):
        artifact, truth, _ = _run(name)
        with caplog.at_level(logging.DEBUG, logger="magpipe.split"):
            result = split(artifact, Config())
        blocks = _truth_roles_of_blocks(artifact, truth, result)
        box = [(role, text) for role, want, text in blocks
               if want == "aside" and not text.startswith(("Mr.", "Đồng chí"))]
        assert any(t.startswith(("LIÊN HỆ", "CONTACT")) for _, t in box), box
        assert len(box) >= 3 and all(role == Role.ASIDE for role, _ in box), box
    assert any("kept out of the articles as aside (contact details" in r.getMessage()
               for r in caplog.records)


def test_contact_fields_are_counted_in_both_languages() -> None:
    assert contact_fields("Địa chỉ: số 2 đường Hoàng Văn Thụ Điện thoại: 0205 3812 000") == 2
    assert contact_fields("Phone: +84 205 3812 000 Email: lienhe@ngoaivu.example.vn") >= 2
    assert contact_fields("Tel. 024 3825 0000, www.example.vn") == 2
    # prose that names no field
    assert contact_fields("The delegation worked with the Department of Foreign Affairs.") == 0


def test_english_words_under_a_vietnamese_title_are_english_not_a_name() -> None:
    """``EXTERNAL AFFAIRS``, a line of the leaflet's English name set under its Vietnamese
    one, reads like a name set flush right; no Vietnamese name is spelled with such words, so
    it keeps the language of its letters rather than the title's."""
    _, _, result = _run("trifold-scanned")
    line = [b for p in result.pages for b in p.blocks if b.text.startswith("EXTERNAL AFFAIRS")]
    assert line and all(b.lang == Lang.EN for b in line)


def test_split_uses_the_role_model_it_is_given() -> None:
    """``split(..., model=...)`` decides roles with that model, not the shipped one (the
    leave-one-family-out evaluation scores models trained without a family this way): a model
    whose only bias is towards ``aside`` keeps every block out of the articles."""
    classes = ("aside", "body")
    n = len(FEATURES)
    model = RoleModel(classes=classes, names=FEATURES, mean=np.zeros(n), scale=np.ones(n),
                      weights=np.zeros((2, n)), bias=np.array([5.0, 0.0]))
    _, _, result = _run("digest", roles="model", model=model)
    roles = {b.role for p in result.pages for b in p.blocks}
    assert roles <= FURNITURE_ROLES | {Role.CAPTION, Role.CREDIT}
    assert Role.ASIDE in roles
    _, _, shipped = _run("digest", roles="model")
    assert Role.BODY in {b.role for p in shipped.pages for b in p.blocks}


def test_prose_ending_words_like_phone_or_web_is_no_contact_field() -> None:
    assert contact_fields("They spoke by phone. The report is on the web.") == 0
