"""Table claims: labelled claims about real public tables, each checked against its own table.

    python benchmarks/tables.py [--misses] [--json]

Reads benchmarks/tables/cases.toml (the tuning part) and heldout.toml (never tuned on; its
tables appear in no tuning case) and prints, for each part: decided accuracy (right among the
claims given "supported" or "disputed"), the abstention rate (claims left "unverifiable", though
the table decides every one), the false-"supported" rate (false claims called supported), and
the same by what the claim asks of the table. --misses lists every claim of the tuning part not
given its verdict (the held-out part's are never listed: they are not to be tuned on).
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "tables"
PARTS = {"tune": HERE / "cases.toml", "held": HERE / "heldout.toml"}


def check(cases: list[dict], corpus) -> list[tuple[dict, object]]:
    """Each case with its finding, checked against its own table only."""
    from factcheck import Claim, verify_claim

    return [(case, verify_claim(Claim(case["id"], case["text"], sources=(case["source"],)), corpus)) for case in cases]


def figures(rows: list[tuple[dict, object]]) -> dict:
    """Decided accuracy, abstention and false-supported rates of some checked cases."""
    decided = [(c, f) for c, f in rows if f.verdict != "unverifiable"]
    false = [(c, f) for c, f in rows if c["expect"] == "disputed"]
    return {
        "claims": len(rows),
        "decided": len(decided),
        "right": sum(f.verdict == c["expect"] for c, f in decided),
        "decided_accuracy": round(sum(f.verdict == c["expect"] for c, f in decided) / len(decided), 3)
        if decided
        else None,
        "abstention": round(1 - len(decided) / len(rows), 3) if rows else None,
        "false_claims": len(false),
        "false_supported": sum(f.verdict == "supported" for _, f in false),
        "false_supported_rate": round(sum(f.verdict == "supported" for _, f in false) / len(false), 3)
        if false
        else None,
    }


def _line(name: str, found: dict) -> str:
    accuracy = "-" if found["decided_accuracy"] is None else f"{found['decided_accuracy']:.1%}"
    wrong = "-" if found["false_supported_rate"] is None else f"{found['false_supported_rate']:.1%}"
    return (
        f"{name:14} {found['claims']:6d} {found['decided']:7d} {accuracy:>9} {found['abstention']:>10.1%} "
        f"{found['false_supported']:>3d}/{found['false_claims']:<3d} {wrong:>6}"
    )


def main() -> None:
    """Check both parts and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the claims not given their verdict")
    parser.add_argument("--json", action="store_true", help="also print one JSON line per part")
    args = parser.parse_args()

    from factcheck import load_corpus
    from factcheck.corpus.index import Index

    index = Index(load_corpus(HERE / "sources"))
    for part, path in PARTS.items():
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        rows = check(cases, index)
        total = figures(rows)
        print(f"== {part}: {len(cases)} claims over {len({c['source'] for c in cases})} tables")
        print(f"{'operation':14} {'claims':>6} {'decided':>7} {'accuracy':>9} {'abstained':>10} {'false sup.':>10}")
        for operation in sorted({c["operation"] for c in cases}):
            print(_line(operation, figures([(c, f) for c, f in rows if c["operation"] == operation])))
        print(_line("all", total))
        confusion = Counter((c["expect"], f.verdict) for c, f in rows)
        print("labelled -> got: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(confusion.items())))
        if args.misses and part == "tune":  # the held-out part's misses stay unseen
            for c, f in rows:
                if f.verdict != c["expect"]:
                    print(f"  {c['id']} [{c['operation']}] expected {c['expect']}, got {f.verdict}: {c['text']}")
                    print(f"      {f.explanation}")
        if args.json:
            print(json.dumps({"part": part, **total}))
        print()


if __name__ == "__main__":
    main()
