"""The source cache: adding sources from URLs or files with their provenance, refreshing them,
and verifying that their text is still what was recorded. Every write is atomic."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from .errors import CacheError, FactcheckError, FetchError, InputError
from .fetching import Fetched, FetchPolicy, fetch
from .files import write_atomically
from .sources import DOCUMENT_SUFFIXES, load_corpus, sha256_text, split_front_matter

if TYPE_CHECKING:
    import httpx

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
HISTORY = ".history"
_TEXT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CSV_TYPES = {"text/csv", "application/csv", "text/comma-separated-values"}


def check_id(source_id: str) -> str:
    """Refuse an id that could name a path outside the sources folder."""
    if not _ID_RE.match(source_id) or source_id in (".", "..") or ".." in source_id:
        raise CacheError(f"bad source id {source_id!r}: letters, digits, '.', '-' and '_' only, no path separators")
    return source_id


def id_from(location: str) -> str:
    """A source id made from a URL or a file name ("https://x.org/news/item-1.html": x.org-item-1)."""
    parts = urlsplit(location)
    stem = Path(parts.path).stem or "index"
    base = f"{parts.netloc}-{stem}" if parts.netloc else stem
    return check_id(re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.")[:120] or "source")


def _decode(raw: bytes, charset: str | None, where: str) -> str:
    for encoding in (charset, "utf-8"):
        if not encoding:
            continue
        try:
            return raw.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    raise FetchError(where, f"the body is not valid text in {charset or 'UTF-8'}")


@dataclass(frozen=True)
class Stored:
    """What was written for a source: its files and its metadata."""

    id: str
    path: Path
    meta: dict


def _recorded(meta: dict) -> dict:
    """The metadata worth writing (empty fields left out)."""
    return {k: v for k, v in meta.items() if v not in ("", None)}


def _body(form: str, text: str) -> tuple[str, str]:
    """The text a source is stored with, and the page's own title (HTML only)."""
    if form == "csv":
        return (text if text.endswith("\n") else text + "\n"), ""
    title = ""
    if form == "html":
        from .articles import html_to_text

        title, text = html_to_text(text)
    return text.strip() + "\n", title


def _kind_of(content_type: str, name: str) -> Literal["html", "text", "csv"]:
    suffix = Path(urlsplit(name).path).suffix.lower()
    if content_type in _CSV_TYPES or (not content_type and suffix == ".csv") or (
        content_type in ("text/plain", "application/octet-stream") and suffix == ".csv"
    ):
        return "csv"
    if content_type in _HTML_TYPES or (not content_type and suffix in (".html", ".htm")):
        return "html"
    if content_type in _TEXT_TYPES or content_type.startswith("text/") or (
        not content_type and suffix in (".txt", ".md", ".markdown")
    ):
        return "text"
    if content_type == "application/pdf" or suffix == ".pdf":
        raise FetchError(name, "PDF is not supported: save the document's text as .txt or .md and add that")
    raise FetchError(name, f"cannot store content of type {content_type or 'unknown'}")


def _store(directory: Path, source_id: str, form: str, body: str, meta: dict) -> Stored:
    """Write a document (.md with front matter) or a table (.csv plus .toml sidecar)."""
    import tomli_w

    meta = meta | {"sha256": sha256_text(body)}
    if form == "csv":
        path = directory / f"{source_id}.csv"
        write_atomically(path, body)
        write_atomically(path.with_suffix(".toml"), tomli_w.dumps(_recorded(meta)))
    else:
        path = directory / f"{source_id}.md"
        write_atomically(path, "+++\n" + tomli_w.dumps(_recorded(meta)) + "+++\n" + body)
    return Stored(source_id, path, meta)


def _existing(directory: Path, source_id: str) -> Path | None:
    for suffix in (*DOCUMENT_SUFFIXES, ".csv"):
        if (directory / f"{source_id}{suffix}").exists():
            return directory / f"{source_id}{suffix}"
    return None


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


def add_url(directory: Path, url: str, source_id: str | None = None, title: str = "", publisher: str = "",
            kind: str = "", policy: FetchPolicy | None = None, client: httpx.Client | None = None,
            progress: object = None) -> Stored:
    """Fetch a URL and store it as a source with its provenance."""
    directory = _folder(directory)
    source_id = check_id(source_id or id_from(url))
    if _existing(directory, source_id):
        raise CacheError(f"a source with id {source_id!r} exists already (refresh it, or choose another --id)")
    fetched = fetch(url, policy, client, progress=progress)
    form = _kind_of(fetched.content_type, fetched.final_url)
    body, page_title = _body(form, _decode(fetched.raw, fetched.charset, url))
    meta = {"id": source_id, "title": title or page_title, "publisher": publisher,
            "kind": kind or ("table" if form == "csv" else "web page")} | _provenance(fetched, _now())
    return _store(directory, source_id, form, body, meta)


