"""List claims: the countries an article names, against the list a source gives."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..lexicon import region_of
from ..matching import capitalised, evidence, near_misses, relevance, source_label
from ..model import Corpus
from ..reading import read
from .outcome import Outcome, confidence, unverifiable

OVERLAP = 0.5  # share of the claimed members a source list must share to be the list in question


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_list(claim_text: str, corpus: Corpus) -> Outcome:
    """Compare the claim's set of countries with the best-matching list in the sources."""
    claim = read(claim_text)
    claimed = list(claim.countries)
    regions = {p.region for p in claim.places if p.is_region and p.region != "*"}
    best = None
    for source in corpus.sources:
        for passage in source.passages:
            listed = list(read(passage.text).countries)
            if regions:
                listed = [c for c in listed if region_of(c) in regions]
            if len(listed) < 2:
                continue
            overlap = len(set(claimed) & set(listed)) / len(claimed)
            key = (overlap, relevance(claim_text, passage, source), len(listed))
            if best is None or key > best[0]:
                best = (key, source, passage, listed)
    if best is None or best[0][0] < OVERLAP:
        return unverifiable("No cached source lists these countries.", near_misses(claim_text, corpus))
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
    aliased = [p for p in claim.places if not p.is_region and p.via_alias]
    if aliased:
        flags.append("alias")
        text += " " + "; ".join(f"{p.surface.removeprefix('the ')} is {p.name}" for p in aliased) + "."
    if missing:
        flags.append("incomplete-list")
        text += f" The article leaves out {_names(missing)}."
    return Outcome("supported", confidence("supported", max(overlap, rel), tuple(flags)), text, tuple(flags), ev)
