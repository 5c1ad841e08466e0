"""What a check returns, and the confidence scale every check shares."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Evidence, Verdict

# Flags that qualify a supported verdict: each one costs a little confidence.
_SOFT_FLAGS = {"rounded", "approximate", "unit-converted", "alias", "category", "omission",
               "editorial-insertion", "incomplete-list"}


@dataclass(frozen=True)
class Outcome:
    """A check's verdict with its reasons; the verifier adds the claim's id, text and kind."""

    verdict: Verdict
    confidence: float
    explanation: str
    flags: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    candidates: tuple[Evidence, ...] = ()


def confidence(verdict: Verdict, relevance: float, flags: tuple[str, ...] = ()) -> float:
    """Map a verdict, the relevance of its evidence (0-1) and its flags to a 0-1 confidence.

    supported: 0.55 + 0.4 x relevance, less 0.05 per qualifying flag and 0.15 for a conflict;
    disputed: 0.5 + 0.45 x relevance; unverifiable: 0.9 - 0.5 x the best near miss's relevance.
    """
    if verdict == "supported":
        value = 0.55 + 0.4 * relevance - 0.05 * sum(f in _SOFT_FLAGS for f in flags)
        value -= 0.15 if "sources-conflict" in flags else 0.0
    elif verdict == "disputed":
        value = 0.5 + 0.45 * relevance
    else:
        value = 0.9 - 0.5 * relevance
    return round(min(0.99, max(0.05, value)), 2)


def unverifiable(explanation: str, candidates: tuple[Evidence, ...]) -> Outcome:
    """An unverifiable outcome: why, and the nearest passages."""
    best = max((c.score for c in candidates), default=0.0)
    return Outcome("unverifiable", confidence("unverifiable", best), explanation, (), (), candidates)
