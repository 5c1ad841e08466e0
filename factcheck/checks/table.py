"""Table rows as evidence: the row by the claim's year and category, the column by its measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..corpus.index import Index
from ..model import Source, Table
from ..read.anchors import claim_concepts, measure_words, period_of, years_for
from ..read.dates import YEAR_RE
from ..read.quantities import CURRENCIES, UNITS, Quantity, format_number
from ..read.reading import Reading, concepts_of
from ..read.relations import relation_concepts
from ..read.vocab import word_set
from .candidates import Candidate

_PHYSICAL = ("mass", "length", "time")
_TOTAL_COLUMNS = word_set("words", "total_columns")
# A cell's number as tables write it: "1,234", "-0.43" or "- 0.43", "48.01%", "9.3 million";
# a sum of parts ("13 + 6": goals for two clubs) is their total, and a worked sum
# ("71 + 72 + 70 = 213") its result.
_NUMBER = r"[-+]?\s?\d[\d,]*(?:\.\d+)?"
_CELL_NUMBER_RE = re.compile(rf"^({_NUMBER})\s?(%|million|billion|thousand)?$")
_SUM_RE = re.compile(rf"^{_NUMBER}(?:\s?\+\s?{_NUMBER})+(?:\s?=\s?({_NUMBER}))?$")
_SCALE = {"million": 1e6, "billion": 1e9, "thousand": 1e3}


def cell_number(raw: str) -> float | None:
    """A cell's value as a number (the total of a sum of parts), or None when it is not one."""
    text = raw.strip()
    m = _CELL_NUMBER_RE.match(text)
    if m:
        value = float(m.group(1).replace(" ", "").replace(",", ""))
        return value * _SCALE.get(m.group(2) or "", 1.0)
    m = _SUM_RE.match(text)
    if m:
        if m.group(1):
            return float(m.group(1).replace(" ", "").replace(",", ""))
        return sum(float(part.replace(" ", "").replace(",", "")) for part in text.split("+"))
    return None


def cell_decimals(raw: str) -> int:
    """How many decimals a cell's number is written with (its precision)."""
    m = re.search(r"\.(\d+)", raw.split("=")[-1])
    return len(m.group(1)) if m else 0


@lru_cache(maxsize=256)
def columns(source: Source) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The table's year columns, numeric (measure) columns and text (category) columns (cached)."""
    table = source.table
    assert table is not None
    years, numbers, texts = [], [], []
    for column in table.columns:
        values = [dict(p.cells)[column] for p in source.passages if dict(p.cells).get(column)]
        if values and all(YEAR_RE.fullmatch(v) for v in values):
            years.append(column)
        elif values and all(cell_number(v) is not None for v in values):
            numbers.append(column)
        else:
            texts.append(column)
    return tuple(years), tuple(numbers), tuple(texts)


@lru_cache(maxsize=1024)
def cell_values(source: Source, column: str) -> frozenset[str]:
    """The distinct values of one column (blank cells left out); cached per source."""
    return frozenset(dict(p.cells).get(column, "") for p in source.passages) - {""}


def column_unit(table: Table, column: str) -> tuple[str | None, str]:
    """The unit a column's name or description gives its numbers ("seized_kg": kilograms)."""
    for word in [*column.lower().split("_"), *table.description(column).lower().replace(",", " ").split()]:
        if word in UNITS:
            return UNITS[word]
        if word in CURRENCIES:
            return CURRENCIES[word], f"currency:{CURRENCIES[word]}"
    return None, "count"


_YEAR_IN_NAME_RE = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def column_years(column: str) -> frozenset[int]:
    """The years a column's name gives ("arrivals_2012", "change_2011_to_2012"): a wide table's."""
    return frozenset(int(y) for y in _YEAR_IN_NAME_RE.findall(column))


