"""Source formats, registered by file suffix and content type: each turns a stored body into
passages (and, for a table, its columns). To read a new format, register one more Format here."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import FetchError, InputError, SourceFormatError
from ..model import Passage, Table
from ..read.vocab import load


@dataclass(frozen=True)
class Parsed:
    """What a format reads from a body: the passages, the table (for tables) and a fallback title."""

    passages: tuple[Passage, ...]
    table: Table | None = None
    title: str = ""


@dataclass(frozen=True)
class Format:
    """A way sources are written: its suffixes, the content types it is served as, where its
    metadata lives (front matter inside the file, or a sidecar <stem>.toml) and how to read it."""

    name: str
    suffixes: tuple[str, ...]
    content_types: tuple[str, ...]
    front_matter: bool  # False: the metadata is in a sidecar
    parse: Callable[[str, str, dict, Path], Parsed]  # (body, source id, metadata, path) -> Parsed
    stored_as: str = ""  # the format `sources add` stores a fetched body as ("" for itself)


FORMATS: list[Format] = []


def register(fmt: Format) -> Format:
    """Make a format one that the sources folder and `sources add` read."""
    FORMATS.append(fmt)
    return fmt


def by_suffix(path: Path) -> Format | None:
    """The format of a file in the sources folder, by its suffix (None: not a source)."""
    return next((f for f in FORMATS if path.suffix.lower() in f.suffixes), None)


def by_name(name: str) -> Format:
    """A registered format by name."""
    return next(f for f in FORMATS if f.name == name)


# Content types that say nothing about the format: the name's suffix decides.
_GENERIC_TYPES = ("", "text/plain", "application/octet-stream")


def detect(content_type: str, name: str) -> Format:
    """The format of a fetched body or a local file: a content type that names one decides, a
    generic one (none, text/plain, octet-stream) leaves it to the name's suffix."""
    suffix = Path(urlsplit(name).path).suffix.lower()
    for fmt in FORMATS:
        if content_type in fmt.content_types:
            return fmt
    if content_type in _GENERIC_TYPES:
        for fmt in FORMATS:
            if suffix in fmt.suffixes:
                return fmt
    if content_type == "application/pdf" or suffix == ".pdf":
        raise FetchError(name, "PDF is not supported: save the document's text as .txt or .md and add that")
    if content_type.startswith("text/"):
        return by_name("text")
    raise FetchError(name, f"cannot store content of type {content_type or 'unknown'}")


_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")


def _paragraphs(body: str, source_id: str) -> tuple[Passage, ...]:
    paragraphs = [p.strip() for p in _PARAGRAPH_RE.split(body.strip()) if p.strip()]
    # "paragraph 3" is one string for every source's third paragraph.
    return tuple(
        Passage(source_id, sys.intern(f"paragraph {i}"), " ".join(p.split()), i) for i, p in enumerate(paragraphs, 1)
    )


def _parse_text(body: str, source_id: str, meta: dict, path: Path) -> Parsed:
    passages = _paragraphs(body, source_id)
    first = body.strip().split("\n", 1)[0].lstrip("# ").strip() if passages else path.stem
    return Parsed(passages, None, first)


_NOT_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
)  # elements that are never the article
_BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td"


MAX_HTML_DEPTH = 5_000  # elements open at once: past this a page is refused before parsing
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})\b[^<>]{0,2000}?(/?)>")
# Elements that never nest (void) or whose end tag may be left out: they do not deepen a page.
_FLAT = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rp",
        "html",
        "head",
        "body",
    ]
)


def html_depth_ok(html: str, limit: int = MAX_HTML_DEPTH) -> bool:
    """Whether a page's elements nest no deeper than the limit, by one linear pass over its tags (an
    HTML parser takes seconds on a page nested 80,000 deep)."""
    depth = 0
    for m in _TAG_RE.finditer(html):
        if m.group(2).lower() in _FLAT or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        if depth > limit:
            return False
    return True


