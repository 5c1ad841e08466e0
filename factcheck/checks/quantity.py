"""Quantity claims: the figure for the same thing, in the same place and year, compared with rules."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..lexicon import concept, generic_heads, opposed, region_of
from ..matching import capitalised, evidence, near_misses, source_label
from ..model import Corpus, Passage, Source
from ..quantities import Quantity, convert, format_number
from ..reading import Reading, concepts_of, read
from ..text import STOPWORDS, enclosing, segment, stem
from .outcome import Outcome, confidence, unverifiable

RELEVANT = 0.45  # below this a source figure is not about the claim's thing
TIER = 0.15  # figures this close to the best are equally relevant
CONFLICT = 0.3  # another source's figure for the same measure and place, this relevant, contradicts
SPECIFIC = 0.1  # a contradicting source this much more relevant than the agreeing one decides


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


def years_for(claim: Reading, cq: Quantity) -> frozenset[int]:
    """The years a claimed figure is for: with several years in a claim ("from 70,237 in 2017 to
    67,367 in 2018"), the one right after the figure, else the one right before it."""
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


def _values(cq: Quantity, sq: Quantity) -> tuple[Quantity, bool]:
    """The source figure in the claim's unit, and whether a conversion was needed."""
    if sq.unit == cq.unit or sq.unit is None or cq.unit is None or sq.dimension.startswith("currency"):
        return sq, False
    factor = convert(1.0, sq.unit, cq.unit)
    return Quantity(sq.value * factor, cq.unit, sq.dimension, sq.hedge, sq.precision * factor,
                    sq.text, sq.start, sq.end), True


def _same_measure(a: Candidate, b: Candidate) -> bool:
    """True when two figures count the same thing ("63 firearms" and "64 firearms")."""
    if a.head is None or b.head is None:
        return a.head == b.head or bool(a.nearby & b.nearby)
    return a.head == b.head or a.head in b.nearby or b.head in a.nearby


Interval = tuple[float, float, bool, bool]


def _overlap(a: Interval, b: Interval, eps: float) -> bool:
    a_lo, a_hi, a_lo_open, a_hi_open = a
    b_lo, b_hi, b_lo_open, b_hi_open = b
    lo, lo_open = (a_lo, a_lo_open) if a_lo > b_lo + eps else (b_lo, b_lo_open) if b_lo > a_lo + eps else (a_lo, a_lo_open or b_lo_open)
    hi, hi_open = (a_hi, a_hi_open) if a_hi < b_hi - eps else (b_hi, b_hi_open) if b_hi < a_hi - eps else (a_hi, a_hi_open or b_hi_open)
    if lo < hi - eps:
        return True
    return abs(lo - hi) <= eps and not (lo_open or hi_open) and not math.isinf(lo)


def _within(inner: Interval, outer: Interval, eps: float) -> bool:
    i_lo, i_hi, i_lo_open, i_hi_open = inner
    o_lo, o_hi, o_lo_open, o_hi_open = outer
    low_ok = i_lo > o_lo + eps or (abs(i_lo - o_lo) <= eps and (i_lo_open or not o_lo_open)) or math.isinf(o_lo)
    high_ok = i_hi < o_hi - eps or (abs(i_hi - o_hi) <= eps and (i_hi_open or not o_hi_open)) or math.isinf(o_hi)
    return low_ok and high_ok


def bears_out(cq: Quantity, sq: Quantity) -> bool:
    """True when the source's figure bears the claim's out (hedges and rounding included).

    - a bound in the claim ("more than X") holds when every value the source allows is within it;
    - a bound in the source ("over X") bears out a claim that only drops the hedge: X itself;
    - two hedged figures ("about") agree when their ranges meet;
    - two plain figures agree when the finer one lies within the coarser one's rounding:
      31,335 is "31,000", but 67.3 is not "67.2".
    """
    eps = 1e-9 * max(1.0, abs(cq.value), abs(sq.value))
    claim, source = cq.interval(), sq.interval()
    if cq.one_sided:
        return _within(source, claim, eps)
    if sq.one_sided:
        return claim[0] - eps <= sq.value <= claim[1] + eps
    if cq.hedge or sq.hedge:
        return _overlap(claim, source, eps)
    coarse, fine = (cq, sq) if cq.precision >= sq.precision else (sq, cq)
    lo, hi, _, _ = coarse.interval()
    return lo - eps <= fine.value <= hi + eps


def contradicts(cq: Quantity, sq: Quantity) -> bool:
    """True when the claim's figure and the source's cannot both be right."""
    if cq.one_sided or sq.one_sided or cq.hedge or sq.hedge:
        eps = 1e-9 * max(1.0, abs(cq.value), abs(sq.value))
        return not _overlap(cq.interval(), sq.interval(), eps)
    return not bears_out(cq, sq)


def discrepancy(cq: Quantity, sq: Quantity) -> str:
    """What kind of error turns the source's figure into the claim's, when it is a common one."""
    a, b = cq.value, sq.value
    if a and b and a != b:
        ratio = a / b
        for power in (10, 100, 1000):
            if math.isclose(ratio, power, rel_tol=1e-6) or math.isclose(ratio, 1 / power, rel_tol=1e-6):
                return f" The figures differ by a factor of {power}."
        da, db = re.sub(r"\D", "", format_number(a)), re.sub(r"\D", "", format_number(b))
        if len(da) == len(db) and sorted(da) == sorted(db) and sum(x != y for x, y in zip(da, db)) == 2:
            return " Two digits are transposed."
    return ""


def _qualifiers(cq: Quantity, sq: Quantity, converted: bool) -> list[str]:
    flags = []
    if converted:
        flags.append("unit-converted")
    if cq.hedge or sq.hedge:
        flags.append("approximate")
    if not math.isclose(cq.value, sq.value, rel_tol=1e-9) and not (cq.hedge or sq.hedge):
        # The claim rounds the source's figure, or is finer than the source's own rounding.
        flags.append("rounded" if cq.precision >= sq.precision else "approximate")
    return flags


def decide(cq: Quantity, candidates: list[Candidate], words: frozenset[str] = frozenset()) -> Outcome | None:
    """Supported, disputed or None (nothing relevant) for one claimed figure (words: the claim's)."""
    relevant = sorted((c for c in candidates if c.score >= RELEVANT), key=lambda c: -c.score)
    if not relevant:
        return None
    best = relevant[0].score
    tier = [c for c in relevant if c.score >= best - TIER]
    judged = [(c, *_values(cq, c.quantity)) for c in tier]
    # A bound in the source supports a figure near it, or another bound; not any larger figure.
    agree = [(c, sq, conv) for c, sq, conv in judged if bears_out(cq, sq)]
    # The same figure said of the opposite ("fell 4%" for "rose 4%") contradicts the claim.
    turned = [(c, pair) for c, _, _ in agree if (pair := opposed(words, c.context)) is not None]
    agree = [a for a in agree if not opposed(words, a[0].context)]
    if turned and not agree:
        c, (mine, theirs) = turned[0]
        text = (f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}): "
                f"'{theirs}' where the article has '{mine}'.")
        return Outcome("disputed", confidence("disputed", c.score), text, (),
                       (evidence(c.passage, c.score, c.location, c.text),))
    if not agree:
        bounds = [(c, sq) for c, sq, _ in judged if not contradicts(cq, sq) and (sq.one_sided or cq.one_sided)]
        if bounds:
            c, sq = bounds[0]
            text = (f"{capitalised(source_label(c.source))} gives only a bound, {c.said} ({c.location}); "
                    f"the article's {cq.text} is neither stated nor ruled out by it.")
            return Outcome("unverifiable", confidence("unverifiable", c.score), text, (), (),
                           (evidence(c.passage, c.score, c.location, c.text),))
    if agree:
        c, sq, conv = agree[0]
        flags = _qualifiers(cq, sq, conv) + list(c.flags)
        # Two sources conflict when they give different figures for the same thing and place.
        agreeing = {a.source.info.id for a, _, _ in agree}
        others = [(o, osq) for o, osq, _ in (
                      (o, *_values(cq, o.quantity)) for o in candidates if o.score >= CONFLICT)
                  if contradicts(cq, osq) and o.source.info.id not in agreeing
                  and o.anchor == c.anchor
                  and not (o.derived or c.derived) and _same_measure(o, c)]
        label = source_label(c.source)
        text = f"{capitalised(label)} says {c.said}{c.note} ({c.location}); the article says {cq.text}."
        if "rounded" in flags:
            text += f" {cq.text} is {format_number(sq.value)} rounded."
        if conv:
            text += f" {c.quantity.text} is {format_number(round(sq.value, 1))} {cq.unit}s."
        ev = [evidence(c.passage, c.score, c.location, c.text)]
        if others:
            flags.append("sources-conflict")
            o, osq = max(others, key=lambda pair: pair[0].score)
            if o.score > c.score + SPECIFIC:
                # The source that speaks more specifically to the claim decides.
                text = (f"{capitalised(source_label(o.source))} says {o.said}{o.note} ({o.location}); the article "
                        f"says {cq.text}.{discrepancy(cq, osq)} {capitalised(label)} says {c.said} "
                        f"({c.location}), but less specifically.")
                return Outcome("disputed", confidence("disputed", o.score), text, ("sources-conflict",),
                               (evidence(o.passage, o.score, o.location, o.text), *ev))
            text += f" But {source_label(o.source)} says {o.said} ({o.location})."
            ev.append(evidence(o.passage, o.score, o.location, o.text))
        unique = tuple(dict.fromkeys(flags))
        return Outcome("supported", confidence("supported", c.score, unique), text, unique, tuple(ev))
    c, sq, _ = judged[0]
    text = (f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}); "
            f"the article says {cq.text}.{discrepancy(cq, sq)}")
    flags, ev = list(c.flags), [evidence(c.passage, c.score, c.location, c.text)]
    # A less specific source that agrees is worth naming: the sources disagree.
    backing = [o for o in candidates if o.score >= CONFLICT and o.source.info.id != c.source.info.id
               and o.anchor == c.anchor and not (o.derived or c.derived) and _same_measure(o, c)
               and bears_out(cq, _values(cq, o.quantity)[0])]
    if backing:
        o = max(backing, key=lambda b: b.score)
        flags.append("sources-conflict")
        text += f" {capitalised(source_label(o.source))} says {o.said} ({o.location}), but less specifically."
        ev.append(evidence(o.passage, o.score, o.location, o.text))
    return Outcome("disputed", confidence("disputed", c.score), text, tuple(dict.fromkeys(flags)), tuple(ev))


