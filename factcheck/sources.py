"""Loading the cached sources: documents with TOML front matter, and CSV tables with sidecars."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import tomllib
from pathlib import Path

from .errors import InputError, SourceFormatError
from .model import Corpus, Passage, Source, SourceInfo, Table

DOCUMENT_SUFFIXES = (".md", ".txt")
_FRONT_RE = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, or raise InputError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None


def sha256_text(text: str) -> str:
    """The sha256 of a text encoded as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """Split '+++' TOML front matter from a document's body ({} when there is none)."""
    m = _FRONT_RE.match(text)
    if not m:
        return {}, text
    try:
        meta = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise SourceFormatError(path, f"bad front matter: {exc}") from None
    return meta, text[m.end():]


def _info(meta: dict, path: Path, body: str, default_title: str) -> SourceInfo:
    source_id = meta.get("id", path.stem)
    if not isinstance(source_id, str) or not _ID_RE.match(source_id):
        raise SourceFormatError(path, f"bad id {source_id!r} (letters, digits, '.', '-', '_')")
    published = meta.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        raise SourceFormatError(path, "published must be a TOML date (YYYY-MM-DD)")
    for key in ("title", "publisher", "url", "kind"):
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
    )


def load_document(path: Path) -> Source:
    """Load a .md or .txt source document: front matter, then paragraphs as passages."""
    meta, body = split_front_matter(read_text(path), path)
    paragraphs = [p.strip() for p in _PARAGRAPH_RE.split(body.strip()) if p.strip()]
    first_line = paragraphs[0].splitlines()[0].lstrip("# ").strip() if paragraphs else path.stem
    info = _info(meta, path, body, first_line)
    passages = tuple(
        Passage(info.id, f"paragraph {i}", " ".join(p.split()), i) for i, p in enumerate(paragraphs, 1)
    )
    return Source(info, passages)


def _pairs(value: object, path: Path, table: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise SourceFormatError(path, f"[{table}] must be a table")
    out = []
    for key, terms in sorted(value.items()):
        terms = [terms] if isinstance(terms, str) else terms
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise SourceFormatError(path, f"[{table}] {key!r} must be a string or a list of strings")
        out.append((key, tuple(terms)))
    return tuple(out)


def _strings(value: object, path: Path, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourceFormatError(path, f"{key} must be a list of strings")
    return tuple(value)


def load_table(path: Path) -> Source:
    """Load a .csv table source and its optional <stem>.toml sidecar; each row is a passage."""
    text = read_text(path)
    sidecar = path.with_suffix(".toml")
    meta: dict = {}
    if sidecar.exists():
        try:
            meta = tomllib.loads(read_text(sidecar))
        except tomllib.TOMLDecodeError as exc:
            raise SourceFormatError(sidecar, f"bad TOML: {exc}") from None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise SourceFormatError(path, f"bad CSV: {exc}") from None
    if not rows or not any(c.strip() for c in rows[0]):
        raise SourceFormatError(path, "a table needs a header row")
    header = tuple(c.strip() for c in rows[0])
    info = _info(meta, path, text, path.stem.replace("-", " "))
    passages = []
    for number, row in enumerate(rows[1:], 1):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise SourceFormatError(path, f"row {number} has {len(row)} cells, the header {len(header)}")
        cells = tuple(zip(header, (c.strip() for c in row)))
        shown = "; ".join(f"{k} {v}" for k, v in cells if v)
        passages.append(Passage(info.id, f"row {number}", shown, number, cells))
    descriptions = meta.get("columns", {})
    if not isinstance(descriptions, dict):
        raise SourceFormatError(sidecar, "[columns] must be a table")
    table = Table(
        info.id,
        header,
        tuple((k, str(v)) for k, v in sorted(descriptions.items())),
        _pairs(meta.get("aliases", {}), sidecar, "aliases"),
        _pairs(meta.get("broader", {}), sidecar, "broader"),
        _strings(meta.get("aggregates", []), sidecar, "aggregates"),
    )
    return Source(info, tuple(passages), table)


def load_corpus(directory: Path | str) -> Corpus:
    """Load every source in a folder (documents and tables), sorted by id; ids must be unique."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(root, "sources folder not found")
    loaded: dict[str, Source] = {}
    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or path.stem.upper() == "README" or not path.is_file():
            continue
        if path.suffix in DOCUMENT_SUFFIXES:
            source = load_document(path)
        elif path.suffix == ".csv":
            source = load_table(path)
        else:
            continue
        if source.info.id in loaded:
            raise SourceFormatError(path, f"duplicate source id {source.info.id!r}")
        loaded[source.info.id] = source
    return Corpus(tuple(loaded[k] for k in sorted(loaded)), root)
