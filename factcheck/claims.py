"""Claims files: `claims.toml` or `*.claims.toml`, one [[claim]] table per atomic claim."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from .checks import kinds
from .corpus.formats import html_published, html_to_text
from .corpus.store import ID_RULE, valid_id
from .errors import ClaimsFileError
from .files import MAX_CLAIM_CHARS, parse_toml, read_text, sha256_text
from .model import VERDICTS, ArticleInfo, Claim, ClaimsFile
from .read.text import DOUBLE_QUOTES, SINGLE_QUOTES

_CLAIM_KEYS = {"id", "text", "expect", "sources", "note", "kind"}


def is_claims_file(path: Path) -> bool:
    """True for the file names factcheck treats as claims files."""
    return path.name == "claims.toml" or path.name.endswith(".claims.toml")


_CLAIM_TABLE_RE = re.compile(rb"^[ \t]*\[\[[ \t]*claim[ \t]*\]\]", re.MULTILINE)


def looks_like_claims_file(path: Path) -> bool:
    """Whether a file holds a [[claim]] table: a factcheck claims file, not another tool's claims.toml
    (its first megabyte read, no more)."""
    try:
        with path.open("rb") as handle:
            return bool(_CLAIM_TABLE_RE.search(handle.read(1 << 20)))
    except OSError:
        return False


def find_claims_files(directory: Path) -> list[Path]:
    """Every claims file under a folder, in a stable order."""
    return sorted(p for p in directory.rglob("*.toml") if is_claims_file(p) and p.is_file())


def locate(claim_text: str, article: str) -> tuple[int, int] | None:
    """The [start, end) offsets of a claim's words in the article, if it quotes them exactly."""
    at = article.find(claim_text)
    if at >= 0:
        return at, at + len(claim_text)
    # Allow for quote-mark, dash and spacing differences between the claim and the article.
    pieces = []
    for c in claim_text.strip():
        if c.isspace():
            pieces.append(r"\s+")
        elif c in _QUOTE_CLASSES:
            pieces.append(_QUOTE_CLASSES[c])
        else:
            pieces.append(re.escape(c))
    pattern = "".join(pieces).replace(r"\s+" + _DASH, _DASH).replace(_DASH + r"\s+", _DASH)
    m = re.search(pattern, article)
    return (m.start(), m.end()) if m else None


_DQ, _SQ, _DASH = f"[{DOUBLE_QUOTES}]", f"[{SINGLE_QUOTES}]", r"\s*[-\u2013\u2014]\s*"
_QUOTE_CLASSES = dict.fromkeys(DOUBLE_QUOTES, _DQ) | dict.fromkeys(SINGLE_QUOTES, _SQ) | dict.fromkeys("-–—", _DASH)


def _fail(path: Path, where: str, reason: str) -> ClaimsFileError:
    return ClaimsFileError(path, f"{where}: {reason}" if where else reason)


def load_claims_file(path: Path | str) -> ClaimsFile:
    """Parse and validate a claims file; the article it names is read when present."""
    path = Path(path)
    source = read_text(path)
    data = parse_toml(source, path, ClaimsFileError)
    unknown = set(data) - {"article", "claim"}
    if unknown:
        raise _fail(path, "", f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    article_meta = data.get("article", {})
    if not isinstance(article_meta, dict):
        raise _fail(path, "[article]", "must be a table")
    article_text = None
    article = ArticleInfo(title=str(article_meta.get("title", "")), url=str(article_meta.get("url", "")))
    published = article_meta.get("published")
    if published is not None and not isinstance(published, dt.date):
        raise _fail(path, "[article]", "published must be a TOML date (YYYY-MM-DD)")
    if published is not None:
        article = replace(article, published=published)
    if "path" in article_meta:
        article_path = path.parent / str(article_meta["path"])
        raw = read_text(article_path)
        article_text = raw
        if article_path.suffix.lower() in (".html", ".htm"):
            # Claims point into a page's main text, as `extract` found them; its metadata dates it.
            article_text = html_to_text(raw, article_path)[1]
            if article.published is None:
                article = replace(article, published=html_published(raw))
        article = replace(article, path=str(article_path), sha256=sha256_text(raw))
    raw_claims = data.get("claim", [])
    if not isinstance(raw_claims, list) or not raw_claims:
        raise _fail(path, "", "no [[claim]] tables")
    claims, seen = [], set()
    lines = _claim_lines(source)
    for number, raw in enumerate(raw_claims, 1):
        where = f"claim {number}"
        if not isinstance(raw, dict):
            raise _fail(path, where, "must be a table ([[claim]])")
        extra = set(raw) - _CLAIM_KEYS
        if extra:
            raise _fail(path, where, f"unknown key(s): {', '.join(sorted(extra))}")
        claim_id, text = raw.get("id"), raw.get("text")
        if not valid_id(claim_id) or not isinstance(claim_id, str):
            raise _fail(path, where, f"needs an id ({ID_RULE})")
        where = f"claim {claim_id!r}"
        if claim_id in seen:
            raise _fail(path, where, "duplicate id")
        seen.add(claim_id)
        if not isinstance(text, str) or not text.strip():
            raise _fail(path, where, "needs a non-empty text")
        if len(text) > MAX_CLAIM_CHARS:
            raise _fail(
                path, where, f"text is {len(text):,} characters long, past the limit of {MAX_CLAIM_CHARS:,}; split it"
            )
        expect = raw.get("expect")
        if expect is not None and expect not in VERDICTS:
            raise _fail(path, where, f"expect must be one of {', '.join(VERDICTS)}, not {expect!r}")
        sources = raw.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise _fail(path, where, "sources must be a list of source ids")
        kind = raw.get("kind")
        if kind is not None and kind not in kinds():
            raise _fail(path, where, f"kind must be one of {', '.join(sorted(kinds()))}, not {kind!r}")
        note = raw.get("note", "")
        span = locate(text, article_text) if article_text is not None else None
        line = lines[number - 1] if number <= len(lines) else None
        claims.append(Claim(claim_id, text, expect, tuple(sources), str(note), span, kind, line=line))
    return ClaimsFile(path, article, tuple(claims), article_text)


_CLAIM_HEADER_RE = re.compile(r"^[ \t]*\[\[[ \t]*claim[ \t]*\]\][ \t]*(?:#.*)?$", re.MULTILINE)


def _claim_lines(text: str) -> list[int]:
    """The line of each [[claim]] header, in order (TOML keeps no positions; the headers do)."""
    return [text.count("\n", 0, m.start()) + 1 for m in _CLAIM_HEADER_RE.finditer(text)]
