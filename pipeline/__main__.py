"""``python -m pipeline`` is the ``magpipe`` command."""

from .cli import main

main()
