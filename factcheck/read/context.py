"""Context: what the article around a claim adds to it. A claim taken out of a sentence keeps the
subject, the year and the noun that sentence (or the sentences before it) gave it; "last year"
counts from the article's date, read from its dateline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..model import Context
from .anchors import head_of
from .dates import YEAR, DateMention, describe, find_dates
from .lexicon import concept
from .reading import Around, Reading, read
from .relations import relation_concepts
from .subjects import find_subjects
from .text import STOPWORDS, paragraphs, sentences, stem
from .vocab import LANGUAGE, alternation, load

_FROM_DATE: dict[str, int] = load("dates")["from_article_date"]
_FROM_DATE_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in _FROM_DATE) + r")\b", re.IGNORECASE)
# "LISBON, Dec. 22, 2022 — ...": a place in capitals, a date, then a dash.
_DATELINE_RE = re.compile(
    r"\A\s*[A-Z][A-Z .'()-]{1,40},\s+(?P<date>[^\u2014\u2013\n]{6,40}?)\s*(?:\u2014|\u2013|--?)\s"
)
_YEAR_RE = re.compile(rf"(?<![\d,.$]){YEAR}(?!\d|,\d)")
_DATES = load("dates")
_FROM_DAY_RE = re.compile(
    rf"\b(?:{alternation(_DATES['from_article_day'])}|(?:\d+|[a-z]+)\s+(?:{alternation(_DATES['ago_units'])})\s+ago)\b",
    re.IGNORECASE,
)


def relative_dates(text: str, published: dt.date) -> tuple[DateMention, ...]:
    """The days and months a text counts from the article's date ("last month" in an article of 22
    December 2022 is November 2022; "two days ago" is 20 December), resolved by dateparser."""
    found: list[DateMention] = []
    matches = list(_FROM_DAY_RE.finditer(text))
    if not matches:
        return ()
    from dateparser.date import DateDataParser  # imported only when a phrase is found

    parser = DateDataParser(
        languages=[LANGUAGE],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    for m in matches:
        data = parser.get_date_data(m.group())
        when = data.date_obj
        if when is None or data.period not in ("day", "month"):
            continue  # not a date after all ("many days ago"), or a week, which is no one day or month
        day = when.day if data.period == "day" else None
        said = f"{m.group()} ({describe(when.year, when.month, day)})"  # as stated, and as resolved
        found.append(DateMention(when.year, when.month, day, None, m.start(), m.end(), said))
    return tuple(found)


_POINTERS = load("words")["pointing_back"]
# A phrase ("the count") points back by itself; a lone pronoun only as the subject of a verb ("That
# is", "It carried"), not as a determiner ("This operation resulted").
_POINTING_BACK_RE = re.compile(
    r"\s*(?:(?:" + "|".join(re.escape(w) for w in _POINTERS if " " in w) + r")\b"
    r"|(?:" + "|".join(re.escape(w) for w in _POINTERS if " " not in w) + r")\s+(?P<next>[a-z]+))",
    re.IGNORECASE,
)
BEFORE_SENTENCES = 3  # how far back a claim looks for its subject, year or noun


def article_date(text: str) -> dt.date | None:
    """The date an article's dateline gives ("LISBON, Dec. 22, 2022 — ..."), if it has one."""
    m = _DATELINE_RE.match(text)
    if not m:
        return None
    for d in find_dates(m.group("date")):
        if d.year and d.month and d.day:
            try:
                return dt.date(d.year, d.month, d.day)
            except ValueError:
                return None
    return None


def context_of(article: str, span: tuple[int, int], published: dt.date | None = None, title: str = "") -> Context:
    """The context of the claim at [start, end) of an article: its sentence, the sentences before it
    (in its paragraph, else the paragraph before), the article's date and its title."""
    start, end = span
    dateline = _DATELINE_RE.match(article)
    published = published or article_date(article)
    if dateline:  # the dateline dates the article, not what it reports: blanked, offsets kept
        article = " " * dateline.end() + article[dateline.end() :]
    before: list[str] = []
    sentence = ""
    for p_start, p_end in paragraphs(article):
        paragraph = article[p_start:p_end]
        spans = sentences(paragraph)
        if p_end <= start:
            before = [paragraph[a:b] for a, b in spans][-BEFORE_SENTENCES:]
            continue
        for a, b in spans:
            if p_start + b <= start:
                before = [*before, paragraph[a:b]][-BEFORE_SENTENCES:]
            elif p_start + a <= start:
                sentence = paragraph[a:b]
        break
    return Context((sentence or article[start:end]).strip(), tuple(b.strip() for b in before), published, title.strip())


_OTHER = frozenset(load("words")["other"])
_GOVERNING_WORDS = 6  # how far back a marker of something else governs a year


def _last_year(text: str) -> int | None:
    """The last year a text states about what is in focus ("another operation in 2019" is not)."""
    for m in reversed(list(_YEAR_RE.finditer(text))):
        if not _OTHER & {w.casefold() for w in text[: m.start()].split()[-_GOVERNING_WORDS:]}:
            return int(m.group())
    return None


def _is_verb(word: str) -> bool:
    """Whether a word after a pronoun makes it the subject of a clause ("is", "carried", "rose")."""
    w = word.casefold()
    return w in STOPWORDS or w.endswith("ed") or concept(stem(w)) in relation_concepts()


def _last_head(text: str) -> str | None:
    """The noun of the last figure in a text that names one."""
    found = read(text)
    return next((h for q in reversed(found.quantities) if (h := head_of(found.text, q))), None)


def with_context(reading: Reading, context: Context | None) -> Reading:
    """A claim's reading with what its context adds: the subject and year it leaves out, and what a
    figure without a noun counts. The claim's own words always come first where they are used."""
    if context is None:
        return reading
    sentence, before = context.sentence, context.before
    if find_subjects(sentence):
        subject_text, subject_from = sentence, "sentence"
    else:
        named = [b for b in before if find_subjects(b)]
        subject_text, subject_from = (named[-1], "before") if named else (" ".join([sentence, *before]), "before")
    previous = before[-1] if before else ""
    years: frozenset[int] = frozenset()
    years_from = ""
    relative = _FROM_DATE_RE.search(reading.text)
    if relative and context.published:
        years, years_from = frozenset({context.published.year + _FROM_DATE[relative.group(1).lower()]}), "article date"
    elif (year := _last_year(sentence)) is not None:
        years, years_from = frozenset({year}), "sentence"
    elif (year := _last_year(previous)) is not None:
        # Only the sentence right before: further back, a year is about something else.
        years, years_from = frozenset({year}), "before"
    # "70 of them in Portugal": the noun of the figure before the claim in its sentence, else in the
    # sentence right before it; further back, "them" is no longer those figures.
    at = sentence.find(reading.text)
    head = _last_head(sentence[: at if at >= 0 else 0]) or (_last_head(previous) if previous else None)
    # "That is 11.8% lower than ...", "It carried 8,150 riders": the words the claim points back to.
    pointer = _POINTING_BACK_RE.match(reading.text)
    verb = pointer is not None and (not pointer.group("next") or _is_verb(pointer.group("next")))
    what = previous if previous and pointer and verb else ""
    around = Around(
        subject_text=subject_text,
        subject_from=subject_from,
        years=years,
        years_from=years_from,
        head=head,
        what=what,
        published=context.published,
        title=context.title,
    )
    if context.published and (counted := relative_dates(reading.text, context.published)):
        # "The review was announced last month": a date, once the article's date is known.
        return replace(reading, around=around, dates=tuple(sorted((*reading.dates, *counted), key=lambda d: d.start)))
    return replace(reading, around=around)
