"""The source cache: adding sources from URLs or files with their provenance, refreshing them,
and verifying that their text is still what was recorded. Every write is atomic."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from ..errors import CacheError, FactcheckError, FetchError, InputError, redact
from ..files import read_text, sha256_text
from .fetching import Fetched, FetchPolicy, check_url, fetch
from .formats import Format, by_name, by_suffix, detect, html_metadata, html_to_text
from .journal import Write, commit, locked, pending
from .store import (
    Stored,
    check_id,
    existing,
    history_writes,
    id_from,
    load_corpus,
    path_of,
    read_record,
    sidecar,
    split_front_matter,
    write_source,
    write_source_at,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["Stored", "add_file", "add_url", "check_id", "id_from", "refresh", "verify"]


def _decode(raw: bytes, charset: str | None, where: str) -> str:
    for encoding in (charset, "utf-8"):
        if not encoding:
            continue
        try:
            return raw.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    raise FetchError(where, f"the body is not valid text in {charset or 'UTF-8'}")


def _body(fmt: Format, text: str, where: Path | str = "the page") -> tuple[str, str]:
    """The text a source is stored with, and the page's own title (HTML only)."""
    if fmt.name == "csv":
        return (text if text.endswith("\n") else text + "\n"), ""
    title = ""
    if fmt.name == "html":
        title, text = html_to_text(text, where)
    return text.strip() + "\n", title


