"""Quantities in text: numbers (digits or words), scale, currency, units, hedges, precision."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a dozen": 12, "dozen": 12,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}
# Surface form -> (pint unit, dimension). Mass, length and time convert through pint.
UNITS: dict[str, tuple[str, str]] = {}
for _forms, _unit, _dim in (
    ("kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos", "kilogram", "mass"),
    ("g gram grams gramme grammes", "gram", "mass"),
    ("mg milligram milligrams", "milligram", "mass"),
    ("lb lbs pound pounds", "pound", "mass"),
    ("oz ounce ounces", "ounce", "mass"),
    # "tons" is loose usage for tonnes far more often than for US short tons.
    ("t tonne tonnes ton tons", "metric_ton", "mass"),
    ("km kilometre kilometres kilometer kilometers", "kilometer", "length"),
    ("mile miles", "mile", "length"),
    ("metre metres meter meters", "meter", "length"),
    ("second seconds", "second", "time"),
    ("minute minutes", "minute", "time"),
    ("hour hours", "hour", "time"),
    ("day days", "day", "time"),
    ("week weeks", "week", "time"),
    ("month months", "month", "time"),
    ("year years", "year", "time"),
    ("% percent per-cent", "percent", "percent"),
):
    for _form in _forms.split():
        UNITS[_form] = (_unit, _dim)
UNITS["metric tons"] = UNITS["metric ton"] = ("metric_ton", "mass")
UNITS["per cent"] = ("percent", "percent")

CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
               "gbp": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR"}

# Hedge phrase -> its meaning. "over" before a duration means "during", handled below.
HEDGES = {
    "more than": "above", "over": "above", "above": "above", "in excess of": "above",
    "upwards of": "above", "exceeding": "above", "just over": "above",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "about": "about", "approximately": "about", "approx.": "about", "around": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "close to": "nearly", "nearly": "nearly", "almost": "nearly",
    "just under": "nearly", "fewer than": "below", "less than": "below", "under": "below",
    "below": "below", "up to": "at-most", "as many as": "at-most", "at most": "at-most",
}
_WORDNUM = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a\sdozen|" + "|".join(k for k in _SMALL if " " not in k)
    # "a year", "a million": the article counts one, but only before a unit or a scale word.
    + r"|an?(?=\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|million|billion|thousand|hundred)\b)"
    # "nobody was killed" states a count: none.
    + r"|nobody|no\sone)"
)
_HEDGE_RE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
           r"june|july|august|september|october|november|december")

QUANTITY_RE = re.compile(
    rf"""
    (?:(?P<hedge>{_HEDGE_RE})\s+)?
    (?P<cur>US\$|\$|€|£|USD\s|EUR\s|GBP\s)?
    (?P<num>(?<![\w.,/:-])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,/:-])\d+(?:\.\d+)?
       |\b{_WORDNUM}\b)
    (?![\w]*[-/:]\d)
    (?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?
    (?:[\s-]?(?P<unit>{_UNIT_RE})(?![\w]))?
    (?:\s(?P<curword>dollars?|euros?)\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_AFTER_MONTH_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_BEFORE_MONTH_RE = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_PLURAL_NOUN_RE = re.compile(r"^\s+([a-z]+s)\b")
_ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b")
_TEMPORAL_RE = re.compile(r"\b(?:in|since|until|till|by|from|to|during|between|and|of|before|after)\s+$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"^\s*(?:earlier|before|ago|later|previously|after)\b", re.IGNORECASE)
_RANGE_RE = re.compile(r"^\s*(?:to|-|\u2013|and)\s*$")


@dataclass(frozen=True)
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



def _word_value(word: str) -> float:
    word = word.casefold().replace("-", " ")
    if word in ("a", "an"):
        return 1
    if word in ("nobody", "no one"):
        return 0
    if word in _SMALL:
        return _SMALL[word]
    parts = word.split()
    return _TENS[parts[0]] + (_SMALL[parts[1]] if len(parts) > 1 else 0)


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
    if not re.fullmatch(r"1[89]\d\d|20\d\d", num):
        return False
    if _TEMPORAL_RE.search(before):
        return True  # "in 2022 customs seized": a year, whatever follows
    return not _PLURAL_NOUN_RE.match(rest) or rest.lstrip().startswith(("years", "days", "months"))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity stated in the text, in order (years, dates and ordinals excluded)."""
    found: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        num = m.group("num")
        is_word = not num[0].isdigit()
        before, after = text[: m.start("num")], text[m.end("num"):]
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
        scale = _SCALES.get(scale_word, 1.0)
        if scale_word == "m" and unit_word:
            scale = 1.0
        base = _word_value(num) if is_word else float(num.replace(",", ""))
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
        if dimension == "time" and _RELATIVE_RE.match(text[m.end():]):
            continue  # "a year earlier", "two years ago": when, not how long
        hedge = HEDGES.get((m.group("hedge") or "").casefold())
        if hedge == "above" and dimension == "time" and (m.group("hedge") or "").casefold() == "over":
            hedge = None  # "over nine months" means during them
        start = m.start("hedge") if m.group("hedge") and hedge else m.start("cur") if m.group("cur") else m.start("num")
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append(
            Quantity(value, unit, dimension, hedge, _precision(num, scale, value, is_word, dimension == "percent"),
                     text[start:end], start, end)
        )
    # "12 to 18 months": the first figure of a range takes the unit of the second.
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if a.dimension == "count" and b.dimension != "count" and _RANGE_RE.match(text[a.end : b.start]):
            found[i] = replace(a, unit=b.unit, dimension=b.dimension)
    return found


@lru_cache(maxsize=1)
def _registry():  # pint is imported only when two different units meet
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
    return f"{value:,.2f}".rstrip("0").rstrip(".")
