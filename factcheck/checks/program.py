"""A table claim read as a small program over its table, and run: rows selected by the values and
the conditions the claim names, a column projected by its words, and an operation applied (a count
of rows, the highest or lowest, a rank, two rows compared, a total, "all", "none", "only").

A claim is read as a program only when every one of its words is accounted for: a value of a
row, a column's name or description, the table's title, a word of the operation, a figure, or a
word that states no condition ("had", "there were"; tables.toml). A word left over may be a
condition the program would not check ("went to overtime"), so the claim is left to the other
checks, which say what they cannot settle."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from ..corpus.index import Index
from ..model import Outcome, Passage, Program, Source, Table, Verdict
from ..read.anchors import base_years, head_of
from ..read.quantities import CLOCK_DURATION_RE, Quantity, bears_out, convert, format_number
from ..read.reading import Reading, concepts_of
from ..read.relations import (
    all_time,
    comparison,
    direction,
    rank,
    relation_concepts,
    says_more,
    speed,
    speed_than,
    superlative,
)
from ..read.text import fold
from ..read.vocab import alternation, load, word_set
from .accounting import PLACE_ORDINALS, accounted_always, nouns_of_verbs, relation_words, unaccounted
from .base import capitalised, confidence, evidence, qualifiers, source_label
from .table import (
    _MONTH_RE,
    _MONTHS,
    BALLOT_SIDES,
    ENTRY_RE,
    LABELLED_RE,
    TABLE_VERBS,
    _chosen_values,
    _column_words,
    _for_years,
    _header_words,
    _numbers_rows,
    ballot_words,
    category_match,
    cell_day,
    cell_decimals,
    cell_number,
    cell_parts,
    cell_values,
    cell_year,
    claim_words,
    coded,
    column_figure,
    column_scale,
    column_unit,
    column_unsaid,
    column_years,
    columns,
    demonym_place,
    entries,
    frame,
    held_words,
    is_margin,
    is_phrase,
    key_column,
    labelled,
    near_spellings,
    numbers_in,
    ordinals_in,
    paired_entries,
    row_entries,
    same_day,
    score_mark_words,
    shared_place,
    text_words,
    title_figure,
    title_words,
    unit_unstated,
    unit_words,
    value_figure,
    value_words,
    word_before_by,
    written_as_share,
)
from .trend import factor_holds

_VOCAB = load("tables")
_WORDS = _VOCAB["words"]


def _phrases(names: Sequence[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(names)})\b", re.IGNORECASE)


_SUM_RE = _phrases(_VOCAB["sum"])
_PHRASE_AFTER_RE = re.compile(r"^\s+((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)")
_CHANGE_WORDS = concepts_of(" ".join(_WORDS["change_columns"]))
_TIMES = concepts_of(" ".join(_WORDS["times"]))
_ORDINAL_CONCEPTS = concepts_of(" ".join(load("numbers")["ordinals"]))
_TOP_RE = _phrases(_WORDS["top"])
_LED = concepts_of("led lead leads leading")
_START_RANKS = frozenset([*_WORDS["start_ranks"], *_WORDS["order_columns"]])
_WON_RE = re.compile(r"\b(?:won|wins|win)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?([A-Za-z-]+)", re.IGNORECASE)
# "won the first heat", "won the second semi-final": a round named by its number.
_WON_NTH_RE = re.compile(
    rf"\b(?:won|wins|win)\s+the\s+({alternation(PLACE_ORDINALS)})\s+([A-Za-z-]+(?:\s-\s[A-Za-z]+)?)", re.IGNORECASE
)
# "won the national final": the event after a word of the title's that describes it.
_WON_EVENT_RE = re.compile(r"\b(?:won|wins|win)\s+the\s+([A-Za-z-]+)\s+([A-Za-z-]+)", re.IGNORECASE)


def _won_titled_event(claim: Reading, source: Source) -> re.Match[str] | None:
    """'won the national final' in a table titled a national final: the event (group 1 is its
    word), where the word before it is the title's and no column's ("the open race" is a column)."""
    m = _WON_EVENT_RE.search(claim.text)
    if m is None:
        return None
    table = source.table
    assert table is not None
    described = concepts_of(m.group(1))
    if not described <= title_words(source) or described & _header_words(source) - title_words(source):
        return None
    return _WON_RE.search(f"won {m.group(2)}")


_GAP_WORDS = concepts_of(" ".join(_WORDS["gap"]))
_LOWER_BETTER = concepts_of(" ".join(_WORDS["lower_better"]))
_CLOCK_WORDS = concepts_of(" ".join(_WORDS["race_time"]))
_IN_SECONDS = concepts_of(" ".join(_WORDS["in_seconds"]))
_RANK_NOUNS = concepts_of(" ".join(_WORDS["rank_columns"]))
_FIRST_WORDS = concepts_of(" ".join(_WORDS["first"]))
_NO_RESULT = frozenset(_VOCAB["no_result"])
_NO_RESULT_SAID: dict[str, list[str]] = _VOCAB["no_result_said"]
# What "faster" and "slower" measure: a time or a change (tables.toml superlative_measures).
_SPEED_MEASURES = concepts_of(" ".join(_VOCAB["superlative_measures"]["fastest"]))
_EVENT_LISTS = tuple(_WORDS["event_lists"])
_LAPS_AFTER_RE = re.compile(r"\s+laps?\b", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w'-]*)\s+$")
_PARTICIPANTS = concepts_of(" ".join(_WORDS["participants"]))
_TAKING_PART = concepts_of(" ".join(_WORDS["taking_part"]))
_EVENTS = tuple((next(iter(concepts_of(e))), kinds) for e, kinds in _VOCAB["events"].items())
# "all 19 laps" (the figure's), not "all five of the busiest airports" (the rows').
_ALL_OF_FIGURE_RE = re.compile(
    rf"\b(?:{alternation(_VOCAB['every'])})\s+(?:the\s+)?"
    rf"(?=(?:[\d,]+|{alternation(load('numbers')['small'])})\s+(?!of\b)[A-Za-z])",
    re.IGNORECASE,
)
_TOTAL_NAMES = word_set("words", "total_columns")
_YEAR_WORDS = concepts_of("year years season seasons")
_TOTAL_SAID_RE = re.compile(rf"\b(?:{alternation(_TOTAL_NAMES)})\b", re.IGNORECASE)
_EVERY_RE = _phrases(_VOCAB["every"])
_NONE_RE = re.compile(
    "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _VOCAB["none_not_after"])
    + rf"\b(?:{alternation(_VOCAB['none'])})\b"
    + rf"(?!\s+(?:{alternation(_VOCAB['none_not_before'])})\b)",
    re.IGNORECASE,
)
_ONLY_RE = _phrases(_VOCAB["only"])
_POOL_BEFORE_RE = re.compile(rf"\b(?:{alternation(_WORDS['pool'])})\s+$", re.IGNORECASE)
_AHEAD_RE = _phrases(_WORDS["ahead"])
_EARLIER_RE = _phrases(_WORDS["earlier"])
_LATER_RE = _phrases(_WORDS["later"])
_DOWN_AFTER_RE = re.compile(rf"^(?:\s+[A-Za-z][\w'-]*)?\s+(?:{alternation(_WORDS['down'])})\b", re.IGNORECASE)
_BEHIND_RE = _phrases(_WORDS["behind"])
_BEAT_RE = _phrases(_WORDS["beat"])
_DOWN_RE = _phrases(_WORDS["down"])
_PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
_TIMES_WORDS = frozenset(_WORDS["times"])
# "15 goals or more": the hedge after the figure's noun (up to three words).
_AFTER_HEDGE_RE = re.compile(
    rf"^(?:\s+[A-Za-z][\w'-]*){{0,3}}?\s+({alternation(_VOCAB['after_hedges'])})\b", re.IGNORECASE
)
_OWN_RE = re.compile(rf"\b(?:{alternation(_WORDS['own'])})\s+\w+est\b", re.IGNORECASE)
_DECADE_RE = re.compile(r"\b((?:1[89]|20)\d0)s\b")
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b(?!s)")
_ORDINAL_RE = re.compile(rf"\b(?:{alternation(load('numbers')['ordinals'])})\b", re.IGNORECASE)
# A place before a column's name ("the fifth round", "the first round"): that column's number.
_ROW_ORDINALS = PLACE_ORDINALS
_PART_NOUNS = frozenset(_WORDS["part_nouns"])
_RACE_RESULT = concepts_of(" ".join(_WORDS["race_result"]))
_WHOLE_RE = re.compile(rf"\bof\s+the\s+({alternation(_WORDS['whole'])})(?:'s)?\b", re.IGNORECASE)
_PEOPLE_RE = re.compile(rf"\b(?:{alternation(_WORDS['people'])})\b", re.IGNORECASE)
_POPULATION = concepts_of("population")
_SMALL_NUMBERS: dict[str, int] = load("numbers")["small"]
_TOP_N_RE = re.compile(
    rf"\b(?:in|among|of|inside|within)\s+the\s+top\s+(\d+|{alternation(_SMALL_NUMBERS)})\b", re.IGNORECASE
)
_YES, _NO = frozenset(_WORDS["yes_cells"]), frozenset(_WORDS["no_cells"])
_BALLOT = _VOCAB["ballot"]
_SIDE_TOKENS = frozenset({"yes", "no"})
_MARK_WORDS: dict[str, list[str]] = _VOCAB["result_mark_words"]
_MARK_SAID = {mark: _phrases(words) for mark, words in _MARK_WORDS.items()}
_OUTCOME_SAID = {side: _phrases(_BALLOT[said]) for side, said in (("yes", "passed"), ("no", "failed"))}
# The verbs of a place ("finished", "ranked"), which a column called "place" does not bring (its
# name is a word that states nothing elsewhere: "took place").
_PLACE_VERBS = concepts_of(" ".join(v for n in _WORDS["rank_columns"] for v in _VOCAB["verbs"].get(n, ())))


def _rank_named(column: str) -> bool:
    """Whether a column's name says it holds places ("place", "pos", "rank", "no"); "no" before
    another word is a side of a vote ("no_vote"), no number."""
    tokens = column.lower().split("_")
    if len(tokens) > 1 and tokens[0] == "no":
        tokens = tokens[1:]
    return bool(set(tokens) & set(_WORDS["rank_columns"]))


_TIED_LEAD_RE = re.compile(
    rf"\b({alternation(_WORDS['tied'])})\s+(?:for\s+)?the\s+(?:([\w]+)-[\w]+\s+)?(?:{alternation(_WORDS['lead'])})\b",
    re.IGNORECASE,
)
_TIED_RE = re.compile(rf"\b({alternation(_WORDS['tied'])})\s+({alternation(_ROW_ORDINALS)})\b", re.IGNORECASE)
_ROLE_RE = _phrases(list(_WORDS["place_roles"]))
_NON_RE = re.compile(r"\bnon-([A-Za-z]+)", re.IGNORECASE)
_ALONE_RE = re.compile(
    rf"\b({alternation(_WORDS['alone'])})\s+({alternation(_ROW_ORDINALS)})(?:\s+(?:place|position))?\b", re.IGNORECASE
)
_ORDINAL_NOUN_RE = re.compile(rf"\b({alternation(_ROW_ORDINALS)})[\s-]+([A-Za-z]+)\b", re.IGNORECASE)


def _unsaid(r: _Read, *more: frozenset[str], checks: tuple[str, ...] = ()) -> frozenset[str]:
    """The claim's words that nothing in the program accounts for (see accounting.py); `checks`:
    the relations the operation checks ("superlative", "comparison", "trend"), whose words it
    accounts for. "All five of the busiest airports" is no count: "busiest" is no count's."""
    return unaccounted(r.wanted, [r.accounted, *more], checks)


@dataclass(frozen=True, slots=True)
class _Cond:
    """One condition on a table's rows: a column's value equal to, or above or below, a figure or a text."""

    column: str
    op: str  # "=", ">", ">=", "<", "<=", "~" (the cell holds the word)
    value: str | float
    year: bool = False  # written as a year: 1870, not 1,870
    at: int = -1  # where the claim says a word a cell holds ("Swiss" for switzerland)
    coded: bool = False  # a column of letters for words ("w 30 - 14": a win)
    par: bool = False  # a column of scores to par, where "e" is 0
    # A game's outcome for the side `value` ("win", "loss" as op), read from a bare score between
    # the two sides' columns (visitor, score, home): the left number is the left side's.
    sides: tuple[str, ...] = ()
    # For "tied": the places several rows hold, written without a mark of a tie ("3" twice).
    repeated: frozenset[str] = frozenset()
    numbered: bool = False  # named by an ordinal and a noun ("1st district": "new york 1")
    # For an outcome read from the record (`sides` BY_RECORD): the record cells of the rows whose
    # outcome is the one said (`repeated`), and of those whose outcome is known at all.
    known: frozenset[str] = frozenset()

    def holds(self, cells: dict[str, str]) -> bool:
        """Whether a row meets the condition."""
        raw = cells.get(self.column, "")
        if self.op == "tied":
            # "tied for fifth": "t5", "=5", or a "5" that other rows hold too.
            return (shared_place(raw) or raw in self.repeated) and cell_number(raw) == self.value
        if self.op == "!=":
            return raw != self.value  # "non-American": any other nation's row
        if self.op == "pair":
            # "a 3-3 tie": the cell's score, its two numbers in either order ("3 - 3 ot").
            return _score_pairs(raw) == _score_pairs(str(self.value))
        if self.op == "day":
            # "on January 1": the cell's month and day ("january 8" is another day), and year.
            on, told = cell_day(raw), cell_day(str(self.value))
            return on is not None and told is not None and same_day(told, on)
        if self.op == "alone":
            # "alone in third place": a "3" no other row holds.
            return not (shared_place(raw) or raw in self.repeated) and cell_number(raw) == self.value
        if self.sides == (BY_RECORD,):
            return raw in self.repeated
        if self.op == "side":
            return _yes_or_no(raw) == self.value  # "yes", "y", "yes1" (a note's mark): yes
        if self.sides and self.op == "shutout":
            pairs = _PAIR_RE.findall(raw)
            return _side_outcome(cells, self.column, self.sides, str(self.value)) == "win" and pairs[0][1] == "0"
        if self.sides:
            return _side_outcome(cells, self.column, self.sides, str(self.value)) == self.op
        if self.year and not isinstance(self.value, str):
            year = cell_year(raw)  # a season "1870 - 71" begins in 1870
            return (
                year is not None
                and {
                    "=": year == self.value,
                    ">=": year >= self.value,
                    "<=": year <= self.value,
                    ">": year > self.value,
                    "<": year < self.value,
                }[self.op]
            )
        if isinstance(self.value, str):
            # "~": the cell holds the word ("in California": "anaheim , california").
            if self.op == "~":
                held = value_words(raw) if self.coded else text_words(raw) | score_mark_words(raw)
                return self.value in held
            return raw == self.value
        number = cell_number(raw) if raw else None
        if number is None and self.par and raw.strip().lower() in _PAR["even_cells"]:
            number = 0.0
        if number is None:
            return False
        return {
            "=": number == self.value,
            ">": number > self.value,
            ">=": number >= self.value,
            "<": number < self.value,
            "<=": number <= self.value,
        }[self.op]

    def words(self) -> str:
        """The condition as written in a program."""
        if self.sides:
            said = {"win": "won", "loss": "lost", "shutout": "won, the other side scoreless"}.get(self.op, "tied")
            return f"{self.value} {said} ({self.column})"
        if isinstance(self.value, str):
            value = self.value
            if self.op == "~":
                return f"{self.column} holds {value}"
        else:
            value = str(int(self.value)) if self.year else format_number(self.value)
        if self.op == "tied":
            return f"{self.column} = {value}, shared"
        if self.op == "alone":
            return f"{self.column} = {value}, not shared"
        if self.op == "!=":
            return f"{self.column} is not {value}"
        if self.op == "day":
            return f"{self.column} on {value}"
        if self.op == "pair":
            return f"{self.column} {value}"
        return f"{self.column} {self.op} {value}"


_HEDGE_OP = {"above": ">", "at-least": ">=", "below": "<", "at-most": "<="}


@dataclass(frozen=True, slots=True)
class _Read:
    """A claim as read against one table: its conditions, its figures and the words accounted for."""

    source: Source
    conds: tuple[_Cond, ...]
    figures: tuple[Quantity, ...]  # the claim's figures that no condition took
    keys: tuple[Quantity, ...]  # figures that name a row ("week 4")
    accounted: frozenset[str]
    wanted: frozenset[str]
    spelled: tuple[str, ...] = ()  # names read as a value spells them ("Schumaker as schumacher")
    # Years the claim gives that no row of the table's year column holds ("released in 2001").
    unmatched: tuple[_Cond, ...] = ()

    @property
    def value_words(self) -> frozenset[str]:
        """The words of the values the claim names: they pick rows, not the column."""
        return frozenset().union(*(concepts_of(str(c.value)) for c in self.conds))


@lru_cache(maxsize=256)
def _rows(source: Source) -> tuple[tuple[Passage, dict[str, str]], ...]:
    """Each row of a table with its cells, totals left out (a total is no peer of the rows it adds up)."""
    table = source.table
    assert table is not None
    aggregates = set(table.aggregates)
    found = frame(source)
    return tuple(
        (p, cells) for p, cells in zip(found.passages, found.cells, strict=True) if not aggregates & set(cells.values())
    )


@lru_cache(maxsize=1024)
def _is_unique(source: Source, column: str) -> bool:
    """Whether each row has a value of its own in a column (the table's key: a nation, a county)."""
    values = [cells.get(column, "") for _, cells in _rows(source)]
    return len(values) > 1 and len(set(values)) == len(values)


def _hedge_after(claim: Reading, q: Quantity) -> str | None:
    m = _AFTER_HEDGE_RE.match(claim.text[q.end : q.end + 60])
    return _VOCAB["after_hedges"][" ".join(m.group(1).lower().split())] if m else None


