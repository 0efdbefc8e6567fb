"""Imported last by a fork server (see the package): what it loaded is kept out of the
collector's reach, and the memory loading freed goes back to the system."""

from __future__ import annotations

import gc

from magpipe.batch.engines import release_free_memory

gc.freeze()
release_free_memory()          # what loading used and freed: 48 MB of the fork server's
