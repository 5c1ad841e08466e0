import json
import os
import subprocess
import sys

import pytest

from factcheck import Claim, UnknownSourceError, check_claims_file, classify, load_claims_file, to_json, verify_claim
from factcheck.model import FailOn

from .conftest import write


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('He said: "we will stay as long as needed"', "quote"),
        ("Deputy Secretary John Smith", "attribution"),
        ("Aid came from Portugal, Brazil and Chile", "list"),
        ("The storm killed 48 people", "quantity"),
        ("seven countries", "quantity"),
        ("announced on Tuesday, Sept. 22", "date"),
        ("The commission released a report in February 2017", "date"),
        ("The Daily Planet reported in February 2017 that the dam leaked", "statement"),
        ("Wall Street Market was seized in April 2019", "date"),
        ("from China to the United States", "statement"),
    ],
)
def test_classify(text, kind):
    assert classify(text) == kind


def test_claim_restricted_to_one_source(cyclone):
    claim = Claim("c", "The storm killed 48 people in Mozambique", sources=("reliefwatch-2023-03-17-mara",))
    finding = verify_claim(claim, cyclone)
    assert finding.verdict == "disputed" and "51" in finding.explanation


def test_unknown_source_id(cyclone):
    with pytest.raises(UnknownSourceError, match="unknown source id 'nope'"):
        verify_claim(Claim("c", "48 people", sources=("nope",)), cyclone)


def test_failed_rules():
    from factcheck.model import Finding

    def f(verdict, expect=None):
        return Finding(verdict, 0.5, "", id="i", claim="c", kind="statement", expect=expect)

    assert f("supported", "disputed").failed() and not f("disputed", "disputed").failed()
    assert f("disputed").failed() and not f("unverifiable").failed()
    assert f("unverifiable").failed(FailOn.unverifiable) and f("disputed").failed(FailOn.unverifiable)
    assert not f("disputed").failed(FailOn.never)


def test_report_json_follows_the_schema(root, seed_corpus):
    report = check_claims_file(load_claims_file(root / "claims/operation-disruptor/claims.toml"), seed_corpus)
    data = json.loads(to_json([report]))
    assert data["schema_version"] == 4 and data["tool"]["name"] == "factcheck"
    assert set(data) == {"schema_version", "tool", "summary", "reports"}
    (one,) = data["reports"]
    assert set(one) == {"file", "corpus", "article", "sources", "summary", "findings"}
    assert one["file"].endswith("claims.toml") and one["summary"] == data["summary"]
    assert (
        data["summary"]["total"]
        == len(one["findings"])
        == sum(data["summary"][v] for v in ("supported", "disputed", "unverifiable"))
    )
    source = one["sources"][0]
    assert set(source) == {
        "id",
        "title",
        "publisher",
        "url",
        "published",
        "kind",
        "retrieved",
        "sha256",
        "recorded_sha256",
    }
    article = (root / "claims/operation-disruptor/article.txt").read_text(encoding="utf-8")
    claims_lines = (root / "claims/operation-disruptor/claims.toml").read_text(encoding="utf-8").splitlines()
    for finding in one["findings"]:
        assert set(finding) == {
            "id",
            "claim",
            "kind",
            "file",
            "line",
            "span",
            "expect",
            "passed",
            "note",
            "verdict",
            "confidence",
            "explanation",
            "flags",
            "evidence",
            "candidates",
            "about",
            "checked",
            "program",
        }
        # The line is the claim's [[claim]] header in its claims file.
        assert claims_lines[finding["line"] - 1].strip() == "[[claim]]" and finding["file"] == one["file"]
        assert finding["passed"] == (finding["verdict"] == finding["expect"])
        assert finding["note"] is None or finding["note"].strip()
        assert set(finding["about"]) == {"subject", "subject_from", "measure", "value", "place", "time", "time_from"}
        statuses = {p["status"] for p in finding["checked"]}
        assert finding["checked"] and statuses <= {"borne out", "contradicted", "not found"}
        # A part that decided the verdict is there: contradicted for disputed, not found for unverifiable.
        wanted = {"supported": "borne out", "disputed": "contradicted", "unverifiable": "not found"}
        assert wanted[finding["verdict"]] in statuses
        assert 0 <= finding["confidence"] <= 1
        start, end = finding["span"]
        assert article[start:end] == finding["claim"] or finding["claim"].startswith(article[start : start + 20])
        for e in finding["evidence"] + finding["candidates"]:
            assert set(e) == {"source", "location", "text", "score"}
        if finding["verdict"] == "unverifiable":
            assert finding["candidates"]


@pytest.mark.parametrize("target", ["claims/operation-disruptor/claims.toml", "claims/operation-disruptor/article.txt"])
def test_report_is_byte_identical_whatever_the_hash_seed(root, target):
    # Set and dict order, regex alternations built from word lists: anything that leaned on hash
    # order would show here, where each run is a new process with another seed.
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"} | {"PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", target, "--format", "json", "--fail-on", "never"],
            cwd=root,
            env=env,
            capture_output=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr.decode()
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_unknown_source_in_a_claims_file_fails_before_checking(tmp_path, cyclone):
    write(tmp_path, {"claims.toml": '[[claim]]\nid = "a"\ntext = "48 people"\nsources = ["missing"]\n'})
    with pytest.raises(UnknownSourceError, match="claim 'a'"):
        check_claims_file(load_claims_file(tmp_path / "claims.toml"), cyclone)
