"""Start-up: the seed check as a whole process, next to `factcheck --help` and bare Python.

    python benchmarks/startup.py [--runs 11] [--json]

Each command runs in a new process, the commands taking turns so that a slower moment of the
machine falls on all of them alike; the table gives each one's median and its ratio to
`factcheck --help`. A first, untimed run of each keeps what later runs find (as after any earlier
check): the sources' readings, and the report itself, which a check of the same inputs takes
whole; `--no-cache` checks afresh. With --imports, the slowest modules of a fresh check by
`python -X importtime`.
Timing lives here, never in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The installed command, run as a user runs it (its entry point, not "python -m").
FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "factcheck --help": [FACTCHECK, "--help"],
    "factcheck check": [FACTCHECK, "check"],
    "factcheck check --format json": [FACTCHECK, "check", "--format", "json"],
    # Checked afresh: the readers and checks run (the sources' readings are kept).
    "factcheck check --no-cache": [FACTCHECK, "check", "--no-cache"],
    "factcheck check -f json --no-cache": [FACTCHECK, "check", "--format", "json", "--no-cache"],
}


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, env={**os.environ, "COLUMNS": "100"})
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {done.stderr.decode()}")
    return elapsed


def _imports(top: int) -> list[tuple[str, int]]:
    """The modules whose own import time is largest in a seed check (microseconds)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "factcheck", "check", "--format", "json", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    found = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own, _, name = line.removeprefix("import time:").split("|")
            found.append((name.strip(), int(own)))
    return sorted(found, key=lambda pair: -pair[1])[:top]


def main() -> None:
    """Run every command in turn, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="also print one JSON line")
    parser.add_argument("--imports", type=int, default=0, metavar="N", help="list the N slowest imports")
    args = parser.parse_args()

    for command in COMMANDS.values():
        _time(command)  # untimed: the sources' readings are kept, files are in the page cache
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            times[name].append(_time(command))
    medians = {name: statistics.median(found) for name, found in times.items()}
    help_time = medians["factcheck --help"]
    print(f"{'command':<36} {'median':>9} {'x --help':>9}")
    for name, median in medians.items():
        print(f"{name:<36} {median * 1000:>7.0f}ms {median / help_time:>9.2f}")
    if args.imports:
        print(f"\nslowest imports of a seed check (own time, {args.imports}):")
        for name, own in _imports(args.imports):
            print(f"  {own / 1000:6.1f} ms  {name}")
    if args.json:
        print(json.dumps({name: round(m * 1000, 1) for name, m in medians.items()} | {"runs": args.runs}))


if __name__ == "__main__":
    main()
