"""Changes to a sources folder made as one step, by one writer at a time.

An update that touches several files (a table and its sidecar, a source and its history copy) is
written in three phases: every new file is staged beside its target under a dot-name; one journal
file naming the moves is written atomically (the commit point); then each staged file is renamed
onto its target and the journal removed. A run killed before the commit leaves staged files that
the next writer drops (the old state stands); a run killed after it leaves a journal that the next
run replays (the new state). Readers never see a half-applied update: they replay it first, or
refuse to go on.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import CacheError, FactcheckError, InputError
from ..files import parse_toml, read_text, sha256_text

JOURNAL = ".journal.toml"
LOCK = ".lock"
HISTORY = ".history"
STAGED = ".staged"
STALE_LOCK_SECONDS = 3600  # a lock older than this is left by a run that died
UNWRITTEN_LOCK_SECONDS = 5.0  # a lock still without its pid this long after it was made is left
SETTLE_SECONDS = 5.0  # how long a reader waits for another run to finish applying an update


@dataclass(frozen=True)
class Write:
    """One file of an update: its path, its whole new text, and whether it must not exist yet."""

    path: Path
    text: str
    new: bool = False


def _sync_dir(folder: Path) -> None:
    """Make renames in a folder durable (best effort: not every file system can)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _staged(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}{STAGED}")


def commit(directory: Path, ids: list[str], writes: list[Write], removes: list[Path] | None = None) -> None:
    """Write several files in a sources folder as one step, and remove others in the same step
    (`sources rm`: a source's files go once their copies are in the history); call it under `locked`."""
    import tomli_w

    moves, staged = [], []
    journal, tmp = directory / JOURNAL, directory / f"{JOURNAL}.{os.getpid()}.tmp"
    try:
        for write in writes:
            if write.new and write.path.exists():
                raise InputError(write.path, "exists already")
            write.path.parent.mkdir(parents=True, exist_ok=True)
            stage = _staged(write.path)
            staged.append(stage)
            _write_synced(stage, write.text)
            moves.append(
                {
                    "staged": stage.relative_to(directory).as_posix(),
                    "target": write.path.relative_to(directory).as_posix(),
                    "sha256": sha256_text(write.text),
                }
            )
        gone = [path.relative_to(directory).as_posix() for path in removes or []]
        _write_synced(tmp, tomli_w.dumps({"ids": ids, "moves": moves} | ({"removes": gone} if gone else {})))
        os.replace(tmp, journal)  # the commit point: from here on the update happens
    except BaseException as exc:
        # Not committed: the update never happened, and what it staged goes.
        for leftover in [*staged, tmp]:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise FactcheckError(f"{directory}: cannot write ({exc.strerror}); nothing was changed") from None
        raise
    _apply(directory)


def _read_journal(directory: Path) -> dict:
    path = directory / JOURNAL
    record = parse_toml(read_text(path), path, InputError, "bad journal")
    moves = record.get("moves")
    if not isinstance(record.get("ids"), list) or not isinstance(moves, list):
        raise InputError(path, "bad journal: it needs ids and moves")
    removes = record.get("removes", [])
    if not isinstance(removes, list) or not all(isinstance(r, str) for r in removes):
        raise InputError(path, "bad journal: removes must be a list of paths")
    for gone in removes:
        if not (directory / gone).resolve().is_relative_to(directory.resolve()):
            raise InputError(path, f"bad journal: {gone!r} is outside the sources folder")
    for move in moves:
        if not isinstance(move, dict) or not all(isinstance(move.get(k), str) for k in ("staged", "target", "sha256")):
            raise InputError(path, "bad journal: every move needs staged, target and sha256")
        for key in ("staged", "target"):
            # A journal only ever moves files within its own folder.
            inside = (directory / move[key]).resolve()
            if not inside.is_relative_to(directory.resolve()):
                raise InputError(path, f"bad journal: {move[key]!r} is outside the sources folder")
    return record


