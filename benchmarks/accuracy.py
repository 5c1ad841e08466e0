"""Accuracy of the verdicts on labelled claims that are not the seed's.

    python benchmarks/accuracy.py [--suite NAME ...] [--part tune|held|all] [--misses]

Suites: `single` (benchmarks/accuracy/: three fictional events, each with its own sources) and
the multi-event caches under benchmarks/multi/ (several events of one kind in one folder of
sources). A multi-event suite has a tuning part (cases.toml) and a held-out part (heldout.toml)
that fixes are never tuned on; they are reported apart.

For each suite and part: overall accuracy, precision and recall of "supported" and "disputed" per
kind of claim, wrong "supported" verdicts on false and on unverifiable claims, how often findings
are right at each level of confidence, and (multi-event suites) findings flagged sources-conflict
whose evidence comes from sources about different events. --misses lists every wrong verdict.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MULTI = HERE / "multi"


def _ratio(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def suites() -> dict[str, tuple[Path, dict[str, Path]]]:
    """Every suite: its sources folder and its parts (name -> cases file)."""
    found = {"single": (HERE / "accuracy" / "sources", {"all": HERE / "accuracy" / "cases.toml"})}
    for folder in sorted(p for p in MULTI.iterdir() if p.is_dir()):
        found[folder.name] = (folder / "sources", {"tune": folder / "cases.toml", "held": folder / "heldout.toml"})
    return found


def check_cases(cases: list[dict], corpus) -> list[tuple[dict, object]]:
    """Each case with its finding. A case with an article is checked as a claim of that article."""
    from factcheck import ArticleInfo, Claim, ClaimsFile, check_claims_file, verify_claim

    rows = []
    for case in cases:
        if "article" in case:
            article = case["article"]
            start = article.index(case["text"])
            claim = Claim(case["id"], case["text"], span=(start, start + len(case["text"])))
            claims_file = ClaimsFile(Path(f"{case['id']}.claims.toml"), ArticleInfo(), (claim,), article)
            (finding,) = check_claims_file(claims_file, corpus).findings
        else:
            finding = verify_claim(Claim(case["id"], case["text"]), corpus)
        rows.append((case, finding))
    return rows


def subjects(corpus) -> dict[str, str]:
    """What each source is about, as its metadata's `subject` states it ('' when it does not)."""
    from factcheck.corpus.store import read_record

    return {s.info.id: str(read_record(s.info.path)[0].get("subject", "")) for s in corpus.sources}


def report(title: str, rows: list, about: dict[str, str], misses: bool) -> None:
    """Print the figures for one suite and part."""
    right = sum(f.verdict == c["expect"] for c, f in rows)
    print(f"== {title}: {len(rows)} claims, {len({c['event'] for c, _ in rows})} events or caches")
    print(f"right: {right}/{len(rows)} = {right / len(rows):.1%}")
    wrong_on_false = sum(c["expect"] == "disputed" and f.verdict == "supported" for c, f in rows)
    wrong_on_open = sum(c["expect"] == "unverifiable" and f.verdict == "supported" for c, f in rows)
    false = sum(c["expect"] == "disputed" for c, _ in rows)
    print(f"wrong 'supported' on false claims: {wrong_on_false} of {false}; on unverifiable claims: {wrong_on_open}")
    if any(about.values()):
        crossed = [
            (c, f)
            for c, f in rows
            if "sources-conflict" in f.flags and len({about.get(e.source_id, "") for e in f.evidence}) > 1
        ]
        print(f"sources-conflict between different events: {len(crossed)} findings")
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
        right_in_band = sum(f.verdict == c["expect"] for c, f in band)
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}   {len(band):8d}   {_ratio(right_in_band, len(band))}")
    print()
    confusion = Counter((c["expect"], f.verdict) for c, f in rows)
    print("labelled -> got: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(confusion.items())))
    if misses:
        print()
        for c, f in rows:
            if f.verdict != c["expect"]:
                print(f"{c['id']} [{c['kind']}] expected {c['expect']}, got {f.verdict} ({f.confidence}): {c['text']}")
                print(f"    {f.explanation}")
    print()


def main() -> None:
    """Run the chosen suites and parts, and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", help="a suite to run (default: all)")
    parser.add_argument(
        "--part", choices=("tune", "held", "all"), default="all", help="which part of the multi-event suites"
    )
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()

    from factcheck import load_corpus

    pooled: dict[str, list] = {"tune": [], "held": []}
    for name, (sources, parts) in suites().items():
        if args.suite and name not in args.suite:
            continue
        corpus = load_corpus(sources)
        about = subjects(corpus)
        for part, path in parts.items():
            if part != "all" and args.part not in ("all", part):
                continue
            rows = check_cases(tomllib.loads(path.read_text(encoding="utf-8"))["case"], corpus)
            report(f"{name}, {part}", rows, about, args.misses)
            if part in pooled:
                pooled[part] += [(row, about) for row in rows]
    for part, rows_about in pooled.items():
        if rows_about:
            merged_about = {k: v for _, about in rows_about for k, v in about.items()}
            report(f"all multi-event caches, {part}", [row for row, _ in rows_about], merged_about, misses=False)


if __name__ == "__main__":
    main()
