"""The README's examples run as written: each `factcheck` command line of its usage, curation and
report blocks, on a copy of the bundled claims, sources and test articles (its /tmp/ paths in a
folder of the test's own, and shell completion not installed into this machine's shell)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Runnable lines: `factcheck ...` commands with no placeholder (ID, URL, FILE, [options]).
LINES = [
    m.group(1).split("  #")[0].strip()
    for m in re.finditer(r"^    (factcheck [^\n]+)$", README, re.MULTILINE)
    if not re.search(r"\b(ID|URL|FILE|DIR)\b|\[", m.group(1).split("  #")[0])
]


def test_the_readme_has_examples_to_run():
    assert len(LINES) >= 15
    assert any(" - <" in line for line in LINES) and any("--accept" in line for line in LINES)


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("readme")
    for part in ("claims", "sources", "tests/articles"):
        shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns(".factcheck"))
    (folder / "out").mkdir()
    return folder


@pytest.mark.parametrize("line", [line for line in LINES if "--install-completion" not in line])
def test_a_readme_example_runs_as_written(copy, line):
    command = line.replace("/tmp/", f"{copy / 'out'}/")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}
    result = subprocess.run(command, shell=True, cwd=copy, env=env, capture_output=True, text=True, timeout=300)
    # 0: every claim as expected; 1: a claim failed (the seed article has disputed claims). Never a usage error.
    assert result.returncode in (0, 1), f"{line}\n{result.stderr}"
    assert "Error:" not in result.stderr, f"{line}\n{result.stderr}"
