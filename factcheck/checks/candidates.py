"""Candidate figures for a claimed figure: every figure in the documents that may be the same
thing, scored for how nearly its words, its noun, its place and its year are the claim's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import concept, generic_heads, region_of
from ..model import Corpus, Passage, Source
from ..quantities import Quantity
from ..reading import Reading, concepts_of, read
from ..text import STOPWORDS, enclosing, segment, stem


@dataclass(frozen=True)
class Candidate:
    """A source figure that may be the claim's figure, with how relevant it is."""

    source: Source
    passage: Passage
    quantity: Quantity
    score: float
    location: str
    text: str
    flags: tuple[str, ...] = ()
    note: str = ""  # what the explanation adds (the table's row, its category)
    anchor: tuple[str | None, ...] = ()  # the place the figure is stated for
    head: str | None = None  # the noun the figure counts, as a concept
    nearby: frozenset[str] = frozenset()  # the concepts of the words around the figure
    context: frozenset[str] = frozenset()  # the concepts of the figure's sentence
    phrase: str = ""  # the figure with the words around it, for explanations
    derived: bool = False  # implied by the source (a count of its list, a total), not stated

    @property
    def said(self) -> str:
        """The figure as an explanation quotes it."""
        return f'"{self.phrase}"' if self.phrase else self.quantity.text


def claim_concepts(claim: Reading) -> frozenset[str]:
    """The claim's content concepts, without its figures, hedges and places (those are anchors)."""
    spans = sorted([(q.start, q.end) for q in claim.quantities] + [(p.start, p.end) for p in claim.places])
    kept, at = [], 0
    for start, end in spans:
        kept.append(claim.text[at:start])
        at = max(at, end)
    kept.append(claim.text[at:])
    # "people" says nothing about what is counted; the verb or the noun beside it does.
    return concepts_of(" ".join(kept)) - generic_heads()


def _places_after(reading: Reading, q: Quantity) -> frozenset[str]:
    """Every place named after a figure in its segment, up to the next figure."""
    lo, hi = segment(reading.text, q.start, q.end)
    hi = min([o.start for o in reading.quantities if o.start >= q.end] + [hi])
    return frozenset(p.region if p.is_region else p.name for p in reading.places if q.end <= p.start and p.end <= hi)


def _bound_place(reading: Reading, q: Quantity) -> tuple[str | None, str | None]:
    """The country (or region) a figure is stated for: the first one in its own segment."""
    lo, hi = segment(reading.text, q.start, q.end)
    # Places after the next figure belong to it ("48 in Mozambique and 12 in Malawi").
    hi = min([o.start for o in reading.quantities if o.start >= q.end] + [hi])
    inside = [p for p in reading.places if lo <= p.start and p.end <= hi]
    after = [p for p in inside if p.start >= q.end]
    if not (after or inside) or len({p.name for p in after}) > 1:
        return None, None  # no place, or several ("across Europe and the United States")
    chosen = (after or inside)[0]
    return (None, chosen.region) if chosen.is_region else (chosen.name, chosen.region)


# The words after a figure, past "of", "more" and capitalised qualifiers ("five European countries").
_HEAD_RE = re.compile(r"^\s*(?:of\s+|more\s+)?(?:[A-Z][\w-]*\s+){0,2}((?:[a-z][\w-]*\s*){1,3})")


_GENERIC_RE = re.compile(r"^\s+(\w+)", re.IGNORECASE)


def head_of(text: str, q: Quantity) -> str | None:
    """What a figure counts: the last noun of the words right after it, up to a function word
    ("179 arrests", "four shipping containers from Lagos": containers)."""
    m = _HEAD_RE.match(text[q.end : q.end + 60])
    if not m:
        return None
    words = []
    for word in m.group(1).split():
        if word.casefold() in STOPWORDS:
            break
        words.append(word)
    # The first plural is the noun ("vehicles fell", "shipping containers"); else the last word.
    plural = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith("ss")]
    head = plural[0] if plural else words[-1] if words else None
    if head is None or stem(head) in generic_heads():
        return None
    return concept(stem(head))


