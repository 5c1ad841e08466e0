"""The evidence index narrows what checks look at and never changes a verdict: every benchmark and
test corpus checked with postings and without them (every figure looked at) gives equal findings."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from factcheck import check_article, check_claims_file, load_article, load_claims_file, load_corpus
from factcheck.corpus.index import Index

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import synth  # noqa: E402


@pytest.mark.parametrize("suite", sorted(accuracy.suites()))
def test_benchmark_suites_give_equal_findings_with_and_without_postings(suite):
    sources, parts = accuracy.suites()[suite]
    corpus = load_corpus(sources)
    cases = [case for path in parts.values() for case in tomllib.loads(path.read_text())["case"]]
    with_postings = accuracy.check_cases(cases, Index(corpus))
    without = accuracy.check_cases(cases, Index(corpus, postings=False))
    assert [finding for _, finding in with_postings] == [finding for _, finding in without]


def test_the_bundled_claims_and_test_articles_give_equal_findings_with_and_without_postings():
    corpus = load_corpus(ROOT / "sources")
    for claims_path in sorted((ROOT / "claims").rglob("*claims.toml")):
        claims = load_claims_file(claims_path)
        assert check_claims_file(claims, Index(corpus)) == check_claims_file(claims, Index(corpus, postings=False))
    for folder in sorted(p for p in (ROOT / "tests" / "articles").iterdir() if p.is_dir()):
        article = load_article(next(folder.glob("article.*")))
        sources = folder / "sources" if (folder / "sources").is_dir() else ROOT / "tests" / "fixtures" / folder.name
        corpus = load_corpus(sources)
        assert check_article(article, Index(corpus)) == check_article(article, Index(corpus, postings=False))


def test_a_synthetic_archive_gives_equal_findings_with_and_without_postings(tmp_path):
    sources, claims_path = synth.write(tmp_path, 80, 120)
    corpus, claims = load_corpus(sources), load_claims_file(claims_path)
    with_postings = check_claims_file(claims, Index(corpus))
    assert with_postings == check_claims_file(claims, Index(corpus, postings=False))
    expected = {c.id: c.expect for c in claims.claims}
    assert all(f.verdict == expected[f.id] for f in with_postings.findings)


def test_a_date_from_a_source_about_no_subject_still_reaches_a_claim_about_one(tmp_path):
    from factcheck import Claim, verify_claim

    from .conftest import write

    sources = write(
        tmp_path / "sources",
        {
            "bluefin.md": '+++\ntitle = "Operation Bluefin"\nsubject = "Operation Bluefin"\npublished = 2021-05-02\n+++\n'
            "Operation Bluefin ended on 14 April 2021 with 90 arrests.\n",
            "log.md": '+++\ntitle = "Coastal log"\npublished = 2023-01-09\n+++\n'
            "The operation ended on 3 March 2022, the log shows.\n",
            "redfin.md": '+++\ntitle = "Operation Redfin"\nsubject = "Operation Redfin"\npublished = 2022-03-20\n+++\n'
            "Operation Redfin led to 260 arrests.\n",
        },
    )
    corpus = load_corpus(sources)
    claim = Claim("c", "Operation Redfin ended on 3 March 2022")
    with_postings = verify_claim(claim, Index(corpus))
    assert with_postings == verify_claim(claim, Index(corpus, postings=False))
    # The case reaches the source about no subject (whether its date should count is the date
    # check's question, not the index's).
    assert "log" in {e.source_id for e in (*with_postings.evidence, *with_postings.candidates)}


def test_ranking_with_postings_and_cutoffs_equals_scoring_every_passage(tmp_path):
    # Many near-identical releases: the places fill early, and later overlaps are cut by the ratio
    # they would need; the ranking must be the one scoring every passage gives, ties included.
    sources, _ = synth.write(tmp_path, 120, 1)
    corpus = load_corpus(sources)
    fast, slow = Index(corpus), Index(corpus, postings=False)
    texts = [p.text for s in corpus.sources for p in s.passages][::7]
    claims = [t[: len(t) // 2] for t in texts] + [
        "according to the Justice Department's statement",
        "The operation was a success",
        "Police said the raids were the largest ever",
    ]
    for claim in claims:
        for limit in (1, 3, 10):
            assert fast.rank(claim, limit) == slow.rank(claim, limit), claim


def test_from_publisher_finds_a_publisher_by_name_part_or_near_spelling():
    corpus = load_corpus(ROOT / "sources")
    index = Index(corpus)
    publishers = [s.info.publisher for s in corpus.sources if s.info.publisher]
    assert publishers and all(index.from_publisher(p) for p in publishers)
    assert all(index.from_publisher(part.strip()) for p in publishers for part in p.split(","))
    assert not index.from_publisher("Harbour City Transit Authority")
