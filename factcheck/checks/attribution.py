"""Attribution claims: a person with a title, checked against how the sources name them."""

from __future__ import annotations

from ..matching import capitalised, evidence, near_misses, source_label
from ..model import Corpus, Passage, Source
from ..people import Person, compare_titles, name_similarity, same_person
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


def check_attribution(claim_text: str, corpus: Corpus) -> Outcome:
    """Check a '<title> <name>' claim: same person, same office."""
    claimed = read(claim_text).people[0]
    mentions = _mentions(corpus)
    same = [m for m in mentions if same_person(claimed, m[2])]
    named = f"{claimed.title} {claimed.name}"
    if same:
        for source, passage, person in same:
            if not person.title:
                continue
            ok, _ = compare_titles(claimed.title, person.title)
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
    scored = sorted(((name_similarity(claimed.name, m[2].name), i, m) for i, m in enumerate(mentions)),
                    key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] >= MISSPELT:
        similarity, _, (source, passage, person) = scored[0]
        text = (f"{capitalised(source_label(source))} names {person.title} {person.name} ({passage.location}); "
                f"the article spells the name {claimed.name}.")
        ok, why = compare_titles(claimed.title, person.title)
        if not ok:
            text += f" The title differs too: {why}."
        score = similarity / 100
        return Outcome("disputed", confidence("disputed", score), text, (),
                       (evidence(passage, score, text=f"{person.title} {person.name}"),))
    return unverifiable(f"No cached source names {claimed.name}.", near_misses(claim_text, corpus))
