"""Other statements: honest about what needs a source the cache does not hold."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..lexicon import canonical_org
from ..matching import evidence, near_misses, rank
from ..model import Corpus
from ..text import fold
from .outcome import Outcome, confidence, unverifiable

# "according to X", "X reported", "X released a report", "a report by X", "X found".
_CAP = r"[A-Z][\w.&'\u2019-]*"
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|news|co\.uk|eu|fr|de)\b"
_ORIGIN = rf"(?:{_DOMAIN}|{_CAP}(?:\s+(?:{_CAP}|of|and|the|for|on))*)"
_ORIGIN_RES = (
    re.compile(rf"\baccording\s+to\s+(?:the\s+)?({_ORIGIN})"),
    re.compile(rf"\b(?:a|the)\s+(?:report|study|survey|analysis)\s+(?:by|from)\s+(?:the\s+)?({_ORIGIN})"),
    # Speech verbs ("said") are left to quotations: only reporting verbs name an outlet or report.
    re.compile(rf"(?<![\w.-])(?:[Tt]he\s+)?({_ORIGIN})\s+(?:reported|released|published|found|concluded|estimated)\b"),
)


def origin_match(text: str) -> re.Match[str] | None:
    """Where a text names the organisation or outlet it rests on ("according to X")."""
    for pattern in _ORIGIN_RES:
        m = pattern.search(text)
        if m:
            return m
    return None


def origin(claim_text: str) -> str | None:
    """The organisation or outlet a claim says it rests on, if it names one."""
    m = origin_match(claim_text)
    if m is None:
        return None
    name = m.group(1).strip()
    name = name[4:] if name.startswith("The ") else name
    while name.split() and name.split()[-1] in ("of", "and", "the", "for", "on"):
        name = name.rsplit(" ", 1)[0]
    return name or None


def is_cached(name: str, corpus: Corpus) -> bool:
    """True when some cached source comes from the named organisation or outlet."""
    wanted = canonical_org(name)
    for source in corpus.sources:
        for field in (source.info.publisher, *source.info.publisher.split(","), source.info.title):
            if field and (canonical_org(field) == wanted or fuzz.partial_ratio(fold(name), fold(field)) >= 95):
                return True
    return False


def check_statement(claim_text: str, corpus: Corpus) -> Outcome:
    """Supported only when a source states the same words; otherwise say what is missing."""
    named = origin(claim_text)
    if named and not is_cached(named, corpus):
        return unverifiable(
            f"The claim rests on {named}, and no source from {named} is cached; "
            f"checking it needs that source.",
            near_misses(claim_text, corpus),
        )
    best = rank(claim_text, corpus, 1)
    if best and fuzz.partial_ratio(fold(claim_text), fold(best[0].passage.text)) >= 98:
        hit = best[0]
        text = f"{hit.source.info.title} states it in these words ({hit.passage.location})."
        return Outcome("supported", confidence("supported", hit.score), text, (),
                       (evidence(hit.passage, hit.score),))
    return unverifiable(
        "A statement of this kind (no figure, quotation, title, list or date to compare) "
        "cannot be checked against the cached sources; the nearest passages are listed.",
        near_misses(claim_text, corpus),
    )