def _for_years(numbers: Sequence[str], claim_years: frozenset[int]) -> list[str] | None:
    """The columns a claim's years allow: in a wide table (years in the column names), those of
    the claim's year; None when the claim names no year and the measure has one column a year."""
    dated = [c for c in numbers if column_years(c)]
    if not dated:
        return list(numbers)
    if not claim_years:
        return None if len(dated) > 1 else list(numbers)
    return [c for c in numbers if not column_years(c) or column_years(c) & claim_years]


def measure_columns(
    table: Table, numbers: Sequence[str], wanted: frozenset[str], claim_years: frozenset[int] = frozenset()
) -> list[tuple[str, frozenset[str]]]:
    """Every column a claim comparing rows may mean: those that share most words with it."""
    allowed = _for_years(numbers, claim_years)
    if allowed is None:
        return []  # "arrivals" in a table of arrivals for 2011 and for 2012, and no year said
    numbers = allowed
    scored = []
    for column in numbers:
        words = concepts_of(column.replace("_", " ")) | concepts_of(table.description(column))
        # A rate is not what a claim means unless it says rate or percent.
        unasked = bool(words & {"rate", "percent"}) and not wanted & {"rate", "percent"}
        scored.append((len(words & wanted) - (0.5 if unasked else 0.0), column, words))
    # No column named: the measures tie, and they must agree (the rows named do the rest).
    top = max((hits for hits, _, _ in scored), default=0)
    tied = [(column, words) for hits, column, words in scored if hits == top]
    total = next((column for column in numbers if column.lower() in _TOTAL_COLUMNS), None)
    if top and len(tied) > 1 and total is not None and not any(words <= wanted for _, words in tied):
        return [(total, frozenset())]  # "more goals" across league and cup columns: their total
    return tied


def measure_column(
    table: Table,
    numbers: Sequence[str],
    wanted: frozenset[str],
    claim_q: Quantity,
    named_row: bool = False,
    claim_years: frozenset[int] = frozenset(),
) -> tuple[str, frozenset[str]] | None:
    """The numeric column the claim's figure is about, and the words that name that measure."""
    allowed = _for_years(numbers, claim_years)
    if allowed is None:
        return None  # which year's column the claim means, it does not say
    numbers = allowed
    best, best_score = None, 0.0
    eligible: list[tuple[int, str, frozenset[str]]] = []  # (words shared with the claim, column, words)
    for column in numbers:
        words = concepts_of(column.replace("_", " ")) | concepts_of(table.description(column))
        hits = len(words & wanted)
        is_rate = bool(words & {"rate", "percent"})
        dimension = column_unit(table, column)[1]
        if claim_q.dimension == "percent" and not is_rate:
            continue
        elif (
            claim_q.dimension not in ("percent", "count") and dimension.split(":")[0] != claim_q.dimension.split(":")[0]
        ):
            continue  # "8,150 kg" is a weight: only a column of weights can give it
        elif claim_q.dimension == "count" and dimension not in ("count", "percent"):
            continue
        eligible.append((hits, column, words))
        # The column that shares most words with the claim; its share of them breaks ties.
        score = hits + 0.1 * hits / len(words) if words else 0.0
        if claim_q.dimension == "count" and is_rate and not (wanted & {"rate", "percent"}):
            score *= 0.5
        if score > best_score:
            best, best_score = (column, words), score
    top = max((hits for hits, _, _ in eligible), default=0)
    tied = [(column, words) for hits, column, words in eligible if hits == top and top]
    if len(tied) > 1 and not any(words <= wanted for _, words in tied):
        # "30 goals" fits "league goals", "FA Cup goals" and "League Cup goals" alike and names
        # none of them whole: it is the column that adds them up, if the table has one.
        total = next((c for _, c, _ in eligible if c.lower() in _TOTAL_COLUMNS), None)
        return (total, frozenset()) if total is not None else None
    if best is None and named_row:
        # No column is named, but a row is: one column of the claim's kind can only mean that one.
        fitting = [c for c in numbers if _fits(table, c, claim_q)]
        if len(fitting) == 1:
            return fitting[0], frozenset()
    return best


