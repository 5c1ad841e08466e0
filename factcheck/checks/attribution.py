"""Attribution claims: a person with a title, checked against how the sources name them."""

from __future__ import annotations

import re

from ..matching import capitalised, evidence, near_misses, source_label
from ..model import Corpus, Passage, Source
from ..people import UPPER, Person, compare_titles, name_similarity, same_person
from ..reading import read
from .outcome import Outcome, confidence, unverifiable

MISSPELT = 80  # name similarity (0-100) above which a different name is taken for a misspelling


def _mentions(corpus: Corpus) -> list[tuple[Source, Passage, Person]]:
    return [
        (source, passage, person)
        for source in corpus.sources
        for passage in source.passages
        for person in read(passage.text).people
    ]


_BARE_NAME_RE = re.compile(rf"^[{UPPER}][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[{UPPER}][\w'\u2019-]+){{0,3}}$")


def bare_name(text: str) -> Person | None:
    """A claim that is only a name ("Dana Okafor", "Nwosu"), as a person without a title."""
    text = text.strip()
    return Person(text, "", 0, len(text)) if _BARE_NAME_RE.match(text) else None


def _similar(claimed: Person, other: Person) -> float:
    if len(claimed.name.split()) == 1:  # a surname alone is compared with surnames
        return name_similarity(claimed.surname, other.surname)
    return name_similarity(claimed.name, other.name)


def check_attribution(claim_text: str, corpus: Corpus) -> Outcome:
    """Check a '<title> <name>' claim (or a bare name): same person, same office."""
    people = read(claim_text).people
    claimed = people[0] if people else bare_name(claim_text)
    if claimed is None:
        return unverifiable("The claim names no person to check.", near_misses(claim_text, corpus))
    mentions = _mentions(corpus)
    same = [m for m in mentions if same_person(claimed, m[2])]
    named = f"{claimed.title} {claimed.name}".strip()
    if same:
        for source, passage, person in same:
            if not person.title and claimed.title:
                continue
            ok, _ = compare_titles(claimed.title, person.title) if claimed.title else (True, "")
            if ok:
                text = (f"{capitalised(source_label(source))} names {person.title} {person.name} "
                        f"({passage.location}); the article says {named}.")
                return Outcome("supported", confidence("supported", 1.0), text, (),
                               (evidence(passage, 1.0, text=f"{person.title} {person.name}"),))
        titled = [m for m in same if m[2].title] or same
        source, passage, person = max(titled, key=lambda m: len(m[2].title))
        _, why = compare_titles(claimed.title, person.title)
        text = (f"{capitalised(source_label(source))} names {person.title} {person.name} ({passage.location}); "
                f"the article says {named}: {why}.")
        return Outcome("disputed", confidence("disputed", 0.9), text, (),
                       (evidence(passage, 0.9, text=f"{person.title} {person.name}"),))
    scored = sorted(((_similar(claimed, m[2]), i, m) for i, m in enumerate(mentions)),
                    key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] >= MISSPELT:
        similarity, _, (source, passage, person) = scored[0]
        text = (f"{capitalised(source_label(source))} names {person.title} {person.name} ({passage.location}); "
                f"the article spells the name {claimed.name}.")
        ok, why = compare_titles(claimed.title, person.title) if claimed.title else (True, "")
        if not ok:
            text += f" The title differs too: {why}."
        score = similarity / 100
        return Outcome("disputed", confidence("disputed", score), text, (),
                       (evidence(passage, score, text=f"{person.title} {person.name}"),))
    return unverifiable(f"No cached source names {claimed.name}.", near_misses(claim_text, corpus))
