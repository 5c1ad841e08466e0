"""Table rows as evidence: the row by the claim's year and category, the column by its measure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..corpus.index import Index
from ..model import Outcome, Passage, Source, Table
from ..read.anchors import claim_concepts, head_of, measure_words, period_of, years_for
from ..read.dates import YEAR_RE
from ..read.lexicon import concept
from ..read.quantities import CLOCK_DURATION_RE, CURRENCIES, UNITS, Quantity, clock_seconds, format_number
from ..read.reading import Reading, concepts_of
from ..read.relations import direction, operators, relation_concepts, says_more, superlative
from ..read.text import content_stems
from ..read.text import words as folded_words
from ..read.vocab import alternation, load, word_set
from .accounting import PLACE_ORDINALS, TABLE_WORDS, accounted_always, operation_words, relation_words, unaccounted
from .base import capitalised, confidence, evidence, source_label
from .candidates import Candidate

_PHYSICAL = ("mass", "length", "time")
# "total attendance", "21 wins in all": the words that name a table's total column.
_TOTAL_SAID_RE = re.compile(
    rf"\b(?:{alternation([*word_set('words', 'total_columns'), *load('tables')['sum']])})\b", re.IGNORECASE
)
_TOTAL_COLUMNS = word_set("words", "total_columns")
_MARGIN_WORDS = concepts_of(" ".join(TABLE_WORDS["words"]["margin_columns"]))
# Every verb of a measure (tables.toml [verbs]).
TABLE_VERBS = concepts_of(" ".join(v for vs in TABLE_WORDS["verbs"].values() for v in vs))
_MARGIN_VERBS = frozenset(TABLE_WORDS["words"]["margin_verbs"])
_MISSING = frozenset(TABLE_WORDS["missing"])
_NEGATION = word_set("words", "negations")
# A cell's number as tables write it: "1,234", "-0.43" or "- 0.43", "48.01%", "9.3 million";
# a sum of parts ("13 + 6": goals for two clubs) is their total, and a worked sum
# ("71 + 72 + 70 = 213") its result.
_NUMBER = r"[-+]?\s?\d[\d,]*(?:\.\d+)?"
# A number, a scale or a percent sign, then a footnote's letter ("6 g", Wikipedia's "[g]" as
# copied), a note in words in brackets
# ("50000 (estimate)") or a result's mark ("4.55 or", tables.toml result_marks); "~" before it says
# it is rounded ("~140000"). A "0 " before a bare number is a page's hidden sort key as copied
# ("0 813209"); before a change ("0 3.9%") it may stand for the sign the page drew, and the cell is
# left unread.
_MARKS = "|".join(re.escape(m) for m in sorted(TABLE_WORDS["result_marks"], key=len, reverse=True))
_CELL_NUMBER_RE = re.compile(
    rf"^(?:0\s(?=[\d,.]+$))?~?\s?({_NUMBER})\s?(%|million|billion|thousand)?(?:\s[a-h]|\s?\([a-z][a-z ]*\)|\s(?:{_MARKS})|\s?=)?$"
)
_SUM_RE = re.compile(rf"^{_NUMBER}(?:\s?\+\s?{_NUMBER})+(?:\s?=\s?({_NUMBER}))?$")
_SCALE = {"million": 1e6, "billion": 1e9, "thousand": 1e3}
_MARK_AFTER_RE = re.compile(rf"\s(?:{_MARKS})")


_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=65536)
def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text writes ("25-34 years": 25 and 34), as words to match cells by."""
    return frozenset(_DIGITS_RE.findall(text.replace(",", "")))


_CELL_WORDS = {short: concepts_of(" ".join(words)) for short, words in TABLE_WORDS["cell_words"].items()}
_SCORE_MARK_RE = re.compile(r"\d\s*-\s*\d+\s+[a-z]+$")
_ABBREVIATIONS = {k: v for k, v in _CELL_WORDS.items() if " " not in k}
_PHRASES = {k: v for k, v in _CELL_WORDS.items() if " " in k}
_TOKEN_RE = re.compile(r"[a-z]+")


_ORDINAL_WORDS = PLACE_ORDINALS
_ORDINAL_RE = re.compile(rf"\b(?:{alternation(_ORDINAL_WORDS)})\b", re.IGNORECASE)


_MONTHS: dict[str, int] = load("dates")["months"]
_MONTH_RE = re.compile(rf"\b(?:{alternation(_MONTHS)})\b", re.IGNORECASE)


_CELL_DAY_RE = re.compile(
    rf"^\s*(?:(\d{{1,2}})\s+({alternation(_MONTHS)})|({alternation(_MONTHS)})\.?\s+(\d{{1,2}}))\b"
    r"(?:\s*,?\s*((?:1[0-9]|20)\d\d)\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def cell_day(raw: str) -> tuple[int, int, int | None] | None:
    """The month, day and year (None where not written) a cell writes ("february 12", "30 december
    1989", "september 15 , 2007"), or None."""
    m = _CELL_DAY_RE.match(raw)
    if m is None:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return _MONTHS[month.lower()], int(day), int(m.group(5)) if m.group(5) else None


def same_day(said: tuple[int, int, int | None], held: tuple[int, int, int | None]) -> bool:
    """Whether two dates are one day: month and day, and the year where both write one."""
    return said[:2] == held[:2] and (said[2] is None or held[2] is None or said[2] == held[2])


def _year_unplaced(source: Source, claim: Reading, cells: dict[str, str]) -> bool:
    """Whether a claim gives a year that neither the table's title, a column's name nor the row's
    cells give ("Heathrow handled 67 million passengers in 2001" of a table of 2008)."""
    if not claim.years:
        return False
    table = source.table
    assert table is not None
    placed = numbers_in(source.info.title) | frozenset().union(*(numbers_in(v) for v in cells.values()))
    headed = frozenset().union(*(column_years(c) for c in table.columns))
    return any(str(y) not in placed and y not in headed for y in claim.years)


def other_day(claim: Reading, cells: dict[str, str]) -> bool:
    """Whether a claim gives a day ("on February 15") and the row's date is another day: the row is
    not the one the claim is about, whatever its figure."""
    said = [(d.month, d.day, d.year) for d in claim.dates if d.month is not None and d.day is not None]
    held = [found for v in cells.values() if (found := cell_day(v)) is not None]
    return bool(said) and bool(held) and not any(same_day(a, b) for a in said for b in held)


@lru_cache(maxsize=65536)
def ordinals_in(text: str) -> frozenset[str]:
    """The places and months a text names ("fifth" and "5th": place 5; "May" and "may": month 5,
    a word the readers otherwise drop), as words to match cells by."""
    places = {f"place:{_ORDINAL_WORDS[m.group().lower()]}" for m in _ORDINAL_RE.finditer(text)}
    return frozenset(places | {f"month:{_MONTHS[m.group().lower()]}" for m in _MONTH_RE.finditer(text)})


@lru_cache(maxsize=65536)
def value_words(text: str) -> frozenset[str]:
    """The words of a cell value or a term, its numbers among them ("25-34 years" is named only
    by a claim that says 25 and 34, and "+ 8 laps" not by "laps" alone), and the words for the
    letters tables shorten values to ("a": away; "w 30 - 14": a win)."""
    # A letter alone ("h") or before a score ("w 30 - 14"); a middle initial ("paul w cronin") is none.
    parts = text.lower().split()
    lead = parts[0] if parts and (len(parts) == 1 or parts[1][:1].isdigit()) else ""
    letters = [_ABBREVIATIONS[lead]] if lead in _ABBREVIATIONS else []
    letters += [words for phrase, words in _PHRASES.items() if phrase in text.lower()]
    rest = _ORDINAL_RE.sub(" ", text)  # "5th" is place 5, not the number 5 as well
    return text_words(rest) | numbers_in(rest) | ordinals_in(text) | frozenset().union(*letters)


@lru_cache(maxsize=1024)
def coded(source: Source, column: str) -> bool:
    """Whether a column writes its values in letters that stand for words ("w 30 - 14", "l 7 - 21";
    "h", "a"): every value begins with one (tables.toml [cell_words])."""
    values = cell_values(source, column)
    return bool(values) and all(
        (m := _TOKEN_RE.match(v.lower())) is not None and m.group() in _ABBREVIATIONS for v in values
    )


# "nate robinson (26)": who, and the figure of theirs the column gives (a game's top scorer).
LABELLED_RE = re.compile(r"^(?P<label>.*?[a-z].*?)\s*\((?P<n>\d+(?:\.\d+)?)\)$")
# "floyd flake (d) 84.85% jorawar misir (r) 15.14%": each candidate, a party's letter, a share.
ENTRY_RE = re.compile(r"(?P<name>[a-z][a-z .'-]*?)\s*\((?P<tag>[a-z]+)\)\s*(?P<share>\d+(?:\.\d+)?)\s?%")


@lru_cache(maxsize=1024)
def labelled(source: Source, column: str) -> bool:
    """Whether a column's every value is a name with a figure in brackets ("david lee (32)")."""
    values = cell_values(source, column)
    return bool(values) and all(LABELLED_RE.match(v) for v in values)


@lru_cache(maxsize=1024)
def entries(source: Source, column: str) -> bool:
    """Whether a column's values list names with shares ("jim walsh (r) 55.11% marty mack (d) 44.89%")."""
    values = cell_values(source, column)
    return bool(values) and sum(bool(ENTRY_RE.search(v)) for v in values) * 2 > len(values)


# "jay inslee (d) (cw) larry ishmael (r) (cw)": candidates with their tags and no shares, which
# another column gives in the same order ("68% 32%").
NAMED_RE = re.compile(r"(?P<name>[a-z][a-z .'-]*?)\s*(?:\((?P<tag>[a-z]+)\)\s*)+")
_SHARES_CELL_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s?%\s*){2,}$")
_SHARE_RE = re.compile(r"\d+(?:\.\d+)?(?=\s?%)")


