"""Quantity claims: the source's figure for the same thing compared with the claim's, by rules for
hedges, rounding, units and bounds; conflicts between sources; opposites."""

from __future__ import annotations

import re
from dataclasses import replace

from ..corpus.index import Index
from ..model import Outcome, Part
from ..read.anchors import base_years, claim_concepts
from ..read.lexicon import opposed
from ..read.quantities import (
    CLOCK_DURATION_RE,
    Quantity,
    bears_out,
    contradicts,
    convert,
    discrepancy,
    format_number,
    only_rounded_by_source,
)
from ..read.reading import Reading, read
from ..read.relations import (
    all_time,
    change_figures,
    comparison,
    direction,
    is_table_relation,
    operators,
    says_more,
    span_against,
    unsaid,
)
from ..read.subjects import fit
from . import register
from .base import Check, capitalised, confidence, evidence, qualifiers, source_label, status, unverifiable
from .candidates import Candidate, document_candidates
from .derived import closed_breakdowns, member_counts, outside, totals
from .program import check_table_program
from .table import check_row, column_figure, key_column, table_candidates, value_figure, word_before_by
from .trend import check_table_relation
from .versus import judge, read_versus

RELEVANT = 0.45  # below this a source figure is not about the claim's thing
TIER = 0.15  # figures this close to the best are equally relevant
CONFLICT = 0.3  # another source's figure for the same measure and place, this relevant, contradicts
SPECIFIC = 0.1  # a contradicting source this much more relevant than the agreeing one decides


def _values(cq: Quantity, sq: Quantity) -> tuple[Quantity, bool]:
    """The source figure in the claim's unit, and whether a conversion was needed."""
    if sq.unit == cq.unit or sq.unit is None or cq.unit is None or sq.dimension.startswith("currency"):
        return sq, False
    factor = convert(1.0, sq.unit, cq.unit)
    return Quantity(
        sq.value * factor, cq.unit, sq.dimension, sq.hedge, sq.precision * factor, sq.text, sq.start, sq.end
    ), True


def _same_measure(a: Candidate, b: Candidate) -> bool:
    """True when two figures count the same thing ("63 firearms" and "64 firearms")."""
    if a.head is None or b.head is None:
        return a.head == b.head or bool(a.nearby & b.nearby)
    return a.head == b.head or a.head in b.nearby or b.head in a.nearby


def _years(c: Candidate) -> frozenset[int]:
    """The years a figure is for: as its source states them, else its source's year of publication."""
    published = c.source.info.published
    return c.years or (frozenset({published.year}) if published else frozenset())


def _rival(o: Candidate, c: Candidate) -> bool:
    """True when another source's figure is for the same measure and place as c's."""
    return (
        o.score >= CONFLICT
        and o.source.info.id != c.source.info.id
        and o.anchor == c.anchor
        and not (o.derived or c.derived)
        and _same_measure(o, c)
        # Sources conflict only about one subject: Operation Redfin's 260 arrests do not conflict
        # with Operation Bluefin's 140.
        and fit(o.subjects, c.subjects) is not False
        and not (_years(o) and _years(c) and not _years(o) & _years(c))  # 2021's figure is not 2022's
    )


def decide(
    cq: Quantity, candidates: list[Candidate], words: frozenset[str] = frozenset(), says: tuple[str, ...] = ()
) -> Outcome | None:
    """Supported, disputed, unverifiable or None (nothing relevant) for one claimed figure (`says`:
    the claim's operator words; a figure whose source says them too is preferred)."""
    relevant = sorted((c for c in candidates if c.score >= RELEVANT), key=lambda c: -c.score)
    if not relevant:
        return None
    tier = [c for c in relevant if c.score >= relevant[0].score - TIER]
    judged = [(c, *_values(cq, c.quantity)) for c in tier]
    agree = [(c, sq, conv) for c, sq, conv in judged if bears_out(cq, sq)]
    # The same figure said of the opposite ("fell 4%" for "rose 4%") contradicts the claim.
    turned = [(c, pair) for c, _, _ in agree if (pair := opposed(words, c.context)) is not None]
    agree = [a for a in agree if not opposed(words, a[0].context)]
    saying = [a for a in agree if not unsaid(says, a[0].text)]
    if says and agree and not saying:
        # The best figures bear the number out but not "the previous record": a less relevant
        # one that says both bears out the whole claim.
        others = [(c, *_values(cq, c.quantity)) for c in relevant if c not in tier]
        saying = [a for a in others if bears_out(cq, a[1]) and not unsaid(says, a[0].text)]
    agree = saying or agree
    if agree:
        return _supported(cq, agree, candidates)
    if turned:
        c, (mine, theirs) = turned[0]
        text = (
            f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}): "
            f"'{theirs}' where the article has '{mine}'."
        )
        return Outcome(
            "disputed", confidence("disputed", c.score), text, (), (evidence(c.passage, c.score, c.location, c.text),)
        )
    # A bound ("over $6.5 million") or a round figure ("5,000 riders") in the source may neither
    # bear out nor rule out the claim's figure ("$6.7 million", "4,924"): it leaves it open.
    for c, sq, _ in judged:
        if not contradicts(cq, sq) and (sq.one_sided or cq.one_sided):
            return _open(c, f"gives only a bound, {c.said} ({c.location}); the article's {cq.text} is")
        if only_rounded_by_source(cq, sq):
            return _open(
                c, f"gives only a round figure, {c.said} ({c.location}); the article's {cq.text} is finer than it,"
            )
    return _disputed(cq, judged[0][0], judged[0][1], candidates)


