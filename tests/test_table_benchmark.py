"""The table benchmark's data hold together: every case names a table that loads, a verdict a
table can give, and what it asks of it; the held-out part shares no table with the tuning part."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from factcheck import load_corpus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import tables  # noqa: E402

OPERATIONS = {"lookup", "count", "superlative", "rank", "comparison", "difference", "sum", "trend", "quantifier"}


def test_every_case_names_a_table_that_loads_and_a_verdict_a_table_gives():
    corpus = load_corpus(tables.HERE / "sources")
    parts = {name: tomllib.loads(path.read_text())["case"] for name, path in tables.PARTS.items()}
    ids = [c["id"] for cases in parts.values() for c in cases]
    assert len(ids) == len(set(ids)) >= 100
    for cases in parts.values():
        for case in cases:
            source = corpus.get(case["source"])
            assert source is not None and source.table is not None, case["id"]
            assert case["expect"] in ("supported", "disputed") and case["operation"] in OPERATIONS
    tuned, held = ({c["source"] for c in parts[p]} for p in ("tune", "held"))
    assert tuned and held and not tuned & held


def test_figures_count_decided_abstained_and_false_supported():
    class F:
        def __init__(self, verdict):
            self.verdict = verdict

    rows = [
        ({"expect": "supported"}, F("supported")),
        ({"expect": "disputed"}, F("supported")),
        ({"expect": "disputed"}, F("unverifiable")),
        ({"expect": "supported"}, F("disputed")),
    ]
    found = tables.figures(rows)
    assert (found["decided"], found["right"], found["abstention"]) == (3, 1, 0.25)
    assert (found["false_supported"], found["false_claims"], found["false_supported_rate"]) == (1, 2, 0.5)
