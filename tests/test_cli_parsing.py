"""What reading a command's options costs before its work can start.

``magpipe run`` parses its options before it can start the fork server every page of the run
waits for, so whatever the parsing imports is paid before the first page. Typer 0.29 builds
a Pydantic type adapter for every option as it parses (importing Pydantic: ~85 ms of the main
process's ~240 ms before the fork server starts, measured); the typer the package asks for
parses without it (``pyproject.toml``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Parse ``run``'s options (a missing input stops it right after parsing), then say, as the
# interpreter exits, whether Pydantic was imported.
PARSE_RUN = """
import atexit, sys
atexit.register(lambda: print("pydantic" in sys.modules))
from magpipe.cli import main
sys.argv = ["magpipe", "run", sys.argv[1], "--out", sys.argv[2], "--workers", "2"]
main()
"""


def test_parsing_the_run_command_imports_no_pydantic(tmp_path: Path):
    done = subprocess.run([sys.executable, "-c", PARSE_RUN, str(tmp_path / "missing.pdf"),
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0          # the missing input: the options were read first
    assert done.stdout.strip().splitlines()[-1] == "False", done.stdout + done.stderr[-2000:]
