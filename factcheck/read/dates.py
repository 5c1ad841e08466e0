"""Dates in text: full dates, month-and-day, month-and-year, years, and weekdays."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import Spans
from .vocab import alternation, load

_DATES = load("dates")
MONTHS: dict[str, int] = _DATES["months"]
WEEKDAYS: tuple[str, ...] = tuple(_DATES["weekdays"])
_WD = {w.casefold(): i for i, w in enumerate(WEEKDAYS)} | {w[:3].casefold(): i for i, w in enumerate(WEEKDAYS)}
_MONTH_RE = alternation(MONTHS)
_WEEKDAY_RE = "|".join([*WEEKDAYS, *_DATES["weekday_abbreviations"]])
_YEAR_PREPOSITIONS = "|".join(_DATES["year_prepositions"])
_ORDINAL = "(?:" + "|".join(load("numbers")["ordinal_suffixes"]) + ")"
# THE year pattern: every reader that looks for a year (1800-2099) uses this one.
YEAR = r"(?:1[89]|20)\d\d"
YEAR_RE = re.compile(YEAR)
# A year standing alone in running text: not part of a longer number, an amount or a decimal.
_YEAR_IN_TEXT_RE = re.compile(rf"(?<![\d,.$]){YEAR}(?!\d|,\d)")


def years_in(text: str) -> frozenset[int]:
    """The years written in a text."""
    return frozenset(int(y) for y in _YEAR_IN_TEXT_RE.findall(text))


DATE_RE = re.compile(
    rf"""
    (?:(?P<wd>{_WEEKDAY_RE})\.?,?\s+(?:the\s+)?)?
    (?:
      (?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}){_ORDINAL}?(?:,?\s+(?P<y1>\d{{4}}))?
    | (?P<d2>\d{{1,2}}){_ORDINAL}?\s+(?:of\s+)?(?P<m2>{_MONTH_RE})\.?(?:,?\s+(?P<y2>\d{{4}}))?
    | (?P<m3>{_MONTH_RE})\.?,?\s+(?:of\s+)?(?P<y3>\d{{4}})
    | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    | \b(?:{_YEAR_PREPOSITIONS})\s(?P<y4>{YEAR})(?![\d,.]\d|\s*%)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WEEKDAY_ONLY_RE = re.compile(rf"\b(?:on|last|this|next)\s+(?P<wd>{'|'.join(WEEKDAYS)})\b")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as a text states it; parts it leaves out are None."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  # 0 = Monday
    start: int
    end: int
    text: str


_LAST_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the most a month can have


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str) -> list[DateMention]:
    """Every date stated in the text, in order."""
    found = []
    year: int | None
    month: int | None
    day: int | None
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iso"]:
            try:
                d = dt.date.fromisoformat(g["iso"])
            except ValueError:
                continue
            year, month, day = d.year, d.month, d.day
        else:
            month_word = g["m1"] or g["m2"] or g["m3"]
            month = MONTHS[month_word.casefold()] if month_word else None
            if month_word == "may":
                continue  # the verb, not the month
            day_s = g["d1"] or g["d2"]
            year_s = g["y1"] or g["y2"] or g["y3"] or g["y4"]
            year, day = (int(year_s) if year_s else None), (int(day_s) if day_s else None)
            if day is not None and month is not None and not 1 <= day <= _LAST_DAY[month - 1]:
                continue  # "February 30": no date at all
            if day is not None and not 1 <= day <= 31:
                continue
            if year and month and day and not _exists(year, month, day):
                continue  # "29 February 2023"
        weekday = _WD.get(g["wd"].casefold().rstrip(".")[:3]) if g["wd"] else None
        if weekday is None and g["wd"]:
            weekday = _WD.get(g["wd"].casefold())
        start = m.start("y4") if g["y4"] else m.start()
        found.append(DateMention(year, month, day, weekday, start, m.end(), text[start : m.end()].strip()))
    # "announced on Tuesday": a weekday on its own, which an article's date can resolve.
    taken = Spans([(d.start, d.end) for d in found])
    for m in _WEEKDAY_ONLY_RE.finditer(text):
        if not taken.covers(m.start("wd")):
            weekday = _WD[m.group("wd").casefold()]
            found.append(DateMention(None, None, None, weekday, m.start("wd"), m.end(), m.group("wd")))
    return sorted(found, key=lambda d: d.start)


def describe(year: int | None, month: int | None, day: int | None) -> str:
    """A date's stated parts in words ("Tuesday, 22 September 2020" style)."""
    if year and month and day and _exists(year, month, day):
        d = dt.date(year, month, day)
        return f"{WEEKDAYS[d.weekday()]}, {d.day} {d.strftime('%B')} {d.year}"
    parts = [
        str(day) if day else "",
        dt.date(2000, month, 1).strftime("%B") if month else "",
        str(year) if year else "",
    ]
    return " ".join(p for p in parts if p)
