"""Date claims: a day, a month or a year, against the dates the sources give for the same event."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import WEEKDAYS, DateMention, describe
from ..lexicon import canonical_org, orgs_in
from ..matching import capitalised, near_misses, source_label
from ..model import Corpus, Evidence
from ..reading import concepts_of, read
from ..text import enclosing, segment
from .outcome import Outcome, confidence, unverifiable

_ANNOUNCED = re.compile(r"\b(?:announc|said|says|releas|publish|issu|unveil|report|told|stat)\w*", re.IGNORECASE)
ABOUT = 0.6  # a source date this relevant to the claim's event can support it
SAME_EVENT = 0.65  # and this relevant can contradict it


@dataclass(frozen=True)
class _Dated:
    """A date a source gives, how relevant its context is to the claim, and where it stands."""

    year: int | None
    month: int | None
    day: int | None
    score: float
    evidence: Evidence
    said: str  # "the DOJ press release is dated ...", for explanations

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _states_as_much(d: _Dated, claimed: DateMention) -> bool:
    """True when the source gives every part of the date that the claim gives."""
    return all(mine is None or theirs is not None
               for mine, theirs in ((claimed.year, d.year), (claimed.month, d.month), (claimed.day, d.day)))


def _agrees(d: _Dated, claimed: DateMention) -> bool:
    return all(a is None or b is None or a == b
               for a, b in ((claimed.year, d.year), (claimed.month, d.month), (claimed.day, d.day)))


def _sources_dates(claim_text: str, claimed: DateMention, corpus: Corpus) -> list[_Dated]:
    claim = read(claim_text)
    kept = claim_text[: claimed.start] + " " + claim_text[claimed.end :]
    wanted = concepts_of(kept) - concepts_of(" ".join(WEEKDAYS))
    named = orgs_in(claim_text)
    found = []
    for source in corpus.sources:
        label = source_label(source)
        info = source.info
        if info.published:
            # A publication date is the date of the event only for a claim about that publisher.
            named_here = bool(named) and canonical_org(info.publisher.split(",")[0]) in named
            score = 1.0 if named_here and _ANNOUNCED.search(claim_text) else 0.4
            p = info.published
            found.append(_Dated(p.year, p.month, p.day, score,
                                Evidence(info.id, "published", f"published {p.isoformat()}", score),
                                f"{label} is dated {describe(p.year, p.month, p.day)}"))
        for passage in source.passages:
            reading = read(passage.text)
            for i, d in enumerate(reading.dates):
                lo, hi = enclosing(list(reading.sentences), d.start, d.end)
                # The words nearest a date say what it is the date of ("Disarray in 2018 and
                # SaboTor in 2019"): from its segment's start, or the date before it, to its end.
                g_lo, _ = segment(reading.text, d.start, d.end)
                if i and reading.dates[i - 1].end > g_lo:
                    g_lo = reading.dates[i - 1].end
                near, sentence = reading.concepts_between(g_lo, d.end), reading.concepts_between(lo, hi)
                hits = sum(1.0 if c in near else 0.6 if c in sentence else 0.3 if c in reading.concepts else 0.0
                           for c in wanted)
                score = round(hits / len(wanted), 3) if wanted else 0.5
                year = d.year or (info.published.year if info.published and d.month else None)
                found.append(_Dated(year, d.month, d.day, score,
                                    Evidence(info.id, passage.location, reading.text[lo:hi].strip(), score),
                                    f"{label} gives {describe(year, d.month, d.day)} ({passage.location})"))
    return found


def check_date(claim_text: str, corpus: Corpus) -> Outcome:
    """Find the claimed date among the dates the sources give for the same event."""
    claim = read(claim_text)
    claimed = max(claim.dates, key=lambda d: (d.day is not None or d.weekday is not None, d.month is not None))
    dates = sorted(_sources_dates(claim_text, claimed, corpus), key=lambda d: -d.score)
    # The same day is rarely a coincidence; the same year often is: a year needs closer context.
    needed = ABOUT - (0.2 if claimed.day else 0.1 if claimed.month else 0.0)
    support = [d for d in dates if d.score >= needed and _states_as_much(d, claimed) and _agrees(d, claimed)]
    against = [d for d in dates if d.score >= SAME_EVENT and _states_as_much(d, claimed) and not _agrees(d, claimed)]
    if support:
        best = support[0]
        when = best.date
        if claimed.weekday is not None and when is not None and claimed.weekday != when.weekday():
            text = (f"{capitalised(best.said)}, which was a {WEEKDAYS[when.weekday()]}; "
                    f"the article says {WEEKDAYS[claimed.weekday]}.")
            return Outcome("disputed", confidence("disputed", best.score), text, (), (best.evidence,))
        text = f"{capitalised(best.said)}; the article says {claimed.text}."
        if claimed.weekday is not None and when is not None:
            text += f" That day was a {WEEKDAYS[when.weekday()]}."
        flags: tuple[str, ...] = ()
        ev = [best.evidence]
        other = next((d for d in against if d.evidence.source != best.evidence.source), None)
        if other is not None:
            flags = ("sources-conflict",)
            text += f" But {other.said}."
            ev.append(other.evidence)
        return Outcome("supported", confidence("supported", best.score, flags), text, flags, tuple(ev))
    if against:
        best = against[0]
        text = f"{capitalised(best.said)}; the article says {claimed.text}."
        return Outcome("disputed", confidence("disputed", best.score), text, (), (best.evidence,))
    return unverifiable(f"No cached source gives a date for this ({claimed.text}).", near_misses(claim_text, corpus))
