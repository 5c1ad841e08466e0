"""Plain frozen dataclasses passed between the stages: sources, passages, claims, findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Literal

Verdict = Literal["supported", "disputed", "unverifiable"]
VERDICTS: tuple[Verdict, ...] = ("supported", "disputed", "unverifiable")
# A kind of claim is the name of a registered check ("quantity", "quote", ...): see checks/.
Kind = str


class FailOn(StrEnum):
    """Which verdicts fail a claim that has no `expect`: disputed ones, unverifiable and disputed
    ones, or none."""

    disputed = "disputed"
    unverifiable = "unverifiable"
    never = "never"


@dataclass(frozen=True)
class SourceInfo:
    """A cached source's metadata and provenance, as its front matter or sidecar gives it."""

    id: str
    title: str
    publisher: str = ""
    url: str = ""
    published: dt.date | None = None
    kind: str = ""
    sha256: str = ""
    path: Path | None = None
    retrieved: str = ""
    recorded_sha256: str = ""  # the sha256 written when the source was stored, if any
    subject: str = ""  # what the source is about, as its curator states it ("Operation Redfin")


@dataclass(frozen=True, slots=True)
class Passage:
    """One paragraph of a source document, or one row of a table source."""

    source_id: str
    location: str  # what a person follows: "paragraph 3" or "row 10"
    text: str
    index: int  # position within its source, for a stable order
    cells: tuple[tuple[str, str], ...] = ()  # (column, value) pairs for a table row


