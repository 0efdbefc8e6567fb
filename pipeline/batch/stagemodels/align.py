"""Imported by a fork server (see the package): align's lexicon glosses, and the index of
their headwords' lengths that every worker's first document would build otherwise."""

from __future__ import annotations

from magpipe.align import lexicon as align_glosses
from magpipe.batch.stagemodels import load

load("align's glosses", align_glosses.glosses)
# the first text compared builds the index of the headwords' lengths (40 ms)
load("align's headword lengths", lambda: align_glosses.gloss_similarity("", ""))
