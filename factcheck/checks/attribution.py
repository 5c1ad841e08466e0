"""Attribution claims: a person with a title, checked against how the sources name them."""

from __future__ import annotations

from ..corpus.index import Index
from ..model import Outcome, Passage, Source
from ..read.people import MISSPELT, Person, bare_name, compare_titles, name_similarity, same_person
from ..read.reading import Reading
from ..read.text import content_stems
from . import register
from .base import Check, capitalised, confidence, evidence, one_part, source_label, unverifiable

# A title and a name with this many other content words or fewer is a claim about the title.
_FEW_OTHER_WORDS = 3


@register
class Attribution(Check):
    """A person with a title ("Deputy Attorney General Jeffrey A. Rosen"), or a bare name."""

    kind = "attribution"
    priority = 20
    needs = "title and name"

    def detects(self, claim: Reading) -> bool:
        """A titled name and little else (no figure)."""
        if not claim.people or claim.quantities:
            return False
        person = claim.people[0]
        rest = claim.text[: person.start] + claim.text[person.end :]
        return len(content_stems(rest)) <= _FEW_OTHER_WORDS

    def applies(self, claim: Reading) -> bool:
        """A titled name, or a text that is only a name."""
        return bool(claim.people) or bare_name(claim.text) is not None

    def check(self, claim: Reading, index: Index) -> Outcome:
        """Same person, same office."""
        return one_part("name and title", check_attribution(claim, index))


def _mentions(index: Index) -> list[tuple[Source, Passage, Person]]:
    # Every person the sources name, listed once per index (not once per claim).
    return index.prepared(
        "people named",
        lambda i: [(e.source, e.passage, person) for e in i.entries() for person in e.reading.people],
    )


def _similar(claimed: Person, other: Person) -> float:
    if len(claimed.name.split()) == 1:  # a surname alone is compared with surnames
        return name_similarity(claimed.surname, other.surname)
    return name_similarity(claimed.name, other.name)


def check_attribution(claim: Reading, index: Index) -> Outcome:
    """Check a '<title> <name>' claim (or a bare name): same person, same office."""
    claim_text = claim.text
    claimed = claim.people[0] if claim.people else bare_name(claim_text)
    if claimed is None:
        return unverifiable("The claim names no person to check.", index.near_misses(claim_text))
    mentions = _mentions(index)
    same = [m for m in mentions if same_person(claimed, m[2])]
    named = f"{claimed.title} {claimed.name}".strip()
    if same:
        for source, passage, person in same:
            if not person.title and claimed.title:
                continue
            ok, _ = compare_titles(claimed.title, person.title) if claimed.title else (True, "")
            if ok:
                text = (
                    f"{capitalised(source_label(source))} names {person.title} {person.name} "
                    f"({passage.location}); the article says {named}."
                )
                return Outcome(
                    "supported",
                    confidence("supported", 1.0),
                    text,
                    (),
                    (evidence(passage, 1.0, text=f"{person.title} {person.name}"),),
                )
        titled = [m for m in same if m[2].title] or same
        source, passage, person = max(titled, key=lambda m: len(m[2].title))
        _, why = compare_titles(claimed.title, person.title)
        text = (
            f"{capitalised(source_label(source))} names {person.title} {person.name} ({passage.location}); "
            f"the article says {named}: {why}."
        )
        return Outcome(
            "disputed",
            confidence("disputed", 0.9),
            text,
            (),
            (evidence(passage, 0.9, text=f"{person.title} {person.name}"),),
        )
    scored = sorted(((_similar(claimed, m[2]), i, m) for i, m in enumerate(mentions)), key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] >= MISSPELT:
        similarity, _, (source, passage, person) = scored[0]
        text = (
            f"{capitalised(source_label(source))} names {person.title} {person.name} ({passage.location}); "
            f"the article spells the name {claimed.name}."
        )
        ok, why = compare_titles(claimed.title, person.title) if claimed.title else (True, "")
        if not ok:
            text += f" The title differs too: {why}."
        score = similarity / 100
        return Outcome(
            "disputed",
            confidence("disputed", score),
            text,
            (),
            (evidence(passage, score, text=f"{person.title} {person.name}"),),
        )
    return unverifiable(f"No cached source names {claimed.name}.", index.near_misses(claim_text))
