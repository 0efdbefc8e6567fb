"""Imported by a fork server, after repair's models, when the batch is large enough that each
worker would load repair's compiled loops midway (see ``pages_for_compiled_loops`` in the
package): numba's set-up and the loops' machine code, read from numba's cache once here and
shared by every worker forked afterwards, which then runs them from its first page."""

from __future__ import annotations

from magpipe import repair
from magpipe.batch.stagemodels import load

load("repair's compiled loops", repair.load_compiled_loops)
