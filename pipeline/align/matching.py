"""The pairing's assignment worked out by hand when it is small and sure, without scipy.

``pairing.assign`` wants the (vi, en) pairs of largest total gain, each draft at most once.
The candidate pairs fall apart into groups that share no draft (a page's articles and their
twins; an issue's spread), and each group's best pairs are found on their own. A group of a
few drafts (every group of a magazine issue) is solved here by going through all of its
pairings; a large one, or one whose best pairing another comes within ``SURE_MARGIN`` of (two
pairings as good as each other, where scipy's own order of search decides), is left to
scipy's sparse matching (``None``). So the pairs are those scipy finds, and scipy, whose
import costs ~0.2 s of CPU (``scipy.sparse.csgraph`` brings ``scipy.linalg``), is imported
only by a document that needs it.

Pure functions, no I/O.
"""

from __future__ import annotations

# Two pairings whose totals differ by less than this are taken as a tie: their order is
# left to scipy. Totals are sums of a few dozen scores in 0..1, whose rounding errors are
# ~1e-15; scipy adds a cost of 1e-6 a pair, so a real difference is far above this.
SURE_MARGIN = 1e-9
# Pairings of one group gone through at most (a 6 x 6 group with every pair a candidate has
# 13,327; a magazine page's group has a few hundred): past it, the group goes to scipy.
MAX_PAIRINGS = 20_000
# Vietnamese drafts of one group, at most (the search recurses once a draft): a larger group
# (a bound volume's long run of linked pages) goes to scipy.
MAX_DRAFTS = 24

Edge = tuple[float, int, int]        # (gain, vi index, en index)


def groups(edges: list[Edge]) -> list[list[Edge]]:
    """The edges in groups that share no draft, each group's edges in their given order."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for _gain, i, j in edges:
        parent[root(("vi", i))] = root(("en", j))
    out: dict[tuple[str, int], list[Edge]] = {}
    for edge in edges:
        out.setdefault(root(("vi", edge[1])), []).append(edge)
    return list(out.values())


def sure_best(edges: list[Edge]) -> set[tuple[int, int]] | None:
    """The pairs of the one pairing of ``edges`` (a group: each draft in at most one pair) of
    largest total gain; None when another comes within ``SURE_MARGIN`` of it, or when the
    group has more than ``MAX_PAIRINGS`` pairings or ``MAX_DRAFTS`` Vietnamese drafts."""
    by_vi: dict[int, list[tuple[float, int]]] = {}
    for gain, i, j in edges:
        by_vi.setdefault(i, []).append((gain, j))
    rows = [by_vi[i] for i in sorted(by_vi)]
    vis = sorted(by_vi)
    if len(vis) > MAX_DRAFTS:
        return None
    best: list = [float("-inf"), ()]      # total, pairs
    second = [float("-inf")]
    count = [0]

    def walk(k: int, used: frozenset[int], total: float, pairs: tuple) -> bool:
        if k == len(rows):
            count[0] += 1
            if total > best[0]:
                second[0] = best[0]
                best[:] = [total, pairs]
            elif total > second[0]:
                second[0] = total
            return count[0] <= MAX_PAIRINGS
        if not walk(k + 1, used, total, pairs):           # this draft left unpaired
            return False
        for gain, j in rows[k]:
            if j not in used and not walk(k + 1, used | {j}, total + gain,
                                          (*pairs, (vis[k], j))):
                return False
        return True

    if not walk(0, frozenset(), 0.0, ()) or best[0] - second[0] < SURE_MARGIN:
        return None
    return set(best[1])


def sure_assignment(edges: list[Edge]) -> set[tuple[int, int]] | None:
    """``sure_best`` of each group of ``edges``, together; None when a group has none."""
    chosen: set[tuple[int, int]] = set()
    for group in groups(edges):
        found = sure_best(group)
        if found is None:
            return None
        chosen |= found
    return chosen