def _read(claim: Reading, source: Source) -> _Read | None:
    """The values and row numbers a claim names in a table, and its other figures; None when a
    value could be in several columns and the claim does not say which."""
    table = source.table
    assert table is not None
    years, _numbers, texts = columns(source)
    wanted, spelled = near_spellings(source, claim, ballot_words(source, claim_words(claim), claim.text))
    # "more people than Yemen" in a table of population: the population (tables.toml people).
    if (people := _PEOPLE_RE.search(claim.text)) and _population_measured(source):
        wanted = (wanted - concepts_of(people.group())) | _POPULATION  # "home to": the population
    # "11.2% of the country's population": the whole a share is of, no row of its own.
    if any(q.dimension == "percent" for q in claim.quantities):
        wanted -= frozenset().union(*(concepts_of(m.group(1)) for m in _WHOLE_RE.finditer(claim.text)))
    chosen = _chosen_values(source, claim, wanted, years, texts)
    if chosen is None:
        return None
    decades = {int(m.group(1)) for m in _DECADE_RE.finditer(claim.text)}
    said_years = {int(m.group()) for m in _YEAR_RE.finditer(claim.text)}
    # "the 1870s" is the years 1870 to 1879, not the year 1870.
    chosen = [(c, v) for c, v in chosen if not (c in years and cell_year(v) in decades - said_years)]
    # "Gauteng is South Africa's most populous province", "14.7% of South Africans": the whole the
    # total row stands for, said beside a row of the same column, is the claim's scope, no row.
    scope = [(c, v) for c, v in chosen if v in table.aggregates and any(x == c and y != v for x, y in chosen)]
    chosen = [pair for pair in chosen if pair not in scope]
    conds = [_Cond(c, "=", v) for c, v in chosen]
    for decade in sorted(decades):
        for column in years[:1]:
            conds += [_Cond(column, ">=", float(decade), True), _Cond(column, "<=", float(decade + 9), True)]
    accounted = set(title_words(source))
    # The numbers of figures and ordinals ("12th") are theirs, not values'. A year or a decade is
    # accounted for only where the table can place it (see the end).
    figures_said = [q.text for q in claim.quantities] + _ORDINAL_RE.findall(claim.text)
    accounted |= numbers_in(" ".join(figures_said)) - {str(y) for y in claim.years}
    # "in 2011-12": a season, the year it begins and the next ("12" the season's, read with 2011).
    accounted |= {
        m.group(2) for m in _SEASON_SPAN_RE.finditer(claim.text) if (int(m.group(1)) + 1) % 100 == int(m.group(2))
    }
    # A month ("May", which the readers drop) is the date's; a place ("fifth") is accounted for only
    # by a cell holding it or an operation reading it (accounting.relation_words "place").
    accounted |= {w for w in ordinals_in(claim.text) if w.startswith("month:")}
    for column, value in [*chosen, *scope]:
        accounted |= value_words(value) | _column_words(table, column)
        if _rank_named(column):
            accounted |= _PLACE_VERBS  # "finished third" of a cell "3rd" in the column of places
        accounted |= concepts_of(" ".join(dict(table.aliases).get(value, ())))
    # "first elected in 1976" beside a column "elected": "first" goes with the verb the column
    # names (when it happened the first time), no place among the rows.
    for m in _FIRST_VERB_RE.finditer(claim.text):
        if any(concepts_of(m.group(2)) <= _column_words(table, c) for c in table.columns):
            accounted |= concepts_of(m.group(1))
    # "the fifth round", "the fourth pick": a place before a column's name is that column's number.
    for m in _ORDINAL_NOUN_RE.finditer(claim.text):
        place, noun = _ROW_ORDINALS.get(m.group(1).lower()), m.group(2).lower()
        named = _numbering(source, noun)
        # Not below the column's numbers: "their first game" of games 39 to 52 is the first row.
        numbers = [v for x in cell_values(source, named[0]) if (v := cell_number(x)) is not None] if named else []
        if place is not None and len(named) == 1 and numbers and place >= min(numbers):
            conds.append(_Cond(named[0], "=", float(place)))
            accounted |= _column_words(table, named[0]) | ordinals_in(m.group(1)) | concepts_of(m.group(1))
    # "New York's 1st district": the value of the column the noun names that ends in that number
    # ("new york 1"), its other words said or the title's.
    for m in _ORDINAL_NOUN_RE.finditer(claim.text):
        place, noun = _ROW_ORDINALS.get(m.group(1).lower()), concepts_of(m.group(2))
        numbered = [t for t in texts if noun and noun <= _column_words(table, t)]
        if place is None or len(numbered) != 1 or any(c.column == numbered[0] for c in conds):
            continue
        said = wanted | title_words(source)
        ending = [
            v
            for v in cell_values(source, numbered[0])
            if v.rsplit(" ", 1)[-1] == str(place) and value_words(v) - numbers_in(v) <= said
        ]
        if len(ending) == 1:
            conds.append(_Cond(numbered[0], "=", ending[0], at=m.start(), numbered=True))
            accounted |= value_words(ending[0]) | _column_words(table, numbered[0]) | ordinals_in(m.group(1))
            accounted |= concepts_of(m.group(1))
    # "tied for fifth": a place shared with other rows ("t5") in the rank column.
    ranked_by = _rank_column(source)
    # "the only non-American": the rows of any value but the one the demonym names.
    for m in _NON_RE.finditer(claim.text):
        nation = demonym_place(m.group(1))
        for i, c in enumerate(conds):
            if c.op == "=" and isinstance(c.value, str) and nation and nation <= value_words(c.value):
                conds[i] = _Cond(c.column, "!=", c.value, at=m.start())
                accounted |= concepts_of(m.group().replace("-", " ")) | {m.group().lower()}
    # "The winner received 38,642 televotes": the row of that place, where the rows compete and no
    # row is named otherwise.
    for m in _ROLE_RE.finditer(claim.text):
        named_rows = [c for c in conds if isinstance(c.value, str) and _is_unique(source, c.column)]
        if ranked_by is not None and _competing(source) and not named_rows:
            conds.append(_Cond(ranked_by, "=", float(_WORDS["place_roles"][" ".join(m.group().lower().split())])))
            accounted |= concepts_of(m.group().replace("-", " ")) | {m.group().lower().split()[-1]}
            accounted |= _column_words(table, ranked_by) | ordinals_in(m.group())
    if ranked_by is not None:
        by_place = frame(source).by_value.get(ranked_by, {})
        repeated = frozenset(v for v, rows in by_place.items() if len(rows) > 1)
        for m in _ALONE_RE.finditer(claim.text):
            conds.append(_Cond(ranked_by, "alone", float(_ROW_ORDINALS[m.group(2).lower()]), repeated=repeated))
            accounted |= (
                concepts_of(m.group()) | _column_words(table, ranked_by) | _PLACE_VERBS | ordinals_in(m.group(2))
            )
        for m in [*_TIED_RE.finditer(claim.text), *_TIED_LEAD_RE.finditer(claim.text)]:
            # "shared the lead", "tied for the first-round lead": first place, shared.
            shared_at = float(_ROW_ORDINALS[m.group(2).lower()]) if m.re is _TIED_RE else 1.0
            conds.append(_Cond(ranked_by, "tied", shared_at, at=m.start(), repeated=repeated))
            accounted |= concepts_of(m.group().replace("-", " ")) | _column_words(table, ranked_by) | _PLACE_VERBS
            accounted |= ordinals_in(m.group(2)) if m.re is _TIED_RE else frozenset()
    # "on January 4" in a month's games whose day column is called "january": the day, there.
    for m in _MONTH_DAY_RE.finditer(claim.text):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        days = _month_column(source, month)
        if days is not None and not any(c.column == days for c in conds):
            conds.append(_Cond(days, "=", float(day), at=m.start()))
            accounted |= _column_words(table, days) | {day} | ordinals_in(month) | concepts_of(month)
    # "won the Open in 1993", "champion in 1986 and 1993": years a cell lists ("1986 , 1993"), in
    # the one column whose every cell is such a list.
    # The column's own word must be said ("won"), and a year the title gives ("1995 Open") is its.
    listed = [t for t in texts if _lists_years(source, t)]
    said_of = _column_words(table, listed[0]) - _YEAR_WORDS if len(listed) == 1 else frozenset()
    if said_of & wanted and not any(c.column == listed[0] for c in conds):
        for y in sorted(y for y in claim.years if str(y) not in numbers_in(source.info.title)):
            conds.append(_Cond(listed[0], "~", str(y), at=_word_at(claim.text, str(y)), coded=True))
            accounted |= _column_words(table, listed[0])
    # "a record of 8-3-1": a record no row holds, in the one column of records, where it differs.
    for m in _RECORD_SAID_RE.finditer(claim.text):
        parts = [n for n in m.groups() if n]
        written = [
            t
            for t in texts
            if cell_values(source, t)
            and all(
                (f := _RECORD_RE.match(v)) and len([n for n in f.groups() if n]) == len(parts)
                for v in cell_values(source, t)
            )
        ]
        if len(written) == 1 and not any(c.column == written[0] for c in conds):
            conds.append(_Cond(written[0], "=", " - ".join(parts), at=m.start()))
            accounted |= numbers_in(m.group()) | _column_words(table, written[0])
    # "ended in a 3-3 tie" in a table of games: the rows of that score, where no value is named by it.
    said_scores = _PAIR_RE.findall(claim.text)
    scored = [t for t in texts if _score_cells(source, t)] if len(said_scores) == 1 else []
    if len(scored) == 1 and not any(c.column == scored[0] for c in conds):
        conds.append(_Cond(scored[0], "pair", "-".join(said_scores[0])))
        accounted |= set(said_scores[0]) | _column_words(table, scored[0])
    # "on January 1" in a table of dated rows ("january 8"): the day, a condition even where no
    # row has it (the row the other values name then shows the day it was).
    for d in claim.dates:
        dated_by = [t for t in texts if _day_cells(source, t)]
        if d.month is None or d.day is None or len(dated_by) != 1 or any(c.column == dated_by[0] for c in conds):
            continue
        month = max((name for name, number in _MONTHS.items() if number == d.month), key=len)  # "september", not "sept"
        day_said = f"{month} {d.day}" + (f", {d.year}" if d.year else "")
        conds.append(_Cond(dated_by[0], "day", day_said, at=d.start))
        accounted |= _column_words(table, dated_by[0]) | numbers_in(d.text) | ordinals_in(d.text) | concepts_of(d.text)
    # "passed", "failed" of a column "passed" holding yes and no: that column, yes or no; "approved",
    # "rejected" (tables.toml [ballot]) of any column holding yes and no ("vote_outcome").
    # The outcome said ("rejected": the no side), of a column of the outcome.
    ballot = frozenset().union(*(BALLOT_SIDES[k] for k in ("yes", "no") if _OUTCOME_SAID[k].search(claim.text)))
    for column in texts:
        if not cell_values(source, column) or not all(_yes_or_no(v) for v in cell_values(source, column)):
            continue
        words = _column_words(table, column)
        opposite = concepts_of(" ".join(w for n, ws in _VOCAB["opposites"].items() if n in words for w in ws))
        # Said yes by the column's name where it has an opposite ("passed"); a name that says no
        # side ("vote outcome") is said by neither.
        named_yes = words & concepts_of(" ".join(_VOCAB["opposites"]))
        said_yes, said_no = bool(named_yes & wanted), bool(opposite & wanted)
        outcome = words & concepts_of(" ".join(_BALLOT["outcome_columns"]))
        by_ballot = not (said_yes or said_no) and len(ballot) == 1 and bool(outcome)
        if by_ballot:
            said_yes, said_no = ballot == BALLOT_SIDES["yes"], ballot == BALLOT_SIDES["no"]
        if said_yes != said_no and not any(c.column == column for c in conds):
            side = "yes" if said_yes else "no"
            conds.append(_Cond(column, "side", side))
            accounted |= (words if said_yes else opposite) | words
            # The outcome's words, and the side they say of the votes ("passed": the yes side).
            accounted |= concepts_of(" ".join(_BALLOT["passed" if said_yes else "failed"])) | BALLOT_SIDES[side]
            break  # one column of the outcome
    # "after their last game of the month", "at the end of December": the table's last row, where
    # the table is of that period (its title names the month), by the column that numbers its rows.
    for m in _PERIOD_END_RE.finditer(claim.text):
        last = _last_row(source, m.group(1))
        if last is not None and not any(c.column == last[0] for c in conds):
            conds.append(_Cond(last[0], "=", last[1], at=m.start()))
            accounted |= concepts_of(m.group()) | _column_words(table, last[0]) | _title_events(source)
    # "four shows were in California": a word that only values of one column hold, several of
    # them, is the rows whose value holds it.
    header = _header_words(source)
    compared = any(says_more(claim.text))
    for word in sorted(wanted - frozenset(accounted) - header - accounted_always() - relation_words("place")):
        if any(ch.isdigit() for ch in word):
            continue  # a number names no word a cell holds ("14" of a score is the score's)
        # The value's own words, not those for its letters ("l" is no "lost" to contain).
        holding = [t for t in texts if any(word in held_words(source, t, v) for v in cell_values(source, t))]
        if word in TABLE_VERBS and all(_phrase_holding(source, t, word) for t in holding):
            continue  # "ran unopposed": a verb, no word of "retired to run for us senate democratic hold"
        # One such word a column, but two where the claim compares them ("Swiss riders won more
        # stages than French riders"); two words of one column would otherwise be one row's both.
        taken = [c for c in conds if holding and c.column == holding[0]]
        if len(holding) == 1 and (not taken or (compared and len(taken) == 1 and taken[0].op == "~")):
            conds.append(_Cond(holding[0], "~", word, at=_word_at(claim.text, word), coded=coded(source, holding[0])))
            # "Belgian riders won six stages": the column the word is found in (winner) is said too.
            accounted |= {word} | _column_words(table, holding[0])
    # "Kenyan runners", "riders from Belgium", "the Icelandic entry": those taking part, of a row named.
    if any(isinstance(c.value, str) for c in conds):
        accounted |= _PARTICIPANTS
    # "the race" in a table of a marathon's winners: the event the title names.
    accounted |= _title_events(source)
    par_conds, par_words, par_figures = _par(claim, source)
    conds += par_conds
    accounted |= par_words
    # "in the top ten": the rows ranked ten or better (the table's rank column), or all of a table
    # of ten rows.
    top_spans = []
    for m in _TOP_N_RE.finditer(claim.text):
        top_n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_NUMBERS.get(m.group(1).lower())
        ranked = _rank_column(source)
        by_result = _top_by_result(source, top_n) if top_n is not None and ranked is None else None
        if top_n is None or (ranked is None and top_n != len(_rows(source)) and by_result is None):
            continue
        if ranked is not None:
            conds.append(_Cond(ranked, "<=", float(top_n), at=m.start()))
            accounted |= _column_words(table, ranked)
        elif by_result is not None:
            # "in the top four" of a race with no place column: the four best results.
            conds.append(by_result)
            accounted |= _column_words(table, by_result.column)
        accounted |= concepts_of(m.group()) | {m.group(1).lower()}
        top_spans.append(m.span(1))
    keys, figures = [], []
    for q in claim.quantities:
        if q in par_figures:
            continue  # "two under par": the score to par's
        if any(a <= q.start < b for a, b in top_spans):
            continue  # "the top ten": the rows, no figure
        if q.value in claim.years and any(int(q.value) in column_years(c) for c in table.columns):
            continue  # "at the 2006 census": the year a column's name gives, no figure
        if _parts_counted(source, claim, q):
            accounted |= concepts_of(claim.text[q.start : q.end + 8].replace("-", " "))
            continue  # "a two-round total", "after two rounds": how many parts, no figure
        if any(q.text.strip().lower() == v for _, v in chosen):
            continue  # "1:14:19.838", a text cell the claim names whole: a value, no figure
        if (
            value_figure(source, claim, q, [v for _, v in chosen])
            or column_figure(source, claim, q)
            or title_figure(source, claim, q)
        ):
            accounted |= numbers_in(q.text) | concepts_of(q.text)
            continue  # the 1 of "HWA 1", the 100 of "Hot 100", "number one": part of a name
        key = key_column(source, claim, q)
        if key is not None:
            conds.append(_Cond(key, "=", q.value))  # "week 4": the row numbered 4
            accounted |= _column_words(table, key)
            keys.append(q)
        else:
            figures.append(q)
        accounted |= concepts_of(q.text.replace("-", " "))  # "Twenty-one": both its words
    # "did not start": a row whose result is "dns" (tables.toml no_result_said), in the one column
    # that holds such cells.
    for code, phrases in _NO_RESULT_SAID.items():
        said_as = re.search(rf"\b(?:{alternation(phrases)})\b", claim.text, re.IGNORECASE)
        holding = [c for c in table.columns if code in cell_values(source, c)] if said_as else []
        if said_as and len(holding) == 1 and not any(c.column == holding[0] for c in conds):
            conds.append(_Cond(holding[0], "~", code))
            accounted |= concepts_of(said_as.group()) | _column_words(table, holding[0])
    # "a single point", "a single win": one, which the readers leave to the words (tables.toml
    # words.single).
    for m in _SINGLE_RE.finditer(claim.text):
        if not any(q.start <= m.start() < q.end for q in claim.quantities):
            figures.append(Quantity(1.0, None, "count", None, 0.0, m.group(), m.start(), m.end()))
            accounted |= concepts_of(m.group())
    # "more than half of the vote": a share above 50% (tables.toml half_bounds).
    for m in _HALF_RE.finditer(claim.text):
        hedge = _WORDS["half_bounds"][" ".join(m.group().lower().split())]
        figures.append(Quantity(50.0, "percent", "percent", hedge, 0.0, m.group(), m.start(), m.end()))
        accounted |= concepts_of(m.group())
    # "won the seat twice": a count of times in one word (tables.toml times_said).
    for m in _TIMES_SAID_RE.finditer(claim.text):
        if not any(q.start <= m.start() < q.end for q in claim.quantities):
            n = float(_VOCAB["times_said"][m.group().lower()])
            figures.append(Quantity(n, None, "count", None, 0.0, m.group(), m.start(), m.end()))
            accounted |= concepts_of(m.group())
    # "stage 4", "round 9": a label the readers keep whole (no figure of its own) naming the row of
    # that number in the column its word names.
    for m in _LABEL_RE.finditer(claim.text):
        if any(q.start <= m.start(2) < q.end for q in claim.quantities):
            continue
        label = Quantity(float(m.group(2)), None, "count", None, 0.0, m.group(2), m.start(2), m.end(2))
        key = key_column(source, claim, label)
        if key is not None and not any(c.column == key for c in conds):
            conds.append(_Cond(key, "=", label.value))
            accounted |= _column_words(table, key) | concepts_of(m.group()) | {m.group(2)}
    # "Carolina won six games", "beat Toronto on January 15": a game's outcome for the table's own
    # side, read from a bare score between the two sides' columns.
    sides = _sides(source)
    said_outcome = "win" if wanted & _WIN else "loss" if wanted & _LOSS else "tie" if wanted & _TIE else ""
    shut_out = _SHUTOUT_RE.search(claim.text)
    if shut_out is not None and not said_outcome:
        said_outcome = "shutout"  # "shut out the Penguins 5-0": a win, the other side scoreless
    if sides is not None and said_outcome in ("win", "loss") and not any(c.coded for c in conds):
        if _opponent_first(conds, claim, source):
            said_outcome = {"win": "loss", "loss": "win"}[said_outcome]
        conds.append(_Cond(sides[0], said_outcome, sides[3], sides=sides[1:3]))
        accounted |= wanted & (_WIN | _LOSS) | concepts_of(sides[3])
    elif said_outcome and (own_first := _own_first(source)) is not None and not any(c.coded for c in conds):
        # "The Flyers beat Boston", "tied Buffalo 4-4": the team's outcome, its score first.
        if said_outcome in ("win", "loss") and _opponent_first(conds, claim, source):
            said_outcome = {"win": "loss", "loss": "win"}[said_outcome]
        if said_outcome != "shutout" or not _opponent_first(conds, claim, source):
            conds.append(_Cond(own_first, said_outcome, "the table's side", sides=(OWN_FIRST,)))
            accounted |= wanted & (_WIN | _LOSS | _TIE) | (concepts_of(shut_out.group()) if shut_out else frozenset())
    elif (
        said_outcome in ("win", "loss", "tie")
        and not any(c.coded for c in conds)
        and (by_record := _by_record(source)) is not None
    ):
        # "The Rangers lost 8-1 to Boston": the outcome the record shows, whatever order the score
        # is written in (the winner's first).
        record, outcomes = by_record
        said_records = frozenset(r for r, o in outcomes.items() if o == said_outcome)
        # A row "decided" is known to be no tie, but not whether won or lost.
        known = frozenset(r for r, o in outcomes.items() if o != "decided" or said_outcome == "tie")
        conds.append(
            _Cond(record, said_outcome, "the table's side", sides=(BY_RECORD,), repeated=said_records, known=known)
        )
        accounted |= wanted & (_WIN | _LOSS | _TIE)
    # "struck in 1920" in a table of dates ("8 february 1920"): the rows of that year, where the
    # table has no column of years and one of dates.
    dated = [t for t in texts if _date_column(source, t)] if not years else []
    free_years = sorted(y for y in claim.years if not any(str(y) in str(c.value) for c in conds))
    if len(dated) == 1 and len(free_years) == 1 and not any(c.column == dated[0] for c in conds):
        conds.append(_Cond(dated[0], "=", float(free_years[0]), True))
        accounted |= _column_words(table, dated[0])
    unmatched = []
    if len(years) == 1 and not any(c.column == years[0] for c in conds):
        held = {cell_year(v) for v in cell_values(source, years[0])}
        # A year inside a date a row holds ("aired on December 3, 2008": "december 3 , 2008") is the date's.
        dates = [v for _, v in chosen]
        # A year a column's name gives (a wide table's "2006") is that column's, no row's, unless
        # the claim says the column of years ("founded in 1956").
        headed = frozenset().union(*(column_years(c) for c in table.columns))
        headed = frozenset() if _column_words(table, years[0]) & wanted else headed
        unmatched = [
            _Cond(years[0], "=", float(y), True)
            for y in sorted(claim.years)
            if y not in held and y not in headed and not any(str(y) in numbers_in(v) for v in dates)
        ]
    accounted |= _placed_years(source, claim, conds, bool(years))
    return _Read(
        source, tuple(conds), tuple(figures), tuple(keys), frozenset(accounted), wanted, spelled, tuple(unmatched)
    )


def _placed_years(source: Source, claim: Reading, conds: Sequence[_Cond], year_column: bool) -> frozenset[str]:
    """The words of the claim's years and decades that the table can place: all of them in a table
    with a column of years (where a year no row has is what differs), else those a column's name
    ("2006"), the title ("1995 Open") or a condition ("year_s_won holds 1993") gives. A year the
    table cannot place ("champion in 1986" with no column of when) is left unread."""
    decades = [m.group() for m in _DECADE_RE.finditer(claim.text)]
    if year_column:
        said = " ".join([*map(str, claim.years), *decades])
        return concepts_of(said) | numbers_in(said)
    table = source.table
    assert table is not None
    headed = frozenset().union(*(column_years(c) for c in table.columns))
    titled = numbers_in(source.info.title)
    held = {str(c.value) for c in conds} | {str(int(c.value)) for c in conds if c.year and not isinstance(c.value, str)}
    placed = [
        y
        for y in claim.years
        if y in headed or str(y) in titled or str(y) in held or any(str(y) in numbers_in(v) for v in held)
    ]
    return concepts_of(" ".join(map(str, placed))) | frozenset(map(str, placed))


_RATE = concepts_of("rate percent")
_PER = concepts_of("per")
_SEASON_SPAN_RE = re.compile(r"\b(?:1[89]|20)(\d\d)\s?[-\u2013/]\s?(\d\d)\b")
_PERCENT = concepts_of("percent")
_SHARE_WORDS = concepts_of("share proportion")
_FIRST_VERB_RE = re.compile(rf"\b({alternation(_WORDS['first'])})\s+([a-z]+ed)\b", re.IGNORECASE)
_HALF_RE = _phrases(list(_WORDS["half_bounds"]))
_SINGLE_RE = re.compile(rf"\b(?:{alternation(_WORDS['single'])})\b", re.IGNORECASE)
# Not "Once elected, ..." (a sentence's first word), nor "once again", "twice as many".
_TIMES_SAID_RE = re.compile(
    rf"(?<=\w\s)(?:{alternation(_VOCAB['times_said'])})\b(?!\s+(?:as|again|more)\b)", re.IGNORECASE
)
_LABEL_RE = re.compile(r"\b([A-Za-z]+)\s+(\d{1,3})\b(?![.,:]\d)")


_PAR = _VOCAB["par"]
_PAR_RE = re.compile(
    rf"\b(?:(?P<n>\d+|{alternation(load('numbers')['small'])}|a)[\s-]+(?:shots?\s+|strokes?\s+)?)?"
    rf"(?P<side>under|over|{alternation(_PAR['level'])})[\s-]+par\b",
    re.IGNORECASE,
)


def _par(claim: Reading, source: Source) -> tuple[list[_Cond], frozenset[str], list[Quantity]]:
    """'two under par', 'level par', 'under par': conditions on the table's one column of scores
    to par (its name says par); the words and figures they take."""
    table = source.table
    assert table is not None
    found = [c for c in table.columns if "par" in _column_words(table, c)]
    if len(found) != 1:
        return [], frozenset(), []
    conds: list[_Cond] = []
    words: set[str] = set()
    taken: list[Quantity] = []
    for m in _PAR_RE.finditer(claim.text):
        side = m.group("side").lower()
        raw = (m.group("n") or "").lower()
        amount = 1 if raw == "a" else int(raw) if raw.isdigit() else load("numbers")["small"].get(raw) if raw else None
        if side in _PAR["level"]:
            conds.append(_Cond(found[0], "=", 0.0, par=True))
        elif amount is None:
            conds.append(_Cond(found[0], "<" if side == "under" else ">", 0.0, par=True))  # "under par"
        else:
            conds.append(_Cond(found[0], "=", float(_PAR[side] * amount), par=True))
        words |= concepts_of(m.group()) | concepts_of(m.group().replace("-", " ")) | _column_words(table, found[0])
        taken += [q for q in claim.quantities if q.start >= m.start() and q.end <= m.end()]
    return conds, frozenset(words), taken


def _measures(
    source: Source, words: frozenset[str], claim: Reading, exclude: Sequence[str] = (), figure: Quantity | None = None
) -> list[str]:
    """The numeric columns the words name best, several when they fit alike. Most words shared
    wins; a word of the column's that the claim does not say counts against it ("league cup goals"
    for "league goals"); a rate or a percentage is not what a claim means unless it says so or
    says "grew"; among columns that fit alike, a total is what a claim naming none of them means;
    a claim's year names the one column of that year in a table with a column a year."""
    table = source.table
    assert table is not None
    _, numbers, _ = columns(source)
    # A figure said with it ("the largest population, 84.6 million") is no share: only the columns
    # that can hold it.
    candidates = [c for c in numbers if c not in exclude and (figure is None or _fits_column(source, c, figure))]
    # A rank is no measure ("more people" is no higher "population rank"), unless the claim says rank.
    candidates = [
        c
        for c in candidates
        if not _rank_named(c) or words & _RANK_NOUNS or _column_words(table, c) & BALLOT_SIDES["no"]
    ]
    # No year said in a table with a column a year: each year's column, settled only if they agree.
    allowed = _for_years(candidates, frozenset(claim.years)) if claim.years else candidates
    if not allowed:
        return []
    changing = any(direction(claim.text)) or any(q.dimension == "percent" for q in claim.quantities)
    if any(direction(claim.text)):
        words = words | concepts_of(" ".join(_WORDS["change_columns"]))
    scored: list[tuple[float, str]] = []
    for c in allowed:
        column_words = _column_words(table, c) - concepts_of(" ".join(str(y) for y in column_years(c)))
        # A measure named with a demonym ("danish people's party"): the country, as a claim's is read.
        column_words |= text_words(table.description(c)) - column_words
        if column_words & (BALLOT_SIDES["yes"] | BALLOT_SIDES["no"]):
            column_words -= _SIDE_TOKENS  # the side is its ballot word, "yes" and "no" alike
        hits = len(column_words & words)
        if not hits or (column_words & _PER and not column_words & _PERCENT and hits < 2):
            continue  # "population" names no density ("pop / km square"), which says more
        rate = bool(column_words & _RATE) and not words & _RATE and not changing
        scored.append((hits - 0.1 * len(column_words - words) - (0.5 if rate else 0.0), c))
    if not scored:
        measured = _title_measure(source)
        if measured is not None and measured[0] & words and measured[1] in allowed:
            return [measured[1]]  # "the largest population" in a list "by population": its one measure
        dated = [c for c in allowed if column_years(c)]
        return dated[:1] if len(dated) == 1 and claim.years else []
    if not claim.years and any(not column_years(c) for _, c in scored):
        # "won more than ten seats" beside "2003_seats": a year's column only where the year is said.
        scored = [(score, c) for score, c in scored if not column_years(c)]
    hit = [c for _, c in scored]
    if len(hit) > 1 and not any(_column_words(table, c) <= words for c in hit):
        # "goals" against league, FA Cup and League Cup goals: their total, where there is one.
        totals = [c for c in allowed if c.lower() in _TOTAL_NAMES]
        if len(totals) == 1:
            return totals
    top = max(score for score, _ in scored)
    best = sorted(c for score, c in scored if score == top)
    return _modifier(table, best, claim.text) or best


_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _modifier(table: Table, best: list[str], text: str) -> list[str]:
    """Of two columns named alike, the one whose name the claim says before the other's, as a word
    that describes it ("reaction time": the column "reaction", not "time"); none where not so said."""
    if len(best) != 2:
        return []
    tokens = [concepts_of(m.group()) for m in _TOKEN_RE.finditer(text)]
    words = [_column_words(table, c) for c in best]
    for first, second in itertools.pairwise(tokens):
        for i in (0, 1):
            if first and second and first <= words[i] - words[1 - i] and second <= words[1 - i] - words[i]:
                return [best[i]]
    return []


_BY_RE = re.compile(r"\bby\s+([A-Za-z][A-Za-z ]*?)\s*(?::|,|\(|$)")


@lru_cache(maxsize=256)
def _title_measure(source: Source) -> tuple[frozenset[str], str] | None:
    """What a table's title says it is ordered by ("List of Arab countries by population: July 1,
    2013 projection") and the column that gives it: the one column of numbers whose header the
    title repeats ("july 1 , 2013 projection"), else the table's one column of numbers that is no
    rank nor share; None when the title says no "by" or no one column fits."""
    table = source.table
    assert table is not None
    m = _BY_RE.search(source.info.title)
    if m is None:
        return None
    rank_column = _rank_column(source)
    numbers = [c for c in columns(source)[1] if c != rank_column and not _share_column(source, c)]
    said = title_words(source)
    echoed = [c for c in numbers if (words := _column_words(table, c)) and words <= said]
    fitting = echoed if echoed else numbers
    return (concepts_of(m.group(1)), fitting[0]) if len(fitting) == 1 else None


def _measure_words(source: Source, column: str) -> frozenset[str]:
    """The words that name a column's measure: its own, and for a total, those of the columns it adds up."""
    table = source.table
    assert table is not None
    if column.lower() not in _TOTAL_NAMES:
        return _column_words(table, column)
    _, numbers, _ = columns(source)
    return frozenset().union(*(_column_words(table, c) for c in numbers))


def _measure(
    source: Source, words: frozenset[str], claim: Reading, exclude: Sequence[str] = (), figure: Quantity | None = None
) -> str | None:
    """The one numeric column the words name best (of those that can hold the figure, if one is
    given); None when none does, or several alike."""
    found = _measures(source, words, claim, exclude, figure)
    return found[0] if len(found) == 1 else None


def _settle(outcomes: list[Outcome | None]) -> Outcome | None:
    """One answer from the columns a claim may mean alike ("the smallest population" in a table of
    two censuses): theirs when every one gives it, else none."""
    if not outcomes or any(o is None for o in outcomes):
        return None
    verdicts = {o.verdict for o in outcomes if o is not None}
    return outcomes[0] if len(verdicts) == 1 else None


def _rank_column(source: Source) -> str | None:
    """The column that gives each row's place in the table's order ("rank", "pos")."""
    table = source.table
    assert table is not None
    _, numbers, _ = columns(source)
    named = [c for c in numbers if set(c.lower().split("_")) <= set(_WORDS["rank_columns"])]
    return named[0] if len(named) == 1 else None


def _rank_of(source: Source, words: frozenset[str]) -> str | None:
    """A column that ranks the rows by a measure ("population_rank", "world_rank"), the one the
    claim's words name (else the table's title): the table's own order, which holds even where
    the table lists only some of the rows ranked."""
    table = source.table
    assert table is not None
    _, numbers, _ = columns(source)
    rank_words = set(_WORDS["rank_columns"])
    named = {
        c: concepts_of(" ".join(w for w in c.lower().split("_") if w not in rank_words))
        for c in numbers
        if set(c.lower().split("_")) & rank_words
    }
    for where in (words, words | title_words(source)):
        found = [c for c, rest in named.items() if rest and rest <= where]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _outcome(
    source: Source, verdict: Verdict, program: Program, said: str, passages: Sequence[Passage], cell: str = ""
) -> Outcome:
    label = capitalised(source_label(source))
    shown = ", ".join(program.rows[:8]) + (f" and {len(program.rows) - 8} more" if len(program.rows) > 8 else "")
    rows = f" ({shown})" if shown else ""
    text = f"{label}: {program.words()} gives {program.found}{rows}; the article says {said}."
    return Outcome(
        verdict,
        confidence(verdict, 1.0),
        text,
        (),
        # The cells looked at, where they are of one row ("row 2, column households_affected").
        tuple(evidence(p, 1.0, f"{p.location}, {cell}" if cell else None) for p in passages[:8]),
        program=program,
    )


def _select(conds: Sequence[_Cond], source: Source) -> list[tuple[Passage, dict[str, str]]]:
    """The rows (totals aside) that meet every condition; those of a named value found by its index."""
    return list(_selected(tuple(conds), source))


# The operations tried on one claim select the same rows again and again ("Ohio in 2020"): kept
# for the few latest conditions, a large table's scans are made once.
@lru_cache(maxsize=32)
def _selected(conds: tuple[_Cond, ...], source: Source) -> tuple[tuple[Passage, dict[str, str]], ...]:
    named = [c for c in conds if isinstance(c.value, str) and c.op == "="]
    if not named:
        return tuple((p, cells) for p, cells in _rows(source) if all(c.holds(cells) for c in conds))
    found = frame(source)
    rows = set.intersection(*(found.rows_with(c.column, [str(c.value)]) for c in named))
    picked = [(found.passages[i], found.cells[i]) for i in sorted(rows)]
    aggregates = set(source.table.aggregates) if source.table else set()
    return tuple(
        (p, cells) for p, cells in picked if not aggregates & set(cells.values()) and all(c.holds(cells) for c in conds)
    )


def _one_row(conds: Sequence[_Cond], source: Source) -> tuple[Passage, dict[str, str]] | None:
    """The one row the conditions name, or None: "deaths in 2022" names no one row of a table with
    a row for all road users and one for cyclists in 2022 (a total row counts here: it is a row the
    claim may mean)."""
    rows = _select(conds, source)
    if len(rows) != 1:
        return None
    found = frame(source)
    named = [c for c in conds if isinstance(c.value, str) and c.op == "="]
    if named:
        candidates = sorted(set.intersection(*(found.rows_with(c.column, [str(c.value)]) for c in named)))
    else:
        candidates = list(range(len(found.cells)))
    if sum(1 for i in candidates if all(c.holds(found.cells[i]) for c in conds)) != 1:
        return None
    return rows[0]


_OF_THE_RE = re.compile(
    rf"^\s+of\s+(?:the|these|those|its|their|his|her)\s+(?:(?:[\d,]+|{alternation(load('numbers')['small'])})\s+)?"
    r"([A-Za-z][\w'-]*)",
    re.IGNORECASE,
)


def _noun(claim: Reading, q: Quantity) -> str | None:
    """What a figure counts: its head noun ("nine races"), or the noun of "three of the races"."""
    if q.text.lower() in _VOCAB["times_said"]:
        return next(iter(concepts_of("times")))  # "twice": two times
    head = head_of(claim.text, q)
    if head is None:
        m = _OF_THE_RE.match(claim.text[q.end : q.end + 40])
        head = next(iter(concepts_of(m.group(1))), None) if m else None
    return head


def _bounds(
    r: _Read, claim: Reading, skip: Sequence[Quantity]
) -> tuple[list[_Cond], list[Quantity], frozenset[str]] | None:
    """The claim's figures on a column ("more than ten seats", "15 goals or more", "ten
    hurricanes") as conditions on the rows, each on the column its noun names; None when a figure
    names no one column."""
    table = r.source.table
    assert table is not None
    conds: list[_Cond] = []
    used: list[Quantity] = []
    words: set[str] = set()
    values = r.value_words
    for q in r.figures:
        if q in skip:
            continue
        hedge = q.hedge or _hedge_after(claim, q)
        if hedge is not None and hedge not in _HEDGE_OP:
            return None  # "about 40 goals": no condition a row meets or not
        head = _noun(claim, q)
        # "a GDP per capita above $35,000": no noun after the figure; the claim's other words name it.
        # "shot 70": with no noun, the claim's other words and the measures its verbs name (score).
        others = r.wanted - relation_concepts() - values
        named_by = frozenset({head}) if head else others | nouns_of_verbs(others)
        if q.unit is not None and q.dimension != "percent" and not q.dimension.startswith("currency"):
            named_by |= unit_words(q.unit)  # "more than 2 million tonnes": the column of tonnes
        taken = [c.column for c in r.conds]
        column = _measure(r.source, named_by, claim, taken, q)
        if column is None and head:
            # "one gold medal": the words before the noun name the column.
            after = _PHRASE_AFTER_RE.match(claim.text[q.end : q.end + 40])
            if after:
                column = _measure(r.source, concepts_of(after.group(1)) | {head}, claim, taken, q)
        if column is None and head and len(r.figures) - len(skip) == 1:
            # "won more than ten seats" against seats contested, won and forfeited: the verb's word
            # too, where this is the claim's one figure on a column.
            column = _measure(r.source, others | {head}, claim, taken, q)
        if column is None:
            return None
        if unit_unstated(table, column, q) or not _fits_column(r.source, column, q):
            return None  # "more than $250 billion" against a column naming no unit: no bound to check
        conds.append(_Cond(column, _HEDGE_OP[hedge] if hedge else "=", q.value / column_scale(table, column)))
        used.append(q)
        words |= _measure_words(r.source, column) | ({head} if head else set())
    return conds, used, frozenset(words)


