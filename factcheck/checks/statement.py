"""Other statements: honest about what needs a source the cache does not hold."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..corpus.index import Index
from ..model import Outcome
from ..read.origins import origin
from ..read.reading import Reading
from ..read.text import fold
from . import register
from .base import Check, confidence, evidence, one_part, unverifiable


@register
class Statement(Check):
    """Supported only when a source states the same words; otherwise say what is missing."""

    kind = "statement"
    priority = 60
    needs = "words"

    def applies(self, claim: Reading) -> bool:
        """Any text is a statement."""
        return True

    def check(self, claim: Reading, index: Index) -> Outcome:
        """The same words in a source, or what checking the claim would need."""
        return one_part("words", check_statement(claim.text, index))


def check_statement(claim_text: str, index: Index) -> Outcome:
    """Supported only when a source states the same words; otherwise say what is missing."""
    named = origin(claim_text)
    if named and not index.from_publisher(named):
        return unverifiable(
            f"The claim rests on {named}, and no source from {named} is cached; checking it needs that source.",
            index.near_misses(claim_text),
        )
    best = index.rank(claim_text, 1)
    if best and fuzz.partial_ratio(fold(claim_text), fold(best[0].passage.text)) >= 98:
        hit = best[0]
        text = f"{hit.source.info.title} states it in these words ({hit.passage.location})."
        return Outcome("supported", confidence("supported", hit.score), text, (), (evidence(hit.passage, hit.score),))
    return unverifiable(
        "A statement of this kind (no figure, quotation, title, list or date to compare) "
        "cannot be checked against the cached sources; the nearest passages are listed.",
        index.near_misses(claim_text),
    )
