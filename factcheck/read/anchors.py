"""What a figure is about: the words around it, the noun it counts, the place it is for, the years
it is for. Read the same way on a claim and on a source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import YEAR
from .lexicon import concept, generic_heads, region_of
from .quantities import UNITS, Quantity, find_quantities, number_value
from .reading import Reading, concepts_of, read
from .text import JOINT_RE, STOPWORDS, segment, stem
from .vocab import alternation, load, word_set


def claim_concepts(claim: Reading) -> frozenset[str]:
    """The claim's content concepts, without its figures, hedges and places (those are anchors)."""
    spans = sorted([(q.start, q.end) for q in claim.quantities] + [(p.start, p.end) for p in claim.places])
    kept, at = [], 0
    for start, end in spans:
        kept.append(claim.text[at:start])
        at = max(at, end)
    kept.append(claim.text[at:])
    # "people" says nothing about what is counted; the verb or the noun beside it does.
    own = concepts_of(" ".join(kept)) - generic_heads()
    if claim.around is not None and claim.around.what:
        # "That is 11.8% lower than ...": what the claim points back to is what it is about.
        own |= claim_concepts(read(claim.around.what))
    return own


def places_after(reading: Reading, q: Quantity) -> frozenset[str]:
    """Every place named after a figure in its segment, up to the next figure."""
    _lo, hi = segment(reading.text, q.start, q.end)
    hi = min([o.start for o in reading.quantities if o.start >= q.end] + [hi])
    return frozenset(p.region if p.is_region else p.name for p in reading.places if q.end <= p.start and p.end <= hi)


def bound_place(reading: Reading, q: Quantity) -> tuple[str | None, str | None]:
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


_WHEN_AFTER_RE = re.compile(
    rf"\s+(?:{alternation({phrase.split()[0] for phrase in load('dates')['from_article_date']} - {'a'})})\b", re.I
)
_GENERIC_RE = re.compile(r"^\s+(\w+)", re.IGNORECASE)


def counts_generic(text: str, q: Quantity) -> bool:
    """True when the word after a figure counts without saying what ("five people")."""
    after = _GENERIC_RE.match(text[q.end : q.end + 30])
    return bool(after) and stem(after.group(1)) in generic_heads()  # type: ignore[union-attr]


_NOT_COUNTED = word_set("words", "not_counted")


def head_of(text: str, q: Quantity) -> str | None:
    """What a figure counts: the last noun of the words right after it, up to a function word
    ("179 arrests", "four shipping containers from Lagos": containers)."""
    m = _HEAD_RE.match(text[q.end : q.end + 60])
    if not m or _WHEN_AFTER_RE.match(text, q.end):
        return None  # "1,131 last year": when, not what
    words = []
    for word in m.group(1).split():
        if word.casefold() in STOPWORDS or word.casefold() in _NOT_COUNTED:
            break
        words.append(word)
    # The first plural is the noun ("vehicles fell", "shipping containers"); else the last word.
    plural = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith("ss")]
    head = plural[0] if plural else words[-1] if words else None
    if head is None or stem(head) in generic_heads():
        return None
    return concept(stem(head))


def inherited_head(reading: Reading, q: Quantity) -> str | None:
    """What a figure with no noun of its own counts, in a breakdown that gives the noun once:
    the noun before a colon in its sentence ("The arrests by country: 130 in Portugal, 47 in
    Spain"), else the noun of the nearest earlier figure that has one ("Of the 140 arrests, 61 were
    made in Portugal. Abroad, 37 were made in Spain")."""
    start = next((lo for lo, hi in reading.sentences if lo <= q.start < hi), 0)
    colon = reading.text.rfind(":", start, q.start)
    if colon >= 0:
        nouns = [
            w
            for w in re.findall(r"[A-Za-z][\w-]*", reading.text[start:colon])
            if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w.casefold() not in STOPWORDS
        ]
        if nouns:
            return concept(stem(nouns[0]))
    for earlier in reversed([o for o in reading.quantities if o.end <= q.start and o.dimension == q.dimension]):
        head = head_of(reading.text, earlier)
        if head is not None:
            return head
    return None


def phrase_of(text: str, q: Quantity) -> str:
    """The figure with the words of its own stretch, for an explanation ("12 in Malawi")."""
    lo, hi = segment(text, q.start, q.end)
    # "48 people in Mozambique and 12 in Malawi": the phrase for 12 is "12 in Malawi".
    joints = [m for m in JOINT_RE.finditer(text, lo, q.start) if any(c.isdigit() for c in text[lo : m.start()])]
    if joints:
        lo = joints[-1].end()
    joint = JOINT_RE.search(text, q.end, hi)
    if joint and any(c.isdigit() for c in text[joint.end() : hi]):
        hi = joint.start()
    words = text[lo:hi].split()
    if len(words) > 14:
        before = text[lo : q.start].split()[-4:]
        words = before + text[q.start : hi].split()[:10]
    phrase = " ".join(words)
    return phrase[4:] if phrase.startswith("and ") else phrase


