"""GitHub Actions annotations: one workflow command a failed claim, pointing at its line in the
claims file (or the article), as linters write them; a summary notice at the end."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Report
from .formats import Options


def _data(text: str) -> str:
    """A message as a workflow command carries it (% and line breaks escaped)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A property value (file, title) as a workflow command carries it."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(reports: Sequence[Report], options: Options) -> str:
    """`::error file=...,line=...,title=...::message` for each failed claim (formats.py); a
    disputed claim that fails is an error, an unverifiable one a warning."""
    lines = []
    for report in reports:
        for f in report.findings:
            if not f.failed(options.fail_on):
                continue
            level = "error" if f.verdict == "disputed" or f.expect is not None else "warning"
            where = (
                [f"file={_property(report.file or report.article.path)}"]
                if (report.file or report.article.path)
                else []
            )
            where += [f"line={f.line}"] if f.line else []
            expected = f", expected {f.expect}" if f.expect else ""
            where.append(f"title={_property(f'{f.id}: {f.verdict}{expected}')}")
            message = f"{f.claim} — {f.explanation}" + (f" Note: {f.note}" if f.note else "")
            lines.append(f"::{level} {','.join(where)}::{_data(message)}")
    total = sum(len(r.findings) for r in reports)
    failed = sum(f.failed(options.fail_on) for r in reports for f in r.findings)
    lines.append(f"::notice title=factcheck::{_data(f'{total} claims checked, {failed} failed')}")
    return "\n".join(lines) + "\n"
