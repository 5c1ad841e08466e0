"""Pathological texts at two sizes: how reading and extraction scale (a ratio near 2 for twice the
text is linear; near 4 is quadratic). Run: python benchmarks/linear.py [NAME ...]"""

from __future__ import annotations

import sys
import time

CASES = {
    "digits and spaces": lambda n: "1 " * n,
    "capitalised words": lambda n: "According to " + "Word " * n,
    "initials": lambda n: "A. " * (n // 3),
    "number words": lambda n: "one " * (n // 4),
    "unclosed bracket": lambda n: "\u201cHello [" + "x " * n + "\u201d said Bob.",
    "quotation marks": lambda n: '"' * n,
    "one long word": lambda n: "a" * n,
    "commas": lambda n: ", " * n,
    "long sentence": lambda n: "The agency said that " + "the cat and the dog, " * (n // 20) + "ran.",
    "many quotations": lambda n: '"a" said Bob. ' * (n // 8),
    "many short sentences": lambda n: "In 2020, 5 people. " * (n // 19),  # still about x2.8
}


def main() -> None:
    """Time each case at 10,000 and 20,000 characters and print the ratio."""
    from factcheck.extraction import extract_claims
    from factcheck.read.reading import read

    for name in sys.argv[1:] or list(CASES):
        times = []
        for n in (10_000, 20_000):
            text = CASES[name](n)
            start = time.perf_counter()
            read(text)
            extract_claims(text)
            times.append(time.perf_counter() - start)
        print(f"{name:22} {times[0]:7.3f} s {times[1]:7.3f} s  x{times[1] / max(times[0], 1e-9):.1f}", flush=True)


if __name__ == "__main__":
    main()
