"""Verification: decide what kind of claim a text makes, run that check, build the finding."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .articles import Article, load_article
from .checks.attribution import bare_name, check_attribution
from .checks.date import check_date
from .checks.listing import check_list
from .checks.outcome import Outcome
from .checks.quantity import check_quantity
from .checks.quote import check_quote
from .checks.statement import check_statement, is_cached, origin
from .checks.trend import is_table_relation
from .claims import find_claims_files, load_claims_file
from .errors import InputError, UnknownSourceError
from .extraction import extract_claims
from .model import ArticleInfo, Claim, ClaimsFile, Corpus, Finding, Kind, Report
from .reading import Reading, enumerated, read
from .sources import load_corpus
from .text import content_stems

_CHECKS = {
    "quote": check_quote,
    "attribution": check_attribution,
    "list": check_list,
    "quantity": check_quantity,
    "date": check_date,
    "statement": check_statement,
}
def classify(text: str) -> Kind:
    """The kind of claim a text makes, by what the extractors find in it."""
    reading = read(text)
    if reading.quotations:
        return "quote"
    if reading.people:
        person = reading.people[0]
        rest = text[: person.start] + text[person.end :]
        if len(content_stems(rest)) <= 3 and not reading.quantities:
            return "attribution"
    if reading.quantities or is_table_relation(text):
        return "quantity"
    if enumerated(reading):
        return "list"
    if any(d.day or d.weekday is not None for d in reading.dates):
        return "date"
    # "X released a report in 2017 that ..." rests on X first; "seized in April 2019" is a date.
    if reading.dates and origin(text) is None:
        return "date"
    return "statement"


def check_text(text: str, corpus: Corpus, kind: Kind | None = None) -> tuple[Kind, Outcome]:
    """Check one claim's text against a corpus (as the given kind, or the one its text shows)."""
    if kind is None:
        kind = classify(text)
    elif not _applicable(kind, read(text)):
        return kind, Outcome("unverifiable", 0.9, f"The claim is marked as a {kind} claim, but its text has "
                             f"no {_WHAT[kind]} to check.")
    return kind, _CHECKS[kind](text, corpus)


_WHAT = {"quote": "quotation (three words or more in quotation marks)", "attribution": "title and name",
         "list": "list of countries or organisations", "quantity": "figure", "date": "day or weekday",
         "statement": "words"}


def _applicable(kind: Kind, reading: Reading) -> bool:
    return {
        "quote": bool(reading.quotations),
        "attribution": bool(reading.people) or bare_name(reading.text) is not None,
        "list": enumerated(reading),
        "quantity": bool(reading.quantities) or is_table_relation(reading.text),
        "date": bool(reading.dates),
        "statement": True,
    }[kind]


def verify_claim(claim: Claim, corpus: Corpus) -> Finding:
    """Check one claim (restricted to its sources, if it names any) and return its finding."""
    for source_id in claim.sources:
        if corpus.get(source_id) is None:
            raise UnknownSourceError(source_id, corpus.ids, f"claim {claim.id!r}")
    kind, outcome = check_text(claim.text, corpus.restricted(claim.sources), claim.kind)
    return Finding(
        id=claim.id,
        claim=claim.text,
        kind=kind,
        verdict=outcome.verdict,
        confidence=outcome.confidence,
        explanation=outcome.explanation,
        flags=outcome.flags,
        evidence=outcome.evidence,
        candidates=outcome.candidates,
        span=claim.span,
        expect=claim.expect,
    )


def check_claims_file(claims_file: ClaimsFile, corpus: Corpus) -> Report:
    """Check every claim of a claims file; unknown source ids fail before any check runs."""
    for claim in claims_file.claims:
        for source_id in claim.sources:
            if corpus.get(source_id) is None:
                raise UnknownSourceError(source_id, corpus.ids, f"{claims_file.path}: claim {claim.id!r}")
    findings = tuple(verify_claim(claim, corpus) for claim in claims_file.claims)
    return Report(claims_file.article, tuple(s.info for s in corpus.sources), findings)


def check_path(path: Path | None, sources: Path) -> list[Report]:
    """Check an article, a claims file or a folder of them (default ./claims) against a folder."""
    if path is None:
        files = find_claims_files(Path("claims")) if Path("claims").is_dir() else []
        if not files:
            raise InputError(Path("claims"), "no claims files (claims.toml or *.claims.toml) found")
    elif path.is_dir():
        files = find_claims_files(path)
        if not files:
            raise InputError(path, "no claims files (claims.toml or *.claims.toml) found")
    elif not path.is_file():
        raise InputError(path, "file not found")
    elif path.suffix == ".toml":
        files = [path]
    else:
        article = load_article(path)
        return [check_article(article, load_corpus(sources))]
    claims_files = [load_claims_file(f) for f in files]  # every file is valid before any check runs
    corpus = load_corpus(sources)
    return [check_claims_file(cf, corpus) for cf in claims_files]


def check_article(article: Article, corpus: Corpus) -> Report:
    """Find an article's claims and check them. A figure inside a quotation is reported only when
    a source states it; "according to X" only when no source from X is cached."""
    findings = []
    for extracted in extract_claims(article.text):
        if extracted.origin and is_cached(extracted.origin, corpus):
            continue  # "according to X" with X cached: the sentence's own claims are checked against X
        finding = verify_claim(extracted.claim, corpus)
        if extracted.in_quotation and finding.verdict == "unverifiable":
            continue
        findings.append(finding)
    info = ArticleInfo(str(article.path), article.title, "", article.sha256)
    return Report(info, tuple(s.info for s in corpus.sources), tuple(findings))


FailOn = Literal["disputed", "unverifiable", "never"]


def failed(finding: Finding, fail_on: FailOn = "disputed") -> bool:
    """A claim fails when it got another verdict than it expects, or (with no expectation)
    when its verdict is at least as bad as fail_on ('unverifiable' also fails disputed ones)."""
    if finding.expect is not None:
        return finding.verdict != finding.expect
    if fail_on == "never":
        return False
    if fail_on == "unverifiable":
        return finding.verdict in ("disputed", "unverifiable")
    return finding.verdict == "disputed"
