"""Date claims: a day (with or without its year and weekday) against the sources' dates."""

from __future__ import annotations

import datetime as dt

from ..dates import WEEKDAYS, describe
from ..lexicon import canonical_org, orgs_in
from ..matching import capitalised, evidence, near_misses, relevance, source_label
from ..model import Corpus, Evidence, Passage
from ..reading import read
from .outcome import Outcome, confidence, unverifiable


def check_date(claim_text: str, corpus: Corpus) -> Outcome:
    """Find the claimed day among the sources' dates and check the weekday the claim gives."""
    claim = read(claim_text)
    named = orgs_in(claim_text)
    claimed = next(d for d in claim.dates if d.day or d.weekday is not None)
    found: list[tuple[float, dt.date, Evidence, str]] = []
    for source in corpus.sources:
        label = source_label(source)
        info = source.info
        if info.published and claimed.matches(info.published):
            head = source.passages[0] if source.passages else Passage(info.id, "published", info.title, 0)
            score = relevance(claim_text, head, source)
            if named and canonical_org(info.publisher.split(",")[0]) in named:
                score = 1.0  # the claim names this publisher: its own date is the one meant
            found.append((score, info.published, Evidence(info.id, "published", f"published {info.published.isoformat()}", round(score, 3)),
                          f"{label} is dated {describe(info.published.year, info.published.month, info.published.day)}"))
        for passage in source.passages:
            for d in read(passage.text).dates:
                if d.day and d.month and claimed.matches(d):
                    year = d.year or (info.published.year if info.published else None)
                    if year is None:
                        continue
                    try:
                        date = dt.date(year, d.month, d.day)
                    except ValueError:
                        continue
                    score = relevance(claim_text, passage, source)
                    found.append((score, date, evidence(passage, score, text=passage.text),
                                  f"{label} gives {describe(year, d.month, d.day)} ({passage.location})"))
    if not found:
        return unverifiable(f"No cached source gives the date {claimed.text}.", near_misses(claim_text, corpus))
    found.sort(key=lambda f: -f[0])
    score, date, ev, said = found[0]
    if claimed.weekday is not None and claimed.weekday != date.weekday():
        text = (f"{capitalised(said)}, which was a {WEEKDAYS[date.weekday()]}; "
                f"the article says {WEEKDAYS[claimed.weekday]}.")
        return Outcome("disputed", confidence("disputed", max(score, 0.8)), text, (), (ev,))
    text = f"{capitalised(said)}; the article says {claimed.text}."
    if claimed.weekday is not None:
        text += f" That day was a {WEEKDAYS[date.weekday()]}."
    return Outcome("supported", confidence("supported", max(score, 0.5)), text, (), (ev,))
