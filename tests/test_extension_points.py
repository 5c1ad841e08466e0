"""The two extension points a contributor uses: a kind of claim is one new module in checks/, a
source format is one more Format registered in corpus/formats.py."""

from __future__ import annotations

import sys
import textwrap

import pytest

from factcheck import check_text, load_claims_file, load_corpus
from factcheck import checks as registry
from factcheck.corpus import formats
from factcheck.model import Passage

from .conftest import write

# A kind of claim this project does not have: a web address, checked by whether a source cites it.
ADDRESS_CHECK = """
import re

from factcheck.checks import register
from factcheck.checks.base import Check, confidence, unverifiable
from factcheck.model import Outcome

_URL = re.compile(r"https?://\\S+")


@register
class Address(Check):
    kind = "address"
    priority = 5  # before quotations
    needs = "web address"

    def applies(self, claim):
        return bool(_URL.search(claim.text))

    def check(self, claim, index):
        url = _URL.search(claim.text).group().rstrip(".")
        for entry in index.entries():
            if url in entry.passage.text:
                return Outcome("supported", confidence("supported", 1.0), f"{entry.passage.location} cites {url}.")
        return unverifiable(f"No cached source cites {url}.", index.near_misses(claim.text))
"""


@pytest.fixture
def new_check_module(tmp_path, monkeypatch):
    """checks/ with one more module in it, as a contributor would add it; the registry forgets it after."""
    folder = tmp_path / "more_checks"
    folder.mkdir()
    (folder / "address.py").write_text(textwrap.dedent(ADDRESS_CHECK), encoding="utf-8")
    monkeypatch.setattr(registry, "__path__", [*registry.__path__, str(folder)])
    registry.registry.cache_clear()
    yield
    registry._REGISTERED.pop("address", None)
    sys.modules.pop("factcheck.checks.address", None)
    registry.registry.cache_clear()


def test_the_built_in_kinds_in_priority_order():
    assert registry.kinds() == ("quote", "attribution", "quantity", "list", "date", "statement")


def test_a_new_kind_of_claim_is_one_new_module_in_checks(new_check_module, tmp_path):
    assert registry.kinds()[0] == "address"
    write(tmp_path / "src", {"note.md": "The full report is at https://example.org/report.pdf today."})
    corpus = load_corpus(tmp_path / "src")
    kind, outcome = check_text("The report is online at https://example.org/report.pdf.", corpus)
    assert (kind, outcome.verdict) == ("address", "supported")
    kind, outcome = check_text("See https://example.org/other for more.", corpus)
    assert (kind, outcome.verdict) == ("address", "unverifiable")
    # Claims files accept the new kind by name.
    write(
        tmp_path, {"claims.toml": '[[claim]]\nid = "a"\ntext = "at https://example.org/report.pdf"\nkind = "address"\n'}
    )
    assert load_claims_file(tmp_path / "claims.toml").claims[0].kind == "address"


def test_an_unknown_kind_is_refused_by_name(tmp_path):
    write(tmp_path, {"claims.toml": '[[claim]]\nid = "a"\ntext = "x"\nkind = "address"\n'})
    with pytest.raises(Exception, match="kind must be one of attribution, date, list, quantity, quote, statement"):
        load_claims_file(tmp_path / "claims.toml")


def test_a_check_that_cannot_settle_a_claim_hands_it_on(tmp_path):
    # A comparison with no table to settle it: the quantity check hands it on, the date check
    # judges it, and the claim keeps the kind it was read as.
    write(
        tmp_path,
        {
            "commission.md": "Turnout in the election held on Sunday, 9 June 2024 was 67.2 percent, "
            "the highest since 2004."
        },
    )
    kind, outcome = check_text("turnout in 2024 was the highest since 2004", load_corpus(tmp_path))
    assert kind == "quantity"
    assert outcome.verdict == "supported" and "2004" in outcome.explanation


@pytest.fixture
def tsv_format():
    """One more source format: tab-separated lines, each a passage."""

    def parse(body, source_id, meta, path):
        lines = [line.replace("\t", "; ") for line in body.splitlines() if line.strip()]
        return formats.Parsed(tuple(Passage(source_id, f"line {i}", t, i) for i, t in enumerate(lines, 1)))

    fmt = formats.register(formats.Format("tsv", (".tsv",), ("text/tab-separated-values",), False, parse))
    yield fmt
    formats.FORMATS.remove(fmt)


def test_a_new_source_format_is_one_registered_format(tsv_format, tmp_path):
    write(tmp_path, {"ports.tsv": "Port Halden\t412 ships in 2023\n", "ports.toml": 'title = "Port traffic"\n'})
    (source,) = load_corpus(tmp_path).sources
    assert (source.info.title, source.passages[0].location) == ("Port traffic", "line 1")
    _kind, outcome = check_text("Port Halden handled 412 ships in 2023", load_corpus(tmp_path))
    assert outcome.verdict == "supported", outcome.explanation
    assert formats.detect("text/tab-separated-values", "x") is tsv_format