@lru_cache(maxsize=256)
def _title_events(source: Source) -> frozenset[str]:
    """The kinds of event a table's title names ("Boston Marathon": a race; tables.toml [events])."""
    title = source.info.title.lower()
    return frozenset(e for e, kinds in _EVENTS if any(re.search(rf"\b{re.escape(k)}", title) for k in kinds))


def _event_rows(source: Source) -> frozenset[str]:
    """The events a table's rows are, where its title lists them ("Patriots season: results": games)."""
    title = source.info.title.lower()
    return _title_events(source) if any(re.search(rf"\b{re.escape(w)}\b", title) for w in _EVENT_LISTS) else frozenset()


_SEASON_RE = re.compile(r"^(?:1[89]|20)\d\d\s*[-\u2013/]\s*\d{2,4}$")
_SEASON = concepts_of("season seasons")


@lru_cache(maxsize=256)
def _seasons(source: Source) -> bool:
    """Whether the table's time column gives seasons ("1979 - 80"): its rows are seasons."""
    years, _, texts = columns(source)
    found = [
        c for c in (*years, *texts) if (values := cell_values(source, c)) and all(_SEASON_RE.match(v) for v in values)
    ]
    return len(found) == 1


def _row_noun(r: _Read, claim: Reading, q: Quantity) -> str | None:
    """The noun of a count that names the table's rows ("nine races", "three times", "four
    drivers"), not a column's values ("nine goals"); None when it names no rows."""
    table = r.source.table
    assert table is not None
    if q.dimension != "count" or q.hedge:
        return None
    # "Three Jamaicans ran": the people of a place whose rows the claim names.
    after = _WORD_AFTER_RE.match(claim.text, q.end)
    place = demonym_place(after.group(1)) if after else frozenset()
    if place and place <= r.value_words:
        return next(iter(place))
    head = _noun(claim, q)
    if head is None:
        return None
    _, numbers, texts = columns(r.source)
    if head in concepts_of(" ".join(_WORDS["times"])):
        return head
    # "one party won": a singular noun right after "one", which the rule of the first plural misses.
    first = _PHRASE_AFTER_RE.match(claim.text[q.end : q.end + 40])
    single = next(iter(concepts_of(first.group(1).split()[0])), None) if first and q.value == 1 else None
    if single is not None and (
        single in title_words(r.source) or any(single in _column_words(table, t) for t in texts)
    ):
        return single
    # "nine goals" counts a column's values; "two picks", where each row has a pick of its own,
    # counts rows.
    if any(head in _column_words(table, c) and not _is_unique(r.source, c) for c in numbers):
        return None
    if any(head in _column_words(table, c) for c in numbers):
        # A count of rows is no more than the rows ("3,900 containers" is a value, not 3,900 rows).
        return head if q.value <= len(_rows(r.source)) and not _hedge_after(claim, q) else None
    if head in title_words(r.source) or any(head in _column_words(table, t) for t in texts):
        return head
    if head in r.value_words:
        return head  # "three villages": the rows of the value named (type village)
    if head in _PARTICIPANTS:
        return head  # "three acts reached the final": those taking part, the rows
    if head in _event_rows(r.source):
        return head  # "won nine games" in a season's results
    if head in _SEASON and _seasons(r.source):
        return head  # "for nine seasons" in a table with a row a season ("1979 - 80")
    return None


def _pool(claim: Reading, q: Quantity) -> bool:
    """Whether a figure is the size of the set a claim is over ("of the 19 airports", "19 of these 25")."""
    return bool(_POOL_BEFORE_RE.search(claim.text[max(0, q.start - 12) : q.start]))


_HEDGES_RE = re.compile(rf"\b(?:{alternation([*load('hedges')['hedges'], *_VOCAB['after_hedges']])})\b", re.IGNORECASE)


def _other_relation(claim: Reading, source: Source, text: str | None = None) -> bool:
    """Whether a claim (or `text`, part of it) says highest, more than, or rose: words only those
    operations check. A hedge is a bound ("at least 76", "more than ten"), and a word of a
    column's name ("top division titles") names the column."""
    text = _relation_text(replace(claim, text=text) if text is not None else claim, source)
    return any(superlative(text)) or any(says_more(text)) or any(direction(text))


def _title_scope(claim: Reading, source: Source, pools: Sequence[Quantity]) -> str:
    """The claim without the title's superlative said of the set a count is out of ("two of the
    15 busiest airports" in a list of the busiest airports: the table, no relation of its own)."""
    text = claim.text
    for q in pools:
        m = _WORD_AFTER_RE.match(text, q.end)
        if q.value != len(_rows(source)):
            continue  # "two of the ten busiest" in a list of 15: the top ten, a rank the count leaves unread
        if m and any(superlative(m.group(1))) and concepts_of(m.group(1)) <= title_words(source):
            text = text[: m.start(1)] + " " * len(m.group(1)) + text[m.end(1) :]
    return text


def _relation_text(claim: Reading, source: Source) -> str:
    """The claim without its hedges and the words of the table's column names: what is left to say
    highest, more or rose ("first season in top division" names a column, no first of the rows)."""
    table = source.table
    assert table is not None
    named = frozenset().union(*(_column_words(table, c) for c in table.columns))
    # "in the top ten" is a set of rows (read as a condition), no superlative.
    words = _TOP_N_RE.sub(" ", _HEDGES_RE.sub(" ", claim.text)).split()
    return " ".join(w for w in words if not (concepts_of(w) | concepts_of(w.replace("-", " "))) & named)


def _count(r: _Read, claim: Reading) -> Outcome | None:
    """'Michael Schumacher won nine races', 'Two Swindon Town players scored 15 goals or more',
    'All three Brabham drivers finished at least 76 laps', 'Maserati won eleven of the 17 races':
    rows that meet the claim's conditions, counted (and the rows of the set it is out of)."""
    nouns = {q: noun for q in r.figures if (noun := _row_noun(r, claim, q))}
    pools = [q for q in nouns if _pool(claim, q)]
    scoped = _title_scope(claim, r.source, pools)
    if _other_relation(claim, r.source, scoped) or rank(scoped) is not None:
        return None  # "all five of the busiest airports": a count would leave "busiest" unchecked
    counts = [q for q in nouns if q not in pools]
    if len(counts) > 1:
        # "Three nations won exactly one gold medal": the count is of the rows a column names
        # (nation); the other figure is a value the rows hold (one gold medal).
        table = r.source.table
        assert table is not None
        of_rows = [q for q in counts if any(nouns[q] in _column_words(table, t) for t in columns(r.source)[2])]
        if len(of_rows) == 1:
            nouns = {q: n for q, n in nouns.items() if q in of_rows or q in pools}
            counts = of_rows
    said = _SUM_RE.sub(" ", claim.text)  # "in all" is a total, not "all"
    # "completed all 19 laps": the "all" of a figure, not of the rows.
    said = _ALL_OF_FIGURE_RE.sub(" ", said)
    every, none = bool(_EVERY_RE.search(said)), bool(_NONE_RE.search(said))
    if len(counts) > 1 or len(pools) > 1 or (not counts and not (every or none)):
        return None
    if none and counts:
        return None  # "six nations won ... no other medal": a bound of none on a column, not "none of the rows"
    bounds = _bounds(r, claim, [*counts, *pools])
    if bounds is None:
        return None
    conds, _, words = bounds
    if not conds and counts and not (every or none):
        # "Six nations won gold medals": the rows with some of the column the words name.
        spoken = r.wanted - r.value_words - frozenset(nouns.values()) - words
        measured = _measure(r.source, spoken, claim, [c.column for c in r.conds])
        table = r.source.table
        assert table is not None
        if measured is not None and column_unit(table, measured)[1] == "count":
            conds, words = [_Cond(measured, ">", 0.0)], words | _measure_words(r.source, measured)
    if _SUM_RE.search(claim.text) and any(c.op == "=" for c in conds):
        return None  # "the eight settlements had 61,040 inhabitants between them": a total, no row's value
    # "Every incumbent was re-elected": the rows the quantifier's noun names, all of them.
    over_all = _quantified_rows(r, said) if (every or none) and not counts else None
    if _unsaid(r, words, frozenset(nouns.values()), frozenset({over_all} if over_all else ()), _TAKING_PART):
        return None
    if (every or none) and not conds:
        # "Klaus Ludwig won both races at the Sachsenring": no bound, named values only.
        return _every_named(r, claim, every, counts[0] if counts else None, bool(over_all))
    source = r.source
    named = _select(r.conds, source)
    met = _select([*r.conds, *conds], source)
    if any(_unknown(cells, conds) for _, cells in named):
        return None  # a row with no number where a bound looks ("unknown" deaths) may or may not meet it
    if counts and (
        # A count above the rows is of them only where its noun names a column of their names
        # ("21 songs" beside a column "song"; "1,129 medals" are no rows of nations).
        (counts[0].value > len(_rows(source)) and (conds or r.conds or not _names_rows(source, nouns[counts[0]])))
        or any(c.op == "=" and _is_unique(source, c.column) for c in r.conds)
    ):
        # "1,129 medals" in a table of 31 rows, "21 wins" for the one row of Canada: no count of rows.
        return None
    if every or none:
        # "All three Brabham drivers": the rows named, each meeting the bound; "none": not one.
        ok = (len(met) == len(named) if every else not met) and bool(named)
        if counts:
            ok = ok and len(named) == counts[0].value
        found = f"{len(met)} of {len(named)} rows"
        claimed = ("all " if every else "none of ") + (counts[0].text if counts else "the rows named")
        program = Program(
            source.info.id,
            "all" if every else "none",
            tuple(c.words() for c in r.conds),
            " and ".join(c.words() for c in conds),
            claimed,
            found,
            tuple(p.location for p, _ in named),
        )
        return _outcome(source, "supported" if ok else "disputed", program, claimed, [p for p, _ in met or named])
    q = counts[0]
    select = tuple(c.words() for c in [*r.conds, *conds])
    if pools:
        # "eleven of the 17 races ... in 1955": the 17 are the rows of the conditions said after
        # it; "four of the eight incumbents were Republicans": all the rows, the condition after
        # it being what is counted. Either reading that gives the set its size is the claim's.
        after = [c for c in [*r.conds, *conds] if _position(claim.text, c) > pools[0].end]
        before = [c for c in [*r.conds, *conds] if c not in after]
        readings = [_select(after, source), _select(before, source)]
        sized = [rows for rows in readings if len(rows) == pools[0].value]
        out_of = sized[0] if sized else readings[0]
        if not sized:
            program = Program(
                source.info.id,
                "count",
                tuple(c.words() for c in after),
                "",
                pools[0].text,
                str(len(out_of)),
                tuple(p.location for p, _ in out_of),
            )
            return _outcome(source, "disputed", program, f"{pools[0].text} in all", [p for p, _ in out_of])
    ok = len(met) == q.value
    found = f"{len(met)} of {pools[0].text}" if pools else str(len(met))
    claimed = f"{q.text} of {pools[0].text}" if pools else q.text
    program = Program(source.info.id, "count", select, "", claimed, found, tuple(p.location for p, _ in met))
    return _outcome(source, "supported" if ok else "disputed", program, claimed, [p for p, _ in met])


def _unknown(cells: dict[str, str], conds: Sequence[_Cond]) -> bool:
    """Whether a row has no number in a column a bound is on (blank, "unknown")."""
    return any(not isinstance(c.value, str) and cell_number(cells.get(c.column, "")) is None for c in conds)


_BOTH_RE = re.compile(r"\bboth\b", re.IGNORECASE)


_QUANTIFIED_RE = re.compile(
    rf"\b(?:{alternation([*_VOCAB['every'], *_VOCAB['none']])})\s+(?:of\s+)?(?:the\s+)?([A-Za-z][\w'-]*)",
    re.IGNORECASE,
)


def _quantified_rows(r: _Read, said: str) -> str | None:
    """The noun of "every incumbent", "no club", "all the drivers" where it names the table's rows
    (the title's or a text column's word, no value named): the quantifier is over all of them."""
    m = _QUANTIFIED_RE.search(said)
    noun = next(iter(concepts_of(m.group(1))), None) if m else None
    if noun is None or noun in r.value_words or not _row_noun_word(r, noun):
        return None
    return noun


def _every_named(
    r: _Read, claim: Reading, every: bool, count: Quantity | None, over_all: bool = False
) -> Outcome | None:
    """ "Klaus Ludwig won both races at the Sachsenring", "McEnroe won every final he played on
    clay": which named values are the set and which are said of all of it, the words do not say
    for sure; each split of the values into a set and what is said of it is run, and the claim is
    decided only when every split gives the same answer ("both": a set of two). "Every incumbent
    was re-elected" (`over_all`): one value, said of all the rows."""
    if any(not isinstance(c.value, str) for c in r.conds):
        return None
    if len(r.conds) == 1 and over_all and count is None:
        said, scope = r.conds[0], list(_rows(r.source))
        met = [row for row in scope if said.holds(row[1])]
        ok = len(met) == len(scope) if every else not met
        unknown = [row for row in scope if not row[1].get(said.column, "").strip()]
        if every and not ok and len(met) + len(unknown) == len(scope):
            return None  # the rows that do not hold it say nothing there
        found = f"{len(met)} of {len(scope)} rows with {said.words()}"
        claimed = "all" if every else "none"
        program = Program(
            r.source.info.id, claimed, (), said.column, claimed, found, tuple(p.location for p, _ in scope)
        )
        shown = [p for p, cells in scope if said.holds(cells) != every] or [p for p, _ in scope]
        return _outcome(r.source, "supported" if ok else "disputed", program, f"{claimed} {said.words()}", shown)
    if len(r.conds) < 2:
        return None
    size = 2 if _BOTH_RE.search(claim.text) else int(count.value) if count is not None else None
    answers: list[tuple[bool, list[tuple[Passage, dict[str, str]]], _Cond]] = []
    for said in r.conds:
        scope = _select([c for c in r.conds if c is not said], r.source)
        if len(scope) < 2:
            return None  # "every" is over a set of rows, not one
        met = [row for row in scope if said.holds(row[1])]
        ok = len(met) == len(scope) if every else not met
        if size is not None:
            ok = ok and len(scope) == size
        answers.append((ok, scope, said))
    if len({ok for ok, _, _ in answers}) != 1:
        return None
    ok, scope, said = answers[0]
    rest = [c for c in r.conds if c is not said]
    found = f"{sum(said.holds(cells) for _, cells in scope)} of {len(scope)} rows with {said.words()}"
    claimed = ("all" if every else "none") + (f" ({size})" if size is not None else "")
    program = Program(
        r.source.info.id,
        "all" if every else "none",
        tuple(c.words() for c in rest),
        said.column,
        claimed,
        found,
        tuple(p.location for p, _ in scope),
    )
    return _outcome(
        r.source, "supported" if ok else "disputed", program, f"{claimed} {said.words()}", [p for p, _ in scope]
    )


def _target(r: _Read) -> tuple[_Cond | None, list[_Cond]]:
    """Which named value a superlative is said of, and which only narrow the rows it is over. A
    year is when ("synthetic opioids caused the most deaths in 2019": the most among the drugs in
    2019, not 2019 the most among the years), unless only years are named ("the 1878 season had
    the most storms"); of the others, the one on the column with most distinct values (the state
    in "Ohio had the most deaths among women")."""
    source = r.source
    if not r.conds:
        return None, []
    whole = _select(r.conds, source)
    if len(whole) > 1 and len(r.conds) == 1 and r.conds[0].op == "=" and not r.figures:
        # "The largest crowd of the season was at Gillette Stadium": one value several rows hold,
        # and nothing else said: the value the top row holds (no narrowing: nothing would be left
        # to check).
        return r.conds[0], []
    if len(whole) != 1:
        return None, list(r.conds)
    fitting = [c for c in r.conds if len(_select([o for o in r.conds if o is not c], source)) > 1]
    years = set(columns(source)[0])
    fitting = [c for c in fitting if c.column not in years] or [c for c in fitting if c.op == "="]
    if not fitting:
        # "Idrottens Hus in Helsingborg": each value alone names the row; the row is the target,
        # named by the value of most distinct values, and the others say more of it (or narrow
        # the rows to it alone).
        fitting = [c for c in r.conds if c.op == "=" and c.column not in years and len(_select([c], source)) == 1]
    if not fitting:
        return None, list(r.conds)
    best = max(fitting, key=lambda c: (len(cell_values(source, c.column)), -r.conds.index(c)))
    return best, [c for c in r.conds if c is not best]


def _superlative_words(claim: Reading) -> frozenset[str]:
    """The measures a claim's superlatives name by themselves ("deadliest": deaths)."""
    found = [m for w in claim.text.lower().split() for m in _VOCAB["superlative_measures"].get(w.strip(",."), ())]
    return concepts_of(" ".join(found))


def _top_by_result(source: Source, n: int) -> _Cond | None:
    """The rows among the n best results of a race with no place column (its one column of the
    race's result, less first where less is better), as a bound on that column; None where the nth
    and the next result are equal (who is in the top n, the table does not say)."""
    table = source.table
    assert table is not None
    results = [c for c in columns(source)[1] if _column_words(table, c) & _RACE_RESULT]
    if len(results) != 1 or "race" not in _title_events(source):
        return None
    lower = _lower_better(source, results[0])
    values = sorted(
        (v for _, cells in _rows(source) if (v := cell_number(cells.get(results[0], ""))) is not None),
        reverse=not lower,
    )
    if not 0 < n < len(values) or values[n - 1] == values[n]:
        return None
    return _Cond(results[0], "<=" if lower else ">=", values[n - 1])


def _competing(source: Source) -> bool:
    """Whether a table's rows are those competing in the event its title names (a national final,
    a race), not that event's games (a season's results)."""
    return bool(_title_events(source)) and not _event_rows(source)


def _sole_measure(source: Source) -> list[str]:
    """The table's one column of a measure, where it has one: no rank, no numbering of the rows, no
    change and no share; [] otherwise."""
    table = source.table
    assert table is not None
    found = [
        c
        for c in columns(source)[1]
        if not _rank_named(c)
        and not _numbers_rows(source, c)
        and not _column_words(table, c) & _CHANGE_WORDS
        and not _share_column(source, c)
    ]
    return found if len(found) == 1 else []


def _extreme(r: _Read, claim: Reading) -> Outcome | None:
    """'Covasna had the smallest population of any county in 2011', 'Jari-Matti Latvala won the
    most stages, 67', 'Timis was the third most populous county': the row's place, among the rows
    the other conditions leave, by the column the claim's words name (each column it may mean,
    when they agree). A superlative the table's title makes ("busiest airports") is its rank."""
    tenure = _TENURE_RE.search(claim.text)
    if tenure is not None:
        return _tenure(r, claim, tenure)
    highest, lowest = superlative(_relation_text(claim, r.source))
    # "the fourth fastest": a place by speed, from the fastest; over a column of times, the lowest.
    sped = speed(claim.text) if not (highest or lowest) else None
    highest = highest or (bool(_superlative_words(claim)) and not lowest)  # "the deadliest": the most deaths
    ranked = rank(claim.text) or sped
    if ranked is None and highest == lowest:
        return None
    if base_years(claim.text) or all_time(claim.text):
        return None  # "the lowest since 1998", "on record": over the years, which the trend check reads
    place, high = ranked if ranked is not None else (1, bool(highest))
    if _OWN_RE.search(claim.text):
        series = _own_series(r, claim, high)
        # "its fewest" in a table of one party's results, a row a year: over the rows.
        if series is not None or not any(_is_unique(r.source, y) for y in columns(r.source)[0]):
            return series
    table = r.source.table
    assert table is not None

    named_words = r.value_words
    said_words = r.wanted - relation_concepts() - named_words
    named_by_superlative = _superlative_words(claim)
    words = said_words | named_by_superlative
    ranks = _rank_of(r.source, words)
    if ranks is not None and high and (by_rank_column := _ranked_by(r, claim, ranks, place)) is not None:
        return by_rank_column
    values = [q for q in r.figures if not (_pool(claim, q) and q.dimension == "count")]
    figure = values[0] if len(values) == 1 else None
    # The claim's own words first ("the largest province by area"), then the measures its
    # superlative names ("the deadliest": deaths; "the largest": capacity, population or area).
    by_words = _measures(r.source, said_words, claim, [c.column for c in r.conds], figure)
    # A number that only tells rows apart is nothing to be the most of ("of the heats": heat 1, 2, 3).
    by_words = [c for c in by_words if not _numbers_rows(r.source, c)] or by_words
    found = by_words or _measures(r.source, words, claim, [c.column for c in r.conds], figure)
    if not found and _TOTAL_SAID_RE.search(claim.text):
        # "the lowest total": the table's one column of totals (a word the readers keep for sums).
        found = [c for c in columns(r.source)[1] if c.lower() in _TOTAL_NAMES][:2]
        found = found if len(found) == 1 else []
    # "the fastest reaction time": the column the claim names ("reaction"), where it says which
    # way is faster, over the one the superlative names ("time").
    if named_by_superlative and not (len(by_words) == 1 and _speed_known(r.source, by_words[0])):
        # "grew the fastest": the column of change, over any other the claim's words touch.
        table_columns = columns(r.source)[1]
        own = [
            c
            for c in table_columns
            if _column_words(table, c) & named_by_superlative
            and c not in {x.column for x in r.conds}
            and not (figure is not None and figure.value > 100 and _share_column(r.source, c))  # "84.6 million"
        ]
        found = own if len(own) == 1 else found
    by_rank = False
    if not found:
        # "the sixth-busiest": its superlative part, which the title may make ("busiest airports").
        said = (
            concepts_of(" ".join(w.replace("-", " ") for w in claim.text.split() if any(superlative(w))))
            - _ORDINAL_CONCEPTS
        )
        column = _rank_column(r.source)
        if not said or not said <= title_words(r.source):
            return None
        if column is not None:
            found, by_rank = [column], True  # "the sixth-busiest airport" in a table of the busiest, ranked
        else:
            # Not ranked: the table's one measure ("the busiest airports: passengers, 2010").
            found = _sole_measure(r.source)
            if not found:
                return None
    if sped is not None and not all(_speed_known(r.source, c) for c in found):
        return None  # "the slowest reaction": whether more of it is faster, the column does not say
    return _settle(
        [
            _extreme_in(
                r,
                claim,
                column,
                place,
                high != (sped is not None and _lower_better(r.source, column)),
                by_rank,
                ("fastest" if high else "slowest") if sped is not None else "",
            )
            for column in found
        ]
    )


_TENURE = _VOCAB["tenure"]
_TENURE_THAN_RE = _phrases(_TENURE["longer"])
_TENURE_RE = re.compile(rf"\b(?:{alternation([*_TENURE['earliest'], *_TENURE['latest']])})\b", re.IGNORECASE)


_MONTH_DAY_RE = re.compile(
    rf"\b({alternation(_MONTHS)})\.?\s+(\d{{1,2}})\b(?![,.]?\d)|\b(\d{{1,2}})\s+({alternation(_MONTHS)})\b",
    re.IGNORECASE,
)


_PERIOD_END_RE = re.compile(
    rf"\b(?:{alternation(_WORDS['period_end'])})\s+(?:the\s+)?([A-Za-z]+)(?:\s+of\s+the\s+(?:month|season))?\b",
    re.IGNORECASE,
)


def _last_row(source: Source, said: str) -> tuple[str, float] | None:
    """The column that numbers a table's rows (its first numeric column, rising down the table)
    and its last number, where `said` is the table's period: a month its title names, "month",
    "season", or a word for its rows ("game")."""
    table = source.table
    assert table is not None
    word = said.lower()
    title = source.info.title.lower()
    period = (word in _MONTHS and word in title) or word in _WORDS["periods"]
    if not (period or concepts_of(word) & (_event_rows(source) | title_words(source))):
        return None
    numbers = [c for c in columns(source)[1] if _is_unique(source, c)]
    if not numbers:
        return None
    read = [cell_number(cells.get(numbers[0], "")) for _, cells in _rows(source)]
    values = [v for v in read if v is not None]
    if not values or len(values) < len(read) or values != sorted(values):
        return None
    return numbers[0], values[-1]


@lru_cache(maxsize=1024)
def _date_column(source: Source, column: str) -> bool:
    """Whether a text column gives dates with their years ("8 february 1920"), of more than one year."""
    values = cell_values(source, column)
    found = {cell_year(v) for v in values}
    return len(values) > 1 and None not in found and len(found) > 1 and all(_MONTH_RE.search(v) for v in values)


def _phrase_holding(source: Source, column: str, word: str) -> bool:
    """Whether every value of a column holding a word is a phrase of four words or more (a
    result described, no name)."""
    return all(is_phrase(v) for v in cell_values(source, column) if word in held_words(source, column, v))


def _population_measured(source: Source) -> bool:
    """Whether a table's measure is its rows' population: its title's ("countries by population")
    or a column named for it alone ("population", "population 2011"), not a density or a share."""
    table = source.table
    assert table is not None
    measured = _title_measure(source)
    if measured is not None and measured[0] & _POPULATION:
        return True
    return any(
        _column_words(table, c) - concepts_of(" ".join(map(str, column_years(c)))) == _POPULATION
        for c in columns(source)[1]
    )


def _month_column(source: Source, month: str) -> str | None:
    """The column of days a table names by a month ("january": 2, 4, 8 ... in a month's games)."""
    number = _MONTHS.get(month.lower())
    found = [
        c
        for c in columns(source)[1]
        if _MONTHS.get(c.lower()) == number
        and all((v := cell_number(x)) is not None and 1 <= v <= 31 for x in cell_values(source, c))
    ]
    return found[0] if len(found) == 1 else None


def _tenure(r: _Read, claim: Reading, said: re.Match[str]) -> Outcome | None:
    """'Phil Crane was the longest-serving incumbent': the row that began first, by the table's
    one column of years when rows began ("first elected", "founded"); 'the newest club', the
    last (tables.toml [tenure])."""
    table = r.source.table
    assert table is not None
    began = [c for c in columns(r.source)[0] if set(c.lower().split("_")) & set(_TENURE["columns"])]
    if len(began) != 1:
        return None
    latest = said.group().lower() in {w.lower() for w in _TENURE["latest"]}
    word = "latest" if latest else "earliest"
    return _extreme_in(r, claim, began[0], 1, latest, False, word, concepts_of(said.group().replace("-", " ")))


def _speed_known(source: Source, column: str) -> bool:
    """Whether a column says which way is faster: a time (less is faster) or a change (more is)."""
    table = source.table
    assert table is not None
    return _lower_better(source, column) or bool(_column_words(table, column) & _CHANGE_WORDS)


_APPOSED = frozenset({"of", "from", "the"})
_APPOSED_OR_AMONG = _APPOSED | {"in", "at"}


def _apposed(text: str, target: _Cond, cond: _Cond) -> str:
    """Whether a value is said right after the target's name, as what it is ("Hannah Miley of
    Great Britain": "describes"), as what it is or the rows it is among ("Idrottens Hus in
    Helsingborg": "either"), or not ("among women": "")."""
    start, at = _position(text, target), _position(text, cond)
    if start >= 0 and at == start and isinstance(cond.value, str) and isinstance(target.value, str):
        return "describes"  # "Louisville": the airport's name and its city's, one row said once
    if start < 0 or at <= start:
        return ""
    between = set(re.findall(r"[\w'-]+", fold(text)[start:at])) - set(re.findall(r"[\w'-]+", fold(str(target.value))))
    return "describes" if between <= _APPOSED else "either" if between <= _APPOSED_OR_AMONG else ""


