"""The terminal report: each report headed by its file, its failed claims first, each claim a
block (verdict in words and a mark, so that colour is never the only signal; the claim, why, the
source, the note on a failure), wrapped at the width given without breaking an id, and at the end
a summary line and the ids of the claims that failed."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from ..model import Finding, Report
from .formats import Options, shown
from .report import summary_line
from .safe import printable

MARKS = {"supported": "✓", "disputed": "✗", "unverifiable": "?"}
# ANSI colours, only where the caller asks for colour (a terminal, and no NO_COLOR).
_COLOURS = {"supported": "32", "disputed": "1;31", "unverifiable": "33", "fail": "1;35", "dim": "2"}


def _paint(text: str, colour: str, options: Options) -> str:
    return f"\033[{_COLOURS[colour]}m{text}\033[0m" if options.color else text


def _wrap(text: str, width: int, indent: str, first: str = "") -> list[str]:
    """Lines of text wrapped at the width, never inside a word (an id, a URL, a source's name)."""
    return textwrap.wrap(
        printable(text),
        width=max(width, 40),
        initial_indent=indent + first,
        subsequent_indent=indent + " " * len(first),
        break_long_words=False,
        break_on_hyphens=False,
        replace_whitespace=True,
    ) or [indent + first.rstrip()]


def _finding(f: Finding, options: Options) -> list[str]:
    failed = f.failed(options.fail_on)
    head = [_paint(f"{MARKS[f.verdict]} {f.verdict}", f.verdict, options)]
    if failed:
        expected = f" (expected {f.expect})" if f.expect else ""
        head.insert(0, _paint("FAIL", "fail", options))
        head[-1] += expected
    where = f"line {f.line}" if f.line else ""
    head += [f.id, f.kind, where]
    lines = [" ".join(h for h in head if h)]
    lines += _wrap(f"“{f.claim}”", options.width, "  ")
    lines += _wrap(f.explanation, options.width, "  ", "why: ")
    if f.flags:
        lines += _wrap(", ".join(f.flags), options.width, "  ", "flags: ")
    if f.deciding is not None and len(f.checked) > 1:
        lines += _wrap(f"{f.deciding.part} ({f.deciding.status})", options.width, "  ", "decided by: ")
    cited = f.evidence or f.candidates
    if cited:
        label = "source: " if f.evidence else "nearest: "
        lines += _wrap("; ".join(f"{e.source_id}, {e.location}" for e in cited[:2]), options.width, "  ", label)
    if failed and f.note:
        lines += _wrap(f.note, options.width, "  ", "note: ")
    return lines


def _report(report: Report, options: Options) -> list[str]:
    name = report.file or report.article.path or "claims"
    lines = _wrap(name + (f" — {report.article.title}" if report.article.title else ""), options.width, "", "== ")
    if report.article.path and report.article.path != report.file:
        lines += _wrap(report.article.path, options.width, "   ", "article: ")
    if report.corpus:
        lines += _wrap(f"{report.corpus} ({len(report.sources)} sources)", options.width, "   ", "sources: ")
    lines += [*_wrap(summary_line([report], options.fail_on), options.width, "   "), ""]
    # Failures first; otherwise the order of the claims file.
    for f in sorted(report.findings, key=lambda f: not f.failed(options.fail_on)):
        lines += [*_finding(f, options), ""]
    return lines


def to_text(reports: Sequence[Report], options: Options) -> str:
    """The text report (formats.py); reports with failures come first."""
    listed = sorted(shown(reports, options), key=lambda r: not any(f.failed(options.fail_on) for f in r.findings))
    lines: list[str] = []
    for report in listed:
        lines += _report(report, options)
    lines += _wrap(summary_line(reports, options.fail_on), options.width, "")
    failed = [f.id for r in reports for f in r.findings if f.failed(options.fail_on)]
    if failed:
        lines += _wrap(", ".join(failed), options.width, "", "failed: ")
    return "\n".join(lines) + "\n"
