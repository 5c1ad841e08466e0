"""Date claims: a day, a month or a year, against the dates the sources give for the same event."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..corpus.index import Index
from ..model import Evidence, Outcome
from ..read.anchors import base_years, measure_words
from ..read.dates import WEEKDAYS, DateMention, describe
from ..read.lexicon import canonical_org, opposed, orgs_in
from ..read.origins import origin
from ..read.reading import Reading, concepts_of
from ..read.relations import all_time, direction, operators, span_against, unsaid
from ..read.subjects import fit
from ..read.text import enclosing, segment
from ..read.vocab import alternation, load, word_set
from . import register
from .base import Check, capitalised, confidence, one_part, source_label, unverifiable
from .program import check_table_program
from .table import check_row

_ANNOUNCED = re.compile(rf"\b(?:{alternation(word_set('verbs', 'announcing'))})\w*", re.IGNORECASE)
ABOUT = 0.5  # a source's year this relevant to the claim's event supports it (a month or day: less)
CLOSE = 0.25  # two sources' dates this close in relevance conflict rather than one refuting the other
SAME_EVENT = 0.55  # a source date this relevant, and more relevant than any agreeing one, contradicts it


@dataclass(frozen=True)
class _Dated:
    """A date a source gives, how relevant its context is to the claim, and where it stands."""

    year: int | None
    month: int | None
    day: int | None
    score: float
    evidence: Evidence
    said: str  # "the DOJ press release is dated ...", for explanations
    context: frozenset[str] = frozenset()  # the concepts of the words around the date

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _states_as_much(d: _Dated, claimed: DateMention) -> bool:
    """True when the source gives every part of the date that the claim gives."""
    return all(
        mine is None or theirs is not None
        for mine, theirs in ((claimed.year, d.year), (claimed.month, d.month), (claimed.day, d.day))
    )


def _order(d: _Dated, claimed: DateMention) -> int:
    """Whether a source's date is before (-1), within (0) or after (1) the claimed period, on the
    parts the claim gives."""
    for mine, theirs in ((claimed.year, d.year), (claimed.month, d.month), (claimed.day, d.day)):
        if mine is None or theirs is None:
            return 0
        if theirs != mine:
            return -1 if theirs < mine else 1
    return 0


_BOUNDS: dict[str, str] = load("dates")["bounds"]
_BOUND_RE = re.compile(rf"\b({alternation(_BOUNDS)})\s+(?:the\s+)?$", re.IGNORECASE)


def _bound(claim_text: str, claimed: DateMention) -> str:
    """'before' or 'after' when the claim bounds its date ("seized before May 2019"), else ""."""
    m = _BOUND_RE.search(claim_text[: claimed.start])
    return _BOUNDS[" ".join(m.group(1).casefold().split())] if m else ""


def _agrees(d: _Dated, claimed: DateMention, bound: str = "") -> bool:
    """Whether a source's date is the claim's (or, for a bound, on the side the claim says)."""
    if bound:
        return _order(d, claimed) == (-1 if bound == "before" else 1)
    return all(
        a is None or b is None or a == b
        for a, b in ((claimed.year, d.year), (claimed.month, d.month), (claimed.day, d.day))
    )


@register
class DateCheck(Check):
    """A day, a month or a year, against the dates the sources give for the same event."""

    kind = "date"
    priority = 50
    needs = "day or weekday"

    def detects(self, claim: Reading) -> bool:
        """A day or a weekday; or a month or year, unless the claim rests on a named origin
        ("X released a report in 2017 that ..." is a statement; "seized in April 2019" a date)."""
        if any(d.day or d.weekday is not None for d in claim.dates):
            return True
        return bool(claim.dates) and origin(claim.text) is None

    def applies(self, claim: Reading) -> bool:
        """Any date."""
        return bool(claim.dates)

    def check(self, claim: Reading, index: Index) -> Outcome:
        """The claimed date among the dates the sources give for the same event; a date that is a
        value of a table row ("the show in Whistler was on September 15, 2007") is looked up there."""
        program = check_table_program(claim, index)
        if program is not None:
            return one_part("table", program)
        row = check_row(claim, index)
        if row is not None:
            return one_part("row", row)
        return one_part("date", check_date(claim, index))


def _names(text: str, publisher: str) -> bool:
    """Whether a text names a publisher by its full name or the last two or more words of it, as a
    name ("the Road Safety Office" for the Estorian Road Safety Office)."""
    parts = publisher.split()
    return any(
        re.search(rf"\b{re.escape(' '.join(parts[i:]))}\b", text)
        for i in range(max(0, len(parts) - 1))
        if parts[i][:1].isupper()
    )


def _topic(claim_text: str, claimed: DateMention) -> frozenset[str]:
    """The words a claim of a change or a rank opens with, before its date, its superlative or its
    verb of change: what it is of ("Cyclist deaths", not only "deaths")."""
    end = claimed.start
    for m in re.finditer(r"[\w'-]+", claim_text[:end]):
        if operators(m.group()) or any(direction(m.group())):
            end = m.start()
            break
    return concepts_of(claim_text[:end])


def _says_the_relation(reading: Reading, lo: int, hi: int, topic: frozenset[str], claim_text: str) -> bool:
    """Whether one sentence of a report says what a claim of a change or a rank says, of its topic.

    A report's year dates only such a sentence: "Cyclist deaths fell to 91" in the 2022 report
    does not date "cyclist deaths were the highest since 1991", though it counts the same thing,
    and "Motorcyclist deaths rose to 219, the highest since 2016" is of something else."""
    if topic - reading.concepts_between(lo, hi):
        return False
    text = reading.text[lo:hi]
    if operators(claim_text) and not operators(text):
        return False
    return not any(direction(claim_text)) or any(direction(text))


def _sources_dates(claim: Reading, claimed: DateMention, index: Index, own_date: bool = True) -> list[_Dated]:
    claim_text = claim.text
    kept = claim_text[: claimed.start] + " " + claim_text[claimed.end :]
    wanted = concepts_of(kept) - concepts_of(" ".join(WEEKDAYS))
    named = orgs_in(claim_text)
    # What happened (the claim's lower-case words), as opposed to whom or what it happened to.
    events = frozenset().union(*(concepts_of(w) for w in re.findall(r"\b[a-z][\w'-]*", kept))) & wanted
    found = []
    claimed_subjects = index.claim_subjects(claim)
    # "Road fires rose for a second year in 2022" is not dated by a sentence on deaths: a claim of a
    # change or a rank counts something, and the date must be of that.
    relation = any(direction(claim_text)) or bool(operators(claim_text))
    measured = measure_words(claim) if relation else frozenset()
    topic = _topic(claim_text, claimed) | measured if relation else frozenset()
    others = claim.years - {claimed.year} - {int(y) for y in base_years(claim_text)}
    # With postings, a claim about a named subject skips the sources that can give it nothing: a
    # source about another subject of its kind, none of whose dates is about no such subject or
    # about the claim's. (A claim of a change or a rank reads every source's sentences.)
    looked_at = None if relation or not index.postings else _may_date(index, claimed_subjects)
    for source, entries in index.by_source():
        if looked_at is not None and source.info.id not in looked_at:
            continue
        label = source_label(source)
        info = source.info
        title = concepts_of(info.title)
        # Another operation's release is dated, but not with the date of this one.
        said = title.union(*(e.reading.concepts for e in entries))
        # "published its 2021 report on ...": the date of a report about another year is not it.
        other_year = bool(others) and bool(index.document_years(source)) and not others & index.document_years(source)
        if (
            info.published
            and not other_year
            and fit(claimed_subjects, index.document_subjects(source)) is not False
            and measured <= said
        ):
            # A publication date is the date of the event only for a claim about that publisher.
            publisher = info.publisher.split(",")[0]
            named_here = (bool(named) and canonical_org(publisher) in named) or _names(claim_text, publisher)
            score = 1.0 if named_here and _ANNOUNCED.search(claim_text) else 0.4
            p = info.published
            found.append(
                _Dated(
                    p.year,
                    p.month,
                    p.day,
                    score,
                    Evidence(info.id, "published", f"published {p.isoformat()}", score),
                    f"{label} is dated {describe(p.year, p.month, p.day)}",
                )
            )
        about = index.document_years(source)
        for entry in entries:
            passage, reading = entry.passage, entry.reading
            if (
                relation
                and own_date
                and len(about) == 1
                and claimed.month is None
                and source.table is None
                and any(_says_the_relation(reading, lo, hi, topic - title, claim_text) for lo, hi in reading.sentences)
            ):
                # A report about 2021 dates what it says with 2021, sentence by sentence.
                (about_year,) = about
                hits = sum(1.0 if c in reading.concepts else 0.3 if c in title else 0.0 for c in wanted)
                score = round(hits / len(wanted) if wanted else 0.5, 3)
                if fit(claimed_subjects, index.passage_subjects(entry)) is not False:
                    found.append(
                        _Dated(
                            about_year,
                            None,
                            None,
                            score,
                            Evidence(info.id, passage.location, passage.text, score),
                            f"{label} is about {about_year} ({passage.location})",
                            reading.concepts,
                        )
                    )
            for i, d in enumerate(reading.dates):
                if fit(claimed_subjects, index.subjects_at(entry, d.start, d.end)) is False:
                    continue  # the date of another subject ("Operation Bluefin ended on ...")
                if measured - reading.concepts - title:
                    continue  # a date of something else than the claim counts
                if source.table is not None and wanted - reading.concepts - title:
                    # A row dates a game, a race, a poll; the claim's other words ("Ascari won the
                    # race at Pau") are the row's other cells, and a date found leaves them unchecked.
                    continue
                lo, hi = enclosing(list(reading.sentences), d.start, d.end)
                if own_date and d.month is None and str(d.year) in base_years(reading.text[lo : d.end]):
                    continue  # "the highest number since 1991": a base, not the date of anything
                # The words nearest a date say what it is the date of ("Disarray in 2018 and
                # SaboTor in 2019"): from its segment's start, or the date before it, to its end.
                g_lo, g_hi = segment(reading.text, d.start, d.end)
                if i and reading.dates[i - 1].end > g_lo:
                    g_lo = reading.dates[i - 1].end
                if i + 1 < len(reading.dates) and reading.dates[i + 1].start < g_hi:
                    g_hi = reading.dates[i + 1].start
                before, after = reading.concepts_between(g_lo, d.end), reading.concepts_between(d.end, g_hi)
                sentence = reading.concepts_between(lo, hi)
                hits = sum(
                    1.0
                    if c in before
                    else 0.8
                    if c in after
                    else 0.6
                    if c in sentence
                    else 0.3
                    if c in reading.concepts or c in title
                    else 0.0
                    for c in wanted
                )
                score = hits / len(wanted) if wanted else 0.5
                if events and claimed.day is None and not events & (before | after | sentence):
                    score *= 0.8  # the same names, but not the same event ("landfall" is not "appeal")
                score = round(score, 3)
                year = d.year or (info.published.year if info.published and d.month else None)
                found.append(
                    _Dated(
                        year,
                        d.month,
                        d.day,
                        score,
                        Evidence(info.id, passage.location, reading.text[lo:hi].strip(), score),
                        f"{label} gives {describe(year, d.month, d.day)} ({passage.location})",
                        sentence,
                    )
                )
    return found


@dataclass(frozen=True)
class _DateSubjects:
    """For each kind and each subject, the sources that a claim about it may take a date from:
    by what the source as a whole is about, and what each of its dates is about."""

    by_subject: dict[tuple[str, str], frozenset[str]]
    by_kind: dict[str, frozenset[str]]  # sources with something about no subject of this kind
    every: frozenset[str]


def _date_subjects(index: Index) -> _DateSubjects:
    abouts: dict[str, list[frozenset[tuple[str, str]]]] = {}
    for source, entries in index.by_source():
        abouts[source.info.id] = [
            index.document_subjects(source),
            *(index.subjects_at(e, d.start, d.end) for e in entries for d in e.reading.dates),
        ]
    by_subject: dict[tuple[str, str], set[str]] = {}
    every_kind = {kind for found in abouts.values() for about in found for kind, _ in about}
    lacking: dict[str, set[str]] = {kind: set() for kind in every_kind}
    for source_id, found in abouts.items():
        for about in found:
            for key in about:
                by_subject.setdefault(key, set()).add(source_id)
            present = {kind for kind, _ in about}
            for kind in every_kind - present:
                lacking[kind].add(source_id)
    return _DateSubjects(
        {k: frozenset(v) for k, v in by_subject.items()},
        {k: frozenset(v) for k, v in lacking.items()},
        frozenset(abouts),
    )


def _may_date(index: Index, claimed: frozenset[tuple[str, str]]) -> frozenset[str] | None:
    """The sources that may give a date for a claim about these subjects (None: any may)."""
    if not claimed:
        return None
    prepared = index.prepared("date subjects", _date_subjects)
    about = frozenset().union(*(prepared.by_subject.get(key, frozenset()) for key in claimed))
    kinds = {kind for kind, _ in claimed}
    # Something about no subject of the claimed kinds fits whatever subject the claim names (per
    # kind, then all kinds at once: a source may be kept that gives nothing, never dropped that may).
    free = frozenset.intersection(*(prepared.by_kind.get(kind, prepared.every) for kind in kinds))
    return about | free


def check_date(claim: Reading, index: Index) -> Outcome:
    """Find the claimed date among the dates the sources give for the same event."""
    claim_text = claim.text
    based = {int(y) for y in base_years(claim.text)}
    # "the highest since 1991": 1991 is the base of a comparison, not the date the claim gives. A
    # claim with only a base ("the highest since 2004") is checked against the sources' bases.
    own = [d for d in claim.dates if not (d.year in based and d.month is None and d.day is None)]
    claimed = max(own or claim.dates, key=lambda d: (d.day is not None or d.weekday is not None, d.month is not None))
    own_years = {d.year for d in own if d.year}
    if any(direction(claim_text)) and len(own_years) >= 2:
        # "rose between 2020 and 2022": a change between two years, which no single date settles.
        return unverifiable(
            f"No table gives {' and '.join(str(y) for y in sorted(own_years))} for what the claim says changed.",
            index.near_misses(claim_text),
        )
    published = claim.around.published if claim.around else None
    if claimed.weekday is not None and claimed.day is None and published is not None:
        # "opened on Monday" in an article of Tuesday 14 March: Monday 13 March, the latest Monday.
        resolved = published - dt.timedelta(days=(published.weekday() - claimed.weekday) % 7)
        claimed = replace(claimed, year=resolved.year, month=resolved.month, day=resolved.day)
    bound = _bound(claim_text, claimed)
    if bound:
        claimed = replace(claimed, text=f"{bound} {claimed.text}")  # as the article states it
    dates = sorted(_sources_dates(claim, claimed, index, bool(own)), key=lambda d: -d.score)
    # The same day is rarely a coincidence; the same year often is: a year needs closer context.
    needed = ABOUT - (0.2 if claimed.day else 0.1 if claimed.month else 0.0)
    comparable = [d for d in dates if _states_as_much(d, claimed)]
    # The date most closely tied to the claim's words decides; others may only add a conflict.
    top = comparable[0] if comparable else None
    support = [d for d in comparable if d.score >= needed and _agrees(d, claimed, bound)]
    against = [d for d in comparable if d.score >= SAME_EVENT and not _agrees(d, claimed, bound)]
    named_documents = {d.date for d in dates if d.evidence.location == "published" and d.score >= SAME_EVENT}
    if len(named_documents) > 1:
        # "published its annual report on ..." with several of the publisher's reports cached, on
        # different days, and none singled out: the one it means may not be cached, so another's
        # date disputes nothing.
        against = [d for d in against if d.evidence.location != "published"]
    if top is not None and top in against and support:
        # Within one source the date nearest the claim's words decides; two sources that give
        # different dates with about as much context are a conflict, not a refutation.
        rival = support[0]
        if rival.evidence.source_id == top.evidence.source_id or top.score - rival.score > CLOSE:
            support = []
    words = concepts_of(claim_text)
    turned = next((d for d in support if opposed(words, d.context)), None)
    support = [d for d in support if not opposed(words, d.context)]
    if turned is not None and not support:
        mine, theirs = opposed(words, turned.context)  # type: ignore[misc]
        text = f"{capitalised(turned.said)}, but of the {theirs}: the article says {mine}."
        return Outcome("disputed", confidence("disputed", turned.score), text, (), (turned.evidence,))
    parts = tuple(
        dict.fromkeys((*operators(claim_text), *(y for y in base_years(claim_text) if own), *all_time(claim_text)))
    )
    left = [w for w in parts if support and all(unsaid((w,), d.evidence.text) for d in support)]
    for d in support if any(w.isdigit() for w in left) else []:
        spans = span_against(claim_text, d.evidence.text)
        if spans is None:
            continue
        covered, base = spans
        if not covered:
            # "the highest since 1991" where the source says "since 2016": 2016 was as high.
            text = (
                f"{capitalised(d.said)}, which says since {base}; the article says since {base_years(claim_text)[0]}."
            )
            return Outcome("disputed", confidence("disputed", d.score), text, (), (d.evidence,))
        left = [w for w in left if not w.isdigit()]
    if left:
        # "Route 36 was the busiest route in 2023": the year is in a source, the superlative is not.
        best = support[0]
        text = f"{capitalised(best.said)}; but no source says {', '.join(repr(w) for w in left)} of it: that part is unchecked."
        return Outcome("unverifiable", confidence("unverifiable", best.score), text, (), (), (best.evidence,))
    if support:
        best = support[0]
        when = best.date
        if claimed.weekday is not None and when is not None and claimed.weekday != when.weekday():
            text = (
                f"{capitalised(best.said)}, which was a {WEEKDAYS[when.weekday()]}; "
                f"the article says {WEEKDAYS[claimed.weekday]}."
            )
            return Outcome("disputed", confidence("disputed", best.score), text, (), (best.evidence,))
        text = f"{capitalised(best.said)}; the article says {claimed.text}."
        if claimed.weekday is not None and when is not None:
            text += f" That day was a {WEEKDAYS[when.weekday()]}."
        flags: tuple[str, ...] = ()
        ev = [best.evidence]
        # Two documents of one publisher are dated differently by nature: their publication dates
        # are no conflict about the event.
        both_published = best.evidence.location == "published"
        other = next(
            (
                d
                for d in against
                if d.evidence.source_id != best.evidence.source_id
                and not (both_published and d.evidence.location == "published")
            ),
            None,
        )
        if other is not None:
            flags = ("sources-conflict",)
            text += f" But {other.said}."
            ev.append(other.evidence)
        return Outcome("supported", confidence("supported", best.score, flags), text, flags, tuple(ev))
    if against:
        best = against[0]
        text = f"{capitalised(best.said)}; the article says {claimed.text}."
        return Outcome("disputed", confidence("disputed", best.score), text, (), (best.evidence,))
    return unverifiable(f"No cached source gives a date for this ({claimed.text}).", index.near_misses(claim_text))
