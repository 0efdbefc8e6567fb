"""Pairing a long document scores only drafts near each other, and a short one as before.

A bound volume repeats one issue's articles hundreds of times; scoring every Vietnamese
draft against every English one grew with the square of its length. The count of scored
pairs is checked, never the time.
"""

from __future__ import annotations

from conftest import SAVED
from magpipe.align.articles import ArticlePiece, Draft, group_articles
from magpipe.align.pairing import (
    MIN_SCORE,
    PAIR_WINDOW_PAGES,
    Features,
    Pair,
    assign,
    feature_score,
    pair_articles,
)
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.records import Source

STEP = 10          # a Vietnamese and an English draft every STEP pages


def _draft(lang: str, page: int, order: int) -> Draft:
    source = Source(page=page, box=(0.0, 0.0, 1.0, 1.0), block=f"p{page}-b{order}", lang=lang)
    title = "TỈNH LẠNG SƠN NĂM 2025" if lang == "vi" else "LANG SON PROVINCE IN 2025"
    body = (f"Ngày 19/12/2025, đoàn công tác số {page} làm việc với Hoang Quoc Khanh."
            if lang == "vi" else
            f"On December 19, 2025, delegation number {page} met Hoang Quoc Khanh.")
    return Draft(lang=lang, order=order, title=ArticlePiece(title, (source,)),
                 paragraphs=(ArticlePiece(body, (source,)),), positions=((page, order),))


def _volume(pages: int) -> tuple[Draft, ...]:
    drafts = []
    for page in range(1, pages + 1, STEP):
        drafts += [_draft("vi", page, 2 * page), _draft("en", page, 2 * page + 1)]
    return tuple(drafts)


def _scored_pairs(drafts: tuple[Draft, ...]) -> tuple[int, tuple[Pair, ...]]:
    calls = 0

    def counting(*args) -> float:
        nonlocal calls
        calls += 1
        return feature_score(*args)

    pairs = pair_articles(drafts, scorer=counting)
    return calls, pairs


def test_a_long_volume_scores_pairs_in_proportion_to_its_pages():
    short, pairs = _scored_pairs(_volume(1500))
    long, _ = _scored_pairs(_volume(3000))
    drafts = 1500 // STEP
    window = 2 * PAIR_WINDOW_PAGES // STEP + 1          # English drafts near a Vietnamese one
    assert short <= drafts * window                      # all pairs would be drafts ** 2
    assert long <= 2.1 * short                           # twice the pages: twice the work
    # every Vietnamese draft still finds the English twin printed on its page
    assert all(p.vi.pages == p.en.pages for p in pairs if p.vi and p.en)
    assert sum(1 for p in pairs if p.vi and p.en) == drafts


def _all_pairs_assigned(drafts: tuple[Draft, ...]) -> list[tuple[int, int]]:
    """The pairing without the window: every pair scored, one global assignment."""
    vis = [Features.of(d) for d in drafts if d.lang == "vi"]
    ens = [Features.of(d) for d in drafts if d.lang == "en"]
    scored = [(feature_score(v, e, i, j), i, j) for i, v in enumerate(vis)
              for j, e in enumerate(ens)]
    chosen = assign([x for x in scored if x[0] >= MIN_SCORE], len(vis), len(ens))
    return sorted((vis[i].draft.order, ens[j].draft.order) for i, j in chosen)


def test_an_issue_is_paired_exactly_as_when_every_pair_was_scored():
    drafts = group_articles(SplitArtifact.load(SAVED / "split-digital.json")).drafts
    paired = sorted((p.vi.order, p.en.order) for p in pair_articles(drafts) if p.vi and p.en)
    assert paired and paired == _all_pairs_assigned(drafts)


def test_pairs_are_one_assignment_of_largest_total_not_each_drafts_nearest_twin():
    """A's best candidate is B's twin: taken greedily, B is left with a twin under the
    threshold; the assignment pairs A-A and B-B (0.6 + 0.5 > 0.8)."""
    scored = [(0.8, 0, 1), (0.6, 0, 0), (0.5, 1, 1)]
    assert assign(scored, 2, 2) == {(0, 0), (1, 1)}
    assert assign([(0.8, 0, 1), (0.3, 0, 0)], 2, 2) == {(0, 1)}
    assert assign([], 3, 1) == set()
