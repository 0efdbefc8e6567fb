"""Imported by a fork server (see the package): repair's decoder, with its lexicon and
language model (read from their snapshot when one is saved, see :mod:`magpipe.snapshots`),
and what every worker's first document would load otherwise: the joiner over them, and
wordfreq's English list (0.1 s: read at the first English slip a document holds)."""

from __future__ import annotations

from magpipe import repair
from magpipe.batch.stagemodels import load
from wordfreq import zipf_frequency

load("repair's lexicon and language model", repair.decoder)
load("repair's joiner", repair.joiner)
load("wordfreq's English list", lambda: zipf_frequency("the", "en"))
