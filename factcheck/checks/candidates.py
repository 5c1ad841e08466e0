"""Candidate figures for a claimed figure: every figure in the documents that may be the same
thing, scored for how nearly its words, its noun, its place and its year are the claim's."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from ..corpus.index import Entry, Index
from ..model import Passage, Source
from ..read.anchors import (
    Scope,
    bound_place,
    claim_concepts,
    counts_generic,
    head_of,
    inherited_head,
    measure_words,
    own_years,
    per_item,
    period_of,
    phrase_of,
    places_after,
    status_of,
    years_for,
)
from ..read.quantities import Quantity
from ..read.reading import Reading, concepts_of, concepts_once
from ..read.subjects import fit
from ..read.text import enclosing, segment


@dataclass(frozen=True, slots=True)
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
    subjects: frozenset[tuple[str, str]] = frozenset()  # what the figure is about ("Operation Redfin")
    years: frozenset[int] = frozenset()  # the years the figure is for, when the source says
    status: str = ""  # "provisional" or "final", when its sentence says

    @property
    def said(self) -> str:
        """The figure as an explanation quotes it."""
        return f'"{self.phrase}"' if self.phrase else self.quantity.text


def _place_factor(
    scope: Scope,
    country: str | None,
    region: str | None,
    passage: Reading,
    places: frozenset[str] = frozenset(),
    part: bool = False,
) -> float:
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
    # A part of a breakdown by country ("3 in Austria") is not the figure of a claim that names no
    # place; a figure with its own noun and a place nearby may be.
    if country is not None:
        return 0.5 if part else 0.85
    return 1.0


def _year_factor(
    claim_years: frozenset[int],
    clause_years: frozenset[int],
    passage: Reading,
    source: Source,
    document_years: frozenset[int],
) -> float:
    if not claim_years:
        return 0.9 if clause_years else 1.0
    if clause_years:
        return 1.0 if clause_years & claim_years else 0.0
    if document_years:
        # A report about 2021 (its stated subject or title says so) gives 2021's figures.
        return 1.0 if document_years & claim_years else 0.0
    if passage.years & claim_years:
        return 0.9
    published = source.info.published
    return 0.8 if published and published.year in claim_years else 0.6


@dataclass(frozen=True, slots=True)
class _Figure:
    """A document figure with everything about it that does not depend on a claim, read once per
    index (reading it again for every claim made candidate search cost claims x figures x reads)."""

    entry: Entry
    quantity: Quantity
    clause: tuple[int, int]
    about: frozenset[tuple[str, str]]
    # The concepts near the figure, nearest first: its stretch, clause and sentence (as numbers in
    # _Figures.names: a set of strings per figure took 1.5 KB), then its passage's and title's.
    near: array[int]
    in_clause: array[int]
    in_sentence: array[int]
    whole: frozenset[str]
    title: frozenset[str]
    period: str
    each: bool
    stated: str
    own_head: str | None
    head: str | None
    country: str | None
    region: str | None
    places: frozenset[str]
    own_years: frozenset[int]
    document_years: frozenset[int]
    phrase: str


class _Figures:
    """Every document figure of an index, with postings: which figures (by position, in corpus
    order) count in a dimension, count a head noun, are about a subject or a subject's kind, and
    stand in a passage holding a concept. The postings only narrow the figures looked at; a figure
    left out is one the scoring below would drop. What scoring needs of a figure is made when it
    is first looked at (a claim about one operation looks at a few figures of 400,000), and kept."""

    def __init__(self, index: Index) -> None:
        self.entries = list(index.entries(tables=False))
        self.titles: dict[str, frozenset[str]] = {}
        self.names: list[str] = []  # the concepts near figures, by number
        self.numbers: dict[str, int] = {}
        # Figure i is quantity kth[i] of entry at[i]; the figures of entry p are first[p] to first[p + 1].
        self.at, self.kth, self.first = array("i"), array("i"), array("i")
        # A passage is posted under its concepts and its title's, the only concepts a figure's
        # layers may hold (they are cut to them): positions of entries, 4 bytes each.
        self.by_concept: dict[str, array[int]] = {}
        postings: dict[str, dict] = {"dimension": {}, "head": {}, "subject": {}, "kind": {}}
        for p, entry in enumerate(self.entries):
            reading = entry.reading
            self.first.append(len(self.at))
            for concept in reading.concepts | self._title(entry.source):
                found = self.by_concept.get(concept)
                if found is None:
                    found = self.by_concept[concept] = array("i")
                found.append(p)
            for k, sq in enumerate(reading.quantities):
                i = len(self.at)
                self.at.append(p)
                self.kth.append(k)
                about = index.subjects_at(entry, sq.start, sq.end, keep=False)
                head = head_of(reading.text, sq) or inherited_head(reading, sq)
                keys = {
                    "dimension": [sq.dimension],
                    "head": [head] if head else [],
                    "subject": about,
                    "kind": {kind for kind, _ in about},
                }
                for name, values in keys.items():
                    for value in values:
                        found = postings[name].get(value)
                        if found is None:
                            found = postings[name][value] = array("i")
                        found.append(i)
        self.first.append(len(self.at))
        # A dimension's figures are many and asked for whole: a set. Heads, subjects and kinds
        # are many small postings (one per operation in an archive of them), united on demand:
        # arrays, which take a tenth of a small set's memory.
        self.by_dimension: dict[str, frozenset[int]] = {k: frozenset(v) for k, v in postings["dimension"].items()}
        self.by_head: dict[str, array[int]] = postings["head"]
        self.by_subject: dict[tuple[str, str], array[int]] = postings["subject"]
        self.by_kind: dict[str, array[int]] = postings["kind"]
        self._without: dict[tuple[str, frozenset[str]], frozenset[int]] = {}
        self._made: dict[int, _Figure] = {}
        # Figures of one sentence share what it is about, and releases of one kind repeat their
        # wording: each distinct set is kept once.
        self._sets: dict[frozenset, frozenset] = {}
        self._index = index

    def _title(self, source: Source) -> frozenset[str]:
        title = self.titles.get(source.info.id)
        if title is None:
            title = self.titles[source.info.id] = concepts_of(source.info.title)
        return title

    def __len__(self) -> int:
        return len(self.at)

    def figure(self, i: int) -> _Figure:
        """Figure i with everything scoring needs of it, made the first time it is asked for."""
        made = self._made.get(i)
        if made is None:
            made = self._made[i] = self._make(i)
        return made

    def _make(self, i: int) -> _Figure:
        entry = self.entries[self.at[i]]
        source, reading = entry.source, entry.reading
        sq = reading.quantities[self.kth[i]]
        text, title = reading.text, self._title(source)
        lo, hi = enclosing(list(reading.clauses), sq.start, sq.end)
        s_lo, s_hi = enclosing(list(reading.sentences), sq.start, sq.end)
        g_lo, g_hi = segment(text, sq.start, sq.end)
        own_head = head_of(text, sq)
        country, region = bound_place(reading, sq)
        # A stretch's concepts are its passage's or its title's (cut to them, so that the
        # passage postings above hold every figure whose layers hold a concept): asked about here
        # only, not through concepts_of's memo, which they would crowd.
        held = reading.concepts | title
        once = lambda found: self._sets.setdefault(found, found)  # noqa: E731
        return _Figure(
            entry,
            sq,
            (lo, hi),
            once(self._index.subjects_at(entry, sq.start, sq.end, keep=False)),
            self._numbered(concepts_once(text[g_lo:g_hi]) & held),
            self._numbered(concepts_once(text[lo:hi]) & held),
            self._numbered(concepts_once(text[s_lo:s_hi]) & held),
            reading.concepts,
            title,
            period_of(text, sq),
            per_item(text, sq),
            status_of(text[s_lo:s_hi]),
            own_head,
            own_head or inherited_head(reading, sq),
            country,
            region,
            once(frozenset(places_after(reading, sq))),
            once(own_years(text, sq, lo, hi)),
            self._index.document_years(source),
            phrase_of(text, sq),
        )

    def _numbered(self, concepts: frozenset[str]) -> array[int]:
        found = array("I")
        for concept in sorted(concepts):
            number = self.numbers.get(concept)
            if number is None:
                number = self.numbers[concept] = len(self.names)
                self.names.append(concept)
            found.append(number)
        return found

    def near(self, concepts: frozenset[str]) -> set[int]:
        """The figures whose passage or title holds any of these concepts."""
        passages = set().union(*(self.by_concept.get(c, ()) for c in concepts))
        first = self.first
        return {i for p in passages for i in range(first[p], first[p + 1])}

    def concepts(self, numbers: array[int]) -> frozenset[str]:
        """The concepts a figure's layer holds, by name."""
        return frozenset(self.names[i] for i in numbers)

    def without_kinds(self, dimension: str, kinds: frozenset[str]) -> frozenset[int]:
        """The figures of a dimension about no subject of these kinds (kept once asked for)."""
        key = (dimension, kinds)
        if key not in self._without:
            of_kind = frozenset().union(*(self.by_kind.get(k, ()) for k in kinds))
            self._without[key] = self.by_dimension.get(dimension, frozenset()) - of_kind
        return self._without[key]


