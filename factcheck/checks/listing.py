"""List claims: the countries or organisations an article names, against the list a source gives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..lexicon import find_orgs, region_of
from ..matching import capitalised, evidence, near_misses, relevance, source_label
from ..model import Corpus, Passage, Source
from ..reading import read
from .outcome import Outcome, confidence, unverifiable

OVERLAP = 0.5  # share of the claimed members a source list must share to be the list in question


@dataclass(frozen=True)
class Members:
    """The members of a list as a text names them: canonical names, and the other names used."""

    names: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...]  # (words used, canonical name)


def countries(text: str) -> Members:
    """The countries a text names, in order."""
    places = [p for p in read(text).places if not p.is_region]
    aliases = tuple((p.surface.removeprefix("the "), p.name) for p in places if p.via_alias)
    return Members(tuple(dict.fromkeys(p.name for p in places)), tuple(dict.fromkeys(aliases)))


def organisations(text: str) -> Members:
    """The known organisations a text names, in order."""
    found = find_orgs(text)
    aliases = tuple((used, name) for name, _, _, used in found if used.casefold() != name.casefold())
    return Members(tuple(dict.fromkeys(name for name, *_ in found)), tuple(dict.fromkeys(aliases)))


def passage_lists(corpus: Corpus, reader: Callable[[str], Members], regions: set[str]) -> Iterator[tuple[Source, Passage, list[str]]]:
    """Every passage that lists two or more members (within the regions, if any)."""
    for source in corpus.sources:
        for passage in source.passages:
            members = list(reader(passage.text).names)
            if regions:
                members = [m for m in members if region_of(m) in regions]
            if len(members) >= 2:
                yield source, passage, members


def _names(items: list[str] | tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_list(claim_text: str, corpus: Corpus) -> Outcome:
    """Compare the claim's members with the best-matching list in the sources."""
    claim = read(claim_text)
    by_country, by_org = countries(claim_text), organisations(claim_text)
    members = by_country if len(by_country.names) >= len(by_org.names) else by_org
    reader = countries if members is by_country else organisations
    claimed = list(members.names)
    regions = {p.region for p in claim.places if p.is_region and p.region != "*"} if members is by_country else set()
    best = None
    for source, passage, listed in passage_lists(corpus, reader, regions):
        overlap = len(set(claimed) & set(listed)) / len(claimed)
        key = (overlap, relevance(claim_text, passage, source), len(listed))
        if best is None or key > best[0]:
            best = (key, source, passage, listed)
    what = "countries" if members is by_country else "organisations"
    if best is None or best[0][0] < OVERLAP:
        return unverifiable(f"No cached source lists these {what}.", near_misses(claim_text, corpus))
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
