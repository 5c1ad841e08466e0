"""Pathological texts at two sizes: how reading and extraction scale. Ten times the text must cost
under twenty times the time (a quadratic scan costs a hundred times). Exit 1 if any case does not.
Run: python benchmarks/linear.py [NAME ...]"""

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
    "many short sentences": lambda n: "In 2020, 5 people. " * (n // 19),
    "an article on one line": lambda n: (ARTICLE * (n // len(ARTICLE) + 1))[:n],
    "one claim repeated": lambda n: "Officials seized 61 kilograms. " * (n // 31),
    "figures in quotations": lambda n: '"We found 5 boats," said Ana Ruiz, the director, on Monday. ' * (n // 61),
}
ARTICLE = (
    "The agency said on Tuesday that 4,200 people were displaced, up from 3,100 in 2023. "
    '"We moved as fast as we could," said Dr. Ana Ruiz, the agency\'s director. '
    "Officials in Northshire and Westshire reported 61 arrests and seized $6.5 million. "
)
SIZES = (10_000, 100_000)
LIMIT = 20.0  # ten times the input may cost at most this many times the time


def _forget() -> None:
    """Empty every memoised function's cache."""
    import functools
    import gc

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            obj.cache_clear()


def main() -> None:
    """Time each case at 10,000 and 100,000 characters and print the ratio."""
    from factcheck.extraction import extract_claims
    from factcheck.read.reading import read

    failed = False
    for name in sys.argv[1:] or list(CASES):
        times = []
        for n in SIZES:
            text = CASES[name](n)
            runs = []
            # The small size is timed three times and the best kept: a few milliseconds are noisy.
            for _ in range(3 if n == SIZES[0] else 1):
                _forget()  # each run does all the work, none of it found in the readers' caches
                start = time.perf_counter()
                read(text)
                extract_claims(text)
                runs.append(time.perf_counter() - start)
            times.append(min(runs))
        ratio = times[1] / max(times[0], 1e-9)
        verdict = "linear" if ratio < LIMIT else "TOO SLOW"
        failed = failed or ratio >= LIMIT
        print(f"{name:24} {times[0]:7.3f} s {times[1]:7.3f} s  x{ratio:5.1f}  {verdict}", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