def _fits(table: Table, column: str, claim_q: Quantity) -> bool:
    words = concepts_of(column.replace("_", " ") + " " + table.description(column))
    is_rate = bool(words & {"rate", "percent"})
    dimension = column_unit(table, column)[1]
    if claim_q.dimension == "percent":
        return is_rate
    if claim_q.dimension == "count":
        return not is_rate and dimension == "count"
    return dimension.split(":")[0] == claim_q.dimension.split(":")[0]


def matched_words(table: Table, value: str, wanted: frozenset[str]) -> frozenset[str]:
    """The words of the cell value (or of its alias or broader term) that the claim uses."""
    terms = [value, *dict(table.aliases).get(value, ()), *dict(table.broader).get(value, ())]
    whole = [concepts_of(t) for t in terms if concepts_of(t) and concepts_of(t) <= wanted]
    return max(whole, key=len, default=frozenset())


def place_words(claim: Reading) -> frozenset[str]:
    """The words of the places a claim names: anchors for figures in documents, but in a table
    whose rows are nations or counties, what names the row ("Canada won more gold medals")."""
    return concepts_of(" ".join(p.surface for p in claim.places))


def named_categories(table: Table, values: frozenset[str], wanted: frozenset[str]) -> list[str]:
    """Every cell value the claim names, less those named only inside a longer one
    ("opioid" inside "synthetic opioids")."""
    words = {v: matched_words(table, v, wanted) for v in values}
    named = [v for v, w in words.items() if w]
    return sorted(v for v in named if not any(words[v] < words[o] for o in named))


def category_match(table: Table, value: str, wanted: frozenset[str]) -> tuple[float, str]:
    """How well a category cell matches the claim's words: 1 for a whole match, and how."""
    aliases, broader = dict(table.aliases), dict(table.broader)
    best, how = 0.0, ""
    for term, kind in (
        [(value, "")]
        + [(a, "alias") for a in aliases.get(value, ())]
        + [(b, "category") for b in broader.get(value, ())]
    ):
        words = concepts_of(term)
        if words and words <= wanted:
            score = 1.0 + 0.01 * len(words)
            if score > best:
                best, how = score, kind
        elif words and kind == "":
            partial = 0.6 * len(words & wanted) / len(words)
            if partial > best:
                best, how = partial, ""
    return best, how


@lru_cache(maxsize=1024)
def _own_words(source: Source, column: str) -> dict[str, frozenset[str]]:
    """For each value of a column, its words that no other value of the column has."""
    words = {v: concepts_of(v) for v in cell_values(source, column)}
    seen: dict[str, int] = {}
    for found in words.values():
        for w in found:
            seen[w] = seen.get(w, 0) + 1
    return {v: frozenset(w for w in found if seen[w] == 1) for v, found in words.items()}


def _row_match(table: Table, source: Source, column: str, value: str, wanted: frozenset[str]) -> tuple[float, str]:
    """category_match, and a whole match for a value that the claim names by the words only it
    has ("Heathrow" for the row "london heathrow", where no other airport is a Heathrow)."""
    score, how = category_match(table, value, wanted)
    if score < 1.0 and concepts_of(value) & wanted and concepts_of(value) & wanted <= _own_words(source, column)[value]:
        return 1.0, how
    return score, how


@lru_cache(maxsize=256)
def _vocabulary(source: Source) -> frozenset[str]:
    table = source.table
    assert table is not None
    words = [source.info.title, *table.columns, *(d for _, d in table.descriptions)]
    words += [term for value in table.aggregates for term in (value, *dict(table.aliases).get(value, ()))]
    words += [term for _, terms in (*table.aliases, *table.broader) for term in terms]
    _, _, texts = columns(source)
    words += [value for t in texts for value in cell_values(source, t)]
    return frozenset().union(*(concepts_of(w.replace("_", " ")) for w in words))


def covers(source: Source, claim: Reading, q: Quantity | None = None) -> bool:
    """Whether a table measures what the claim (or its figure) counts: every noun counted ("riders",
    "deaths") is in the table's own words; "8,150 parcels" is no question for a table of riders."""
    return not measure_words(claim, q) - _vocabulary(source)


