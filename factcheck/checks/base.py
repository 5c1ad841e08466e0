"""What every check shares: the Check base class, the confidence scale, and how explanations name
sources and cite passages."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from ..model import About, Evidence, Outcome, Part, PartStatus, Passage, Source, Verdict
from ..read.anchors import Scope, head_of, years_for
from ..read.quantities import Quantity
from ..read.subjects import describe

if TYPE_CHECKING:
    from ..corpus.index import Index
    from ..read.reading import Reading

# Flags that qualify a supported verdict: each one costs a little confidence.
_SOFT_FLAGS = {
    "rounded",
    "approximate",
    "unit-converted",
    "alias",
    "category",
    "omission",
    "editorial-insertion",
    "incomplete-list",
    "unit-unstated",
}


class Check:
    """One kind of claim: which texts make it and how to judge one. To add a kind, subclass this in
    a new module of checks/ and decorate the class with @register; the registry finds it."""

    kind: ClassVar[str]  # the name claims files and reports use
    priority: ClassVar[int]  # classify() asks the checks in this order; the first that detects a claim takes it
    needs: ClassVar[str]  # what a text must have to be checked as this kind, for the explanation

    def detects(self, claim: Reading) -> bool:
        """True when a claim's text makes this kind of claim (classify asks in priority order)."""
        return self.applies(claim)

    def applies(self, claim: Reading) -> bool:
        """True when the text has something this check can judge (for a claim marked as this kind)."""
        raise NotImplementedError

    def check(self, claim: Reading, index: Index) -> Outcome | None:
        """The verdict on a claim, or None to hand it to the next check that applies."""
        raise NotImplementedError


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


def evidence(passage: Passage, score: float, location: str | None = None, text: str | None = None) -> Evidence:
    """Evidence citing a passage (or a part of it)."""
    return Evidence(passage.source_id, location or passage.location, text or passage.text, round(score, 3))


def source_label(source: Source) -> str:
    """How an explanation names a source: 'the U.S. Department of Justice press release'."""
    publisher = source.info.publisher.split(",")[0].strip() or source.info.title
    kind = source.info.kind.replace("-", " ")
    if kind == "table":
        return f"the {publisher} table"
    return f"the {publisher} {kind}" if kind else f"the {publisher} source"


def capitalised(text: str) -> str:
    """The text with its first letter in upper case (the rest untouched)."""
    return text[:1].upper() + text[1:]


def status(outcome: Outcome | None) -> PartStatus:
    """What a verdict says of the part it judged: borne out, contradicted, or not found."""
    if outcome is None or outcome.verdict == "unverifiable":
        return "not found"
    return "borne out" if outcome.verdict == "supported" else "contradicted"


def one_part(name: str, outcome: Outcome) -> Outcome:
    """An outcome that judged one part of its claim, saying so (for checks with one part)."""
    if outcome.checked:
        return outcome
    return replace(outcome, checked=(Part(name, status(outcome)),))


def about(claim: Reading, index: Index, kind: str = "quantity") -> About:
    """What a claim is about as read, and where its subject and time came from (the measure and the
    value for a claim about figures)."""
    subjects, subject_from = index.claim_subjects_from(claim)
    first = claim.quantities[0] if claim.quantities and kind == "quantity" else None
    measure = ""
    if first is not None:
        inherited = claim.around.head if claim.around and first.dimension == "count" and first.unit is None else None
        measure = head_of(claim.text, first) or inherited or ""
    years = years_for(claim, first) if first else claim.years
    time_from = ""
    if years:
        own_years = years_for(replace(claim, around=None), first) if first else claim.years
        time_from = "claim" if own_years else (claim.around.years_from if claim.around else "")
    scope = Scope.of(claim)
    place = ", ".join(sorted(scope.countries | scope.regions))
    if scope.excluded:
        place = (place + "; " if place else "") + "outside " + ", ".join(sorted(scope.excluded))
    return About(
        subject=describe(subjects),
        subject_from=subject_from,
        measure=measure,
        value=", ".join(q.text for q in claim.quantities) if first is not None else "",
        place=place,
        time=", ".join(str(y) for y in sorted(years)),
        time_from=time_from,
    )


def qualifiers(cq: Quantity, sq: Quantity, converted: bool = False) -> list[str]:
    """The flags a figure borne out carries: converted, approximate, or rounded from the source's."""
    flags = []
    if converted:
        flags.append("unit-converted")
    if cq.hedge or sq.hedge:
        flags.append("approximate")
    if not math.isclose(cq.value, sq.value, rel_tol=1e-9) and not (cq.hedge or sq.hedge):
        # The claim rounds the source's figure, or is finer than the source's own rounding.
        flags.append("rounded" if cq.precision >= sq.precision else "approximate")
    return flags
