"""Scoring a split artifact against fixture ground truth (``X.truth.json``): pure functions.

Words are the common ground: each input word is given to the truth block whose box holds its
centre (and whose text holds the word, where boxes overlap, as in mixed captions), and to the
predicted block that lists it. (The truth's boxes lie on the page as the file shows it; a page
extract read turned, ``Page.rotation``, has its words in the turned frame, and the truth's
boxes are turned alike.) From that:

* language: share of characters (of words inside truth blocks with a language) whose predicted
  block has the truth block's language;
* reading order: of consecutive truth paragraphs (body and intro pieces, in truth order), the
  share whose best-matching predicted blocks come in the same order (or are the same block);
* roles: precision and recall per role, a predicted and a truth block matching when they share
  more than half of the words of each;
* role characters: share of characters (of words inside truth blocks) whose predicted block has
  the truth block's role (the generator's ``sidebar``, ``pull-quote``, ``ad`` and
  ``footnote`` are the stage's ``aside``, a numbered section ``heading`` its ``label``); and,
  split by whether the truth block belongs to an article's text, the
  share kept out of articles (no article's text in a furniture role) and kept in (article text
  in any other role).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import FURNITURE_ROLES, SplitArtifact
from magpipe.artifacts.pages import Page
from magpipe.extract.turns import turned_box

ORDER_ROLES = frozenset({"body", "intro"})
# truth roles of the layout generator named as the split stage names them: boxed notes, pull
# quotes, ads and footnotes are notes beside the text (``aside``); a report's numbered section
# heading is a heading over its text, the article's but no paragraph (``label``); a jump line
# is ``jump`` (``label``, ``keywords`` and ``jump`` are named alike)
TRUTH_ROLE = {"sidebar": "aside", "pull-quote": "aside", "ad": "aside", "footnote": "aside",
              "heading": "label"}
OUT_ROLES = FURNITURE_ROLES     # roles the split stage keeps out of articles
SCORED_ROLES = ("title", "caption", "credit", "byline", "section", "intro", "body", "header",
                "page-number")


@dataclass(frozen=True)
class TruthBlock:
    page: int
    index: int
    lang: str | None
    role: str
    text: str
    box: Box


@dataclass(frozen=True)
class RoleScore:
    role: str
    truth: int
    predicted: int
    precision: float
    recall: float


@dataclass(frozen=True)
class SplitScore:
    lang_chars: int
    lang_correct: int
    order_pairs: int
    order_correct: int
    roles: tuple[RoleScore, ...]
    role_chars: int = 0
    role_correct: int = 0
    out_chars: int = 0           # characters of text that belongs to no article
    out_correct: int = 0         # ... of those, in a block kept out of articles
    in_chars: int = 0            # characters of articles' text
    in_correct: int = 0          # ... of those, in a block kept in articles

    @property
    def role_accuracy(self) -> float:
        return self.role_correct / self.role_chars if self.role_chars else 0.0

    @property
    def lang_accuracy(self) -> float:
        return self.lang_correct / self.lang_chars if self.lang_chars else 0.0

    @property
    def order_accuracy(self) -> float:
        return self.order_correct / self.order_pairs if self.order_pairs else 0.0

    def role(self, name: str) -> RoleScore:
        return next(r for r in self.roles if r.role == name)


def truth_blocks(truth: dict) -> list[TruthBlock]:
    """The ``pages[].blocks[]`` of a parsed truth file, in truth reading order."""
    out = []
    for page in truth["pages"]:
        for k, b in enumerate(page["blocks"]):
            out.append(TruthBlock(page=page["number"], index=k, lang=b["lang"], role=b["role"],
                                  text=b["text"], box=tuple(b["box"])))
    return out


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def _upright(block: TruthBlock, page: Page) -> TruthBlock:
    """A truth block (its box where it lies on the page as the file shows it) in the frame of
    the page's words: the page turned ``page.rotation`` degrees clockwise, when extract read
    it turned (an OCR's turned image, a text layer set turned)."""
    if not page.rotation % 360:
        return block
    width, height = ((page.width, page.height) if page.rotation % 180 == 0
                     else (page.height, page.width))      # the file's page, before the turn
    return replace(block, box=turned_box(block.box, page.rotation % 360, width, height))


def _owner(word_box: Box, word_text: str, blocks: list[TruthBlock], slack: float) -> int | None:
    cx, cy = (word_box[0] + word_box[2]) / 2, (word_box[1] + word_box[3]) / 2
    inside = [k for k, b in enumerate(blocks)
              if b.box[0] - slack <= cx <= b.box[2] + slack
              and b.box[1] - slack <= cy <= b.box[3] + slack]
    if len(inside) > 1:
        token = _norm(word_text).strip(".,;:/()“”\"'")
        with_text = [k for k in inside if token and token in _norm(blocks[k].text)]
        inside = with_text or inside
        if len(inside) > 1:    # a token of a mixed caption line: the nearest box edge wins
            inside.sort(key=lambda k: abs(blocks[k].box[0] - word_box[0]))
    return inside[0] if inside else None


def score(split: SplitArtifact, pages: tuple[Page, ...], truth: dict,
          slack: float = 3.0) -> SplitScore:
    """Score ``split`` (made from ``pages``) against ``truth``."""
    present = {p.number for p in pages}
    tblocks = [b for b in truth_blocks(truth) if b.page in present]
    words_of_truth: dict[int, set[tuple[int, int]]] = {}
    truth_of_word: dict[tuple[int, int], int] = {}
    for page in pages:
        mine = [k for k, b in enumerate(tblocks) if b.page == page.number]
        local = [_upright(tblocks[k], page) for k in mine]
        for i, w in enumerate(page.words):
            owner = _owner(w.box, w.text, local, slack)
            if owner is not None:
                truth_of_word[(page.number, i)] = mine[owner]
                words_of_truth.setdefault(mine[owner], set()).add((page.number, i))
    pred = [b for p in split.pages for b in p.blocks]
    words_of_pred = [{(b.page, i) for i in b.words} for b in pred]
    word_len = {(p.number, i): len(w.text) for p in pages for i, w in enumerate(p.words)}

    chars = correct = 0
    role_counts = [0, 0, 0, 0, 0, 0]    # role chars, right; out chars, right; in chars, right
    for k, b in enumerate(pred):
        for key in words_of_pred[k]:
            t = truth_of_word.get(key)
            if t is None:
                continue
            n = word_len[key]
            want = TRUTH_ROLE.get(tblocks[t].role, tblocks[t].role)
            role_counts[0] += n
            role_counts[1] += n if b.role == want else 0
            side = 2 if want in OUT_ROLES else 4
            role_counts[side] += n
            role_counts[side + 1] += n if (b.role in OUT_ROLES) == (want in OUT_ROLES) else 0
            if tblocks[t].lang is None:
                continue
            chars += n
            correct += n if b.lang == tblocks[t].lang else 0

    best: dict[int, int] = {}       # truth block -> predicted block holding most of its words
    for t, ws in words_of_truth.items():
        overlaps = [(len(ws & pw), k) for k, pw in enumerate(words_of_pred) if ws & pw]
        if overlaps:
            best[t] = max(overlaps)[1]
    paras = [k for k, b in enumerate(tblocks) if b.role in ORDER_ROLES]
    pairs = list(zip(paras, paras[1:], strict=False))
    in_order = sum(1 for a, b in pairs if a in best and b in best and best[a] <= best[b])

    matched: set[tuple[int, int]] = set()
    for t, ws in words_of_truth.items():
        for k, pw in enumerate(words_of_pred):
            common = len(ws & pw)
            if common * 2 > len(ws) and common * 2 > len(pw):
                matched.add((t, k))
    roles = []
    for role in SCORED_ROLES:
        t_role = {t for t, b in enumerate(tblocks) if b.role == role and t in words_of_truth}
        p_role = {k for k, b in enumerate(pred) if b.role == role}
        hits = {(t, k) for t, k in matched if t in t_role and k in p_role}
        roles.append(RoleScore(
            role=role, truth=len(t_role), predicted=len(p_role),
            precision=len({k for _, k in hits}) / len(p_role) if p_role else 1.0,
            recall=len({t for t, _ in hits}) / len(t_role) if t_role else 1.0))
    return SplitScore(lang_chars=chars, lang_correct=correct, order_pairs=len(pairs),
                      order_correct=in_order, roles=tuple(roles), role_chars=role_counts[0],
                      role_correct=role_counts[1], out_chars=role_counts[2],
                      out_correct=role_counts[3], in_chars=role_counts[4],
                      in_correct=role_counts[5])
