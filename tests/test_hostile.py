"""Bad, hostile and faulty input: one `Error:` line, exit 2, nothing changed on disk."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

runner = CliRunner()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def refused(args: list[str], folder: Path, message: str) -> None:
    """Run the CLI; assert one `Error:` line naming the problem, exit 2, and no file changed."""
    before = snapshot(folder)
    result = runner.invoke(app, args)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.output
    assert snapshot(folder) == before


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the repository's claims and sources, as the working directory."""
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


CLAIMS = "claims/operation-disruptor/claims.toml"
ARTICLE = "claims/operation-disruptor/article.txt"


@pytest.mark.parametrize(
    "args",
    [
        ["check", ARTICLE, "-o", ARTICLE],  # the article itself
        ["check", CLAIMS, "-o", CLAIMS],  # the curated claims file
        ["check", CLAIMS, "-o", ARTICLE],  # the article the claims file names
        ["check", "claims", "-o", CLAIMS],  # a claims file of the folder checked
        ["check", "-o", CLAIMS],  # the default folder's
        ["check", CLAIMS, "-o", "claims/operation-disruptor/../operation-disruptor/claims.toml"],  # another spelling
        ["extract", ARTICLE, "-o", ARTICLE],
    ],
)
def test_an_output_that_is_an_input_is_refused(project, args):
    refused(args, project, "is an input of this command")


def test_an_output_inside_the_sources_folder_is_refused(project):
    refused(["check", CLAIMS, "-o", "sources/report.json"], project, "inside the sources folder")


def test_an_output_that_is_a_link_to_an_input_is_refused(project):
    (project / "link.txt").symlink_to(project / ARTICLE)
    refused(["check", ARTICLE, "-o", "link.txt"], project, "is an input of this command")
