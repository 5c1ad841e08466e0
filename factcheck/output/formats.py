"""The report formats by name, each the module and function that render it (imported when asked
for, so that a check costs only the format it prints), and the options they take."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module

from ..model import FailOn, Report


@dataclass(frozen=True)
class Options:
    """What a format may be asked: which claims fail, whether to show only those, how wide and in
    colour (text), who reviews (ClaimReview) and on which date."""

    fail_on: FailOn = FailOn.disputed
    only_failures: bool = False
    width: int = 100
    color: bool = False
    author: str = ""
    author_url: str = ""
    date_published: dt.date | None = None


# name -> (module, function, what it is); the function takes (reports, options) and returns text.
FORMATS: dict[str, tuple[str, str, str]] = {
    "text": ("factcheck.output.text", "to_text", "a report for the terminal"),
    "json": ("factcheck.output.report", "render_json", "the JSON document (report.schema.json)"),
    "jsonl": ("factcheck.output.report", "render_jsonl", "one finding a line, as JSON"),
    "html": ("factcheck.output.html", "to_html", "one self-contained page to open or send"),
    "markdown": ("factcheck.output.markdown", "to_markdown", "a summary and a table, for a pull request or a wiki"),
    "claimreview": ("factcheck.output.claimreview", "to_claimreview", "schema.org ClaimReview JSON-LD"),
    "github": ("factcheck.output.github", "to_github", "GitHub Actions annotations, one per failed claim"),
}


def render(name: str, reports: Sequence[Report], options: Options) -> str:
    """The reports in the named format."""
    module, function, _ = FORMATS[name]
    renderer: Callable[[Sequence[Report], Options], str] = getattr(import_module(module), function)
    return renderer(reports, options)


def shown(reports: Sequence[Report], options: Options) -> list[Report]:
    """The reports as a format shows them: with --only-failures, only their failed findings (and
    only the reports that have any)."""
    if not options.only_failures:
        return list(reports)
    from dataclasses import replace

    kept = [replace(r, findings=tuple(f for f in r.findings if f.failed(options.fail_on))) for r in reports]
    return [r for r in kept if r.findings]
