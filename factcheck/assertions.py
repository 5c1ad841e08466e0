"""Assertion helpers for hand-written tests: assert_supported, assert_disputed, assert_unverifiable."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .corpus.store import load_corpus
from .model import Claim, Corpus, Finding, Verdict
from .pipeline import verify_claim


class ClaimAssertionError(AssertionError):
    """A claim got another verdict than the test expected; carries the finding."""

    def __init__(self, finding: Finding, expected: Verdict) -> None:
        self.finding = finding
        self.expected = expected
        super().__init__(describe_failure(finding, expected))


def describe_failure(finding: Finding, expected: Verdict) -> str:
    """A few plain lines: the claim, the verdict got and expected, why, and the best evidence."""
    lines = [
        f"claim:    {finding.claim}",
        f"verdict:  {finding.verdict} (expected {expected})",
        f"why:      {finding.explanation}",
    ]
    if finding.flags:
        lines.append(f"flags:    {', '.join(finding.flags)}")
    cited = finding.evidence or finding.candidates
    label = "evidence" if finding.evidence else "nearest"
    for e in cited[:2]:
        text = e.text if len(e.text) <= 200 else e.text[:197] + "..."
        lines.append(f"{label}: {e.source_id}, {e.location} (score {e.score:.2f}): {text}")
    return "\n".join(lines)


@lru_cache(maxsize=8)
def _default_corpus(path: Path) -> Corpus:
    return load_corpus(path)


def default_corpus() -> Corpus:
    """The corpus in ./sources, loaded once per process."""
    return _default_corpus(Path("sources").resolve())


def assert_verdict(
    text: str, expected: Verdict, *, sources: tuple[str, ...] | list[str] = (), corpus: Corpus | None = None
) -> Finding:
    """Check a claim's text and fail with a readable message unless it gets the expected verdict."""
    __tracebackhide__ = True
    finding = verify_claim(Claim("assertion", text, expected, tuple(sources)), corpus or default_corpus())
    if finding.verdict != expected:
        raise ClaimAssertionError(finding, expected)
    return finding


def assert_supported(text: str, *, sources: tuple[str, ...] | list[str] = (), corpus: Corpus | None = None) -> Finding:
    """Fail unless the sources support the claim; returns the finding (for its flags)."""
    __tracebackhide__ = True
    return assert_verdict(text, "supported", sources=sources, corpus=corpus)


def assert_disputed(text: str, *, sources: tuple[str, ...] | list[str] = (), corpus: Corpus | None = None) -> Finding:
    """Fail unless the sources dispute the claim."""
    __tracebackhide__ = True
    return assert_verdict(text, "disputed", sources=sources, corpus=corpus)


def assert_unverifiable(
    text: str, *, sources: tuple[str, ...] | list[str] = (), corpus: Corpus | None = None
) -> Finding:
    """Fail unless the claim is unverifiable against the sources."""
    __tracebackhide__ = True
    return assert_verdict(text, "unverifiable", sources=sources, corpus=corpus)
