"""The one way checks reach the sources: passages and table rows with their readings, ranked
passages, and who published what. Today a scan over entries prepared once per index; an index
with postings can take its place behind the same methods."""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar, cast

from rapidfuzz import fuzz, process

from ..model import Corpus, Evidence, Passage, Source
from ..read.dates import years_in
from ..read.lexicon import canonical_org, region_of
from ..read.lists import Members
from ..read.reading import Reading, concepts_of, known, read, remember
from ..read.subjects import KnownNames, Subject, find_subjects, fit, known_names
from ..read.text import fold, segment

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Entry:
    """A passage (or table row) with its source and what the readers found in it."""

    source: Source
    passage: Passage
    reading: Reading


@dataclass(frozen=True, slots=True)
class Ranked:
    """A passage with its relevance to a claim (0-1)."""

    source: Source
    passage: Passage
    score: float


def relevance(claim_text: str, passage: Passage, source: Source) -> float:
    """How much a passage is about what the claim is about, 0-1."""
    overlap = _overlap(concepts_of(claim_text), read(passage.text).concepts, _title_concepts(source))
    return _relevance(overlap, fuzz.token_set_ratio(fold(claim_text), fold(passage.text)))


def _title_concepts(source: Source) -> frozenset[str]:
    return concepts_of(f"{source.info.title} {source.info.publisher}")


def _overlap(claim: frozenset[str], passage: frozenset[str], title: frozenset[str]) -> float:
    """The share of a claim's concepts a passage holds (a concept only its title holds counts 0.3)."""
    held = sum(c in passage for c in claim)
    return _overlap_of(held, sum(c not in passage and c in title for c in claim), len(claim))


def _overlap_of(held: int, only_title: int, concepts: int) -> float:
    """Overlap from how many of a claim's concepts a passage holds, and how many only its title."""
    return (held + 0.3 * only_title) / concepts if concepts else 0.0


def _relevance(overlap: float, ratio: float) -> float:
    """Relevance from concept overlap and rapidfuzz's token-set ratio (0-100) of the folded texts."""
    return round(0.6 * overlap + 0.4 * (ratio / 100), 3)


_ROUNDING = 0.5  # ratio points within which two ratios may round to one relevance (and more)


def _ratio_needed(overlap: float, score: float) -> float:
    """A ratio below which a passage of this overlap cannot reach a relevance (kept wide of it,
    so that rounding never drops one that rounds up to it)."""
    return max(0.0, (score - 0.6 * overlap) / 0.4 * 100 - _ROUNDING)


NEAREST = 3  # how many nearest passages an unverifiable finding lists


def as_near_misses(ranked: list[Ranked]) -> tuple[Evidence, ...]:
    """Ranked passages as the evidence an unverifiable finding lists (those with any relevance)."""
    return tuple(
        Evidence(r.passage.source_id, r.passage.location, r.passage.text, round(r.score, 3))
        for r in ranked
        if r.score > 0
    )


