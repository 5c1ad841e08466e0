"""The pytest plugin: claims files become test items; a corpus fixture for hand-written tests.

Safe to have installed: it collects only in a project that asks for it (a `factcheck_sources` ini
key, or `--factcheck`), and only files that are claims files in fact (a `claims.toml` or
`*.claims.toml` with a `[[claim]]` table); an unrelated `claims.toml` is left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .model import Claim, Corpus, Finding

_CORPUS_KEY = pytest.StashKey[dict]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register --factcheck, --factcheck-sources and the factcheck_sources ini key."""
    parser.addini(
        "factcheck_sources",
        "folder of cached sources for claims files (relative to rootdir); setting it collects claims files",
        default="",
    )
    group = parser.getgroup("factcheck")
    group.addoption(
        "--factcheck",
        action="store_true",
        default=False,
        help="collect claims files (claims.toml, *.claims.toml) as tests; on by a factcheck_sources ini key",
    )
    group.addoption(
        "--factcheck-sources",
        dest="factcheck_sources",
        default=None,
        help="folder of cached sources for claims files (default: the factcheck_sources ini key, else sources)",
    )


def opted_in(config: pytest.Config) -> bool:
    """Whether this project asks for claims files to be collected."""
    return bool(
        config.getoption("factcheck") or config.getoption("factcheck_sources") or config.getini("factcheck_sources")
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register a marker for each kind of claim (`-m quantity`), in a project that collects claims."""
    if not opted_in(config):
        return
    from .checks import kinds

    for kind in kinds():
        config.addinivalue_line("markers", f"{kind}: factcheck claims of the kind {kind}")


def sources_dir(config: pytest.Config) -> Path:
    """The sources folder this run checks claims against."""
    chosen = config.getoption("factcheck_sources") or config.getini("factcheck_sources") or "sources"
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
    """Collect claims.toml and *.claims.toml files that hold [[claim]] tables, where the project asks."""
    if not opted_in(parent.config) or not file_path.name.endswith("claims.toml"):
        return None
    from .claims import is_claims_file, looks_like_claims_file

    if is_claims_file(file_path) and looks_like_claims_file(file_path):
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
    """A claims file: one test item per claim, marked by its kind; one without `expect` skipped."""

    def collect(self) -> Iterator[ClaimItem]:
        """Parse the file and yield its claims."""
        from .checks import classify
        from .claims import load_claims_file
        from .read.reading import read

        for claim in load_claims_file(self.path).claims:
            item = ClaimItem.from_parent(self, name=claim.id, claim=claim)
            item.add_marker(claim.kind or classify(read(claim.text)).kind)
            if claim.expect is None:
                reason = "no `expect` for this claim: add one, or record its verdict with `factcheck check --accept`"
                item.add_marker(pytest.mark.skip(reason=reason))
            yield item

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

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        """The claim, the verdict got and expected, why, and the best evidence; the summary line
        pytest prints at the end starts with the mismatch ("disputed, expected supported")."""
        from .assertions import describe_failure

        if isinstance(excinfo.value, ClaimMismatch):
            assert self.claim.expect is not None
            finding = excinfo.value.finding
            crash = _Crash(str(self.path), self.claim.line or 0, f"{finding.verdict}, expected {self.claim.expect}")
            return _ClaimFailure(describe_failure(finding, self.claim.expect), crash)
        return _short_error(excinfo) or str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the claim is: its file, the line of its [[claim]], and its id."""
        line = self.claim.line - 1 if self.claim.line else None  # pytest counts lines from 0
        return self.path, line, f"claim {self.claim.id}"


class _Crash:
    """Where a claim failed and how, in one line: what pytest's summary line shows."""

    def __init__(self, path: str, lineno: int, message: str) -> None:
        self.path, self.lineno, self.message = path, lineno, message


class _ClaimFailure:
    """A claim's failure as pytest prints it: plain lines, no traceback, and a one-line summary."""

    def __init__(self, text: str, crash: _Crash) -> None:
        self.text, self.reprcrash = text, crash

    def toterminal(self, tw: Any) -> None:
        """Write the failure's lines."""
        for line in self.text.splitlines():
            tw.line(line)

    def __str__(self) -> str:
        return self.text