@lru_cache(maxsize=1024)
def paired_entries(source: Source) -> tuple[str, str] | None:
    """A column listing candidates and one listing their shares in the same order ("68% 32%"):
    (candidates, shares), where most rows give as many shares as names; None otherwise."""
    frame_ = frame(source)
    texts = [t for t in columns(source)[2] if not entries(source, t)]
    listed = [t for t in texts if _most(source, t, lambda v: len(NAMED_RE.findall(v)) >= 2)]
    shares = [t for t in texts if _most(source, t, lambda v: bool(_SHARES_CELL_RE.match(v)))]
    if len(listed) != 1 or len(shares) != 1:
        return None
    names, cut = listed[0], shares[0]
    fits = sum(
        len(NAMED_RE.findall(cells.get(names, ""))) == len(_SHARE_RE.findall(cells.get(cut, "")))
        for cells in frame_.cells
    )
    return (names, cut) if fits * 2 > len(frame_.cells) else None


def _most(source: Source, column: str, test: Callable[[str], bool]) -> bool:
    values = cell_values(source, column)
    return bool(values) and sum(test(v) for v in values) * 2 > len(values)


def row_entries(source: Source, column: str, cells: dict[str, str]) -> dict[str, float]:
    """Each candidate of a row's list and their share: written beside them, or in the column of
    shares paired with the list (paired_entries)."""
    if entries(source, column):
        return {m.group("name").strip(): float(m.group("share")) for m in ENTRY_RE.finditer(cells.get(column, ""))}
    names = [m.group("name").strip() for m in NAMED_RE.finditer(cells.get(column, ""))]
    paired = paired_entries(source)
    shares = [float(x) for x in _SHARE_RE.findall(cells.get(paired[1], ""))] if paired else []
    return dict(zip(names, shares, strict=True)) if paired and len(names) == len(shares) else {}


def held_words(source: Source, column: str, value: str) -> frozenset[str]:
    """The words a cell holds: its own, and in a column of letters, the words they stand for; a
    score's mark after it too ("1 - 1 ot": overtime)."""
    if coded(source, column):
        return value_words(value)
    return text_words(value) - synonyms_only(value) | score_mark_words(value)


def score_mark_words(value: str) -> frozenset[str]:
    """The words a mark after a score stands for ("1 - 1 ot": overtime; tables.toml [cell_words])."""
    return _CELL_WORDS.get(value.split()[-1], frozenset()) if _SCORE_MARK_RE.search(value) else frozenset()


@lru_cache(maxsize=65536)
def synonyms_only(value: str) -> frozenset[str]:
    """The concepts a text has only by a synonym of its words ("win" of "beats"): a claim's
    "winner" does not say a song called "where the heart beats"."""
    stems = content_stems(value)
    return frozenset({concept(st) for st in stems} - set(stems))


def said_numbers(claim: Reading) -> frozenset[str]:
    """The numbers a claim writes, and those of the sentence it points back to ("Route 3 is being
    retired. It carried 8,150 riders": Route 3's row)."""
    return numbers_in(claim.text) | (numbers_in(claim.around.what) if claim.around is not None else frozenset())


def _has_words(text: str) -> bool:
    """Whether a value has words, months, places or letters to be named by, not numbers alone."""
    return bool(value_words(text) - numbers_in(text))


_MIXED_RE = re.compile(r"\b(?=\w*\d)(?=\w*[^\W\d])\w+\b")
_DEMONYMS: dict[str, str] = {k.lower(): v for k, v in load("places")["demonyms"].items()}
# "Americans", "Kenyans": a demonym said of people, in the plural.
_DEMONYM_RE = re.compile(rf"\b(?P<d>{alternation(_DEMONYMS)})s?\b", re.IGNORECASE)


_CODES: dict[str, str] = {k.lower(): v for k, v in load("places")["codes"].items()}
_PLACE_ALIASES: dict[str, str] = {
    alias.lower(): name for name, aliases in load("places")["aliases"].items() for alias in aliases
}
_CODE_RE = re.compile(r"\(\s*([A-Za-z]{3})\s*\)")


@lru_cache(maxsize=65536)
def _places_in(text: str) -> tuple[frozenset[str], ...]:
    """The words of each country a text names by a demonym or another name ("british grand prix"),
    not by a code in brackets, which says where a row is from and never which row it is."""
    places = [_DEMONYMS[m.group("d").lower()] for m in _DEMONYM_RE.finditer(text)]
    places += [_PLACE_ALIASES[text.strip().lower()]] if text.strip().lower() in _PLACE_ALIASES else []
    return tuple(concepts_of(p) for p in places)


@lru_cache(maxsize=65536)
def _coded_places(text: str) -> frozenset[str]:
    """The words of the countries a text gives by their codes in brackets."""
    return concepts_of(" ".join(_CODES[c] for m in _CODE_RE.finditer(text) if (c := m.group(1).lower()) in _CODES))


@lru_cache(maxsize=65536)
def text_words(text: str) -> frozenset[str]:
    """A text's concepts, with the place each demonym stands for ("Kenyan": Kenya, "Asian
    countries": Asia), so that "Kenyan men" names Kenya's row and "in Asia" a title's "Asian",
    and the country of a code in brackets ("pol verschuere ( bel )": Belgium)."""
    places = [_DEMONYMS[m.group("d").lower()] for m in _DEMONYM_RE.finditer(text)]
    # A value that is another name of a country ("uk", "usa"): that country.
    places += [_PLACE_ALIASES[text.strip().lower()]] if text.strip().lower() in _PLACE_ALIASES else []
    return concepts_of(text) | concepts_of(" ".join(places)) | _coded_places(text)


def title_words(source: Source) -> frozenset[str]:
    """The words of a source's title (demonyms with their places, and the parts of hyphenated
    words: "first-round" says first and round)."""
    title = source.info.title
    words = text_words(title) | concepts_of(" ".join(w for w in title.split() if "-" in w).replace("-", " "))
    # A plural's singular in all its stems ("buildings": a claim's "building" stems to "build" too).
    words |= concepts_of(" ".join(w[:-1] for w in title.lower().split() if len(w) > 3 and w.endswith("s")))
    # The period a title covers is what "of the month" or "of the day" says ("games of January 2008",
    # "matches of 3 June").
    months = _MONTH_RE.findall(title)
    if months:
        words |= concepts_of("month")
        if re.search(rf"\b\d{{1,2}}\s+(?:{'|'.join(map(re.escape, months))})\b", title, re.IGNORECASE):
            words |= concepts_of("day")
    return words


_NAME_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zà-ÿ]{4,}\b")


@lru_cache(maxsize=256)
def _value_vocabulary(source: Source) -> frozenset[str]:
    """The words of a table's text values."""
    return frozenset().union(*(concepts_of(v) for t in columns(source)[2] for v in cell_values(source, t)))


