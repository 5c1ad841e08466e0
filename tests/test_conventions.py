"""Command-line conventions: --version, -h, shell completion, - for standard input and -o - for
standard output, usage errors as one `Error:` line with exit 2, and one wording for each error."""

import subprocess
import sys

import pytest

from factcheck.version import tool_version


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """factcheck as a user runs it: the console script's entry point, in a process of its own."""
    script = "from factcheck.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", script, *args], input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


def test_version_and_short_help(project):
    result = _run("--version")
    assert result.returncode == 0 and result.stdout == f"factcheck {tool_version()}\n"
    for args in (["-h"], ["check", "-h"], ["sources", "-h"], ["sources", "add", "-h"]):
        shown = _run(*args)
        assert shown.returncode == 0 and "Usage: factcheck" in shown.stdout, args
    assert "--install-completion" in _run("-h").stdout  # shell completion


def test_shell_completion_script():
    result = _run("--show-completion", "bash")
    assert result.returncode == 0 and "complete" in result.stdout and "factcheck" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "bogus"],
        ["check", "--jobs", "x"],
        ["bogus"],
        ["check", "--no-such-option"],
        ["sources", "show"],
    ],
)
def test_usage_errors_are_one_error_line_and_exit_2(project, args):
    result = _run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "╭" not in result.stderr and result.stdout == ""


def test_one_wording_for_a_missing_file(project):
    check = _run("check", "gone.txt")
    extract = _run("extract", "gone.txt")
    add = _run("sources", "add", "gone.txt")
    assert check.stderr == extract.stderr == add.stderr == "Error: gone.txt: file not found\n"
    folder = _run("extract", "claims")
    assert folder.stderr.startswith("Error: claims: not a regular file") or "not an article" in folder.stderr


def test_standard_input_and_output(project):
    article = "Operation DisrupTor\n\nThe operation resulted in the arrest of 179 suspects.\n"
    checked = _run("check", "-", "-o", "-", "--format", "json", stdin=article)
    assert checked.returncode == 0, checked.stderr
    import json

    (report,) = json.loads(checked.stdout)["reports"]
    assert report["file"] == "-" and report["findings"][0]["verdict"] == "supported"
    drafted = _run("extract", "-", stdin=article)
    assert drafted.returncode == 0 and 'text = "The operation resulted in the arrest of 179 suspects"' in drafted.stdout
    assert "path" not in drafted.stdout  # no file to name
    script = "from factcheck.cli import main; main()"
    bad = subprocess.run(
        [sys.executable, "-c", script, "check", "-"],
        input=b"caf\xe9 \xff",
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert bad.returncode == 2 and bad.stderr.decode() == "Error: -: not valid UTF-8 (byte 3)\n"
