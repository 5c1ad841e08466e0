"""One reader for both sides: the typed facts found in a claim, an article or a source passage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import DateMention, find_dates
from .lexicon import PlaceMention, concept, find_orgs, find_places
from .people import Person, find_people
from .quantities import Quantity, find_quantities
from .quotes import Quotation, find_quotations
from .text import clause_bounds, content_stems

_YEAR_RE = re.compile(r"(?<![\d,.$])(?:19|20)\d\d(?!\d|,\d)")


@dataclass(frozen=True)
class Reading:
    """Everything the extractors find in one text, with offsets into that text."""

    text: str
    quantities: tuple[Quantity, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    people: tuple[Person, ...]
    quotations: tuple[Quotation, ...]
    concepts: frozenset[str]  # synonym-group heads of the content words
    clauses: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]

    def concepts_between(self, start: int, end: int) -> frozenset[str]:
        """The concepts of the words in text[start:end]."""
        return concepts_of(self.text[start:end])

    def years_between(self, start: int, end: int) -> frozenset[int]:
        """The years (1900-2099) written in text[start:end]."""
        return frozenset(int(y) for y in _YEAR_RE.findall(self.text[start:end]))

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries named, canonical and without repeats, in order."""
        return tuple(dict.fromkeys(p.name for p in self.places if not p.is_region))

    @property
    def years(self) -> frozenset[int]:
        """Every year the text writes."""
        return self.years_between(0, len(self.text))


@lru_cache(maxsize=65536)
def concepts_of(text: str) -> frozenset[str]:
    """Synonym-group heads of a text's content words."""
    return frozenset(concept(s) for s in content_stems(text))


@lru_cache(maxsize=65536)
def read(text: str) -> Reading:
    """Run every extractor over a text (cached: sources are read once per process)."""
    return Reading(
        text=text,
        quantities=tuple(find_quantities(text)),
        places=tuple(find_places(text)),
        dates=tuple(find_dates(text)),
        people=tuple(find_people(text)),
        quotations=tuple(find_quotations(text)),
        concepts=concepts_of(text),
        clauses=tuple(clause_bounds(text)),
        sentences=tuple(clause_bounds(text, sentences=True)),
    )


_BRACKETED = re.compile(r"\s*\([^)]*\)")
_ENUMERATION_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$")


def enumerated(reading: Reading) -> bool:
    """True when two or more countries, or organisations, stand in a list ("A, B and C")."""
    countries = [(p.start, p.end) for p in reading.places if not p.is_region]
    # An organisation's abbreviation in brackets after its name is the same member.
    blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), reading.text)
    orgs = [(start, end) for _, start, end, _ in find_orgs(blanked)]
    return any(
        _ENUMERATION_GAP.match(blanked[a[1] : b[0]])
        for spans in (countries, orgs)
        for a, b in zip(spans, spans[1:])
    )
