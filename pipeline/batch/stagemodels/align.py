"""Imported by a fork server (see the package): align's lexicon glosses."""

from __future__ import annotations

from magpipe.align import lexicon as align_glosses
from magpipe.batch.stagemodels import load

load("align's glosses", align_glosses.glosses)
