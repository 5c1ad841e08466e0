"""Scale: N claims against M sources, cold and warm, with claims per second, peak memory and
verdict accuracy, next to a brute-force baseline (every claim scored against every passage by
rapidfuzz's token_set_ratio, in C).

    python benchmarks/scale.py [--sources 500 5000] [--claims 400 2000] [--baseline] [--json]
    python benchmarks/scale.py --seed --sources 5000 50000   # the seed claims in a large archive

Corpora come from benchmarks/synth.py (seeded: the same on every run) and are written once
under the system's temporary folder. Each size runs in a new process: "cold" is loading the
sources and the first check of every claim (everything prepared on the way) with no readings
kept from an earlier run; "cold, kept" the same in a second process, which finds the readings the
first kept in sources/.factcheck; "warm" a second check of the same claims in the first process.
--json prints one JSON line per size as well.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(sources: Path, claims_path: Path, baseline: bool) -> dict:
    """Measure one size in this process."""
    import resource

    from factcheck import check_claims_file, load_claims_file, load_corpus

    claims = load_claims_file(claims_path)
    start = time.perf_counter()
    corpus = load_corpus(sources)
    loaded = time.perf_counter() - start
    report = check_claims_file(claims, corpus)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    check_claims_file(claims, corpus)
    warm = time.perf_counter() - start
    expected = {c.id: c.expect for c in claims.claims}
    right = sum(f.verdict == expected[f.id] for f in report.findings)
    wrong_supported = sum(f.verdict == "supported" and expected[f.id] != "supported" for f in report.findings)
    result = {
        "sources": len(corpus.sources),
        "passages": sum(len(s.passages) for s in corpus.sources),
        "claims": len(claims.claims),
        "load_s": round(loaded, 3),
        "cold_s": round(cold, 3),
        "warm_s": round(warm, 3),
        "warm_claims_per_s": round(len(claims.claims) / warm, 1),
        "right": right,
        "wrong_supported": wrong_supported,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if baseline:
        from rapidfuzz import fuzz, process

        texts = [p.text for s in corpus.sources for p in s.passages]
        start = time.perf_counter()
        for claim in claims.claims:
            # cdist would need numpy; extract runs the same scorer over every passage in C.
            process.extract(claim.text, texts, scorer=fuzz.token_set_ratio, limit=3)
        result["brute_force_s"] = round(time.perf_counter() - start, 3)
    return result


def main() -> None:
    """Generate each size's corpus, measure it in a new process, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--claims", type=int, nargs="+", default=[400, 2000])
    parser.add_argument("--baseline", action="store_true", help="also time rapidfuzz cdist over every passage")
    parser.add_argument("--json", action="store_true", help="also print one JSON line per size")
    parser.add_argument(
        "--seed", action="store_true", help="check the seed claims against the bundled sources plus M synthetic ones"
    )
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child, args.baseline)))
        return

    sys.path.insert(0, str(HERE))
    import synth

    header = (
        f"{'sources':>8} {'claims':>7} {'load':>7} {'cold':>8} {'cold, kept':>11} {'warm':>8} {'claims/s':>9} "
        f"{'right':>11} {'peak MB':>8}"
    )
    print(header + ("  brute force" if args.baseline else ""))
    for m in args.sources:
        for n in [0] if args.seed else args.claims:
            folder = Path(tempfile.gettempdir()) / "factcheck-scale" / (f"seed-{m}" if args.seed else f"{m}-{n}")
            sources, claims_path = synth.write(folder, m, n or 1)
            if args.seed:
                # The seed case among M other releases: the bundled sources join the archive.
                for path in (HERE.parent / "sources").iterdir():
                    if path.is_file():
                        shutil.copy2(path, sources / path.name)
                claims_path = HERE.parent / "claims" / "operation-disruptor" / "claims.toml"
            command = [sys.executable, __file__, "--child", str(sources), str(claims_path)]
            shutil.rmtree(sources / ".factcheck", ignore_errors=True)  # no readings kept: truly cold
            runs = []
            for baseline in (args.baseline, False):  # the second run finds the readings the first kept
                done = subprocess.run(command + (["--baseline"] if baseline else []), capture_output=True, text=True)
                if done.returncode:
                    print(done.stderr, file=sys.stderr)
                    sys.exit(1)
                runs.append(json.loads(done.stdout))
            r = runs[0] | {"kept_cold_s": runs[1]["cold_s"]}
            line = (
                f"{r['sources']:>8} {r['claims']:>7} {r['load_s']:>6.2f}s {r['cold_s']:>7.2f}s "
                f"{r['kept_cold_s']:>10.2f}s {r['warm_s']:>7.2f}s "
                f"{r['warm_claims_per_s']:>9.1f} {r['right']:>5}/{r['claims']:<5} {r['peak_mb']:>8}"
            )
            if args.baseline:
                line += f"  {r['brute_force_s']:.2f}s"
            print(line, flush=True)
            if args.json:
                print(json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