def _shown(cells: dict[str, str], column: str) -> str:
    """A cell's number as an explanation shows it: a race time as written ("2:11.72"), else formatted."""
    raw = cells.get(column, "").strip()
    value = cell_number(raw)
    if value is None or CLOCK_DURATION_RE.match(raw) or _YEAR_ONLY_RE.fullmatch(raw):
        return raw  # a race time, a year ("1969", never "1,969")
    decimals = cell_decimals(raw)
    return f"{value:,.{decimals}f}" if decimals else format_number(value)  # "0.120" as written


def _lower_better(source: Source, column: str) -> bool:
    """Whether less of a column is better, faster ("time", "seconds", "2:11.58"): tables.toml lower_better."""
    table = source.table
    assert table is not None
    words = _column_words(table, column)
    # A race's result is a time ("mark" in a 60 metres hurdles), whatever its column is called.
    raced = bool(words & _RACE_RESULT) and "race" in _title_events(source)
    return bool(words & _LOWER_BETTER) or _clock_cells(source, column) or raced


def _extreme_in(
    r: _Read,
    claim: Reading,
    column: str,
    place: int,
    high: bool,
    by_rank: bool,
    said: str = "",
    more: frozenset[str] = frozenset(),
) -> Outcome | None:
    """The row's place among the rows by one column (`said`: the claim's own word for the end, "fastest")."""
    target, filters = _target(r)
    # "Hannah Miley of Great Britain set the fastest time": a value said of the row right after its
    # name describes the row; it does not narrow the rows to the British ones.
    how = [_apposed(claim.text, target, c) if target is not None else "" for c in filters]
    described = [c for c, h in zip(filters, how, strict=True) if h]
    among = [c for c, h in zip(filters, how, strict=True) if not h]
    found = _extreme_over(r, claim, column, place, high, by_rank, said, target, among, described, more)
    either = [c for c, h in zip(filters, how, strict=True) if h == "either"]
    if either and found is not None:
        # "Idrottens Hus in Helsingborg": a place said after the name may also be the rows it is
        # among; both readings must agree (a place of one row agrees with any that supports).
        narrowed = [*among, *either]
        if len(_select(narrowed, r.source)) < 2:
            return found if found.verdict == "supported" else None
        other = _extreme_over(
            r,
            claim,
            column,
            place,
            high,
            by_rank,
            said,
            target,
            narrowed,
            [c for c in described if c not in either],
            more,
        )
        if other is None or other.verdict != found.verdict:
            return None
    return found


def _extreme_over(
    r: _Read,
    claim: Reading,
    column: str,
    place: int,
    high: bool,
    by_rank: bool,
    said: str,
    target: _Cond | None,
    filters: list[_Cond],
    described: list[_Cond],
    more: frozenset[str] = frozenset(),
) -> Outcome | None:
    table = r.source.table
    assert table is not None
    rows = _select(filters, r.source)
    pool, unknown = [], False
    for p, cells in rows:
        v = cell_number(cells.get(column, ""))
        if v is not None:
            pool.append((p, cells, v))
        elif cells.get(column) not in _NO_RESULT:
            # A row with no number ("unknown", blank) may hold the highest: the place is known only
            # to be no better than the known rows give it; one with no result ("dns") has none.
            unknown = True
    # A figure is the target's value ("the most stages, 67") or the size of the pool ("of the 19 airports").
    value_q, size_q = None, None
    for q in r.figures:
        if _pool(claim, q) and q.dimension == "count":
            size_q = q
        elif value_q is None and not by_rank:
            value_q = q
        else:
            return None
    pool_noun = frozenset({n} if size_q is not None and (n := _noun(claim, size_q)) else ())
    change = ("trend",) if _column_words(table, column) & _CHANGE_WORDS else ()  # "grew the fastest"
    if _unsaid(
        r,
        _measure_words(r.source, column),
        pool_noun,
        _superlative_words(claim),
        more,
        checks=("superlative", "place", *change),
    ):
        return None
    if len(pool) < 2 or len(pool) < place:
        return None
    if size_q is not None and size_q.value != len(pool):
        return None  # "the nine countries": a set the table's rows are not
    upward = high != by_rank  # a rank of 1 is the top
    order = sorted(pool, key=lambda row: row[2], reverse=upward)
    end = said or ("highest" if high else "lowest")
    word = end if place == 1 else f"{_ordinal(place)} {end}"
    op = ("max" if upward else "min") if place == 1 else "rank"
    at = order[place - 1]
    # Ties: the place is shared, and a claim that gives it to one of the tied rows is not borne out alone.
    tied = [row for row in order if row[2] == at[2]]
    select = tuple(c.words() for c in filters)
    if target is None:
        if value_q is None or by_rank:
            return None
        ok = bears_out(value_q, _cell_quantity(value_q, at[2], column_scale(table, column)))
        program = Program(r.source.info.id, op, select, column, value_q.text, _shown(at[1], column), (at[0].location,))
        verdict: Verdict = "disputed" if not ok else "supported" if len(tied) == 1 and not unknown else "unverifiable"
        top = _outcome(r.source, verdict, program, f"the {word} is {value_q.text}", [at[0]])
        return _unstated(top, table, column, value_q, ok)
    held = [row for row in pool if all(c.holds(row[1]) for c in [target, *described])]
    if not held or (len(held) > 1 and place != 1):
        return None  # "the second-largest crowd was at Gillette Stadium": of the games or the grounds?
    # Of several rows the value names, its best: the top row holds it or none does.
    mine = max(held, key=lambda row: row[2] if upward else -row[2])
    position = 1 + sum(1 for row in order if (row[2] > mine[2] if upward else row[2] < mine[2]))
    shared = sum(1 for row in order if row[2] == mine[2]) > 1
    value_ok = value_q is None or bears_out(value_q, _cell_quantity(value_q, mine[2], column_scale(table, column)))
    if value_q is not None and not value_ok and position == place and unit_unstated(table, column, value_q):
        return None  # the figures differ, and the table does not say in which currency its own is
    if position != place or not value_ok:
        verdict = "disputed"
    elif shared or unknown:
        verdict = "unverifiable"
    else:
        verdict = "supported"
    listed = list(order[: max(place, position)])
    named = str(int(target.value)) if target.year and not isinstance(target.value, str) else str(target.value)
    best = f"{named} (best of its {len(held)} rows)" if len(held) > 1 else named
    found = f"{best} {_ordinal(position)} of {len(pool)} with {_shown(mine[1], column)}" + (
        f"; {_ordinal(place)} is {', '.join(row[1].get(target.column, '') for row in tied)} with {_shown(at[1], column)}"
        if position != place
        else ""
    )
    claimed = f"{named} is the {word}" + (f" with {value_q.text}" if value_q else "")
    program = Program(r.source.info.id, op, select, column, claimed, found, tuple(row[0].location for row in listed))
    outcome = _outcome(r.source, verdict, program, claimed, [row[0] for row in [mine, *listed]])
    return _unstated(outcome, table, column, value_q, value_ok) if value_q is not None else outcome


def _row_number(
    r: _Read,
    column: str,
    claimed: str,
    holds: Callable[[float], bool],
    checks: tuple[str, ...] = (),
    more: frozenset[str] = frozenset(),
) -> Outcome | None:
    """The one row the claim names, its number in a column, and whether it is what the claim says
    (`holds`); None when the claim names no one row, a word is unaccounted for or the cell is no
    number ("t2", "=3": a shared place)."""
    row = _one_row(r.conds, r.source)
    if row is None or _unsaid(r, _measure_words(r.source, column), more, checks=checks):
        return None
    passage, cells = row
    value = cell_number(cells.get(column, ""))
    if value is None:
        return None
    where = tuple(c.words() for c in r.conds)
    program = Program(r.source.info.id, "lookup", where, column, claimed, format_number(value), (passage.location,))
    return _outcome(r.source, "supported" if holds(value) else "disputed", program, claimed, [passage])


def _ranked_by(r: _Read, claim: Reading, column: str, place: int) -> Outcome | None:
    """'Peel was the second most populous census division', where the table ranks its rows by
    population: the row's rank as the table gives it."""
    if r.figures:
        return None
    return _row_number(r, column, _ordinal(place), lambda value: value == place, ("superlative", "place"))


def _own_series(r: _Read, claim: Reading, high: bool) -> Outcome | None:
    """'Dolj county's population was at its highest in 1992': the row's own values over the
    table's years (its columns of a year, in a table with one a year), at their highest in the
    year the claim names."""
    table = r.source.table
    assert table is not None
    rows = _select(r.conds, r.source)
    years = sorted(claim.years)
    _, numbers, _ = columns(r.source)
    dated = [c for c in numbers if len(column_years(c)) == 1]
    if len(rows) != 1 or len(years) != 1 or len(dated) < 2 or r.figures:
        return None
    if _unsaid(r, *(_column_words(table, c) for c in dated), checks=("superlative",)):
        return None
    passage, cells = rows[0]
    series = [(next(iter(column_years(c))), v) for c in dated if (v := cell_number(cells.get(c, ""))) is not None]
    if years[0] not in {y for y, _ in series}:
        return None
    top = (max if high else min)(v for _, v in series)
    at = [y for y, v in series if v == top]
    word = "highest" if high else "lowest"
    ok = at == [years[0]]
    verdict: Verdict = "supported" if ok else "disputed" if years[0] not in at else "unverifiable"
    found = f"its {word} in {', '.join(str(y) for y in at)} with {format_number(top)}"
    program = Program(
        r.source.info.id,
        "max" if high else "min",
        tuple(c.words() for c in r.conds),
        ", ".join(dated),
        f"its {word} in {years[0]}",
        found,
        (passage.location,),
    )
    return _outcome(r.source, verdict, program, f"its {word} was in {years[0]}", [passage])


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n if n < 20 else n % 10, f"{n}th") if not 10 < n % 100 < 14 else f"{n}th"


def _cell_quantity(like: Quantity, value: float, scale: float = 1.0) -> Quantity:
    """A cell's number as a figure like the claim's, in the column's scale ("billion")."""
    return Quantity(value * scale, like.unit, like.dimension, None, 0.0, format_number(value), 0, 0)


def _compare(r: _Read, claim: Reading) -> Outcome | None:
    """'Stansted handled more passengers than Manchester', 'Brazil ranked ahead of Australia':
    two rows named, one column, the one said to be more or ahead first."""
    if any(superlative(claim.text)) or any(direction(claim.text)):
        return None  # "more than the busiest", "rose more than": not a plain comparison
    more, less = says_more(claim.text)
    ahead, behind = bool(_AHEAD_RE.search(claim.text)), bool(_BEHIND_RE.search(claim.text))
    beat = _BEAT_RE.search(claim.text)
    if beat is not None and not (ahead or behind) and _competing(r.source) and _rank_column(r.source):
        ahead = True  # "Perfect Timing beat Off the Record": placed ahead of it
        r = replace(r, accounted=r.accounted | concepts_of(beat.group()))
    earlier, later = bool(_EARLIER_RE.search(claim.text)), bool(_LATER_RE.search(claim.text))
    said = comparison(claim.text)
    # "Coughlin was faster than Rice": more of a change, less of a time (per column, below).
    sped = speed_than(claim.text) if not (more or less) else None
    if sped is not None:
        said, more, less = sped[0], sped[1], not sped[1]
    # "David Price has served longer than Heath Shuler": the one who began earlier (tables.toml
    # [tenure] longer), by the column of when rows began.
    tenure = _TENURE_THAN_RE.search(claim.text)
    if tenure is not None:
        said, more, less, earlier, later = tenure, False, False, True, False
        r = replace(r, accounted=r.accounted | concepts_of(tenure.group().replace("-", " ")))
    by_year = not (more or less) and earlier != later
    by_rank = not (more or less) and not by_year and ahead != behind
    if not by_rank and not by_year and (more == less or said is None):
        return None
    if r.figures:
        return None  # "3,000 more than": a difference, not a comparison
    table = r.source.table
    assert table is not None
    pairs = _pairs(r.conds)
    if len(pairs) == 2:
        # "the O2 Arena in Prague ... the Nokia Arena in Tel Aviv": two values of two columns; the
        # rows are named by the leftmost column's, the others describe them (below).
        pairs.sort(key=lambda cs: table.columns.index(cs[0].column))
    if len(pairs) not in (1, 2):
        return None
    a, b = pairs[0]
    said_at = said or _EARLIER_RE.search(claim.text) or _LATER_RE.search(claim.text)
    said_at = said_at or _AHEAD_RE.search(claim.text) or _BEHIND_RE.search(claim.text) or (beat if ahead else None)
    if said_at is None:
        return None
    pivot = said_at.end()
    at_a, at_b = _position(claim.text, a), _position(claim.text, b)
    if at_a < 0 or at_b < 0 or (at_a > pivot) == (at_b > pivot):
        return None  # which is said to be more, the claim's words do not place
    if at_a > pivot:
        a, b = b, a
    fixed = [c for c in r.conds if c not in (a, b)]
    # "the O2 Arena in Prague ... than the Nokia Arena in Tel Aviv": a value that only one of the
    # two rows holds describes that row, the one it is said beside (which must hold it).
    own: tuple[list[_Cond], list[_Cond]] = ([], [])
    if any(len(_select([*fixed, x], r.source)) != 1 for x in (a, b)):
        for c in list(fixed):
            if not (_select([a, c], r.source) and _select([b, c], r.source)):
                own[1 if _position(claim.text, c) > pivot else 0].append(c)
                fixed.remove(c)
    named_words = r.value_words
    if by_year:
        # "established before": the year column the claim's words name, else the table's one.
        years = list(columns(r.source)[0])
        named = [y for y in years if _column_words(table, y) & r.wanted]
        if tenure is not None:
            named = [y for y in years if set(y.lower().split("_")) & set(_TENURE["columns"])]
        found = named if len(named) == 1 else years if len(years) == 1 and tenure is None else []
        wants_high = later
        how = "longer-serving than (began earlier)" if tenure is not None else "before" if earlier else "after"
    elif by_rank:
        rank_column = _rank_column(r.source)
        found = [rank_column] if rank_column else []
        wants_high = behind  # a rank of 1 is ahead: "ahead of" wants the lower number
        how = "ahead of" if ahead else "behind"
    else:
        words = r.wanted - relation_concepts() - named_words
        if sped is not None:
            words |= _SPEED_MEASURES  # "faster": a time, or a change
        found = _measures(r.source, words, claim, [c.column for c in r.conds])
        if not found and len(verbs_of := nouns_of_verbs(words)) == 1:
            # "holds more than": no noun said, the one its verb goes with (capacity); not "won
            # more than", which goes with points, medals, seats and titles alike.
            found = _measures(r.source, verbs_of, claim, [c.column for c in r.conds])
        measures = [c for c in columns(r.source)[1] if not _rank_named(c) and not _numbers_rows(r.source, c)]
        if not found and len(measures) == 1 and words & title_words(r.source):
            # "handled more cargo than" in a table of cargo airports: the title's measure, the
            # table's one column of a measure.
            found = measures
        wants_high = bool(more)
        how = sped[0].group("word").lower() + " than" if sped else "more than" if more else "less than"
        # "Opel won more races than Mercedes-Benz": the rows of each, counted; also where the noun
        # names a column that only numbers the rows ("stage" 1, 2, 3...), no measure of them.
        numbering = all(_numbers_rows(r.source, c) and _is_unique(r.source, c) for c in found)
        if numbering and said is not None and (counted := _counted_rows(r, claim, said)):
            if any(len(_select([*fixed, c], r.source)) > 1 for c in (a, b)):
                return _compare_counts(r, a, b, fixed, bool(more), counted)
            # One row each ("Labour won more seats than the Liberal Democrats" in a table of seats
            # by party): no rows to count, but the title's measure, its one total column.
            totals = [c for c in columns(r.source)[1] if c.lower() in _TOTAL_NAMES]
            if len(totals) != 1 or not counted <= title_words(r.source):
                return None
            found = totals
    if sped is not None and not all(_speed_known(r.source, c) for c in found):
        return None
    if tenure is not None and found:
        # Both first elected in 1996: which has served longer, the years do not say.
        began = {cell_year(cells.get(found[0], "")) for x in (a, b) for _, cells in _select([*fixed, x], r.source)}
        if len(began) < 2:
            return None
    return _settle(
        [
            _compare_in(
                r, column, a, b, fixed, wants_high != bool(sped and _lower_better(r.source, column)), how, by_rank, own
            )
            for column in found
        ]
    )


_SAME_RE = re.compile(r"\b(?:the\s+)?same\s+([A-Za-z]+)\s+as\b", re.IGNORECASE)


def _same(r: _Read, claim: Reading) -> Outcome | None:
    """'Lopes-Schliep ran the same time as McLellan, 12.64': two rows named, equal in the column the
    noun names (and equal to the figure, where one is given)."""
    m = _SAME_RE.search(claim.text)
    if m is None or len(r.figures) > 1:
        return None
    pairs = _pairs(r.conds)
    if len(pairs) != 1:
        return None
    a, b = pairs[0]
    table = r.source.table
    assert table is not None
    noun = concepts_of(m.group(1))
    column = _measure(r.source, noun, claim, [c.column for c in r.conds])
    if column is None or _unsaid(r, _column_words(table, column), concepts_of(m.group())):
        return None
    fixed = [c for c in r.conds if c not in (a, b)]
    # "Lopes-Schliep of Canada": a value one of the two holds describes that one.
    own = [[c for c in fixed if _select([x, c], r.source)] for x in (a, b)]
    if any(not (_select([a, c], r.source) or _select([b, c], r.source)) for c in fixed):
        return None
    first, second = (_one_row([*mine, x], r.source) for mine, x in zip(own, (a, b), strict=True))
    if first is None or second is None:
        return None
    rows = [first, second]
    fixed = [c for c in fixed if c in own[0] and c in own[1]]
    values = [cell_number(row[1].get(column, "")) for row in rows]
    if values[0] is None or values[1] is None:
        return None
    ok = values[0] == values[1]
    if r.figures:
        q = r.figures[0]
        ok = ok and _fits_column(r.source, column, q) and bears_out(q, _cell_quantity(q, values[0]))
    found = f"{_shown(rows[0][1], column)} for {a.value} and {_shown(rows[1][1], column)} for {b.value}"
    claimed = f"{a.value} the same {column} as {b.value}" + (f", {r.figures[0].text}" if r.figures else "")
    program = Program(
        r.source.info.id,
        "compare",
        tuple(c.words() for c in fixed),
        column,
        claimed,
        found,
        tuple(row[0].location for row in rows),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [row[0] for row in rows])


def _pairs(conds: Sequence[_Cond]) -> list[list[_Cond]]:
    """The conditions that name two values of one column ("Stansted ... than Manchester"): the
    rows a comparison or a gap sets side by side."""
    by_column: dict[str, list[_Cond]] = {}
    for c in conds:
        by_column.setdefault(c.column, []).append(c)
    return [cs for cs in by_column.values() if len(cs) == 2]


def _counted_rows(r: _Read, claim: Reading, said: re.Match[str]) -> frozenset[str]:
    """The noun between "more" and "than" when it names the table's rows ("more races than",
    "more often than"): what a comparison of two values counts; empty otherwise."""
    table = r.source.table
    assert table is not None
    between = concepts_of(" ".join(claim.text[said.start() : said.end()].split()[1:-1]))
    often = concepts_of(" ".join(_WORDS["often"]))
    texts = columns(r.source)[2]
    rows = title_words(r.source).union(*(_column_words(table, t) for t in texts))
    if between and between <= often | rows:
        return between
    return frozenset()


def _compare_counts(
    r: _Read, a: _Cond, b: _Cond, fixed: list[_Cond], more: bool, noun: frozenset[str]
) -> Outcome | None:
    if _unsaid(r, noun, checks=("comparison",)):
        return None
    rows = [_select([*fixed, c], r.source) for c in (a, b)]
    na, nb = len(rows[0]), len(rows[1])
    ok = na > nb if more else na < nb
    claimed = f"{a.value} {'more' if more else 'fewer'} than {b.value}"
    found = f"{na} rows for {a.value} and {nb} for {b.value}"
    program = Program(
        r.source.info.id,
        "compare",
        tuple(c.words() for c in fixed),
        "count of rows",
        claimed,
        found,
        tuple(p.location for found_rows in rows for p, _ in found_rows),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [p for rs in rows for p, _ in rs])


def _compare_in(
    r: _Read,
    column: str,
    a: _Cond,
    b: _Cond,
    fixed: list[_Cond],
    wants_high: bool,
    how: str,
    by_rank: bool,
    own: tuple[list[_Cond], list[_Cond]] = ([], []),
) -> Outcome | None:
    table = r.source.table
    assert table is not None
    # Votes in one row and shares in the next: the rows of the kind compared (a share if said).
    share = bool(r.wanted & (_RATE | _SHARE_WORDS))
    shares_said = (_RATE | _SHARE_WORDS) if share and _some_percent_cells(r.source, column) else frozenset()
    checks = ("comparison", "place") if by_rank else ("comparison",)
    if _unsaid(r, _measure_words(r.source, column), shares_said, checks=checks):
        return None  # "finished ahead of": a place's verb, read with the rank
    rows = [_select([*fixed, *mine, c], r.source) for c, mine in zip((a, b), own, strict=True)]
    rows = [
        found if len(found) == 1 else [(p, c) for p, c in found if written_as_share(c.get(column, "")) == share]
        for found in rows
    ]
    if any(len(found) != 1 for found in rows):
        return None
    (pa, ca), (pb, cb) = rows[0][0], rows[1][0]
    va, vb = cell_number(ca.get(column, "")), cell_number(cb.get(column, ""))
    if va is None or vb is None:
        return None
    ok = va > vb if wants_high else va < vb
    described = [f" ({', '.join(c.words() for c in mine)})" if mine else "" for mine in own]
    claimed = f"{a.value}{described[0]} {how} {b.value}{described[1]}"
    year = column in columns(r.source)[0]  # a year: 2007
    found = f"{int(va) if year else _shown(ca, column)} for {a.value} and {int(vb) if year else _shown(cb, column)} for {b.value}"
    select = tuple(c.words() for c in fixed)
    program = Program(r.source.info.id, "compare", select, column, claimed, found, (pa.location, pb.location))
    verdict: Verdict = "supported" if ok else "unverifiable" if va == vb and by_rank else "disputed"
    return _outcome(r.source, verdict, program, claimed, [pa, pb])


def _word_at(text: str, word: str) -> int:
    """Where a text says a word, in any of its forms ("Swiss" for switzerland); -1 when it does not."""
    return next((m.start() for m in re.finditer(r"[\w'-]+", text) if word in text_words(m.group())), -1)


_YEAR_ONLY_RE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,.])")


def _position(text: str, cond: _Cond) -> int:
    """Where a text names a condition's value (accents and case aside): the whole value, else the
    earliest of its words that the text has; -1 when it has none."""
    if cond.at >= 0:
        return cond.at
    folded, value = fold(text), fold(str(cond.value))
    if isinstance(cond.value, float):
        value = format_number(cond.value).replace(",", "")
    at = folded.find(value)
    if at >= 0:
        return at
    # "in 2004" of "indian general election , 2004": a labelled year is named by its year.
    year = cell_year(value) if isinstance(cond.value, str) and _YEAR_ONLY_RE.search(value) else None
    if year is not None and (m := re.search(rf"\b{year}\b", folded)):
        return m.start()
    # A stem begins a word ("pound" of "Pounds"); a letter ("h" of "lewis h pounds") is a word whole.
    found = [
        m.start()
        for w in concepts_of(value)
        for m in re.finditer(rf"\b{re.escape(w)}" + (r"\b" if len(w) < 3 else ""), folded)
    ]
    return min(found, default=-1)


_PLACE_VERB_WORDS = frozenset(
    v for n in [*_WORDS["rank_columns"], *_WORDS["order_columns"]] for v in _VOCAB["verbs"].get(n, ())
)


def _place_verb(word: str) -> bool:
    """Whether a word is a verb of a place ("finished", "came": its concept, or the word itself
    where the readers keep no concept of it)."""
    return bool(concepts_of(word) & relation_words("place")) or word.lower() in _PLACE_VERB_WORDS


def _place(r: _Read, claim: Reading) -> Outcome | None:
    """'Russia finished third in the medal table', 'Citigroup topped the list': the row's place in
    a table's rank column; 'Alonso started 20th': in the column the verb before the place names
    (tables.toml [verbs]: grid, "start"). 'Carola finished first with 146 points': the place and each
    figure, both borne out."""
    if rank(claim.text) is not None or any(superlative(claim.text)):
        return None
    table = r.source.table
    assert table is not None
    # "the second round": a row's number (the round column's), or a part of a row's sum ("69 in
    # the second round" of "70 + 69 = 139"), no place.
    said = [
        m
        for m in _ORDINAL_RE.finditer(claim.text)
        if not (
            (after := _WORD_AFTER_RE.match(claim.text, m.end())) is not None
            and (_numbering(r.source, after.group(1).lower()) or after.group(1).lower() in _PART_NOUNS)
        )
    ]
    # "first" is a place where a place noun follows it ("the first place on the grid") or a verb of a
    # place comes before it ("finished first"); "the first season" is no place.
    said += [
        m
        for m in _FIRST_RE.finditer(claim.text)
        if ((after := _WORD_AFTER_RE.match(claim.text, m.end())) and after.group(1).lower() in _PLACE_NOUNS)
        or ((before := _WORD_BEFORE_RE.search(claim.text[: m.start()])) and _place_verb(before.group(1)))
    ]
    top = _TOP_RE.search(claim.text)
    # "Synek won the race", "won the national final", "won with 78 points": the event the title
    # names, won: its first place.
    won = next(
        (
            m
            for m in (_WON_RE.search(claim.text), _won_titled_event(claim, r.source))
            if m is not None
            and (
                concepts_of(m.group(1)) & _title_events(r.source)
                or (m.group(1).lower() == "with" and _title_events(r.source))
            )
        ),
        None,
    )
    top = top or won
    # "finished last": a verb of a place before "last", the highest place of the column.
    last = next((m for m in _LAST_RE.finditer(claim.text) if _place_verb(m.group(1))), None)
    if len(said) + bool(top) + bool(last) != 1:
        return None
    if said and any(isinstance(c.value, str) and ordinals_in(said[0].group()) & value_words(c.value) for c in r.conds):
        return None  # "came third" is a value the row holds ("labour_s_place_2003": "3rd"), no rank of its own
    column = _rank_column(r.source) or _rank_of(r.source, r.wanted)
    by_verb = False  # the column named by the verb before the place ("started 20th": grid)
    before = None
    if said or last:
        before = _WORD_BEFORE_RE.search(claim.text[: said[0].start()]) if said else None
        verb = before.group(1) if before else last.group(1) if last else ""
        # Only a column of places the verb names ("started": grid; "performed last": the draw),
        # never a measure it also goes with ("finished" 19 laps is no place).
        nouns = nouns_of_verbs(concepts_of(verb))
        nouns &= concepts_of(" ".join([*_WORDS["rank_columns"], *_WORDS["order_columns"]]))
        named = [c for c in columns(r.source)[1] if _column_words(table, c) & nouns]
        column, by_verb = (named[0], True) if len(named) == 1 else (column, False)
    # A starting place (grid) is read only where the verb says so ("started"): finishing or
    # winning is no place on the grid.
    said_column = column is not None and bool(_column_words(table, column)) and _column_words(table, column) <= r.wanted
    starting = (
        column is not None and bool(set(column.lower().split("_")) & _START_RANKS) and not (by_verb or said_column)
    )
    place = _ROW_ORDINALS.get(said[0].group().lower(), 1) if said else 1  # "first", topping: 1
    shown = said[0].group() if said else _ordinal(1)
    more = concepts_of(top.group()) if top else frozenset()
    if (column is None or starting) and not r.figures and last is None:
        # No finishing place column (a grid is a starting one): the order of the finishers, or a
        # place written in words.
        by_order = _place_by_order(r, place, shown, more)
        if by_order is None and column is None and (said or top):
            # "Lolo Jones finished seventh", "won the final": the rows in the order of the race's
            # result, best first.
            phrase = " ".join(m.group() for m in (top, before, *said) if m is not None)
            by_order = _place_by_sorted(r, claim, place, shown, phrase)
        return by_order or (_place_in_words(r, place, shown, more) if column is None else None)
    if column is None and not starting and r.figures and last is None:
        # "Don Laz finished second with 4.50": no place column, but the rows in the order of the
        # figure's column (the results, best first).
        phrase = " ".join(m.group() for m in (top, before, *said) if m is not None)
        return _place_by_sorted(r, claim, place, shown, phrase)
    if column is None and last is not None and not r.figures:
        return _last_by_result(r, last)  # "finished last in the second heat": the slowest of its rows
    if column is None or starting:
        return None  # winning or topping is a finishing place, not a starting one (grid)
    if last is not None:
        places = [v for _, cells in _rows(r.source) if (v := cell_number(cells.get(column, ""))) is not None]
        if not places:
            return None
        place = int(max(places))
        shown, more = f"last ({_ordinal(place)})", concepts_of(last.group())
    if not r.figures:
        return _row_number(r, column, shown, lambda value: value == place, ("place",), more=more)
    # A figure beside the place ("finished fourth with 118 points"): the figure's lookup without
    # the place's words, and the place's with the figure's column accounted for.
    phrase = " ".join(m.group() for m in (top, before, last, *said) if m is not None)
    figure = _value(replace(r, wanted=r.wanted - concepts_of(phrase) - ordinals_in(phrase)), claim)
    if figure is None or figure.program is None:
        return None
    measured = frozenset().union(*(_measure_words(r.source, c) for c in figure.program.column.split(", ")))
    placed = _row_number(
        replace(r, figures=()), column, shown, lambda value: value == place, ("place",), more | measured
    )
    if placed is None or placed.verdict == "disputed":
        return placed
    return _both(placed, figure)


