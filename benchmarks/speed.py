"""Speed of the main job: loading the sources and checking the bundled claims.

    python benchmarks/speed.py [--repeat N]

Prints wall-clock figures (best of N runs) for a whole run in a new process (checked afresh, and
taking the report an identical earlier run kept), a process's first check and warm re-checks,
per claim. Timing lives here, never in the tests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from factcheck import check_claims_file, load_claims_file, load_corpus

    def whole_run(*extra: str) -> float:
        start = time.perf_counter()
        command = [sys.executable, "-m", "factcheck", "check", "--format", "json", *extra]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - start

    cold = [whole_run("--no-cache") for _ in range(args.repeat)]  # checked afresh each time
    whole_run()  # keeps the report: the runs below take it
    kept = [whole_run() for _ in range(args.repeat)]

    start = time.perf_counter()
    corpus = load_corpus(ROOT / "sources")
    load = time.perf_counter() - start
    claims = load_claims_file(ROOT / "claims/operation-disruptor/claims.toml")
    first_start = time.perf_counter()
    check_claims_file(claims, corpus)
    first = time.perf_counter() - first_start
    warm = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        check_claims_file(claims, corpus)
        warm.append(time.perf_counter() - start)

    n = len(claims.claims)
    print(f"claims: {n}, sources: {len(corpus.sources)}, passages: {sum(len(s.passages) for s in corpus.sources)}")
    print(f"whole CLI run (new process, json, --no-cache): best {min(cold) * 1000:.0f} ms of {args.repeat}")
    print(f"whole CLI run taking the kept report: best {min(kept) * 1000:.0f} ms of {args.repeat}")
    print(f"load sources: {load * 1000:.1f} ms")
    print(f"first check (readers run over the sources): {first * 1000:.1f} ms, {first / n * 1000:.2f} ms per claim")
    print(f"warm re-check: best {min(warm) * 1000:.1f} ms, {min(warm) / n * 1000:.2f} ms per claim")


if __name__ == "__main__":
    main()
