"""The role model's path (``magpipe.split.rolemodel.model_ruled``): the rules that keep text out
of the articles by its place on the page run over the model's roles too; the features that
see a page's photos and the white around a block; and the training tool's warm start
(``tools/train_roles.py``), which must leave every block's scores as they were."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from magpipe.artifacts.layout import Role
from magpipe.split.rolefeatures import FEATURES, NEIGHBOUR_FEATURES, features, neighbours
from magpipe.split.rolemodel import RoleModel, model_ruled
from test_split_nameplate import BODY, PAGE, _front, fact

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.train_roles import _start  # noqa: E402


def _biased(role: str, other: str = Role.BODY) -> RoleModel:
    """A model that reads every block as ``role``, whatever it looks like."""
    n = len(FEATURES)
    return RoleModel(classes=(role, other), names=FEATURES, mean=np.zeros(n), scale=np.ones(n),
                     weights=np.zeros((2, n)), bias=np.array([5.0, 0.0]))


def test_a_nameplates_band_is_kept_out_on_the_model_path_too() -> None:
    front = _front()       # (a front page with its nameplate, test_split_nameplate)
    roles, reasons = model_ruled(front, PAGE, _biased(Role.TITLE))
    assert roles[:4] == [Role.HEADER] * 4
    assert "nameplate" in reasons[0]
    # what the passes leave alone stays the model's
    assert roles[4:] == [Role.TITLE, Role.TITLE]
    assert reasons[5].startswith("model ")


def test_text_right_under_a_photo_and_beside_one_is_marked_so() -> None:
    photo = (40.0, 100.0, 400.0, 400.0)
    facts = [fact("A caption under the photo.", 40, 405, 380, 0.9 * BODY),
             fact("A caption beside the photo.", 410, 150, 560, 0.9 * BODY, lines=3),
             fact("Body text far below the photo runs on.", 40, 600, 760, BODY, lines=8)]
    rows = features(facts, PAGE, (photo,))
    under, beside = FEATURES.index("under_photo"), FEATURES.index("beside_photo")
    assert rows[:, under].tolist() == [1.0, 0.0, 0.0]
    assert rows[:, beside].tolist() == [0.0, 1.0, 0.0]
    assert not features(facts, PAGE)[:, [under, beside]].any()


def test_white_above_a_head_standing_apart_is_wider_than_inside_a_run() -> None:
    facts = [fact("First paragraph of the run.", 40, 100, 400, BODY, lines=4),
             fact("Second paragraph of the run.", 40, 141, 400, BODY, lines=4),
             fact("A HEAD SET APART", 40, 240, 400, BODY)]
    white = features(facts, PAGE)[:, FEATURES.index("white_above")]
    assert white[2] > white[1] > 0.0


def test_a_warm_start_keeps_every_blocks_scores() -> None:
    rng = np.random.default_rng(3)
    n = len(FEATURES)
    model = RoleModel(classes=("body", "title"), names=FEATURES, mean=rng.normal(size=n),
                      scale=rng.uniform(0.5, 2.0, size=n), weights=rng.normal(size=(2, n)),
                      bias=rng.normal(size=2))
    mean, scale = rng.normal(size=n), rng.uniform(0.5, 2.0, size=n)
    w, b = _start(model, ["body", "caption", "title"], mean, scale)
    rows = rng.normal(size=(5, n))
    moved = RoleModel(classes=("body", "caption", "title"), names=FEATURES, mean=mean,
                      scale=scale, weights=w, bias=b).scores(rows)
    assert np.allclose(moved[:, [0, 2]], model.scores(rows))
    assert not moved[:, 1].any()      # (a role the model lacks starts at zero)


def test_a_second_stage_reads_what_the_first_makes_of_the_block_above() -> None:
    """The second stage sees the first stage's chances for a block's neighbours: here it
    reads a block as a caption exactly when the block right above it looks like one, and the
    two stages survive the trip through the model file."""
    n, m = len(FEATURES), len(FEATURES) + len(NEIGHBOUR_FEATURES)
    classes = ("body", "caption")
    credit = FEATURES.index("credit")
    first_w = np.zeros((2, n))
    first_w[1, credit] = 10.0                      # a credit makes a caption
    then_w = np.zeros((2, m))
    then_w[1, n + NEIGHBOUR_FEATURES.index("above_caption")] = 10.0
    model = RoleModel(classes=classes, names=FEATURES, mean=np.zeros(n), scale=np.ones(n),
                      weights=first_w, bias=np.array([0.0, -5.0]),
                      then=RoleModel(classes=classes, names=FEATURES + NEIGHBOUR_FEATURES,
                                     mean=np.zeros(m), scale=np.ones(m), weights=then_w,
                                     bias=np.array([0.0, -5.0])))
    facts = [fact("Ảnh: NGUYỄN VĂN A", 40, 100, 400, BODY),
             fact("The caption's English twin.", 40, 112, 400, BODY),
             fact("Body text far below runs on and on.", 40, 300, 400, BODY, lines=6)]
    rows = features(facts, PAGE)
    for each in (model, RoleModel.from_json(model.to_json())):
        roles = [r for r, _, _ in each.predict(rows, neighbours(facts))]
        assert roles == ["body", "caption", "body"]