def _last_by_result(r: _Read, last: re.Match[str]) -> Outcome | None:
    """'Dominik Bochenek finished last in the second heat' in a race with no place column: the
    row's result the worst of the rows the other conditions leave (the one its name picks among
    them), by the race's one result column; a worst result two rows share decides nothing."""
    table = r.source.table
    assert table is not None
    results = [c for c in columns(r.source)[1] if _column_words(table, c) & _RACE_RESULT]
    row = _one_row(r.conds, r.source)
    if len(results) != 1 or row is None or "race" not in _title_events(r.source):
        return None
    names = [c for c in r.conds if isinstance(c.value, str) and c.op == "=" and _is_unique(r.source, c.column)]
    group = _select([c for c in r.conds if c not in names], r.source)
    values = [v for _, cells in group if (v := cell_number(cells.get(results[0], ""))) is not None]
    mine = cell_number(row[1].get(results[0], ""))
    if not names or mine is None or len(values) < 2 or _unsaid(r, concepts_of(last.group()), checks=("place",)):
        return None
    worst = max(values) if _lower_better(r.source, results[0]) else min(values)
    if values.count(worst) > 1:
        return None
    found = f"{_shown(row[1], results[0])}; the worst of {len(values)}: {format_number(worst)}"
    program = Program(
        r.source.info.id,
        "rank",
        tuple(c.words() for c in r.conds if c not in names),
        results[0],
        "last",
        found,
        (row[0].location,),
    )
    return _outcome(r.source, "supported" if mine == worst else "disputed", program, "last", [row[0]])


def _place_by_sorted(r: _Read, claim: Reading, place: int, shown: str, phrase: str) -> Outcome | None:
    """A place said with a figure ("finished second with 4.50") in a table with no place column
    whose rows stand in the order of the figure's column, best first (less first where less is
    better): the row's place in that order, and its figure; a place shared by equal figures decides
    nothing."""
    if len(r.figures) > 1:
        return None
    table = r.source.table
    assert table is not None
    figure = None
    if not r.figures:
        # No figure: the race's one column of results ("time"; tables.toml race_result), never a
        # reaction time, where the title names a race.
        results = [c for c in columns(r.source)[1] if _column_words(table, c) & _RACE_RESULT]
        if len(results) != 1 or "race" not in _title_events(r.source):
            return None
        column = results[0]
    elif (figure := _value(replace(r, wanted=r.wanted - concepts_of(phrase) - ordinals_in(phrase)), claim)) and (
        figure.program is not None
    ):
        column = figure.program.column
    else:
        # No word names the column: the table's one column of numbers that can hold the figure
        # (a final's results), read as the figure's.
        q = r.figures[0]
        fitting = [
            c for c in columns(r.source)[1] if c not in {x.column for x in r.conds} and _fits_column(r.source, c, q)
        ]
        if len(fitting) != 1:
            return None
        column = fitting[0]
        figure = _value(replace(r, wanted=r.wanted - concepts_of(phrase) - ordinals_in(phrase)), claim, column)
        if figure is None:
            return None
    # Among the rows the other conditions leave ("to win heat 2": heat 2's), the named row's own.
    names = [c for c in r.conds if isinstance(c.value, str) and c.op == "=" and _is_unique(r.source, c.column)]
    pool = _select([c for c in r.conds if c not in names], r.source) if names else _rows(r.source)
    values = [cell_number(cells.get(column, "")) for _, cells in pool]
    known = [v for v in values if v is not None]
    lower = _lower_better(r.source, column)
    if len(known) < 3 or known != sorted(known, reverse=not lower) or known[0] == known[-1]:
        return None  # the rows are not in the column's order: the order says no place
    row = _one_row(r.conds, r.source)
    if row is None:
        return None
    mine = cell_number(row[1].get(column, ""))
    if mine is None:
        return None
    position = 1 + sum(1 for v in known if (v < mine if lower else v > mine))
    shared = sum(1 for v in known if v == mine) > 1
    if _unsaid(replace(r, figures=()), _measure_words(r.source, column), concepts_of(phrase), checks=("place",)):
        return None
    verdict: Verdict = "disputed" if position != place else "unverifiable" if shared else "supported"
    found = f"{_ordinal(position)} of {len(known)} by {column}" + (" (shared)" if shared else "")
    program = Program(
        r.source.info.id, "rank", tuple(c.words() for c in r.conds), column, shown, found, (row[0].location,)
    )
    placed = _outcome(r.source, verdict, program, shown, [row[0]])
    return placed if verdict != "supported" or figure is None else _both(placed, figure)


def _event_kinds(noun: str) -> frozenset[str]:
    """The kinds of event a noun is ("semi-final": a heat; tables.toml [events])."""
    return frozenset(e for e, words in _EVENTS if any(fold(noun) == fold(w) for w in words) or concepts_of(noun) == {e})


def _round_column(source: Source, noun: str) -> str | None:
    """The column that tells a table's rounds apart ("heat": 1, 2, 3...) where the claim's noun is
    such a round ("her heat", "her semi-final": tables.toml [events] heat); None where it is not
    one, or the table is of one round."""
    table = source.table
    assert table is not None
    kinds = _event_kinds(noun)
    found = [c for c in table.columns if _column_words(table, c) & kinds and len(cell_values(source, c)) > 1]
    return found[0] if len(found) == 1 else None


def _won_round(r: _Read, claim: Reading) -> Outcome | None:
    """'Stephanie Rice won her heat' in a table of several heats: the row first among the rows of
    its own heat, by the table's place column or, lacking one, its column of times (less is
    first); with a figure said too ("won her heat in 2:12.07"), that figure as well."""
    nth = _WON_NTH_RE.search(claim.text)
    won = nth or _WON_RE.search(claim.text)
    if won is None:
        return None
    noun = won.group(2) if nth is not None else won.group(1)
    if not ((concepts_of(noun) | _event_kinds(noun)) & _title_events(r.source)):
        return None
    group = _round_column(r.source, noun)
    table = r.source.table
    assert table is not None
    named = [c for c in r.conds if group is not None and c.column == group]
    if group is None or (named and nth is None):
        return None
    if nth is not None:
        # "won the first heat": the round its number names, which must be the row's own.
        r = replace(r, conds=tuple(c for c in r.conds if c not in named))
        mine_row = _one_row(r.conds, r.source)
        if mine_row is not None and cell_number(mine_row[1].get(group, "")) != _ROW_ORDINALS[nth.group(1).lower()]:
            program = Program(
                r.source.info.id,
                "lookup",
                tuple(c.words() for c in r.conds),
                group,
                f"{group} = {_ROW_ORDINALS[nth.group(1).lower()]}",
                f"{group} {mine_row[1].get(group, '')}",
                (mine_row[0].location,),
            )
            if _unsaid(replace(r, figures=()), concepts_of(won.group()), _column_words(table, group)):
                return None
            return _outcome(r.source, "disputed", program, program.claimed, [mine_row[0]])
    ranked = _rank_column(r.source)
    # The race's result ("time", "result", race times): never a reaction time, which is also less
    # for better but wins no heat.
    times = [
        c
        for c in columns(r.source)[1]
        if c != group
        and (
            _clock_cells(r.source, c) or (_column_words(table, c) & _RACE_RESULT and "race" in _title_events(r.source))
        )
    ]
    by = ranked or (times[0] if len(times) == 1 else None)
    row = _one_row(r.conds, r.source)
    if by is None or row is None:
        return None
    passage, cells = row
    rows = [(p, c) for p, c in _rows(r.source) if c.get(group) == cells.get(group)]
    values = [(p, c, v) for p, c in rows if (v := cell_number(c.get(by, ""))) is not None]
    mine = cell_number(cells.get(by, ""))
    if mine is None or len(values) < 2:
        return None
    best = min(v for _, _, v in values)
    first = [(p, c) for p, c, v in values if v == best]
    said = concepts_of(won.group())
    figure = None
    if r.figures:
        # The figure in the column its words name, else in the race's result the round is won by.
        figure = _value(replace(r, wanted=r.wanted - said), claim) or _value(
            replace(r, wanted=r.wanted - said), claim, by
        )
        if figure is None or figure.program is None:
            return None
        said |= frozenset().union(*(_measure_words(r.source, c) for c in figure.program.column.split(", ")))
    if _unsaid(replace(r, figures=()), said, _column_words(table, group), _measure_words(r.source, by)):
        return None
    verdict: Verdict = (
        "supported" if mine == best and len(first) == 1 else "unverifiable" if mine == best else "disputed"
    )
    winners = ", ".join(c.get(r.conds[0].column, "") for _, c in first)
    found = f"{group} {cells.get(group, '')} won by {winners} with {_shown(first[0][1], by)}"
    program = Program(
        r.source.info.id,
        "rank",
        (f"{group} = {cells.get(group, '')}",),
        by,
        f"{r.conds[0].value} first in {group} {cells.get(group, '')}",
        found,
        tuple(dict.fromkeys(p.location for p, _ in [row, *first])),
    )
    placed = _outcome(
        r.source, verdict, program, program.claimed, list(dict.fromkeys([passage, *(p for p, _ in first)]))
    )
    if figure is None or placed.verdict != "supported":
        return placed
    return _both(placed, figure)


def _place_by_order(r: _Read, place: int, shown: str, more: frozenset[str]) -> Outcome | None:
    """'Poggiali won the race' in a race's results with no place column: the rows in the order
    they finished, as a column of gaps to the first shows ("41:36.284", then "+ 1.373"): the row's
    place is its order among the finishers."""
    gaps = _gap_cells(r.source)
    row = _one_row(r.conds, r.source)
    if gaps is None or row is None or _unsaid(r, more, checks=("place",)):
        return None
    rows = _rows(r.source)
    finishers = 1  # the first row holds the winner's own time, each next a gap to it
    while finishers < len(rows) and _GAP_CELL_RE.match(rows[finishers][1].get(gaps, "")):
        finishers += 1
    at = next(i for i, (p, _) in enumerate(rows) if p.location == row[0].location)
    if at >= finishers and place <= finishers:
        verdict: Verdict = "disputed"  # a row after the finishers did not finish in a place
    elif at >= finishers:
        return None
    else:
        verdict = "supported" if at + 1 == place else "disputed"
    found = f"{_ordinal(at + 1)} of the finishers" if at < finishers else "not among the finishers"
    program = Program(
        r.source.info.id, "rank", tuple(c.words() for c in r.conds), gaps, shown, found, (row[0].location,)
    )
    return _outcome(r.source, verdict, program, shown, [row[0]])


def _place_in_words(r: _Read, place: int, shown: str, more: frozenset[str]) -> Outcome | None:
    """'Borac finished fourth' where the place is written in a text column named for it
    ("position_in_2012_13": "003 3rd"): the row's cell and the place it writes."""
    table = r.source.table
    assert table is not None
    rank_words = set(_WORDS["rank_columns"])
    texts = columns(r.source)[2]
    named = [
        t
        for t in texts
        if set(t.lower().split("_")) & rank_words
        and all(any(w.startswith("place:") for w in value_words(v)) for v in cell_values(r.source, t))
    ]
    row = _one_row(r.conds, r.source)
    if len(named) != 1 or row is None or _unsaid(r, _column_words(table, named[0]), more, checks=("place",)):
        return None
    passage, cells = row
    cell = cells.get(named[0], "")
    places = [int(w.split(":")[1]) for w in value_words(cell) if w.startswith("place:")]
    if len(places) != 1:
        return None
    program = Program(
        r.source.info.id, "lookup", tuple(c.words() for c in r.conds), named[0], shown, cell, (passage.location,)
    )
    return _outcome(r.source, "supported" if places[0] == place else "disputed", program, shown, [passage])


def _margin(r: _Read, claim: Reading) -> Outcome | None:
    """'The death penalty was abolished by 157 votes': a margin, the gap between the named row's
    two columns of the figure's noun (yes votes and no votes)."""
    if len(r.figures) != 1 or not is_margin(claim.text, r.figures[0]):
        return None
    q = r.figures[0]
    noun = _noun(claim, q)
    table = r.source.table
    assert table is not None
    pair = [
        c
        for c in columns(r.source)[1]
        if noun and noun in _column_words(table, c) and _fits_column(r.source, c, q) and not _share_column(r.source, c)
    ]
    row = _one_row(r.conds, r.source)
    if len(pair) != 2 or row is None or _unsaid(r, _column_words(table, pair[0]), _column_words(table, pair[1])):
        return None
    passage, cells = row
    a, b = (cell_number(cells.get(c, "")) for c in pair)
    if a is None or b is None:
        return None
    gap = abs(a - b)
    ok = bears_out(q, _cell_quantity(q, gap, column_scale(table, pair[0])))
    found = f"{format_number(a)} {pair[0]} and {format_number(b)} {pair[1]}: a margin of {format_number(gap)}"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in r.conds),
        ", ".join(pair),
        f"a margin of {q.text}",
        found,
        (passage.location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, f"a margin of {q.text}", [passage])


def _gap_noun(claim: Reading, q: Quantity) -> str | None:
    """What a gap counts: the word right after its figure, singular or plural ("one shot behind",
    "by two shots"), else the figure's noun."""
    after = _WORD_AFTER_RE.match(claim.text, q.end)
    return next(iter(concepts_of(after.group(1))), None) if after else _noun(claim, q)


def _lead_by(r: _Read, claim: Reading) -> Outcome | None:
    """'Darren Clarke led by one shot': the named row is first by the column the figure's noun
    names, alone, and the row after it is that far behind."""
    if len(r.figures) != 1 or not is_margin(claim.text, r.figures[0]):
        return None
    q = r.figures[0]
    verb = concepts_of(word_before_by(claim.text, q))
    # "won by 14 points": a lead at the end, where the rows are those competing in the event the
    # title names (a national final), not its games (a season's, whose rows are events).
    won = bool(verb & _WIN) and _competing(r.source)
    if not (verb & _LEAD or won):
        return None
    said = "led" if verb & _LEAD else "won"
    noun = _gap_noun(claim, q)
    if noun is None:
        return None
    column = _measure(r.source, frozenset({noun}) | nouns_of_verbs(frozenset({noun})), claim)
    row = _one_row(r.conds, r.source)
    if column is None or row is None or _unsaid(r, _measure_words(r.source, column), frozenset({noun}), _LEAD | verb):
        return None
    lower = noun in _LOWER_BETTER or _lower_better(r.source, column)
    values = sorted(
        (v for _, cells in _rows(r.source) if (v := cell_number(cells.get(column, ""))) is not None), reverse=not lower
    )
    mine = cell_number(row[1].get(column, ""))
    if mine is None or len(values) < 2:
        return None
    first, second = values[0], values[1]
    gap = abs(second - first)
    ok = mine == first and gap > 0 and bears_out(q, _cell_quantity(q, gap))
    found = f"{format_number(mine)}; the best {format_number(first)}, the next {format_number(second)}: a lead of {format_number(gap)}"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in r.conds),
        column,
        f"{said} by {q.text}",
        found,
        (row[0].location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, f"{said} by {q.text}", [row[0]])


_LEAD = concepts_of(" ".join(_WORDS["lead"]))


_LEAD_OF_RE = re.compile(r"\blead\s+(?:of|at|to)\s+$", re.IGNORECASE)
_POINTS = concepts_of("point points percentage")


def _poll_lead(r: _Read, claim: Reading) -> Outcome | None:
    """'Eurequipa put the Social Democrats' lead at 10.8 points', 'the Social Democrats led the
    Socialists by 9 points': in the row the claim names, the gap between the shares of the
    columns it names (the first ahead of the second, or of every other share of the row)."""
    if len(r.figures) != 1:
        return None
    q = r.figures[0]
    before = claim.text[max(0, q.start - 20) : q.start]
    # "led the Socialists by 9 points": "by" before it, a verb of leading before that.
    led_by = bool(re.search(r"\bby\s+$", before)) and bool(concepts_of(claim.text[: q.start]) & _LEAD)
    if not (_LEAD_OF_RE.search(before) or led_by) or q.dimension not in ("count", "percent"):
        return None
    table = r.source.table
    assert table is not None
    row = _one_row(r.conds, r.source)
    shares = [
        c
        for c in columns(r.source)[1]
        if _percent_cells(r.source, c) and not _column_words(table, c) & (_LEAD | _CHANGE_WORDS)
    ]
    named = sorted(
        (c for c in shares if _column_words(table, c) and _column_words(table, c) <= r.wanted),
        key=lambda c: _word_at(claim.text, sorted(_column_words(table, c))[0]),
    )
    if row is None or not 1 <= len(named) <= 2:
        return None
    lead_columns = [c for c in columns(r.source)[1] if _column_words(table, c) & _LEAD]
    words = frozenset().union(*(_column_words(table, c) for c in [*named, *lead_columns])) | _LEAD | _POINTS
    if _unsaid(r, words):
        return None
    passage, cells = row
    mine = cell_number(cells.get(named[0], ""))
    others = [named[1]] if len(named) == 2 else [c for c in shares if c != named[0]]
    theirs = [v for c in others if (v := cell_number(cells.get(c, ""))) is not None]
    if mine is None or not theirs or len(theirs) < len(others):
        return None
    if len(named) == 1 and mine + sum(theirs) > 105:
        return None  # shares that add up to more than the whole: some are blocs of others ("government")
    gap = mine - max(theirs)
    size = Quantity(q.value, None, "count", None, q.precision, q.text, q.start, q.end)
    ok = bears_out(size, _cell_quantity(size, round(gap, 6)))  # a negative gap is no lead
    found = f"{format_number(mine)} for {named[0]} against {format_number(max(theirs))}: {format_number(round(gap, 6))}"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in r.conds),
        ", ".join([named[0], *others]),
        f"a lead of {q.text}",
        found,
        (passage.location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, f"a lead of {q.text}", [passage])


def _difference(r: _Read, claim: Reading) -> Outcome | None:
    """'The Congress won three fewer seats than in 2003', 'Kenya has five more wins than Canada':
    the gap between two rows of a column, or between a row's column and its column of the year
    after "than"; supported when it is the claim's figure, on the claim's side."""
    more, less = says_more(claim.text)
    said = comparison(claim.text)
    if more == less or said is None or len(r.figures) != 1 or any(superlative(claim.text)):
        return None
    q = r.figures[0]
    if q.hedge or claim.text[q.end : said.start()].strip():
        return None  # a gap is said right before "more" or "fewer"; "more than 30 seats" is a bound
    table = r.source.table
    assert table is not None
    than = said.end()
    values = r.value_words
    words = r.wanted - relation_concepts() - values
    pairs = _pairs(r.conds)
    after_years = {int(y) for y in _YEAR_RE.findall(claim.text[than:])}
    if len(pairs) == 1:
        a, b = pairs[0]
        if _position(claim.text, a) > than:
            a, b = b, a
        fixed = [c for c in r.conds if c not in (a, b)]
        column = _measure(r.source, words, claim, [c.column for c in r.conds])
        if column is None or _unsaid(r, _measure_words(r.source, column), checks=("comparison",)):
            return None
        rows = [_select([*fixed, c], r.source) for c in (a, b)]
        if any(len(found) != 1 for found in rows):
            return None
        (pa, ca), (pb, cb) = rows[0][0], rows[1][0]
        columns_used, names = (column, column), (str(a.value), str(b.value))
    elif len(after_years) == 1:
        rows_named = _select(r.conds, r.source)
        if len(rows_named) != 1:
            return None
        (year,) = after_years
        _, numbers, _ = columns(r.source)
        then = [c for c in numbers if column_years(c) == {year}]
        now = _measure(r.source, words, claim, then)
        if len(then) != 1 or now is None or column_years(now):
            return None
        if _unsaid(r, _measure_words(r.source, now), _column_words(table, then[0]), checks=("comparison",)):
            return None
        (pa, ca), (pb, cb) = rows_named[0], rows_named[0]
        columns_used, names = (now, then[0]), (now, then[0])
    else:
        return None
    va, vb = cell_number(ca.get(columns_used[0], "")), cell_number(cb.get(columns_used[1], ""))
    if va is None or vb is None:
        return None
    gap = va - vb
    ok = (gap > 0 if more else gap < 0) and bears_out(
        q, _cell_quantity(q, abs(gap), column_scale(table, columns_used[0]))
    )
    claimed = f"{q.text} {'more' if more else 'fewer'}"
    found = f"{format_number(va)} for {names[0]} and {format_number(vb)} for {names[1]}: {format_number(abs(gap))} {'more' if gap > 0 else 'fewer' if gap < 0 else 'the same'}"
    column = columns_used[0] if columns_used[0] == columns_used[1] else f"{columns_used[0]}, {columns_used[1]}"
    select = tuple(c.words() for c in r.conds if len(pairs) != 1 or c not in pairs[0])
    program = Program(
        r.source.info.id, "difference", select, column, claimed, found, tuple(dict.fromkeys((pa.location, pb.location)))
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, list(dict.fromkeys([pa, pb])))


_SMALL_GAP_RE = re.compile(
    rf"\b(\d+|{alternation(load('numbers')['small'])})\s+[A-Za-z]+\s+(?:behind|ahead\s+of)\b", re.IGNORECASE
)
_GAP_SIDE_RE = re.compile(r"^(?:\s+(?P<noun>[A-Za-z][\w'-]*))?\s+(behind|ahead\s+of)\b", re.IGNORECASE)


def _behind_row(r: _Read, claim: Reading) -> Outcome | None:
    """'Brad Faxon finished one shot behind Loren Roberts', 'Ann Lee finished 12 points ahead of Bo
    Ray': the gap between two named rows in the column the figure's noun names; where less is
    better (shots, seconds: tables.toml lower_better) more of it is behind."""
    if len(r.figures) == 1:
        q = r.figures[0]
    elif not r.figures and (m := _SMALL_GAP_RE.search(claim.text)):
        # "one shot behind": a small number the figure reader leaves to the words around it.
        small = load("numbers")["small"]
        value = float(m.group(1)) if m.group(1)[0].isdigit() else float(small[m.group(1).lower()])
        q = Quantity(value, None, "count", None, 0.0, m.group(1), m.start(1), m.end(1))
    else:
        return None
    side = _GAP_SIDE_RE.match(claim.text[q.end : q.end + 40])
    # The noun is the word between the figure and "behind" ("one shot behind").
    noun = next(iter(concepts_of(side.group("noun"))), None) if side is not None and side.group("noun") else None
    if side is None or noun is None or q.hedge:
        return None
    pairs = _pairs(r.conds)
    if len(pairs) != 1:
        return None
    a, b = pairs[0]
    pivot = q.end + side.end()
    if _position(claim.text, a) > pivot:
        a, b = b, a
    if _position(claim.text, b) < pivot:
        return None  # which row is behind which, the claim's words do not place
    table = r.source.table
    assert table is not None
    column = _measure(
        r.source, frozenset({noun}) | nouns_of_verbs(frozenset({noun})), claim, [c.column for c in r.conds]
    )
    if column is None or _unsaid(r, _measure_words(r.source, column), frozenset({noun}), _GAP_WORDS):
        return None
    fixed = [c for c in r.conds if c not in (a, b)]
    rows = [_select([*fixed, c], r.source) for c in (a, b)]
    if any(len(found) != 1 for found in rows):
        return None
    (pa, ca), (pb, cb) = rows[0][0], rows[1][0]
    va, vb = cell_number(ca.get(column, "")), cell_number(cb.get(column, ""))
    if va is None or vb is None:
        return None
    behind = (va - vb) if noun in _LOWER_BETTER else (vb - va)  # how far a is behind b
    ahead = side.group(2).lower().startswith("ahead")
    gap = -behind if ahead else behind
    ok = gap > 0 and bears_out(q, _cell_quantity(q, gap, column_scale(table, column)))
    how = "ahead of" if ahead else "behind"
    claimed = f"{a.value} {q.text} {how} {b.value}"
    found = f"{format_number(va)} for {a.value} and {format_number(vb)} for {b.value}"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in fixed),
        column,
        claimed,
        found,
        (pa.location, pb.location),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [pa, pb])


def _behind_top(r: _Read, claim: Reading) -> Outcome | None:
    """'Jackie Stewart finished one lap down': the row's gap to the highest value of the column the
    figure's noun names (the leader's laps less the row's)."""
    if len(r.figures) != 1:
        return None
    q = r.figures[0]
    if q.hedge or not _DOWN_AFTER_RE.match(claim.text[q.end : q.end + 40]):
        return None
    noun = _gap_noun(claim, q)
    if noun is None:
        return None
    column = _measure(
        r.source,
        frozenset({noun}) | (nouns_of_verbs(frozenset({noun})) if noun in _LOWER_BETTER else frozenset()),
        claim,
    )
    rows = _select(r.conds, r.source)
    # "seven points behind the winner": the winner is the leading row, "finished" its verb.
    if column is None or len(rows) != 1 or _unsaid(r, _measure_words(r.source, column), frozenset({noun}), _GAP_WORDS):
        return None
    values = [v for _, cells in _rows(r.source) if (v := cell_number(cells.get(column, ""))) is not None]
    (passage, _), mine = rows[0], cell_number(rows[0][1].get(column, ""))
    if mine is None or not values:
        return None
    # "one shot behind the leader": where less is better (shots, seconds), the leader has the least.
    lower = noun in _LOWER_BETTER or _lower_better(r.source, column)
    top = min(values) if lower else max(values)
    gap = mine - top if lower else top - mine
    found = f"{format_number(mine)} against the leading {format_number(top)}: {format_number(gap)} behind"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in r.conds),
        column,
        f"{q.text} behind",
        found,
        (passage.location,),
    )
    table = r.source.table
    assert table is not None
    ok = bears_out(q, _cell_quantity(q, gap, column_scale(table, column)))
    return _outcome(r.source, "supported" if ok else "disputed", program, f"{q.text} behind the leader", [passage])


_RECORD_SAID_RE = re.compile(
    r"(?<![\d.,])(\d{1,3})\s?[-–]\s?(\d{1,3})\s?[-–]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?(?![\d.,-])"
)
# Two numbers, not three ("25-5-6" is a record of wins, losses and ties, no score).
_PAIR_RE = re.compile(r"(?<![\d.,])(?<!\d\s[-–]\s)(?<!\d[-–])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d.,]\d)(?!\s*[-–]\s*\d)")
_WIN, _LOSS = concepts_of("won beat"), concepts_of("lost lose loss")
_TIE = concepts_of(" ".join(_WORDS["tie"]))
_SHUTOUT_RE = re.compile(rf"\b(?:{alternation(_WORDS['shutout'])})\b", re.IGNORECASE)