_EXCLUDING_RE = re.compile(
    rf"\b(?:{alternation(word_set('words', 'excluding'))})\s+(?:of\s+)?(?:the\s+)?", re.IGNORECASE
)


def _stretch(claim: Reading, q: Quantity) -> tuple[int, int]:
    """A figure's own words: its segment, from the figure before it to the figure after it."""
    lo, hi = segment(claim.text, q.start, q.end)
    lo = max([o.end for o in claim.quantities if o.end <= q.start] + [lo])
    hi = min([o.start for o in claim.quantities if o.start >= q.end] + [hi])
    return lo, hi


@dataclass(frozen=True, slots=True)
class Scope:
    """The places a claim's figure is for: countries named, regions, and countries left out."""

    countries: frozenset[str]
    regions: frozenset[str]
    excluded: frozenset[str]

    @classmethod
    def of(cls, claim: Reading, q: Quantity | None = None) -> Scope:
        """Read a claim's scope ("outside the United States" excludes it); for one of its figures,
        the places of that figure's own stretch ("70 in Portugal and 60 in Spain"), or none when
        the claim's other figures have theirs, else the claim's."""
        excluded = set()
        for m in _EXCLUDING_RE.finditer(claim.text):
            nxt = [p for p in claim.places if not p.is_region and 0 <= p.start - m.end() <= 4]
            excluded |= {nxt[0].name} if nxt else set()
        places = list(claim.places)
        if q is not None and len(claim.quantities) > 1:
            stretches = {o: _stretch(claim, o) for o in claim.quantities}
            own = [p for p in places if stretches[q][0] <= p.start and p.end <= stretches[q][1]]
            others = any(
                p for o, (lo, hi) in stretches.items() if o != q for p in places if lo <= p.start and p.end <= hi
            )
            places = own if own or others else places
        named = {p.name for p in places if not p.is_region} - excluded
        regions = {p.region for p in places if p.is_region and p.region != "*"}
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


_DATES = load("dates")
_COUNTS = alternation([*load("numbers")["article"]["words"], *(w for w in load("numbers")["small"] if " " not in w)])
_RELATIVE_YEAR_RE = re.compile(
    rf"^\W*(?:\w+\W+){{0,3}}?(?P<n>{_COUNTS}|\d+)\s+years?\s+(?P<way>{alternation(_DATES['back'] + _DATES['forward'])})\b"
    rf"|^\W*(?:\w+\W+){{0,3}}?the\s+(?:{alternation(_DATES['previous'])})\s+year\b",
    re.IGNORECASE,
)


# A word of comparison counts when a figure or a year follows it closely ("from 1,062", "than in
# 2021", "since 2016"); "deaths from synthetic opioids in 2017" compares nothing.
_BASE_RE = re.compile(
    rf"\b(?:{alternation(_DATES['base'])})\s+(?:[a-z]+\s+){{0,2}}?(?=[$\u20ac\u00a3]?\d)", re.IGNORECASE
)
_YEAR_AT_RE = re.compile(rf"(?<![\d,.$])({YEAR})(?!\d|,\d)")


_SUPERLATIVE_BEFORE_RE = re.compile(
    rf"\b(?:{alternation([*load('trends')['superlatives'], *load('trends')['exclusive'], 'first', 'last', 'since records began'])})\b[^.;:]*$",
    re.IGNORECASE,
)
_COMPARED_RE = re.compile(
    rf"\b(?:(?P<since>since)|than|compared\s+(?:with|to)|versus|vs\.?|records\s+began)\s+(?:in\s+|the\s+)?(?P<year>{YEAR})\b",
    re.IGNORECASE,
)


def base_years(text: str) -> tuple[str, ...]:
    """The years a text compares with: "the lowest since 1970", "than in 2021", "compared with
    2017", "since records began in 1970". "Since" compares only after a superlative ("banned since
    2017" dates a start); "from 2017 to 2018" is a span."""
    found = []
    for m in _COMPARED_RE.finditer(text):
        if m.group("since") and not _SUPERLATIVE_BEFORE_RE.search(text, 0, m.start()):
            continue
        found.append(m.group("year"))
    return tuple(dict.fromkeys(found))


_MEMBER_HEADS = frozenset(concept(stem(w)) for ws in load("words")["members"].values() for w in ws)
_PLURAL_RE = re.compile(rf"\b(?:[a-z][a-z-]{{2,}}s|{alternation(load('words')['irregular_plurals'])})\b")


_BASE_PHRASE_RE = re.compile(rf"\b(?:{alternation([p for p in load('dates')['base'] if ' ' in p])})\b", re.IGNORECASE)