class Index:
    """The sources of a corpus as checks see them."""

    def __init__(self, corpus: Corpus, postings: bool = True, keep: bool = True) -> None:
        self.corpus = corpus
        # Whether this index always opens the sources folder's store of readings; a restriction to
        # a claim's sources opens it only for passages this process has not read yet.
        self.keep = keep
        # Without postings, checks look at every passage and figure: the same verdicts, slower
        # (kept to show that the postings never change one).
        self.postings = postings
        self._subjects_at: dict[tuple[str, int, int, int], frozenset[tuple[str, str]]] = {}
        self._prepared: dict[str, Any] = {}
        self._listed: dict[Callable[[str], Members], list[tuple[Entry, tuple[str, ...]]]] = {}
        self._masks: dict[tuple[int, str], int] = {}

    def prepared(self, name: str, build: Callable[[Index], T]) -> T:
        """What a check derives from the whole corpus, whatever the claim (its figures with their
        features and postings): built on first use, once per index."""
        if name not in self._prepared:
            self._prepared[name] = build(self)
        return cast(T, self._prepared[name])

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source, in id order."""
        return self.corpus.sources

    @property
    def ids(self) -> tuple[str, ...]:
        """The source ids, sorted."""
        return self.corpus.ids

    def get(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return self.corpus.get(source_id)

    def restricted(self, ids: tuple[str, ...]) -> Index:
        """The index of the given sources only (all of them when ids is empty)."""
        return self if not ids else Index(self.corpus.restricted(ids), self.postings, keep=False)

    @cached_property
    def _entries(self) -> tuple[Entry, ...]:
        texts = [p.text for s in self._read_sources for p in s.passages]
        if self.corpus.root is not None and texts and (self.keep or not all(known(t) for t in texts)):
            # Passages read in an earlier run are taken from the store; the others are read (in
            # several processes when there are many) and kept.
            from .persist import Store, read_many

            store = Store(Path(self.corpus.root))
            kept = store.get(set(texts))
            absent = [t for t in dict.fromkeys(texts) if t not in kept]
            remember([*kept.values(), *read_many([t for t in absent if not known(t)])])
            if absent:
                store.put(read(t) for t in absent)
                store.prune(texts)  # something changed: readings of texts gone may be dropped
            store.close()
        return tuple(Entry(s, p, read(p.text)) for s in self._read_sources for p in s.passages)

    @cached_property
    def _read_sources(self) -> tuple[Source, ...]:
        """The sources whose passages are read as text: documents, and tables whose rows are."""
        return tuple(s for s in self.corpus.sources if s.table is None or s.table.read_rows)

    def entries(self, tables: bool | None = None) -> Iterator[Entry]:
        """Every passage and row with its reading, in corpus order (tables=False: documents only,
        tables=True: table rows only)."""
        for entry in self._entries:
            if tables is None or (entry.source.table is not None) == tables:
                yield entry

    def by_source(self) -> Iterator[tuple[Source, list[Entry]]]:
        """Each source with its passages' entries, in corpus order."""
        entries: dict[str, list[Entry]] = {s.info.id: [] for s in self._read_sources}
        for entry in self._entries:
            entries[entry.source.info.id].append(entry)
        for source in self._read_sources:
            yield source, entries[source.info.id]

    def documents(self) -> Iterator[Source]:
        """The sources that are documents, not tables."""
        return (s for s in self.corpus.sources if s.table is None)

    def tables(self) -> Iterator[Source]:
        """The sources that are tables."""
        return (s for s in self.corpus.sources if s.table is not None)

    @cached_property
    def known_names(self) -> dict[str, str]:
        """The named undertakings the sources mention ("redfin": "operation"), for bare mentions."""
        # Stated subjects and the sources' own text; not titles, whose capitals prove nothing
        # ("Operation Targeting Opioid Traffickers on the Darknet" names no operation).
        found = [s for source in self.corpus.sources for s in find_subjects(source.info.subject)]
        found += [s for entry in self._entries for s in entry.reading.subjects]
        return known_names(found)

    def subjects_in(self, text: str, reading_subjects: tuple[Subject, ...] | None = None) -> frozenset[tuple[str, str]]:
        """The subjects a text names, with or without their kind ("Operation Bluefin", "Bluefin")."""
        named = find_subjects(text) if reading_subjects is None else list(reading_subjects)
        return frozenset(s.key for s in [*named, *self._known.find(text)])

    @cached_property
    def _known(self) -> KnownNames:
        return KnownNames(self.known_names)

    def claim_subjects(self, claim: Reading) -> frozenset[tuple[str, str]]:
        """What a claim is about: the subjects it names, else those its context gives it."""
        return self.claim_subjects_from(claim)[0]

    def claim_subjects_from(self, claim: Reading) -> tuple[frozenset[tuple[str, str]], str]:
        """A claim's subjects and where they came from: "claim", its context's sentence or the
        sentences before it, else the article's title ("" when nothing names one)."""
        own = self.subjects_in(claim.text, claim.subjects)
        if own or claim.around is None:
            return own, "claim" if own else ""
        near = self.subjects_in(claim.around.subject_text)
        if near:
            return near, claim.around.subject_from
        # "the arrest of 179 suspects" under the headline "Operation DisrupTor: ...": with nothing
        # nearer naming a subject, the story is about the one its headline names.
        titled = self.subjects_in(claim.around.title) if claim.around.title else frozenset()
        return titled, "title" if titled else ""

    @cached_property
    def _document_subjects(self) -> dict[str, frozenset[tuple[str, str]]]:
        subjects = {}
        for source, entries in self.by_source():
            # What the curator states (final, even when it names no label or undertaking); else the
            # title; else a document's lead (a table's first row is no lead).
            if source.info.subject:
                subjects[source.info.id] = self.subjects_in(source.info.subject)
                continue
            lead = entries[0].passage.text if entries and source.table is None else ""
            # A title's subjects count when the text names them too: Title Case capitalises all.
            named = frozenset(x.key for e in entries for x in e.reading.subjects)
            titled = self.subjects_in(source.info.title) & named
            subjects[source.info.id] = titled or (self.subjects_in(lead) if lead else frozenset())
        return subjects

    def document_subjects(self, source: Source) -> frozenset[tuple[str, str]]:
        """What a source as a whole is about (its stated subject, its title or its lead)."""
        return self._document_subjects.get(source.info.id, frozenset())

    @cached_property
    def _document_years(self) -> dict[str, frozenset[int]]:
        years = {}
        for source, entries in self.by_source():
            stated = years_in(source.info.subject) if source.info.subject else years_in(source.info.title)
            lead = years_in(entries[0].passage.text) if entries and source.table is None else frozenset()
            # A lead that dates one event ("made landfall on 14 March 2023") dates the document.
            years[source.info.id] = stated or (lead if len(lead) == 1 else frozenset())
        return years

    def document_years(self, source: Source) -> frozenset[int]:
        """The years a source as a whole is about: as its stated subject or its title gives them
        ("Road safety in 2021"), else the one year its lead states; none for a source that does not say."""
        return self._document_years.get(source.info.id, frozenset())

    def subjects_at(self, entry: Entry, start: int, end: int, keep: bool = True) -> frozenset[tuple[str, str]]:
        """What the words at [start, end) of a passage are about: the subjects its sentence names,
        else those of its document (kept for the next question, unless the caller keeps it)."""
        if not keep:
            return self._subjects_at_uncached(entry, start, end)
        key = (entry.source.info.id, entry.passage.index, start, end)
        if key not in self._subjects_at:
            self._subjects_at[key] = self._subjects_at_uncached(entry, start, end)
        return self._subjects_at[key]

    def _subjects_at_uncached(self, entry: Entry, start: int, end: int) -> frozenset[tuple[str, str]]:
        for lo, hi in entry.reading.sentences:
            if lo <= start and end <= hi:
                named = [s for s in entry.reading.subjects if lo <= s.start and s.end <= hi]
                found = self.subjects_in(entry.reading.text[lo:hi], tuple(named))
                if len(found) > 1:
                    # "Route 3 carried 5,000 riders, and Route 36 carried 4,924": the subject in the
                    # figure's own stretch, when it names one.
                    g_lo, g_hi = segment(entry.reading.text, start, end)
                    own = [s for s in named if g_lo <= s.start and s.end <= g_hi]
                    narrowed = self.subjects_in(entry.reading.text[g_lo:g_hi], tuple(own)) if own else frozenset()
                    found = narrowed or found
                return found or self.document_subjects(entry.source)
        return self.document_subjects(entry.source)

    def passage_subjects(self, entry: Entry) -> frozenset[tuple[str, str]]:
        """What a whole passage is about: the subjects it names, else those of its document."""
        return self._passage_subjects[id(entry)]

    @cached_property
    def _passage_subjects(self) -> dict[int, frozenset[tuple[str, str]]]:
        # Prepared once per index: what a passage is about does not depend on the claim. The
        # passages of one release name one operation: each distinct set is held once.
        shared: dict[frozenset[tuple[str, str]], frozenset[tuple[str, str]]] = {}
        found = {}
        for e in self._entries:
            about = self.subjects_in(e.passage.text, e.reading.subjects) or self.document_subjects(e.source)
            found[id(e)] = shared.setdefault(about, about)
        return found

    def lists(
        self, reader: Callable[[str], Members], regions: set[str], about: frozenset[tuple[str, str]] = frozenset()
    ) -> Iterator[tuple[Source, Passage, list[str]]]:
        """Every passage that lists two or more members (within the regions, if any), as the reader
        (countries or organisations) finds them; none about another subject than `about`."""
        for entry, listed in self._listing(reader):
            if fit(about, self.passage_subjects(entry)) is False:
                continue
            members = [m for m in listed if region_of(m) in regions] if regions else list(listed)
            if len(members) >= 2:
                yield entry.source, entry.passage, members

    def _listing(self, reader: Callable[[str], Members]) -> list[tuple[Entry, tuple[str, ...]]]:
        """The passages in which a reader finds two members or more, read once per index."""
        if reader not in self._listed:
            self._listed[reader] = [
                (entry, tuple(names))
                for entry in self._entries
                if len(names := list(reader(entry.passage.text).names)) >= 2
            ]
        return self._listed[reader]

    def rank(self, claim_text: str, limit: int = 3) -> list[Ranked]:
        """The passages most relevant to a claim, best first (ties in corpus order)."""
        if not self.postings:
            scored = [Ranked(e.source, e.passage, relevance(claim_text, e.passage, e.source)) for e in self._entries]
            scored.sort(key=lambda r: -r.score)
            return scored[:limit]
        return self._rank_bounded(claim_text, limit)

    @cached_property
    def folded(self) -> list[str]:
        """Every passage's text folded (case, accents, quote marks), in corpus order, made once."""
        return [fold(e.passage.text) for e in self._entries]

    @cached_property
    def _concept_postings(self) -> tuple[dict[str, array[int]], dict[str, array[int]], list[str]]:
        """For each concept, the passages (by position, as int arrays: 4 bytes each) that hold it
        and the passages whose source's title or publisher does; and every passage folded."""
        held: dict[str, array[int]] = {}
        titled: dict[str, array[int]] = {}
        for i, entry in enumerate(self._entries):
            for table, concepts in ((held, entry.reading.concepts), (titled, _title_concepts(entry.source))):
                for concept in concepts:
                    found = table.get(concept)
                    if found is None:
                        found = table[concept] = array("i")
                    found.append(i)
        return held, titled, self.folded

    def _mask(self, table: int, concept: str) -> int:
        """A concept's postings (table 0: passages, 1: titles) as a bit mask over positions; the
        masks of concepts found in many passages are kept, the others are cheap to make again."""
        key = (table, concept)
        found = self._masks.get(key)
        if found is None:
            held, titled, _ = self._concept_postings
            positions = (titled if table else held).get(concept, array("i"))
            found = _mask_of(positions, len(self._entries))
            if len(positions) * 64 > len(self._entries):
                self._masks[key] = found
        return found

    def _rank_bounded(self, claim_text: str, limit: int) -> list[Ranked]:
        # The same scores as relevance(), without scoring every passage's wording. How many of the
        # claim's concepts each passage holds (and how many only its title holds) is counted for
        # all passages at once, in bit masks; passages are taken by that overlap, best first, and
        # within one overlap by wording (scored in C), until no passage left can reach the last
        # place kept (0.6 x overlap + 0.4 x its wording bounds a score from above).
        folded = self._concept_postings[2]
        wanted = concepts_of(claim_text)
        n, everyone = len(wanted), (1 << len(self._entries)) - 1
        held_count: list[int] = []  # bit planes of a per-passage counter
        title_count: list[int] = []
        for concept in sorted(wanted):
            held = self._mask(0, concept)
            _add(held_count, held)
            _add(title_count, self._mask(1, concept) & ~held & everyone)
        groups: dict[float, int] = {}
        for k in range(n + 1):
            for t in range(n - k + 1):
                mask = _equal(held_count, k, everyone) & _equal(title_count, t, everyone)
                if mask:
                    overlap = _overlap_of(k, t, n)
                    groups[overlap] = groups.get(overlap, 0) | mask
        claim_folded = fold(claim_text)
        kept: list[tuple[float, int]] = []  # (-score, position): best first, ties in corpus order
        for overlap in sorted(groups, reverse=True):
            if len(kept) == limit and _relevance(overlap, 100) < -kept[-1][0]:
                break
            members = _positions(groups[overlap])
            # Within one overlap, the score grows with the wording's ratio (computed in C): only
            # the best few can be kept. (Rounded, two ratios may give one score: the earlier
            # passage goes first.) Once the places are filled, a passage must reach the last
            # one's score: the ratio that takes is a cutoff the scorer uses to skip early.
            cutoff = 0.0
            if len(kept) == limit:
                cutoff = _ratio_needed(overlap, -kept[-1][0])
            ratios = process.extract(
                claim_folded,
                [folded[i] for i in members],
                scorer=fuzz.token_set_ratio,
                limit=None,
                score_cutoff=cutoff,
            )
            kept += heapq.nsmallest(limit, ((-_relevance(overlap, r), members[j]) for _, r, j in ratios))
            kept.sort()
            del kept[limit:]
        return [Ranked(self._entries[i].source, self._entries[i].passage, -score) for score, i in kept]

    def near_misses(self, claim_text: str, limit: int = NEAREST) -> tuple[Evidence, ...]:
        """The nearest passages to a claim that no source supports or disputes."""
        return as_near_misses(self.rank(claim_text, limit))

    def from_publisher(self, name: str) -> bool:
        """True when some cached source comes from the named organisation or outlet."""
        canonical, folded = self._publishers
        if canonical_org(name) in canonical:
            return True
        return process.extractOne(fold(name), folded, scorer=fuzz.partial_ratio, score_cutoff=95) is not None

    @cached_property
    def _publishers(self) -> tuple[frozenset[str], list[str]]:
        """Every source's publisher (whole and each comma-separated part) and title, as canonical
        names and folded, once per index (a claim's "according to X" is looked up in them)."""
        fields = dict.fromkeys(
            field
            for source in self.corpus.sources
            for field in (source.info.publisher, *source.info.publisher.split(","), source.info.title)
            if field
        )
        return frozenset(canonical_org(f) for f in fields), [fold(f) for f in fields]