def _one_figure_a_cell(
    outcomes: list[tuple[Quantity | None, Outcome | None]], against: dict[int, float], index: Index, claim: Reading
) -> list[tuple[Quantity | None, Outcome | None]]:
    """Two figures set against one table cell: the one it bears out (else the nearest to it) is
    that cell's, and the other is not about it ("a two-round total of 143": the cell is the total,
    143; "two" counts no total): unverifiable. A passage of text holds several figures; a cell one."""
    cells: dict[tuple[str, str], Quantity] = {}
    for cq, o in outcomes:
        if cq is None or o is None or o.verdict != "supported":
            continue
        cells |= {(e.source_id, e.location): cq for e in o.evidence if _is_table(index, e.source_id)}
    nearest: dict[tuple[str, str], Quantity] = {}
    for cq, o in outcomes:
        if cq is None or o is None or o.verdict != "disputed" or not o.evidence or id(cq) not in against:
            continue
        at = (o.evidence[0].source_id, o.evidence[0].location)
        if not _is_table(index, at[0]) or at in cells:
            continue
        if at not in nearest or _distance(cq, against[id(cq)]) < _distance(nearest[at], against[id(nearest[at])]):
            nearest[at] = cq
    cells |= nearest
    out = []
    for cq, o in outcomes:
        if cq is not None and o is not None and o.verdict == "disputed" and o.evidence:
            where = o.evidence[0].location
            owner = cells.get((o.evidence[0].source_id, where))
            if owner is not None and owner is not cq:
                why = f"the figure at {where} is the article's {owner.text}"
                o = unverifiable(
                    f"No cached source gives a figure for what {cq.text} counts here: {why}.",
                    index.near_misses(claim.text),
                )
        out.append((cq, o))
    return out


def _count_change(claim: Reading, cq: Quantity) -> bool:
    """Whether a figure that is no percentage is the size of a change ("rose by 13", "fell by
    three"): "by" right after a word of a rise or a fall; "rose to 13" is a level, and "jumped
    4.50" may be a mark (a vault) as well as a change."""
    if cq.dimension == "percent":
        return False
    word = word_before_by(claim.text, cq)
    return bool(word) and any(direction(word))


def _is_table(index: Index, source_id: str) -> bool:
    """Whether a source is a table (a cell of it holds one figure)."""
    source = index.get(source_id)
    return source is not None and source.table is not None


def _distance(cq: Quantity, value: float) -> float:
    """How far a claim's figure is from a source's, as a ratio (4 from 143 is far; 144 is near)."""
    a, b = abs(cq.value), abs(value)
    return float("inf") if not a or not b else max(a, b) / min(a, b)


def _open(c: Candidate, says: str) -> Outcome:
    """Unverifiable: the source's figure neither states the claim's nor rules it out."""
    text = f"{capitalised(source_label(c.source))} {says} neither stated nor ruled out by it."
    ev = (evidence(c.passage, c.score, c.location, c.text),)
    return Outcome("unverifiable", confidence("unverifiable", c.score), text, (), (), ev)