def default_total(source: Source, column_values: frozenset[str], rest: frozenset[str]) -> list[str]:
    """The total row a claim that names no category is about ("road deaths rose"): the table's one
    aggregate, unless the claim names something the table does not cover ("young voters")."""
    table = source.table
    assert table is not None
    totals = [a for a in table.aggregates if a in column_values]
    if len(totals) != 1 or rest - _vocabulary(source) - relation_concepts():
        return []
    return totals


def table_candidates(claim: Reading, cq: Quantity, index: Index) -> list[Candidate]:
    """Cells of table rows that match the claim's year and category, in the measure's column."""
    found = []
    wanted_all = claim_concepts(claim)
    placed = place_words(claim)
    for source in index.tables():
        table = source.table
        assert table is not None
        years, numbers, texts = columns(source)
        if not covers(source, claim, cq) or period_of(claim.text, cq):
            continue  # a table's rows are for years or categories, not "its first day"
        names_a_row = any(named_categories(table, cell_values(source, t), wanted_all | placed) for t in texts)
        measure = measure_column(table, numbers, wanted_all, cq, names_a_row, years_for(claim, cq))
        if measure is None:
            continue
        column, measure_words = measure
        wanted = (wanted_all | placed) - measure_words  # "deaths" picks the column, not the row
        # Which value of each text column the claim names: a row with another value is not it.
        named = {t: set(named_categories(table, cell_values(source, t), wanted)) for t in texts}
        claim_years = years_for(claim, cq)
        for passage in source.passages:
            cells = dict(passage.cells)
            row_years = {int(cells[y]) for y in years if cells.get(y)}
            if claim_years and row_years and not (row_years & claim_years):
                continue
            if any(named[t] and cells.get(t) not in named[t] for t in texts):
                continue
            year_factor = 1.0 if (claim_years and row_years) or not row_years else 0.5
            matches = [(_row_match(table, source, t, cells[t], wanted), t) for t in texts if cells.get(t)]
            if not names_a_row:
                # A claim that names no category is about the total: the table's aggregate row.
                matches += [
                    ((1.0, ""), t)
                    for t in texts
                    if cells.get(t) in default_total(source, cell_values(source, t), wanted)
                ]
            if not matches:
                continue
            (score, how), text_column = max(matches, key=lambda m: m[0][0])
            if score < 0.3:
                continue
            hows = {h for (sc, h), _ in matches if sc >= 1.0 and h} or ({how} if how else set())
            how = "category" if "category" in hows else "alias" if "alias" in hows else ""
            described_columns = [*years, *(t for t in texts if named[t])] or [*years, text_column]
            raw = cells.get(column, "")
            described = ", ".join(cells[c] for c in described_columns if cells.get(c))
            location = f"{passage.location}, column {column}"
            if not raw:
                continue  # nothing published in this cell: no figure to compare
            value = cell_number(raw)
            if value is None:
                continue  # a cell of a numeric column that is no number after all
            decimals = cell_decimals(raw)
            unit, dimension = column_unit(table, column)
            if dimension == "count" and cq.dimension == "percent":
                unit, dimension = "percent", "percent"  # a rate column read as the claim's percentage
            shown = format_number(value) + (f" {unit.replace('_', ' ')}s" if unit and dimension in _PHYSICAL else "")
            sq = Quantity(value, unit, dimension, None, 0.5 * 10**-decimals if decimals else 0.0, shown, 0, 0)
            flags = ("category",) if how == "category" else ("alias",) if how == "alias" else ()
            note = f" in the {column} column for {described}"
            if how == "category":
                note += ", a category broader than the article's words"
            relevance = min(1.0, score) * year_factor
            found.append(
                Candidate(
                    source,
                    passage,
                    sq,
                    round(relevance, 3),
                    location,
                    f"{passage.location}: {passage.text}",
                    flags,
                    note,
                )
            )
    return found
