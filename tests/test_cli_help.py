"""Every magpipe command explains itself."""

from __future__ import annotations

import subprocess
import sys

import typer
from magpipe.cli import app
from typer.testing import CliRunner

runner = CliRunner()


def _command_paths(command, prefix: tuple[str, ...] = ()):
    """(path, command) for the root and every subcommand, groups included."""
    yield prefix, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _command_paths(sub, prefix + (name,))


def test_every_command_has_help_text():
    root = typer.main.get_command(app)
    paths = list(_command_paths(root))
    names = {" ".join(p) for p, _ in paths}
    assert {"run", "extract", "repair", "split", "align", "lexicon learn"} <= names
    for path, command in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert (command.help or "").strip(), f"'{' '.join(path)}' has no help text"
        first_line = command.help.strip().splitlines()[0]
        assert first_line[:30] in " ".join(result.output.split()), path


def test_python_dash_m_magpipe_is_the_magpipe_command():
    result = subprocess.run([sys.executable, "-m", "magpipe", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "run" in result.stdout and "extract" in result.stdout


def _python(code: str) -> str:
    """What a fresh interpreter running ``code`` prints."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_command_line_loads_no_stage_until_a_command_runs():
    code = ("import sys, magpipe.cli; print(' '.join(m for m in sys.modules "
            "if m.startswith('magpipe.') and m.split('.')[1] in "
            "('extract', 'repair', 'split', 'align', 'batch', 'archive')))")
    assert _python(code).strip() == ""


def test_version_names_the_installed_release():
    from importlib.metadata import version
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"magpipe {version('magpipe')}"


def test_help_is_printed_without_loading_rich():
    # typer's rich help layout imported and rendered through rich: most of the 0.9-1.2 s
    # `magpipe --help` took
    code = ("import sys\nsys.argv = ['magpipe', '--help']\nfrom magpipe.cli import app\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "print('loaded:', ' '.join(m for m in sys.modules if m.split('.')[0] == 'rich'))")
    out = _python(code)
    assert "Usage:" in out and "run" in out
    assert out.strip().splitlines()[-1] == "loaded:"
