"""Shared fixtures: the repository root, the seed corpus and a corpus that is not the seed's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    """The bundled sources of the seed case."""
    return load_corpus(ROOT / "sources")


@pytest.fixture(scope="session")
def cyclone() -> Corpus:
    """A fictional event with two documents and a table: nothing in it is the seed's."""
    return load_corpus(FIXTURES / "cyclone")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the repository's claims and sources, as the working directory."""
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(directory: Path, files: dict[str, str | bytes]) -> Path:
    """Write files into a folder and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return directory
