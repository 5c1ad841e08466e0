"""The command line: parse options, call the library, render. Errors become 'Error: ...', exit 2."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .errors import FactcheckError

app = typer.Typer(
    name="factcheck",
    help="Check news articles against cached primary sources.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    """Output formats of `factcheck check`."""

    text = "text"
    json = "json"


class FailOn(str, Enum):
    """Which verdicts fail a claim that has no `expect`."""

    disputed = "disputed"
    unverifiable = "unverifiable"
    never = "never"


@app.callback()
def _main() -> None:
    """Check news articles against cached primary sources."""


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror})") from None


@app.command()
def check(
    path: Annotated[Path | None, typer.Argument(help="An article (.txt, .md, .html), a claims file (claims.toml, *.claims.toml) or a folder of claims files; default: ./claims.")] = None,
    sources: Annotated[Path, typer.Option("--sources", help="The folder of cached sources.")] = Path("sources"),
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Verdicts that fail a claim with no `expect`.")] = FailOn.disputed,
) -> None:
    """Check claims against the sources; exit 1 when a claim fails, 2 on bad input."""
    from .report import to_json
    from .verify import check_path, failed

    try:
        reports = check_path(path, sources)
        if format is Format.json:
            rendered = to_json(reports)
        else:
            rendered = _render_text(reports, to_file=output is not None)
        if output is not None:
            _write_atomically(output, rendered)
        else:
            sys.stdout.write(rendered)
    except FactcheckError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    if any(failed(f, fail_on.value) for r in reports for f in r.findings):
        raise typer.Exit(1)


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="The article: .txt, .md or .html.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the draft claims file here.")] = None,
) -> None:
    """Print the claims found in an article as a draft claims.toml, for curation."""
    import os.path

    from .articles import load_article
    from .extraction import claims_toml, extract_claims

    try:
        loaded = load_article(article)
        base = output.parent if output is not None else Path(".")
        # The article's path is written relative to where the claims file will stand.
        rendered = claims_toml(extract_claims(loaded.text), os.path.relpath(article, base), loaded.title)
        if output is not None:
            _write_atomically(output, rendered)
        else:
            sys.stdout.write(rendered)
    except FactcheckError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None


def _render_text(reports: list, to_file: bool) -> str:
    from rich.console import Console

    from .render import render_text

    # Colour only on a terminal and never with NO_COLOR (rich honours NO_COLOR itself).
    terminal = not to_file and sys.stdout.isatty()
    with open(os.devnull, "w") as sink:
        # A fixed width off the terminal keeps the output byte-identical from run to run.
        console = Console(record=True, file=sink, width=None if terminal else 120,
                          force_terminal=terminal, no_color=not terminal or "NO_COLOR" in os.environ)
        render_text(reports, console)
    return console.export_text(styles=terminal and "NO_COLOR" not in os.environ)


def main() -> None:
    """Console-script entry point."""
    app()
