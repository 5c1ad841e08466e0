"""Where what is kept between runs for a sources folder lives, and how it is opened: one SQLite
file, `.factcheck/readings.sqlite` in the folder (the user's cache directory when the folder
cannot be written; nowhere when neither can). Light on purpose: a check that finds its report
kept opens it without importing the readers."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

FOLDER = ".factcheck"
NAME = "readings.sqlite"
_BUSY_SECONDS = 5.0
# Every table of the file, made when it is opened: the readings of passages (corpus/persist.py)
# and whole reports (output/kept.py).
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS readings (key TEXT PRIMARY KEY, reading TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, reports TEXT NOT NULL, made INTEGER NOT NULL)",
)


def user_cache(sources: Path) -> Path:
    """The folder in the user's cache directory that stands in for a sources folder's own."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "factcheck" / hashlib.sha256(str(sources.resolve()).encode()).hexdigest()[:16]


def open_kept(sources: Path, make: bool = True) -> tuple[Path, sqlite3.Connection] | None:
    """The kept file of a sources folder, opened (made if need be and `make`); None when no place
    can hold it (or, not making it, when there is none yet)."""
    for folder in (sources / FOLDER, user_cache(sources)):
        if not make and not (folder / NAME).is_file():
            continue
        db = _open(folder / NAME)
        if db is not None:
            return folder / NAME, db
    return None


def _open(path: Path) -> sqlite3.Connection | None:
    """Open (or make) the file at a path; None when that place cannot hold it."""
    for _ in range(2):
        db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("SELECT count(*) FROM readings WHERE key = ''").fetchone()
            return db
        except sqlite3.DatabaseError as exc:
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
            # A place that cannot be written is no place for it; anything else is damage.
            if "readonly" in str(exc) or "unable to open" in str(exc) or not path.exists():
                return None
            # Not a database, or a damaged one: it is only a cache, so it is made anew.
            for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                with contextlib.suppress(OSError):
                    stale.unlink()
        except OSError:
            return None
    return None
