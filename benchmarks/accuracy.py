"""Accuracy of the verdicts on labelled claims that are not the seed's.

    python benchmarks/accuracy.py [--cases FILE] [--sources DIR] [--misses]

Prints overall accuracy, precision and recall of "supported" and "disputed" per kind of claim,
the number of wrong "supported" verdicts on false (disputed) and on unverifiable claims, and
how often findings are right at each level of confidence. --misses lists every wrong verdict.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _ratio(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "accuracy" / "cases.toml")
    parser.add_argument("--sources", type=Path, default=HERE / "accuracy" / "sources")
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()

    from factcheck import Claim, load_corpus, verify_claim

    corpus = load_corpus(args.sources)
    cases = tomllib.loads(args.cases.read_text(encoding="utf-8"))["case"]
    rows = []
    for case in cases:
        finding = verify_claim(Claim(case["id"], case["text"]), corpus)
        rows.append((case, finding))

    right = sum(f.verdict == c["expect"] for c, f in rows)
    events = sorted({c["event"] for c, _ in rows})
    print(
        f"{len(rows)} claims over {len(events)} events ({', '.join(events)}), "
        f"{len(corpus.sources)} sources ({sum(s.table is not None for s in corpus.sources)} tables)"
    )
    print(f"right: {right}/{len(rows)} = {right / len(rows):.1%}")
    wrong_on_false = sum(c["expect"] == "disputed" and f.verdict == "supported" for c, f in rows)
    wrong_on_open = sum(c["expect"] == "unverifiable" and f.verdict == "supported" for c, f in rows)
    print(f"wrong 'supported' on false claims: {wrong_on_false}; on unverifiable claims: {wrong_on_open}")
    print()
    print(f"{'kind':12} {'claims':>6} {'right':>7}   {'supported P':>11} {'R':>6}   {'disputed P':>10} {'R':>6}")
    for kind in [*sorted({c["kind"] for c, _ in rows}), "all"]:
        subset = [(c, f) for c, f in rows if kind in ("all", c["kind"])]
        line = f"{kind:12} {len(subset):6d} {_ratio(sum(f.verdict == c['expect'] for c, f in subset), len(subset))}"
        for verdict in ("supported", "disputed"):
            got = sum(f.verdict == verdict for _, f in subset)
            labelled = sum(c["expect"] == verdict for c, _ in subset)
            hit = sum(f.verdict == verdict == c["expect"] for c, f in subset)
            line += f"   {_ratio(hit, got):>10} {_ratio(hit, labelled)}"
        print(line)
    print()
    print("confidence   findings   right")
    for lo, hi in ((0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)):
        band = [(c, f) for c, f in rows if lo <= f.confidence < hi]
        print(
            f"{lo:.1f}-{min(hi, 1.0):.1f}   {len(band):8d}   {_ratio(sum(f.verdict == c['expect'] for c, f in band), len(band))}"
        )
    print()
    confusion = Counter((c["expect"], f.verdict) for c, f in rows)
    print("labelled -> got: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(confusion.items())))
    if args.misses:
        print()
        for c, f in rows:
            if f.verdict != c["expect"]:
                print(f"{c['id']} [{c['kind']}] expected {c['expect']}, got {f.verdict} ({f.confidence}): {c['text']}")
                print(f"    {f.explanation}")


if __name__ == "__main__":
    main()