def _supported(cq: Quantity, agree: list[tuple[Candidate, Quantity, bool]], candidates: list[Candidate]) -> Outcome:
    c, sq, conv = agree[0]
    flags = qualifiers(cq, sq, conv) + list(c.flags)
    label = source_label(c.source)
    text = f"{capitalised(label)} says {c.said}{c.note} ({c.location}); the article says {cq.text}."
    if "rounded" in flags:
        text += f" {cq.text} is {format_number(sq.value)} rounded."
    if conv:
        text += f" {c.quantity.text} is {format_number(round(sq.value, 1))} {cq.unit}s."
    ev = [evidence(c.passage, c.score, c.location, c.text)]
    # Two sources conflict when they give different figures for the same thing and place.
    agreeing = {a.source.info.id for a, _, _ in agree}
    others = [
        (o, osq)
        for o in candidates
        if _rival(o, c) and o.source.info.id not in agreeing
        for osq in [_values(cq, o.quantity)[0]]
        if contradicts(cq, osq)
    ]
    if others:
        flags.append("sources-conflict")
        o, osq = max(others, key=lambda pair: pair[0].score)
        if o.score > c.score + SPECIFIC:
            # The source that speaks more specifically to the claim decides.
            text = (
                f"{capitalised(source_label(o.source))} says {o.said}{o.note} ({o.location}); the article "
                f"says {cq.text}.{discrepancy(cq, osq)} {capitalised(label)} says {c.said} "
                f"({c.location}), but less specifically."
            )
            return Outcome(
                "disputed",
                confidence("disputed", o.score),
                text,
                ("sources-conflict",),
                (evidence(o.passage, o.score, o.location, o.text), *ev),
            )
        text += f" But {source_label(o.source)} says {o.said} ({o.location})."
        ev.append(evidence(o.passage, o.score, o.location, o.text))
    unique = tuple(dict.fromkeys(flags))
    return Outcome("supported", confidence("supported", c.score, unique), text, unique, tuple(ev))


def _disputed(cq: Quantity, c: Candidate, sq: Quantity, candidates: list[Candidate]) -> Outcome:
    text = (
        f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}); "
        f"the article says {cq.text}.{discrepancy(cq, sq)}"
    )
    flags, ev = list(c.flags), [evidence(c.passage, c.score, c.location, c.text)]
    # A less specific source that agrees is worth naming: the sources disagree.
    backing = [o for o in candidates if _rival(o, c) and bears_out(cq, _values(cq, o.quantity)[0])]
    if backing:
        o = max(backing, key=lambda b: b.score)
        flags.append("sources-conflict")
        text += f" {capitalised(source_label(o.source))} says {o.said} ({o.location}), but less specifically."
        ev.append(evidence(o.passage, o.score, o.location, o.text))
    return Outcome("disputed", confidence("disputed", c.score), text, tuple(dict.fromkeys(flags)), tuple(ev))


@register
class QuantityCheck(Check):
    """Figures: the source's figure for the same thing, and relations a table settles."""

    kind = "quantity"
    priority = 30
    needs = "figure"

    def applies(self, claim: Reading) -> bool:
        """A figure, or a comparison of values (a trend, a superlative, more or less than)."""
        return bool(claim.quantities) or is_table_relation(claim.text)

    def check(self, claim: Reading, index: Index) -> Outcome | None:
        """Every figure checked; None for a comparison no table settles and no figure to check."""
        return check_quantity(claim, index)


def check_quantity(claim: Reading, index: Index) -> Outcome | None:
    """Check every figure in a claim; one disputed figure disputes the claim. None when the claim
    compares values that no table settles and states no figure (a date or words may settle it).
    The outcome lists each part checked: the relation, each figure, each operator word."""
    parts: list[Part] = []
    outcome = _judge(claim, index, parts)
    return replace(outcome, checked=tuple(parts)) if outcome is not None else None


_FROM_TO_RE = re.compile(r"\bfrom\b(?P<a>.*?)\bto\b(?P<b>.*)", re.IGNORECASE)


def _own_arithmetic(claim: Reading, cq: Quantity) -> Outcome | None:
    """A change the claim states with the two figures it changed between ("rose 8% from 1,062 to
    1,131"): the claim's own arithmetic, right or wrong."""
    if cq not in change_figures(claim):
        return None
    m = _FROM_TO_RE.search(claim.text, cq.end)
    if m is None:
        return None
    ends = [q for q in claim.quantities if q is not cq and q.dimension != "percent" and q.start >= m.start()]
    start = [q for q in ends if q.start < m.start("b")]
    end = [q for q in ends if q.start >= m.start("b")]
    if not start or not end or not start[0].value or start[0].dimension != end[0].dimension:
        return None
    a, b = start[0], end[0]
    change = (b.value - a.value) / a.value * 100
    actual = Quantity(abs(change), "percent", "percent", None, 0.05, f"{abs(change):.1f}%", 0, 0)
    up, down = direction(claim.text)
    if bears_out(cq, actual) and (up if change > 0 else down):
        text = f"The article's own figures, {a.text} and {b.text}, give a change of {actual.text}; it says {cq.text}."
        return Outcome("supported", confidence("supported", 1.0), text)
    went = "a rise" if change > 0 else "a fall"
    said = "a rise" if up and not down else "a fall" if down and not up else "a change"
    text = (
        f"The article's own figures, {a.text} and {b.text}, give {went} of {actual.text}; it says {said} of {cq.text}."
    )
    return Outcome("disputed", confidence("disputed", 1.0), text)


