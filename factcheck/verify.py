"""Verification: decide what kind of claim a text makes, run that check, build the finding."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from .checks.attribution import check_attribution
from .checks.date import check_date
from .checks.listing import check_list
from .checks.outcome import Outcome
from .checks.quantity import check_quantity
from .checks.quote import check_quote
from .checks.statement import check_statement
from .claims import find_claims_files, load_claims_file
from .errors import InputError, UnknownSourceError
from .lexicon import find_orgs
from .model import Claim, ClaimsFile, Corpus, Finding, Kind, Report
from .reading import Reading, read
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
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_ENUMERATION_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$")


def _enumerated(reading: Reading) -> bool:
    """True when two or more countries, or organisations, stand in a list ("A, B and C")."""
    countries = [(p.start, p.end) for p in reading.places if not p.is_region]
    # An organisation's abbreviation in brackets after its name is the same member.
    blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), reading.text)
    orgs = [(start, end) for _, start, end, _ in find_orgs(blanked)]
    return any(
        _ENUMERATION_GAP.match(blanked[a[1] : b[0]])
        for spans in (countries, orgs)
        for a, b in zip(spans, spans[1:])
    )


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
    if _enumerated(reading):
        return "list"
    if reading.quantities:
        return "quantity"
    if any(d.day or d.weekday is not None for d in reading.dates):
        return "date"
    return "statement"


def check_text(text: str, corpus: Corpus) -> tuple[Kind, Outcome]:
    """Check one claim's text against a corpus: its kind and the outcome."""
    kind = classify(text)
    return kind, _CHECKS[kind](text, corpus)


def verify_claim(claim: Claim, corpus: Corpus) -> Finding:
    """Check one claim (restricted to its sources, if it names any) and return its finding."""
    for source_id in claim.sources:
        if corpus.get(source_id) is None:
            raise UnknownSourceError(source_id, corpus.ids, f"claim {claim.id!r}")
    kind, outcome = check_text(claim.text, corpus.restricted(claim.sources))
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
    """Check a claims file, or with no path every claims file under ./claims, against a folder."""
    if path is None:
        files = find_claims_files(Path("claims")) if Path("claims").is_dir() else []
        if not files:
            raise InputError(Path("claims"), "no claims files (claims.toml or *.claims.toml) found")
    elif path.is_dir():
        files = find_claims_files(path)
        if not files:
            raise InputError(path, "no claims files (claims.toml or *.claims.toml) found")
    elif path.suffix == ".toml":
        if not path.is_file():
            raise InputError(path, "file not found")
        files = [path]
    else:
        raise InputError(path, "not a claims file (claims.toml or *.claims.toml); "
                               "checking an article without a claims file is not supported yet")
    claims_files = [load_claims_file(f) for f in files]  # every file is valid before any check runs
    corpus = load_corpus(sources)
    return [check_claims_file(cf, corpus) for cf in claims_files]


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
