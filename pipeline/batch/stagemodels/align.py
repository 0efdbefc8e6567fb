"""Imported by a fork server (see the package): align's lexicon glosses, and the index of
their headwords' lengths that every worker's first document would build otherwise."""

from __future__ import annotations

from magpipe.align import lexicon as align_glosses
from magpipe.batch.stagemodels import load

load("align's glosses", align_glosses.glosses)
# the first text compared reads the index of the headwords' lengths (from its snapshot: ~1 ms,
# ~17 ms to work out)
load("align's headword lengths", lambda: align_glosses.gloss_similarity("", ""))
