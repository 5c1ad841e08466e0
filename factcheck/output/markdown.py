"""The Markdown report: for each report a heading, its counts, and a table of its claims (failed
ones first) that reads well in a pull request or a wiki; every text from an article or a source is
escaped so that it cannot break the table or become a link or markup."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Finding, Report
from .formats import Options, shown
from .report import summary_line
from .text import MARKS

_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_md(text: str) -> str:
    """Text as Markdown shows it literally, on one line (a table cell's)."""
    return _SPECIAL_RE.sub(r"\\\1", " ".join(text.split()))


def _row(f: Finding, options: Options) -> str:
    failed = f.failed(options.fail_on)
    verdict = f"{MARKS[f.verdict]} {f.verdict}" + (
        f" (**failed**, expected {f.expect})" if failed and f.expect else " (**failed**)" if failed else ""
    )
    cited = f.evidence or f.candidates
    source = "; ".join(f"`{e.source_id}`, {escape_md(e.location)}" for e in cited[:2]) or "–"
    why = escape_md(f.explanation) + (f" *Note: {escape_md(f.note)}*" if failed and f.note else "")
    cells = [f"`{f.id}`", verdict, escape_md(f.claim), why, source]
    return "| " + " | ".join(cells) + " |"


def to_markdown(reports: Sequence[Report], options: Options) -> str:
    """The Markdown report (formats.py)."""
    lines = ["# Fact-check report", "", summary_line(reports, options.fail_on), ""]
    for report in shown(reports, options):
        name = report.file or report.article.path or "claims"
        lines += [f"## {escape_md(name)}", ""]
        if report.article.title:
            lines += [f"*{escape_md(report.article.title)}*", ""]
        if report.corpus:
            lines += [f"Checked against the sources in `{report.corpus}`.", ""]
        counts = ", ".join(f"{MARKS[v]} {report.count(v)} {v}" for v in ("supported", "disputed", "unverifiable"))
        lines += [counts, "", "| claim | verdict | text | why | source |", "| --- | --- | --- | --- | --- |"]
        for f in sorted(report.findings, key=lambda f: not f.failed(options.fail_on)):
            lines.append(_row(f, options))
        lines.append("")
    failed = [f.id for r in reports for f in r.findings if f.failed(options.fail_on)]
    if failed:
        lines += ["Failed: " + ", ".join(f"`{i}`" for i in failed), ""]
    return "\n".join(lines)