# "+ 5.294", "+ 1:09.405" (a minute and 9.405 seconds), "+ 1 lap", "+ 2 laps".
_GAP_CELL_RE = re.compile(r"^\+\s?(?:(\d+):)?(\d+(?:\.\d+)?)(?:\s*(laps?|s|secs?))?$")


def _gap_cells(source: Source) -> str | None:
    """The column giving each row's gap to the first ("+ 5.294", "+ 1 lap"): a column of text most
    of whose cells are such gaps (the first row's holds its own time, the retired rows a reason)."""
    _, _, texts = columns(source)
    found = []
    for t in texts:
        values = [cells.get(t, "") for _, cells in _rows(source)]
        if values and sum(bool(_GAP_CELL_RE.match(v)) for v in values) * 2 >= len(values):
            found.append(t)
    return found[0] if len(found) == 1 else None


def _gap(r: _Read, claim: Reading) -> Outcome | None:
    """'Montoya finished 5.294 seconds behind the winner', 'Villeneuve finished a lap behind':
    the row's cell in a column of gaps to the first ("+ 5.294"), in seconds or in laps."""
    if len(r.figures) != 1 or not _BEHIND_RE.search(claim.text):
        return None
    q = r.figures[0]
    column = _gap_cells(r.source)
    row = _one_row(r.conds, r.source)
    table = r.source.table
    assert table is not None
    if column is None or row is None or q.hedge:
        return None
    laps = q.dimension == "count" and bool(_LAPS_AFTER_RE.match(claim.text, q.end))
    lap_words = concepts_of("lap") if laps else frozenset()
    if not (laps or q.dimension == "time") or _unsaid(r, _column_words(table, column), _GAP_WORDS, lap_words):
        return None
    passage, cells = row
    m = _GAP_CELL_RE.match(cells.get(column, ""))
    if m is None:
        return None  # the first row's own time, or a reason for retiring: no gap
    in_laps = (m.group(3) or "").startswith("lap")
    if in_laps != laps:
        return None  # seconds said, laps given (or the other way): not the same measure
    # The claim's figure in the cells' measure: laps, or seconds ("1.5 minutes" is 90 seconds).
    claimed = q if laps or q.unit is None else _as_unit(q, "second")
    ok = bears_out(claimed, _cell_quantity(claimed, 60 * float(m.group(1) or 0) + float(m.group(2))))
    said = f"{q.text} behind the first"
    program = Program(
        r.source.info.id,
        "difference",
        tuple(c.words() for c in r.conds),
        column,
        said,
        cells.get(column, ""),
        (passage.location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, said, [passage], f"column {column}")


def _as_unit(q: Quantity, unit: str) -> Quantity:
    """A figure converted to another unit of its dimension, its rounding with it."""
    factor = convert(1.0, q.unit or unit, unit)
    return replace(q, value=q.value * factor, precision=q.precision * factor, unit=unit)


def _score_pairs(text: str) -> list[frozenset[int]]:
    """The scores a text writes ("30-14", "6-2, 3-6, 6-2"), each as the two numbers in either order."""
    return [frozenset({int(a), int(b)}) for a, b in _PAIR_RE.findall(text)]


def _outcome_of(text: str) -> str:
    """A result cell's outcome from its letter ("w 30 - 14": win), or ""."""
    first = text.strip().lower().split(" ", 1)[0] if text.strip() else ""
    return {"w": "win", "l": "loss"}.get(first, "")


def _side_outcome(cells: dict[str, str], column: str, sides: Sequence[str], side: str) -> str:
    """A bare score's outcome ("win", "loss", or "" for a draw or no score) for the side named
    `side`, which one of the two sides' columns holds: the score's first number is the left's."""
    pairs = _PAIR_RE.findall(cells.get(column, ""))
    if tuple(sides) == (OWN_FIRST,):
        if len(pairs) != 1:
            return ""
        first, second = (int(n) for n in pairs[0])
        return "win" if first > second else "loss" if first < second else "tie"
    left, right = (cells.get(c, "") for c in sides)
    if (left == side) == (right == side) or len(pairs) != 1:
        return ""
    first, second = (int(n) for n in pairs[0])
    mine, theirs = (first, second) if left == side else (second, first)
    return "win" if mine > theirs else "loss" if mine < theirs else ""


@lru_cache(maxsize=256)
def _sides(source: Source) -> tuple[str, str, str, str] | None:
    """A game log's score column between its two sides' columns (visitor, score, home) and the
    side the table is about, which every row holds on one side or the other (the title's subject:
    "carolina" in the Carolina Hurricanes' games): (score, left, right, side); None otherwise."""
    table = source.table
    assert table is not None
    texts = columns(source)[2]
    rows = _rows(source)
    for at, column in enumerate(table.columns[1:-1], 1):
        left, right = table.columns[at - 1], table.columns[at + 1]
        if column not in texts or left not in texts or right not in texts:
            continue
        if not rows or not all(_score_pairs(cells.get(column, "")) for _, cells in rows):
            continue
        held = cell_values(source, left) | cell_values(source, right)
        own = [v for v in held if value_words(v) - numbers_in(v) and value_words(v) <= title_words(source)]
        if len(own) == 1 and all(own[0] in (cells.get(left), cells.get(right)) for _, cells in rows):
            return column, left, right, own[0]
    return None


@lru_cache(maxsize=256)
def _by_record(source: Source) -> tuple[str, dict[str, str]] | None:
    """A team's game log with no sides' columns whose record ("16 - 4 - 5") goes up by one game a
    row: the record column, and the outcome of each row it shows, by the record cell (a win where
    the first number went up, a loss the second; a tie the one that goes up where, and only where,
    the score is level: the third in "W - L - T", the second in "W - D - L"). The first row's is
    known only where its score is level (a tie); None where the record and scores disagree."""
    if _sides(source) is not None:
        return None
    rows = [cells for _, cells in _rows(source)]
    texts = columns(source)[2]
    if len(rows) < 4:
        return None

    def counts(cells: dict[str, str], column: str) -> tuple[int, ...]:
        m = _RECORD_RE.match(cells.get(column, ""))
        return tuple(int(n) for n in m.groups() if n) if m else ()

    records = [
        c
        for c in texts
        if all(
            len(counts(a, c)) == len(counts(b, c)) > 1
            and sorted(y - x for x, y in zip(counts(a, c), counts(b, c), strict=True))
            == [0] * (len(counts(a, c)) - 1) + [1]
            for a, b in itertools.pairwise(rows)
        )
    ]
    scores = [
        c for c in texts if c not in records and all(len(_PAIR_RE.findall(cells.get(c, ""))) == 1 for cells in rows)
    ]
    if len(records) != 1 or len(scores) != 1:
        return None
    record, score = records[0], scores[0]

    def level(cells: dict[str, str]) -> bool:
        first, second = _PAIR_RE.findall(cells[score])[0]
        return int(first) == int(second)

    went_up = [
        next(i for i, (x, y) in enumerate(zip(counts(a, record), counts(b, record), strict=True)) if y > x)
        for a, b in itertools.pairwise(rows)
    ]
    # Each number of the record: the kind of game that sends it up, level scores or not. The
    # first is wins; one sent up by level scores is ties ("W - L - T", "W - D - L"); any other a
    # loss (in regulation, or in overtime: "W - L - T - OTL").
    levels: dict[int, set[bool]] = {}
    for i, cells in zip(went_up, rows[1:], strict=True):
        levels.setdefault(i, set()).add(level(cells))
    if any(len(kinds) > 1 for kinds in levels.values()) or True in levels.get(0, set()):
        return None  # a number sent up by level and other scores alike, or wins by level scores
    names = {i: "tie" if True in kinds else "win" if i == 0 else "loss" for i, kinds in levels.items()}
    if list(names.values()).count("tie") > 1:
        return None
    outcomes = {cells[record]: names[i] for i, cells in zip(went_up, rows[1:], strict=True)}
    # The first row's: a tie where level; else a win or a loss, which is not known ("decided").
    outcomes[rows[0][record]] = "tie" if level(rows[0]) else "decided"
    return record, outcomes


_RECORD_RE = re.compile(r"^\s*(\d{1,3})\s*-\s*(\d{1,3})(?:\s*-\s*(\d{1,3}))?(?:\s*-\s*(\d{1,3}))?\s*$")
BY_RECORD = "outcome by record"  # an outcome read from the record's change (`_Cond.sides`)
OWN_FIRST = "own side first"  # a score whose first number is the table's own side's (`_Cond.sides`)


@lru_cache(maxsize=256)
def _own_first(source: Source) -> str | None:
    """A team's game log with no sides' columns ("opponent", "score", "record"): the score
    column whose first number is the team's, as its record shows (a win wherever, and only
    where, the record's wins go up by one from the game before); None otherwise."""
    table = source.table
    assert table is not None
    if _sides(source) is not None:
        return None
    rows = [cells for _, cells in _rows(source)]
    texts = columns(source)[2]
    if len(rows) < 4:
        return None
    scores = [c for c in texts if all(len(_PAIR_RE.findall(cells.get(c, ""))) == 1 for cells in rows)]

    def games(cells: dict[str, str], column: str) -> int:
        m = _RECORD_RE.match(cells.get(column, ""))
        return sum(int(n) for n in m.groups() if n) if m else -1

    # The record: games played so far, one more each row ("24 - 10 - 5", then "25 - 10 - 5").
    records = [
        c
        for c in texts
        if all(games(a, c) >= 0 and games(b, c) == games(a, c) + 1 for a, b in itertools.pairwise(rows))
    ]
    scores = [c for c in scores if c not in records]
    if len(scores) != 1 or len(records) != 1:
        return None
    wins = [int(_RECORD_RE.match(cells[records[0]]).group(1)) for cells in rows]  # type: ignore[union-attr]
    agree = 0
    for before, after, cells in zip(wins, wins[1:], rows[1:], strict=False):
        first, second = (int(n) for n in _PAIR_RE.findall(cells[scores[0]])[0])
        if (after - before == 1) != (first > second) or after - before not in (0, 1):
            return None
        agree += 1
    return scores[0] if agree >= 3 else None


def _outcome_by_sides(r: _Read, cells: dict[str, str], column: str) -> str:
    """A bare score's outcome for the table's own side, where the score stands between the two
    sides' columns and one of them holds the title's subject; "" otherwise."""
    found = _sides(r.source)
    if found is None or found[0] != column:
        return ""
    return _side_outcome(cells, column, found[1:3], found[3])


def _opponent_first(conds: Sequence[_Cond], claim: Reading, source: Source) -> bool:
    """Whether the other side, a row's value the claim names, comes before its verb of winning or
    losing ("Boston beat Carolina"): the claim's win is then the other side's. A date said first
    ("On January 8, Carolina beat Boston") is no side."""
    verbs = [m.start() for m in re.finditer(r"[A-Za-z]+", claim.text) if concepts_of(m.group()) & (_WIN | _LOSS)]
    found = _sides(source)
    said = [
        p
        for c in conds
        if isinstance(c.value, str)
        and not c.coded
        and not c.sides
        and (c.column in found[1:3] if found else not any(ch.isdigit() for ch in c.value))
        and (p := _position(claim.text, c)) >= 0
    ]
    return bool(verbs and said) and min(said) < min(verbs)


def _score(r: _Read, claim: Reading) -> Outcome | None:
    """'The Patriots beat the Pittsburgh Steelers 30-14 in week 1', 'McEnroe beat Mats Wilander
    6-2, 3-6, 6-2': the row's score (and its outcome, where the cell gives one) against the
    claim's, a score being two numbers in either order."""
    texts = columns(r.source)[2]
    scored = [t for t in texts if all(_score_pairs(v) for v in cell_values(r.source, t))]
    # A score the claim writes as the cell does ("1-0" for "1 - 0") is the score's, no row's value.
    r = replace(r, conds=tuple(c for c in r.conds if c.column not in scored))
    named = {p for c in r.conds if isinstance(c.value, str) for p in _score_pairs(c.value)}
    said = [p for p in _score_pairs(claim.text) if p not in named]  # "aged 35-44": a value's, no score
    if not said:
        return None
    # "beat" read as a cell's "w": the outcome is the score cell's, checked with it below.
    r = replace(r, conds=tuple(c for c in r.conds if not c.coded and not c.sides))
    rows = _select(r.conds, r.source)
    used = {c.column for c in r.conds}
    scored = [t for t in scored if t not in used]
    if 1 < len(rows) <= _FEW_GAMES and r.conds and not r.figures:
        # "beat the Scottish Claymores 10-9" when they met twice: the game of that score; where
        # none of them has it, each game's score says so.
        by_score = [(p, cells) for p, cells in rows if any(_score_pairs(cells.get(t, "")) == said for t in scored)]
        if not by_score:
            return _no_game_scored(r, claim, rows, scored, said)
        rows = by_score
    if len(rows) != 1:
        return None
    table = r.source.table
    assert table is not None
    passage, cells = rows[0]
    matching = [t for t in scored if _score_pairs(cells.get(t, "")) == said]
    with_outcome = [t for t in scored if _outcome_of(cells.get(t, ""))]
    column = matching[0] if len(matching) == 1 else with_outcome[0] if not matching and len(with_outcome) == 1 else None
    if column is None:
        return None
    cell = cells.get(column, "")
    claimed_outcome = "win" if r.wanted & _WIN else "loss" if r.wanted & _LOSS else ""
    cell_outcome = (
        _outcome_of(cell)
        or ("win" if value_words(cell) & _WIN else "loss" if value_words(cell) & _LOSS else "")
        or _outcome_by_sides(r, cells, column)
    )
    if claimed_outcome and _opponent_first(r.conds, claim, r.source):
        # "Boston beat Carolina": the other side's win is the table's side's loss.
        claimed_outcome = {"win": "loss", "loss": "win"}[claimed_outcome]
    claimed = _scores_said(claim)
    numbers = numbers_in(claimed.replace(",", " "))
    # "beat" or "lost" is checked only against a cell that gives the outcome ("w 30 - 14",
    # "runner - up"); a bare "4 - 3" does not say who won, and the claim's word stays unchecked.
    outcome_words = _WIN | _LOSS if cell_outcome else frozenset()
    if _unsaid(r, _column_words(table, column), value_words(cell) - _WIN - _LOSS, numbers, outcome_words):
        return None
    same_score = _score_pairs(cell) == said
    same_outcome = not claimed_outcome or not cell_outcome or claimed_outcome == cell_outcome
    if claimed_outcome:
        claimed = f"a {claimed_outcome} {claimed}"
    program = Program(
        r.source.info.id, "lookup", tuple(c.words() for c in r.conds), column, claimed, cell, (passage.location,)
    )
    verdict: Verdict = "supported" if same_score and same_outcome else "disputed"
    return _outcome(r.source, verdict, program, claimed, [passage])


_FEW_GAMES = 4  # the games of a season between two sides; more is a pool, not a few games named


def _scores_said(claim: Reading) -> str:
    """The scores a claim gives, as it gives them ("10-9", "6-1, 6-1")."""
    return ", ".join(f"{a}-{b}" for a, b in _PAIR_RE.findall(claim.text))


def _no_game_scored(
    r: _Read,
    claim: Reading,
    rows: Sequence[tuple[Passage, dict[str, str]]],
    scored: list[str],
    said: list[frozenset[int]],
) -> Outcome | None:
    """The few games the claim's names pick, none with its score: disputed, each game's score shown."""
    table = r.source.table
    assert table is not None
    columns_of = {t for t in scored for _, cells in rows if _outcome_of(cells.get(t, ""))}
    if len(columns_of) != 1:
        return None  # which column holds the score, no cell says
    column = columns_of.pop()
    cells_said = frozenset().union(*(value_words(cells.get(column, "")) for _, cells in rows))
    claimed = _scores_said(claim)
    numbers = numbers_in(claimed.replace(",", " "))
    if _unsaid(r, _column_words(table, column), cells_said - _WIN - _LOSS, numbers, _WIN | _LOSS):
        return None
    found = "; ".join(cells.get(column, "") for _, cells in rows)
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in r.conds),
        column,
        claimed,
        found,
        tuple(p.location for p, _ in rows),
    )
    return _outcome(r.source, "disputed", program, claimed, [p for p, _ in rows])


def _two_columns(r: _Read, claim: Reading) -> Outcome | None:
    """'Edinburgh handled more domestic than international passengers': one row, the column named
    before "than" against the one named after it."""
    more, less = says_more(claim.text)
    said = comparison(claim.text)
    if more == less or said is None or r.figures:
        return None
    rows = _select(r.conds, r.source)
    if len(rows) != 1:
        return None
    table = r.source.table
    assert table is not None
    values = r.value_words
    than = claim.text.lower().rfind(" than ", 0, said.end() + 1)
    left = concepts_of(claim.text[:than]) - values - concepts_of(said.group().split()[0])
    right = concepts_of(claim.text[than + 6 :]) - values
    exclude = [c.column for c in r.conds]
    a = _measure(r.source, left - right, claim, exclude) or _measure(r.source, left, claim, exclude)
    b = _measure(r.source, right - left, claim, exclude) or _measure(r.source, right, claim, exclude)
    if a is None or b is None or a == b:
        return None
    if _unsaid(r, _column_words(table, a), _column_words(table, b), checks=("comparison",)):
        return None
    passage, cells = rows[0]
    va, vb = cell_number(cells.get(a, "")), cell_number(cells.get(b, ""))
    if va is None or vb is None:
        return None
    ok = va > vb if more else va < vb
    claimed = f"{a} {'more' if more else 'less'} than {b}"
    found = f"{format_number(va)} in {a} and {format_number(vb)} in {b}"
    program = Program(
        r.source.info.id, "compare", tuple(c.words() for c in r.conds), f"{a}, {b}", claimed, found, (passage.location,)
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [passage])


def _sum(r: _Read, claim: Reading) -> Outcome | None:
    """'In all, 1,129 medals were awarded', 'the two clubs together scored 40 goals': a column's
    total over the rows the claim names (every row, when it names none)."""
    if not _SUM_RE.search(claim.text) or _other_relation(claim, r.source):
        return None
    # "The eight settlements had 61,040 inhabitants between them": a figure that counts the rows.
    sized = [f for f in r.figures if len(r.figures) == 2 and _row_noun(r, claim, f) and f is r.figures[0]]
    summed = [f for f in r.figures if f not in sized]
    if len(summed) != 1:
        return None
    q = summed[0]
    table = r.source.table
    assert table is not None
    noun = _noun(claim, q)
    column = _measure(r.source, frozenset({noun} if noun else ()) | (r.wanted - relation_concepts()), claim)
    totals = [c for c in columns(r.source)[1] if c.lower() in _TOTAL_NAMES]
    if column is None and noun in title_words(r.source) and len(totals) == 1:
        column = totals[0]  # "1,129 medals" in a medal table: its total column, added up
    if column is None or (column.lower() in {"total"} and any(c.column == column for c in r.conds)):
        return None
    by_column: dict[str, list[_Cond]] = {}
    for c in r.conds:
        by_column.setdefault(c.column, []).append(c)
    if _unsaid(r, _measure_words(r.source, column), frozenset(n for f in sized if (n := _noun(claim, f)))):
        return None
    if len(r.conds) == 1:
        return None  # one row named: its own cell, which the figure checks read
    if r.conds and (len(by_column) != 1):
        return None
    rows = [(p, cells) for p, cells in _rows(r.source) if not r.conds or any(c.holds(cells) for c in r.conds)]
    values = [cell_number(cells.get(column, "")) for _, cells in rows]
    if not rows or any(v is None for v in values):
        return None
    total = sum(v for v in values if v is not None)
    ok = bears_out(q, _cell_quantity(q, total, column_scale(table, column)))
    if not ok and any(_APPROXIMATE_RE.search(cells.get(column, "")) for _, cells in rows):
        # A sum with "~140000" in it is known only roughly: no dispute by a few (the table's own
        # total row, where it has one, is read by the figure's lookup).
        return None
    ok = ok and all(f.value == len(rows) for f in sized)  # "the eight settlements": eight rows added up
    select = tuple(" or ".join(c.words() for c in r.conds) for _ in [0] if r.conds)
    program = Program(
        r.source.info.id, "sum", select, column, q.text, format_number(total), tuple(p.location for p, _ in rows)
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, q.text, [p for p, _ in rows])


_APPROXIMATE_RE = re.compile(r"^\s*~|\((?:estimate|estimated|approximately|approx)\)", re.IGNORECASE)


_FIRST_RE = re.compile(rf"\b(?:{alternation(load('numbers')['first_place'])})\b", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z][\w'-]*)")
_LAST_RE = re.compile(rf"\b([A-Za-z]+)\s+(?:{alternation(_WORDS['last'])})\b", re.IGNORECASE)
_END_RE = re.compile(
    rf"\b(?P<end>{alternation([*_WORDS['first'], *_WORDS['last']])})\s+"
    rf"(?:(?P<n>\d+|{alternation(load('numbers')['small'])})\s+)?(?P<noun>[A-Za-z]+)",
    re.IGNORECASE,
)


def _ends(r: _Read, claim: Reading) -> Outcome | None:
    """'Schumacher won the last five races of the season', 'Yovanovits was the Jets' last pick':
    the first or last rows by the column the noun names, or that numbers the rows ("races":
    round), and every value the claim names holds in each of them."""
    m = _END_RE.search(claim.text)
    if m is None or _other_relation(claim, r.source) or (r.figures and not m.group("n")):
        return None
    table = r.source.table
    assert table is not None
    if _names_column(r.source, f"{m.group('end')} {m.group('noun')}"):
        return None  # "first top-division season": the name of a column, no first of the rows
    small = load("numbers")["small"]
    raw_n = m.group("n")
    n = int(raw_n) if raw_n and raw_n.isdigit() else small.get((raw_n or "").lower(), 1)
    noun = next(iter(concepts_of(m.group("noun"))), "")
    _, numbers, texts = columns(r.source)
    # A column of row numbers with a few labels among them ("p" for a prologue) orders its numbered
    # rows; which is first is then not known, which is last is.
    labelled = [
        t
        for t in texts
        if noun in _column_words(table, t)
        and 10 * sum(v.isdigit() for v in cell_values(r.source, t)) >= 8 * len(cell_values(r.source, t))
    ]
    last_said = m.group("end").lower() in _WORDS["last"]
    # A column the noun names orders the rows where it numbers them or ranks them ("the first
    # round", "the last pick"); "its first seat" is no first row by seats won.
    named = [
        c
        for c in numbers
        if noun in _column_words(table, c) and (_numbers_rows(r.source, c) or _is_unique(r.source, c))
    ] or (labelled if last_said else [])
    keys = [c for c in numbers if _numbers_rows(r.source, c)]
    order = named[0] if len(named) == 1 else keys[0] if len(keys) == 1 and _row_noun_word(r, noun) else None
    if order is None or not r.conds:
        return None
    if [q for q in r.figures if not (raw_n and q.text.lower() == raw_n.lower())]:
        return None
    if _unsaid(r, _column_words(table, order), frozenset({noun}), checks=("place",)):
        return None
    rows = sorted(
        ((p, cells, v) for p, cells in _rows(r.source) if (v := cell_number(cells.get(order, ""))) is not None),
        key=lambda row: row[2],
    )
    last = m.group("end").lower() in _WORDS["last"]
    # Rows that share a number (two races a round) are one place in the order.
    places = sorted({v for _, _, v in rows}, reverse=last)[:n]
    if len(places) < n:
        return None
    at_ends = [(p, cells) for p, cells, v in rows if v in places]
    chosen = _select(r.conds, r.source)
    if len(chosen) == 1:
        # "Zidek was taken in the first round": his row is among the first round's.
        ok = chosen[0][0] in [p for p, _ in at_ends]
    else:
        # "Schumacher won the last five races": each of the last five is his.
        ok = all(all(c.holds(cells) for c in r.conds) for _, cells in at_ends)
    end = m.group("end").lower()
    claimed = f"{' and '.join(c.words() for c in r.conds)} in the {end} {raw_n or ''} by {order}".replace("  ", " ")
    found = f"{sum(all(c.holds(cells) for c in r.conds) for _, cells in at_ends)} of {len(at_ends)} rows"
    program = Program(
        r.source.info.id,
        end,
        tuple(c.words() for c in r.conds),
        order,
        claimed,
        found,
        tuple(p.location for p, _ in at_ends),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [p for p, _ in at_ends])


def _trend_across(r: _Read, claim: Reading) -> Outcome | None:
    """'Ilfov's population grew between 2002 and 2011', 'Ukraine's arrivals rose 1.0% between 2011
    and 2012': one row's values in the columns of the two years (a table with a column a year),
    the direction, and the change if the claim gives it."""
    up, down = direction(claim.text)
    years = sorted(claim.years)
    if up == down or len(years) != 2:
        return None
    table = r.source.table
    assert table is not None
    numbers = columns(r.source)[1]
    words = r.wanted - relation_words("trend") - relation_words("comparison")

    # A column of each year, the one the claim's words name best when a year has several.
    def column_of(year: int) -> str | None:
        dated = [c for c in numbers if column_years(c) == {year}]
        if len(dated) <= 1:
            return dated[0] if dated else None
        best = _measure(r.source, words, claim, [c for c in numbers if c not in dated])
        return best

    first, last = column_of(years[0]), column_of(years[1])
    rows = _select(r.conds, r.source)
    if first is None or last is None or first == last or len(rows) != 1:
        return None
    changes = [q for q in r.figures if q.dimension == "percent"]
    # "grew from 14,526 in 1956 to 1,377,450 in 2006": the two values, in the order of the years.
    ends = sorted(r.figures, key=lambda q: q.start) if len(r.figures) == 2 and not changes else []
    if ends and [int(m.group()) for m in _YEAR_RE.finditer(claim.text)] != years:
        return None  # "to 1,377,450 in 2006 from 14,526 in 1956": not read
    if (len(r.figures) != len(changes) and not ends) or len(changes) > 1:
        return None
    if _unsaid(r, _column_words(table, first), _column_words(table, last), checks=("trend",)):
        return None
    passage, cells = rows[0]
    a, b = cell_number(cells.get(first, "")), cell_number(cells.get(last, ""))
    if a is None or b is None or a == 0:
        return None
    change = (b - a) / a * 100
    ok = change > 0 if up else change < 0
    if changes:
        ok = ok and bears_out(changes[0], _cell_quantity(changes[0], abs(change)))
    for q, column, value in zip(ends, (first, last), (a, b), strict=False):
        precision = 0.5 * 10 ** -cell_decimals(cells.get(column, "")) if cell_decimals(cells.get(column, "")) else 0.0
        scale = column_scale(table, column)
        ok = ok and bears_out(q, replace(_cell_quantity(q, value, scale), precision=precision * scale))
    held = factor_holds(claim.text, b / a)
    ok = ok and held is not False
    went = "rose" if change > 0 else "fell" if change < 0 else "stayed the same"
    found = f"{format_number(a)} in {years[0]} and {format_number(b)} in {years[1]}: {went} by {abs(change):.1f}%"
    found += f" (x{b / a:.3f})" if held is not None else ""  # 2.996 is no "more than tripled"
    claimed = ("rose" if up else "fell") + (f" {changes[0].text}" if changes else "")
    claimed += f" from {ends[0].text} to {ends[1].text}" if ends else ""
    program = Program(
        r.source.info.id,
        "trend",
        tuple(c.words() for c in r.conds),
        f"{first}, {last}",
        claimed,
        found,
        (passage.location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [passage])


def _row_of_kind(r: _Read, used: list[tuple[Quantity, str]]) -> tuple[Passage, dict[str, str]] | None:
    """Of the few rows a name picks where a table gives each its votes in one row and its shares
    in the next ("john p o'brien": "308944", then "60.8%"), the row whose cells are of the figures'
    kind (a share's a percentage); where those rows agree on the cells read, any of them."""
    rows = _select(r.conds, r.source)
    if not 1 < len(rows) <= 3:
        return None
    kind = [(p, cells) for p, cells in rows if all(_of_kind(cells.get(c, ""), q) for q, c in used)]
    if kind and all(all(cells.get(c) == kind[0][1].get(c) for _, c in used) for _, cells in kind):
        return kind[0]
    return None


def _of_kind(cell: str, q: Quantity) -> bool:
    """Whether a cell gives a figure of the claim's kind: a percentage for a share, else a number."""
    return cell_number(cell) is not None and written_as_share(cell) == (q.dimension == "percent")


def _each_named(r: _Read, claim: Reading) -> Outcome | None:
    """'Karlsson and Singh shared the lead at two under par': several rows named by one column's
    values, each said to hold the claim's other conditions: supported when each does, disputed
    naming the one that does not."""
    if r.figures or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text) or _NONE_RE.search(claim.text):
        return None
    if any(says_more(claim.text)) or comparison(claim.text) is not None:
        return None  # "holds more than the Nokia Arena": two rows compared, not each described
    named = [c for c in r.conds if isinstance(c.value, str) and c.op == "="]
    by_column: dict[str, list[_Cond]] = {}
    for c in named:
        by_column.setdefault(c.column, []).append(c)
    several = [cs for cs in by_column.values() if len(cs) > 1]
    if len(several) != 1 or _unsaid(r):
        return None
    names = several[0]
    said = [c for c in r.conds if c not in names]
    if not said:
        return None
    rows = [_one_row([c], r.source) for c in names]
    if any(row is None for row in rows):
        return None  # a name that is no one row
    wrong = [(c, row) for c, row in zip(names, rows, strict=True) if row and not all(x.holds(row[1]) for x in said)]
    found = "; ".join(
        f"{c.value}: " + ", ".join(f"{x.column} {row[1].get(x.column, '')}" for x in said)
        for c, row in zip(names, rows, strict=True)
        if row
    )
    claimed = " and ".join(str(c.value) for c in names) + ": " + ", ".join(x.words() for x in said)
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in names),
        ", ".join(dict.fromkeys(x.column for x in said)),
        claimed,
        found,
        tuple(row[0].location for row in rows if row),
    )
    shown = [row[0] for _, row in wrong if row] or [row[0] for row in rows if row]
    return _outcome(r.source, "disputed" if wrong else "supported", program, claimed, shown)