def _looked_at(
    prepared: _Figures,
    dimension: str,
    wanted: frozenset[str],
    claim_head: str | None,
    claimed: frozenset[tuple[str, str]],
    postings: bool = True,
) -> list[_Figure]:
    """The figures that may score above nothing for a claim figure, in corpus order."""
    same = prepared.by_dimension.get(dimension, frozenset())
    if not postings:
        return [prepared.figure(i) for i in sorted(same)]
    if claimed:
        # fit() is False for a figure about another subject of a claimed kind: only figures about
        # a claimed subject, or about no subject of those kinds, remain.
        about = frozenset().union(*(prepared.by_subject.get(s, ()) for s in claimed))
        kinds = frozenset(kind for kind, _ in claimed)
        same = (about & same) | prepared.without_kinds(dimension, kinds)
    if wanted and len(same) > 64:
        # A figure with none of the claim's concepts near it scores nothing, unless it counts
        # what the claim's figure counts.
        heads = [claim_head] if claim_head else list(wanted)
        near = prepared.near(wanted).union(*(prepared.by_head.get(h, ()) for h in heads))
        same &= near
    return [prepared.figure(i) for i in sorted(same)]


def document_candidates(claim: Reading, cq: Quantity, index: Index) -> tuple[list[Candidate], list[Candidate]]:
    """Every figure in the documents that measures the same kind of thing, scored for relevance:
    once for the claim's place, and once whatever place each figure is for (to add figures up)."""
    wanted = claim_concepts(claim)
    scope = Scope.of(claim, cq)
    # "70 of them in Portugal": a figure with no noun counts what the figure before it counted.
    claim_head = head_of(claim.text, cq)
    if claim_head is None and claim.around and cq.dimension == "count" and cq.unit is None:
        claim_head = claim.around.head
    claim_generic = counts_generic(claim.text, cq)
    claim_years = years_for(claim, cq)
    claimed = index.claim_subjects(claim)
    claimed_kinds = {kind for kind, _ in claimed}
    measured = measure_words(claim, cq)
    status = status_of(claim.text)
    each = per_item(claim.text, cq)
    period = period_of(claim.text, cq)
    placed: list[Candidate] = []
    anywhere: list[Candidate] = []
    prepared = index.prepared("document figures", _Figures)
    looked_at = _looked_at(prepared, cq.dimension, wanted, claim_head, claimed, index.postings)
    # Numbered once the figures looked at are made (making one may number a new concept).
    numbers = prepared.numbers
    wanted_numbers = {c: numbers.get(c, -1) for c in wanted}
    for f in looked_at:
        source, passage, reading, sq = f.entry.source, f.entry.passage, f.entry.reading, f.quantity
        about = f.about
        if fit(claimed, about) is False:
            continue  # another operation's, another route's figure: not about the claim's subject
        if claimed and len(about & claimed) < len(about) and sum(k in claimed_kinds for k, _ in about) > 1:
            # "Route 40 will replace Route 3, with buses every 10 minutes": whose figure this is,
            # the sentence does not say; it bears nothing out about either.
            continue
        if f.period != period:
            continue  # "6,000 riders on its first day" is not an average weekday's figure
        if f.each != each:
            continue  # "22 tonnes each" is not the total "1,150 tonnes", nor the reverse
        if status and f.stated and f.stated != status:
            continue  # a provisional figure is not a final one
        near, clause, sentence, whole, title = f.near, f.in_clause, f.in_sentence, f.whole, f.title
        if any(c not in whole and c not in title and numbers.get(c, -1) not in sentence for c in measured):
            continue  # "260 helicopters" is not borne out by "260 arrests": another measure
        # The nearer a claim word stands to the figure, the more it says they are one thing.
        hits = sum(
            1.0
            if (n := wanted_numbers[c]) in near
            else 0.8
            if n in clause
            else 0.7
            if n in sentence
            else 0.4
            if c in whole
            else 0.2
            if c in title
            else 0.0
            for c in wanted
        )
        keyword = hits / len(wanted) if wanted else 0.5
        head = f.head
        if claim_generic and not any(wanted_numbers[c] in near for c in wanted):
            keyword *= 0.5  # "five people" counts what their verb says: it must be here too
        if head and (head == claim_head or (claim_head is None and head in wanted)):
            keyword = max(keyword, 0.8)  # the figure counts what the claim's figure counts
        elif claim_head and head != claim_head:
            keyword *= 0.75 if head else 0.85  # it counts something else, or says not what
        country, region = f.country, f.region
        part = f.own_head is None and head is not None  # "37 were made in Spain", after "Of the 140 arrests"
        factor = _place_factor(scope, country, region, reading, f.places, part)
        year = _year_factor(claim_years, f.own_years, reading, source, f.document_years)
        lo, hi = f.clause
        snippet = reading.text[lo:hi].strip()
        anchor = (country, None if region == "*" else region)
        nearby: frozenset[str] | None = None
        context: frozenset[str] = frozenset()
        for found, score in (
            (placed, keyword * factor * year),
            (anywhere, keyword * 1.0 * year),
        ):
            if score > 0:
                if nearby is None:
                    nearby, context = prepared.concepts(near), prepared.concepts(sentence)
                found.append(
                    Candidate(
                        source,
                        passage,
                        sq,
                        round(score, 3),
                        passage.location,
                        snippet,
                        anchor=anchor,
                        phrase=f.phrase,
                        head=head,
                        nearby=nearby,
                        context=context,
                        subjects=about,
                        years=f.own_years or f.document_years,
                        status=f.stated,
                    )
                )
    if not status:
        # A claim that names no status means the figure that stands: where its source also gives a
        # final figure for the same thing, its provisional ones are set aside.
        finals = {(c.source.info.id, c.head) for c in placed if c.status == "final"}
        placed = [c for c in placed if not (c.status == "provisional" and (c.source.info.id, c.head) in finals)]
    return placed, anywhere
