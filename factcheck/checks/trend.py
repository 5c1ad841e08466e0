"""Claims that compare table rows: a trend between two years, the highest or lowest value in a
year, and one category against another. Only where the table makes the comparison plain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..corpus.index import Index
from ..model import Evidence, Outcome, Passage, Source, Verdict
from ..read.anchors import base_years, claim_concepts
from ..read.quantities import Quantity, bears_out, format_number
from ..read.reading import Reading
from ..read.relations import (
    FACTOR_RE,
    FACTORS,
    all_time,
    change_figures,
    comparison,
    direction,
    factor_hedge,
    rank,
    says_more,
    superlative,
)
from .base import capitalised, confidence, source_label
from .table import (
    cell_number,
    cell_values,
    cell_year,
    columns,
    covers,
    default_total,
    frame,
    measure_columns,
    named_categories,
    place_words,
    said_numbers,
)


@dataclass(frozen=True)
class _Cell:
    passage: Passage
    category: str
    year: int | None
    value: float


def _tables(
    claim: Reading, index: Index, year: int | None
) -> Iterator[tuple[Source, list[tuple[str, list[_Cell], list[str]]]]]:
    """Each table, with every measure the claim may mean (its cells, for one year if given)
    and the categories the claim names."""
    for source in index.tables():
        table = source.table
        assert table is not None
        years, numbers, texts = columns(source)
        if not texts or not covers(source, claim):
            continue
        wanted = claim_concepts(claim)
        readings = []
        for column, measure_words in measure_columns(table, numbers, wanted, claim.years):
            rest = (
                wanted | place_words(claim) | said_numbers(claim)
            ) - measure_words  # a nation's row is named by its place
            category = max(texts, key=lambda t: len(named_categories(table, cell_values(source, t), rest)))
            named = named_categories(table, cell_values(source, category), rest)
            if not named:
                named = default_total(source, cell_values(source, category), rest)
            # Rows compared must agree on what else the claim names ("flooded homes" across districts).
            fixed = {t: named_categories(table, cell_values(source, t), rest) for t in texts if t != category}
            cells = []
            table_frame = frame(source)
            for passage, row in zip(table_frame.passages, table_frame.cells, strict=True):
                raw = row.get(column, "")
                row_year = next((cell_year(row[y]) for y in years if row.get(y)), None)
                if not raw or (year is not None and row_year != year):
                    continue
                if any(values and row.get(t) not in values for t, values in fixed.items()):
                    continue
                value = cell_number(raw)
                if value is not None:
                    cells.append(_Cell(passage, row.get(category, ""), row_year, value))
            readings.append((column, cells, named))
        yield source, readings


def _settle(outcomes: list[Outcome]) -> Outcome | None:
    """One answer from the measures a claim may mean: theirs if they agree, else unverifiable."""
    if not outcomes:
        return None
    if len({o.verdict for o in outcomes}) == 1:
        return outcomes[0]
    text = "The claim does not say which measure it means, and the table's measures disagree: " + " ".join(
        o.explanation for o in outcomes
    )
    return Outcome("unverifiable", 0.6, text, (), (), tuple(e for o in outcomes for e in o.evidence))


def _verdict(ok: bool) -> Verdict:
    return "supported" if ok else "disputed"


def _ev(source: Source, cell: _Cell, column: str) -> Evidence:
    return Evidence(source.info.id, f"{cell.passage.location}, column {column}", cell.passage.text, 1.0)


def _trend_in(
    claim: Reading,
    source: Source,
    column: str,
    cells: list[_Cell],
    named: list[str],
    first: int,
    last: int,
    claimed_up: bool,
) -> Outcome | None:
    if len(named) != 1:
        return None
    a, b = (next((c for c in cells if c.category == named[0] and c.year == y), None) for y in (first, last))
    if a is None or b is None:
        return None
    change = (b.value - a.value) / a.value * 100 if a.value else 0.0
    went = "rose" if b.value > a.value else "fell" if b.value < a.value else "stayed the same"
    said = (
        f"{capitalised(source_label(source))} gives {format_number(a.value)} for {first} and "
        f"{format_number(b.value)} for {last} ({named[0]}, column {column}): it {went}"
    )
    said += f" by {abs(change):.1f}%" if went != "stayed the same" else ""
    ok = (b.value > a.value) == claimed_up and b.value != a.value
    claimed_change = change_figures(claim)
    if ok and claimed_change:
        actual = Quantity(abs(change), "percent", "percent", None, 0.05, f"{abs(change):.1f}%", 0, 0)
        ok = bears_out(claimed_change[0], actual)
    held = factor_holds(claim.text, b.value / a.value) if a.value else None
    if ok and held is not None:
        ok = held
        said += f" (x{b.value / a.value:.2f})"
    text = f"{said}; the article says it {'rose' if claimed_up else 'fell'}"
    text += f" by {claimed_change[0].text}." if claimed_change else "."
    verdict = _verdict(ok)
    return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, a, column), _ev(source, b, column)))


def factor_holds(text: str, ratio: float) -> bool | None:
    """Whether a change by a factor the text says ("doubled", "more than tripled", "nearly
    doubled") is borne out by the ratio of the later value to the earlier; None where none is said."""
    factor = FACTOR_RE.search(text)
    if factor is None:
        return None
    wanted = FACTORS[factor.group("word").lower()]
    hedge = factor_hedge(factor.group("hedge") or "")
    if hedge == "above":
        return ratio > wanted
    if hedge == "nearly":
        return wanted * 0.9 <= ratio <= wanted
    return abs(ratio - wanted) <= 0.1 * wanted


def _trend(claim: Reading, index: Index) -> Outcome | None:
    up, down = direction(claim.text)
    years = sorted(claim.years)
    if len(years) < 2 or up == down:
        return None
    for source, readings in _tables(claim, index, None):
        found = [
            o
            for column, cells, named in readings
            if (o := _trend_in(claim, source, column, cells, named, years[0], years[-1], bool(up)))
        ]
        if found:
            return _settle(found)
    return None


def _extreme_in(
    claim: Reading, source: Source, column: str, cells: list[_Cell], named: list[str], year: int, highest: bool
) -> Outcome | None:
    aggregates = set(source.table.aggregates) if source.table else set()
    cells = [c for c in cells if c.category not in aggregates]
    mine = next((c for c in cells if named and c.category == named[0]), None)
    if len(named) != 1 or len(cells) < 2 or mine is None:
        return None
    top = (max if highest else min)(cells, key=lambda c: c.value)
    word = "highest" if highest else "lowest"
    said = (
        f"{capitalised(source_label(source))} gives the {word} {column} in {year} for {top.category} "
        f"({format_number(top.value)}), among {len(cells)} categories"
    )
    ok = mine.category == top.category
    text = f"{said}; the article says {named[0]}" + ("." if ok else f" ({format_number(mine.value)}).")
    verdict = _verdict(ok)
    return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, top, column),))


