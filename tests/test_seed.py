"""The seed case end to end: what issue #2 says the bundled claims must get, and why."""

import pytest

from factcheck import check_path

from .conftest import ROOT


@pytest.fixture(scope="module")
def findings():
    (report,) = check_path(ROOT / "claims/operation-disruptor/claims.toml", ROOT / "sources")
    return {f.id: f for f in report.findings}


def test_every_claim_gets_its_expected_verdict(findings):
    assert len(findings) >= 15
    assert [f.id for f in findings.values() if f.failed_expectation] == []


def test_rosen_title_disputed_with_the_right_title(findings):
    f = findings["rosen-title"]
    assert f.verdict == "disputed" and "Deputy Attorney General" in f.explanation
    assert f.evidence[0].source_id == "doj-2020-09-22-operation-disruptor"


def test_wray_quotation_supported_with_the_insertion_named(findings):
    f = findings["wray-quote"]
    assert f.verdict == "supported" and "editorial-insertion" in f.flags and "[CCP Virus]" in f.explanation


def test_cdc_figure_rounded_from_31335_in_a_broader_category(findings):
    f = findings["cdc-deaths-2018"]
    assert f.verdict == "supported" and {"rounded", "category"} <= set(f.flags)
    assert "31,335" in f.explanation and f.evidence[0].source_id == "cdc-nchs-drug-overdose-deaths"


def test_european_countries_incomplete_without_austria(findings):
    f = findings["europe-countries"]
    assert f.verdict == "supported" and "incomplete-list" in f.flags and "Austria" in f.explanation


def test_uscc_report_unverifiable_with_near_misses(findings):
    f = findings["uscc-report"]
    assert f.verdict == "unverifiable" and f.candidates


def test_firearms_conflict_between_doj_and_europol(findings):
    f = findings["firearms-63"]
    assert "sources-conflict" in f.flags and {e.source_id for e in f.evidence} == {
        "doj-2020-09-22-operation-disruptor",
        "europol-2020-09-22-disruptor",
    }


def test_spans_point_at_the_claims_words(findings):
    article = (ROOT / "claims/operation-disruptor/article.txt").read_text(encoding="utf-8")
    for f in findings.values():
        start, end = f.span
        assert article[start:end] == f.claim