def add_file(directory: Path, file: Path, source_id: str | None = None, title: str = "", publisher: str = "",
             kind: str = "") -> Stored:
    """Store a local file (HTML, text, Markdown or CSV) as a source, recording its path and hash."""
    directory = _folder(directory)
    if not file.is_file():
        raise InputError(file, "file not found")
    source_id = check_id(source_id or id_from(file.name))
    if _existing(directory, source_id):
        raise CacheError(f"a source with id {source_id!r} exists already (choose another --id)")
    raw = file.read_bytes()
    form = _kind_of("", file.name)
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(file, f"not valid UTF-8 (byte {exc.start})") from None
    if form == "text":
        front, text = split_front_matter(text, file)
        title = title or front.get("title", "")
    body, page_title = _body(form, text)
    meta = {"id": source_id, "title": title or page_title or file.stem, "publisher": publisher,
            "kind": kind or ("table" if form == "csv" else "document"), "file": str(file.resolve()),
            "retrieved": _now(), "raw_sha256": hashlib.sha256(raw).hexdigest()}
    return _store(directory, source_id, form, body, meta)


def _folder(directory: Path) -> Path:
    if not directory.is_dir():
        raise InputError(directory, "sources folder not found")
    return directory


def _record(path: Path) -> tuple[dict, str]:
    """A stored source's metadata and body, as written."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        import tomllib

        sidecar = path.with_suffix(".toml")
        meta = tomllib.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        return meta, text
    return split_front_matter(text, path)


@dataclass(frozen=True)
class Refreshed:
    """What refreshing one source found: unchanged, changed (with a summary), failed or skipped."""

    id: str
    status: Literal["unchanged", "changed", "failed", "skipped"]
    detail: str = ""


def _summary(old: str, new: str) -> str:
    """A short account of what changed: lines added and removed, and the first of them."""
    diff = [d for d in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]
    added = sum(d.startswith("+") for d in diff)
    removed = len(diff) - added
    sample = "; ".join(d[:80] for d in diff[:2])
    return f"{added} line(s) added, {removed} removed: {sample}"


def refresh(directory: Path, ids: list[str] | None = None, policy: FetchPolicy | None = None,
            client: httpx.Client | None = None) -> list[Refreshed]:
    """Re-fetch sources that have a URL, conditionally; keep the earlier text of a changed source."""
    directory = _folder(directory)
    corpus = load_corpus(directory)
    wanted = ids or list(corpus.ids)
    for source_id in wanted:
        if corpus.get(source_id) is None:
            raise CacheError(f"unknown source id {source_id!r}")
    results = []
    for source_id in wanted:
        source = corpus.get(source_id)
        assert source is not None and source.info.path is not None
        path = source.info.path
        meta, body = _record(path)
        url = meta.get("url", "")
        if not url:
            results.append(Refreshed(source_id, "skipped", "no url"))
            continue
        try:
            fetched = fetch(url, policy, client, etag=meta.get("etag", ""), last_modified=meta.get("last_modified", ""))
            if fetched.not_modified:
                results.append(Refreshed(source_id, "unchanged", "304 not modified"))
                continue
            form = "csv" if path.suffix == ".csv" else _kind_of(fetched.content_type, fetched.final_url)
            new_body, _ = _body(form, _decode(fetched.raw, fetched.charset, url))
            if sha256_text(new_body) == meta.get("sha256") or new_body == body:
                results.append(Refreshed(source_id, "unchanged", "same text"))
                continue
            kept = _keep(directory, path, meta)
            _store(directory, source_id, form, new_body, meta | _provenance(fetched, _now()))
            results.append(Refreshed(source_id, "changed", f"{_summary(body, new_body)} (earlier text kept in {kept})"))
        except FactcheckError as exc:
            results.append(Refreshed(source_id, "failed", str(exc)))
    return results


def _keep(directory: Path, path: Path, meta: dict) -> Path:
    """Copy a source's current files into the history folder, named by when they were retrieved."""
    when = meta.get("retrieved")
    stamp = when.strftime("%Y%m%dT%H%M%SZ") if isinstance(when, dt.datetime) else "unknown"
    folder = directory / HISTORY / path.stem
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stamp}{path.suffix}"
    shutil.copy2(path, target)
    if path.suffix == ".csv" and path.with_suffix(".toml").exists():
        shutil.copy2(path.with_suffix(".toml"), target.with_suffix(".toml"))
    return target.relative_to(directory)


@dataclass(frozen=True)
class Verified:
    """One source's recorded sha256 against the sha256 of its text now."""

    id: str
    status: Literal["ok", "edited", "unrecorded"]
    recorded: str
    actual: str


def verify(directory: Path) -> list[Verified]:
    """Recompute every body's sha256 and compare it with the one recorded when it was stored."""
    directory = _folder(directory)
    results = []
    for source in load_corpus(directory).sources:
        assert source.info.path is not None
        meta, body = _record(source.info.path)
        recorded, actual = str(meta.get("sha256", "")), sha256_text(body)
        status: Literal["ok", "edited", "unrecorded"] = (
            "unrecorded" if not recorded else "ok" if recorded == actual else "edited")
        results.append(Verified(source.info.id, status, recorded, actual))
    return results