_INDEXES: dict[int, tuple[Corpus, Index]] = {}
_KEPT = 8


def index_of(corpus: Corpus | Index) -> Index:
    """The index of a corpus, built once for the last few corpora a process checks against."""
    if isinstance(corpus, Index):
        return corpus
    # Keyed by identity: a corpus is immutable, and hashing its every passage would cost a scan.
    kept = _INDEXES.get(id(corpus))
    if kept is not None and kept[0] is corpus:
        return kept[1]
    if len(_INDEXES) >= _KEPT:
        del _INDEXES[next(iter(_INDEXES))]
    index = Index(corpus)
    _INDEXES[id(corpus)] = (corpus, index)
    return index


def _mask_of(positions: Sequence[int], size: int) -> int:
    """A bit mask with the given positions set."""
    if not positions:
        return 0
    buffer = bytearray((size + 7) // 8)
    for i in positions:
        buffer[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buffer, "little")


def _add(planes: list[int], bits: int) -> None:
    """Add one to the bit-sliced counters of the positions set in `bits` (planes: low bit first)."""
    for level, plane in enumerate(planes):
        planes[level], bits = plane ^ bits, plane & bits
        if not bits:
            return
    if bits:
        planes.append(bits)


def _equal(planes: list[int], value: int, everyone: int) -> int:
    """The positions whose bit-sliced counter holds exactly `value`."""
    if value >> len(planes):
        return 0
    mask = everyone
    for level, plane in enumerate(planes):
        mask &= plane if value >> level & 1 else everyone ^ plane
    return mask


def _positions(mask: int) -> list[int]:
    """The positions of the set bits of a mask, in order."""
    bits = bin(mask)[:1:-1]  # lowest bit first
    found, at = [], bits.find("1")
    while at >= 0:
        found.append(at)
        at = bits.find("1", at + 1)
    return found
