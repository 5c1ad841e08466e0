"""Changed figures: how often a true table claim, once one of its numbers is changed, is still
called "supported".

    python benchmarks/perturb.py [--list]

Takes each claim of the tables benchmark's tuning part (benchmarks/tables/cases.toml; never the
held-out part) that is labelled and found "supported", and makes one variant a number: its last
digit moved up by three (a day "February 12" becomes "February 15", a year 1989 becomes 1982,
50,732 becomes 50,735). Each variant is checked against the claim's own table. A variant that is
still "supported" is either a bound or a rounding that still holds ("more than 20,003", "about
140,003") or a part of the claim that went unchecked; --list prints them for a person to tell
which. Found this way: a day taken for a score's number, a year a table without a column of
years does not give, a date's year left out.
"""

from __future__ import annotations

import argparse
import re

from tables import HERE, check

_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def variants(text: str) -> list[str]:
    """The claim with each of its numbers changed in its last digit (up by three, modulo ten)."""
    found = []
    for m in _NUMBER_RE.finditer(text):
        number = m.group()
        last = max(i for i, ch in enumerate(number) if ch.isdigit())
        changed = number[:last] + str((int(number[last]) + 3) % 10) + number[last + 1 :]
        found.append(text[: m.start()] + changed + text[m.end() :])
    return found


def main() -> None:
    """Check every variant and print how many are still supported."""
    import tomllib

    from factcheck import Claim, load_corpus, verify_claim
    from factcheck.corpus.index import Index

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each variant still supported")
    args = parser.parse_args()
    cases = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
    index = Index(load_corpus(HERE / "sources"))
    supported = [c for c, f in check(cases, index) if c["expect"] == f.verdict == "supported"]
    total = still = 0
    for case in supported:
        for text in variants(case["text"]):
            finding = verify_claim(Claim(case["id"], text, sources=(case["source"],)), index)
            total += 1
            if finding.verdict == "supported":
                still += 1
                if args.list:
                    print(f"{case['id']}: {text}\n    {finding.explanation[:240]}")
    print(f"{len(supported)} supported claims, {total} variants with a number changed, {still} still supported")


if __name__ == "__main__":
    main()
