"""The repair lexicon's files: where the shipped data and the user lexicon are, and which
of them are in force, with their fingerprint. Imports nothing of the repair stage.

A batch's main process puts the lexicon's fingerprint in repair's cache key but never runs
repair: importing ``magpipe.repair`` only to hash these files cost it ~0.4 s of CPU a run
(issue 14). ``magpipe.repair.lexicon`` reads the same names from here.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from magpipe.files import sha256_file

# the shipped lexicon and language model (``lm/``), beside the code that reads them
DATA = Path(__file__).resolve().parent / "repair" / "lexicon" / "data"
USER_LEXICON_ENV = "MAGPIPE_USER_LEXICON"
DEFAULT_USER_LEXICON = Path.home() / ".local" / "share" / "magpipe" / "user-lexicon.tsv.gz"


def user_lexicon_path() -> Path | None:
    """The user lexicon in force: the ``$MAGPIPE_USER_LEXICON`` file, else the default file;
    None while that file does not exist yet."""
    env = os.environ.get(USER_LEXICON_ENV)
    path = Path(env) if env else DEFAULT_USER_LEXICON
    return path if path.exists() else None      # nothing learned yet: the shipped data alone


def shipped_files() -> list[Path]:
    """Every file of the shipped data (the language model's too), in a stable order."""
    return sorted(p for p in DATA.rglob("*") if p.is_file())


def fingerprint() -> str:
    """Identifies the lexicon in force (shipped data + user lexicon), for cache keys."""
    digest = hashlib.sha256()
    for path in shipped_files():
        digest.update(path.relative_to(DATA).as_posix().encode() + sha256_file(path).encode())
    user = user_lexicon_path()
    if user is not None and user.exists():
        digest.update(b"user" + sha256_file(user).encode())
    return digest.hexdigest()[:16]