def _against_what_came_before(claim: Reading, cq: Quantity) -> Outcome | None:
    """ "That is 11.8% lower than the 1,204 recorded in 2019", after "Road deaths fell to 1,062 in
    2020": the figure the claim points back to, set against the one it names after "than"."""
    if claim.around is None or not claim.around.what or cq.dimension != "percent":
        return None
    said = comparison(claim.text)
    if said is None or claim.text[cq.end : said.start()].strip():
        return None  # the percentage must be the size of the comparison: "11.8% lower than"
    named = [q for q in claim.quantities if q.start >= said.end() and q.dimension != "percent"]
    if not named or not named[0].value:
        return None
    b = named[0]
    # The figure pointed back to is the last one of the same kind in the sentence before.
    before = [q for q in read(claim.around.what).quantities if q.dimension == b.dimension]
    if not before:
        return None
    a = before[-1]
    change = (a.value - b.value) / b.value * 100
    actual = Quantity(abs(change), "percent", "percent", None, 0.05, f"{abs(change):.1f}%", 0, 0)
    more, _ = says_more(claim.text[said.start() : said.end()])
    went = "higher" if change > 0 else "lower"
    if bears_out(cq, actual) and (change > 0) == more:
        text = f"The figure it points back to, {a.text}, is {actual.text} {went} than {b.text}; the article says {cq.text}."
        return Outcome("supported", confidence("supported", 1.0), text)
    text = (
        f"The figure it points back to, {a.text}, is {actual.text} {went} than {b.text}; "
        f"the article says {cq.text} {'higher' if more else 'lower'}."
    )
    return Outcome("disputed", confidence("disputed", 1.0), text)


