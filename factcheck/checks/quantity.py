"""Quantity claims: the source's figure for the same thing compared with the claim's, by rules for
hedges, rounding, units and bounds; conflicts between sources; opposites."""

from __future__ import annotations

import math
import re

from ..lexicon import opposed
from ..matching import capitalised, evidence, near_misses, source_label
from ..model import Corpus
from ..quantities import Quantity, convert, format_number
from ..reading import read
from .candidates import Candidate, claim_concepts, document_candidates
from .outcome import Outcome, confidence, unverifiable

RELEVANT = 0.45  # below this a source figure is not about the claim's thing
TIER = 0.15  # figures this close to the best are equally relevant
CONFLICT = 0.3  # another source's figure for the same measure and place, this relevant, contradicts
SPECIFIC = 0.1  # a contradicting source this much more relevant than the agreeing one decides


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


def _rival(o: Candidate, c: Candidate) -> bool:
    """True when another source's figure is for the same measure and place as c's."""
    return (o.score >= CONFLICT and o.source.info.id != c.source.info.id and o.anchor == c.anchor
            and not (o.derived or c.derived) and _same_measure(o, c))


def decide(cq: Quantity, candidates: list[Candidate], words: frozenset[str] = frozenset()) -> Outcome | None:
    """Supported, disputed, unverifiable or None (nothing relevant) for one claimed figure."""
    relevant = sorted((c for c in candidates if c.score >= RELEVANT), key=lambda c: -c.score)
    if not relevant:
        return None
    tier = [c for c in relevant if c.score >= relevant[0].score - TIER]
    judged = [(c, *_values(cq, c.quantity)) for c in tier]
    agree = [(c, sq, conv) for c, sq, conv in judged if bears_out(cq, sq)]
    # The same figure said of the opposite ("fell 4%" for "rose 4%") contradicts the claim.
    turned = [(c, pair) for c, _, _ in agree if (pair := opposed(words, c.context)) is not None]
    agree = [a for a in agree if not opposed(words, a[0].context)]
    if agree:
        return _supported(cq, agree, candidates)
    if turned:
        c, (mine, theirs) = turned[0]
        text = (f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}): "
                f"'{theirs}' where the article has '{mine}'.")
        return Outcome("disputed", confidence("disputed", c.score), text, (),
                       (evidence(c.passage, c.score, c.location, c.text),))
    # A bound that neither bears the figure out nor rules it out leaves it open.
    bounds = [(c, sq) for c, sq, _ in judged if not contradicts(cq, sq) and (sq.one_sided or cq.one_sided)]
    if bounds:
        c, sq = bounds[0]
        text = (f"{capitalised(source_label(c.source))} gives only a bound, {c.said} ({c.location}); "
                f"the article's {cq.text} is neither stated nor ruled out by it.")
        return Outcome("unverifiable", confidence("unverifiable", c.score), text, (), (),
                       (evidence(c.passage, c.score, c.location, c.text),))
    return _disputed(cq, judged[0][0], judged[0][1], candidates)


def _supported(cq: Quantity, agree: list[tuple[Candidate, Quantity, bool]], candidates: list[Candidate]) -> Outcome:
    c, sq, conv = agree[0]
    flags = _qualifiers(cq, sq, conv) + list(c.flags)
    label = source_label(c.source)
    text = f"{capitalised(label)} says {c.said}{c.note} ({c.location}); the article says {cq.text}."
    if "rounded" in flags:
        text += f" {cq.text} is {format_number(sq.value)} rounded."
    if conv:
        text += f" {c.quantity.text} is {format_number(round(sq.value, 1))} {cq.unit}s."
    ev = [evidence(c.passage, c.score, c.location, c.text)]
    # Two sources conflict when they give different figures for the same thing and place.
    agreeing = {a.source.info.id for a, _, _ in agree}
    others = [(o, osq) for o in candidates if _rival(o, c) and o.source.info.id not in agreeing
              for osq in [_values(cq, o.quantity)[0]] if contradicts(cq, osq)]
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


def _disputed(cq: Quantity, c: Candidate, sq: Quantity, candidates: list[Candidate]) -> Outcome:
    text = (f"{capitalised(source_label(c.source))} says {c.said}{c.note} ({c.location}); "
            f"the article says {cq.text}.{discrepancy(cq, sq)}")
    flags, ev = list(c.flags), [evidence(c.passage, c.score, c.location, c.text)]
    # A less specific source that agrees is worth naming: the sources disagree.
    backing = [o for o in candidates if _rival(o, c) and bears_out(cq, _values(cq, o.quantity)[0])]
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
