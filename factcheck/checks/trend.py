"""Claims that compare table rows: a trend between two years, the highest or lowest value in a
year, and one category against another. Only where the table makes the comparison plain."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..matching import capitalised, source_label
from ..model import Corpus, Evidence, Passage, Source, Verdict
from ..quantities import Quantity, format_number
from ..reading import Reading, read
from .outcome import Outcome, confidence
from .quantity import claim_concepts, compatible
from .table import cell_values, columns, measure_column, named_categories

_UP_RE = re.compile(r"\b(?:rose|rise[sn]?|increas\w*|grew|grow[sn]?|growth|climb\w*|jump\w*|went up|up)\b", re.I)
_DOWN_RE = re.compile(r"\b(?:fell|fall[sn]?|declin\w*|drop\w*|decreas\w*|went down|down)\b", re.I)
_HIGHEST_RE = re.compile(r"\b(?:highest|most|largest|biggest|greatest|top)\b", re.I)
_LOWEST_RE = re.compile(r"\b(?:lowest|least|fewest|smallest)\b", re.I)
_MORE_RE = re.compile(r"\b(?:more|higher|larger|greater|bigger)\b[^.]*?\bthan\b", re.I)
_LESS_RE = re.compile(r"\b(?:fewer|less|lower|smaller)\b[^.]*?\bthan\b", re.I)


@dataclass(frozen=True)
class _Cell:
    passage: Passage
    category: str
    year: int | None
    value: float


def _cells(source: Source, claim: Reading, year: int | None) -> tuple[str, list[_Cell], list[str]] | None:
    """The measure column and its cells (for one year, if given), and the categories the claim names."""
    table = source.table
    assert table is not None
    years, numbers, texts = columns(source)
    wanted = claim_concepts(claim)
    dummy = Quantity(0, None, "count", None, 0, "", 0, 0)
    measure = measure_column(table, numbers, wanted, dummy)
    if measure is None or not texts:
        return None
    column, measure_words = measure
    wanted = wanted - measure_words
    category = max(texts, key=lambda t: len(named_categories(table, cell_values(source, t), wanted)))
    named = named_categories(table, cell_values(source, category), wanted)
    # Rows compared must agree on what else the claim names ("flooded homes" when comparing districts).
    fixed = {t: named_categories(table, cell_values(source, t), wanted) for t in texts if t != category}
    cells = []
    for passage in source.passages:
        row = dict(passage.cells)
        raw = row.get(column, "")
        row_year = next((int(row[y]) for y in years if row.get(y)), None)
        if not raw or (year is not None and row_year != year):
            continue
        if any(values and row.get(t) not in values for t, values in fixed.items()):
            continue
        cells.append(_Cell(passage, row.get(category, ""), row_year, float(raw.replace(",", ""))))
    return column, cells, named


def _verdict(ok: bool) -> Verdict:
    return "supported" if ok else "disputed"


def _ev(source: Source, cell: _Cell, column: str) -> Evidence:
    return Evidence(source.info.id, f"{cell.passage.location}, column {column}", cell.passage.text, 1.0)


def _trend(claim: Reading, corpus: Corpus) -> Outcome | None:
    up, down = _UP_RE.search(claim.text), _DOWN_RE.search(claim.text)
    years = sorted(claim.years)
    if len(years) < 2 or bool(up) == bool(down):
        return None
    first, last = years[0], years[-1]
    for source in corpus.sources:
        if source.table is None:
            continue
        found = _cells(source, claim, None)
        if found is None:
            continue
        column, cells, named = found
        if len(named) != 1:
            continue
        pair = [next((c for c in cells if c.category == named[0] and c.year == y), None) for y in (first, last)]
        a, b = pair
        if a is None or b is None:
            continue
        change = (b.value - a.value) / a.value * 100 if a.value else 0.0
        went = "rose" if b.value > a.value else "fell" if b.value < a.value else "stayed the same"
        said = (f"{capitalised(source_label(source))} gives {format_number(a.value)} for {first} and "
                f"{format_number(b.value)} for {last} ({named[0]}, column {column}): it {went}")
        said += f" by {abs(change):.1f}%" if went != "stayed the same" else ""
        claimed_up = bool(up)
        ok = (b.value > a.value) == claimed_up and b.value != a.value
        claimed_change = [q for q in claim.quantities if q.dimension == "percent"]
        if ok and claimed_change:
            actual = Quantity(abs(change), "percent", "percent", None, 0.05, f"{abs(change):.1f}%", 0, 0)
            ok = compatible(claimed_change[0], actual, natural=not claimed_change[0].one_sided)
        text = f"{said}; the article says it {'rose' if claimed_up else 'fell'}"
        text += f" by {claimed_change[0].text}." if claimed_change else "."
        ev = (_ev(source, a, column), _ev(source, b, column))
        verdict = _verdict(ok)
        return Outcome(verdict, confidence(verdict, 1.0), text, (), ev)
    return None


def _extreme(claim: Reading, corpus: Corpus) -> Outcome | None:
    highest, lowest = _HIGHEST_RE.search(claim.text), _LOWEST_RE.search(claim.text)
    years = sorted(claim.years)
    if len(years) != 1 or bool(highest) == bool(lowest):
        return None
    for source in corpus.sources:
        if source.table is None:
            continue
        found = _cells(source, claim, years[0])
        if found is None:
            continue
        column, cells, named = found
        aggregates = set(source.table.aggregates)
        cells = [c for c in cells if c.category not in aggregates]
        if len(named) != 1 or len(cells) < 2:
            continue
        top = (max if highest else min)(cells, key=lambda c: c.value)
        word = "highest" if highest else "lowest"
        mine = next((c for c in cells if c.category == named[0]), None)
        said = (f"{capitalised(source_label(source))} gives the {word} {column} in {years[0]} for {top.category} "
                f"({format_number(top.value)}), among {len(cells)} categories")
        if mine is None:
            return None
        ok = mine.category == top.category
        text = f"{said}; the article says {named[0]}" + ("." if ok else f" ({format_number(mine.value)}).")
        verdict = _verdict(ok)
        return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, top, column),))
    return None


def _comparison(claim: Reading, corpus: Corpus) -> Outcome | None:
    more, less = _MORE_RE.search(claim.text), _LESS_RE.search(claim.text)
    years = sorted(claim.years)
    if len(years) != 1 or bool(more) == bool(less):
        return None
    for source in corpus.sources:
        if source.table is None:
            continue
        found = _cells(source, claim, years[0])
        if found is None:
            continue
        column, cells, named = found
        if len(named) != 2:
            continue
        # The category named first (before "than") is the one said to be more, or less.
        pivot = (more or less).end()  # type: ignore[union-attr]
        order = sorted(named, key=lambda v: claim.text.lower().find(v.lower().split()[0]) > pivot)
        a, b = (next((c for c in cells if c.category == v), None) for v in order)
        if a is None or b is None:
            continue
        ok = a.value > b.value if more else a.value < b.value
        text = (f"{capitalised(source_label(source))} gives {format_number(a.value)} for {a.category} and "
                f"{format_number(b.value)} for {b.category} in {years[0]} (column {column}); the article says "
                f"{a.category} had {'more' if more else 'less'}.")
        verdict = _verdict(ok)
        return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, a, column), _ev(source, b, column)))
    return None


def check_table_relation(claim_text: str, corpus: Corpus) -> Outcome | None:
    """A trend, a highest or lowest value, or a comparison that a table settles; None otherwise."""
    claim = read(claim_text)
    return _trend(claim, corpus) or _extreme(claim, corpus) or _comparison(claim, corpus)


def is_table_relation(text: str) -> bool:
    """True when a text compares values (a trend, a superlative, a comparison)."""
    claim = read(text)
    trend = len(claim.years) >= 2 and bool(_UP_RE.search(text) or _DOWN_RE.search(text))
    ranked = len(claim.years) == 1 and bool(_HIGHEST_RE.search(text) or _LOWEST_RE.search(text)
                                            or _MORE_RE.search(text) or _LESS_RE.search(text))
    return trend or ranked
