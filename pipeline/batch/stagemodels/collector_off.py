"""Imported first by a fork server that loads models (see the package): Python's cyclic
garbage collector is off while the fork server imports the stages and loads their models,
and :mod:`.frozen`, imported last, freezes what was loaded and turns it back on, before any
worker is forked (the recipe of ``gc.freeze``'s documentation).

Loading makes a few million objects that all live for the whole run, and the collector
walked the growing heap again and again as they came: ~0.2 s of the fork server's 1.2 s of
CPU, which every page of a run waits for (issue 14). Loading leaves almost no cyclic
garbage to miss (777 objects, measured), and the workers collect as usual.
"""

from __future__ import annotations

import gc

gc.disable()