def html_to_text(html: str, where: Path | str = "the page") -> tuple[str, str]:
    """The title and the main text of an HTML page, one paragraph per block, blank-line separated."""
    from selectolax.lexbor import LexborHTMLParser

    if not html_depth_ok(html):
        raise InputError(where, f"HTML nested more than {MAX_HTML_DEPTH:,} elements deep")

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


# Where pages state when they were published: Open Graph and common meta names, schema.org's
# itemprop, then the first <time datetime> (the byline's, on most news pages).
_PUBLISHED_SELECTORS = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
)
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LD_PUBLISHED_RE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _iso_date(value: str | None) -> dt.date | None:
    m = _ISO_DATE_RE.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None  # a malformed date in a page is no date, not an error


def html_published(html: str) -> dt.date | None:
    """The date an HTML page says it was published (its metadata, JSON-LD or first <time>), if any."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for selector in _PUBLISHED_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and (found := _iso_date(node.attributes.get("content"))):
            return found
    for node in tree.css('script[type="application/ld+json"]'):
        m = _LD_PUBLISHED_RE.search(node.text() or "")
        if m and (found := _iso_date(m.group(1))):
            return found
    node = tree.css_first("time[datetime]")
    return _iso_date(node.attributes.get("datetime")) if node is not None else None


_LD_PUBLISHER_RE = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,200})"')
# " | Site", " - Site", " — Site": how a page's <title> adds its site's name after the headline.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page says of itself: its headline (without the site's name), its publisher and
    the date it was published."""

    title: str
    publisher: str
    published: dt.date | None


