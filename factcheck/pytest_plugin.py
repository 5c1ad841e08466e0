"""The pytest plugin: claims files become test items; a corpus fixture for hand-written tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .model import Claim, Corpus, Finding

_CORPUS_KEY = pytest.StashKey[dict]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register --factcheck-sources and the factcheck_sources ini key."""
    parser.addini(
        "factcheck_sources", "folder of cached sources for claims files (relative to rootdir)", default="sources"
    )
    parser.getgroup("factcheck").addoption(
        "--factcheck-sources",
        dest="factcheck_sources",
        default=None,
        help="folder of cached sources for claims files (default: the factcheck_sources ini key)",
    )


def sources_dir(config: pytest.Config) -> Path:
    """The sources folder this run checks claims against."""
    chosen = config.getoption("factcheck_sources") or config.getini("factcheck_sources")
    path = Path(chosen)
    return path if path.is_absolute() else config.rootpath / path


def corpus_for(config: pytest.Config) -> Corpus:
    """The run's corpus, loaded once per session."""
    from .corpus.store import load_corpus

    cache = config.stash.setdefault(_CORPUS_KEY, {})
    if "corpus" not in cache:
        cache["corpus"] = load_corpus(sources_dir(config))
    return cache["corpus"]


@pytest.fixture(scope="session")
def factcheck_corpus(request: pytest.FixtureRequest) -> Corpus:
    """The loaded corpus of cached sources (--factcheck-sources or the factcheck_sources ini key)."""
    return corpus_for(request.config)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect claims.toml and *.claims.toml files."""
    from .claims import is_claims_file

    if is_claims_file(file_path):
        return ClaimsFileCollector.from_parent(parent, path=file_path)
    return None


class ClaimMismatch(Exception):
    """A claim's verdict differs from its `expect`."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        super().__init__(finding.id)


def _short_error(excinfo: pytest.ExceptionInfo[BaseException]) -> str | None:
    from .errors import FactcheckError

    return f"Error: {excinfo.value}" if isinstance(excinfo.value, FactcheckError) else None


class ClaimsFileCollector(pytest.File):
    """A claims file: one test item per claim that has an `expect`."""

    def collect(self) -> Iterator[ClaimItem]:
        """Parse the file and yield its claims with expectations."""
        from .claims import load_claims_file

        for claim in load_claims_file(self.path).claims:
            if claim.expect is not None:
                yield ClaimItem.from_parent(self, name=claim.id, claim=claim)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """A malformed claims file is one line, not a traceback."""
        return _short_error(excinfo) or str(super().repr_failure(excinfo))


class ClaimItem(pytest.Item):
    """One claim: passes when its verdict equals its `expect`."""

    def __init__(self, *, claim: Claim, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.claim = claim

    def runtest(self) -> None:
        """Verify the claim against the run's corpus."""
        from .pipeline import verify_claim

        finding = verify_claim(self.claim, corpus_for(self.config))
        if finding.verdict != self.claim.expect:
            raise ClaimMismatch(finding)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """The claim, the verdict got and expected, why, and the best evidence."""
        from .assertions import describe_failure

        if isinstance(excinfo.value, ClaimMismatch):
            assert self.claim.expect is not None
            return describe_failure(excinfo.value.finding, self.claim.expect)
        return _short_error(excinfo) or str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the claim is: its file and id."""
        return self.path, None, f"claim {self.claim.id}"
