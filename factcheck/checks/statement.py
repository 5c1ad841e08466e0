"""Other statements: honest about what needs a source the cache does not hold."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..corpus.index import NEAREST, Index, as_near_misses
from ..model import Outcome, Verdict
from ..read.origins import origin
from ..read.reading import Reading, concepts_of
from ..read.relations import operators, superlative, unsaid
from ..read.subjects import describe, fit
from ..read.text import fold
from . import register
from .base import Check, capitalised, confidence, evidence, one_part, source_label, unverifiable
from .program import check_table_program
from .table import check_row


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
        program = check_table_program(claim, index)  # "Stansted handled more passengers than Manchester"
        if program is not None:
            return one_part("table", program)
        ranked = superlative_of(claim, index)
        if ranked is not None:
            return one_part("superlative", ranked)
        row = check_row(claim, index)  # "Schumacher won the Australian Grand Prix": one table row
        if row is not None:
            return one_part("row", row)
        return one_part("words", check_statement(claim.text, index))


def superlative_of(claim: Reading, index: Index) -> Outcome | None:
    """ "Operation Marlin was the agency's largest operation": a source that says the same superlative,
    with the same words, of a subject of the same kind bears it out (the claim's subject) or disputes
    it (another: only one can be the largest)."""
    claimed = index.claim_subjects(claim)
    highest, lowest = superlative(claim.text)
    if not claimed or highest == lowest:
        return None
    said = operators(claim.text)
    text = claim.text
    for x in claim.subjects:
        text = text[: x.start] + " " * (x.end - x.start) + text[x.end :]
    # What the superlative is of and over ("operation", "agency"): the source must say it too.
    wanted = concepts_of(text) - concepts_of(" ".join(said))
    for entry in index.entries(tables=False):
        reading = entry.reading
        for lo, hi in reading.sentences:
            sentence = reading.text[lo:hi]
            if superlative(sentence) != (highest, lowest) or unsaid(said, sentence):
                continue
            if wanted - reading.concepts_between(lo, hi):
                continue
            about = index.subjects_at(entry, lo, hi)
            same = fit(claimed, about)
            if same is None:
                continue  # said of nothing the cache can tell apart
            verdict: Verdict = "supported" if same else "disputed"
            label = capitalised(source_label(entry.source))
            whom = describe(about)
            text_out = f'{label} says "{sentence.strip()}" ({entry.passage.location}), of {whom}'
            text_out += "." if verdict == "supported" else f"; the article says it of {describe(claimed)}."
            score = 1.0
            return Outcome(
                verdict,
                confidence(verdict, score),
                text_out,
                (),
                (evidence(entry.passage, score, entry.passage.location, sentence.strip()),),
            )
    return None


def check_statement(claim_text: str, index: Index) -> Outcome:
    """Supported only when a source states the same words; otherwise say what is missing."""
    named = origin(claim_text)
    if named and not index.from_publisher(named):
        return unverifiable(
            f"The claim rests on {named}, and no source from {named} is cached; checking it needs that source.",
            index.near_misses(claim_text),
        )
    ranked = index.rank(claim_text, NEAREST)  # ranked once: the best, else the nearest listed
    if ranked and fuzz.partial_ratio(fold(claim_text), fold(ranked[0].passage.text)) >= 98:
        hit = ranked[0]
        text = f"{hit.source.info.title} states it in these words ({hit.passage.location})."
        return Outcome("supported", confidence("supported", hit.score), text, (), (evidence(hit.passage, hit.score),))
    return unverifiable(
        "A statement of this kind (no figure, quotation, title, list or date to compare) "
        "cannot be checked against the cached sources; the nearest passages are listed.",
        as_near_misses(ranked),
    )
