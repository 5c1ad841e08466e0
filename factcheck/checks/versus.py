"""Comparisons with another subject or place: "260 arrests, more than double the previous
operation", "more arrests than Operation Bluefin", "47 arrests in Spain, more than France". The
other subject is named, or is the one of the same kind that came before ("the previous
operation"), by the dates of their sources; another place is compared within the same subject."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..corpus.index import Index
from ..model import Outcome, Verdict
from ..read.anchors import measure_words
from ..read.quantities import Quantity, number_value
from ..read.reading import Reading, read
from ..read.relations import factor_hedge
from ..read.subjects import describe
from ..read.vocab import alternation, load
from .base import confidence
from .candidates import document_candidates

_TRENDS = load("trends")
_MULTIPLES: dict[str, float] = _TRENDS["multiples"]
_PREVIOUS = [*load("dates")["previous"], "last", "earlier"]
_HEDGES = [p for phrases in _TRENDS["factor_hedges"].values() for p in phrases]
_MORE = alternation(_TRENDS["rank"]["more"])
_LESS = alternation(_TRENDS["rank"]["less"])
_WORD_NUMBERS = alternation(k for k, v in load("numbers")["small"].items() if " " not in k and 2 <= v <= 12)
_VERSUS_RE = re.compile(
    rf"\b(?:(?P<hedge>{alternation(_HEDGES)})\s+)?"
    rf"(?:(?:(?P<multiple>{alternation(_MULTIPLES)})|(?P<times>\d+(?:\.\d+)?|{_WORD_NUMBERS})\s+times)"
    rf"(?:\s+as\s+\w+\s+as)?"
    rf"|(?P<more>{_MORE})(?:\s+\w+)?\s+than"
    rf"|(?P<less>{_LESS})(?:\s+\w+)?\s+than)\s+(?:that\s+of\s+|those\s+of\s+|in\s+)?"
    rf"(?:the\s+(?P<previous>{alternation(_PREVIOUS)})\s+(?P<kind>[a-z]+)|(?P<named>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*))",
)
RELEVANT = 0.45  # a figure of the other subject this relevant is its figure for the claim's measure


@dataclass(frozen=True)
class Versus:
    """A comparison a claim makes with another subject, or another place."""

    factor: float | None  # 2.0 for "double"; None for "more than" / "less than"
    direction: int  # +1 more, -1 less
    hedge: str  # "above", "nearly", "about" or ""
    other: tuple[str, str] | None  # the other subject, when resolved
    said: str  # the words of the comparison
    start: int  # where they begin: the claim's own part is what comes before
    place: str = ""  # for a comparison with another place ("more than France"): that place
    own: frozenset[tuple[str, str]] = frozenset()  # the claim's own subjects


def read_versus(claim: Reading, index: Index) -> Versus | None:
    """The comparison with another subject or place a claim makes, resolved where it can be."""
    m = _VERSUS_RE.search(claim.text)
    if m is None:
        return None
    before = replace(read(claim.text[: m.start()].rstrip(" ,;")), around=claim.around)
    own = index.claim_subjects(before)
    other: tuple[str, str] | None = None
    place = ""
    if m.group("previous"):
        other = _previous(index, own, m.group("kind").casefold())
    elif m.group("named"):
        other = next(iter(sorted(index.subjects_in(m.group("named")) - own)), None)
        places = [p.name for p in read(m.group("named")).places if not p.is_region]
        if other is None and not places:
            return None  # "more than Harbour City Transit": neither a subject nor a place
        place = places[0] if other is None else ""
    times = m.group("times")
    factor = (
        _MULTIPLES.get(m.group("multiple").casefold())
        if m.group("multiple")
        else ((float(times) if times[0].isdigit() else number_value(times)) if times else None)
    )
    direction = -1 if m.group("less") else 1
    hedge = factor_hedge(m.group("hedge") or "")
    return Versus(factor, direction, hedge, other, m.group(), m.start(), place, own)


def _previous(index: Index, own: frozenset[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    """The subject of a kind that came just before the claim's, by the dates of their sources."""
    dates: dict[tuple[str, str], dt.date] = {}
    for source in index.sources:
        when = source.info.published
        for subject in index.document_subjects(source):
            if when is not None and subject[0] == kind:
                dates[subject] = min(dates.get(subject, when), when)
    mine = [dates[s] for s in own if s in dates]
    if not mine:
        return None
    earlier = [(when, s) for s, when in dates.items() if when < min(mine)]
    return max(earlier)[1] if earlier else None


def other_figure(claim: Reading, cq: Quantity, versus: Versus, index: Index) -> Quantity | None:
    """The other subject's (or place's) figure for what the claim's figure counts."""
    nouns = " ".join(sorted(measure_words(claim, cq)))
    subjects = [versus.other] if versus.other else sorted(versus.own)
    named = " ".join(f"{kind.capitalize()} {name.title()}" for kind, name in subjects)
    where = f" in {versus.place}" if versus.place else ""
    probe = read(f"{named} {cq.text} {nouns}{where}".strip())
    if not probe.quantities:
        return None
    placed, _ = document_candidates(probe, probe.quantities[0], index)
    best = max((c for c in placed if c.score >= RELEVANT), key=lambda c: c.score, default=None)
    return best.quantity if best is not None else None


def judge(claim: Reading, cq: Quantity, versus: Versus, index: Index) -> Outcome:
    """Borne out, contradicted or unchecked: the claim's figure against the other one's."""
    if versus.other is None and not versus.place:
        text = f"The claim compares with '{versus.said}', which no cached source identifies."
        return Outcome("unverifiable", 0.6, text)
    theirs = other_figure(claim, cq, versus, index)
    who = describe([versus.other]) if versus.other else versus.place
    if theirs is None or not theirs.value:
        return Outcome("unverifiable", 0.6, f"No cached source gives {who}'s figure to compare with ({versus.said}).")
    ratio = cq.value / theirs.value
    if versus.factor is None:
        ok = ratio > 1 if versus.direction > 0 else ratio < 1
    elif versus.hedge == "above":
        ok = ratio > versus.factor
    elif versus.hedge == "nearly":
        ok = 0.9 * versus.factor <= ratio <= versus.factor
    else:
        ok = abs(ratio - versus.factor) <= 0.1 * versus.factor
    text = (
        f"{who} gave {theirs.text}; the article's {cq.text} is {ratio:.2f} times that; the article says {versus.said}."
    )
    verdict: Verdict = "supported" if ok else "disputed"
    return Outcome(verdict, confidence(verdict, 0.9), text)
