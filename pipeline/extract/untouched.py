"""Texts ftfy provably returns as they are, told without running it.

``textfix.fix_mojibake`` runs ftfy (as ``textfix._FTFY`` sets it up) on a whole page's text
to learn whether the page has mojibake; on a usual Vietnamese page it changes nothing and
costs about a millisecond, most of it the search for mojibake-looking sequences
(``ftfy.badness.BADNESS_RE``, an alternation tried at every position). This module proves
"nothing changes" in a fraction of that, from what each of ftfy's steps needs to act:

* HTML entities need an ``&``, terminal escapes an ESC, the C1, ligature, surrogate and
  control-character fixes one of their characters (ftfy's own tables), and the final
  normalization a text not already in NFC;
* the mojibake fix runs only when ``BADNESS_RE`` matches. Each of its alternatives is a
  sequence whose single-character items all have to find their character in the text, so an
  alternative none of whose items' classes meets the text's characters cannot match; the
  alternatives left (a usual page leaves one to three) are searched for as one smaller
  alternation, at a twentieth of the cost.

When none of this applies, ftfy's first pass returns the text unchanged, and with it ftfy.
The alternatives are read from ftfy's compiled pattern through ``re``'s parser (private, the
same in Python 3.11 to 3.13); if its shape is not the expected one, nothing is proved and
ftfy runs as before. ``tests/test_extract_untouched.py`` checks the proof against ftfy.
"""

from __future__ import annotations

import importlib
import logging
import re
import unicodedata
from functools import lru_cache
from typing import Any

from ftfy import chardata
from ftfy.badness import BADNESS_RE

log = logging.getLogger(__name__)

# Characters one of ftfy's fixes other than the mojibake fix acts on (with the config of
# textfix._FTFY: character width, quotes and line breaks are left alone).
_ACTED_ON = frozenset(
    "&\x1b"                                                  # HTML entities, terminal escapes
    + "".join(map(chr, range(0x80, 0xA0)))                   # C1 controls
    + "".join(map(chr, range(0xD800, 0xE000)))               # surrogates
    + "".join(map(chr, chardata.LIGATURES))                  # Latin ligatures
    + "".join(map(chr, chardata.CONTROL_CHARS)))             # control characters removed


def _private(name: str) -> Any:
    """A private module of ``re`` (``_parser``, ``_constants``, ``_compiler``)."""
    return importlib.import_module(f"re.{name}")


def _alternatives() -> tuple[list, list[tuple[frozenset[str], ...]], Any] | None:
    """``BADNESS_RE``'s parsed alternatives, for each the character classes of its
    single-character items (a literal, or a set of literals and ranges), and the parser's
    state of the pattern (its groups and flags, which a pattern of some of its alternatives
    is compiled with); None when the pattern is not one top-level alternation without case
    folding."""
    try:
        sre, parser = _private("_constants"), _private("_parser")
        if BADNESS_RE.flags & (re.IGNORECASE | re.LOCALE):
            return None
        tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        if len(tree) != 1 or tree[0][0] is not sre.BRANCH:
            return None
        branches = tree[0][1][1]
        classes: list[tuple[frozenset[str], ...]] = []
        for branch in branches:
            needed = []
            for op, value in branch:
                chars = _class_chars(sre, op, value)
                if chars is not None:
                    needed.append(chars)
            classes.append(tuple(needed))
        return branches, classes, tree.state
    except Exception:  # noqa: BLE001 - an unknown pattern shape only turns the proof off
        log.debug("ftfy's badness pattern not understood: ftfy runs on every text")
        return None


def _class_chars(sre, op, value) -> frozenset[str] | None:
    """The characters a single-character item matches, when it is a literal or a set of
    literals and ranges; None for anything else (it then constrains nothing)."""
    if op is sre.LITERAL:
        return frozenset(chr(value))
    if op is not sre.IN:
        return None
    chars: set[str] = set()
    for kind, item in value:
        if kind is sre.LITERAL:
            chars.add(chr(item))
        elif kind is sre.RANGE:
            chars.update(map(chr, range(item[0], item[1] + 1)))
        else:                  # a negation, a category (\w, \s): not a finite set here
            return None
    return frozenset(chars)


_PARSED = _alternatives()


@lru_cache(maxsize=256)
def _search(indices: tuple[int, ...]):
    """The alternation of ``BADNESS_RE``'s alternatives ``indices`` (same flags), compiled:
    their parsed form (``_PARSED``, parsed once a process) under a new top, not the whole
    pattern parsed again for each set of alternatives (~1 ms each: a process meets a new set
    at many of its first pages, each worker of a batch on its own)."""
    assert _PARSED is not None
    sre, parser, compiler = (_private(name) for name in ("_constants", "_parser", "_compiler"))
    branches, _classes, state = _PARSED
    tree = parser.SubPattern(state, [(sre.BRANCH, (None, [branches[k] for k in indices]))])
    return compiler.compile(tree, BADNESS_RE.flags).search


def ftfy_leaves(text: str) -> bool:
    """True when ftfy (``textfix._FTFY``) is proved to return ``text`` as it is; False when
    it may change it (or the proof is off)."""
    if _PARSED is None or not unicodedata.is_normalized("NFC", text):
        return False
    chars = set(text)
    if not chars.isdisjoint(_ACTED_ON):
        return False
    possible = tuple(k for k, classes in enumerate(_PARSED[1])
                     if all(not chars.isdisjoint(needed) for needed in classes))
    return not possible or _search(possible)(text) is None
