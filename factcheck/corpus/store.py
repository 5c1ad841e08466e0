"""The sources folder on disk, read and written in one place: one file per source (metadata in
TOML front matter, or in a sidecar <stem>.toml for formats that cannot hold it), ids, and the
.history folder of earlier versions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import CacheError, InputError, SourceFormatError, UnknownSourceError
from ..files import MAX_FILE_BYTES, MAX_TABLE_BYTES, parse_toml, read_text, sha256_text
from ..model import Corpus, Source, SourceInfo
from .formats import Format, by_name, by_suffix
from .journal import HISTORY, Write, commit, settle

# THE id rule, for sources and claims alike: no path separators, no leading dot, not too long.
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}"
ID_RE = re.compile(rf"^{ID_PATTERN}$")
ID_RULE = "letters, digits, '.', '-' and '_', at most 120, starting with a letter or digit"
_FRONT_RE = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_OPEN_RE = re.compile(r"\A\+\+\+[ \t]*\r?\n")


def valid_id(value: object) -> bool:
    """True for a string that may name a source or a claim."""
    return isinstance(value, str) and bool(ID_RE.match(value)) and ".." not in value


def check_id(source_id: str) -> str:
    """Refuse an id that could name a path outside the sources folder."""
    if not valid_id(source_id):
        raise CacheError(f"bad source id {source_id!r}: {ID_RULE}")
    return source_id


def id_from(location: str) -> str:
    """A source id made from a URL or a file name ("https://x.org/news/item-1.html": x.org-item-1)."""
    parts = urlsplit(location)
    stem = Path(parts.path).stem or "index"
    base = f"{parts.netloc}-{stem}" if parts.netloc else stem
    return check_id(re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.")[:120] or "source")


def split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """Split '+++' TOML front matter from a document's body ({} when there is none)."""
    m = _FRONT_RE.match(text)
    if not m:
        if _FRONT_OPEN_RE.match(text):
            raise SourceFormatError(path, "front matter opened with +++ is never closed")
        return {}, text
    meta = parse_toml(m.group(1), path, SourceFormatError, "bad front matter")
    return meta, text[m.end() :]


def sidecar(path: Path) -> Path:
    """The sidecar that holds the metadata of a source whose format cannot hold it."""
    return path.with_suffix(".toml")


def read_record(path: Path, fmt: Format | None = None) -> tuple[dict, str]:
    """A stored source's metadata and body, as written."""
    fmt = fmt or by_suffix(path)
    text = read_text(path, MAX_TABLE_BYTES if fmt is not None and fmt.name == "csv" else MAX_FILE_BYTES)
    if fmt is None or fmt.front_matter:
        return split_front_matter(text, path)
    side = sidecar(path)
    if not side.exists():
        return {}, text
    return parse_toml(read_text(side), side, SourceFormatError), text


def _info(meta: dict, path: Path, body: str, default_title: str) -> SourceInfo:
    source_id = meta.get("id", path.stem)
    if not valid_id(source_id):
        raise SourceFormatError(path, f"bad id {source_id!r} ({ID_RULE})")
    published = meta.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        raise SourceFormatError(path, "published must be a TOML date (YYYY-MM-DD)")
    for key in ("title", "publisher", "url", "kind", "subject"):
        if key in meta and not isinstance(meta[key], str):
            raise SourceFormatError(path, f"{key} must be a string")
    retrieved = meta.get("retrieved", "")
    return SourceInfo(
        id=source_id,
        title=meta.get("title") or default_title,
        publisher=meta.get("publisher", ""),
        url=meta.get("url", ""),
        published=published,
        kind=meta.get("kind", ""),
        sha256=sha256_text(body),
        path=path,
        retrieved=retrieved.isoformat() if hasattr(retrieved, "isoformat") else str(retrieved),
        recorded_sha256=str(meta.get("sha256", "")),
        subject=meta.get("subject", ""),
    )


def load_source(path: Path) -> Source:
    """Load one source file (any registered format) with its metadata."""
    fmt = by_suffix(path)
    if fmt is None:
        raise InputError(path, "not a source file (no format reads this suffix)")
    meta, body = read_record(path, fmt)
    source_id = meta.get("id", path.stem)
    parsed = fmt.parse(body, source_id if isinstance(source_id, str) else path.stem, meta, path)
    info = _info(meta, path, body, parsed.title)
    return Source(info, parsed.passages, parsed.table)


