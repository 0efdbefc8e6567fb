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