def check_quantity(claim_text: str, corpus: Corpus) -> Outcome:
    """Check every figure in a claim; one disputed figure disputes the claim."""
    from .derived import member_counts, totals
    from .table import table_candidates
    from .trend import change_figures, check_table_relation, is_table_relation

    claim = read(claim_text)
    relation = check_table_relation(claim_text, corpus)
    figures = claim.quantities
    if is_table_relation(claim_text):
        # "rose 10%" is a change, not a level: only a relation between rows can check it.
        changes = change_figures(claim)
        figures = tuple(q for q in figures if q not in changes)
    if relation is not None:
        # The relation settles the change ("fell 4.1%"); the levels it names are checked below.
        if relation.verdict == "disputed" or not figures:
            return relation
    outcomes: list[tuple[Quantity | None, Outcome | None]] = [] if relation is None else [(None, relation)]
    for cq in figures:
        # Stated figures, and figures the sources imply (a count of a list, a total of a breakdown).
        stated = document_candidates(claim, cq, corpus) + table_candidates(claim, cq, corpus)
        implied = member_counts(claim, cq, corpus) + totals(claim, cq, document_candidates(claim, cq, corpus, False))
        outcomes.append((cq, decide(cq, stated + implied, claim_concepts(claim))))
    disputed = [o for _, o in outcomes if o and o.verdict == "disputed"]
    if disputed:
        return disputed[0]
    open_ = [o for _, o in outcomes if o and o.verdict == "unverifiable"]
    missing = [cq for cq, o in outcomes if o is None and cq is not None]  # figures nothing gives
    if not outcomes and not claim.quantities:
        # A comparison no table settles ("the highest since 2004"): a date or words to find.
        from .date import check_date
        from .statement import check_statement

        return check_date(claim_text, corpus) if claim.dates else check_statement(claim_text, corpus)
    if missing or not outcomes:
        what = ", ".join(cq.text for cq in missing) or "the figure"
        return unverifiable(
            f"No cached source gives a figure for what {what} counts here.", near_misses(claim_text, corpus)
        )
    if open_:
        return open_[0]
    if len(outcomes) == 1:
        return outcomes[0][1]  # type: ignore[return-value]
    supported = [o for _, o in outcomes if o]
    flags = tuple(dict.fromkeys(f for o in supported for f in o.flags))
    ev = tuple(dict.fromkeys(e for o in supported for e in o.evidence))
    text = " ".join(o.explanation for o in supported)
    return Outcome("supported", min(o.confidence for o in supported), text, flags, ev)