@dataclass(frozen=True)
class Table:
    """A table source: its columns, what they mean, and the words people use for cell values."""

    source_id: str
    columns: tuple[str, ...]
    descriptions: tuple[tuple[str, str], ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cell value -> same thing
    broader: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cell value -> narrower terms it covers
    aggregates: tuple[str, ...] = ()  # cell values that are totals of other rows, not peers of them
    # Whether each row is also read as text (names, titles and words in its cells, for the checks of
    # documents); a large statistical table is data, checked through its cells alone.
    read_rows: bool = True
    # The column that holds each row's time when its cells are not plain years ("season":
    # "1970 - 71", "2011/12"): read as the year each begins in.
    time_axis: str = ""

    def description(self, column: str) -> str:
        """The column's description, or its name with underscores as spaces."""
        return dict(self.descriptions).get(column, column.replace("_", " "))


@dataclass(frozen=True)
class Source:
    """A loaded source: metadata plus its passages (and its table definition, for tables)."""

    info: SourceInfo
    passages: tuple[Passage, ...]
    table: Table | None = None

    def __hash__(self) -> int:
        """A hash of the metadata and the passage count (not of every row)."""
        # Sources key the table checks' caches; hashing every row of a 200,000-row table each time
        # would cost more than the checks. Equal sources have equal metadata and as many passages.
        return hash((self.info, len(self.passages)))


@dataclass(frozen=True)
class Corpus:
    """Every source loaded from a sources folder, in a stable (id) order."""

    sources: tuple[Source, ...]
    root: Path | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        """The source ids, sorted."""
        return tuple(s.info.id for s in self.sources)

    @cached_property
    def _by_id(self) -> dict[str, Source]:
        return {s.info.id: s for s in self.sources}

    def get(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return self._by_id.get(source_id)

    def restricted(self, ids: tuple[str, ...]) -> Corpus:
        """The corpus reduced to the given ids (all of it when ids is empty)."""
        if not ids:
            return self
        return Corpus(tuple(s for s in self.sources if s.info.id in ids), self.root)


@dataclass(frozen=True)
class Context:
    """The article around a claim taken out of it: its whole sentence, the sentences before it,
    and the article's date. A claim's own words come first; these fill what they leave out."""

    sentence: str = ""
    before: tuple[str, ...] = ()  # the sentences before it, nearest last
    published: dt.date | None = None
    title: str = ""  # the article's headline: what it is about when nothing nearer says


@dataclass(frozen=True)
class Claim:
    """A claim to check: its text, optional expected verdict, source restriction and span."""

    id: str
    text: str
    expect: Verdict | None = None
    sources: tuple[str, ...] = ()
    note: str = ""
    span: tuple[int, int] | None = None
    kind: Kind | None = None  # None: decided from the text
    context: Context | None = None  # the article around it, when it was taken out of one
    line: int | None = None  # the line of its [[claim]] in the claims file, or of its text in the article


@dataclass(frozen=True)
class ArticleInfo:
    """The article a report is about."""

    path: str = ""
    title: str = ""
    url: str = ""
    sha256: str = ""
    published: dt.date | None = None  # from the claims file's [article], else the article's dateline


@dataclass(frozen=True)
class ClaimsFile:
    """A parsed claims file: the article it is about and its claims."""

    path: Path
    article: ArticleInfo
    claims: tuple[Claim, ...]
    article_text: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage or table cell offered for or against a claim."""

    source_id: str
    location: str
    text: str
    score: float


PartStatus = Literal["borne out", "contradicted", "not found"]


@dataclass(frozen=True, slots=True)
class Part:
    """One checkable part of a claim ("figure 260", "'lowest'", "speaker") and what the sources made of it."""

    part: str
    status: PartStatus
    detail: str = ""


@dataclass(frozen=True)
class About:
    """What a claim is about, as read: subject, measure, value, place and time, and where the subject
    and the time came from ("claim", "sentence", "before", "article date"; "" when none)."""

    subject: str = ""
    subject_from: str = ""
    measure: str = ""
    value: str = ""
    place: str = ""
    time: str = ""
    time_from: str = ""


@dataclass(frozen=True, slots=True)
class Program:
    """A table claim read as a program over its table: the rows selected (each condition in words),
    the column projected, the operation applied, what the claim says and what running it gave."""

    table: str  # the source id
    operation: str  # lookup, count, sum, max, min, rank, compare, difference, trend, all, none, only
    select: tuple[str, ...] = ()  # "winning_driver = michael schumacher", "seats_won > 10"
    column: str = ""
    claimed: str = ""
    found: str = ""
    rows: tuple[str, ...] = ()  # the locations of the rows it used

    def words(self) -> str:
        """The program in words: "count rows where winning_driver = michael schumacher"."""
        where = f" where {' and '.join(self.select)}" if self.select else ""
        of = f" of {self.column}" if self.column else ""
        return f"{self.operation}{of} over rows{where}"


@dataclass(frozen=True)
class Outcome:
    """A check's verdict with its reasons; the pipeline adds the claim's id, text and kind."""

    verdict: Verdict
    confidence: float
    explanation: str
    flags: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    candidates: tuple[Evidence, ...] = ()
    checked: tuple[Part, ...] = ()  # each part of the claim with its status
    program: Program | None = None  # for a claim a table settles: what was run over it


@dataclass(frozen=True, kw_only=True)
class Finding(Outcome):
    """One claim's verdict with its reasons: a check's outcome, with the claim it is about."""

    id: str
    claim: str
    kind: Kind
    span: tuple[int, int] | None = None
    expect: Verdict | None = None
    about: About = field(default_factory=About)
    note: str = ""  # the claims file's note on it, for whoever reads a failure
    line: int | None = None  # where it stands in the claims file (or the article)

    @classmethod
    def of(cls, claim: Claim, kind: Kind, outcome: Outcome, about: About | None = None) -> Finding:
        """The finding for a claim: its id, text, span and expectation, with a check's outcome."""
        judged = {f.name: getattr(outcome, f.name) for f in fields(Outcome)}
        return cls(
            **judged,
            id=claim.id,
            claim=claim.text,
            kind=kind,
            span=claim.span,
            expect=claim.expect,
            about=about or About(),
            note=claim.note,
            line=claim.line,
        )

    @property
    def deciding(self) -> Part | None:
        """The part that decided the verdict: the first contradicted part of a disputed claim, the first
        part not found of an unverifiable one."""
        wanted = {"disputed": "contradicted", "unverifiable": "not found"}.get(self.verdict)
        return next((p for p in self.checked if p.status == wanted), None)

    @property
    def failed_expectation(self) -> bool:
        """True when the claim carried an expected verdict and got another one."""
        return self.expect is not None and self.verdict != self.expect

    def failed(self, fail_on: FailOn = FailOn.disputed) -> bool:
        """A claim fails when it got another verdict than it expects, or (with no expectation)
        when its verdict is at least as bad as fail_on ('unverifiable' also fails disputed ones)."""
        if self.expect is not None:
            return self.verdict != self.expect
        if fail_on is FailOn.never:
            return False
        if fail_on is FailOn.unverifiable:
            return self.verdict in ("disputed", "unverifiable")
        return self.verdict == "disputed"


@dataclass(frozen=True)
class Report:
    """Every finding for one article, with the sources it was checked against."""

    article: ArticleInfo
    sources: tuple[SourceInfo, ...]
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    file: str = ""  # the claims file checked, or the article when it was checked itself
    text: str = ""  # the article's text the claims' spans point into ("" when there is none)
    corpus: str = ""  # the sources folder it was checked against

    def count(self, verdict: Verdict) -> int:
        """How many findings have this verdict."""
        return sum(1 for f in self.findings if f.verdict == verdict)
