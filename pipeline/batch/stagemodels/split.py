"""Imported by a fork server (see the package): split's language profiles, and its role
model when the stage decides roles with it."""

from __future__ import annotations

from magpipe import split
from magpipe.batch.stagemodels import load
from magpipe.split import langid, rolemodel

# loaded on first use; as one table read back from its snapshot (split.langprofiles): a few
# hundredths of a second, not the half second langdetect's own loading takes
load("langdetect's profiles", lambda: langid.detect(""))
if split.ROLE_SOURCE == "model":     # the hand-written rules need no model
    load("the role model", rolemodel.load)