def _lookup(r: _Read, claim: Reading) -> Outcome | None:
    """'The Jets drafted Dewayne Robertson with the fourth pick', 'Victor Hobson was drafted in the
    second round': values of one row, a number among them ("the fourth pick": pick 4). Supported
    when a row holds them all; disputed when the row the names pick holds another number."""
    numeric = [c for c in r.conds if not isinstance(c.value, str)]
    named = [c for c in r.conds if isinstance(c.value, str) and c.op == "="]
    # Words a cell holds, said of the row ("beat the Denver Broncos on October 27": a win).
    holding = [c for c in r.conds if c.op in ("~", "win", "loss", "tie", "shutout", "side", "day", "!=")]
    # A year the claim gives a row ("first top-division season was 1930") is a value to find too.
    years = columns(r.source)[0]
    dated = [c for c in named if c.column in years]
    dated = dated if len(dated) < len(named) else []  # the other values pick the row
    named = [c for c in named if c not in dated]
    dated += list(r.unmatched)  # "Goodfellas was released in 2001": a year no row has, the row's to differ
    if r.figures or not named or _other_relation(claim, r.source):
        return None
    if _only_not_of(claim, claim.quantities):
        return None  # "the only American in the top ten": the other rows too, which _only reads
    if not (numeric or holding or dated) and len(named) < 2:
        return None  # one value and nothing said of it: no lookup
    table = r.source.table
    assert table is not None
    # "first elected in 1970", a year no row has: the year column's words are said with it.
    year_words = frozenset().union(*(_column_words(table, c.column) for c in r.unmatched))
    if _EVERY_RE.search(claim.text) or _NONE_RE.search(claim.text) or _unsaid(r, year_words):
        return None
    every = [*r.conds, *r.unmatched]
    held = _select(every, r.source)
    if held and not (numeric or holding or dated or any(c.numbered for c in named)):
        return None  # named values only, held by a row: the row lookup says so (check_row)
    if held:
        program = Program(
            r.source.info.id, "lookup", tuple(c.words() for c in every), "", "the row", "held", (held[0][0].location,)
        )
        return _outcome(r.source, "supported", program, ", ".join(c.words() for c in every), [held[0][0]])
    # The row the named values pick; else the one they and its numbers ("week 5") pick, where a
    # word it should hold is what differs.
    rows = _select(named, r.source)
    if len(rows) != 1:
        rows = _select([*named, *numeric], r.source)
    checked = [*numeric, *holding, *dated]
    if len(rows) != 1 and holding and len(by_year := _select([*named, *numeric, *dated], r.source)) == 1:
        # "Bora voters rejected the amendment in 2008": of Bora's votes, the one of that year,
        # whose outcome is what differs.
        rows, checked = by_year, [*holding]
    if len(rows) != 1:
        # The row its key names ("the Pau Grand Prix": a value of a column each row has its own
        # of, the leftmost such), whose other values are what differs.
        keys = sorted((c for c in named if _is_unique(r.source, c.column)), key=lambda c: table.columns.index(c.column))
        if len({c.column for c in named}) < len(named):
            # Two values of one column ("the O2 Arena ... than the Nokia Arena", "Couples, Price and
            # Roberts were tied for third"): several rows, not one.
            return None
        row = _one_row(keys[:1], r.source) if keys else None
        if (
            row is None
            and (not keys or not _select(keys[:1], r.source))
            and numeric
            and (by_number := _one_row(numeric, r.source)) is not None
        ):
            # "Marco Pantani won stage 13": the row its number names ("stage 13"), whose other
            # values (the winner) are what differs; also where a key value no row holds is said
            # of it ("finished March with a record of 8-3-1": the last game's record).
            rows, checked, named = [by_number], [*named, *holding, *dated], numeric
        elif row is None:
            return _none_holds(r, named, numeric, holding)
        else:
            rows, checked = [row], [*(c for c in named if c is not keys[0]), *checked]
            named = keys[:1]
    passage, cells = rows[0]
    wrong = [c for c in checked if not c.holds(cells)]
    # A column named for the start ("first published") means the span's first year.
    if not wrong or any(_inside_span(c, cells) and not _column_words(table, c.column) & _FIRST_WORDS for c in wrong):
        return None  # "published in 1928" of "1926 - 1928": a year of the span, not its first
    found = ", ".join(f"{c.column} {cells.get(c.column, '')}" for c in wrong)
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in named),
        wrong[0].column,
        ", ".join(c.words() for c in wrong),
        found,
        (passage.location,),
    )
    return _outcome(r.source, "disputed", program, ", ".join(c.words() for c in wrong), [passage])


_SPAN_RE = re.compile(r"^((?:1[0-9]|20)\d\d)\s*(?:-|to)\s*(\d{2,4}|[a-z]+)\b")


def _inside_span(cond: _Cond, cells: dict[str, str]) -> bool:
    """Whether a year a claim gives falls inside the span a cell writes ("1926 - 1928", "1955 -
    present") after its first year: no year the row differs by."""
    m = _SPAN_RE.match(cells.get(cond.column, ""))
    if not cond.year or isinstance(cond.value, str) or m is None:
        return False
    start, end = int(m.group(1)), m.group(2)
    last = int(end) if len(end) == 4 else (start // 100 * 100 + int(end)) if end.isdigit() else 9999
    return start < cond.value <= last


def _none_holds(r: _Read, named: list[_Cond], numeric: list[_Cond], holding: list[_Cond]) -> Outcome | None:
    """'Moser won the stage to Pinerolo': the few rows the claim's words pick (a stage to
    Pinerolo), none of which holds its values (Moser): disputed, naming what they hold."""
    picked = _select(holding, r.source) if holding else []
    if not 0 < len(picked) <= 3 or not named:
        return None
    if any(all(c.holds(cells) for c in [*named, *numeric]) for _, cells in picked):
        return None
    columns_said = list(dict.fromkeys(c.column for c in named))
    found = "; ".join(", ".join(f"{col} {cells.get(col, '')}" for col in columns_said) for _, cells in picked)
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in holding),
        ", ".join(columns_said),
        ", ".join(c.words() for c in named),
        found,
        tuple(p.location for p, _ in picked),
    )
    return _outcome(r.source, "disputed", program, ", ".join(c.words() for c in named), [p for p, _ in picked])


def _figure_column(r: _Read, claim: Reading, q: Quantity, taken: Sequence[str]) -> str | None:
    """The column a figure of a named row is in, named by the words that go with the figure: its
    noun and the words before it ("25 league goals"), and the claim's words that go with no other
    figure ("won 46 seats": seats won), with the measures its verbs name ("killed 800": deaths);
    the figure's noun alone where those name several columns alike."""
    table = r.source.table
    assert table is not None
    exclude = [*taken, *(c.column for c in r.conds)]
    summed = [c for c in _sum_columns(r.source) if c not in exclude]
    if _TOTAL_SAID_RE.search(claim.text) and len(summed) == 1:
        return summed[0]  # "a total of 143" beside "74 + 69 = 143": the column of sums

    def phrase(f: Quantity) -> frozenset[str]:
        head = _noun(claim, f)
        after = _PHRASE_AFTER_RE.match(claim.text[f.end : f.end + 40])
        words = concepts_of(after.group(1)) if after and head is not None else frozenset()
        return (words | {head}) - _TIMES if head is not None else frozenset()

    others = frozenset().union(*(phrase(f) for f in r.figures if f is not q))
    free = r.wanted - r.value_words - others  # no relation is said: _value is not reached then
    free -= frozenset().union(
        *(_column_words(table, c.column) for c in r.conds), *(numbers_in(f.text) for f in r.figures)
    )
    own = phrase(q)
    if q.unit is not None and q.dimension == "time" and CLOCK_DURATION_RE.fullmatch(q.text):
        own |= _CLOCK_WORDS  # "clocked 2:11.72": a race time, the time column's
    elif q.unit == "second":
        own |= _CLOCK_WORDS  # "in 12.54 seconds": a race time, the time column's unless words say other
    elif q.unit is not None and q.dimension == "time":
        own |= concepts_of(q.text.split()[-1])  # "four weeks": the weeks column's word
    elif q.unit is not None and q.dimension != "percent" and not q.dimension.startswith("currency"):
        own |= unit_words(q.unit)  # "351 feet": the column in feet, of two of a height
    if CLOCK_DURATION_RE.fullmatch(q.text):
        # A race time goes in the one column that writes race times, whatever its name ("result").
        clocks = [c for c in columns(r.source)[1] if c not in exclude and _clock_cells(r.source, c)]
        if len(clocks) == 1:
            return clocks[0]
    # With the nouns its verbs go with ("killed 800": deaths), but not a place's ("finished 11
    # rallies" is a count of finishes, no position: a place is an ordinal, which other operations read).
    words = own | free | (nouns_of_verbs(free) - _RANK_NOUNS)
    column = _measure(r.source, words, claim, exclude, q)
    if column is None and q.dimension == "percent":
        # "took 53.2% of the vote": where no column is named otherwise, the one of shares ("%").
        words |= unit_words("percent")
        column = _measure(r.source, words, claim, exclude, q)
    if column is None and own:
        words = own
        column = _measure(r.source, words, claim, exclude)
    if column is None:
        return _title_total(r, claim, q)
    # "Ann Lee scored 24 goals" against league and cup goals: no column is named whole, and
    # taking the one with fewer words unsaid would guess.
    _, numbers, _ = columns(r.source)
    touched = [c for c in numbers if c not in exclude and _column_words(table, c) & words]
    # Or one of those that can hold it: "0.86% of the vote" touches the votes counted and the share.
    fitting = [c for c in touched if _fits_column(r.source, c, q)]
    known = words | accounted_always() | title_words(r.source) | concepts_of(" ".join(map(str, column_years(column))))
    known |= text_words(claim.text)  # what the claim says at all ("People's" of a party's name)
    unsaid = column_unsaid(table, column, known)
    named = len(touched) == 1 or fitting == [column]
    return column if named or column.lower() in _TOTAL_NAMES or not unsaid else None


def _title_total(r: _Read, claim: Reading, q: Quantity) -> str | None:
    """'Ethiopia has won the Boston Marathon 10 times' in a table of wins by country: a count of
    times of what the title counts (its word, said by the claim's verb: won, wins), no column
    named: the table's one total column."""
    table = r.source.table
    assert table is not None
    _, numbers, _ = columns(r.source)
    totals = [c for c in numbers if c.lower() in _TOTAL_NAMES]
    if len(totals) != 1 or _noun(claim, q) not in _TIMES or q.dimension != "count":
        return None
    said = r.wanted - r.value_words - concepts_of(" ".join(_WORDS["times"]))
    if any(_column_words(table, c) & said for c in numbers if c not in totals):
        return None  # a column is named ("the women's open race"): not the total
    # What the title counts: the word before "by" ("wins by country", "deaths by road user").
    counted = re.findall(r"([A-Za-z]+)\s+by\s+[A-Za-z]", r.source.info.title)
    return totals[0] if said & concepts_of(" ".join(counted)) else None


def _fits_column(source: Source, column: str, q: Quantity) -> bool:
    """Whether a column can hold what a figure states: a share only a column of shares (by its
    name, or by its cells: "44.0%"), a weight only one of weights, dollars one of dollars or one
    that names no unit at all ("unit-unstated")."""
    table = source.table
    assert table is not None
    unit, dimension = column_unit(table, column)
    if q.dimension == "percent":
        # A change column ("grew 13.4%") holds changes in percent unless its unit says otherwise.
        changes = bool(_column_words(table, column) & _CHANGE_WORDS) and unit is None
        named = bool(_column_words(table, column) & _RATE) or dimension == "percent" or changes
        # Or some of its cells write shares: a row of votes and one of shares in turn.
        return named or _percent_cells(source, column) or _some_percent_cells(source, column)
    if q.value != int(q.value) and _numbers_rows(source, column):
        return False  # "0.120" is no heat's number: a column that numbers the rows holds no fraction
    counted = q.dimension == "count" and dimension == "percent" and unit is None
    if q.dimension == "time" and q.unit == "second" and _clock_cells(source, column):
        return True  # "2:11.72" in a column of race times ("2:11.58")
    if q.unit == "second" and unit is None and _column_words(table, column) & _IN_SECONDS:
        return True  # "12.54 seconds" in a column "time" of plain numbers
    if q.unit == "second" and unit is None and _column_words(table, column) & _RACE_RESULT:
        return "race" in _title_events(source)  # "7.57 seconds" in a race's "mark"
    return q.dimension == dimension or counted or unit_unstated(table, column, q)


@lru_cache(maxsize=1024)
def _clock_cells(source: Source, column: str) -> bool:
    """Whether a column writes race times ("2:11.58"): some of its cells do, and the others are
    seconds under a minute ("59.87") or no number."""
    values = [v for v in cell_values(source, column) if cell_number(v) is not None]
    clocks = [v for v in values if CLOCK_DURATION_RE.match(v)]
    # Not gaps to the winner ("+ 5.294") beside the winner's time: those are no times of a race.
    plain = [v for v in values if not CLOCK_DURATION_RE.match(v)]
    return bool(clocks) and all(v[:1].isdigit() and (cell_number(v) or 0) < 60 for v in plain)


def _share_column(source: Source, column: str) -> bool:
    """Whether a column holds shares ("% of pop", cells "44.0%"), which no count above 100 is."""
    table = source.table
    assert table is not None
    percent = bool(_column_words(table, column) & _PERCENT)  # a rate per square kilometre is no share
    return percent or column_unit(table, column)[1] == "percent" or _percent_cells(source, column)


@lru_cache(maxsize=1024)
def _some_percent_cells(source: Source, column: str) -> bool:
    """Whether a column holds numbers, about half of them written as percentages ("308944", then
    "60.8%": votes and shares of the same candidates in rows in turn)."""
    values = [v for _, cells in _rows(source) if cell_number(v := cells.get(column, "")) is not None]
    shares = sum(written_as_share(v) for v in values)
    return bool(values) and 0.3 * len(values) <= shares <= 0.7 * len(values)


@lru_cache(maxsize=1024)
def _percent_cells(source: Source, column: str) -> bool:
    """Whether every cell of a column that holds a number writes it as a percentage ("44.0%")."""
    values = [v for v in cell_values(source, column) if cell_number(v) is not None]
    return bool(values) and all(written_as_share(v) for v in values)


def _unstated(found: Outcome, table: Table, column: str, q: Quantity, ok: bool) -> Outcome | None:
    """A finding whose figure is in a currency the column leaves unsaid: supported only flagged and
    said so; where the figures differ, no finding (the table's may be in another currency)."""
    if not unit_unstated(table, column, q):
        return found
    if not ok:
        return None if found.verdict == "disputed" else found
    if found.verdict != "supported":
        return found
    note = f" The table names no currency for {column}; the article's is taken as its."
    return replace(found, explanation=found.explanation + note, flags=(*found.flags, "unit-unstated"))


def _value(r: _Read, claim: Reading, only: str = "") -> Outcome | None:
    """'The 1871 season had eight tropical storms and six hurricanes', 'Japan has won the women's
    wheelchair race five times': the one row the claim names, and each figure against the cell of
    the column its words name (rounding and bounds as the claim writes them); `only`: the one
    column the caller has found for the one figure."""
    if not r.figures or not r.conds or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text):
        return None
    summed = _SUM_RE.search(claim.text)
    if summed and summed.group().lower() in _TOTAL_NAMES and _sum_columns(r.source):
        summed = None  # "a total of 143" in a table of sums: the cell's total, no rows added up
    if _NONE_RE.search(claim.text) or summed or _only_not_of(claim, r.figures):
        return None
    if any(is_margin(claim.text, q) for q in r.figures):
        return None  # "by 157 votes": a gap between two values, no one cell's
    table = r.source.table
    assert table is not None
    used: list[tuple[Quantity, str]] = []
    for q in r.figures:
        column = only or _figure_column(r, claim, q, [c for _, c in used])
        if column is None or not _fits_column(r.source, column, q):
            return None
        used.append((q, column))
    row = _one_row(r.conds, r.source) or _row_of_kind(r, used)
    if row is None:
        return None
    passage, cells = row
    # "ran a season's best of 7.65": a mark the cell writes after its number ("7.65 sb").
    marks = [m for m, said in _MARK_SAID.items() if said.search(claim.text)]
    held = [m for m in marks if any(cells.get(c, "").split()[-1:] == [m] for _, c in used)]
    unsaid = _unsaid(
        r, *(_measure_words(r.source, c) for _, c in used), *(concepts_of(" ".join(_MARK_WORDS[m])) for m in held)
    )
    # A race time said of a named row ("Maeyens won the heat in 6:50.23") is that row's time,
    # whatever the other words say: a time that differs disputes the claim; one that agrees
    # leaves the other words unchecked.
    timed = all(CLOCK_DURATION_RE.fullmatch(q.text) and _clock_cells(r.source, c) for q, c in used)
    if unsaid and not timed:
        return None
    wrong, found, flags, notes = [], [], [], []
    for q, column in used:
        raw = cells.get(column, "")
        value = cell_number(raw)
        if value is None:
            return None  # nothing published, or no number: nothing to compare
        decimals, scale = cell_decimals(raw), column_scale(table, column)
        precision = 0.5 * 10**-decimals * scale if decimals else 0.0
        sq = Quantity(value * scale, q.unit, q.dimension, None, precision, raw, 0, 0)
        hedge = q.hedge or _hedge_after(claim, q)
        parts = cell_parts(raw)
        if parts and not hedge:
            # "72 + 72 = 144": a total of parts (a golfer's rounds). "72 in the second round" is the
            # part the ordinal names; a figure nearer a part than the total, said of none, is unread.
            said_at = [m for m in _ORDINAL_NOUN_RE.finditer(claim.text) if m.group(2).lower() in _PART_NOUNS]
            place = _ROW_ORDINALS.get(said_at[0].group(1).lower()) if len(said_at) == 1 else None
            if place is not None and place <= len(parts):
                sq = replace(sq, value=parts[place - 1] * scale, precision=0.0)
                raw = f"{raw} (part {place}: {format_number(parts[place - 1])})"
            elif min(abs(q.value - v) for v in parts) < abs(q.value - value):
                return None
        if hedge in _HEDGE_OP and not q.hedge:
            ok = _Cond(column, _HEDGE_OP[hedge], q.value / scale).holds(cells)  # "15 goals or more"
        else:
            ok = bears_out(q, sq)
        if unit_unstated(table, column, q):
            if not ok:
                return None  # the figures differ, and the table does not say in which currency its own is
            flags.append("unit-unstated")
            notes.append(f"The table names no currency for {column}; the article's is taken as its.")
        found.append(f"{column} {raw if parts else _shown(cells, column)}")
        if not ok:
            wrong.append(q)
        else:
            flags += qualifiers(q, sq)
            if "rounded" in qualifiers(q, sq):
                notes.append(f"{q.text} is {format_number(value)} rounded.")
    # A row named by another name for its value, or by a broader category, is said to be.
    for c in r.conds:
        if isinstance(c.value, str) and c.op == "=":
            how = category_match(table, c.value, r.wanted)[1]
            flags += [how] if how else []
    said = ", ".join(f"{q.text} ({c})" for q, c in used)
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in r.conds),
        ", ".join(c for _, c in used),
        said,
        ", ".join(found),
        (passage.location,),
    )
    cell = ("column " if len(used) == 1 else "columns ") + ", ".join(c for _, c in used)
    found_outcome = _outcome(r.source, "disputed" if wrong else "supported", program, said, [passage], cell)
    if wrong and any(_a_change_of_it(r.source, cells, q, [c for _, c in used]) for q in wrong):
        return None  # "gained 13 seats": 15 gains, but a net change of 13, which the claim may mean
    if wrong:
        return found_outcome
    if unsaid:
        return None  # the time agrees; what else the claim says is not read
    text = " ".join([found_outcome.explanation, *notes])
    return replace(found_outcome, explanation=text, flags=tuple(dict.fromkeys(flags)))


def _a_change_of_it(source: Source, cells: dict[str, str], q: Quantity, used: list[str]) -> bool:
    """Whether the row's column of changes (another than those read) holds the figure's size: a
    gain or a loss said may be that net change."""
    table = source.table
    assert table is not None
    return any(
        (v := cell_number(cells.get(c, ""))) is not None and abs(v) == q.value
        for c in columns(source)[1]
        if c not in used and _column_words(table, c) & _CHANGE_WORDS
    )


def _only(r: _Read, claim: Reading) -> Outcome | None:
    """'Rod Pampling was the only Australian on the leaderboard', 'Stara Pazova, the municipality's
    only town, had 18,602 inhabitants': the one row a key value names is the only row holding the
    other values (and any figure is its cell, as in a lookup)."""
    if not _ONLY_RE.search(claim.text) or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text):
        return None
    if _NONE_RE.search(claim.text) or (not r.figures and _unsaid(r)):
        return None  # with a figure, its lookup accounts for its column's words
    keys = [c for c in r.conds if c.op == "=" and isinstance(c.value, str) and _is_unique(r.source, c.column)]
    held = [c for c in r.conds if c not in keys and isinstance(c.value, str)]
    if len(keys) != 1 or not held or len(keys) + len(held) != len(r.conds):
        return None
    named = _one_row(keys, r.source)
    if named is None:
        return None
    figure = None
    if r.figures:
        # "only" blanked to spaces of its length: the figures' offsets into the text stay true.
        blanked = _ONLY_RE.sub(lambda m: " " * len(m.group()), claim.text)
        figure = _value(replace(r, conds=tuple(keys)), replace(claim, text=blanked))
        if figure is None:
            return None
    holding = _select(held, r.source)
    passage, cells = named
    key_value = str(keys[0].value)
    others = [cs.get(keys[0].column, "") for p, cs in holding if p.location != passage.location]
    mine = all(c.holds(cells) for c in held)
    ok = mine and not others
    if not mine:
        found = f"{key_value} is not one: " + ", ".join(f"{c.column} {cells.get(c.column, '')}" for c in held)
    elif others:
        found = f"{len(holding)} rows: {', '.join([key_value, *others][:8])}"
    else:
        found = f"{key_value} alone"
    claimed = f"{key_value} is the only row where {' and '.join(c.words() for c in held)}"
    program = Program(
        r.source.info.id,
        "only",
        tuple(c.words() for c in held),
        "",
        claimed,
        found,
        tuple(p.location for p, _ in holding) or (passage.location,),
    )
    only = _outcome(r.source, "supported" if ok else "disputed", program, claimed, [p for p, _ in holding] or [passage])
    if figure is None or only.verdict == "disputed":
        return only
    return _both(only, figure)


def _both(part: Outcome, figure: Outcome) -> Outcome:
    """A claim's part ("the only town", "finished fourth") borne out, and its figure's finding:
    the figure's where it is not borne out, else the two together."""
    if figure.verdict != "supported":
        return figure
    text = f"{part.explanation} {figure.explanation}"
    return replace(part, explanation=text, evidence=(*part.evidence, *figure.evidence), flags=figure.flags)


def _names_said(r: _Read, names: Sequence[str]) -> list[str]:
    """The names (of people in a cell) whose words the claim all says, none inside a longer one said."""
    said = [n for n in names if (w := value_words(n) - numbers_in(n)) and w <= r.wanted]
    return sorted({n for n in said if not any(value_words(n) < value_words(o) for o in said)})


def _labelled(r: _Read, claim: Reading) -> Outcome | None:
    """'Nate Robinson scored 26 points in the loss at Cleveland': a game's row, and its column of a
    leader with the figure in brackets ("nate robinson (26)"). A player who is not the leader the
    table gives is disputed only where the claim says they led, or gives more than the leader's."""
    if len(r.figures) != 1 or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text):
        return None
    q = r.figures[0]
    table = r.source.table
    assert table is not None
    if q.dimension != "count" or q.hedge or _NONE_RE.search(claim.text) or _SUM_RE.search(claim.text):
        return None
    cols = [t for t in columns(r.source)[2] if labelled(r.source, t)]
    head = _noun(claim, q)
    named = [t for t in cols if _column_words(table, t) & (frozenset({head}) if head else r.wanted)]
    if len(named) != 1:
        return None
    column = named[0]
    # The table's people: those any such column names (a leader in assists may be said to lead in points).
    holders = {
        name.strip()
        for t in cols
        for v in cell_values(r.source, t)
        if (m := LABELLED_RE.match(v))
        for name in m.group("label").split(",")
    }
    said = _names_said(r, sorted(holders))
    if len(said) != 1:
        return None
    name = said[0]
    led = bool(r.wanted & _LED)
    if _unsaid(r, _column_words(table, column), value_words(name)):
        return None
    others = [c for c in r.conds if c.column != column]
    row = _one_row(others, r.source) if others else None
    if row is None:
        return None
    passage, cells = row
    m = LABELLED_RE.match(cells.get(column, ""))
    if m is None:
        return None
    theirs = [n.strip() for n in m.group("label").split(",")]
    value = float(m.group("n"))
    if name in theirs:
        verdict: Verdict = "supported" if value == q.value else "disputed"
    elif led or q.value > value:
        verdict = "disputed"  # said to lead, or more than the leader had
    else:
        return None  # not the leader: what they had, the table does not give
    claimed = f"{name} {q.text}"
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in others),
        column,
        claimed,
        cells[column],
        (passage.location,),
    )
    return _outcome(r.source, verdict, program, claimed, [passage], f"column {column}")