def _provenance(fetched: Fetched, now: dt.datetime) -> dict:
    return {
        "url": fetched.url,
        "final_url": fetched.final_url if fetched.final_url != fetched.url else "",
        "retrieved": now,
        "content_type": fetched.content_type,
        "etag": fetched.etag,
        "last_modified": fetched.last_modified,
        "raw_sha256": hashlib.sha256(fetched.raw).hexdigest(),
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


F = TypeVar("F", bound=Callable[..., Any])


def _serialised(func: F) -> F:
    """Run a change to a sources folder under its lock (the folder is the first argument)."""

    @functools.wraps(func)
    def run(directory: Path, *args: Any, **kwargs: Any) -> Any:
        with locked(_folder(directory)):
            return func(directory, *args, **kwargs)

    return cast(F, run)


@_serialised
def add_url(
    directory: Path,
    url: str,
    source_id: str | None = None,
    title: str = "",
    publisher: str = "",
    kind: str = "",
    policy: FetchPolicy | None = None,
    client: httpx.Client | None = None,
    progress: object = None,
) -> Stored:
    """Fetch a URL and store it as a source with its provenance."""
    check_url(url)  # before the URL makes an id or a file name
    directory = _folder(directory)
    source_id = check_id(source_id or id_from(url))
    if existing(directory, source_id):
        raise CacheError(f"a source with id {source_id!r} exists already (refresh it, or choose another --id)")
    fetched = fetch(url, policy, client, progress=progress)
    fmt = detect(fetched.content_type, fetched.final_url)
    decoded = _decode(fetched.raw, fetched.charset, url)
    body, page_title = _body(fmt, decoded, redact(url))
    page = html_metadata(decoded) if fmt.name == "html" else None
    meta = {
        "id": source_id,
        "title": title or (page.title if page else "") or page_title,
        "publisher": publisher or (page.publisher if page else ""),
        "published": page.published if page else None,
        "kind": kind or ("table" if fmt.name == "csv" else "web page"),
    } | _provenance(fetched, _now())
    return write_source(directory, source_id, fmt, body, meta)


@_serialised
def add_file(
    directory: Path, file: Path, source_id: str | None = None, title: str = "", publisher: str = "", kind: str = ""
) -> Stored:
    """Store a local file (HTML, text, Markdown or CSV) as a source, recording its path and hash."""
    directory = _folder(directory)
    if not file.is_file():
        raise InputError(file, "file not found")
    source_id = check_id(source_id or id_from(file.name))
    if existing(directory, source_id):
        raise CacheError(f"a source with id {source_id!r} exists already (choose another --id)")
    raw = file.read_bytes()
    fmt = detect("", file.name)
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(file, f"not valid UTF-8 (byte {exc.start})") from None
    if fmt.front_matter:
        front, text = split_front_matter(text, file)
        title = title or front.get("title", "")
    body, page_title = _body(fmt, text, file)
    page = html_metadata(text) if fmt.name == "html" else None
    meta = {
        "id": source_id,
        "title": title or (page.title if page else "") or page_title or file.stem,
        "publisher": publisher or (page.publisher if page else ""),
        "published": page.published if page else None,
        "kind": kind or ("table" if fmt.name == "csv" else "document"),
        # Where it came from, relative to the sources folder when it can be (a folder moves whole).
        "file": _relative(file, directory),
        "retrieved": _now(),
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
    }
    return write_source(directory, source_id, fmt, body, meta)


def _relative(file: Path, directory: Path) -> str:
    """A file's path relative to the sources folder (posix, with ..), else absolute (another drive)."""
    import os

    try:
        return Path(os.path.relpath(file.resolve(), directory.resolve())).as_posix()
    except ValueError:
        return file.resolve().as_posix()


def _folder(directory: Path) -> Path:
    if not directory.is_dir():
        raise InputError(directory, "sources folder not found")
    return directory


@dataclass(frozen=True)
class Refreshed:
    """What refreshing one source found: unchanged, changed (with a summary), failed or skipped."""

    id: str
    status: Literal["unchanged", "changed", "repaired", "failed", "skipped"]
    detail: str = ""


def _summary(old: str, new: str) -> str:
    """A short account of what changed: lines added and removed, and the first of them."""
    diff = [
        d
        for d in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
        if d[:1] in "+-" and not d.startswith(("+++", "---"))
    ]
    added = sum(d.startswith("+") for d in diff)
    removed = len(diff) - added
    sample = "; ".join(d[:80] for d in diff[:2])
    return f"{added} line(s) added, {removed} removed: {sample}"


def refresh(
    directory: Path, ids: list[str] | None = None, policy: FetchPolicy | None = None, client: httpx.Client | None = None
) -> list[Refreshed]:
    """Re-fetch sources that have a URL, conditionally; keep the earlier text of a changed source.
    An update an earlier run left unfinished is completed first and reported as repaired."""
    directory = _folder(directory)
    with locked(directory) as completed:
        results = _refresh(directory, ids, policy, client)
    if not completed:
        return results
    note = "an interrupted update completed"
    repaired = [r if r.id not in completed else _repaired(r, note) for r in results]
    seen = {r.id for r in results}
    return [Refreshed(i, "repaired", note) for i in completed if i not in seen and (not ids or i in ids)] + repaired


def _repaired(result: Refreshed, note: str) -> Refreshed:
    if result.status in ("unchanged", "skipped"):
        return Refreshed(result.id, "repaired", f"{note}; then {result.detail}")
    return Refreshed(result.id, result.status, f"{note}; then {result.detail}")


def _refresh(
    directory: Path, ids: list[str] | None, policy: FetchPolicy | None, client: httpx.Client | None
) -> list[Refreshed]:
    corpus = load_corpus(directory)
    wanted = ids or list(corpus.ids)
    paths = {source_id: path_of(corpus, source_id) for source_id in wanted}  # unknown ids fail first
    results = []
    for source_id in wanted:
        path = paths[source_id]
        meta, body = read_record(path)
        url = meta.get("url", "")
        if not url:
            results.append(Refreshed(source_id, "skipped", "no url"))
            continue
        try:
            # A source whose text is not the one recorded (edited by hand) is fetched whole: its
            # etag describes a text it does not hold.
            whole = sha256_text(body) != meta.get("sha256")
            fetched = fetch(
                url,
                policy,
                client,
                etag="" if whole else meta.get("etag", ""),
                last_modified="" if whole else meta.get("last_modified", ""),
            )
            if fetched.not_modified:
                results.append(Refreshed(source_id, "unchanged", "304 not modified"))
                continue
            stored = by_suffix(path)
            assert stored is not None  # loaded from this folder, so of a known format
            fmt = stored if stored.name == "csv" else detect(fetched.content_type, fetched.final_url)
            served = by_name(fmt.stored_as) if fmt.stored_as else fmt
            if served.name != stored.name:
                # A text source whose URL now serves a table (or the reverse) is another source.
                raise CacheError(
                    f"{source_id}: its URL now serves {fmt.name}, but it is stored as {stored.name}; "
                    "add it again under a new id"
                )
            new_body, _ = _body(fmt, _decode(fetched.raw, fetched.charset, url), redact(url))
            if new_body == body:
                results.append(Refreshed(source_id, "unchanged", "same text"))
                continue
            new_meta = meta | _provenance(fetched, _now())
            stored.parse(new_body, source_id, new_meta, path)  # a body the folder could not load is refused
            history, kept = history_writes(directory, path, meta)
            # The source keeps its file (a .txt stays .txt; an id that is not the file's stem keeps
            # it), and its history copy lands in the same step as its new text.
            write_source_at(path, source_id, stored, new_body, new_meta, also=history)
            results.append(Refreshed(source_id, "changed", f"{_summary(body, new_body)} (earlier text kept in {kept})"))
        except FactcheckError as exc:
            results.append(Refreshed(source_id, "failed", str(exc)))
    return results


@dataclass(frozen=True)
class Verified:
    """One source's recorded sha256 against the sha256 of its text now."""

    id: str
    status: Literal["ok", "edited", "unrecorded", "interrupted"]
    recorded: str
    actual: str


def verify(directory: Path) -> list[Verified]:
    """Recompute every body's sha256 and compare it with the one recorded when it was stored; a
    source an interrupted update was changing is reported as such (refresh completes it)."""
    directory = _folder(directory)
    interrupted = pending(directory)
    results = [Verified(i, "interrupted", "", "") for i in interrupted]
    for source in load_corpus(directory, complete=False).sources:
        assert source.info.path is not None
        if source.info.id in interrupted:
            continue
        meta, body = read_record(source.info.path)
        recorded, actual = str(meta.get("sha256", "")), sha256_text(body)
        status: Literal["ok", "edited", "unrecorded", "interrupted"] = (
            "unrecorded" if not recorded else "ok" if recorded == actual else "edited"
        )
        results.append(Verified(source.info.id, status, recorded, actual))
    return sorted(results, key=lambda v: v.id)


@dataclass(frozen=True)
class Recorded:
    """What `sources record` did with one source."""

    id: str
    status: Literal["recorded", "already", "re-recorded"]
    sha256: str


def _record_in(text: str, sha: str) -> str:
    """TOML text with its sha256 key set, everything else as it was (tomlkit keeps comments)."""
    import tomlkit

    doc = tomlkit.parse(text)
    doc["sha256"] = sha
    return tomlkit.dumps(doc)


@_serialised
def record(directory: Path, ids: list[str] | None) -> list[Recorded]:
    """Record the sha256 of sources written by hand (all those without one, or the ids given,
    also one whose text was edited on purpose), so that `verify` can tell a later edit."""
    corpus = load_corpus(directory)
    paths = {i: path_of(corpus, i) for i in (ids or corpus.ids)}  # unknown ids fail before any write
    results, writes = [], []
    for source_id, path in paths.items():
        meta, body = read_record(path)
        actual, recorded = sha256_text(body), str(meta.get("sha256", ""))
        if recorded == actual:
            results.append(Recorded(source_id, "already", actual))
            continue
        if recorded and ids is None:
            continue  # edited since it was recorded: only named, on purpose, is it recorded again
        fmt = by_suffix(path)
        if fmt is None or fmt.front_matter:
            text = read_text(path)
            if text.startswith("+++\n") and "\n+++\n" in text[3:]:
                head, rest = text[4:].split("\n+++\n", 1)
                new_text = "+++\n" + _record_in(head + "\n", actual).rstrip("\n") + "\n+++\n" + rest
            else:
                new_text = f'+++\nsha256 = "{actual}"\n+++\n' + text
            writes.append(Write(path, new_text))
        else:
            side = sidecar(path)
            writes.append(Write(side, _record_in(read_text(side) if side.exists() else "", actual)))
        results.append(Recorded(source_id, "re-recorded" if recorded else "recorded", actual))
    if writes:
        commit(directory, [r.id for r in results if r.status != "already"], writes)
    return sorted(results, key=lambda r: r.id)


@_serialised
def remove(directory: Path, source_id: str) -> Path:
    """Take a source out of the folder; its files are kept in the history (where it now is)."""
    corpus = load_corpus(directory)
    path = path_of(corpus, source_id)
    meta, _ = read_record(path)
    copies, kept = history_writes(directory, path, meta)
    files = [path] + ([sidecar(path)] if sidecar(path).exists() and sidecar(path) != path else [])
    commit(directory, [source_id], copies, removes=files)
    return kept
