"""Changed claims: how often a true table claim, once one of its numbers or one of the values it
names is changed, is still called "supported".

    python benchmarks/perturb.py [--list]

Takes each claim of the tables benchmark's tuning part (benchmarks/tables/cases.toml; never the
held-out part) that is labelled and found "supported", and makes variants of it: for each number,
its last digit moved up by three (a day "February 12" becomes "February 15", a year 1989 becomes
1982, 50,732 becomes 50,735); for each text column one of whose values the claim names, that
value swapped for another row's. Each variant is checked against the claim's own table. A variant
still "supported" is either still true (a bound or a rounding that holds, "more than 20,003"; a
swapped row that happens to fit too) or a part of the claim that went unchecked; --list prints
them for a person to tell which. Found this way: a day taken for a score's number, a year a table
without a column of years does not give, a date's year left out, a quoted song title taken for a
quotation, the table's own side named as the place of a game.
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


def swaps(text: str, source) -> list[str]:
    """The claim with the one value it names of each text column swapped for another row's."""
    from factcheck.checks.table import cell_values, columns

    found = []
    low = text.lower()
    for column in columns(source)[2]:
        values = sorted(v for v in cell_values(source, column) if len(v) > 3 and not any(ch.isdigit() for ch in v))
        named = [v for v in values if v in low]
        others = [o for o in values if named and named[0] not in o and o not in named[0]]
        if len(named) != 1 or not others:
            continue
        at = low.index(named[0])
        other = others[len(named[0]) % len(others)]  # a fixed pick, so that runs agree
        found.append(text[:at] + other.title() + text[at + len(named[0]) :])
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
    tables = {s.info.id: s for s in index.tables()}
    total = still = 0
    for case in supported:
        for text in [*variants(case["text"]), *swaps(case["text"], tables[case["source"]])]:
            finding = verify_claim(Claim(case["id"], text, sources=(case["source"],)), index)
            total += 1
            if finding.verdict == "supported":
                still += 1
                if args.list:
                    print(f"{case['id']}: {text}\n    {finding.explanation[:240]}")
    print(
        f"{len(supported)} supported claims, {total} variants (a number or a named value changed), {still} still supported"
    )


if __name__ == "__main__":
    main()
