"""Articles: plain text, Markdown or HTML, read into the text that claims' spans point into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .sources import read_text, sha256_text

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Elements that are never the article: navigation, scripts, forms, asides.
_NOT_CONTENT = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                "iframe", "svg", "button")
_BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td"


@dataclass(frozen=True)
class Article:
    """An article's text (for HTML, its main text) with where it came from."""

    path: Path
    text: str
    title: str
    sha256: str  # of the text as decoded (for HTML, of the HTML)


def html_to_text(html: str) -> tuple[str, str]:
    """The title and the main text of an HTML page, one paragraph per block, blank-line separated."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node else ""
    for selector in _NOT_CONTENT:
        for node in tree.css(selector):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return title, ""
    blocks = [" ".join(node.text(separator=" ").split()) for node in root.css(_BLOCKS)]
    if not blocks:
        blocks = [" ".join(root.text(separator=" ").split())]
    # A block inside another (a <p> in an <li>) would repeat its words: keep the first of each.
    return title, "\n\n".join(dict.fromkeys(b for b in blocks if b))


def load_article(path: Path | str) -> Article:
    """Read an article; HTML is reduced to its main text (spans then point into that text)."""
    path = Path(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(path, f"not an article ({', '.join(ARTICLE_SUFFIXES)}) nor a claims file")
    raw = read_text(path)
    if path.suffix.lower() in (".html", ".htm"):
        title, text = html_to_text(raw)
    else:
        text = raw
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first.lstrip("# ").strip() if len(first) <= 120 and not first.endswith(".") else ""
    return Article(path, text, title, sha256_text(raw))
