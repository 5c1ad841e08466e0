"""Reports kept from an earlier run. A check whose every input is byte for byte what it was (the
claims files and articles it reads, the articles they name, every file of the sources folder,
factcheck's own code and word lists, the libraries that read and match, the working folder and
the path asked for) gives the reports that run gave, without reading or checking anything: so a
repeated check costs about as much as starting the program. Any change is a new key, as in
ruff's or mypy's caches; a sources folder with an update in progress is never keyed.

Stored as JSON of the report types (never pickle: a sources folder may come from elsewhere), in
the sources folder's kept file (corpus/kept.py), the latest KEPT_REPORTS keys."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import platform
import sqlite3
import stat
import sys
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from ..corpus.journal import JOURNAL, STAGED
from ..corpus.kept import FOLDER, open_kept
from ..errors import FactcheckError
from ..files import parse_toml, read_text
from ..model import Report

KEPT_REPORTS = 64
# The libraries whose releases may change a finding: readers, matching, dates, units, HTML.
_LIBRARIES = ("rapidfuzz", "pysbd", "dateparser", "pint", "text2num", "selectolax", "regex")
_CHUNK = 1 << 20


@cache
def _code() -> bytes:
    """What any finding depends on besides its inputs: factcheck's files and the libraries'
    versions, and Python's."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"{platform.python_implementation()} {sys.version}".encode())
    for name in _LIBRARIES:
        with contextlib.suppress(PackageNotFoundError):
            digest.update(f"\0{name} {version(name)}".encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(b"\0" + path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.digest()


def _file(digest: Any, path: Path, name: str) -> bool:
    """Add a file's name and bytes to a digest; False when it is no regular file (any more)."""
    digest.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block
    except OSError:
        return False
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return True


def _inputs(path: Path | None) -> list[Path] | None:
    """Every file a check of `path` may read besides the sources (None: not keyed)."""
    target = Path("claims") if path is None else path
    if target.is_file():
        files = [target]
    elif target.is_dir():
        files = sorted(p for p in target.rglob("*") if p.is_file())
    else:
        return None  # the check itself says what is wrong
    for claims_file in [f for f in files if f.suffix == ".toml"]:
        try:
            article = parse_toml(read_text(claims_file), claims_file).get("article", {})
        except FactcheckError:
            return None  # the check itself says what is wrong with it
        named = article.get("path") if isinstance(article, dict) else None
        if isinstance(named, str):
            files.append(claims_file.parent / named)  # as load_claims_file resolves it
    return files if all(f.is_file() for f in files) else None


def key(path: Path | None, sources: Path) -> str | None:
    """The key of a check's inputs, or None when they cannot be keyed (a file missing, a sources
    folder with an update in progress or no regular files only)."""
    if not sources.is_dir():
        return None
    files = _inputs(path)
    if files is None:
        return None
    digest = hashlib.sha256(_code())
    digest.update(f"\0{os.getcwd()}\0{path}\0{sources.resolve()}".encode("utf-8", "surrogateescape"))
    if not all(_file(digest, f, str(f)) for f in files):
        return None
    for entry in sorted(sources.rglob("*")):
        relative = entry.relative_to(sources)
        if relative.parts[0] == FOLDER:
            continue
        if entry.name == JOURNAL or entry.name.endswith(STAGED) or entry.name.startswith(f"{JOURNAL}."):
            return None  # an update in progress, which the check itself completes first
        if entry.is_symlink() or not (entry.is_file() or entry.is_dir()):
            return None
        if entry.is_file() and not _file(digest, entry, relative.as_posix()):
            return None
    return digest.hexdigest()


def get(sources: Path, found_key: str) -> list[Report] | None:
    """The reports kept under a key, or None (nothing is made on disk: a check that then fails
    on bad input leaves no trace)."""
    opened = open_kept(sources, make=False)
    if opened is None:
        return None
    db = opened[1]
    try:
        row = db.execute("SELECT reports FROM reports WHERE key = ?", (found_key,)).fetchone()
        if row is None:
            return None
        return [_decode(Report, r) for r in json.loads(row[0])]
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None  # damaged or from another layout: checked afresh
    finally:
        db.close()


def put(sources: Path, found_key: str, reports: list[Report]) -> None:
    """Keep reports under a key (silently not, when nothing can take them); the oldest go."""
    opened = open_kept(sources)
    if opened is None:
        return
    db = opened[1]
    stored = json.dumps([_encode(r) for r in reports], separators=(",", ":"), ensure_ascii=False)
    with contextlib.suppress(sqlite3.Error):
        db.execute("BEGIN IMMEDIATE")
        try:
            (made,) = db.execute("SELECT coalesce(max(made), 0) + 1 FROM reports").fetchone()
            db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?)", (found_key, stored, made))
            db.execute("DELETE FROM reports WHERE made <= ?", (made - KEPT_REPORTS,))
            db.execute("COMMIT")
        except sqlite3.Error:
            db.execute("ROLLBACK")
    db.close()


def _encode(value: Any) -> Any:
    """A report's value as JSON: dataclasses as objects by field name, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode(kind: Any, value: Any) -> Any:
    """A value of a type back from JSON (TypeError, ValueError or KeyError when it does not fit)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if value is None:
            if len(options) == len(typing.get_args(kind)):
                raise TypeError("no value")
            return None
        (single,) = options
        return _decode(single, value)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(k, v) for k, v in zip(args, value, strict=True))
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise ValueError(value)
        return value
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        return kind(**{f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(kind)})
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is Path:
        return Path(value)
    if kind is float:
        if not isinstance(value, (int, float)):
            raise TypeError(value)
        return float(value)
    if kind in (str, int) and isinstance(value, kind) and not isinstance(value, bool):
        return value
    raise TypeError(f"{value!r} is no {kind}")


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
