"""Claims files: `claims.toml` or `*.claims.toml`, one [[claim]] table per atomic claim."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from .checks import kinds
from .corpus.formats import html_published, html_to_text
from .corpus.store import ID_RULE, valid_id
from .errors import ClaimsFileError, ClaimsFilesError, InputError
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


_ARTICLE_KEYS = {"path", "title", "url", "published"}
_TOP_KEYS = {"article", "claim"}


def _suggest(key: str, known: set[str]) -> str:
    """' (did you mean "expect"?)' for a key near a known one; '' otherwise."""
    import difflib

    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {near[0]!r}?)" if near else ""


class _Problems:
    """The problems of one claims file, each with its line where the file shows one."""

    def __init__(self, path: Path, text: str) -> None:
        self.path, self.lines = path, text.splitlines()
        self.found: list[ClaimsFileError] = []

    def line_of(self, key: str, start: int = 1, header: bool = False) -> int | None:
        """The first line from `start` (1-based) that sets `key` (or, with header, opens [key]/[[key]])."""
        pattern = rf"^\s*\[{{1,2}}\s*{re.escape(key)}\s*\]{{1,2}}" if header else rf"^\s*\"?{re.escape(key)}\"?\s*="
        for number in range(max(start, 1), len(self.lines) + 1):
            if re.match(pattern, self.lines[number - 1]):
                return number
            if not header and number > start and re.match(r"^\s*\[", self.lines[number - 1]):
                return None  # past the table the key would be in
        return None

    def add(self, line: int | None, where: str, reason: str) -> None:
        """Note a problem, at a line when known."""
        at = f":{line}" if line else ""
        text = f"{where}: {reason}" if where else reason
        self.found.append(ClaimsFileError(f"{self.path}{at}", text))


def load_claims_file(path: Path | str) -> ClaimsFile:
    """Parse and validate a claims file; the article it names is read when present. Every problem
    the file has is reported at once (ClaimsFilesError), each with its line and, for a key that is
    not one, the key it may have meant."""
    path = Path(path)
    source = read_text(path)
    data = parse_toml(source, path, ClaimsFileError)
    problems = _Problems(path, source)
    for key in sorted(set(data) - _TOP_KEYS):
        line = problems.line_of(key, header=True) or problems.line_of(key)
        problems.add(line, "", f"unknown top-level key {key!r}{_suggest(key, _TOP_KEYS)}")
    article_meta = data.get("article", {})
    article_line = problems.line_of("article", header=True) or 1
    if not isinstance(article_meta, dict):
        problems.add(article_line, "[article]", "must be a table")
        article_meta = {}
    for key in sorted(set(article_meta) - _ARTICLE_KEYS):
        problems.add(
            problems.line_of(key, article_line), "[article]", f"unknown key {key!r}{_suggest(key, _ARTICLE_KEYS)}"
        )
    article_text = None
    article = ArticleInfo(title=str(article_meta.get("title", "")), url=str(article_meta.get("url", "")))
    published = article_meta.get("published")
    if published is not None and not isinstance(published, dt.date):
        problems.add(
            problems.line_of("published", article_line), "[article]", "published must be a TOML date (YYYY-MM-DD)"
        )
    elif published is not None:
        article = replace(article, published=published)
    if "path" in article_meta:
        article_path = path.parent / str(article_meta["path"])
        try:
            raw = read_text(article_path)
        except ClaimsFileError:
            raise
        except InputError as exc:
            problems.add(problems.line_of("path", article_line), "[article] path", f"{article_path}: {exc.reason}")
            raw = None
        if raw is not None:
            article_text = raw
            if article_path.suffix.lower() in (".html", ".htm"):
                # Claims point into a page's main text, as `extract` found them; its metadata dates it.
                article_text = html_to_text(raw, article_path)[1]
                if article.published is None:
                    article = replace(article, published=html_published(raw))
            article = replace(article, path=str(article_path), sha256=sha256_text(raw))
    raw_claims = data.get("claim", [])
    if not isinstance(raw_claims, list) or not raw_claims:
        near = next((k for k in data if k != "claim" and _suggest(k, {"claim"})), None)
        hint = f" (is [[{near}]] meant to be [[claim]]?)" if near else ""
        problems.add(None, "", f"no [[claim]] tables{hint}")
        raw_claims = []
    claims, seen = [], set()
    lines = _claim_lines(source)
    for number, raw in enumerate(raw_claims, 1):
        line = lines[number - 1] if number <= len(lines) else None
        where = f"claim {number}"
        if not isinstance(raw, dict):
            problems.add(line, where, "must be a table ([[claim]])")
            continue
        claim_id, text = raw.get("id"), raw.get("text")
        if valid_id(claim_id) and isinstance(claim_id, str):
            where = f"claim {claim_id!r}"
        else:
            problems.add(problems.line_of("id", line or 1) or line, where, f"needs an id ({ID_RULE})")
            claim_id = None
        for key in sorted(set(raw) - _CLAIM_KEYS):
            problems.add(
                problems.line_of(key, line or 1) or line, where, f"unknown key {key!r}{_suggest(key, _CLAIM_KEYS)}"
            )
        if claim_id is not None and claim_id in seen:
            problems.add(line, where, "duplicate id")
        seen.add(claim_id)
        text = text if isinstance(text, str) else ""
        text_ok = bool(text.strip())
        if not text_ok:
            problems.add(problems.line_of("text", line or 1) or line, where, "needs a non-empty text")
        elif len(text) > MAX_CLAIM_CHARS:
            problems.add(
                problems.line_of("text", line or 1) or line,
                where,
                f"text is {len(text):,} characters long, past the limit of {MAX_CLAIM_CHARS:,}; split it",
            )
            text_ok = False
        expect = raw.get("expect")
        if expect is not None and expect not in VERDICTS:
            problems.add(
                problems.line_of("expect", line or 1) or line,
                where,
                f"expect must be one of {', '.join(VERDICTS)}, not {expect!r}",
            )
            expect = None
        sources = raw.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            problems.add(problems.line_of("sources", line or 1) or line, where, "sources must be a list of source ids")
            sources = []
        kind = raw.get("kind")
        if kind is not None and kind not in kinds():
            problems.add(
                problems.line_of("kind", line or 1) or line,
                where,
                f"kind must be one of {', '.join(sorted(kinds()))}, not {kind!r}{_suggest(str(kind), set(kinds()))}",
            )
            kind = None
        if claim_id is None or not text_ok:
            continue
        note = raw.get("note", "")
        span = locate(text, article_text) if article_text is not None else None
        claims.append(Claim(claim_id, text, expect, tuple(sources), str(note), span, kind, line=line))
    if problems.found:
        raise ClaimsFilesError(problems.found)
    return ClaimsFile(path, article, tuple(claims), article_text)


def load_claims_files(paths: list[Path]) -> list[ClaimsFile]:
    """Every claims file, read; the problems of all of them reported together."""
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(load_claims_file(path))
        except ClaimsFilesError as exc:
            problems += exc.problems
        except ClaimsFileError as exc:
            problems.append(exc)
    if problems:
        raise ClaimsFilesError(problems)
    return loaded


_CLAIM_HEADER_RE = re.compile(r"^[ \t]*\[\[[ \t]*claim[ \t]*\]\][ \t]*(?:#.*)?$", re.MULTILINE)


def _claim_lines(text: str) -> list[int]:
    """The line of each [[claim]] header, in order (TOML keeps no positions; the headers do)."""
    return [text.count("\n", 0, m.start()) + 1 for m in _CLAIM_HEADER_RE.finditer(text)]
