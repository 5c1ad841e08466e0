"""Mutation tests: a supported claim with one part swapped (the event, the year, the place, the route
number, the measure) must not stay supported. The claims are the tuning part of the multi-event
benchmark; a swap to another real event or route is made only where that event's sources do not
state the claim's figure at all, so that the swapped claim is false."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from factcheck import Claim, load_corpus, verify_claim

MULTI = Path(__file__).resolve().parents[1] / "benchmarks" / "multi"
NOUNS = {
    "arrests": "helicopters",
    "deaths": "fires",
    "riders": "parcels",
    "vessels": "aircraft",
    "inspectors": "divers",
    "tonnes": "barrels",
    "boats": "tractors",
    "killed": "fined",
}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COUNTRY = re.compile(r"\b(Portugal|Spain|France|Ireland|Italy|Norway|Iceland|Morocco|Slovenia)\b")
_OPERATION = re.compile(r"\bOperation (\w+)")
_ROUTE = re.compile(r"\bRoute (\d+)")


@cache
def corpus(name: str):
    return load_corpus(MULTI / name / "sources")


@cache
def texts_about(name: str) -> dict[str, str]:
    """Each source's text by what it is about, to tell whether a swapped claim could still be true."""
    return {s.info.subject or s.info.id: " ".join(p.text for p in s.passages) for s in corpus(name).sources}


def supported_cases() -> list[tuple[str, dict]]:
    found = []
    for name in sorted(p.name for p in MULTI.iterdir() if p.is_dir()):
        for case in tomllib.loads((MULTI / name / "cases.toml").read_text(encoding="utf-8"))["case"]:
            if case["expect"] == "supported" and case["kind"] == "quantity" and "article" not in case:
                found.append((name, case))
    return found


def figures(text: str) -> list[str]:
    return re.findall(r"\d[\d,.]*", _ROUTE.sub("", _YEAR.sub("", text)))


def mutations(name: str, text: str) -> list[tuple[str, str]]:
    """(what was swapped, the swapped claim) for every swap that makes the claim false."""
    out = []
    for year in set(_YEAR.findall(text)):
        out.append(("year", text.replace(year, "1987")))
    for country in set(_COUNTRY.findall(text)):
        out.append(("place", text.replace(country, "Japan")))
    for noun, other in NOUNS.items():
        if re.search(rf"\b{noun}\b", text):
            out.append(("measure", re.sub(rf"\b{noun}\b", other, text)))
    others = texts_about(name)
    # Another real event or route makes the claim false only where its sources do not state the
    # figure: not for a comparison, a hedged figure or a figure in words, which may still hold.
    if not figures(text) or re.search(r"\b(?:more|less|fewer|than|about|nearly|over|some)\b", text):
        others = {}
    for op in set(_OPERATION.findall(text)):
        out.append(("event", text.replace(f"Operation {op}", "Operation Sandpiper")))
        for subject, body in others.items():
            other = subject.removeprefix("Operation ")
            if subject.startswith("Operation ") and other != op and not any(f in body for f in figures(text)):
                out.append(("event", text.replace(f"Operation {op}", subject)))
    for route in set(_ROUTE.findall(text)):
        out.append(("route", text.replace(f"Route {route}", "Route 99")))
        for subject, body in others.items():
            if (
                subject.startswith("Route ")
                and subject != f"Route {route}"
                and not any(f in body for f in figures(text))
            ):
                out.append(("route", text.replace(f"Route {route}", subject)))
    return out


CASES = [
    (name, case["id"], swapped, claim)
    for name, case in supported_cases()
    for swapped, claim in mutations(name, case["text"])
]


def test_there_are_mutations_of_every_kind():
    assert {swapped for _, _, swapped, _ in CASES} == {"year", "place", "measure", "event", "route"}
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("name", "case_id", "swapped", "claim"), CASES, ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_swapped_part_is_never_supported(name, case_id, swapped, claim):
    original = next(c for n, c in supported_cases() if c["id"] == case_id)
    if verify_claim(Claim(case_id, original["text"]), corpus(name)).verdict != "supported":
        pytest.skip("the original claim is not supported today (a benchmark miss, counted there)")
    finding = verify_claim(Claim(case_id, claim), corpus(name))
    assert finding.verdict != "supported", f"{swapped} swapped: {claim!r}: {finding.explanation}"
