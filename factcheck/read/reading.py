"""One reader for both sides: the typed facts found in a claim, an article or a source passage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .dates import DateMention, find_dates, years_in
from .lexicon import PlaceMention, concept, find_places
from .people import Person, find_people
from .quantities import Quantity, find_quantities
from .quotes import Quotation, find_quotations
from .subjects import Subject, find_subjects
from .text import clause_bounds, content_stems, sentences


@dataclass(frozen=True, slots=True)
class Around:
    """What the article around a claim adds to it, with where each part came from."""

    subject_text: str = ""  # the words whose subjects the claim inherits (its sentence, or before)
    subject_from: str = ""  # "sentence" or "before"
    years: frozenset[int] = frozenset()  # the years it inherits
    years_from: str = ""  # "sentence", "before" or "article date"
    head: str | None = None  # what a figure without a noun counts ("70 of them": arrests)
    what: str = ""  # the sentence a claim that points back ("That is 12% more") takes its words from
    published: dt.date | None = None
    title: str = ""  # the article's headline: the subject of a claim nothing nearer gives one


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything the extractors find in one text, with offsets into that text."""

    text: str
    quantities: tuple[Quantity, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    people: tuple[Person, ...]
    quotations: tuple[Quotation, ...]
    subjects: tuple[Subject, ...]  # numbered labels and named undertakings ("Operation Redfin")
    concepts: frozenset[str]  # synonym-group heads of the content words
    clauses: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    around: Around | None = None  # for a claim taken out of an article: what its context adds

    def concepts_between(self, start: int, end: int) -> frozenset[str]:
        """The concepts of the words in text[start:end]."""
        return concepts_of(self.text[start:end])

    def years_between(self, start: int, end: int) -> frozenset[int]:
        """The years (1900-2099) written in text[start:end]."""
        return years_in(self.text[start:end])

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
    return concepts_once(text)


def concepts_once(text: str) -> frozenset[str]:
    """concepts_of without its memo, for texts asked about once (which would only crowd it)."""
    return frozenset(concept(s) for s in content_stems(text))


_KNOWN: dict[str, Reading] = {}  # readings kept from an earlier run (see corpus/persist.py)


def remember(readings: list[Reading]) -> None:
    """Take readings made earlier (by this code) as the readings of their texts."""
    for reading in readings:
        _KNOWN.setdefault(reading.text, reading)


def known(text: str) -> bool:
    """Whether a text's reading was taken from an earlier run (or made and remembered here)."""
    return text in _KNOWN


def read(text: str) -> Reading:
    """Run every extractor over a text (cached: sources are read once per process, and a kept
    reading is not made again)."""
    known = _KNOWN.get(text)
    return known if known is not None else _read(text)


@lru_cache(maxsize=65536)
def _read(text: str) -> Reading:
    people = find_people(text)
    return Reading(
        text=text,
        quantities=tuple(find_quantities(text)),
        places=tuple(find_places(text)),
        dates=tuple(find_dates(text)),
        people=tuple(people),
        quotations=tuple(find_quotations(text, people)),
        subjects=tuple(find_subjects(text)),
        concepts=concepts_of(text),
        clauses=tuple(clause_bounds(text)),
        sentences=sentences(text),
    )