def html_metadata(html: str) -> PageMeta:
    """A page's headline, publisher and date from its metadata: Open Graph (og:title, og:site_name),
    meta names, JSON-LD (publisher.name, datePublished), else <title> with the site's name cut off."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)

    def meta(*selectors: str) -> str:
        for selector in selectors:
            node = tree.css_first(selector)
            if node is not None and (content := " ".join((node.attributes.get("content") or "").split())):
                return content
        return ""

    publisher = meta('meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]')
    if not publisher:
        for node in tree.css('script[type="application/ld+json"]'):
            if m := _LD_PUBLISHER_RE.search(node.text() or ""):
                publisher = m.group(1).strip()
                break
    heading = tree.css_first("title")
    title = meta('meta[property="og:title"]', 'meta[name="twitter:title"]') or (
        " ".join(heading.text().split()) if heading else ""
    )
    for separator in _TITLE_SEPARATORS:
        for site in filter(None, (publisher,)):
            if title.endswith(separator + site):
                title = title[: -len(separator + site)].strip()
            elif title.startswith(site + separator):
                title = title[len(site + separator) :].strip()
    return PageMeta(title, publisher, html_published(html))


def _parse_html(body: str, source_id: str, meta: dict, path: Path) -> Parsed:
    title, text = html_to_text(body, path)
    return Parsed(_paragraphs(text, source_id), None, title or path.stem)


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


# Up to this many rows, a table's rows are also read as text (people, titles, quotations in its
# cells); a larger one is a statistical table, checked through its cells (sidecar: read_rows).
READ_ROWS_UP_TO = 2_000


_PLAIN_NUMBER_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _total_rows(header: tuple[str, ...], passages: list[Passage]) -> tuple[str, ...]:
    """The label of a row that adds up the others (its first cell that is no number), where the
    sidecar does not say which rows are totals: a row whose cells are the sum of the other rows'
    in two columns or more and in at least half of the columns of numbers (small counts may add
    up by chance in a column or two); else a last row labelled a total ("total", "align =
    left|total" of a copied page). The Cuba row of a table of Cuba's provinces is no province.
    Linear in the table's cells (each column summed once), and only for a table small enough to
    be read as text too: a statistical table of 200,000 rows says its totals in its sidecar."""
    if len(passages) < 4:
        return ()
    rows = [dict(p.cells) for p in passages] if len(passages) <= READ_ROWS_UP_TO else []
    numeric: dict[str, list[float]] = {}
    for column in header:
        values = [row.get(column, "") for row in rows]
        if all(_PLAIN_NUMBER_RE.fullmatch(v) for v in values):
            numeric[column] = [float(v.replace(",", "")) for v in values]
    sums = {column: sum(numbers) for column, numbers in numeric.items()}
    for i, row in enumerate(rows):
        summed = 0
        for column, numbers in numeric.items():
            total = numbers[i]
            if total and abs(total - (sums[column] - total)) <= 0.001 * abs(total):
                summed += 1
        label = next((v for v in row.values() if v and not _PLAIN_NUMBER_RE.fullmatch(v)), "")
        if summed >= 2 and 2 * summed >= len(numeric) and label:
            return (label,)
    first = dict(passages[-1].cells).get(header[0], "")
    if set(re.findall(r"[a-z]+", first.lower())) & set(load("tables")["total_labels"]):
        return (first,)
    return ()


# "height ft / m" over cells "351 / 107": one measure in two units, each read as a column of its own.
_DUAL_HEADER_RE = re.compile(r"^(?P<base>.*?)\s*\(?\b(?P<a>[a-z]+)\s*/\s*(?P<b>[a-z]+)\)?\s*$")
_DUAL_CELL_RE = re.compile(r"^\s*(-?\d[\d,]*(?:\.\d+)?)\s*/\s*(-?\d[\d,]*(?:\.\d+)?)\s*$")


def _unit_dimensions() -> dict[str, str]:
    """Each unit's forms with its dimension (units.toml); "m" is metres only beside another length."""
    found = {form: unit["dimension"] for unit in load("units")["unit"] for form in unit["forms"]}
    return {**found, "m": "length"}


def _dual_columns(
    header: tuple[str, ...], descriptions: dict, passages: list[Passage]
) -> list[tuple[str, str, str, str]]:
    """The columns that give one measure in two units ("height ft / m": "351 / 107"), as (column,
    measure, first unit, second unit): both words units of one dimension, and most cells two numbers."""
    dimensions = _unit_dimensions()
    found = []
    for column in header:
        m = _DUAL_HEADER_RE.match(str(descriptions.get(column, column)).lower())
        if m is None or not m.group("base").strip():
            continue
        a, b = m.group("a"), m.group("b")
        if a == b or a not in dimensions or dimensions[a] != dimensions.get(b):
            continue
        values = [dict(p.cells).get(column, "") for p in passages]
        if values and sum(bool(_DUAL_CELL_RE.match(v)) for v in values) * 2 > len(values):
            found.append((column, m.group("base").strip(), a, b))
    return found


# "68% (152965)": a share and the count it is of, in one cell (votes for a measure).
_SHARE_COUNT_CELL_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s?%\s*\(\s*(\d[\d,]*)\s*\)\s*$")


def _share_count_columns(header: tuple[str, ...], passages: list[Passage]) -> list[str]:
    """The columns most of whose cells give a share and its count ("68% (152965)")."""
    # Only the columns whose first cells are such (a large table is not read cell by cell twice).
    first = [dict(p.cells) for p in passages[:20]]
    maybe = [c for c in header if any(_SHARE_COUNT_CELL_RE.match(cells.get(c, "")) for cells in first)]
    found = []
    for column in maybe:
        at = header.index(column)
        values = [v for p in passages if (v := p.cells[at][1] if at < len(p.cells) else "")]
        if values and sum(bool(_SHARE_COUNT_CELL_RE.match(v)) for v in values) * 2 > len(values):
            found.append(column)
    return found


def _split_duals(
    header: tuple[str, ...], descriptions: dict, passages: list[Passage]
) -> tuple[tuple[str, ...], dict, list[Passage]]:
    """The table with each measure given in two units also as two columns, one a unit ("height_ft":
    351, "height_m": 107), and each share given with its count as two ("yes_vote_percent": 68,
    "yes_vote_number": 152965); the row's text and its first column as they were."""
    duals = _dual_columns(header, descriptions, passages)
    shared = _share_count_columns(header, passages)
    if not duals and not shared:
        return header, descriptions, passages
    added: list[tuple[str, str, int, re.Pattern[str]]] = []  # (new column, its source, which number, cells)
    descriptions = dict(descriptions)
    parts = [(column, base, ((a, 1), (b, 2)), _DUAL_CELL_RE) for column, base, a, b in duals]
    parts += [
        (column, str(descriptions.get(column, column)), (("percent", 1), ("number", 2)), _SHARE_COUNT_CELL_RE)
        for column in shared
    ]
    for column, base, units, pattern in parts:
        for unit, at in units:
            name = re.sub(r"[^a-z0-9]+", "_", f"{base} {unit}").strip("_")
            if name in header or any(name == n for n, _, _, _ in added):
                continue
            added.append((name, column, at, pattern))
            descriptions[name] = f"{base} (%)" if unit == "percent" else f"{base} ({unit})"
    rows = []
    for p in passages:
        cells = dict(p.cells)
        extra = []
        for name, column, at, pattern in added:
            m = pattern.match(cells.get(column, ""))
            extra.append((name, m.group(at) if m else ""))
        rows.append(Passage(p.source_id, p.location, p.text, p.index, (*p.cells, *extra)))
    return (*header, *(n for n, _, _, _ in added)), descriptions, rows


def _parse_csv(body: str, source_id: str, meta: dict, path: Path) -> Parsed:
    """A table: each row a passage; the sidecar says what the columns and cell values mean."""
    sidecar = path.with_suffix(".toml")
    try:
        rows = list(csv.reader(io.StringIO(body)))
    except csv.Error as exc:
        raise SourceFormatError(path, f"bad CSV: {exc}") from None
    if not rows or not any(c.strip() for c in rows[0]):
        raise SourceFormatError(path, "a table needs a header row")
    header = tuple(c.strip() for c in rows[0])
    passages = []
    totals_after: list[str] = []  # the rows under a heading that says they are totals
    under_totals = False
    for number, row in enumerate(rows[1:], 1):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise SourceFormatError(path, f"row {number} has {len(row)} cells, the header {len(header)}")
        if len(header) > 1 and len({c.strip() for c in row}) == 1:
            # A heading inside the table ("season aggregates" in every cell): no row of data; the
            # rows under a heading that names totals are totals.
            under_totals = bool(set(re.findall(r"[a-z]+", row[0].lower())) & set(load("tables")["total_labels"]))
            continue
        if under_totals and row[0].strip():
            totals_after.append(row[0].strip())
        cells = tuple(zip(header, (c.strip() for c in row), strict=False))
        shown = "; ".join(f"{k} {v}" for k, v in cells if v)
        passages.append(Passage(source_id, f"row {number}", shown, number, cells))
    descriptions = meta.get("columns", {})
    if not isinstance(descriptions, dict):
        raise SourceFormatError(sidecar, "[columns] must be a table")
    header, descriptions, passages = _split_duals(header, descriptions, passages)
    read_rows = meta.get("read_rows", len(passages) <= READ_ROWS_UP_TO)
    if not isinstance(read_rows, bool):
        raise SourceFormatError(sidecar, "read_rows must be true or false")
    time_axis = meta.get("time_axis", "")
    if not isinstance(time_axis, str) or (time_axis and time_axis not in header):
        raise SourceFormatError(sidecar, f"time_axis must name one of the columns ({', '.join(header)})")
    table = Table(
        source_id,
        header,
        tuple((k, str(v)) for k, v in sorted(descriptions.items())),
        _pairs(meta.get("aliases", {}), sidecar, "aliases"),
        _pairs(meta.get("broader", {}), sidecar, "broader"),
        _strings(meta["aggregates"], sidecar, "aggregates")
        if "aggregates" in meta
        else tuple(totals_after) or _total_rows(header, passages),
        read_rows,
        time_axis,
    )
    return Parsed(tuple(passages), table, path.stem.replace("-", " "))


# Built-in formats, in the order a content type is matched. A fetched HTML page is stored as its
# main text, in Markdown with front matter; a table keeps its CSV.
register(Format("text", (".md", ".txt", ".markdown"), ("text/markdown", "text/x-markdown"), True, _parse_text))
register(Format("csv", (".csv",), ("text/csv", "application/csv", "text/comma-separated-values"), False, _parse_csv))
register(
    Format("html", (".html", ".htm"), ("text/html", "application/xhtml+xml"), False, _parse_html, stored_as="text")
)
