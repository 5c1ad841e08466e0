"""List claims: the countries or organisations an article names, against the list a source gives."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..corpus.index import Index, relevance
from ..model import Outcome
from ..read.lists import countries, enumerated, organisations
from ..read.reading import Reading
from . import register
from .base import Check, capitalised, confidence, evidence, one_part, source_label, unverifiable

OVERLAP = 0.5  # share of the claimed members a source list must share to be the list in question


@register
class Listing(Check):
    """The countries or organisations an article names, against the list a source gives."""

    kind = "list"
    priority = 40
    needs = "list of countries or organisations"

    def applies(self, claim: Reading) -> bool:
        """Two or more countries, or organisations, in a list."""
        return enumerated(claim)

    def check(self, claim: Reading, index: Index) -> Outcome:
        """The best-matching list in the sources, member by member."""
        return one_part("members of the list", check_list(claim, index))


def _names(items: list[str] | tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_list(claim: Reading, index: Index) -> Outcome:
    """Compare the claim's members with the best-matching list in the sources."""
    claim_text = claim.text
    by_country, by_org = countries(claim_text), organisations(claim_text)
    members = by_country if len(by_country.names) >= len(by_org.names) else by_org
    reader = countries if members is by_country else organisations
    claimed = list(members.names)
    regions = {p.region for p in claim.places if p.is_region and p.region != "*"} if members is by_country else set()
    best = None
    for source, passage, listed in index.lists(reader, regions, index.claim_subjects(claim)):
        overlap = len(set(claimed) & set(listed)) / len(claimed)
        key = (overlap, relevance(claim_text, passage, source), len(listed))
        if best is None or key > best[0]:
            best = (key, source, passage, listed)
    what = "countries" if members is by_country else "organisations"
    if best is None or best[0][0] < OVERLAP:
        return unverifiable(f"No cached source lists these {what}.", index.near_misses(claim_text))
    (overlap, rel, _), source, passage, listed = best
    label = capitalised(source_label(source))
    scope = f" in {_names(sorted(regions))}" if regions else ""
    stated = f"{label} lists {_names(listed)}{scope} ({passage.location})"
    extra = [c for c in claimed if c not in listed]
    missing = [c for c in listed if c not in claimed]
    ev = (evidence(passage, overlap),)
    if extra:
        pairs = []
        for item in extra:
            near = max(missing, key=lambda m: fuzz.ratio(item, m), default=None)
            if near and fuzz.ratio(item, near) >= 70:
                pairs.append(f"{item} where the source has {near}")
            else:
                pairs.append(f"{item}, which the source does not list")
        text = f"{stated}; the article names {'; '.join(pairs)}."
        return Outcome("disputed", confidence("disputed", overlap), text, (), ev)
    flags = []
    text = f"{stated}; the article names {_names(claimed)}."
    if members.aliases:
        flags.append("alias")
        text += " " + "; ".join(f"{used} is {name}" for used, name in members.aliases) + "."
    if missing:
        flags.append("incomplete-list")
        text += f" The article leaves out {_names(missing)}."
    return Outcome("supported", confidence("supported", max(overlap, rel), tuple(flags)), text, tuple(flags), ev)