_AND_RE = re.compile(r",?\s+and\s+")


def _phrase(text: str, q: Quantity) -> str:
    lo, hi = segment(text, q.start, q.end)
    # "48 people in Mozambique and 12 in Malawi": the phrase for 12 is "12 in Malawi".
    joints = [m for m in _AND_RE.finditer(text, lo, q.start) if any(c.isdigit() for c in text[lo : m.start()])]
    if joints:
        lo = joints[-1].end()
    joint = _AND_RE.search(text, q.end, hi)
    if joint and any(c.isdigit() for c in text[joint.end() : hi]):
        hi = joint.start()
    words = text[lo:hi].split()
    if len(words) > 14:
        before = text[lo : q.start].split()[-4:]
        words = before + text[q.start : hi].split()[:10]
    phrase = " ".join(words)
    return phrase[4:] if phrase.startswith("and ") else phrase


_EXCLUDING_RE = re.compile(r"\b(?:outside|excluding|except|other than|beyond)\s+(?:of\s+)?(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """The places a claim's figure is for: countries named, regions, and countries left out."""

    countries: frozenset[str]
    regions: frozenset[str]
    excluded: frozenset[str]

    @classmethod
    def of(cls, claim: Reading) -> Scope:
        """Read a claim's scope ("outside the United States" excludes it)."""
        excluded = set()
        for m in _EXCLUDING_RE.finditer(claim.text):
            nxt = [p for p in claim.places if not p.is_region and 0 <= p.start - m.end() <= 4]
            excluded |= {nxt[0].name} if nxt else set()
        named = {p.name for p in claim.places if not p.is_region} - excluded
        regions = {p.region for p in claim.places if p.is_region and p.region != "*"}
        return cls(frozenset(named), frozenset(regions), frozenset(excluded))

    @property
    def several(self) -> bool:
        """True when the figure is for more than one country (so one country's is only a part)."""
        return len(self.countries) > 1 or bool(self.excluded) or bool(self.countries and self.regions)

    def covers(self, country: str) -> bool:
        """True when a country is within the scope."""
        if country in self.excluded:
            return False
        if not self.countries and not self.regions:
            return True
        return country in self.countries or region_of(country) in self.regions


def _place_factor(scope: Scope, country: str | None, region: str | None, passage: Reading,
                  places: frozenset[str] = frozenset()) -> float:
    mentioned = 0.5 if scope.countries & set(passage.countries) else 0.3
    if scope.several:
        # A claim about several places: one place's figure is a part of it, not the figure;
        # a figure stated for the same places is.
        if places and places == scope.countries | scope.regions and not scope.excluded:
            return 1.0
        if country is not None:
            return 0.4 if scope.covers(country) else 0.0
        return 0.3
    if scope.countries:
        if country is not None:
            return 1.0 if country in scope.countries else 0.0
        return 0.3 if region is not None and region != "*" else mentioned
    if scope.regions:
        if country is not None:
            return 0.4 if scope.covers(country) else 0.0
        if region is None:
            return 0.4  # a figure for no place in particular is not the figure for the region
        return 1.0 if region in scope.regions else 0.0
    return 0.85 if country is not None else 1.0


_RELATIVE_YEAR_RE = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?P<n>a|an|one|two|three|four|five|\d+)\s+years?\s+(?P<way>earlier|before|previously|later|after)\b"
    r"|^\W*(?:\w+\W+){0,3}?the\s+(?:previous|prior|preceding)\s+year\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def years_for(claim: Reading, cq: Quantity) -> frozenset[int]:
    """The years a claimed figure is for: with several years in a claim ("from 70,237 in 2017 to
    67,367 in 2018"), the one right after the figure, else the one right before it; "a year
    earlier" ("two years later") counts back (on) from the claim's year."""
    relative = _RELATIVE_YEAR_RE.match(claim.text[cq.end : cq.end + 60])
    if relative and len(claim.years) == 1:
        n = relative.group("n")
        step = (_SMALL_NUMBERS.get(n.lower(), 0) or int(n)) if n else 1
        forward = (relative.group("way") or "").lower() in ("later", "after")
        return frozenset({next(iter(claim.years)) + (step if forward else -step)})
    if len(claim.years) < 2:
        return claim.years
    later = [o.start for o in claim.quantities if o.start > cq.end]
    after = claim.years_between(cq.end, min(later, default=len(claim.text)))
    if after:
        return frozenset({min(after, key=lambda y: claim.text.find(str(y), cq.end))})
    earlier = [o.end for o in claim.quantities if o.end < cq.start]
    before = claim.years_between(max(earlier, default=0), cq.start)
    return before or claim.years


