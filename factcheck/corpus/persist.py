"""Readings kept between runs: what the readers found in each passage, in SQLite next to the
sources (`.factcheck/readings.sqlite`), so that a run reads only passages it has not seen.

Keyed by the passage's text and the readers' code (their modules and word lists), so a changed
source or a changed reader is simply a miss; stored as plain JSON of known types (never pickle:
a sources folder may come from elsewhere). The store is an optimisation: a folder that cannot
be written moves it to the user's cache directory, and failing that it is skipped; a corrupt
file is replaced; two runs may share it (SQLite's write-ahead log, a busy timeout).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ..read.dates import DateMention
from ..read.lexicon import PlaceMention
from ..read.people import Person
from ..read.quantities import Quantity
from ..read.quotes import Quotation
from ..read.reading import Reading
from ..read.subjects import Subject
from ..version import tool_version
from .kept import open_kept

PARALLEL_READ = 2000  # passages to read from which the work is shared among processes


@cache
def code_version() -> str:
    """What the readings depend on: the tool's version and the readers' code and word lists."""
    digest = hashlib.sha256(tool_version().encode())
    read_dir = Path(__file__).resolve().parents[1] / "read"
    for path in sorted(p for p in read_dir.rglob("*") if p.suffix in (".py", ".toml")):
        digest.update(path.relative_to(read_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _key(text: str) -> str:
    return hashlib.sha256(f"{code_version()}\0{text}".encode()).hexdigest()


def encode(reading: Reading) -> str:
    """A reading as JSON (its text is the key's, not repeated)."""

    def person(p: Person | None) -> list | None:
        return None if p is None else [p.name, p.title, p.start, p.end]

    return json.dumps(
        [
            [[q.value, q.unit, q.dimension, q.hedge, q.precision, q.text, q.start, q.end] for q in reading.quantities],
            [[p.name, p.region, p.start, p.end, p.surface, p.is_region] for p in reading.places],
            [[d.year, d.month, d.day, d.weekday, d.start, d.end, d.text] for d in reading.dates],
            [person(p) for p in reading.people],
            [[q.text, q.start, q.end, person(q.speaker)] for q in reading.quotations],
            [[s.kind, s.name, s.start, s.end] for s in reading.subjects],
            sorted(reading.concepts),
            [list(c) for c in reading.clauses],
            [list(s) for s in reading.sentences],
        ],
        separators=(",", ":"),
    )


def decode(text: str, stored: str) -> Reading:
    """The reading of a text from its JSON (ValueError, TypeError or KeyError when malformed)."""
    quantities, places, dates, people, quotations, subjects, concepts, clauses, sentences = json.loads(stored)
    # Concepts, units and names repeat across passages: interned, each is held once, not once per
    # passage (a third of a kept reading's memory).
    intern = sys.intern

    def person(p: Any) -> Person | None:
        return None if p is None else Person(str(p[0]), str(p[1]), int(p[2]), int(p[3]))

    return Reading(
        text=text,
        quantities=tuple(
            Quantity(float(v), u and intern(u), intern(dim), h, float(pr), intern(str(t)), int(a), int(b))
            for v, u, dim, h, pr, t, a, b in quantities
        ),
        places=tuple(
            PlaceMention(intern(n), intern(r), int(a), int(b), str(s), bool(i)) for n, r, a, b, s, i in places
        ),
        dates=tuple(DateMention(y, m, d, w, int(a), int(b), str(t)) for y, m, d, w, a, b, t in dates),
        people=tuple(p for p in map(person, people) if p is not None),
        quotations=tuple(Quotation(str(t), int(a), int(b), person(s)) for t, a, b, s in quotations),
        subjects=tuple(Subject(intern(k), intern(n), int(a), int(b)) for k, n, a, b in subjects),
        concepts=_concepts(frozenset(intern(c) for c in concepts)),
        clauses=tuple(_pair(a, b) for a, b in clauses),
        sentences=tuple(_pair(a, b) for a, b in sentences),
    )


_SETS: dict[frozenset[str], frozenset[str]] = {}


def _concepts(found: frozenset[str]) -> frozenset[str]:
    """A passage's concepts, one set for all passages that have the same (templated releases say
    "Road deaths rose to 1,131 in 2022" one year and "... to 1,062 in 2021" the next)."""
    if len(_SETS) >= _MOST_PAIRS:
        _SETS.clear()
    return _SETS.setdefault(found, found)


_PAIRS: dict[tuple[int, int], tuple[int, int]] = {}
_MOST_PAIRS = 1 << 20


def _pair(a: Any, b: Any) -> tuple[int, int]:
    """A clause's or sentence's bounds, one tuple for all passages that share them (passages are
    a few hundred characters long: (0, 96) and its like recur among thousands)."""
    pair = (int(a), int(b))
    if len(_PAIRS) >= _MOST_PAIRS:
        _PAIRS.clear()
    return _PAIRS.setdefault(pair, pair)


class Store:
    """The readings of one sources folder, on disk (or nowhere, when no place can be written)."""

    def __init__(self, sources: Path) -> None:
        self.path: Path | None = None
        self._db: sqlite3.Connection | None = None
        opened = open_kept(sources)
        if opened is not None:
            self.path, self._db = opened

    def get(self, texts: Iterable[str]) -> dict[str, Reading]:
        """The stored readings of these texts (those the store has and can decode)."""
        if self._db is None:
            return {}
        by_key = {_key(t): t for t in texts}
        found: dict[str, Reading] = {}
        keys = list(by_key)
        try:
            for at in range(0, len(keys), 500):
                chunk = keys[at : at + 500]
                marks = ",".join("?" * len(chunk))
                for key, stored in self._db.execute(f"SELECT key, reading FROM readings WHERE key IN ({marks})", chunk):
                    with contextlib.suppress(ValueError, TypeError, KeyError, IndexError):
                        found[by_key[key]] = decode(by_key[key], stored)
        except sqlite3.Error:
            return found
        return found

    def put(self, readings: Iterable[Reading]) -> None:
        """Keep readings for the next run (silently not, when the store cannot take them)."""
        if self._db is None:
            return
        rows = [(_key(r.text), encode(r)) for r in readings]
        if not rows:
            return
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR IGNORE INTO readings VALUES (?, ?)", rows)
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def prune(self, texts: Iterable[str]) -> None:
        """Forget readings of passages no longer in the folder (a source changed or removed), once
        they outnumber the live ones: the store follows the folder without a scan on every run."""
        if self._db is None:
            return
        live = {_key(t) for t in texts}
        with contextlib.suppress(sqlite3.Error):
            (count,) = self._db.execute("SELECT count(*) FROM readings").fetchone()
            if count <= 2 * len(live) + 1000:
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM live")
                self._db.executemany("INSERT OR IGNORE INTO live VALUES (?)", ((k,) for k in live))
                self._db.execute("DELETE FROM readings WHERE key NOT IN (SELECT key FROM live)")
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None


def rebuild(sources: Path, texts: list[str]) -> Path | None:
    """Read these passages of a sources folder afresh and keep their readings in place of any kept
    before; where they are kept (None: nowhere could take them)."""
    from ..read.reading import read

    store = Store(sources)
    if store._db is not None:
        with contextlib.suppress(sqlite3.Error):
            store._db.execute("DELETE FROM readings")
    store.put(read(t) for t in dict.fromkeys(texts))
    store.close()
    return store.path


def _encoded(texts: list[str]) -> list[str]:
    from ..read.reading import read

    return [encode(read(t)) for t in texts]


def read_many(texts: list[str]) -> list[Reading]:
    """Read texts; many of them in as many processes as there are CPUs (each returns its readings
    as JSON, which crosses processes cheaply), a few here."""
    import multiprocessing

    from ..read.reading import read

    workers = min(os.cpu_count() or 1, len(texts) // (PARALLEL_READ // 2) or 1)
    if (
        len(texts) < PARALLEL_READ
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon  # a pool's worker may not start another pool
    ):
        return [read(t) for t in texts]
    size = -(-len(texts) // (workers * 4))
    chunks = [texts[at : at + size] for at in range(0, len(texts), size)]
    found: list[Reading] = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        # Decoded as each piece arrives, in order: the JSON of every passage is never held at once.
        for chunk, done in zip(chunks, pool.imap(_encoded, chunks), strict=True):
            found += [decode(t, e) for t, e in zip(chunk, done, strict=True)]
    return found