def _ranked_in(
    claim: Reading,
    source: Source,
    column: str,
    cells: list[_Cell],
    named: list[str],
    year: int,
    place: int,
    highest: bool,
) -> Outcome | None:
    aggregates = set(source.table.aggregates) if source.table else set()
    cells = [c for c in cells if c.category not in aggregates]
    mine = next((c for c in cells if named and c.category == named[0]), None)
    if len(named) != 1 or mine is None or len(cells) < place:
        return None
    order = sorted(cells, key=lambda c: c.value, reverse=highest)
    actual = order.index(mine) + 1
    word = "highest" if highest else "lowest"
    listed = ", ".join(f"{c.category} {format_number(c.value)}" for c in order[: max(place, actual)])
    said = (
        f"{capitalised(source_label(source))} ranks {named[0]} {_ordinal(actual)} {word} in {column} in {year} "
        f"among {len(cells)} categories ({listed})"
    )
    ok = actual == place
    text = f"{said}; the article says {_ordinal(place)}."
    verdict = _verdict(ok)
    return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, mine, column),))


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _ranked(claim: Reading, index: Index) -> Outcome | None:
    """'The third leading cause of death in 2020': the category's place among a year's rows."""
    given = rank(claim.text)
    years = sorted(claim.years - {int(y) for y in base_years(claim.text)})
    if given is None or len(years) != 1:
        return None
    place, highest = given
    for source, readings in _tables(claim, index, years[0]):
        found = [
            o
            for column, cells, named in readings
            if (o := _ranked_in(claim, source, column, cells, named, years[0], place, highest))
        ]
        if found:
            return _settle(found)
    return None


def _extreme(claim: Reading, index: Index) -> Outcome | None:
    if rank(claim.text) is not None:
        return None  # "the second largest" is not "the largest"
    highest, lowest = superlative(claim.text)
    years = sorted(claim.years)
    if len(years) != 1 or highest == lowest:
        return None
    for source, readings in _tables(claim, index, years[0]):
        found = [
            o
            for column, cells, named in readings
            if (o := _extreme_in(claim, source, column, cells, named, years[0], bool(highest)))
        ]
        if found:
            return _settle(found)
    return None


def _position(text: str, value: str) -> int:
    """Where a text names a cell value: the whole value ("Route 36"), else its first word."""
    at = text.lower().find(value.lower())
    return at if at >= 0 else text.lower().find(value.lower().split()[0])