def _year_factor(claim_years: frozenset[int], clause_years: frozenset[int], passage: Reading, source: Source) -> float:
    if not claim_years:
        return 0.9 if clause_years else 1.0
    if clause_years:
        return 1.0 if clause_years & claim_years else 0.0
    if passage.years & claim_years:
        return 0.9
    published = source.info.published
    return 0.8 if published and published.year in claim_years else 0.6


def document_candidates(claim: Reading, cq: Quantity, corpus: Corpus, places: bool = True) -> list[Candidate]:
    """Every figure in the documents that measures the same kind of thing, scored for relevance
    (places=False: whatever place each figure is for, to add figures up)."""
    wanted = claim_concepts(claim)
    scope = Scope.of(claim)
    claim_head = head_of(claim.text, cq)
    after = _GENERIC_RE.match(claim.text[cq.end : cq.end + 30])
    claim_generic = bool(after) and stem(after.group(1)) in generic_heads()  # type: ignore[union-attr]
    claim_years = years_for(claim, cq)
    found = []
    for source in corpus.sources:
        if source.table is not None:
            continue
        title = concepts_of(source.info.title)
        for passage in source.passages:
            reading = read(passage.text)
            for sq in reading.quantities:
                if sq.dimension != cq.dimension:
                    continue
                lo, hi = enclosing(list(reading.clauses), sq.start, sq.end)
                s_lo, s_hi = enclosing(list(reading.sentences), sq.start, sq.end)
                g_lo, g_hi = segment(reading.text, sq.start, sq.end)
                # The nearer a claim word stands to the figure, the more it says they are one thing.
                layers = (
                    (reading.concepts_between(g_lo, g_hi), 1.0),
                    (reading.concepts_between(lo, hi), 0.8),
                    (reading.concepts_between(s_lo, s_hi), 0.7),
                    (reading.concepts, 0.4),
                    (title, 0.2),
                )
                hits = sum(next((w for layer, w in layers if c in layer), 0.0) for c in wanted)
                keyword = hits / len(wanted) if wanted else 0.5
                head = head_of(reading.text, sq)
                if claim_generic and not (wanted & layers[0][0]):
                    keyword *= 0.5  # "five people" counts what their verb says: it must be here too
                if head and (head == claim_head or (claim_head is None and head in wanted)):
                    keyword = max(keyword, 0.8)  # the figure counts what the claim's figure counts
                elif claim_head and head != claim_head:
                    keyword *= 0.75 if head else 0.85  # it counts something else, or says not what
                country, region = _bound_place(reading, sq)
                factor = _place_factor(scope, country, region, reading, _places_after(reading, sq))
                score = keyword * (factor if places else 1.0)
                score *= _year_factor(claim_years, reading.years_between(lo, hi), reading, source)
                if score > 0:
                    snippet = reading.text[lo:hi].strip()
                    anchor = (country, None if region == "*" else region)
                    found.append(Candidate(source, passage, sq, round(score, 3), passage.location, snippet,
                                           anchor=anchor, phrase=_phrase(reading.text, sq), head=head,
                                           nearby=layers[0][0], context=layers[2][0]))
    return found
