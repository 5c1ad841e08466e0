"""Whole articles the project has never seen, each with its own sources and expected findings,
and the seed article against its curated claims file."""

import tomllib
from pathlib import Path

import pytest

from factcheck import check_path, load_claims_file

from .conftest import FIXTURES, ROOT

ARTICLES = Path(__file__).resolve().parent / "articles"
CASES = {
    "port-strike": ARTICLES / "port-strike/sources",
    "measles": ARTICLES / "measles/sources",
    "cyclone": FIXTURES / "cyclone",
    "warehouse-fire": ARTICLES / "warehouse-fire/sources",
}


def _report(case):
    (article,) = [p for p in (ARTICLES / case).iterdir() if p.name.startswith("article.")]
    (report,) = check_path(article, CASES[case])
    return report


def _expected(case):
    data = tomllib.loads((ARTICLES / case / "expected.toml").read_text(encoding="utf-8"))
    return data["finding"], data.get("absent", [])


@pytest.mark.parametrize("case", sorted(CASES))
def test_expected_findings(case):
    report = _report(case)
    expected, _ = _expected(case)
    for want in expected:
        matches = [f for f in report.findings if want["text"] in f.claim and f.kind == want["kind"]]
        assert matches, f"no {want['kind']} finding for {want['text']!r}"
        got = matches[0]
        assert got.verdict == want["verdict"], f"{want['text']!r}: {got.verdict}: {got.explanation}"
        assert set(want.get("flags", [])) <= set(got.flags), f"{want['text']!r}: flags {got.flags}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_findings_for_page_furniture(case):
    report = _report(case)
    _, absent = _expected(case)
    for words in absent:
        assert not any(words in f.claim for f in report.findings), words


@pytest.mark.parametrize("case", sorted(CASES))
def test_spans_point_at_the_claims(case):
    report = _report(case)
    from factcheck.articles import load_article

    text = load_article(report.article.path).text
    for f in report.findings:
        assert text[f.span[0] : f.span[1]] == f.claim


def test_seed_article_reports_every_curated_claim_with_the_same_verdict():
    (report,) = check_path(ROOT / "claims/operation-disruptor/article.txt", ROOT / "sources")
    curated = load_claims_file(ROOT / "claims/operation-disruptor/claims.toml")
    for claim in curated.claims:
        start, end = claim.span
        overlapping = [f for f in report.findings if f.span[0] < end and start < f.span[1]]
        same = [f for f in overlapping if f.verdict == claim.expect]
        assert same, f"{claim.id}: {[(f.kind, f.verdict, f.claim[:40]) for f in overlapping]}"
    article = (ROOT / "claims/operation-disruptor/article.txt").read_text(encoding="utf-8")
    tail = article.index("Sign up to receive")
    assert all(f.span[1] <= tail for f in report.findings)
