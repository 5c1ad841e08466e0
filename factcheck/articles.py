"""Articles: plain text, Markdown or HTML, read into the text that claims' spans point into."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .corpus.formats import html_published, html_to_text
from .errors import InputError
from .files import decode_text, read_text, sha256_text
from .read.context import article_date

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Article:
    """An article's text (for HTML, its main text) with where it came from."""

    path: Path
    text: str
    title: str
    sha256: str  # of the text as decoded (for HTML, of the HTML)
    published: dt.date | None = None  # the page's metadata, else the dateline


def load_article(path: Path | str) -> Article:
    """Read an article; HTML is reduced to its main text (spans then point into that text)."""
    path = Path(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(path, f"not an article ({', '.join(ARTICLE_SUFFIXES)}) nor a claims file")
    raw = read_text(path)
    published = None
    if path.suffix.lower() in (".html", ".htm"):
        title, text = html_to_text(raw, path)
        published = html_published(raw)
    else:
        text, title = raw, _headline(raw)
    return Article(path, text, title, sha256_text(raw), published or article_date(text))


def _headline(text: str) -> str:
    """A text article's title: its first line, when short and no sentence ("# " of Markdown dropped)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first.lstrip("# ").strip() if len(first) <= 120 and not first.endswith(".") else ""


STDIN = Path("-")


def article_from_text(text: str, path: Path = STDIN) -> Article:
    """An article given as text (on standard input, as `-`): read as a text file is."""
    return Article(path, text, _headline(text), sha256_text(text), article_date(text))


def read_stdin(limit: int) -> str:
    """Standard input as UTF-8 text, refused past the limit or when it is not UTF-8."""
    import sys

    return decode_text(sys.stdin.buffer.read(limit + 1), STDIN, limit)


def find_articles(directory: Path) -> list[Path]:
    """Every article under a folder, in a stable order (not READMEs, nothing in dot-folders)."""
    return sorted(
        p
        for p in directory.rglob("*")
        if p.suffix.lower() in ARTICLE_SUFFIXES
        and p.is_file()
        and p.stem.upper() != "README"
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
