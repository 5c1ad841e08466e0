"""Quantities in text: numbers (digits or words), scale, currency, units, hedges, precision."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import YEAR_RE
from .text import LABELS
from .vocab import alternation, load

if TYPE_CHECKING:
    import pint

_NUMBERS = load("numbers")
_SMALL: dict[str, int] = _NUMBERS["small"]
_TENS: dict[str, int] = _NUMBERS["tens"]
_SCALES: dict[str, float] = _NUMBERS["scales"]
_NONE = frozenset(_NUMBERS["none"]["words"])
_ARTICLES = frozenset(_NUMBERS["article"]["words"])
# Surface form -> (pint unit, dimension). Mass, length and time convert through pint.
UNITS: dict[str, tuple[str, str]] = {
    form.casefold(): (entry["unit"], entry["dimension"]) for entry in load("units")["unit"] for form in entry["forms"]
}
_SIGNS: dict[str, str] = load("units")["currencies"]["signs"]
CURRENCIES = {k.casefold(): v for k, v in _SIGNS.items()} | load("units")["currencies"]["words"]
# Hedge phrase -> its meaning. "over" before a duration means "during", handled below.
HEDGES: dict[str, str] = load("hedges")["hedges"]


def _spaced(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s")


_WORDNUM = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[-\s](?:"
    + "|".join(k for k, v in _SMALL.items() if 1 <= v <= 9)
    + r"))?"
    + "|"
    + "|".join(_spaced(k) for k in _SMALL if " " in k)
    + "|"
    + "|".join(k for k in _SMALL if " " not in k)
    # "a year", "a million": the article counts one, but only before a unit or a scale word.
    + r"|(?:"
    + "|".join(sorted(_ARTICLES, key=len))
    + r")(?=\s+(?:"
    + "|".join(load("numbers")["article"]["before"])
    + r")\b)"
    # "nobody was killed" states a count: none.
    + "|"
    + "|".join(_spaced(w) for w in _NUMBERS["none"]["words"])
    + ")"
)
# "2020 years" is a duration, not a year followed by a noun.
_DURATIONS = tuple(form for form, (_, dim) in UNITS.items() if dim == "time" and form.endswith("s") and len(form) > 2)
_HEDGE_RE = alternation(HEDGES)
_UNIT_RE = alternation(UNITS)
_SIGN_RE = "|".join(
    re.escape(sign) + (r"\s" if sign.isalpha() else "") for sign in sorted(_SIGNS, key=len, reverse=True)
)
_SCALE_RE = alternation(_SCALES)
_CURRENCY_WORD_RE = alternation(load("units")["currencies"]["words"])
_MONTHS = alternation(load("dates")["months"])

QUANTITY_RE = re.compile(
    rf"""
    (?:(?P<hedge>{_HEDGE_RE})\s+)?
    (?P<cur>{_SIGN_RE})?
    (?P<num>(?<![\w.,/:-])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,/:-])\d+(?:\.\d+)?
       |\b{_WORDNUM}\b)
    (?![\w]*[-/:]\d)
    (?:\s?(?P<scale>{_SCALE_RE})\b)?
    (?:[\s-]?(?P<unit>{_UNIT_RE})(?![\w]))?
    (?:\s(?P<curword>{_CURRENCY_WORD_RE})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_AFTER_MONTH_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_ORDINAL = "(?:" + "|".join(_NUMBERS["ordinal_suffixes"]) + ")"
_BEFORE_MONTH_RE = re.compile(rf"^{_ORDINAL}?\s+(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_PLURAL_NOUN_RE = re.compile(r"^\s+([a-z]+s)\b")
_ORDINAL_RE = re.compile(rf"^{_ORDINAL}\b")
_TEMPORAL_RE = re.compile(rf"\b(?:{alternation(load('dates')['temporal'])})\s+$", re.IGNORECASE)
_RELATIVE_RE = re.compile(rf"^\s*(?:{alternation(load('dates')['relative'])})\b", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(rf"\b(?:{alternation(LABELS)})\s+(?:no\.?\s*)?$", re.IGNORECASE)
_ORDINAL_AFTER_RE = re.compile(r"\s+(?!(?:to|of|or|and|in|on|for|later|ago|before|after)\b)[a-z]{3,}\b")
_RATE_BEFORE_RE = re.compile(r"(?:\d|[a-z]{2}s)\s+$")
_RANGE_RE = re.compile(r"^\s*(?:to|-|\u2013|and)\s*$")
_NEAR = 80  # characters either side of a figure that the rules about it read


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the text states it: value, unit, hedge and the precision its digits imply."""

    value: float
    unit: str | None  # pint unit name, "percent", a currency code, or None for a count
    dimension: str  # "count", "mass", "length", "time", "percent", "currency:USD", ...
    hedge: str | None  # above, at-least, about, nearly, below, at-most, or None
    precision: float  # half-width of the rounding the written digits allow (0: exact)
    text: str
    start: int
    end: int

    @property
    def one_sided(self) -> bool:
        """True for a bound ("more than X", "up to X") rather than a value."""
        return self.hedge in ("above", "at-least", "below", "at-most")

    def interval(self, tolerance: float = 0.05) -> tuple[float, float, bool, bool]:
        """The values the statement allows: (low, high, low open?, high open?)."""
        v, p = self.value, self.precision
        # "About 97 percent" is not 99 percent: a share's margin is in points, not a share of it.
        about = max(p, 0.5) if self.dimension == "percent" else max(p, abs(v) * tolerance)
        reach = math.inf
        match self.hedge:
            case "above":
                return v, v + reach, True, False
            case "at-least":
                return v, v + reach, False, False
            case "about":
                return v - about, v + about, False, False
            case "nearly":
                return v - 2 * about, v, False, False
            case "below":
                return v - reach, v, False, True
            case "at-most":
                return v - reach, v, False, False
        return v - p, v + p, False, False


def number_value(word: str) -> float:
    """The value of a number written as words ("twenty-one", "a dozen", "an", "nobody")."""
    word = " ".join(word.casefold().replace("-", " ").split())
    if word in _ARTICLES:
        return 1
    if word in _NONE:
        return 0
    if word in _SMALL:
        return _SMALL[word]
    parts = word.split()
    return _TENS[parts[0]] + (_SMALL[parts[1]] if len(parts) > 1 else 0)


MAX_FIGURE_CHARS = 40  # digits and separators: past this, a "number" is data, not a figure


def _precision(num: str, scale: float, value: float, is_word: bool, percent: bool = False) -> float:
    if percent and "." not in num:
        return 0.5  # "67 percent" is a share rounded to the point
    if is_word:
        return 0.0 if scale == 1 else value * 0.05
    digits = num.replace(",", "")
    if "." in digits:
        unit = 10 ** -len(digits.split(".")[1])
    else:
        stripped = digits.rstrip("0")
        unit = 10 ** (len(digits) - len(stripped)) if stripped else 1
        # "60" may well be exact; "31,000" and "500" read as round figures.
        if unit < 100 and scale == 1:
            return 0.0
    # Rounding never stretches a figure by more than 5%: "10 arrests" does not cover 14.
    return min(unit * scale * 0.5, abs(value) * 0.05)


def is_year(num: str, rest: str, before: str = "") -> bool:
    """True when a bare four-digit number reads as a year ("in 2018"), not a count."""
    if not YEAR_RE.fullmatch(num):
        return False
    if _TEMPORAL_RE.search(before):
        return True  # "in 2022 customs seized": a year, whatever follows
    return not _PLURAL_NOUN_RE.match(rest) or rest.lstrip().startswith(_DURATIONS)


_NUMBER_WORDS = [k for k in _SMALL if " " not in k and k != "dozen"] + list(_TENS) + [k for k in _SCALES if len(k) > 2]
_NUMBER_WORD_RE = alternation(_NUMBER_WORDS)
# "three hundred and forty-two", "twenty-one thousand five hundred": several number words, one figure.
_COMPOUND_RE = re.compile(
    rf"\b(?:{_NUMBER_WORD_RE})(?:(?:[ \t-]+|[ \t]+and[ \t]+)(?:{_NUMBER_WORD_RE}))+\b", re.IGNORECASE
)
_FRACTIONS: dict[str, float] = _NUMBERS["fractions"]
# "half a million", "a quarter of a billion", "one and a half million".
_FRACTION_RE = re.compile(
    rf"\b(?:(?P<whole>{_NUMBER_WORD_RE})[ \t]+and[ \t]+)?(?P<frac>{alternation(_FRACTIONS)})[ \t]+(?:of[ \t]+)?"
    rf"(?:an?[ \t]+)?(?P<scale>{alternation(k for k in _SCALES if len(k) > 2)})\b",
    re.IGNORECASE,
)
_AFTER_WORDS_RE = re.compile(
    rf"(?:[ \t-]?(?P<unit>{_UNIT_RE})(?![\w]))?(?:[ \t](?P<curword>{_CURRENCY_WORD_RE})\b)?", re.IGNORECASE
)


def _in_words(text: str) -> list[Quantity]:
    """Figures written in several number words, which the main pattern would split ("three hundred"
    and "forty-two"), and fractions of a scale word ("half a million")."""
    found = []
    for m in _FRACTION_RE.finditer(text):
        whole = number_value(m.group("whole")) if m.group("whole") else 0.0
        value = (whole + _FRACTIONS[" ".join(m.group("frac").casefold().split())]) * _SCALES[
            m.group("scale").casefold()
        ]
        found.append((m.start(), m.end(), value))
    taken = [(a, b) for a, b, _ in found]
    for m in _COMPOUND_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        words = [w for w in re.split(r"[\s-]+", m.group().casefold()) if w != "and"]
        if len(words) < 3 and not (len(words) == 2 and words[0] in _SCALES):
            continue  # "forty-two", "two thousand": the main pattern reads those
        try:
            from text_to_num import text2num

            value = float(text2num(" ".join(words), "en"))
        except (ValueError, ImportError):
            continue
        found.append((m.start(), m.end(), value))
    quantities = []
    for start, end, value in found:
        after = _AFTER_WORDS_RE.match(text, end)
        unit_word = (after.group("unit") or "").casefold() if after else ""
        currency = CURRENCIES.get((after.group("curword") or "").casefold()) if after else None
        unit, dimension = (currency, f"currency:{currency}") if currency else UNITS.get(unit_word, (None, "count"))
        if after:
            end = max(end, after.end())
        hedge_m = re.search(rf"(?:{_HEDGE_RE})[ \t]+$", text[max(0, start - 30) : start], re.IGNORECASE)
        hedge = HEDGES.get(hedge_m.group().strip().casefold()) if hedge_m else None
        lead = start - (len(hedge_m.group()) if hedge_m else 0)
        while end > start and text[end - 1].isspace():
            end -= 1
        precision = 0.0 if value == int(value) and value < 1000 else abs(value) * 0.05
        quantities.append(Quantity(value, unit, dimension, hedge, precision, text[lead:end], lead, end))
    return quantities


_DURATION_JOINT_RE = re.compile(r"^,?\s*(?:and\s+)?$")


def _compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """'78 years, 3 months', '2 hours and 15 minutes': one duration, in the larger unit."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.dimension == q.dimension == "time"
            and last.unit
            and q.unit
            and last.unit != q.unit
            and not last.hedge
            and not q.hedge
            and _DURATION_JOINT_RE.match(text[last.end : q.start])
            and convert(1.0, q.unit, last.unit) < 1
        ):
            value = last.value + convert(q.value, q.unit, last.unit)
            out[-1] = Quantity(
                value,
                last.unit,
                "time",
                None,
                convert(max(q.precision, 0.5), q.unit, last.unit),
                text[last.start : q.end],
                last.start,
                q.end,
            )
            continue
        out.append(q)
    return out


_TALLY_RE = re.compile(
    rf"\b(?:{alternation(load('words')['tally'])})\s+(?:of\s+)?(?P<a>\d{{1,3}})\s*[-\u2013\u2014]\s*(?P<b>\d{{1,3}})\b",
    re.IGNORECASE,
)


def _tallies(text: str) -> list[Quantity]:
    """'voted 7-2', 'by a vote of 6-3': the votes for and the votes against, two counts."""
    found = []
    for m in _TALLY_RE.finditer(text):
        for group in ("a", "b"):
            found.append(
                Quantity(float(m.group(group)), None, "count", None, 0.0, m.group(group), m.start(group), m.end(group))
            )
    return found


# A race time: minutes and seconds with a fraction ("2:11.85"), or hours, minutes and seconds
# ("2:05:30"). "3:00" alone is a time of day, and so is anything followed by "am" or "pm".
CLOCK_DURATION_RE = re.compile(
    r"(?<![\w.:])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d(?:\.\d+)?)|(?P<m>\d{1,3}):(?P<s>[0-5]\d\.\d+))"
    r"(?![\w:]|\.\d|\s*(?:[ap]\.?m\b|gmt\b|utc\b))",
    re.IGNORECASE,
)


def clock_seconds(m: re.Match[str]) -> tuple[float, int]:
    """A race time's seconds, and how many decimals its seconds are written with."""
    if m.group("h") is not None:
        seconds, value = m.group("hs"), int(m.group("h")) * 3600 + int(m.group("hm")) * 60
    else:
        seconds, value = m.group("s"), int(m.group("m")) * 60
    decimals = len(seconds.split(".")[1]) if "." in seconds else 0
    return value + float(seconds), decimals


def _clock_durations(text: str) -> list[Quantity]:
    """'swam 2:11.85', 'won in 2:05:30': a duration in seconds, which the main pattern would split."""
    found = []
    for m in CLOCK_DURATION_RE.finditer(text):
        value, decimals = clock_seconds(m)
        precision = 0.5 * 10**-decimals
        found.append(Quantity(value, "second", "time", None, precision, m.group(), m.start(), m.end()))
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity stated in the text, in order (years, dates and ordinals excluded)."""
    worded = _in_words(text) + _tallies(text) + _clock_durations(text)
    # The words of those figures are blanked, offsets kept, so that the main pattern skips them.
    masked = text
    for w in worded:
        masked = masked[: w.start] + " " * (w.end - w.start) + masked[w.end :]
    found: list[Quantity] = list(worded)
    text_as_given, text = text, masked
    for m in QUANTITY_RE.finditer(text):
        num = m.group("num")
        is_word = not num[0].isdigit()
        if not is_word and len(num) > MAX_FIGURE_CHARS:
            continue  # a run of hundreds of digits is no figure a sentence states
        # Every rule reads only the words next to the figure: a window keeps the scan linear.
        before = text[max(0, m.start("num") - _NEAR) : m.start("num")]
        after = text[m.end("num") : m.end("num") + _NEAR]
        if _AFTER_MONTH_RE.search(before) or _BEFORE_MONTH_RE.match(after) or _ORDINAL_RE.match(after):
            continue
        scale_word = (m.group("scale") or "").casefold()
        unit_word = (m.group("unit") or "").casefold()
        if not (m.group("cur") or scale_word or unit_word) and not is_word and is_year(num, after, before):
            continue
        if is_word and num.casefold() == "one" and re.match(r"\s+of\b", after):
            continue  # "one of the largest" is not a count
        if re.search(r"\bper\s+$", before, re.IGNORECASE):
            continue  # "per 100,000" is the base of a rate, not a figure
        if is_word and num.casefold() in _ARTICLES and _RATE_BEFORE_RE.search(before):
            continue  # "5,000 riders a day", "$5 a month": a rate, not a figure of one day
        if is_word and num.casefold() in _ARTICLES and unit_word == "second" and _ORDINAL_AFTER_RE.match(text, m.end()):
            continue  # "for a second year": an ordinal, not one second
        if not (m.group("cur") or scale_word or unit_word) and _LABEL_BEFORE_RE.search(before[-40:]):
            continue  # "Route 3", "District 9": the number is part of a name
        scale = _SCALES.get(scale_word, 1.0)
        if scale_word == "m" and unit_word:
            scale = 1.0
        elif scale_word == "m" and not (m.group("cur") or m.group("curword")) and text[m.end("num") : m.start("scale")]:
            # "4.55 m", spaced and with no currency: a height or a distance, not "£4.55m".
            scale, unit_word = 1.0, "metre"
        base = number_value(num) if is_word else float(num.replace(",", ""))
        value = base * scale
        currency = CURRENCIES.get((m.group("cur") or "").strip().casefold()) or CURRENCIES.get(
            (m.group("curword") or "").casefold()
        )
        if currency:
            unit, dimension = currency, f"currency:{currency}"
        elif unit_word:
            unit, dimension = UNITS[unit_word]
        else:
            unit, dimension = None, "count"
        if dimension == "time" and _RELATIVE_RE.match(text[m.end() : m.end() + _NEAR]):
            continue  # "a year earlier", "two years ago": when, not how long
        hedge = HEDGES.get((m.group("hedge") or "").casefold())
        if hedge == "above" and dimension == "time" and (m.group("hedge") or "").casefold() == "over":
            hedge = None  # "over nine months" means during them
        start = m.start("hedge") if m.group("hedge") and hedge else m.start("cur") if m.group("cur") else m.start("num")
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append(
            Quantity(
                value,
                unit,
                dimension,
                hedge,
                _precision(num, scale, value, is_word, dimension == "percent"),
                text_as_given[start:end],
                start,
                end,
            )
        )
    found.sort(key=lambda q: q.start)
    found = _compound_durations(text_as_given, found)
    # "12 to 18 months": the first figure of a range takes the unit of the second.
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if a.dimension == "count" and b.dimension != "count" and _RANGE_RE.match(text[a.end : b.start]):
            found[i] = replace(a, unit=b.unit, dimension=b.dimension)
    return found


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:  # pint is imported only when two different units meet
    import pint

    return pint.UnitRegistry()


def convert(value: float, unit: str, to: str) -> float:
    """Convert a value between units of the same dimension (pint does the arithmetic)."""
    if unit == to:
        return value
    ureg = _registry()
    return float(ureg.Quantity(value, unit).to(to).magnitude)


def format_number(value: float) -> str:
    """A value as a person writes it: thousands separators, no needless decimals."""
    if value == int(value):
        return f"{int(value):,}"
    # As many decimals as write the value exactly (a reaction of 0.138, not 0.14), up to six; a
    # value no short decimal writes (a quotient) to two.
    exact = next((d for d in range(3, 7) if round(value, d) == value), 2)
    return f"{value:,.{exact}f}".rstrip("0").rstrip(".")


# Interval arithmetic: whether a source's figure bears out a claim's, with hedges and rounding.

Interval = tuple[float, float, bool, bool]


def _overlap(a: Interval, b: Interval, eps: float) -> bool:
    a_lo, a_hi, a_lo_open, a_hi_open = a
    b_lo, b_hi, b_lo_open, b_hi_open = b
    lo, lo_open = (
        (a_lo, a_lo_open)
        if a_lo > b_lo + eps
        else (b_lo, b_lo_open)
        if b_lo > a_lo + eps
        else (a_lo, a_lo_open or b_lo_open)
    )
    hi, hi_open = (
        (a_hi, a_hi_open)
        if a_hi < b_hi - eps
        else (b_hi, b_hi_open)
        if b_hi < a_hi - eps
        else (a_hi, a_hi_open or b_hi_open)
    )
    if lo < hi - eps:
        return True
    return abs(lo - hi) <= eps and not (lo_open or hi_open) and not math.isinf(lo)


def _within(inner: Interval, outer: Interval, eps: float) -> bool:
    i_lo, i_hi, i_lo_open, i_hi_open = inner
    o_lo, o_hi, o_lo_open, o_hi_open = outer
    low_ok = i_lo > o_lo + eps or (abs(i_lo - o_lo) <= eps and (i_lo_open or not o_lo_open)) or math.isinf(o_lo)
    high_ok = i_hi < o_hi - eps or (abs(i_hi - o_hi) <= eps and (i_hi_open or not o_hi_open)) or math.isinf(o_hi)
    return low_ok and high_ok


def _in_source(cq: Quantity, source: Interval, eps: float) -> bool:
    # Against a hedged source ("about 12,000") a plain figure stands for the value it states: its
    # own rounding may not stretch to meet the hedge, so the further it lies, the surer the
    # dispute (12,700 and 13,000 are both outside "about 12,000").
    lo, hi, _, _ = source
    return lo - eps <= cq.value <= hi + eps


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
        # A bound bears out a claim that only drops its hedge: the bound's value, as the claim
        # rounds it ("1.2 million" for "more than 1.15 million"), on the side the bound allows.
        restated = claim[0] - eps <= sq.value <= claim[1] + eps
        return restated and (bool(cq.hedge) or _in_source(cq, source, eps))
    if sq.hedge and not cq.hedge:
        return _in_source(cq, source, eps)
    if cq.hedge or sq.hedge:
        return _overlap(claim, source, eps)
    if only_rounded_by_source(cq, sq):
        return False
    coarse, fine = (cq, sq) if cq.precision >= sq.precision else (sq, cq)
    lo, hi, _, _ = coarse.interval()
    return lo - eps <= fine.value <= hi + eps


def only_rounded_by_source(cq: Quantity, sq: Quantity) -> bool:
    """True when the claim is more exact than the source and within its rounding: "4,924 riders"
    against a source's "5,000 riders" is neither borne out nor ruled out by it."""
    if cq.hedge or sq.hedge or cq.one_sided or sq.one_sided or cq.precision >= sq.precision:
        return False
    eps = 1e-9 * max(1.0, abs(cq.value), abs(sq.value))
    lo, hi, _, _ = sq.interval()
    return abs(cq.value - sq.value) > eps and lo - eps <= cq.value <= hi + eps


def contradicts(cq: Quantity, sq: Quantity) -> bool:
    """True when the claim's figure and the source's cannot both be right."""
    if sq.hedge and not cq.hedge:
        eps = 1e-9 * max(1.0, abs(cq.value), abs(sq.value))
        # A plain figure stands for its value: outside what the source allows, it is ruled out
        # (the bound's own value is the claim dropping the hedge, not a contradiction).
        return not _in_source(cq, sq.interval(), eps)
    if cq.one_sided or sq.one_sided or cq.hedge or sq.hedge:
        eps = 1e-9 * max(1.0, abs(cq.value), abs(sq.value))
        return not _overlap(cq.interval(), sq.interval(), eps)
    return not bears_out(cq, sq) and not only_rounded_by_source(cq, sq)


def discrepancy(cq: Quantity, sq: Quantity) -> str:
    """What kind of error turns the source's figure into the claim's, when it is a common one."""
    a, b = cq.value, sq.value
    if a and b and a != b:
        ratio = a / b
        for power in (10, 100, 1000):
            if math.isclose(ratio, power, rel_tol=1e-6) or math.isclose(ratio, 1 / power, rel_tol=1e-6):
                return f" The figures differ by a factor of {power}."
        da, db = re.sub(r"\D", "", format_number(a)), re.sub(r"\D", "", format_number(b))
        if len(da) == len(db) and sorted(da) == sorted(db) and sum(x != y for x, y in zip(da, db, strict=False)) == 2:
            return " Two digits are transposed."
    return ""
