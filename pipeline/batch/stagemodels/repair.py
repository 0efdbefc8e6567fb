"""Imported by a fork server (see the package): repair's decoder, with its lexicon and
language model."""

from __future__ import annotations

from magpipe import repair
from magpipe.batch.stagemodels import load

load("repair's lexicon and language model", repair.decoder)
