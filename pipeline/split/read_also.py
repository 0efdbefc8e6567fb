""""Read also" lists: a label and the bulleted headlines hanging under it, text of no article.

A news magazine that also publishes online prints beside an article a small box pointing to
other stories: a label (``ĐỌC THÊM`` / ``READ ALSO``, ``XEM THÊM``, ``TIN LIÊN QUAN``,
``SEE ALSO``, ``RELATED STORIES``) and, under it, two or three headlines, each led by a
bullet, often the exact titles of the issue's other articles (one with its page, ``(tr. 3)``
/ ``(p. 3)``). The headlines are set in the titles' bold face, so the role rules read them as
titles, intros or bylines; they belong to no article, and taken as an article's head they
give it another article's title.

A list is a label block (the label alone on its line, or the label with the first bullet run
on after it, as a box that stacks its languages sets it), and the blocks that hang under it:
each starting where the label starts (``ALIGN``), each led by a bullet or a label (the other
language's half of a stacked box), each close under the one before (``GAP``); a headline's
page reference broken onto a line of its own (``(p. 3)``) goes with them. OCR loses a small
bullet or reads it as a stray mark, so on a scanned page a headline in capitals counts as a
listed one, and a label run on into capitals as a label over its list. OCR may lose a half's
label altogether: a run of listed blocks beside a list, level with it (its first top between
the list's top and foot), starting on one left edge and following each other as a list's
blocks do, is the box's other half. Every block of the list becomes a note of no article
(``aside``). A role pass (``passes.RULE_PASSES``, and ``rolemodel.MODEL_PASSES`` over the
model's roles: it keeps text out by its wording), run before the passes that read a block by
what stands over it (a lead first under its title, a box held in among its column's
paragraphs). Without the label, bulleted capitals are an article's own list and stay as they
are. The labels and bullets: ``magpipe.text.read_also``. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.layout import Role
from magpipe.split.roles import CAPS_SHARE, Facts, PageFacts, upper_share
from magpipe.text.read_also import BULLETS, bulleted, is_label, label_end, plain

log = logging.getLogger(__name__)

LABEL_CHARS = 24    # the longest label line alone (a label, its colon and spacing)
ALIGN = 1.5         # x body size: a listed block starts this close to the label's left edge
                    # (the box's inner margin; the other half of a box starts half a box away)
GAP = 2.0           # x body size: the widest white between two blocks of one list (a list's
                    # lines stand at its leading, the box's frame and the text under it further)
# roles a list never takes: the page's furniture bands and specks, captions under a photo
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER, Role.CAPTION, Role.CREDIT})
# a label may be read as a running head: a box at a page's top repeats its label there on
# other pages too, and repeated text at the top is taken for the page's furniture
_LABEL_KEEP = _KEEP - {Role.HEADER}
# a headline's page reference broken onto a line of its own: "(tr. 3)", "(p. 3)", "3)"
_PAGE_REF = re.compile(r"^\(?(?:(?:tr|trang|p|page)\.? ?)?\d{1,3}\)?[.,;]?$")


def _listed(text: str, exact: bool) -> bool:
    """A headline of a list: led by a bullet, or (``exact`` false: OCR) set in capitals."""
    return bulleted(text) or (not exact and upper_share(text) >= CAPS_SHARE)


def _label_head(text: str, exact: bool) -> bool:
    """``text`` is a label alone, or a label with a listed headline run on after it."""
    end = label_end(text)
    if end is None:
        return False
    tail = plain(text)[end:].strip()
    if not tail:
        return len(text.strip()) <= LABEL_CHARS
    # the label's words end before the first bullet: the rest of the block is the list
    cut = min((text.find(b) for b in BULLETS if b in text), default=-1)
    if cut >= 0 and is_label(text[:cut]):
        return True
    return not exact and upper_share(text) >= CAPS_SHARE


def _list_under(label: int, roles: list[str], facts: list[Facts], body: float, exact: bool
                ) -> list[int]:
    """The label block ``label`` and the blocks hanging under it (see the module)."""
    left = facts[label].box[0]
    under = sorted((k for k, f in enumerate(facts) if k != label and roles[k] not in _KEEP
                    and f.box[1] >= facts[label].box[1] and abs(f.box[0] - left) <= ALIGN * body),
                   key=lambda k: facts[k].box[1])
    found, bottom = [label], facts[label].box[3]
    for k in under:
        f = facts[k]
        if f.box[1] - bottom > GAP * body:
            break
        if not (_listed(f.text, exact) or _label_head(f.text, exact)
                or _PAGE_REF.match(plain(f.text))):
            break
        found.append(k)
        bottom = max(bottom, f.box[3])
    return found


def _beside(members: list[int], roles: list[str], facts: list[Facts], body: float,
            exact: bool) -> list[int]:
    """The listed blocks beside the list ``members``, level with it (see the module)."""
    top = min(facts[k].box[1] for k in members)
    foot = max(facts[k].box[3] for k in members)
    left = min(facts[k].box[0] for k in members)
    right = max(facts[k].box[2] for k in members)
    level = sorted((k for k, f in enumerate(facts) if k not in members and roles[k] not in _KEEP
                    and top - 1 <= f.box[1] <= foot and (f.box[0] >= right or f.box[2] <= left)),
                   key=lambda k: facts[k].box[1])
    if not level or not _listed(facts[level[0]].text, exact):
        return []
    found, edge, bottom = [level[0]], facts[level[0]].box[0], facts[level[0]].box[3]
    for k in level[1:]:
        f = facts[k]
        if abs(f.box[0] - edge) > ALIGN * body:
            continue
        if f.box[1] - bottom > GAP * body or not _listed(f.text, exact):
            break
        found.append(k)
        bottom = max(bottom, f.box[3])
    return found


def read_also(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Every block of a "read also" list (see the module) an ``aside``."""
    out = list(roles)
    body = page.body_size
    if body <= 0:
        return out
    for k, f in enumerate(facts):
        if roles[k] in _LABEL_KEEP or not _label_head(f.text, page.exact):
            continue
        members = _list_under(k, roles, facts, body, page.exact)
        # a label with nothing listed under it or after it is no list (a rubric reading so)
        if len(members) < 2 and is_label(f.text):
            continue
        for j in members + _beside(members, roles, facts, body, page.exact):
            out[j] = Role.ASIDE
        log.debug("a 'read also' list of %d blocks: %r", len(members), f.text[:40])
    return out
