"""Loops of the repair stage compiled to machine code (numba), once per process.

Where a loop does a few arithmetic operations per item over millions of items, or a dozen
small array operations per step over tens of thousands of steps, numpy pays a Python call
or a temporary array for each; numba's ``njit`` compiles the plain Python function instead
(``cache=True``: the machine code is kept beside the module, or in numba's cache folder
where that is not writable, and read back in milliseconds the next time). numba itself is
imported only here, on first use: importing it costs about half a second, which only a
process that builds a decoder or loads the language model pays, never the CLI's start.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


@functools.cache
def compiled(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` (plain Python on numpy arrays and numbers) compiled by numba."""
    started = time.perf_counter()
    import numba  # about half a second: only where repair's models load

    fast = numba.njit(cache=True, nogil=True)(function)
    log.debug("%s compiled in %.2f s", function.__name__, time.perf_counter() - started)
    return fast