def _share(r: _Read, claim: Reading) -> Outcome | None:
    """'Floyd Flake won re-election with 84.85% of the vote', 'Jim Walsh beat Marty Mack with
    55.11%': the row whose list of candidates holds the named one, and their share there (and
    that it was more than the other named candidate's, where the claim says they beat them)."""
    shares = [q for q in r.figures if q.dimension == "percent"]
    if len(shares) != 1 or len(r.figures) != 1 or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text):
        return None
    q = shares[0]
    table = r.source.table
    assert table is not None
    column = _candidates_column(r.source)
    if column is None:
        return None
    paired = paired_entries(r.source)
    listed = {name for _, cells in _rows(r.source) for name in row_entries(r.source, column, cells)}
    said = _names_said(r, sorted(listed))
    shares_words = _column_words(table, paired[1]) if paired and column == paired[0] else frozenset()
    if not 1 <= len(said) <= 2 or _unsaid(
        r, _column_words(table, column), shares_words, *(value_words(n) for n in said)
    ):
        return None
    said.sort(key=lambda n: _word_at(claim.text, next(iter(sorted(value_words(n) - numbers_in(n))))))
    who, rival = said[0], (said[1] if len(said) == 2 else None)
    others = [c for c in r.conds if c.column != column]
    rows = [(p, cells) for p, cells in _select(others, r.source) if who in row_entries(r.source, column, cells)]
    if len(rows) != 1:
        return None
    passage, cells = rows[0]
    found = row_entries(r.source, column, cells)
    ok = bears_out(q, _cell_quantity(q, found[who]))
    if rival is not None:
        ok = ok and rival in found and found[who] > found[rival]
    claimed = f"{who} {q.text}" + (f", more than {rival}" if rival else "")
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in others),
        column,
        claimed,
        "; ".join(f"{name} {format_number(share)}%" for name, share in found.items()),
        (passage.location,),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, [passage], f"column {column}")


_RACE_MARGIN = _VOCAB["race_margin"]
_NARROW_RE = _phrases(_RACE_MARGIN["narrow"])
_WIDE_RE = _phrases(_RACE_MARGIN["wide"])


def _candidates_column(source: Source) -> str | None:
    """The one column that lists a row's candidates with their shares (beside them, or paired)."""
    cols = [t for t in columns(source)[2] if entries(source, t)]
    paired = paired_entries(source)
    cols = cols or ([paired[0]] if paired else [])
    return cols[0] if len(cols) == 1 else None


def _race(r: _Read, claim: Reading) -> Outcome | None:
    """'Mike McIntyre had the closest race', 'won by the narrowest margin', 'Patrick McHenry won the
    largest share of the vote, 71.2%': over the rows' lists of candidates with their shares, the
    race whose margin (the first share less the second) is the smallest or largest (tables.toml
    [race_margin]), or the largest share of all; the named candidate's race must be it, and where
    the claim says they won or gives their shares ("53.7% to 46.3%"), those too."""
    narrow, wide = _NARROW_RE.search(claim.text), _WIDE_RE.search(claim.text)
    highest, _ = superlative(claim.text)
    share_said = bool(r.wanted & (_SHARE_WORDS | _PERCENT)) and highest and not (narrow or wide)
    if not (narrow or wide or share_said) or (narrow and wide) or _EVERY_RE.search(claim.text):
        return None
    column = _candidates_column(r.source)
    if column is None:
        return None
    table = r.source.table
    assert table is not None
    listed = {name for _, cells in _rows(r.source) for name in row_entries(r.source, column, cells)}
    said = _names_said(r, sorted(listed))
    # Not the name of a candidate said in another column too ("mike mcintyre" the incumbent).
    others = [c for c in r.conds if c.column != column and not any(str(c.value) == n or c.value in said for n in said)]
    races = [(p, cells, row_entries(r.source, column, cells)) for p, cells in _select(others, r.source)]
    if not said or len(races) < 2:
        return None
    said.sort(key=lambda n: _word_at(claim.text, next(iter(sorted(value_words(n) - numbers_in(n))))))
    who = said[0]
    mine = [(p, cells, e) for p, cells, e in races if who in e]
    if len(mine) != 1:
        return None
    passage, _, entries_ = mine[0]
    shares = [q for q in r.figures if q.dimension == "percent"]
    if len(shares) != len(r.figures) or len(shares) > 2:
        return None
    said_as = narrow or wide
    phrase = said_as.group() if said_as is not None else ""
    if _unsaid(
        r,
        _column_words(table, column),
        concepts_of(phrase),
        *(value_words(n) for n in said),
        _SHARE_WORDS | _PERCENT | concepts_of("vote votes") | _WIN,
        checks=("superlative",),
    ):
        return None
    if share_said:
        # The largest share of all the candidates' shares, the named candidate's.
        every = [(share, name, p) for p, _, e in races for name, share in e.items()]
        top = max(share for share, _, _ in every)
        holders = [(name, p) for share, name, p in every if share == top]
        ok = len(holders) == 1 and holders[0][0] == who
        if len(holders) > 1 and who in [n for n, _ in holders]:
            return None  # a share two candidates had: whose was the largest, the table does not say
        found = f"the largest share {format_number(top)}% for {holders[0][0]}"
        how = "the largest share"
        rows = [holders[0][1], passage]
    else:
        # Each contested race's margin; a race with one candidate (unopposed) has none.
        margins = [
            (ordered[0] - ordered[1], p) for p, _, e in races if len(ordered := sorted(e.values(), reverse=True)) >= 2
        ]
        if not any(p is passage for _, p in margins) or (wide and len(margins) < len(races)):
            return None  # an unopposed race has the widest margin of all, or none
        pick = min if narrow else max
        best = pick(m for m, _ in margins)
        at = [p for m, p in margins if m == best]
        ok = at == [passage]
        if len(at) > 1 and passage in at:
            return None
        ordered = sorted(entries_.values(), reverse=True)
        how = "the narrowest margin" if narrow else "the widest margin"
        race = ", ".join(f"{n} {format_number(v)}%" for n, v in entries_.items())
        gap = format_number(round(ordered[0] - ordered[1], 6))
        found = f"{how} {format_number(round(best, 6))} points, in {at[0].location}; {who}'s race {race}: {gap} points"
        rows = [at[0], passage]
    # "won", "beating": the named candidate had the race's largest share.
    if r.wanted & _WIN:
        ok = ok and entries_[who] == max(entries_.values())
    if shares:
        # "53.7% to 46.3%": the candidate's share, then the rival's (the next named, else the runner-up).
        rival_share = (
            entries_.get(said[1])
            if len(said) > 1
            else sorted(entries_.values(), reverse=True)[1]
            if len(entries_) > 1
            else None
        )
        wanted = [entries_[who], rival_share][: len(shares)]
        ok = ok and all(
            v is not None and bears_out(q, _cell_quantity(q, v)) for q, v in zip(shares, wanted, strict=True)
        )
    claimed = f"{who} {how}" + (f" with {' to '.join(q.text for q in shares)}" if shares else "")
    program = Program(
        r.source.info.id,
        "max" if share_said or wide else "min",
        tuple(c.words() for c in others),
        column,
        claimed,
        found,
        tuple(dict.fromkeys(p.location for p in rows)),
    )
    return _outcome(r.source, "supported" if ok else "disputed", program, claimed, list(dict.fromkeys(rows)))


def _sides_of_vote(source: Source) -> list[tuple[str, str]]:
    """The table's pairs of a yes column and a no column of one kind (both counts, or both
    shares): "yes" and "no", "yes_pct" and "no_pct"."""
    table = source.table
    assert table is not None
    numbers = columns(source)[1]
    yes = [c for c in numbers if _column_words(table, c) & BALLOT_SIDES["yes"]]
    no = [c for c in numbers if _column_words(table, c) & BALLOT_SIDES["no"]]
    return [(a, b) for a in yes for b in no if _share_column(source, a) == _share_column(source, b)]


def _majority(r: _Read, claim: Reading) -> Outcome | None:
    """'Southvik voted against joining', 'Two counties voted no': in a table of a vote's yes and
    no columns, a row voted the side more of its votes were cast for (each pair of columns, counts
    or shares, must agree; a tie decides nothing); with a count, the rows that did."""
    said = ballot_words(r.source, frozenset(), claim.text)
    pairs = _sides_of_vote(r.source)
    if len(said) != 1 or not pairs or _other_relation(claim, r.source):
        return None
    side = "yes" if said == BALLOT_SIDES["yes"] else "no"
    table = r.source.table
    assert table is not None
    counts = [q for q in r.figures if _row_noun(r, claim, q)]
    if len(r.figures) != len(counts) or len(counts) > 1:
        return None
    used = frozenset().union(*(_column_words(table, c) for pair in pairs for c in pair))
    nouns = frozenset(n for q in counts if (n := _row_noun(r, claim, q)))
    if _unsaid(r, used, nouns, _MAJORITY, _TAKING_PART):
        return None

    def won(cells: dict[str, str]) -> str:
        # The side each pair of columns gives the row; "" where they tie, lack a number or disagree.
        found = set()
        for a, b in pairs:
            x, y = cell_number(cells.get(a, "")), cell_number(cells.get(b, ""))
            found.add("" if x is None or y is None or x == y else "yes" if x > y else "no")
        return found.pop() if len(found) == 1 else ""

    rows = _select(r.conds, r.source)
    if not rows or any(not won(cells) for _, cells in rows):
        return None  # a row whose side is not known
    shown = ", ".join(f"{a} and {b}" for a, b in pairs)
    if counts:
        met = [(p, cells) for p, cells in rows if won(cells) == side]
        ok = bears_out(counts[0], _cell_quantity(counts[0], float(len(met))))
        program = Program(
            r.source.info.id,
            "count",
            tuple(c.words() for c in r.conds),
            shown,
            f"{counts[0].text} voted {side}",
            str(len(met)),
            tuple(p.location for p, _ in met),
        )
        return _outcome(r.source, "supported" if ok else "disputed", program, program.claimed, [p for p, _ in met])
    if len(rows) != 1:
        return None
    passage, cells = rows[0]
    found = "; ".join(f"{a} {_shown(cells, a)}, {b} {_shown(cells, b)}" for a, b in pairs)
    program = Program(
        r.source.info.id,
        "compare",
        tuple(c.words() for c in r.conds),
        shown,
        f"voted {side}",
        f"{found}: voted {won(cells)}",
        (passage.location,),
    )
    return _outcome(r.source, "supported" if won(cells) == side else "disputed", program, program.claimed, [passage])


_MAJORITY = concepts_of("majority most")


_SCORED = concepts_of(" ".join(_VOCAB["verbs"]["goal"]))
_GOALS = concepts_of(" ".join(_WORDS["goal_nouns"]))


def _own_score(r: _Read, claim: Reading) -> Outcome | None:
    """'The Flyers scored five goals against the Chicago Blackhawks': in a team's games with no
    column of goals, the team's number of the game's score: the first where its score comes first,
    else the winner's or the loser's as the record shows the game went (a tie either)."""
    if len(r.figures) != 1 or r.figures[0].dimension != "count" or r.figures[0].hedge:
        return None
    q = r.figures[0]
    noun = _noun(claim, q)
    table = r.source.table
    assert table is not None
    if noun is None or noun not in _GOALS or any(noun in _column_words(table, c) for c in columns(r.source)[1]):
        return None
    own_first, by_record = _own_first(r.source), _by_record(r.source)
    if own_first is None and by_record is None:
        return None
    row = _one_row(r.conds, r.source)
    if row is None or _unsaid(r, _SCORED, _GOALS):
        return None
    passage, cells = row
    if own_first is not None:
        column, pairs = own_first, _PAIR_RE.findall(cells.get(own_first, ""))
        mine = int(pairs[0][0]) if len(pairs) == 1 else None
    else:
        assert by_record is not None
        record, outcomes = by_record
        scores = [c for c in columns(r.source)[2] if c != record and len(_PAIR_RE.findall(cells.get(c, ""))) == 1]
        if len(scores) != 1:
            return None
        column = scores[0]
        a, b = (int(n) for n in _PAIR_RE.findall(cells[column])[0])
        outcome = outcomes.get(cells.get(record, ""), "")
        mine = max(a, b) if outcome in ("win", "tie") else min(a, b) if outcome == "loss" else None
    if mine is None:
        return None
    program = Program(
        r.source.info.id,
        "lookup",
        tuple(c.words() for c in r.conds),
        column,
        f"the table's side {q.text}",
        f"{cells.get(column, '')}: {mine}",
        (passage.location,),
    )
    ok = bears_out(q, _cell_quantity(q, float(mine)))
    return _outcome(r.source, "supported" if ok else "disputed", program, program.claimed, [passage])


def _times_listed(r: _Read, claim: Reading) -> Outcome | None:
    """'Tom Watson has won the Open five times': the years a row's cell lists ("1975 , 1977 , 1980 ,
    1982 , 1983") counted, in the column whose verb the claim says."""
    if len(r.figures) != 1 or _noun(claim, r.figures[0]) not in _TIMES:
        return None
    q = r.figures[0]
    table = r.source.table
    assert table is not None
    listed = [t for t in columns(r.source)[2] if _lists_years(r.source, t)]
    if len(listed) != 1 or not (_column_words(table, listed[0]) - _YEAR_WORDS) & r.wanted:
        return None
    row = _one_row(r.conds, r.source)
    if row is None or _unsaid(r, _column_words(table, listed[0]), _TIMES):
        return None
    passage, cells = row
    years = [y for y in cells.get(listed[0], "").split(",") if y.strip()]
    program = Program(
        r.source.info.id,
        "count",
        tuple(c.words() for c in r.conds),
        listed[0],
        q.text,
        f"{len(years)} ({cells.get(listed[0], '')})",
        (passage.location,),
    )
    ok = bears_out(q, _cell_quantity(q, float(len(years))))
    return _outcome(r.source, "supported" if ok else "disputed", program, q.text, [passage])


_PARTY_TAGS: dict[str, list[str]] = _VOCAB["party_tags"]
_PARTY_SAID_RE = re.compile(rf"\b({alternation([w for ws in _PARTY_TAGS.values() for w in ws])})\b", re.IGNORECASE)


def _candidate_party(r: _Read, claim: Reading) -> Outcome | None:
    """'Republican Jeff Doctor lost to Sue Myrick': in a row's list of candidates with their
    parties' letters ("jeff doctor (d) 31.0%"), the party said right before (or after) a
    candidate's name is the letter's (tables.toml party_tags); a win or a loss said between two
    candidates of one row, their shares."""
    if r.figures or not _PARTY_SAID_RE.search(claim.text):
        return None
    column = _candidates_column(r.source)
    if column is None or not entries(r.source, column):
        return None  # shares in a column of their own carry no party's letter beside a name
    table = r.source.table
    assert table is not None
    tags: dict[str, str] = {}
    for _, cells in _rows(r.source):
        for m in ENTRY_RE.finditer(cells.get(column, "")):
            tags[m.group("name").strip()] = m.group("tag")
    said = _names_said(r, sorted(tags))
    if not 1 <= len(said) <= 2:
        return None
    said.sort(key=lambda n: _word_at(claim.text, next(iter(sorted(value_words(n) - numbers_in(n))))))
    checked: list[tuple[str, str, str]] = []
    words: set[str] = set()
    for name in said:
        at = fold(claim.text).find(fold(name))
        near = [m for m in _PARTY_SAID_RE.finditer(claim.text) if at >= 0 and 0 <= at - m.end() <= 2]
        if near:
            letter = next(t for t, ws in _PARTY_TAGS.items() if near[0].group().lower() in ws)
            checked.append((name, near[0].group(), letter))
            words |= concepts_of(near[0].group())
    if not checked:
        return None
    rows = [(p, cells) for p, cells in _rows(r.source) if all(n in row_entries(r.source, column, cells) for n in said)]
    outcome = r.wanted & (_WIN | _LOSS)
    if len(rows) != 1 or _unsaid(
        r, _column_words(table, column), frozenset(words), outcome, *(value_words(n) for n in said)
    ):
        return None
    passage, cells = rows[0]
    wrong = [f"{name} ({tags[name]}), not {party}" for name, party, letter in checked if tags[name] != letter]
    if outcome and len(said) == 2:
        shares = row_entries(r.source, column, cells)
        first_won = shares[said[0]] > shares[said[1]]
        if first_won != bool(outcome & _WIN):
            wrong.append(f"{said[0]} {format_number(shares[said[0]])}%, {said[1]} {format_number(shares[said[1]])}%")
    claimed = ", ".join(f"{name} {party}" for name, party, _ in checked)
    program = Program(
        r.source.info.id, "lookup", (), column, claimed, "; ".join(wrong) or cells.get(column, ""), (passage.location,)
    )
    return _outcome(r.source, "disputed" if wrong else "supported", program, claimed, [passage])


def _only_not_of(claim: Reading, figures: Sequence[Quantity]) -> bool:
    """Whether "only" is said of something other than a figure ("only five laps" is five laps;
    "the only club with 20 wins" is a claim about the other rows)."""
    return any(not any(0 <= f.start - m.end() <= 1 for f in figures) for m in _ONLY_RE.finditer(claim.text))


def _some(r: _Read, claim: Reading) -> Outcome | None:
    """'The Dominican Republic won a gold medal', 'Godia scored points in 1957': a named row's
    column of counts holds more than none."""
    if r.figures or _other_relation(claim, r.source) or _EVERY_RE.search(claim.text) or _NONE_RE.search(claim.text):
        return None
    if any(not (isinstance(c.value, str) or c.year) for c in r.conds):
        return None
    table = r.source.table
    assert table is not None
    values = r.value_words
    column = _measure(r.source, r.wanted - values, claim, [c.column for c in r.conds])
    if column is None or column_unit(table, column)[1] != "count":
        return None
    if _column_words(table, column) & (BALLOT_SIDES["yes"] | BALLOT_SIDES["no"]):
        return None  # "Southvik voted yes": which side won there (_majority), not some yes votes
    if not _column_words(table, column) - concepts_of(" ".join(map(str, column_years(column)))):
        return None  # a column a year names ("1956"): "founded in 1956" says no count of it
    if _column_words(table, column) & r.wanted & _text_value_words(r.source):
        return None  # "Labour gained Ochil": "gain" is a result's ("lab gain") as much as "swing to gain"'s
    return _row_number(r, column, f"some {column}", lambda value: value > 0)


@lru_cache(maxsize=256)
def _text_value_words(source: Source) -> frozenset[str]:
    """The words the values of a table's text columns hold."""
    return frozenset().union(*(value_words(v) for t in columns(source)[2] for v in cell_values(source, t)))


def _row_noun_word(r: _Read, noun: str) -> bool:
    """Whether a noun names the table's rows (the title's or a text column's word)."""
    table = r.source.table
    assert table is not None
    return noun in title_words(r.source) or any(noun in _column_words(table, t) for t in columns(r.source)[2])


_OPERATIONS: tuple[Callable[[_Read, Reading], Outcome | None], ...] = (
    _trend_across,
    _ends,
    _score,
    _race,
    _majority,
    _same,
    _own_score,
    _times_listed,
    _candidate_party,
    _extreme,
    _compare,
    _two_columns,
    _difference,
    _poll_lead,
    _lead_by,
    _margin,
    _gap,
    _behind_row,
    _behind_top,
    _count,
    _sum,
    _won_round,
    _place,
    _only,
    _labelled,
    _share,
    _value,
    _each_named,
    _lookup,
    _some,
)


# The operations that read no win nor loss: where only the title's nouns account for one, they
# do not run (_won_by_title_only).
_OUTCOME_BLIND = frozenset({_ends, _lookup, _value, _some, _each_named, _labelled, _sum, _only, _count, _two_columns})


# The words of order that only some operations read ("the first round", "ahead of", "before",
# "one lap down"): they are accounted for as words of an operation (accounting.py), so an
# operation that does not read them must not run on a claim that says them.
_ORDER_WORDS: dict[str, Callable[[str, Source], bool]] = {
    # "the first round", not "the first place on the grid" (a place, which others read), "the
    # first top-division season" (a column's name) nor, in a first round's leaderboard, "in the
    # first round" (the table's own scope, its title's words). Nor "first aired" (for the first
    # time: a verb, no noun, follows).
    "ends": lambda text, source: any(
        m.group("noun").lower() not in _PLACE_NOUNS | _TIMES_WORDS
        and not (m.group("n") is None and len(_numbering(source, m.group("noun").lower())) == 1)
        and not m.group("noun").lower().endswith("ed")
        and not _names_column(source, f"{m.group('end')} {m.group('noun')}")
        for m in _END_RE.finditer(text)
    ),
    # "above 40,000" is a bound, no place ahead (hedges are left out of the text these read).
    "rank": lambda text, _: bool(_AHEAD_RE.search(text) or _BEHIND_RE.search(text) or _DOWN_RE.search(text)),
    # "before the final", but not "after the first round" in a first round's table (its scope).
    "time": lambda text, source: any(
        not _names_column(source, " ".join(text[m.end() :].split()[:3]))
        and not _parts_of_title(source, text[m.end() :])  # "after two rounds": the table's own
        for m in (*_EARLIER_RE.finditer(text), *_LATER_RE.finditer(text))
    ),
}


def _numbering(source: Source, noun: str) -> list[str]:
    """The numeric columns a noun names as they are called ("round" for "round", "rounds"):
    "the first round" is the row of round 1, no end of the rows."""
    return [c for c in columns(source)[1] if noun in (c.lower(), f"{c.lower()}s", c.lower().rstrip("s"))]


def _names_column(source: Source, phrase: str) -> bool:
    """Whether every word of a phrase is a word of one column's name ("first season"), or of the
    table's title ("first round" in a first round's leaderboard)."""
    table = source.table
    assert table is not None
    said = concepts_of(phrase.replace("-", " "))
    named = [*(_column_words(table, c) for c in table.columns), title_words(source)]
    return bool(said) and any(said <= words for words in named)


_READS_ORDER: dict[Callable[[_Read, Reading], Outcome | None], frozenset[str]] = {
    _ends: frozenset({"ends"}),
    _place: frozenset({"ends"}),  # "finished last with 118 points": a place, read after a verb of one
    _compare: frozenset({"rank", "time"}),
    _difference: frozenset({"rank"}),
    _gap: frozenset({"rank"}),
    _behind_top: frozenset({"rank"}),
    _behind_row: frozenset({"rank"}),
}


def _unless_period_end(source: Source, m: re.Match[str]) -> str:
    """A phrase of a period's end, gone where it names the table's last row (_read reads it)."""
    return " " if _last_row(source, m.group(1)) else m.group()


_PART_AFTER_RE = re.compile(rf"^[\s-]+({alternation(_WORDS['part_nouns'])})\b", re.IGNORECASE)


def _sum_columns(source: Source) -> list[str]:
    """The columns whose every cell writes a sum of parts ("70 + 69 = 139": a golfer's rounds)."""
    return [
        c for c in columns(source)[1] if cell_values(source, c) and all(cell_parts(v) for v in cell_values(source, c))
    ]


def _parts_counted(source: Source, claim: Reading, q: Quantity) -> bool:
    """Whether a figure counts the parts a table's sums are of ("a two-round total" beside "70 + 69 =
    139"), or the rounds the title says the table is after ("after two rounds" of "after the second
    round"): a count followed by such a part's noun, equal to the number of parts."""
    after = _PART_AFTER_RE.match(claim.text[q.end :])
    if q.dimension != "count" or after is None:
        return False
    parts = {len(cell_parts(v)) for c in _sum_columns(source) for v in cell_values(source, c)}
    return parts == {int(q.value)} or _title_after(source, int(q.value), after.group(1))


def _title_after(source: Source, n: int, noun: str) -> bool:
    """Whether the title says the table is of the nth of a part ("after the second round" for two
    rounds)."""
    title = source.info.title.lower()
    noun = noun.lower().rstrip("s")
    return any(
        re.search(rf"\b{re.escape(word)}\s+{re.escape(noun)}", title) for word, m in _ROW_ORDINALS.items() if m == n
    )


_COUNTED_PARTS_RE = re.compile(
    rf"^\s*(\d+|{alternation(load('numbers')['small'])})[\s-]+({alternation(_WORDS['part_nouns'])})\b", re.IGNORECASE
)


def _parts_of_title(source: Source, phrase: str) -> bool:
    """Whether a phrase counts the parts the title says the table is after ("two rounds")."""
    m = _COUNTED_PARTS_RE.match(phrase)
    if m is None:
        return False
    n = int(m.group(1)) if m.group(1).isdigit() else load("numbers")["small"].get(m.group(1).lower(), 0)
    return _title_after(source, n, m.group(2))


@lru_cache(maxsize=1024)
def _score_cells(source: Source, column: str) -> bool:
    """Whether each of a column's cells writes one score ("3 - 3 ot", "w 30 - 14")."""
    values = cell_values(source, column)
    return bool(values) and all(len(_PAIR_RE.findall(v)) == 1 for v in values)


@lru_cache(maxsize=1024)
def _day_cells(source: Source, column: str) -> bool:
    """Whether most of a column's cells write a month and a day ("february 12", "30 december 1989")."""
    values = cell_values(source, column)
    return bool(values) and sum(cell_day(v) is not None for v in values) * 2 > len(values)


def _yes_or_no(value: str) -> str:
    """Whether a cell says yes or no ("yes", "y", "yes1" with a note's mark), else ""."""
    bare = re.sub(r"\d+$", "", value.strip())
    return "yes" if bare in _YES else "no" if bare in _NO else ""


@lru_cache(maxsize=1024)
def _lists_years(source: Source, column: str) -> bool:
    """Whether each of a column's cells lists years ("1975 , 1977 , 1980"), some of them several."""
    values = cell_values(source, column)
    lists = [[p.strip() for p in v.split(",")] for v in values]
    return (
        bool(values)
        and all(p and _YEAR_RE.fullmatch(p) for parts in lists for p in parts)
        and any(len(parts) > 1 for parts in lists)
    )


def _names_rows(source: Source, noun: str) -> bool:
    """Whether a noun is the name of a text column that tells the rows apart ("song", "nation")."""
    table = source.table
    assert table is not None
    return any(noun in _column_words(table, t) and _is_unique(source, t) for t in columns(source)[2])


def _won_by_title_only(r: _Read) -> bool:
    """Whether the claim says who won or lost ("Allen Johnson won the first heat") and nothing but
    a noun of the table's title that the claim does not say accounts for it (the verbs of
    "Championships"): no column, value or condition says a win, so an operation that reads none
    must not take the word as said."""
    said = r.wanted & (_WIN | _LOSS | _TIE)
    if not said or any(c.sides or c.coded for c in r.conds):
        return False
    table = r.source.table
    assert table is not None
    own = frozenset().union(*(_column_words(table, c) for c in table.columns))
    # Of the title's words, those the claim says too ("won five medals" in a medal table) stay.
    untitled = (r.accounted | own) - (title_words(r.source) - own - r.value_words - r.wanted)
    return bool(unaccounted(said, [untitled]))


def _outcome_unknown(r: _Read) -> bool:
    """Whether an outcome read from the record is said of rows among which one's is not known
    (the first row of a log whose scores put the winner first): the claim is not read then."""
    by_record = [c for c in r.conds if c.sides == (BY_RECORD,)]
    others = [c for c in r.conds if c.sides != (BY_RECORD,)]
    return any(cells.get(c.column, "") not in c.known for c in by_record for _, cells in _select(others, r.source))


def check_table_program(claim: Reading, index: Index) -> Outcome | None:
    """The claim read as a program over a cached table and run, when one is read with every word
    accounted for; None otherwise (the other checks then look at it)."""
    for source in index.tables():
        r = _read(claim, source)
        if r is None or _outcome_unknown(r):
            continue
        text = _HEDGES_RE.sub(" ", claim.text)
        # "after their last game of December", read as the last row (_read): no order word left.
        text = _PERIOD_END_RE.sub(partial(_unless_period_end, source), text)
        said = {kind for kind, says in _ORDER_WORDS.items() if says(text, source)}
        won_by_title = _won_by_title_only(r)
        for operation in _OPERATIONS:
            if said - _READS_ORDER.get(operation, frozenset()):
                continue
            if r.unmatched and operation is not _lookup:
                continue  # a year no row has: only the row the claim names can show it is another
            if operation in _OUTCOME_BLIND and won_by_title:
                continue  # "won the first heat": a win these operations do not read
            found = operation(r, claim)
            if found is not None:
                if r.spelled:
                    # The reading is said and flagged: an editor sees which name was taken for which.
                    note = f" (Read {', '.join(r.spelled)}.)"
                    return replace(found, explanation=found.explanation + note, flags=(*found.flags, "spelling"))
                return found
    return None
