"""A 200,000-row table: how long a claim takes against it, and which engine should answer.

    python benchmarks/bigtable.py [--rows-per-state N] [--claims N] [--json]

Writes a seeded synthetic table shaped like a CDC WONDER extract (jurisdiction x year x drug x
sex x age group, 51 x 24 x 12 x 2 x 7 = 205,632 rows; the figures are random, not CDC's) with
its sidecar into a temporary folder, then:

1. factcheck: loading the folder, the first claim (which builds the table's frame: each row's
   cells once and the rows of each value), and then claims of four kinds (a cell, two rows
   compared, the highest among the states, a count of states over a bound), each checked
   against answers the benchmark works out for itself: time per claim (median, worst), right
   answers, peak memory.
2. engines: the same four questions as queries, run by pure Python over column arrays with an
   index of each value's rows (what factcheck does), by DuckDB and by polars when installed
   (`pip install duckdb polars`): time to load the table and median time per query.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Names only (the 50 states and DC); every figure in the table is random.
_ONE_WORD = "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii"
_ONE_WORD += " Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan"
_ONE_WORD += " Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania"
_ONE_WORD += " Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
_TWO_WORDS = "New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Rhode Island"
_TWO_WORDS += ",South Carolina,South Dakota,West Virginia,District of Columbia"
STATES = [*_ONE_WORD.split(" "), *_TWO_WORDS.split(",")]
DRUGS = (
    "fentanyl",
    "heroin",
    "cocaine",
    "methamphetamine",
    "methadone",
    "prescription opioids",
    "benzodiazepines",
    "antidepressants",
    "psychostimulants",
    "cannabis",
    "barbiturates",
    "other drugs",
)
SEXES = ("female", "male")
AGES = ("15-24 years", "25-34 years", "35-44 years", "45-54 years", "55-64 years", "65-74 years", "75-84 years")
YEARS = tuple(range(1999, 2023))


def write_table(folder: Path, seed: int = 7) -> list[tuple[str, int, str, str, str, int]]:
    """The synthetic table and its sidecar; its rows as tuples."""
    rng = random.Random(seed)
    rows = [
        (state, year, drug, sex, age, rng.randint(0, 2000))
        for state, year, drug, sex, age in itertools.product(STATES, YEARS, DRUGS, SEXES, AGES)
    ]
    lines = ["state,year,drug,sex,age_group,deaths"] + [",".join(map(str, r)) for r in rows]
    (folder / "overdose-extract.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "overdose-extract.toml").write_text(
        'title = "Drug overdose deaths by state, year, drug, sex and age group (synthetic)"\n'
        'publisher = "factcheck benchmark"\nkind = "table"\n',
        encoding="utf-8",
    )
    return rows


def claims(rows: list[tuple], n: int, seed: int = 11) -> list[tuple[str, str, str]]:
    """(kind, text, verdict) for n claims of four kinds, half of them false, answered from the rows."""
    rng = random.Random(seed)
    cell = {(s, y, d, x, a): v for s, y, d, x, a, v in rows}
    made = []
    for i in range(n):
        year, drug, sex, age = rng.choice(YEARS), rng.choice(DRUGS), rng.choice(SEXES), rng.choice(AGES)
        among = f"among {sex}s aged {age} in {year}"
        true = i % 2 == 0
        kind = ("lookup", "compare", "max", "count")[i // 2 % 4]
        if kind == "lookup":
            state = rng.choice(STATES)
            value = cell[(state, year, drug, sex, age)] + (0 if true else rng.randint(1, 50))
            made.append((kind, f"{state} recorded {value:,} deaths from {drug} {among}", true))
        elif kind == "compare":
            a, b = rng.sample(STATES, 2)
            va, vb = cell[(a, year, drug, sex, age)], cell[(b, year, drug, sex, age)]
            if va == vb:
                continue
            more = (va > vb) == true
            made.append((kind, f"{a} had {'more' if more else 'fewer'} deaths from {drug} than {b} {among}", true))
        elif kind == "max":
            by_state = {s: cell[(s, year, drug, sex, age)] for s in STATES}
            top = max(by_state.values())
            leaders = [s for s, v in by_state.items() if v == top]
            if len(leaders) > 1:
                continue
            state = leaders[0] if true else rng.choice([s for s in STATES if s != leaders[0]])
            made.append((kind, f"{state} had the most deaths from {drug} {among}", true))
        else:
            bound = rng.choice((1000, 1500, 1800))
            count = sum(cell[(s, year, drug, sex, age)] > bound for s in STATES)
            said = count if true else count + rng.choice((-2, -1, 1, 2)) if count > 2 else count + 1
            made.append((kind, f"{said} states had more than {bound:,} deaths from {drug} {among}", true))
    return [(k, t, "supported" if ok else "disputed") for k, t, ok in made]


def run_factcheck(folder: Path, cases: list[tuple[str, str, str]]) -> dict:
    """Load the folder, check each claim against the table; times, right answers, memory."""
    start = time.perf_counter()
    from factcheck import Claim, load_corpus, verify_claim
    from factcheck.corpus.index import Index

    corpus = load_corpus(folder)
    loaded = time.perf_counter()
    index = Index(corpus)
    first = None
    times, right, wrong = [], 0, []
    for n, (kind, text, verdict) in enumerate(cases):
        t = time.perf_counter()
        finding = verify_claim(Claim(f"c{n}", text, sources=("overdose-extract",)), index)
        took = time.perf_counter() - t
        if first is None:
            first = took
        else:
            times.append(took)
        if finding.verdict == verdict:
            right += 1
        else:
            wrong.append((kind, text, verdict, finding.verdict, finding.explanation[:200]))
    return {
        "rows": sum(len(s.passages) for s in corpus.sources),
        "load_s": round(loaded - start, 2),
        "first_claim_s": round(first or 0.0, 3),
        "claim_median_s": round(statistics.median(times), 3) if times else None,
        "claim_worst_s": round(max(times), 3) if times else None,
        "right": right,
        "claims": len(cases),
        "wrong": wrong[:10],
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


QUERIES = ("cell", "two rows", "highest of a group", "count over a bound")


def _python_engine(path: Path, asks: list[tuple]) -> dict:
    """Pure Python: column arrays and the rows of each value, as factcheck's frame holds them."""
    import csv

    t = time.perf_counter()
    with path.open(encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        data = list(reader)
    by_value: dict[str, dict[str, list[int]]] = {c: {} for c in header}
    for i, row in enumerate(data):
        for c, v in zip(header, row, strict=True):
            by_value[c].setdefault(v, []).append(i)
    loaded = time.perf_counter() - t
    deaths = header.index("deaths")

    def rows(**named: str) -> set[int]:
        return set.intersection(*(set(by_value[c].get(v, ())) for c, v in named.items()))

    took = {q: [] for q in QUERIES}
    for year, drug, sex, age, a, b in asks:
        group = {"year": str(year), "drug": drug, "sex": sex, "age_group": age}
        t = time.perf_counter()
        (i,) = rows(state=a, **group)
        _ = int(data[i][deaths])
        took["cell"].append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = int(data[next(iter(rows(state=a, **group)))][deaths]) > int(
            data[next(iter(rows(state=b, **group)))][deaths]
        )
        took["two rows"].append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = max(rows(**group), key=lambda r: int(data[r][deaths]))
        took["highest of a group"].append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = sum(int(data[r][deaths]) > 1000 for r in rows(**group))
        took["count over a bound"].append(time.perf_counter() - t)
    return {"load_s": round(loaded, 2), **{q: statistics.median(v) * 1000 for q, v in took.items()}}


def _duckdb_engine(path: Path, asks: list[tuple]) -> dict | None:
    try:
        import duckdb
    except ImportError:
        return None
    t = time.perf_counter()
    db = duckdb.connect()
    db.execute(f"CREATE TABLE t AS SELECT * FROM read_csv_auto('{path}', all_varchar=false)")
    loaded = time.perf_counter() - t
    took = {q: [] for q in QUERIES}
    where = "year = ? AND drug = ? AND sex = ? AND age_group = ?"
    for year, drug, sex, age, a, b in asks:
        group = [year, drug, sex, age]
        for name, sql, args in (
            ("cell", f"SELECT deaths FROM t WHERE state = ? AND {where}", [a, *group]),
            (
                "two rows",
                f"SELECT (SELECT deaths FROM t WHERE state = ? AND {where}) > (SELECT deaths FROM t WHERE state = ? AND {where})",
                [a, *group, b, *group],
            ),
            ("highest of a group", f"SELECT state FROM t WHERE {where} ORDER BY deaths DESC LIMIT 1", group),
            ("count over a bound", f"SELECT count(*) FROM t WHERE {where} AND deaths > 1000", group),
        ):
            t = time.perf_counter()
            db.execute(sql, args).fetchall()
            took[name].append(time.perf_counter() - t)
    return {"load_s": round(loaded, 2), **{q: statistics.median(v) * 1000 for q, v in took.items()}}


def _polars_engine(path: Path, asks: list[tuple]) -> dict | None:
    try:
        import polars as pl
    except ImportError:
        return None
    t = time.perf_counter()
    df = pl.read_csv(path)
    loaded = time.perf_counter() - t
    took = {q: [] for q in QUERIES}
    for year, drug, sex, age, a, b in asks:
        group = (
            (pl.col("year") == year) & (pl.col("drug") == drug) & (pl.col("sex") == sex) & (pl.col("age_group") == age)
        )
        t = time.perf_counter()
        df.filter(group & (pl.col("state") == a))["deaths"].to_list()
        took["cell"].append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = (
            df.filter(group & (pl.col("state") == a))["deaths"][0]
            > df.filter(group & (pl.col("state") == b))["deaths"][0]
        )
        took["two rows"].append(time.perf_counter() - t)
        t = time.perf_counter()
        df.filter(group).sort("deaths", descending=True).head(1)["state"].to_list()
        took["highest of a group"].append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = df.filter(group & (pl.col("deaths") > 1000)).height
        took["count over a bound"].append(time.perf_counter() - t)
    return {"load_s": round(loaded, 2), **{q: statistics.median(v) * 1000 for q, v in took.items()}}


def main() -> None:
    """Write the table, time factcheck on it, and compare the engines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=80, help="claims checked by factcheck (default 80)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = write_table(folder)
        cases = claims(rows, args.claims)
        found = run_factcheck(folder, cases)
        rng = random.Random(5)
        asks = [
            (rng.choice(YEARS), rng.choice(DRUGS), rng.choice(SEXES), rng.choice(AGES), *rng.sample(STATES, 2))
            for _ in range(50)
        ]
        path = folder / "overdose-extract.csv"
        engines = {
            "python (frame)": _python_engine(path, asks),
            "duckdb": _duckdb_engine(path, asks),
            "polars": _polars_engine(path, asks),
        }
    if args.json:
        print(json.dumps({"factcheck": found, "engines": engines}))
        return
    print(f"factcheck on {found['rows']:,} rows: load {found['load_s']} s, first claim {found['first_claim_s']} s, ")
    print(
        f"  then per claim median {found['claim_median_s']} s, worst {found['claim_worst_s']} s; "
        f"right {found['right']}/{found['claims']}; peak {found['peak_mib']} MiB"
    )
    for kind, text, verdict, got, why in found["wrong"]:
        print(f"  wrong [{kind}] expected {verdict}, got {got}: {text}\n      {why}")
    print(f"\n{'engine':16} {'load s':>7} " + " ".join(f"{q:>19}" for q in QUERIES) + "   (median ms a query)")
    for name, figures in engines.items():
        if figures is None:
            print(f"{name:16} not installed")
            continue
        print(f"{name:16} {figures['load_s']:7.2f} " + " ".join(f"{figures[q]:19.3f}" for q in QUERIES))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
