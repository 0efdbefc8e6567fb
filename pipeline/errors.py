"""Every error magpipe reports, each with an exit code and a message saying what to do.

Exit codes (documented in the README):

====  ==========================================================
0     every input file was processed
1     some input files failed; the others were written (see report.json)
2     bad usage: wrong option, missing path, unreadable artifact
3     a dependency is missing (Tesseract, its language data, ...)
4     the output folder cannot be written
130   interrupted (Ctrl-C); rerun the same command to resume
====  ==========================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_MISSING_DEPENDENCY = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130   # 128 + SIGINT, as shells report a Ctrl-C


class MagpipeError(Exception):
    """Base class: ``str(error)`` is one line naming the file and what to do."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class UsageError(MagpipeError):
    """The command line or a config value is wrong."""

    exit_code = EXIT_USAGE


class ArtifactError(MagpipeError):
    """A saved stage artifact is missing, of the wrong stage, or of another version."""

    exit_code = EXIT_USAGE


class MissingDependencyError(MagpipeError):
    """An external program or its data is not installed."""

    exit_code = EXIT_MISSING_DEPENDENCY


class OutputError(MagpipeError):
    """The output folder cannot be created or written (read-only, disk full)."""

    exit_code = EXIT_OUTPUT


class InputError(MagpipeError):
    """One input document cannot be processed; the run goes on with the others."""

    exit_code = EXIT_SOME_FAILED


class PageError(MagpipeError):
    """One page cannot be processed (OCR timeout, image too large); the document goes on."""

    exit_code = EXIT_SOME_FAILED
