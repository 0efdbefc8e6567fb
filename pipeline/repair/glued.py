"""Words glued to their neighbour without a space (``toc(06/01/2005)``, ``hoc1.388``,
``lit.Nha``, ``an,o``, ``dua-Khen``, ``noi&``) cut where the glue is, so that the syllable
in them reaches the decoder as a word of its own.

Pure logic on strings. ``words.is_fixed`` keeps a core with inner punctuation or digits
whole and untouched (a number, a code, an abbreviation, a URL); news text, scraped or
typed in haste, glues a date to the headline before it, a sentence to the one after it
and a price to its unit, and each syllable so glued lost its marks like any word (on TUNE
stripped news about 40 such words stayed wrong). A cut is made only beside a run of
letters with the shape of a Vietnamese syllable, at least two letters long and ending in
a lower-case letter (so ``P.Tan``, ``TP.HCM``, ``Q.3``, ``D1``, ``H5N1``, ``R&D`` and
``e.g.`` stay whole), and only at these joints:

* an opening bracket after the syllable: ``toc(06/01/2005)`` -> ``toc`` ``(06/01/2005)``;
* a number of two characters or more after a syllable in lower case: ``hoc1.388`` ->
  ``hoc`` ``1.388`` (a lone digit inside a word may be a vowel English-only OCR misread,
  ``ngu6i``: ``words.is_lone_digit``);
* a sentence end before a syllable in title case: ``lit.Nha`` -> ``lit.`` ``Nha``;
* a clause pause before a syllable, a bracket or a number: ``an,o``, ``Tuan:Khi``,
  ``diem:502/472``;
* a hyphen before a syllable in title case, two names of a list joined
  (``Thi dua-Khen thuong``); a hyphen before lower case is a compound or a
  transliteration (``ca-lo``, ``Ba-ra-nung``) and stays;
* an ampersand ending the word (``noi&``: a character the scraper left for an ellipsis).

Cutting never adds or drops a character: the parts joined give the word back.
"""

from __future__ import annotations

import re

from magpipe.repair.lm import PAUSES, STOPS
from magpipe.repair.words import is_url, split_token
from magpipe.text.vietnamese import is_bare_syllable

# a word holding one of these joints may be cut (a fast test on a whole line first:
# most lines have none)
HINT = re.compile(r"[^\W\d_](?:[(&\d]|[.!?…,;:-](?:[^\W_]|\())")
_RUNS = re.compile(r"[^\W\d_]+|\d+(?:[.,:/]\d+)*|.", re.S)
MIN_NUMBER = 2          # characters of a number cut from a syllable before it (``hoc1.388``)


def _syllable(run: str) -> bool:
    """A run of letters that may stand beside a joint: a syllable's shape, two letters or
    more, ending in lower case."""
    return len(run) >= 2 and run[-1].islower() and run.isalpha() and is_bare_syllable(run)


def _title(run: str) -> bool:
    return run[:1].isupper() and (len(run) == 1 or run[1:].islower()) and _syllable(run)


def glued_parts(word: str) -> list[str] | None:
    """The words the decoder reads for ``word`` (``"tang(06/01/2005)."`` -> ``["tang",
    "(06/01/2005)."]``), or None where it stays one word. The parts joined are ``word``."""
    lead, core, trail = split_token(word)
    if not core or core.isalpha() or not HINT.search(core) or is_url(word):
        return None
    runs = _RUNS.findall(core)
    cuts: list[int] = []                  # offsets in ``core`` where a new part starts
    at = 0
    for j, run in enumerate(runs[:-1]):
        end = at + len(run)
        after = runs[j + 1]
        following = runs[j + 2] if j + 2 < len(runs) else ""
        if _syllable(run):
            if after == "(" or (after == "&" and j + 2 == len(runs)):
                cuts.append(end)
            elif after[:1].isdigit() and run.islower() and len(after) >= MIN_NUMBER and (
                    not following or not following.isalpha()):
                cuts.append(end)
            elif after in STOPS and _title(following):
                cuts.append(end + 1)
            elif after in PAUSES and following and (
                    following == "(" or following[:1].isdigit()
                    or following.isalpha() and is_bare_syllable(following)):
                cuts.append(end + 1)
            elif after == "-" and _title(following):
                cuts.append(end + 1)
        at = end
    if not cuts:
        return None
    bounds = [0, *cuts, len(core)]
    parts = [core[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    parts[0] = lead + parts[0]
    parts[-1] += trail
    return parts