def near_spellings(source: Source, claim: Reading, words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The claim's words with each name it spells nearly as a table's value does ("Schumaker" for
    "schumacher": one word of the values, same first letter, at most about one letter in five
    different) taken for that value's word, and the readings made ("Schumaker as schumacher").
    Only names (capitalised words the table does not have), and only where one value word fits."""
    from rapidfuzz import fuzz

    vocabulary, known = _value_vocabulary(source), _vocabulary(source)
    out, made = set(words), []
    for name in _NAME_RE.findall(claim.text):
        word = next(iter(concepts_of(name)), "")
        if not word or word in known or word not in words:
            continue
        near = [v for v in vocabulary if v[:1] == word[:1] and fuzz.ratio(word, v) >= 80]
        if len(near) == 1:
            out.discard(word)
            out.add(near[0])
            made.append(f"{name} as {near[0]}")
    # A name of several words the table spells with one of them near ("Bharatiya Janata Party" for
    # "bharatiya janta party"), though that word is the table's in another value ("janata party"):
    # the whole name read as the one value it nearly is, word for word.
    for run in _NAME_RUN_RE.findall(claim.text):
        said = _name_words(run)
        if len(said) < 2 or not set(said) <= out:
            continue
        fits = {
            tuple(mine): v
            for v in _multiword_values(source)
            if len(mine := _name_words(v)) == len(said)
            and mine != said
            and all(
                a == b or (a[:1] == b[:1] and len(a) > 3 and fuzz.ratio(a, b) >= 80)
                for a, b in zip(said, mine, strict=True)
            )
        }
        if len(fits) != 1:
            continue
        (spelt, value), *_ = fits.items()
        for a, b in zip(said, spelt, strict=True):
            if a != b:
                out.discard(a)
                out.add(b)
        made.append(f"{run} as {value}")
    return frozenset(out), tuple(made)


def _name_words(name: str) -> list[str]:
    """A name's words as concepts, in order, those with none ("the", "of") left out."""
    return [c for w in name.split() for c in sorted(concepts_of(w))[:1]]


_NAME_RUN_RE = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


@lru_cache(maxsize=256)
def _multiword_values(source: Source) -> tuple[str, ...]:
    """The text values of a table of more than one word (names a claim may spell nearly)."""
    return tuple(sorted({v for t in columns(source)[2] for v in cell_values(source, t) if len(v.split()) > 1}))


def claim_words(claim: Reading) -> frozenset[str]:
    """What a claim can name a table's values with: its concepts (and those of its hyphenated words'
    parts: "Mercedes-Benz" for "mercedes - benz"), its places' words, its numbers and ordinals."""
    parts = concepts_of(" ".join(w for w in claim.text.split() if "-" in w).replace("-", " "))
    # Names of letters and digits ("Maserati 250F", "HWA 1") stay whole, though the figure reader
    # takes their number for a figure.
    mixed = concepts_of(" ".join(_MIXED_RE.findall(claim.text)))
    own = claim_concepts(claim) | parts | mixed | place_words(claim) | said_numbers(claim) | ordinals_in(claim.text)
    # A lone letter is what the figure reader left of a name ("F" of "250F"), no word of its own;
    # but a capital standing apart after a name's word ("an ERA E") is that name's letter.
    letters = frozenset(m.group(1).lower() for m in _NAME_LETTER_RE.finditer(claim.text))
    kept = frozenset(w for w in own if not (len(w) == 1 and w.isalpha())) | letters
    return _demonyms_as_places(kept, claim.text)


_NAME_LETTER_RE = re.compile(r"(?<=[A-Za-z] )([B-HJ-Z])(?![\w.'])")


def _demonyms_as_places(words: frozenset[str], text: str) -> frozenset[str]:
    """Words with each demonym the text uses replaced by its place ("Kenyan men": kenya, men)."""
    said = [(m.group(), m.group("d")) for m in _DEMONYM_RE.finditer(text)]
    if not said:
        return words
    return (words - concepts_of(" ".join(w for w, _ in said))) | concepts_of(
        " ".join(_DEMONYMS[d.lower()] for _, d in said)
    )


def demonym_place(text: str) -> frozenset[str]:
    """The place's words of a text that is a demonym ("Jamaicans": jamaica); empty otherwise."""
    m = _DEMONYM_RE.fullmatch(text.strip())
    return concepts_of(_DEMONYMS[m.group("d").lower()]) if m else frozenset()


_FIRST_YEAR_RE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")


def cell_year(raw: str) -> int | None:
    """The year a time cell begins in ("2011": 2011; a season "1970 - 71" or "2011/12": its first)."""
    m = _FIRST_YEAR_RE.search(raw)
    return int(m.group(1)) if m else None


def cell_number(raw: str) -> float | None:
    """A cell's value as a number (the total of a sum of parts), or None when it is not one."""
    text = raw.strip()
    m = _CELL_NUMBER_RE.match(text)
    if m:
        value = float(m.group(1).replace(" ", "").replace(",", ""))
        return value * _SCALE.get(m.group(2) or "", 1.0)
    m = _SHARED_PLACE_RE.match(text)
    if m:
        return float(m.group(1))  # "t5", "=5": fifth, shared
    m = _SHARE_AND_COUNT_RE.match(text)
    if m:
        return float(m.group(1))  # "40.2% 105 seats": the share, with what it won beside it
    m = CLOCK_DURATION_RE.match(text)
    if m and (m.end() == len(text) or _MARK_AFTER_RE.fullmatch(text[m.end() :])):
        return clock_seconds(m)[0]  # a race time ("2:11.58", "2:05:30 or"), in seconds
    m = _SUM_RE.match(text)
    if m:
        if m.group(1):
            return float(m.group(1).replace(" ", "").replace(",", ""))
        return sum(float(part.replace(" ", "").replace(",", "")) for part in text.split("+"))
    return None


# A place shared with others, as leaderboards write it: "t5", "t-5", "=5" (and "5 =", which the
# number pattern reads).
_SHARED_PLACE_RE = re.compile(r"^(?:[tT]\s?-?\s?|=\s?)(\d{1,4})$")
_SHARED_AFTER_RE = re.compile(r"^\d{1,4}\s?=$")


def shared_place(raw: str) -> bool:
    """Whether a cell writes a place shared with other rows ("t5", "=5", "13 =")."""
    text = raw.strip()
    return bool(_SHARED_PLACE_RE.match(text) or _SHARED_AFTER_RE.match(text))


def cell_decimals(raw: str) -> int:
    """How many decimals a cell's number is written with (its precision)."""
    m = re.search(r"\.(\d+)", raw.split("=")[-1])
    return len(m.group(1)) if m else 0


@dataclass(frozen=True, slots=True)
class Frame:
    """A table's rows held once: each row's cells, and the rows each value of a column is in (so
    that a 200,000-row table answers "the rows of Ohio in 2020" without a scan)."""

    passages: tuple[Passage, ...]
    cells: tuple[dict[str, str], ...]
    by_value: dict[str, dict[str, tuple[int, ...]]]

    def rows_with(self, column: str, values: Iterable[str]) -> set[int]:
        """The rows whose cell in a column is one of the values."""
        found = self.by_value.get(column, {})
        return {i for v in values for i in found.get(v, ())}


@lru_cache(maxsize=64)
def frame(source: Source) -> Frame:
    """A table's frame (cached per source)."""
    table = source.table
    assert table is not None
    cells = tuple(dict(p.cells) for p in source.passages)
    by_value: dict[str, dict[str, list[int]]] = {c: {} for c in table.columns}
    for i, row in enumerate(cells):
        for column, value in row.items():
            by_value.setdefault(column, {}).setdefault(value, []).append(i)
    return Frame(source.passages, cells, {c: {v: tuple(rows) for v, rows in vs.items()} for c, vs in by_value.items()})


@lru_cache(maxsize=256)
def columns(source: Source) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The table's year columns, numeric (measure) columns and text (category) columns (cached)."""
    table = source.table
    assert table is not None
    years, numbers, texts = [], [], []
    for column in table.columns:
        # Each distinct value once; a total row's label ("total" in the rank column) is no value of the column's kind.
        values = cell_values(source, column) - set(table.aggregates)
        if (
            column == table.time_axis
            or (values and all(_YEAR_FIRST_RE.match(v) for v in values) and _dated(column, values))
            or _labelled_years(values)
        ):
            years.append(column)
        elif values and _numeric(values):
            numbers.append(column)  # "unknown" deaths: a row without a number in a column of numbers
        else:
            texts.append(column)
    return tuple(years), tuple(numbers), tuple(texts)


# A year, alone or with a note after it ("1917", "1758 (december 13)", "1918 to 1919"): a cell of
# a column of years.
# A span still open ("1955 - present") is one too.
_YEAR_FIRST_RE = re.compile(
    r"^(?:1[0-9]|20)\d\d(?:$|\s*\(|\s+to\s|\s*-\s*(?:1[0-9]|20)?\d\d$"
    rf"|\s*-\s*(?:{alternation(TABLE_WORDS['words']['open_end'])})$)"
)


def _labelled_years(values: frozenset[str]) -> bool:
    """Whether a column's values are one label with a year each ("indian general election , 1980",
    "... , 1984"): the years it names, each row its own."""
    if len(values) < 2:
        return False
    years = [_FIRST_YEAR_RE.findall(v) for v in values]
    if any(len(y) != 1 for y in years):
        return False
    labels = {_FIRST_YEAR_RE.sub(" ", v).strip() for v in values}
    return len(labels) == 1 and bool(_LETTERS_RE.search(next(iter(labels))))


_LETTERS_RE = re.compile(r"[a-z]{3}", re.IGNORECASE)


def _dated(column: str, values: frozenset[str]) -> bool:
    """Whether years before 1800 are years here: in a column its name calls one of times ("date",
    "founded"); elsewhere 1500 may be a count."""
    return all(YEAR_RE.match(v) for v in values) or bool(set(column.lower().split("_")) & _TIME_COLUMNS)


_TIME_COLUMNS = frozenset(TABLE_WORDS["words"]["time_columns"])
_HOME_COLUMNS = frozenset(TABLE_WORDS["words"]["home_columns"])
_AT_HOME = frozenset(TABLE_WORDS["words"]["at_home"])


_SHARE_AND_COUNT_RE = re.compile(r"^(\d+(?:\.\d+)?)\s?%\s+\d[\d,]*\s+[a-z]+$")


def written_as_share(cell: str) -> bool:
    """Whether a cell writes its number as a percentage ("60.8%", "40.2% 105 seats")."""
    return cell.rstrip().endswith("%") or bool(_SHARE_AND_COUNT_RE.match(cell.strip()))


_SHARE_RANGE_RE = re.compile(r"^\d+(?:\.\d+)?\s?%\s*-\s*\d+(?:\.\d+)?\s?%$")


def _numeric(values: frozenset[str]) -> bool:
    """Whether a column's values are numbers: each one, or a cell that says none is known
    ("unknown"), or, for one value in ten at most, a number with words after it that is no figure
    of the column's kind ("280 canadians (out of 329 total fatalities)": that row has no number)."""
    # A range of shares ("37.0% - 42.0%", an exit poll's) is no one number: a row without one.
    odd = [v for v in values if cell_number(v) is None and v not in _MISSING and not _SHARE_RANGE_RE.match(v)]
    if not values - _MISSING or len(odd) == len(values):
        return False
    if any(CLOCK_DURATION_RE.match(v) for v in values) and any(v.startswith("+") for v in values):
        return False  # the winner's time and the others' gaps to it ("+ 5.294"): no one measure
    return not odd or (all(v[:1].isdigit() for v in odd) and 10 * len(odd) <= len(values))


@lru_cache(maxsize=1024)
def cell_values(source: Source, column: str) -> frozenset[str]:
    """The distinct values of one column (blank cells left out); cached per source."""
    return frozenset(frame(source).by_value.get(column, {})) - {""}


_METRE_HEADERS = frozenset(TABLE_WORDS["words"]["metre_headers"])


@lru_cache(maxsize=4096)
def _m_is_metres(table: Table, column: str) -> bool | None:
    """What an "m" in a column's header is: metres beside a word of length ("elevation (m)"),
    millions otherwise ("viewers (m)"); None where the header has no "m"."""
    tokens = set(_TOKEN_OR_SLASH_RE.findall(f"{column.replace('_', ' ')} {table.description(column)}".lower()))
    if "m" not in tokens:
        return None
    return bool(tokens & _METRE_HEADERS)


def column_unit(table: Table, column: str) -> tuple[str | None, str]:
    """The unit a column's name or description gives its numbers ("seized_kg": kilograms)."""
    if _m_is_metres(table, column):
        return UNITS["metre"]
    described = table.description(column).lower().replace(",", " ")
    # "pop / km square": what follows a slash is what a rate is per, no unit of the column's own
    # (the column's name, "density_pop_or_km_square", writes the same words without the slash).
    per = set(described.split("/", 1)[1].split()) if "/" in described else set()
    for word in [*column.lower().split("_"), *(w.strip("()[]") for w in described.split())]:
        if word in per:
            break
        if word in UNITS:
            return UNITS[word]
        if word in CURRENCIES:
            return CURRENCIES[word], f"currency:{CURRENCIES[word]}"
    return None, "count"


_HEADER_SCALES: dict[str, float] = TABLE_WORDS["header_scales"]


@lru_cache(maxsize=4096)
def column_scale(table: Table, column: str) -> float:
    """What a column's numbers are written in: 1e9 for "sales (billion)", else 1."""
    words = f"{column.replace('_', ' ')} {table.description(column)}".lower().split()
    found = {_HEADER_SCALES[w] for w in words if w in _HEADER_SCALES}
    if _m_is_metres(table, column) is False:
        found.add(1e6)  # "viewers (m)": millions
    return found.pop() if len(found) == 1 else 1.0


def unit_unstated(table: Table, column: str, q: Quantity) -> bool:
    """Whether a claim gives a figure in a currency that the column, naming no unit, leaves unsaid
    ("$410.65 billion" against "market value (billion)")."""
    return q.dimension.startswith("currency:") and column_unit(table, column) == (None, "count")


# Each unit's forms by its unit ("km": kilometre, kilometres, km...): a header writes units short.
_UNIT_FORMS: dict[str, str] = {}
for _form, (_unit, _) in UNITS.items():
    _UNIT_FORMS[_unit] = f"{_UNIT_FORMS.get(_unit, '')} {_form}"
_TOKEN_OR_SLASH_RE = re.compile(r"/|[a-z0-9]+")
_HEADER_SHORT = {k: concepts_of(v) for k, v in TABLE_WORDS["header_abbreviations"].items()}
# A country's short name in a header ("us viewers", "uk chart"): the country's words.
_HEADER_PLACES = {
    alias.lower(): concepts_of(name)
    for name, aliases in load("places")["aliases"].items()
    for alias in aliases
    if alias.isupper() and alias.isalpha()
}


_BALLOT = TABLE_WORDS["ballot"]
# Each side of a vote with the phrases that say it: its votes ("voted against") or the outcome
# they make ("rejected").
_BALLOT_RE = {
    side: re.compile(rf"\b(?:{alternation([*_BALLOT[side], *_BALLOT[outcome]])})\b", re.IGNORECASE)
    for side, outcome in (("yes", "passed"), ("no", "failed"))
}
BALLOT_SIDES = {side: frozenset({f"ballot:{side}"}) for side in ("yes", "no")}


def ballot_words(source: Source, words: frozenset[str], text: str) -> frozenset[str]:
    """A claim's words with the side of a vote it says ("voted against", "approved": tables.toml
    [ballot]) read as the word a column headed by that side has ("ballot:no") in place of the
    phrase's own; as they were where the table has no such column."""
    table = source.table
    assert table is not None
    if not any(_column_words(table, c) & (BALLOT_SIDES["yes"] | BALLOT_SIDES["no"]) for c in table.columns):
        return words
    for side, pattern in _BALLOT_RE.items():
        for m in pattern.finditer(text):
            words = (words - concepts_of(m.group())) | BALLOT_SIDES[side]
    return words


@lru_cache(maxsize=4096)
def _column_words(table: Table, column: str) -> frozenset[str]:
    """The words of a column's name and description, each unit with its forms written out ("pop /
    km square": kilometre, square), a unit after a slash read as "per" (a rate per kilometre) and
    a short word with the words it stands for ("pts": points; tables.toml)."""
    words = concepts_of(column.replace("_", " ")) | concepts_of(table.description(column))
    tokens = _TOKEN_OR_SLASH_RE.findall(f"{column.replace('_', ' ')} {table.description(column)}".lower())
    # A header "yes" or "no" alone is a side where the table has the other side's column too.
    named = column.lower().split("_")
    # Not "no of seats", a number of them.
    sided = (len(named) > 1 and named[1:2] != ["of"]) or any(
        c.lower() in set(BALLOT_SIDES) - {named[0]} for c in table.columns
    )
    for i, token in enumerate(tokens):
        if token in BALLOT_SIDES and sided and token in named:
            # "no_vote": the votes against, not a number ("no."); "yes" and "no" alike one word.
            words = (words - concepts_of(token)) | BALLOT_SIDES[token]
        if token in _HEADER_SHORT:
            words |= _HEADER_SHORT[token]
        if token in _HEADER_PLACES:
            words |= _HEADER_PLACES[token]  # "us viewers": viewers in the United States
        if token in UNITS:
            words |= concepts_of(_UNIT_FORMS[UNITS[token][0]])
            if i and tokens[i - 1] == "/":
                words |= concepts_of("per")
    return words


def unit_words(unit: str) -> frozenset[str]:
    """The words a unit is written in ("foot": ft, foot, feet)."""
    return concepts_of(_UNIT_FORMS.get(unit, unit))


@lru_cache(maxsize=4096)
def _column_terms(table: Table, column: str) -> tuple[frozenset[str], ...]:
    """Each word of a column's name and description with the words it may be said by ("km":
    kilometre; "pop": population)."""
    text = f"{column.replace('_', ' ')} {table.description(column)}".lower()
    terms = []
    for token in _TOKEN_OR_SLASH_RE.findall(text):
        if len(token) == 1 and token.isalpha() and f"({token})" in text:
            continue  # a party's letter in brackets ("danish people's party (o)"): no word to say
        said = concepts_of(token)
        if token in _HEADER_SHORT:
            said |= _HEADER_SHORT[token]
        if token in _HEADER_PLACES:
            said |= _HEADER_PLACES[token]
        if token in UNITS:
            said |= concepts_of(_UNIT_FORMS[UNITS[token][0]])
        if token == "m" and _m_is_metres(table, column):
            said |= concepts_of(_UNIT_FORMS[UNITS["metre"][0]])
        if said:
            terms.append(said)
    return tuple(terms)


def column_unsaid(table: Table, column: str, words: frozenset[str]) -> list[frozenset[str]]:
    """The words of a column's name that the words do not say in any of their forms."""
    return [term for term in _column_terms(table, column) if not term & words]


def _total_of_tie(tied: list[tuple[str, frozenset[str]]], wanted: frozenset[str], numbers: Sequence[str]) -> str | None:
    """For a measure that fits several columns alike and names none of them whole ("30 goals"
    against league, FA Cup and League Cup goals), the column that adds them up, if there is one."""
    if len(tied) < 2 or any(words <= wanted for _, words in tied):
        return None
    return next((c for c in numbers if c.lower() in _TOTAL_COLUMNS), None)


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


_TOKEN_AT_RE = re.compile(r"[A-Za-z][\w'-]*|\d[\d.,:%]*")


def _bound_elsewhere(source: Source, claim: Reading, q: Quantity, words: frozenset[str]) -> bool:
    """Whether the claim says a column's words only where they go with another of its figures, not
    `q`: right before it ("heat 2"), before "of" and it ("a reaction time of 0.140"), or right
    after it ("2,201,610 inhabitants", "19.7% of Cuba's population"). Figures that are part of a
    name ("the Billboard Hot 100") take no word."""
    figures = [
        f for f in claim.quantities if f is q or not (column_figure(source, claim, f) or value_figure(source, claim, f))
    ]
    if len(figures) < 2:
        return False
    tokens = list(_TOKEN_AT_RE.finditer(claim.text))
    lower = [t.group().lower() for t in tokens]

    def index(f: Quantity) -> int:
        return next((i for i, t in enumerate(tokens) if t.end() > f.start), len(tokens))

    def goes_with(i: int, j: int) -> bool:
        before = j == i + 1 or (j in (i + 2, i + 3) and lower[j - 1] == "of")
        after = i == j + 1 or (i in (j + 2, j + 3) and j + 1 < len(lower) and lower[j + 1] == "of")
        return before or after

    at = {id(f): index(f) for f in figures}
    said = [i for i, t in enumerate(tokens) if concepts_of(t.group()) & words]
    owners = {id(f) for i in said for f in figures if goes_with(i, at[id(f)])}
    return bool(owners) and id(q) not in owners


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
        words = _column_words(table, column)
        # A rate is not what a claim means unless it says rate or percent.
        unasked = bool(words & {"rate", "percent"}) and not wanted & {"rate", "percent"}
        scored.append((len(words & wanted) - (0.5 if unasked else 0.0), column, words))
    # No column named: the measures tie, and they must agree (the rows named do the rest).
    top = max((hits for hits, _, _ in scored), default=0)
    tied = [(column, words) for hits, column, words in scored if hits == top]
    total = _total_of_tie(tied, wanted, numbers) if top else None
    return [(total, frozenset())] if total is not None else tied


def measure_column(
    table: Table,
    numbers: Sequence[str],
    wanted: frozenset[str],
    claim_q: Quantity,
    named_row: bool = False,
    claim_years: frozenset[int] = frozenset(),
    total_said: bool = False,
) -> tuple[str, frozenset[str]] | None:
    """The numeric column the claim's figure is about, and the words that name that measure."""
    allowed = _for_years(numbers, claim_years)
    if allowed is None:
        return None  # which year's column the claim means, it does not say
    numbers = allowed
    best, best_score = None, 0.0
    eligible: list[tuple[int, str, frozenset[str]]] = []  # (words shared with the claim, column, words)
    for column in numbers:
        words = _column_words(table, column)
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
        elif claim_q.dimension == "count" and dimension == "percent" and claim_q.value > 100:
            continue  # "84.6 million" is no share
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
        # Several columns fit alike: their total, or none (no tie-break guesses which one).
        total = _total_of_tie(tied, wanted, [c for _, c, _ in eligible])
        return (total, frozenset()) if total is not None else None
    dated = [c for _, c, _ in eligible if column_years(c)]
    if best is None and claim_years and len(dated) == 1 and top == 0:
        return dated[0], frozenset()  # "2,615,060 people in 2011": the 2011 column, nothing else named
    totals = [c for _, c, _ in eligible if c.lower() in _TOTAL_COLUMNS]
    if best is None and total_said and len(totals) == 1:
        return totals[0], frozenset()  # "Aberdeen's total attendance", "21 wins in all": the total column
    if best is None and named_row:
        # No column is named, but a row is: one column of the claim's kind can only mean that one.
        fitting = [c for c in numbers if _fits(table, c, claim_q)]
        if len(fitting) == 1:
            return fitting[0], frozenset()
    return best


@lru_cache(maxsize=1024)
def _numbers_rows(source: Source, column: str) -> bool:
    """Whether a numeric column numbers the rows (week, stage, round): whole numbers from 1 (or 0)
    with few gaps (a bye week), each once or a few rows each (two races a round) — not a column of
    counts that happen to differ."""
    values = frame(source).by_value.get(column, {})
    if not values or any(not v.isdigit() for v in values):
        return False
    # Each number once (weeks), or a few rows a number (two races a round).
    numbers = [int(v) for v in values]
    # Not one number in most rows: seats won, 0 in seven elections and 1 in one, is a count.
    rows = sum(len(r) for r in values.values())
    if max(len(r) for r in values.values()) > max(2, rows // 2):
        return False
    return min(numbers) <= 1 and max(numbers) - min(numbers) < 2 * len(numbers)


def _labels_rows(source: Source, column: str) -> bool:
    """Whether a numeric column gives each row a whole number of its own that need not start at 1
    (lanes 2 to 9, a draw): a label, named as "lane 3", not a measure."""
    values = frame(source).by_value.get(column, {})
    return len(values) > 1 and all(v.isdigit() and len(rows) == 1 for v, rows in values.items())


_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w'-]*)\s+$")


def text_cell_figure(source: Source, q: Quantity) -> bool:
    """Whether a figure is, as written, a whole cell of a column of text (the winner's
    "1:14:19.838" among gaps to it, "+ 5.294"): a value the row holds, no number to measure."""
    written = q.text.strip().lower()
    return any(written in cell_values(source, t) for t in columns(source)[2])


def value_figure(source: Source, claim: Reading, q: Quantity, values: Iterable[str] | None = None) -> bool:
    """Whether a claim's figure is part of a value it names ("HWA 1 won four races": the team
    "hwa 1"), a name and no figure: the value holds the number, the word before it is the value's
    and the claim names the value whole. `values`: the values to look among (all the table's text
    values when None)."""
    if values is None:
        values = [v for t in columns(source)[2] for v in cell_values(source, t)]
    if not q.text[:1].isdigit() and any(
        q.text.lower() in v.split() and value_words(v) - concepts_of(q.text) <= claim_words(claim) for v in values
    ):
        return True  # "Fifty Shades of Grey": a number word of a name the claim says whole
    before = _WORD_BEFORE_RE.search(claim.text[max(0, q.start - 30) : q.start])
    # Or the word after it ("105 seats" in a cell "40.2% 105 seats" the claim names whole).
    after = re.match(r"\s+([A-Za-z][\w'-]*)", claim.text[q.end : q.end + 30])
    if (before is None and after is None) or q.hedge or q.value != int(q.value):
        return False
    number = str(int(q.value))
    word = concepts_of(" ".join(m.group(1) for m in (before, after) if m is not None))
    wanted = claim_words(claim)
    # "ARB 02": the number as the value writes it, leading zeros and all.
    return any(
        any(n.isdigit() and int(n) == int(number) for n in numbers_in(v))
        and word & value_words(v)
        and value_words(v) - numbers_in(v) <= wanted
        for v in values
    )


def title_figure(source: Source, claim: Reading, q: Quantity) -> bool:
    """Whether a claim's figure is part of a phrase of the table's title ("number one" in a list of
    "number-one singles"): the word before it and it, as the title writes them."""
    before = _WORD_BEFORE_RE.search(claim.text[max(0, q.start - 30) : q.start])
    if before is None or q.hedge:
        return False
    title = re.sub(r"[-\s]+", " ", source.info.title.lower())
    said = re.sub(r"[-\s]+", " ", f"{before.group(1)} {claim.text[q.start : q.end]}".lower())
    return re.search(rf"\b{re.escape(said)}\b", title) is not None


def column_figure(source: Source, claim: Reading, q: Quantity) -> bool:
    """Whether a claim's figure is part of a column's name ("the Billboard Hot 100": the column
    "us hot 100"): the name writes the number right after the word before the figure."""
    before = _WORD_BEFORE_RE.search(claim.text[max(0, q.start - 30) : q.start])
    if before is None or q.hedge or q.value != int(q.value):
        return False
    table = source.table
    assert table is not None
    said = f"{before.group(1).lower()} {int(q.value)}"
    return any(
        re.search(rf"\b{re.escape(said)}\b", f"{c.replace('_', ' ')} {table.description(c).lower()}")
        for c in table.columns
    )


def key_column(source: Source, claim: Reading, q: Quantity) -> str | None:
    """The column that numbers a table's rows, when a claim's figure is a row's number there
    ("the week 4 game": the row of week 4), not a value to check; None otherwise."""
    table = source.table
    assert table is not None
    before = _WORD_BEFORE_RE.search(claim.text[max(0, q.start - 30) : q.start])
    if before is None or q.hedge or q.value != int(q.value):
        return None
    word = before.group(1).lower()
    _, numbers, texts = columns(source)
    # The word is the column's name ("week 4" for the column "week", "round 9"), not a word of the
    # same concept ("won three" is no row of the "wins" column).
    named = [c for c in (*numbers, *texts) if word in (c.lower(), f"{c.lower()}s", c.lower().rstrip("s"))]
    for c in named:
        if c in numbers and (_numbers_rows(source, c) or _labels_rows(source, c)):
            return c
        # A column of row numbers with a few labels among them ("p" for a prologue): "stage 4".
        values = cell_values(source, c)
        digits = [v for v in values if v.isdigit()]
        if c in texts and str(int(q.value)) in values and 10 * len(digits) >= 8 * len(values):
            return c
    return None


def _fits(table: Table, column: str, claim_q: Quantity) -> bool:
    words = _column_words(table, column)
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
    whole = [value_words(t) for t in terms if _has_words(t) and value_words(t) <= wanted]
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
        words = value_words(term)
        if _has_words(term) and words <= wanted:
            score = 1.0 + 0.01 * len(words)
            if score > best:
                best, how = score, kind
        elif concepts_of(term) and kind == "":
            # A share of its words; its numbers alone match nothing ("4 - 4" and "week 4").
            partial = 0.6 * len(concepts_of(term) & wanted) / len(concepts_of(term))
            if partial > best:
                best, how = partial, ""
    return best, how


@lru_cache(maxsize=1024)
def _own_words(source: Source, column: str) -> dict[str, frozenset[str]]:
    """For each value of a column, its words that no other value of the column has."""
    words = {v: value_words(v) for v in cell_values(source, column)}
    seen: dict[str, int] = {}
    for found in words.values():
        for w in found:
            seen[w] = seen.get(w, 0) + 1
    return {v: frozenset(w for w in found if seen[w] == 1) for v, found in words.items()}


def _row_match(table: Table, source: Source, column: str, value: str, wanted: frozenset[str]) -> tuple[float, str]:
    """category_match, and a whole match for a value that the claim names by the words only it
    has ("Heathrow" for the row "london heathrow", where no other airport is a Heathrow)."""
    score, how = category_match(table, value, wanted)
    # Words that name the table or its columns ("race" in a table of races) name no one row.
    # A country's code in brackets ("( sui )") or a demonym ("american international group") says
    # where a row is from, never which it is: no name ("united" of the United Kingdom names no AIG).
    derived = text_words(value) - concepts_of(value)
    whole = frozenset().union(*(w for w in _places_in(value) if w <= wanted))  # "British" for "british grand prix"
    said = (value_words(value) - numbers_in(value) - (derived - whole)) & wanted - _header_words(source)
    if not numbers_in(value) <= wanted:
        return score, how  # "+ 8 laps" is not named without its 8
    if score >= 1.0 and how == "" and not numbers_in(value) and not value_words(value) - _other_columns(source, column):
        # "a song for you" as a translation: its one word is another column's name ("song"),
        # which "three songs" says of every row ("75-84 years" is named by its numbers).
        return 0.0, how
    # A name's part names it as it is written ("beats" of a song's title is no "winner", though
    # the two are one concept), and never a word of an operation ("last", "only").
    # Nor a verb ("ran" of "retired to run for us senate"): a name is named by its nouns.
    by_part = said & _own_words(source, column)[value] - synonyms_only(value) - accounted_always() - relation_words(
        "place"
    )
    # Nor a word that is another column's whole value in other rows ("republican", a party of
    # twelve rows, is no name of the two rows "retired republican hold"; "pau", the circuit of the
    # Pau Grand Prix's own row, may name it).
    by_part = frozenset(w for w in by_part if _same_rows_elsewhere(source, column, value, w))
    if is_phrase(value):
        by_part -= TABLE_VERBS  # "ran" names no "retired to run for us senate democratic hold"
    if score < 1.0 and by_part:
        # "Bernard Hinault" names "bernard hinault ( fra )" by "hinault", which no other rider has,
        # though other riders are called Bernard.
        return 1.0, how
    return score, how


def is_phrase(value: str) -> bool:
    """Whether a value is a phrase of four words or more (a result described, no name)."""
    return len(value_words(value) - numbers_in(value)) >= 4


@lru_cache(maxsize=4096)
def _same_rows_elsewhere(source: Source, column: str, value: str, word: str) -> bool:
    """Whether the rows of another column whose whole value is `word` (if any) are the value's own."""
    found = frame(source)
    mine = found.rows_with(column, [value])
    for t in columns(source)[2]:
        if t == column:
            continue
        whole = [v for v in cell_values(source, t) if value_words(v) == {word}]
        if whole and found.rows_with(t, whole) != mine:
            return False
    return True


@lru_cache(maxsize=1024)
def _other_columns(source: Source, column: str) -> frozenset[str]:
    """The words of a table's column names other than one column's."""
    table = source.table
    assert table is not None
    return frozenset().union(*(_column_words(table, c) for c in table.columns if c != column))


@lru_cache(maxsize=256)
def _header_words(source: Source) -> frozenset[str]:
    """The words of a table's title and of its columns' names and descriptions."""
    table = source.table
    assert table is not None
    return title_words(source).union(*(_column_words(table, c) for c in table.columns))


@lru_cache(maxsize=256)
def _vocabulary(source: Source) -> frozenset[str]:
    table = source.table
    assert table is not None
    words = [source.info.title, *table.columns, *(d for _, d in table.descriptions)]
    words += [term for value in table.aggregates for term in (value, *dict(table.aliases).get(value, ()))]
    words += [term for _, terms in (*table.aliases, *table.broader) for term in terms]
    _, _, texts = columns(source)
    values = [value for t in texts for value in cell_values(source, t)]
    return frozenset().union(*(concepts_of(w.replace("_", " ")) for w in words), *(value_words(v) for v in values))


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
    words = {w for w in rest if not w.replace(".", "").isdigit()}  # numbers name no category here
    if len(totals) != 1 or words - _vocabulary(source) - relation_concepts():
        return []
    return totals


_CHANGE = concepts_of(" ".join(TABLE_WORDS["words"]["change_columns"]))


def _change_columns(table: Table, numbers: Sequence[str]) -> list[str]:
    """The columns of a change ("percent_change", "change_2011_to_2012", "growth")."""
    return [c for c in numbers if _column_words(table, c) & _CHANGE]


_PARTS_RE = re.compile(r"^\s*(\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?)+)\s*=\s*\d+(?:\.\d+)?\s*$")


def cell_parts(raw: str) -> list[float]:
    """The parts of a cell that writes a sum ("70 + 69 = 139": 70 and 69); none for any other cell."""
    m = _PARTS_RE.match(raw)
    return [float(v) for v in re.split(r"\s*\+\s*", m.group(1))] if m else []


_BY_RE = re.compile(r"\b([A-Za-z]+)\s+by\s+$", re.IGNORECASE)


def word_before_by(text: str, q: Quantity) -> str:
    """The word before "by" right before a figure ("passed" of "passed by 157 votes"), or ""."""
    m = _BY_RE.search(text[max(0, q.start - 30) : q.start])
    return m.group(1).lower() if m else ""


def is_margin(text: str, q: Quantity) -> bool:
    """Whether a figure is a margin ("abolished by 157 votes", "won by a single point"): "by"
    after a verb of an outcome (tables.toml margin_verbs); "watched by 3.8 million viewers" is
    who did it, "rose by 13" a change."""
    if word_before_by(text, q) in _MARGIN_VERBS:
        return True
    # "beat Dule & Koki by 11,159 televotes": the verb before its object, in the same clause.
    before = re.split(r"[.,;:]", text[max(0, q.start - 80) : q.start])[-1]
    by = _BY_END_RE.search(before)
    return by is not None and any(w.lower() in _MARGIN_VERBS for w in re.findall(r"[A-Za-z]+", before[: by.start()]))


_BY_END_RE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _margin_column(table: Table) -> bool:
    """Whether a table has a column of margins ("margin", "majority"), where a margin is a cell."""
    return any(_column_words(table, c) & _MARGIN_WORDS for c in table.columns)


def table_candidates(claim: Reading, cq: Quantity, index: Index, change: bool = False) -> list[Candidate]:
    """Cells of table rows that match the claim's year and category, in the measure's column; for
    a change the claim states ("grew 2.9%", change=True), in a column of changes, the cell read
    with the claim's direction (a fall of 1.0% is a cell of -1.0)."""
    found = []
    wanted_all = claim_concepts(claim)
    placed = place_words(claim) | said_numbers(claim)  # "25-34 years" is named by its numbers
    for source in index.tables():
        table = source.table
        assert table is not None
        years, numbers, texts = columns(source)
        wanted_all = ballot_words(source, claim_concepts(claim), claim.text)  # "votes against": the no side
        if change:
            numbers = tuple(_change_columns(table, numbers))
            if not numbers:
                continue  # a table of levels: no evidence for a change
        if not covers(source, claim, cq) or period_of(claim.text, cq):
            continue  # a table's rows are for years or categories, not "its first day"
        if key_column(source, claim, cq) is not None:
            continue  # "week 1" names a row; it is no figure of one
        if is_margin(claim.text, cq) and not _margin_column(table):
            continue  # "by 157 votes": a gap between two cells, no cell of its own
        names_a_row = any(named_categories(table, cell_values(source, t), wanted_all | placed) for t in texts)
        total_said = bool(_TOTAL_SAID_RE.search(claim.text))
        measure = measure_column(table, numbers, wanted_all, cq, names_a_row, years_for(claim, cq), total_said)
        head = head_of(claim.text, cq)
        totals = [c for c in numbers if c.lower() in _TOTAL_COLUMNS]
        if measure is None and head in title_words(source) and len(totals) == 1 and names_a_row:
            # "Germany won 12 medals" in a medal table: the title's measure, all of it.
            measure = (totals[0], frozenset({head}))
        if measure is None:
            continue
        column, measure_words = measure
        if cq.value != int(cq.value) and _numbers_rows(source, column):
            continue  # "0.120" is no heat's number: a column that numbers the rows holds no fraction
        if cq.value in claim.years and int(cq.value) in column_years(column):
            continue  # "the 2006 census": the year that names the column, no figure in it
        if measure_words and _bound_elsewhere(source, claim, cq, measure_words):
            # "ran 12.62 to win heat 2", "12.70 from a reaction time of 0.140": the column's word
            # goes with the figure beside it, and this figure is not that one.
            continue
        if head:
            # "222 points" is the points column's, not the wins column's; "All three Brabham
            # drivers ... 76 laps": "three" counts rows of the driver column, no column's value.
            named_by = [c for c in numbers if head in _column_words(table, c)]
            rows_of = [t for t in texts if head in _column_words(table, t)]
            total = column.lower() in _TOTAL_COLUMNS  # "30 goals" across league and cup columns
            if len(named_by) == 1 and column not in named_by and not total:
                # "won the championship with 222 points": the figure's own noun names its column.
                column, measure_words = named_by[0], _column_words(table, named_by[0])
            elif (named_by and column not in named_by and not total) or (rows_of and not named_by):
                continue
            # "Two games against Northtown" in a table of games: the figure counts rows (the title's
            # noun), and a column picked for want of a named one is not what it counts.
            counts_rows = cq.dimension == "count" and cq.value <= len(source.passages)
            guessed = not measure_words and column.lower() not in _TOTAL_COLUMNS  # no word named it
            if counts_rows and guessed and not named_by and head in title_words(source):
                continue
        wanted = (wanted_all | placed) - measure_words  # "deaths" picks the column, not the row
        # Which value of each text column the claim names: a row with another value is not it.
        named = {
            t: {v for v in named_categories(table, cell_values(source, t), wanted) if placed_numbers(v, claim)}
            for t in texts
        }
        claim_years = years_for(claim, cq)
        # Each distinct value scored once; only the rows of values that can match are looked at.
        scores = {(t, v): _row_match(table, source, t, v, wanted) for t in texts for v in cell_values(source, t)}
        if not names_a_row:
            # A claim that names no category is about the total: the table's aggregate row.
            for t in texts:
                for v in default_total(source, cell_values(source, t), wanted):
                    scores[(t, v)] = max(scores[(t, v)], (1.0, ""), key=lambda m: m[0])
        rows = _candidate_rows(source, texts, named, scores)
        table_frame = frame(source)
        # "11 tropical storms in 1870" in a table of seasons: the year names the row.
        # Only where a year is a row's name: each year one row (storm seasons), not one row a year
        # for each of several routes.
        key_years = [y for y in years if all(len(r) == 1 for r in table_frame.by_value.get(y, {}).values())]
        year_named = [table_frame.rows_with(y, [str(v) for v in claim_years]) for y in key_years] if claim_years else []
        by_year = not any(named.values()) and any(year_named)
        if by_year:
            rows = set().union(*year_named)
        # "the week 4 game": the row numbered 4 is the one named, whatever else the claim says.
        keys = {q: c for q in claim.quantities if (c := key_column(source, claim, q)) is not None}
        keyed = [table_frame.rows_with(c, [format_number(q.value).replace(",", "")]) for q, c in keys.items()]
        keys_used = list(keys.values())
        if keyed:
            rows = set.intersection(*keyed) & (rows if any(named.values()) else set(range(len(table_frame.cells))))
        for i in sorted(rows):
            passage, cells = table_frame.passages[i], table_frame.cells[i]
            row_years = {year for y in years if (year := cell_year(cells.get(y, ""))) is not None}
            if claim_years and row_years and not (row_years & claim_years):
                continue
            if any(named[t] and cells.get(t) not in named[t] for t in texts):
                continue
            year_factor = 1.0 if (claim_years and row_years) or not row_years else 0.5
            matches = [(scores[(t, cells[t])], t) for t in texts if cells.get(t)]
            if by_year:
                matches.append(((1.0, ""), key_years[0]))
            if keyed:
                matches.append(((1.0, ""), texts[0] if texts else column))
            if not matches:
                continue
            (score, how), text_column = max(matches, key=lambda m: m[0][0])
            if score < 0.3:
                continue
            hows = {h for (sc, h), _ in matches if sc >= 1.0 and h} or ({how} if how else set())
            how = "category" if "category" in hows else "alias" if "alias" in hows else ""
            described_columns = [*years, *(t for t in texts if named[t])] or [*years, text_column]
            # The total column measures what the columns it adds up do ("30 goals").
            used = [column, *described_columns, *keys_used] + (
                list(numbers) if column.lower() in _TOTAL_COLUMNS else []
            )
            # The values the claim names ("Loeb and Ogier ... each") are its own choice of rows.
            # A column where the row holds one of them: the others are rows named beside it.
            picked = {(t, v) for (t, v), (sc, _) in scores.items() if sc >= 1.0}
            chosen_words = frozenset().union(*(value_words(v) for t, v in picked if (t, cells.get(t)) in picked))
            if other_day(claim, cells):
                continue  # "on February 15" of the game of February 12: not this row
            if not years and _year_unplaced(source, claim, cells):
                continue  # "in 2001" of a table of 2008 with no column of years: not this row's
            unsaid = _unsaid_by_row(claim, source, cells, used) - chosen_words
            if unsaid & _vocabulary(source):
                # "the away game against Liverpool": a word the table has elsewhere (another row's
                # value, another column) but this row does not account for picks another row.
                continue
            if unsaid & relation_words("place"):
                continue  # "finished fourth with 118 points": a place this row's figure does not bear out

            raw = cells.get(column, "")
            described = ", ".join(cells[c] for c in described_columns if cells.get(c))
            location = f"{passage.location}, column {column}"
            if not raw:
                continue  # nothing published in this cell: no figure to compare
            value = cell_number(raw)
            if value is None:
                continue  # a cell of a numeric column that is no number after all
            if (parts := cell_parts(raw)) and min(abs(cq.value - v) for v in parts) < abs(cq.value - value):
                continue  # "shot 72" of "72 + 72 = 144": one of the parts, which the claim does not say
            if change and direction(claim.text)[1] and not direction(claim.text)[0]:
                value = -value  # "fell 1.0%": the table's -1.0 is a fall of 1.0
            decimals = cell_decimals(raw)
            unit, dimension = column_unit(table, column)
            if dimension == "count" and cq.dimension == "percent":
                unit, dimension = "percent", "percent"  # a rate column read as the claim's percentage
            shown = format_number(value) + (f" {unit.replace('_', ' ')}s" if unit and dimension in _PHYSICAL else "")
            # "total passengers (millions)": 103.534 there is 103,534,000.
            scale = column_scale(table, column)
            precision = 0.5 * 10**-decimals * scale if decimals else 0.0
            sq = Quantity(value * scale, unit, dimension, None, precision, shown, 0, 0)
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


def own_words(claim: Reading) -> frozenset[str]:
    """A claim's own words (not those of the sentence it points back to), its places' and numbers."""
    own = claim_concepts(replace(claim, around=None)) | place_words(claim) | numbers_in(claim.text)
    return _demonyms_as_places(own, claim.text)


def _unsaid_by_row(claim: Reading, source: Source, cells: dict[str, str], used: Sequence[str]) -> frozenset[str]:
    """The claim's words that a row does not account for: not a value of its cells (or their
    other names), a word of the columns used, the title's, a figure's or a year's, nor a word that
    states nothing (accounting.py)."""
    table = source.table
    assert table is not None
    aliases, broader = dict(table.aliases), dict(table.broader)
    terms = [t for v in cells.values() if v for t in (v, *aliases.get(v, ()), *broader.get(v, ()))]
    # A year is borne out by the row's cells or a column's name (a wide table's "2011"), not by being one.
    row_years = {str(y) for c in used for y in column_years(c)} | set(cells.values())
    said = [q.text for q in claim.quantities] + [str(y) for y in claim.years if str(y) in row_years]
    # "the week 4 game": the noun after a row's number names the row.
    said += [h for q in claim.quantities if key_column(source, claim, q) and (h := head_of(claim.text, q))]
    return unaccounted(
        own_words(claim),
        [
            title_words(source) | concepts_of(source.info.publisher),
            frozenset().union(*(value_words(t) for t in terms)),
            frozenset().union(*(_column_words(table, c) for c in used)),
            numbers_in(" ".join(said)) | concepts_of(" ".join(said)),
        ],
    )


def _candidate_rows(
    source: Source,
    texts: Sequence[str],
    named: dict[str, set[str]],
    scores: dict[tuple[str, str], tuple[float, str]],
) -> set[int]:
    """The rows a figure may be in: those holding every value the claim names, else those
    holding a value that matches it at all (a score of 0.3 or more)."""
    table_frame = frame(source)
    chosen = [table_frame.rows_with(t, values) for t, values in named.items() if values]
    if chosen:
        return set.intersection(*chosen)
    return {i for (t, v), (score, _) in scores.items() if score >= 0.3 for i in table_frame.by_value[t][v]}


_WORD_OR_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")


def placed_numbers(value: str, claim: Reading) -> bool:
    """Whether each number of a value stands beside one of its words where the claim (or the
    sentence it points back to) says it: "season 10" in "Season 10 aired on 7 January" names the
    row of season 10, not that of "season 7"."""
    numbers = numbers_in(_ORDINAL_RE.sub(" ", value))  # "5th" is a place, no number to place
    if not numbers:
        return True
    words = value_words(value) - numbers

    def beside(tokens: list[str], i: int) -> bool:
        # The next word either way, past the value's other numbers ("25-34 years"): "on January 18"
        # names no "january 2" by the 2 of a score said before it ("7-2 on January 18").
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(tokens) and tokens[j] in numbers:
                j += step
            if 0 <= j < len(tokens) and value_words(tokens[j]) & words:
                return True
        return False

    texts = [claim.text] + ([claim.around.what] if claim.around is not None and claim.around.what else [])
    for n in numbers:
        tokenised = [_WORD_OR_NUMBER_RE.findall(text.replace(",", "").lower()) for text in texts]
        if not any(token == n and beside(tokens, i) for tokens in tokenised for i, token in enumerate(tokens)):
            return False
    return True


def _written_as_in(value: str, claim: Reading) -> bool:
    """Whether a value of numbers alone ("1970 - 71", a season) is written in the claim, its
    numbers in the same order with nothing between them ("in 1970-71")."""
    numbers = _DIGITS_RE.findall(value.replace(",", ""))
    if len(numbers) < 2 or _has_words(value):
        return False
    said = _DIGITS_RE.findall(claim.text.replace(",", ""))
    pattern = r"\D{0,3}".join(re.escape(n) for n in numbers)
    return any(
        re.fullmatch(pattern, claim.text[m.start() : m.end()]) for m in re.finditer(pattern, claim.text)
    ) and all(n in said for n in numbers)


_ORDINAL_PHRASE_RE = re.compile(rf"\b({alternation(PLACE_ORDINALS)})\s+((?:[\w-]+\s+){{0,4}}[\w-]+)", re.IGNORECASE)


def _ordinals_of_column_names(table: Table, text: str) -> frozenset[str]:
    """The ordinals a claim says as a word of a column's name ("first season in the top division"
    of "first season in top division"): no place for a cell to hold."""
    found: set[str] = set()
    for m in _ORDINAL_PHRASE_RE.finditer(text):
        after = m.group(2).split()
        for size in range(len(after), 0, -1):
            said = text_words(" ".join(after[:size])) - accounted_always()
            if said and any(said | concepts_of(m.group(1)) <= _column_words(table, c) for c in table.columns):
                found |= concepts_of(m.group(1)) | ordinals_in(m.group(1))
                break
    return frozenset(found)


def _value_pairs(
    source: Source, texts: Sequence[str], wanted: frozenset[str], claim: Reading | None = None
) -> list[tuple[str, str]]:
    """The (column, value) pairs of text cells a claim names whole, less a value named only inside
    a longer one the claim also names; a value with numbers only where they stand beside its words."""
    table = source.table
    assert table is not None
    if claim is not None:
        wanted = wanted - _ordinals_of_column_names(table, claim.text)
    found = [
        (t, v)
        for t in texts
        for v in cell_values(source, t)
        if (
            _row_match(table, source, t, v, wanted)[0] >= 1.0
            and _has_words(v)
            and (claim is None or placed_numbers(v, claim))
        )
        or (claim is not None and _written_as_in(v, claim))
    ]
    found = [(t, v) for t, v in found if not any(value_words(v) < value_words(o) for _, o in found)]
    # A value whose words the claim says only inside a word joined by hyphens is not named ("a
    # best" by "best-selling"), unless the value is written so too.
    if claim is not None:
        joined = _hyphen_parts(claim.text)
        found = [(t, v) for t, v in found if "-" in v or not set() < (value_words(v) - numbers_in(v)) <= joined]
    # A value named by a part ("atlantic" of "atlantic ocean") whose words are all another value's,
    # named whole ("rms atlantic"), is not named: the words are that value's.
    whole = [(t, v) for t, v in found if value_words(v) - numbers_in(v) <= wanted]
    return [
        (t, v)
        for t, v in found
        if (t, v) in whole
        or not (value_words(v) & wanted) <= frozenset().union(*(value_words(o) for _, o in whole if o != v))
    ]


def _hyphen_parts(text: str) -> frozenset[str]:
    """The words a text says only as parts of words joined by hyphens ("best" of "best-selling")."""
    joined = [w for w in text.split() if "-" in w.strip("-")]
    parts = concepts_of(" ".join(w.replace("-", " ") for w in joined))
    alone = concepts_of(" ".join(w for w in text.split() if "-" not in w.strip("-")))
    return parts - alone


def _chosen_values(
    source: Source, claim: Reading, wanted: frozenset[str], years: Sequence[str], texts: Sequence[str]
) -> list[tuple[str, str]] | None:
    """The (column, value) pairs a claim names in a table, its years among them; None when a value
    found in several columns is not placed in one by the claim's words (pole, fastest lap, winner)."""
    table = source.table
    assert table is not None
    pairs = _value_pairs(source, texts, wanted, claim)
    # A year in a column's name ("position_in_2012") names that column, not a row of a year column.
    named_years = {y for c in table.columns for y in column_years(c)}
    pairs += [
        (y, value)
        for y in years
        for value in cell_values(source, y)
        if cell_year(value) in claim.years and cell_year(value) not in named_years
    ]
    by_value: dict[str, list[str]] = {}
    for column, value in pairs:
        by_value.setdefault(value, []).append(column)
    chosen: list[tuple[str, str]] = []
    unplaced: list[tuple[str, list[str]]] = []
    for value, found_in in by_value.items():
        said = [c for c in found_in if _column_words(table, c) & wanted] if len(found_in) > 1 else found_in
        # "The Janata Party won the seat": of "party won" and "trailing party", the column all of
        # whose words the claim says.
        whole = [c for c in said if _column_words(table, c) <= wanted]
        said = whole if len(said) > 1 and len(whole) == 1 else said
        if len(said) != 1 and value_words(value) <= title_words(source) and not _at_home(claim, value, found_in):
            # The table's own subject in two columns ("carolina" as visitor and as home in the
            # Carolina Hurricanes' games): the table's scope, the title's words, no row of its own;
            # but "at Ottawa" is its home games (read below).
            continue
        if len(said) != 1:
            unplaced.append((value, found_in))
            continue
        chosen.append((said[0], value))
    # "at Boston": the home side's column, where the value is a side in two ("visitor", "home").
    folded = claim.text.lower()
    for value, found_in in list(unplaced):
        at = folded.find(value)
        before = folded[:at].split()[-1:] if at > 0 else []
        home = [c for c in found_in if set(c.lower().split("_")) & _HOME_COLUMNS]
        if before and before[0] in _AT_HOME and len(home) == 1:
            chosen.append((home[0], value))
            unplaced.remove((value, found_in))
    # "Oriana" as the original title and as the title used: two columns that hold it in the same
    # rows name the same rows, whichever is meant (the leftmost is taken).
    table_frame = frame(source)
    for value, found_in in list(unplaced):
        held_in = [table_frame.rows_with(c, [value]) for c in found_in]
        if all(rows == held_in[0] for rows in held_in):
            chosen.append((found_in[0], value))
            unplaced.remove((value, found_in))
    if not unplaced:
        return chosen
    # "beat Toronto on January 15", Toronto a visitor some days and at home others: the one row
    # the other values name places it, where that row holds it in one column only.
    # By the values of words: a score of numbers alone ("5-4") may be another row's, the claim wrong.
    naming = [(c, v) for c, v in chosen if _has_words(v)]
    rows = set.intersection(*(table_frame.rows_with(c, [v]) for c, v in naming)) if naming else set()
    if len(rows) != 1:
        return None
    cells = table_frame.cells[next(iter(rows))]
    for value, found_in in unplaced:
        held = [c for c in found_in if cells.get(c) == value]
        if len(held) != 1:
            return None
        chosen.append((held[0], value))
    return chosen


def _at_home(claim: Reading, value: str, found_in: Sequence[str]) -> bool:
    """Whether a claim says "at" a value that a home column holds ("at Ottawa": its home games)."""
    folded = claim.text.lower()
    at = folded.find(value)
    before = folded[:at].split()[-1:] if at > 0 else []
    return bool(before) and before[0] in _AT_HOME and any(set(c.lower().split("_")) & _HOME_COLUMNS for c in found_in)


def check_row(claim: Reading, index: Index) -> Outcome | None:
    """A claim that names values of one table row and says nothing else ("Michael Schumacher won
    the Australian Grand Prix"): supported when a row holds each value in a column the claim's
    words allow and every word of the claim is accounted for (by the values, the columns' names
    or the table's title); disputed when the row the other values name holds another value where
    the claim puts one. None otherwise: a count, a comparison or a negation is no lookup."""
    figures = [
        q
        for q in claim.quantities
        if not any(
            key_column(t, claim, q) or value_figure(t, claim, q) or column_figure(t, claim, q) or text_cell_figure(t, q)
            for t in index.tables()
        )
    ]
    if figures or any(says_more(claim.text)):
        return None
    # A superlative or "only" of the claim's own is no lookup; "the fastest lap" names a column.
    ranked = [w for w in folded_words(claim.text) if any(superlative(w))]  # "top", "leading" too
    said_operators = concepts_of(" ".join([*operators(claim.text), *ranked]))
    if any(direction(claim.text)):
        return None  # "rose between 2020 and 2022": a trend, no row's values
    if any(w in _NEGATION for w in folded_words(claim.text)) or operation_words(claim.text):
        return None  # "every final", "no Kenyan", "only": the program's, over several rows
    wanted = claim_words(claim)
    for source in index.tables():
        table = source.table
        assert table is not None
        years, _numbers, texts = columns(source)
        chosen = _chosen_values(source, claim, wanted, years, texts)
        if chosen is None or len(chosen) < 2:
            continue
        if said_operators - frozenset().union(*(_column_words(table, c) for c, _ in chosen)):
            continue
        keys = {q: c for q in claim.quantities if (c := key_column(source, claim, q)) is not None}
        chosen = [*chosen, *((c, format_number(q.value).replace(",", "")) for q, c in keys.items())]  # "week 1"
        accounted = frozenset().union(*(value_words(v) | _column_words(table, c) for c, v in chosen))
        # A year is borne out by a row's value or a column's name, never merely by being a year.
        accounted |= title_words(source) | numbers_in(" ".join(str(y) for c, _ in chosen for y in column_years(c)))
        # "first" of a column's name ("original air date": first aired) is no place of its own.
        accounted |= ordinals_in(" ".join(sorted(accounted)))
        left = unaccounted(wanted, [accounted, concepts_of(source.info.publisher)])
        if left & _vocabulary(source):
            continue  # a word the table has elsewhere (another row's value, another column) picks another row
        # A column the claim names by its words ("from pole position") that holds none of its values.
        # ("the stage to Superbagneres" in a table of stages names the row's kind, the title's word.)
        unsaid = [
            c
            for c in texts
            if c not in dict(chosen) and (w := _column_words(table, c)) and w <= wanted and not w <= title_words(source)
        ]
        rows = list(zip(frame(source).passages, frame(source).cells, strict=True))
        label = capitalised(source_label(source))
        full = [p for p, cells in rows if all(cells.get(c) == v for c, v in chosen)]
        if full and not unsaid and not left:  # supported only when every word is borne out
            held = ", ".join(f"{c} {v}" for c, v in chosen)
            text = f"{label} has a row with {held} ({full[0].location})."
            return Outcome("supported", confidence("supported", 1.0), text, (), (evidence(full[0], 1.0),))
        # The row is named by its leftmost values (a table's label comes first); the value the
        # claim puts furthest right is the one found different.
        for column, value in sorted(chosen, key=lambda cv: -table.columns.index(cv[0])):
            rest = [(c, v) for c, v in chosen if c != column]
            others = [(p, cells) for p, cells in rows if all(cells.get(c) == v for c, v in rest)]
            if len(others) == 1 and others[0][1].get(column) and others[0][1][column] != value:
                passage, cells = others[0]
                named = ", ".join(f"{c} {v}" for c, v in rest)
                text = (
                    f"{label} gives {cells[column]} in the {column} column for the row with {named} "
                    f"({passage.location}); the article says {value}."
                )
                return Outcome("disputed", confidence("disputed", 1.0), text, (), (evidence(passage, 1.0),))
    return None
