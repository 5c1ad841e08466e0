"""The terminal report: a table of claim, verdict, why and source, then a summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Report
from .report import summary_line
from .safe import printable

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {"supported": "green", "disputed": "bold red", "unverifiable": "yellow"}


def render_text(reports: list[Report], console: Console) -> None:
    """Print each report as a table (colour only where the console allows it)."""
    from rich.table import Table
    from rich.text import Text

    for report in reports:
        title = report.article.title or report.article.path or "claims"
        table = Table(title=printable(title), show_lines=True, expand=True)
        table.add_column("claim", ratio=3)
        table.add_column("verdict", no_wrap=True)
        table.add_column("why", ratio=4)
        table.add_column("source", ratio=2, overflow="fold")
        for f in report.findings:
            verdict = Text(f.verdict, style=_STYLE[f.verdict])
            if f.failed_expectation:
                verdict.append(f"\n(expected {f.expect})", style="bold")
            why = f.explanation + (f"\nflags: {', '.join(f.flags)}" if f.flags else "")
            if f.deciding is not None and len(f.checked) > 1:
                why += f"\ndecided by: {f.deciding.part} ({f.deciding.status})"
            cited = f.evidence or f.candidates
            source = "\n".join(f"{e.source_id}, {e.location}" for e in cited[:2]) or "-"
            claim = f.claim if len(f.claim) <= 160 else f.claim[:157] + "..."
            # Text() keeps brackets in claims ("[CCP Virus]") from being read as rich markup.
            cells = (f"{claim}\n({f.id}, {f.kind})", why, source)
            table.add_row(Text(printable(cells[0])), verdict, Text(printable(cells[1])), Text(printable(cells[2])))
        console.print(table)
    console.print(summary_line(reports))