def _comparison_in(
    claim: Reading,
    source: Source,
    column: str,
    cells: list[_Cell],
    named: list[str],
    year: int | None,
    pivot: int,
    more: bool,
) -> Outcome | None:
    if len(named) != 2:
        return None
    # The category named first (before "than") is the one said to be more, or less.
    order = sorted(named, key=lambda v: _position(claim.text, v) > pivot)
    rows = [[c for c in cells if c.category == v] for v in order]
    if year is None and any(len(found) != 1 for found in rows):
        return None  # no year named, and a category with a row for each of several: which one?
    a, b = (found[0] if found else None for found in rows)
    if a is None or b is None:
        return None
    ok = a.value > b.value if more else a.value < b.value
    text = (
        f"{capitalised(source_label(source))} gives {format_number(a.value)} for {a.category} and "
        f"{format_number(b.value)} for {b.category}{f' in {year}' if year else ''} (column {column}); the article says "
        f"{a.category} had {'more' if more else 'less'}."
    )
    verdict = _verdict(ok)
    return Outcome(verdict, confidence(verdict, 1.0), text, (), (_ev(source, a, column), _ev(source, b, column)))


def _comparison(claim: Reading, index: Index) -> Outcome | None:
    more, less = says_more(claim.text)
    years = sorted(claim.years)
    said = comparison(claim.text)
    if len(years) > 1 or more == less or said is None:
        return None
    # With no year named, rows are compared only where each category has one row (a medal table).
    year = years[0] if years else None
    pivot = said.end()
    for source, readings in _tables(claim, index, year):
        found = [
            o
            for column, cells, named in readings
            if (o := _comparison_in(claim, source, column, cells, named, year, pivot, bool(more)))
        ]
        if found:
            return _settle(found)
    return None


def _since_in(
    source: Source,
    column: str,
    cells: list[_Cell],
    named: list[str],
    year: int,
    base: int | None,
    highest: bool,
    since: str,
) -> Outcome | None:
    if len(named) != 1:
        return None
    series = {c.year: c for c in cells if c.category == named[0] and c.year is not None}
    if year not in series:
        return None
    mine = series[year].value
    # "The highest since 2019": above every year after 2019, and 2019 itself at least as high;
    # "since records began" (base None): above every earlier year.
    earlier = [y for y in sorted(series) if (base is None or base < y) and y < year]
    later = [series[y] for y in earlier]
    beyond = [c for c in later if (c.value >= mine if highest else c.value <= mine)]
    word = "highest" if highest else "lowest"
    span = [*earlier, year] if base is None else list(range(base, year + 1))
    if not beyond and (base is None or any(y not in series for y in span)):
        # One year that beats it disputes it wherever the table starts; bearing it out needs every
        # year of the span, and no table is known to start where the records do.
        return None
    values = ", ".join(f"{y} {format_number(series[y].value)}" for y in span if y in series)
    said = f"{capitalised(source_label(source))} gives {values} ({named[0]}, column {column})"
    if beyond:
        text = f"{said}: {beyond[0].year} was {'higher' if highest else 'lower'}; the article says {year} was the {word} {since}."
        return Outcome("disputed", confidence("disputed", 1.0), text, (), (_ev(source, beyond[0], column),))
    base_ok = base is None or (series[base].value >= mine if highest else series[base].value <= mine)
    text = f"{said}: {year} was the {word} {since}"
    # "The highest since 2019" with 2019 itself lower: the highest since before it. The claim says
    # less than the table, not something else.
    text += f" (indeed since before {base})." if not base_ok else "."
    return Outcome(
        "supported", confidence("supported", 1.0), text, (), tuple(_ev(source, series[y], column) for y in span)
    )


def _since(claim: Reading, index: Index) -> Outcome | None:
    """'The lowest since 1998', 'the lowest since records began': a superlative over the years since
    a base year, where a table has every year of the span, or one year that beats it."""
    highest, lowest = superlative(claim.text)
    based = {int(y) for y in base_years(claim.text)}
    own = sorted(claim.years - based)
    if len(own) != 1 or len(based) > 1 or highest == lowest or (not based and not all_time(claim.text)):
        return None
    base = min(based) if based else None
    since = f"since {base}" if base is not None else all_time(claim.text)[0]
    if base is not None and base >= own[0]:
        return None
    for source, readings in _tables(claim, index, None):
        found = [
            o
            for column, cells, named in readings
            if (o := _since_in(source, column, cells, named, own[0], base, bool(highest), since))
        ]
        if found:
            return _settle(found)
    return None


def check_table_relation(claim: Reading, index: Index) -> Outcome | None:
    """A trend, a highest or lowest value (in a year, or since a base year), or a comparison that a
    table settles; None otherwise."""
    if (base_years(claim.text) or all_time(claim.text)) and any(superlative(claim.text)):
        return _since(claim, index)
    return _trend(claim, index) or _ranked(claim, index) or _extreme(claim, index) or _comparison(claim, index)