def load_document(path: Path) -> Source:
    """Load a .md or .txt source document: front matter, then paragraphs as passages."""
    return load_source(path)


def _is_source_file(path: Path) -> bool:
    if path.name.startswith(".") or path.stem.upper() == "README" or not path.is_file():
        return False
    fmt = by_suffix(path)
    # A .toml beside a table is its sidecar, not a source.
    return fmt is not None


def load_corpus(directory: Path | str, complete: bool = True) -> Corpus:
    """Load every source in a folder (every registered format), sorted by id; ids must be unique.
    An update another run left half-applied is `complete`d first (or the load refused)."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(root, "sources folder not found")
    if complete:
        settle(root)
    loaded: dict[str, Source] = {}
    for path in sorted(root.iterdir()):
        if not _is_source_file(path):
            continue
        source = load_source(path)
        if source.info.id in loaded:
            raise SourceFormatError(path, f"duplicate source id {source.info.id!r}")
        loaded[source.info.id] = source
    return Corpus(tuple(loaded[k] for k in sorted(loaded)), root)


def existing(directory: Path, source_id: str) -> Path | None:
    """The file that holds a source id in a folder, if any."""
    for path in sorted(directory.glob(f"{source_id}.*")):
        if path.stem == source_id and _is_source_file(path):
            return path
    return None


def path_of(corpus: Corpus, source_id: str) -> Path:
    """The file of a loaded source, or UnknownSourceError."""
    source = corpus.get(source_id)
    if source is None or source.info.path is None:
        raise UnknownSourceError(source_id, corpus.ids)
    return source.info.path


def _recorded(meta: dict) -> dict:
    """The metadata worth writing (empty fields left out)."""
    return {k: v for k, v in meta.items() if v not in ("", None)}


@dataclass(frozen=True)
class Stored:
    """What was written for a source: its file and its metadata."""

    id: str
    path: Path
    meta: dict


def write_source(directory: Path, source_id: str, fmt: Format, body: str, meta: dict) -> Stored:
    """Write a new source in a format (front matter in the file, or a sidecar), recording its sha256."""
    fmt = by_name(fmt.stored_as) if fmt.stored_as else fmt
    path = directory / f"{source_id}{fmt.suffixes[0]}"
    return write_source_at(path, source_id, fmt, body, meta, new=True)


def write_source_at(
    path: Path, source_id: str, fmt: Format, body: str, meta: dict, new: bool = False, also: list[Write] | None = None
) -> Stored:
    """Write a source into a given file of its format (a refresh keeps the file it has), with its
    sidecar and any `also` files of the same update, as one step. A `new` source's files must not
    exist yet: of two runs adding one id, one fails and none replaces the other."""
    commit(path.parent, [source_id], [*(also or []), *source_writes(path, fmt, body, meta, new)])
    return Stored(source_id, path, meta | {"sha256": sha256_text(body)})


def source_writes(path: Path, fmt: Format, body: str, meta: dict, new: bool = False) -> list[Write]:
    """The files that hold a source: one with front matter, or a table and its sidecar."""
    import tomli_w

    record = tomli_w.dumps(_recorded(meta | {"sha256": sha256_text(body)}))
    if fmt.front_matter:
        return [Write(path, "+++\n" + record + "+++\n" + body, new)]
    return [Write(sidecar(path), record, new), Write(path, body, new)]


def history_writes(directory: Path, path: Path, meta: dict) -> tuple[list[Write], Path]:
    """Copies of a source's current files for the history folder, named by when they were
    retrieved, and where the copy goes; written in the same step as the source's new text."""
    when = meta.get("retrieved")
    stamp = when.strftime("%Y%m%dT%H%M%SZ") if isinstance(when, dt.datetime) else "unknown"
    folder = directory / HISTORY / path.stem
    target = folder / f"{stamp}{path.suffix}"
    n = 1
    while target.exists() or target.with_suffix(".toml").exists():
        # Two refreshes with the same retrieval time: the later never overwrites the earlier.
        n += 1
        target = folder / f"{stamp}-{n}{path.suffix}"
    writes = [Write(target, read_text(path), new=True)]
    if sidecar(path).exists() and sidecar(path) != path:
        writes.append(Write(target.with_suffix(".toml"), read_text(sidecar(path)), new=True))
    return writes, target.relative_to(directory)
