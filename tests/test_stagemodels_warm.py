"""The fork server's first decode (``batch.stagemodels.repair.warm_decoder``): what it builds
leaves repair's answers as they were."""

from __future__ import annotations

import importlib

from magpipe import repair

# damaged Vietnamese (marks lost) and clean text with clause ends, unlike the warm-up's own
TEXTS = ("Nam nay, hoi nghi duoc to chuc tai Da Nang; cac dai bieu thao luan ve kinh te.",
         "Thủ tướng Chính phủ đã phát biểu tại hội nghị. The meeting ended at noon.")


def test_the_warm_up_decode_changes_no_repair():
    before = [repair.repair_text(t, mode) for t in TEXTS for mode in (repair.CLEAN,
                                                                       repair.DAMAGED)]
    warm = importlib.import_module("magpipe.batch.stagemodels.repair")
    warm.warm_decoder()
    after = [repair.repair_text(t, mode) for t in TEXTS for mode in (repair.CLEAN,
                                                                      repair.DAMAGED)]
    assert after == before
    assert any(changes for _, changes in before)      # the damaged text was repaired


def test_the_warm_up_decode_is_not_charged_to_the_plain_loops_budget(monkeypatch):
    # the fork server's warm-up is done once for every worker it forks: a worker starts with
    # its whole budget of plain-loop work for its own pages, none of it spent by the warm-up
    compiled = importlib.import_module("magpipe.repair.compiled")
    tiers = compiled.Tiers(budget=10**18, follow=False)
    monkeypatch.setattr(compiled, "TIERS", tiers)
    repair._decoder_for.cache_clear()        # a decoder whose first-use tables are unbuilt
    warm = importlib.import_module("magpipe.batch.stagemodels.repair")
    warm.warm_decoder()
    assert tiers.spent == 0 and not tiers.compiling
    repair.repair_text(warm.WARM_TEXT, repair.DAMAGED)     # the same work, counted
    assert tiers.spent > 0
