"""Loops of the repair stage compiled to machine code (numba), once per process, and when
a process is better off running them as plain Python.

Where a loop does a few arithmetic operations per item over millions of items, or a dozen
small array operations per step over tens of thousands of steps, numpy pays a Python call
or a temporary array for each; numba's ``njit`` compiles the plain Python function instead
(``cache=True``: the machine code is kept beside the module, or in numba's cache folder
where that is not writable, and read back the next time).

Reading it back is not free: importing numba and setting up its compiler cost about a
second of CPU and 170 MB the first time a process calls any compiled loop, more than a
short text or a few sound pages spend in the loops run as plain Python (the same
function, so the same answers to the last bit: integer indexes, and the same float sums in
the same order). ``run`` therefore starts every process on the plain functions and moves
to the compiled ones for good once the plain loops' work passes ``PLAIN_BUDGET`` items (a
stripped page does at its first call; a process that repairs one short text never
loads numba): the rent-or-buy rule, which spends at most about twice the better of the two.
A loop fused for the compiled tier, an interpreted step per item where numpy's form costs
a few array operations per call, keeps that numpy form for the plain tier: its caller asks
``in_use`` or ``runs_plain`` and runs the one or the other (``lattice``, ``BitSet.find``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

# (kept outside this package, where the batch plans with it without importing the stage)
from magpipe.plain_budget import PLAIN_BUDGET

log = logging.getLogger(__name__)


@functools.cache
def compiled(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` (plain Python on numpy arrays and numbers) compiled by numba."""
    started = time.perf_counter()
    import numba  # about a quarter of a second: only where the compiled loops are used

    fast = numba.njit(cache=True, nogil=True)(function)
    log.debug("%s compiled in %.2f s", function.__name__, time.perf_counter() - started)
    return fast


class Tiers:
    """Which of a loop's two forms a process runs: the plain function until the work
    done so far in plain Python passes ``budget``, the compiled one from then on (for
    every loop: numba's set-up, the costly part, is shared). Threads may race on the
    count: either form gives the same answer, only the time differs."""

    def __init__(self, budget: int = PLAIN_BUDGET, follow: bool = True) -> None:
        self.budget = budget
        # take the compiled loops as soon as numba is set up in the process (a model
        # built here, not read back from its snapshot, compiled its loading loops)
        self.follow = follow
        self.spent = 0                 # items done by the plain functions
        self.compiling = False         # the compiled loops are in use

    def run(self, function: Callable[..., Any], work: int, *args: Any) -> Any:
        """``function(*args)``, plain or compiled; ``work``: about how many items it
        does (the loop's iterations, from its inputs' sizes)."""
        if self.plain(work):
            return function(*plain_args(args, work))
        return compiled(function)(*args)

    def plain(self, work: int) -> bool:
        """Whether a loop of about ``work`` items runs as plain Python now: if so, the
        work is charged to the budget; if not, the compiled loops are in use from now on.
        (A caller with a numpy form of its own for the plain tier asks this, then runs
        that form or the compiled loop.)"""
        if self.in_use():
            return False
        if self.spent + work <= self.budget:
            self.spent += work
            return True
        log.info("repair's loops compiled: %d items done in plain Python, %d more asked",
                 self.spent, work)
        self.compiling = True
        return False

    def in_use(self) -> bool:
        """Whether the compiled loops are in use now (``run`` would take them whatever the
        work), charging nothing and loading nothing: a caller with a vectorised numpy form
        of a fused loop runs that instead while the process is on the plain tier, where
        the fused loop run as plain Python costs an interpreted step per item."""
        if not self.compiling and self.follow and compiled.cache_info().currsize:
            self.compiling = True
        return self.compiling

    def use_compiled(self) -> None:
        """Take the compiled loops from now on, whatever the work done so far."""
        self.compiling = True

    @contextlib.contextmanager
    def uncounted(self) -> Iterator[None]:
        """Work done inside is not charged to the budget: a fork server's warm-up decode,
        done once for all the workers it forks, which would otherwise each start with its
        items spent (39,000 of the 500,000: a born-digital batch of 55 pages tipped one
        worker into loading numba near its end)."""
        spent = self.spent
        try:
            yield
        finally:
            self.spent = spent


TIERS = Tiers()


def plain_args(args: tuple[Any, ...], work: int) -> list[Any]:
    """``args`` as a loop run in plain Python reads them fastest: each numpy array no
    larger than the call's ``work`` as a list of Python numbers (an item of an array read
    one at a time costs a boxed numpy scalar, several times a list item's cost; the loops
    read most items of their small inputs, so the copy costs less than it saves), the
    others (a model's tables, read at a few places) as they are. The answers are the
    same to the last bit: a float64 or an int64 read from a list is the same number, and
    the loops write into arrays of their own with the dtypes they name."""
    return [arg.tolist() if isinstance(arg, np.ndarray) and arg.ndim == 1
            and arg.size <= work else arg for arg in args]


def run(function: Callable[..., Any], work: int, *args: Any) -> Any:
    """``function(*args)`` in the form the process is better off with (``Tiers``). The
    function must not write into its arguments: run plain, it may be given copies of them
    (``plain_args``); its answers are what it returns."""
    return TIERS.run(function, work, *args)


def runs_plain(work: int) -> bool:
    """Whether a loop of ``work`` items runs as plain Python now (``Tiers.plain``)."""
    return TIERS.plain(work)


def in_use() -> bool:
    """Whether this process runs the compiled loops now (``Tiers.in_use``)."""
    return TIERS.in_use()


def use_compiled() -> None:
    """The compiled loops from now on in this process (``Tiers.use_compiled``)."""
    TIERS.use_compiled()


def uncounted() -> contextlib.AbstractContextManager[None]:
    """Work not charged to this process's budget (``Tiers.uncounted``)."""
    return TIERS.uncounted()