def _apply(directory: Path) -> list[str]:
    """Finish the moves of a committed update; idempotent, so a replay may itself be cut short."""
    record = _read_journal(directory)
    folders = set()
    try:
        for move in record["moves"]:
            staged, target = directory / move["staged"], directory / move["target"]
            if staged.exists():
                os.replace(staged, target)
            elif not (target.is_file() and sha256_text(read_text(target)) == move["sha256"]):
                raise CacheError(
                    f"{directory / JOURNAL}: an interrupted update of {', '.join(record['ids'])} cannot be "
                    f"completed: {move['staged']} is missing; restore the folder from a copy"
                )
            folders.add(target.parent)
        for gone in record.get("removes", []):
            (directory / gone).unlink(missing_ok=True)  # idempotent: a replay finds some gone already
            folders.add((directory / gone).parent)
        for folder in sorted(folders):
            _sync_dir(folder)
        (directory / JOURNAL).unlink()
    except OSError as exc:
        raise FactcheckError(
            f"{directory}: an update was cut short ({exc.strerror}); the next run completes it"
        ) from None
    _sync_dir(directory)
    return [str(i) for i in record["ids"]]


def pending(directory: Path) -> list[str]:
    """The sources of an update committed but not yet applied (an interrupted run), if any."""
    if not (directory / JOURNAL).exists():
        return []
    return [str(i) for i in _read_journal(directory)["ids"]]


def _drop_staged(directory: Path) -> None:
    """Remove files staged by a run that died before committing them: its update never happened."""
    history = directory / HISTORY
    folders = [directory, *(sorted(p for p in history.iterdir() if p.is_dir()) if history.is_dir() else [])]
    for folder in folders:
        for path in folder.glob(f".*{STAGED}"):
            path.unlink(missing_ok=True)
        for path in folder.glob(f"{JOURNAL}.*.tmp"):
            path.unlink(missing_ok=True)


def replay(directory: Path) -> list[str]:
    """Complete an interrupted update and drop uncommitted debris (under `locked`); the ids completed."""
    done = _apply(directory) if (directory / JOURNAL).exists() else []
    _drop_staged(directory)
    return done


def _stale(lock: Path) -> bool:
    """Whether a lock was left by a run that is gone (its process is not alive) or long ago."""
    try:
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return True  # gone already
    try:
        pid = int(lock.read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        # Empty: a run that has just made the lock and is writing its pid into it (taking it
        # then let two runs apply one journal at once), or one that died between the two.
        return age > UNWRITTEN_LOCK_SECONDS
    if age > STALE_LOCK_SECONDS:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


class LockedError(CacheError):
    """Another live run holds the sources folder's lock."""


@contextmanager
def locked(directory: Path) -> Iterator[list[str]]:
    """Hold the sources folder's lock while changing it (one writer at a time); on entry, an
    interrupted update is completed first, and the ids it completed are what the block gets."""
    lock = directory / LOCK
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _stale(lock):
                lock.unlink(missing_ok=True)
                continue
            raise LockedError(
                f"{directory}: another factcheck run is changing this cache (lock file {lock}); "
                "try again when it has finished"
            ) from None
        except OSError as exc:
            raise CacheError(f"{directory}: cannot lock the cache ({exc.strerror})") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(f"{os.getpid()}\n")
        except OSError as exc:  # a full disk takes the empty file but not the line
            lock.unlink(missing_ok=True)
            raise CacheError(f"{directory}: cannot lock the cache ({exc.strerror})") from None
        break
    else:
        raise CacheError(f"{directory}: cannot lock the cache (lock file {lock})")
    try:
        yield replay(directory)
    finally:
        lock.unlink(missing_ok=True)


def settle(directory: Path, wait: float = SETTLE_SECONDS) -> None:
    """Before reading a sources folder: complete an update another run left half-applied, waiting
    a little for a live writer to finish its own; refuse to read a half-applied folder."""
    deadline = time.monotonic() + wait
    while (directory / JOURNAL).exists():
        try:
            with locked(directory):
                return
        except LockedError:
            if time.monotonic() > deadline:
                raise CacheError(
                    f"{directory}: another factcheck run is in the middle of an update; try again"
                ) from None
            time.sleep(0.02)
        except CacheError as exc:
            ids = ", ".join(pending(directory))
            raise CacheError(
                f"{directory}: an update of {ids} was interrupted and cannot be completed here ({exc}); "
                "run `factcheck sources refresh` where the folder can be written"
            ) from None
