"""OCR: a short line's baseline read off a mark below it is no paragraph's gap.

An OCR line's baseline is the median bottom of its words' ink boxes. Over a full line the
letters that reach below the baseline (``g``, ``p``, a comma, Vietnamese's dot below: ``ạ``,
``ệ``, ``ộ``) are outvoted; a paragraph's last line of a word or two has no such majority, and
one mark below sets its baseline a few points low. The step down to it then passed
``layout.PITCH_JUMP`` and the line was cut from its paragraph as one of its own
(summary-3-scanned: ``… tổ chức Lễ thông tuyến theo kế`` over ``hoạch.``, a step of 1.36
pitches at the baselines, 1.0 at the tops), its link lost.

The line's top tells: white between two paragraphs lowers the whole next line, its top as
much as its baseline. So on an OCR page a line of ``SHORT_WORDS`` words or fewer whose top
steps no more than ``TOP_SAME`` pitches below the line above is the same paragraph's, whatever
its baseline says.

Pure logic on line pieces.
"""

from __future__ import annotations

from magpipe.split.pieces import Line

SHORT_WORDS = 2      # words of a line whose baseline one word's box may set
TOP_SAME = 1.1       # x the region's pitch: a top step this small is the paragraph's leading
                     # (OCR's tops jitter by a tenth of the pitch)


def low_mark(prev: Line, line: Line, pitch: float) -> bool:
    """``line``'s baseline steps down from ``prev``'s only by a mark below its few words (see
    the module): its top stands at the paragraph's leading under ``prev``'s."""
    return len(line.words) <= SHORT_WORDS and line.box[1] - prev.box[1] <= TOP_SAME * pitch