def measure_words(claim: Reading, q: Quantity | None = None) -> frozenset[str]:
    """What a figure counts, as concepts: the noun right after it ("260 helicopters") and the plural
    nouns of its own stretch before it ("Road fires rose to 1,187", "made arrests in six countries");
    for a claim with no figure (a relation), its plural nouns. Units, places, names and words like
    "people" are left out."""
    found: set[str] = set()
    if q is not None:
        head = head_of(claim.text, q)
        if head is not None and head not in _MEMBER_HEADS:
            return frozenset({head})
        # No noun of its own, or one that counts members ("made arrests in six countries"): what
        # is counted stands before the figure.
        found |= {head} if head is not None else set()
        start, end = _stretch(claim, q)[0], q.start
    else:
        start, end = 0, len(claim.text)
    text = claim.text
    spans = [(p.start, p.end) for p in claim.places] + [(x.start, x.end) for x in claim.subjects]
    spans += [(x.start, x.end) for x in claim.quotations]
    # "since records began" compares; its "records" are not what the claim counts.
    spans += [m.span() for m in _BASE_PHRASE_RE.finditer(claim.text)]
    for lo, hi in spans:
        if lo < end and start < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    for m in _PLURAL_RE.finditer(text, start, end):
        word = m.group()
        if word.endswith(("ss", "us", "is")) or word in STOPWORDS or word in UNITS or stem(word) in generic_heads():
            continue
        found.add(concept(stem(word)))
    return frozenset(found)


_PER_ITEM_RE = re.compile(rf"\b(?:{alternation(load('words')['per_item'])})\b|\bper\s+(?!cent\b)[a-z]+", re.IGNORECASE)


def per_item(text: str, q: Quantity) -> bool:
    """Whether a figure is one per item ("22 tonnes each", "per vessel"), by the words of its own stretch."""
    lo, hi = segment(text, q.start, q.end)
    words = list(_PER_ITEM_RE.finditer(text, lo, hi))
    if not words:
        return False
    # A per-item word belongs to the nearest figure before it ("53 vessels landed 22 tonnes
    # each": the 22), or, with none before it, to the first after it ("each vessel landed 22").
    figures = find_quantities(text[lo:hi])
    for word in words:
        before = [f for f in figures if lo + f.end <= word.start()]
        after = [f for f in figures if lo + f.start >= word.end()]
        owner = before[-1] if before else (after[0] if after else None)
        if owner is not None and lo + owner.start == q.start:
            return True
    return False


_PERIOD_RE = re.compile(rf"\b(?:{alternation(load('dates')['periods'])})\b", re.IGNORECASE)


def period_of(text: str, q: Quantity) -> str:
    """The single period a figure is for, by the words of its own stretch ("on its first day"), or ""."""
    lo, hi = segment(text, q.start, q.end)
    m = _PERIOD_RE.search(text, lo, hi)
    return " ".join(m.group().casefold().split()) if m else ""


_STATUS = {"provisional": frozenset(load("words")["provisional"]), "final": frozenset(load("words")["final"])}


def status_of(text: str) -> str:
    """Whether a text calls its figure provisional or final ("" when it says neither, or both)."""
    said = {w.casefold() for w in re.findall(r"[A-Za-z]+", text)}
    found = [name for name, words in _STATUS.items() if said & words]
    return found[0] if len(found) == 1 else ""


def own_years(text: str, q: Quantity, start: int, end: int) -> frozenset[int]:
    """The years in text[start:end] that are a figure's own: those after it with a word of
    comparison between ("than", "from", "since") are the base it is compared with."""
    found = set()
    for m in _YEAR_AT_RE.finditer(text, start, end):
        if m.start() >= q.end and any(b.end() <= m.start() for b in _BASE_RE.finditer(text, q.end, m.end())):
            continue
        found.add(int(m.group(1)))
    return frozenset(found)


def years_for(claim: Reading, cq: Quantity) -> frozenset[int]:
    """The years a claimed figure is for: with several years in a claim ("from 70,237 in 2017 to
    67,367 in 2018"), the one right after the figure, else the one right before it; "a year
    earlier" ("two years later") counts back (on) from the claim's year."""
    relative = _RELATIVE_YEAR_RE.match(claim.text[cq.end : cq.end + 60])
    if relative and len(claim.years) == 1:
        n = relative.group("n")
        step = (int(n) if n.isdigit() else int(number_value(n))) if n else 1
        forward = (relative.group("way") or "").lower() in _DATES["forward"]
        return frozenset({next(iter(claim.years)) + (step if forward else -step)})
    if len(claim.years) < 2:
        own = own_years(claim.text, cq, 0, len(claim.text))
        # A claim taken out of a sentence keeps the year its sentence, or the article, gave it.
        return own or (claim.around.years if claim.around else frozenset())
    later = [o.start for o in claim.quantities if o.start > cq.end]
    after = own_years(claim.text, cq, cq.end, min(later, default=len(claim.text)))
    if after:
        return frozenset({min(after, key=lambda y: claim.text.find(str(y), cq.end))})
    earlier = [o.end for o in claim.quantities if o.end < cq.start]
    before = claim.years_between(max(earlier, default=0), cq.start)
    return before or claim.years