def _judge(claim: Reading, index: Index, parts: list[Part]) -> Outcome | None:
    # The whole claim first: "Singapore's GDP per capita was higher than Brunei's" compares two
    # rows of a table; cut at "higher", its first half would say only that Singapore has one.
    program = check_table_program(claim, index)
    if program is not None:
        parts.append(Part("table", status(program), program.explanation))
        return program
    versus = read_versus(claim, index)
    if versus is not None:
        # "260 arrests, more than Operation Bluefin": the claim's own part comes before the comparison.
        claim = replace(read(claim.text[: versus.start].rstrip(" ,;")), around=claim.around)
    relation = check_table_relation(claim, index)
    # "the week 4 game": a number that names a table's row is a label, no figure to check.
    # So is the number of a name a table holds ("HWA 1 won four races": the team hwa 1).
    figures = tuple(
        q
        for q in claim.quantities
        if not any(
            key_column(t, claim, q) or value_figure(t, claim, q) or column_figure(t, claim, q) for t in index.tables()
        )
    )
    if claim.quantities and not figures and relation is None:
        # Only labels left ("Northport beat Red Town 30-14 in week 1"): a row's values to look up.
        row = check_row(claim, index)
        if row is not None:
            parts.append(Part("row", status(row), row.explanation))
            return row
    if is_table_relation(claim.text) and relation is not None:
        # "rose 10%" is a change, not a level: the relation between the rows checked it. When no
        # table settles the relation, the change stays a part to check (by the claim's own
        # figures, or a source that states it).
        changes = change_figures(claim)
        figures = tuple(q for q in figures if q not in changes)
    # The relation settles the change ("fell 4.1%"); the levels it names are checked below.
    if relation is not None and (relation.verdict == "disputed" or not figures):
        parts.append(Part("relation", status(relation), relation.explanation))
        return relation
    if relation is not None:
        parts.append(Part("relation", status(relation), relation.explanation))
    outcomes: list[tuple[Quantity | None, Outcome | None]] = [] if relation is None else [(None, relation)]
    against: dict[int, float] = {}  # a disputed figure's: the source's figure it was set against
    for cq in figures:
        own = _own_arithmetic(claim, cq) or _against_what_came_before(claim, cq)
        if own is not None:
            # "rose 8% from 1,062 to 1,131": the claim's own figures give the change.
            outcomes.append((cq, own))
            parts.append(Part(f"figure {cq.text}", status(own), own.explanation))
            continue
        # Stated figures, and figures the sources imply (a count of a list, a total of a breakdown).
        placed, anywhere = document_candidates(claim, cq, index)
        # "rose 9%" is a change: a table's levels (an on-time rate of 86.4%) are no evidence for it.
        # So is "rose by 13" of a count: a table's levels (17 seats) are none either.
        changed = cq in change_figures(claim) or _count_change(claim, cq)
        # A change is compared with a table's column of changes, never with its levels.
        stated = placed + table_candidates(claim, cq, index, change=changed)
        implied = member_counts(claim, cq, index) + totals(claim, cq, anywhere)
        decided = decide(
            cq,
            stated + implied,
            claim_concepts(claim),
            (*operators(claim.text), *base_years(claim.text), *all_time(claim.text)),
        )
        if decided is None or decided.verdict == "unverifiable":
            # "2 arrests in Slovakia" against a breakdown that names every country, and not Slovakia.
            decided = outside(claim, cq, closed_breakdowns(claim, cq, anywhere, index)) or decided
        if decided is not None and decided.verdict == "disputed":
            top = max((c for c in stated + implied if c.score >= RELEVANT), key=lambda c: c.score, default=None)
            if top is not None:
                against[id(cq)] = top.quantity.value
        outcomes.append((cq, decided))
        parts.append(Part(f"figure {cq.text}", status(decided), decided.explanation if decided else ""))
    if versus is not None and figures:
        # "260 arrests, more than double the previous operation": the comparison is a part too.
        compared = judge(claim, figures[0], versus, index)
        outcomes.append((None, compared))
        parts.append(Part(f"comparison '{versus.said}'", status(compared), compared.explanation))
    outcomes = _one_figure_a_cell(outcomes, against, index, claim)
    disputed = [o for _, o in outcomes if o and o.verdict == "disputed"]
    if disputed:
        return disputed[0]
    open_ = [o for _, o in outcomes if o and o.verdict == "unverifiable"]
    missing = [cq for cq, o in outcomes if o is None and cq is not None]  # figures nothing gives
    if not outcomes and not claim.quantities:
        return None  # a comparison no table settles ("the highest since 2004")
    if missing and len(missing) == len(outcomes) and all(CLOCK_DURATION_RE.fullmatch(cq.text) for cq in missing):
        # "Montoya won in 1:14:19.838": a race time no column of times holds may be a table's
        # text cell (the winner's time among gaps, "+ 5.294"): the row check reads those.
        return None
    if missing or not outcomes:
        what = ", ".join(cq.text for cq in missing) or "the figure"
        return unverifiable(
            f"No cached source gives a figure for what {what} counts here.", index.near_misses(claim.text)
        )
    if open_:
        return open_[0]
    supported = [o for _, o in outcomes if o]
    if relation is None:
        # "1,131 deaths, the lowest since records began": the figure is borne out, but the
        # superlative is a part of the claim too, and only a source that says it bears it out.
        claimed = tuple(dict.fromkeys((*operators(claim.text), *base_years(claim.text), *all_time(claim.text))))
        left = [w for w in claimed if all(unsaid((w,), e.text) for o in supported for e in o.evidence)]
        for e in [e for o in supported for e in o.evidence] if any(w.isdigit() for w in left) else []:
            spans = span_against(claim.text, e.text)
            if spans is None:
                continue
            covered, base = spans
            if not covered:
                # "the highest since 1991" where the source says "since 2016": 2016 was as high.
                text = f'The source says "{e.text}", since {base}; the article says since {base_years(claim.text)[0]}.'
                return Outcome("disputed", confidence("disputed", e.score), text, (), (e,))
            left = [w for w in left if not w.isdigit()]
        parts.extend(Part(f"'{w}'", "not found" if w in left else "borne out") for w in claimed)
        if left:
            best = supported[0]
            return Outcome(
                "unverifiable",
                confidence("unverifiable", max((e.score for e in best.evidence), default=0.0)),
                f"{best.explanation} But no source says {', '.join(repr(w) for w in left)} of it: that part is unchecked.",
                (),
                (),
                best.evidence,
            )
    if len(outcomes) == 1:
        return outcomes[0][1]
    flags = tuple(dict.fromkeys(f for o in supported for f in o.flags))
    ev = tuple(dict.fromkeys(e for o in supported for e in o.evidence))
    text = " ".join(o.explanation for o in supported)
    return Outcome("supported", min(o.confidence for o in supported), text, flags, ev)
