"""How the cached sources are shown: the list (text or JSON) and one source with its passages."""

from __future__ import annotations

import json

from ..errors import UnknownSourceError
from ..model import Corpus
from .report import source_dict
from .safe import printable


def list_text(corpus: Corpus) -> str:
    """A plain table of the sources, one line each."""
    rows = [("id", "title", "publisher", "published", "kind", "retrieved", "sha256")]
    for s in corpus.sources:
        i = s.info
        title = i.title if len(i.title) <= 40 else i.title[:39] + "…"
        publisher = i.publisher.split(",")[0][:40]
        rows.append(
            (
                i.id,
                title,
                publisher,
                i.published.isoformat() if i.published else "-",
                i.kind or "-",
                i.retrieved[:19] or "-",
                i.sha256[:12],
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    text = "".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)).rstrip() + "\n" for r in rows)
    return printable(text)


def list_json(corpus: Corpus) -> str:
    """The sources as a JSON array, in the report's format."""
    return json.dumps([source_dict(s.info) for s in corpus.sources], indent=2, ensure_ascii=False) + "\n"


def show_text(corpus: Corpus, source_id: str) -> str:
    """A source's metadata, then each passage under the location a finding cites."""
    source = corpus.get(source_id)
    if source is None:
        raise UnknownSourceError(source_id, corpus.ids)
    lines = [f"{k}: {v}" for k, v in source_dict(source.info).items() if v]
    if source.table is not None:
        lines.append("columns: " + ", ".join(f"{c} ({source.table.description(c)})" for c in source.table.columns))
    lines.append("")
    for passage in source.passages:
        lines.append(f"[{passage.location}] {passage.text}")
    return printable("\n".join(lines) + "\n")
