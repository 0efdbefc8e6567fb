"""``python -m magpipe`` is the ``magpipe`` command."""

from magpipe.cli import main

main()
