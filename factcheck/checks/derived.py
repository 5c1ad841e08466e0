"""Figures a source implies without stating them: how many countries its list names, and the
total of a breakdown ("the arrests outside the United States" from each country's count)."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..corpus.index import Index
from ..model import Outcome, Passage, Source
from ..read.anchors import Scope, claim_concepts, head_of
from ..read.lexicon import concept
from ..read.lists import countries as countries_in
from ..read.lists import organisations as organisations_in
from ..read.quantities import Quantity, format_number
from ..read.reading import Reading, read
from ..read.text import stem
from ..read.vocab import load
from .base import capitalised, confidence, evidence, source_label
from .candidates import Candidate

_MEMBERS = load("words")["members"]
_COUNTRY_HEADS = {concept(stem(w)) for w in _MEMBERS["countries"]}
_ORG_HEADS = {concept(stem(w)) for w in _MEMBERS["organisations"]}
IMPLIED = 0.9  # an implied figure counts a little less than a stated one
CLOSED_RELEVANT = 0.3  # a country's figure this relevant to the claim is a part of its breakdown
NEAR_NAME = 70  # a listed country this alike in spelling is named as the one probably meant


def _relevance(claim: Reading, passage_concepts: frozenset[str], wanted: frozenset[str]) -> float:
    return sum(c in passage_concepts for c in wanted) / len(wanted) if wanted else 0.5


def member_counts(claim: Reading, cq: Quantity, index: Index) -> list[Candidate]:
    """'seven countries' against the number of countries a relevant passage lists."""
    head = head_of(claim.text, cq)
    if cq.dimension != "count" or head not in _COUNTRY_HEADS | _ORG_HEADS:
        return []
    reader = countries_in if head in _COUNTRY_HEADS else organisations_in
    regions = {p.region for p in claim.places if p.is_region and p.region != "*"}
    wanted = claim_concepts(claim) - {head}
    found = []
    noun = "countries" if reader is countries_in else "organisations"
    for source, passage, members in index.lists(reader, regions, index.claim_subjects(claim)):
        score = IMPLIED * _relevance(claim, read(passage.text).concepts, wanted)
        value = Quantity(float(len(members)), None, "count", None, 0.0, str(len(members)), 0, 0)
        found.append(
            Candidate(
                source,
                passage,
                value,
                round(score, 3),
                passage.location,
                passage.text,
                note=f" when its list is counted ({', '.join(members)})",
                derived=True,
                phrase=f"{len(members)} {noun}",
            )
        )
    return found


def totals(claim: Reading, cq: Quantity, candidates: list[Candidate]) -> list[Candidate]:
    """Add up a passage's figures for each country in the claim's scope."""
    scope = Scope.of(claim, cq)
    if not (scope.several or scope.regions) or head_of(claim.text, cq) in _COUNTRY_HEADS | _ORG_HEADS:
        return []
    by_passage: dict[tuple[str, int], list[Candidate]] = {}
    for c in candidates:
        if c.anchor and c.anchor[0] and c.quantity.dimension == cq.dimension:
            by_passage.setdefault((c.source.info.id, c.passage.index), []).append(c)
    found = []
    for parts in by_passage.values():
        per_country: dict[str | None, Candidate] = {}
        for c in parts:
            per_country.setdefault(c.anchor[0], c)  # the first figure stated for each country
        if len(per_country) < 2:
            continue
        if any(country not in per_country for country in scope.countries):
            continue  # a country the claim names has no figure here: no total to make
        chosen = [c for country, c in per_country.items() if country is not None and scope.covers(country)]
        if len(chosen) < 2:
            continue
        total = sum(c.quantity.value for c in chosen)
        first = chosen[0]
        # Implied figures yield to stated ones of equal relevance.
        score = round(IMPLIED * min(c.score for c in chosen), 3)
        terms = " + ".join(f"{c.anchor[0]} {c.quantity.text}" for c in chosen)
        value = Quantity(total, cq.unit, cq.dimension, None, 0.0, format_number(total), 0, 0)
        found.append(
            Candidate(
                first.source,
                first.passage,
                value,
                score,
                first.location,
                first.passage.text,
                note=f" when its figures are added up ({terms})",
                phrase=format_number(total),
                derived=True,
            )
        )
    return found


@dataclass(frozen=True)
class Breakdown:
    """A complete breakdown by country in one passage: each country's figure, and what shows that no
    country is missing (the total the figures add up to, or the number of countries stated)."""

    source: Source
    passage: Passage
    parts: tuple[tuple[str, Candidate], ...]
    closed_by: str


def closed_breakdowns(claim: Reading, cq: Quantity, anywhere: list[Candidate], index: Index) -> list[Breakdown]:
    """The complete breakdowns by country of what the claim's figure counts, about its subject."""
    by_passage: dict[tuple[str, int], list[Candidate]] = {}
    for c in anywhere:
        if c.anchor and c.anchor[0] and c.quantity.dimension == cq.dimension and c.score >= CLOSED_RELEVANT:
            by_passage.setdefault((c.source.info.id, c.passage.index), []).append(c)
    found = []
    for parts in by_passage.values():
        per_country: dict[str, Candidate] = {}
        for c in parts:
            per_country.setdefault(c.anchor[0] or "", c)
        if len(per_country) < 2:
            continue
        first = parts[0]
        total = sum(c.quantity.value for c in per_country.values())
        closed_by = ""
        for source, entries in index.by_source():
            if source is not first.source:
                continue
            for entry in entries:
                reading = entry.reading
                for q in reading.quantities:
                    head = head_of(reading.text, q)
                    if head in _COUNTRY_HEADS and q.dimension == "count" and q.value == len(per_country):
                        closed_by = f"it counts {q.text} countries in all"
                    elif q.dimension == cq.dimension and q.value == total and not q.hedge and head is not None:
                        closed_by = f"they add up to its total of {q.text}"
        if closed_by:
            found.append(Breakdown(first.source, first.passage, tuple(per_country.items()), closed_by))
    return found


def outside(claim: Reading, cq: Quantity, breakdowns: list[Breakdown]) -> Outcome | None:
    """Disputed when the claim's country is outside a complete breakdown of the same thing."""
    scope = Scope.of(claim, cq)
    if len(scope.countries) != 1 or scope.excluded:
        return None
    (country,) = scope.countries
    for b in breakdowns:
        members = dict(b.parts)
        if country in members:
            continue
        listed = ", ".join(f"{name} {c.quantity.text}" for name, c in b.parts)
        near = max(members, key=lambda m: fuzz.ratio(m, country))
        text = (
            f"{capitalised(source_label(b.source))} gives every country ({listed}; {b.passage.location}): "
            f"{b.closed_by}, and {country} is not among them; the article says {cq.text} in {country}."
        )
        if fuzz.ratio(near, country) >= NEAR_NAME:
            text += f" Did it mean {near} ({members[near].quantity.text})?"
        return Outcome("disputed", confidence("disputed", IMPLIED), text, (), (evidence(b.passage, IMPLIED),))
    return None
