"""The command line: parse options, call the library, render. Errors become 'Error: ...', exit 2."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import FactcheckError
from .model import FailOn

# -h as well as --help, on every command.
_CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="factcheck",
    help="Check news articles against cached primary sources.",
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings=_CONTEXT,
)


class Format(StrEnum):
    """Output formats of `factcheck check` (output/formats.py renders each)."""

    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    markdown = "markdown"
    claimreview = "claimreview"
    github = "github"


class ListFormat(StrEnum):
    """Output formats of `factcheck sources list`."""

    text = "text"
    json = "json"


F = TypeVar("F", bound=Callable[..., Any])


def command(group: typer.Typer, name: str | None = None) -> Callable[[F], F]:
    """Register a command whose FactcheckError becomes one line, 'Error: ...', and exit code 2."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except FactcheckError as exc:
                typer.echo(f"Error: {exc}", err=True)
                raise typer.Exit(2) from None

        group.command(name)(run)
        return func

    return decorate


def _version(value: bool) -> None:
    if value:
        from .version import tool_version

        typer.echo(f"factcheck {tool_version()}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print factcheck's version and exit."),
    ] = None,
) -> None:
    """Check news articles against cached primary sources."""


def _emit(rendered: str, output: Path | None) -> None:
    """Print, or write to the output file atomically ("-" is stdout)."""
    from .files import write_atomically

    if output is not None and str(output) != "-":
        write_atomically(output, rendered)
    else:
        sys.stdout.write(rendered)


def _to_file(output: Path | None) -> Path | None:
    """The file an --output names; None for stdout (no option, or "-")."""
    return None if output is None or str(output) == "-" else output


def _refuse_inputs(output: Path, path: Path | None, sources: Path) -> None:
    """Refuse an output that is the article, a claims file, or a file in the sources folder."""
    from .articles import find_articles
    from .claims import find_claims_files, load_claims_file
    from .files import refuse_overwriting

    folder = Path("claims") if path is None else path
    inputs = find_claims_files(folder) if folder.is_dir() else [folder]
    if folder.is_dir() and not inputs:
        inputs = find_articles(folder)  # a folder of articles: each is an input
    # The articles the claims files name are inputs too: refused before any work is done.
    articles = [Path(load_claims_file(p).article.path) for p in inputs if p.suffix == ".toml" and p.is_file()]
    refuse_overwriting(output, [*inputs, *(a for a in articles if str(a) not in ("", "."))], [sources])


@command(app)
def check(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="An article (.txt, .md, .html; - reads one from standard input), a claims file (claims.toml, *.claims.toml), or a folder of claims files (or, with none, of articles); default: ./claims."
        ),
    ] = None,
    sources: Annotated[
        Path | None,
        typer.Option(
            "--sources", help="The folder of cached sources (default: a sources/ folder beside PATH, else ./sources)."
        ),
    ] = None,
    format: Annotated[
        Format,
        typer.Option("--format", "-f", help="Output format: text, json, jsonl, html, markdown, claimreview, github."),
    ] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report to this file (atomically) instead of stdout; - is stdout."
        ),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Verdicts that fail a claim with no `expect`.")
    ] = FailOn.disputed,
    only_failures: Annotated[bool, typer.Option("--only-failures", help="Show only the claims that failed.")] = False,
    author: Annotated[
        str,
        typer.Option(
            "--author",
            help="ClaimReview: the organisation reviewing (default: [tool.factcheck] author in ./pyproject.toml).",
        ),
    ] = "",
    author_url: Annotated[str, typer.Option("--author-url", help="ClaimReview: the organisation's URL.")] = "",
    date_published: Annotated[
        str, typer.Option("--date-published", help="ClaimReview: the reviews' date, YYYY-MM-DD (kept out otherwise).")
    ] = "",
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Processes for a folder of claims files (default: the CPU count)."),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Check afresh: take no report kept from an identical earlier run."),
    ] = False,
    accept: Annotated[
        bool,
        typer.Option(
            "--accept", help="Write each verdict into `expect` for the claims that have none (claims files only)."
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="A claim whose text is not in its article is an error, not a warning.")
    ] = False,
) -> None:
    """Check claims against the sources; exit 1 when a claim fails, 2 on bad input."""
    from .files import find_sources, refuse_overwriting
    from .output import kept

    sources = find_sources(path, sources)
    written = _to_file(output)
    if written is not None:
        _refuse_inputs(written, path, sources)
    if jobs is not None and jobs < 1:
        from .errors import OptionError

        raise OptionError(f"--jobs must be 1 or more, not {jobs}")
    options = _options(fail_on, only_failures, author, author_url, date_published, format, written)
    # The same inputs, byte for byte, give the same reports: a run that finds them kept skips the
    # readers and the checks (and their imports) altogether.
    found_key = kept.key(path, sources)
    reports = kept.get(sources, found_key) if found_key and not no_cache else None
    if reports is None:
        from .pipeline import check_path

        with _check_progress(sources) as progress:
            reports = check_path(path, sources, jobs or os.cpu_count() or 1, progress=progress)
        if found_key:
            kept.put(sources, found_key, reports)
    if written is not None:
        # The articles the claims files name are inputs too.
        refuse_overwriting(written, [Path(r.article.path) for r in reports if r.article.path])
    from .output import render

    _unplaced(reports, strict)
    if accept:
        reports = _accept(reports)
    _emit(render(format.value, reports, options), written)
    if any(f.failed(fail_on) for r in reports for f in r.findings):
        raise typer.Exit(1)


def _unplaced(reports: list, strict: bool) -> None:
    """A warning on stderr for each claim whose text is not in the article its claims file names
    (an error, before anything is written, with --strict)."""
    found = [
        f"{r.file}:{f.line}: claim {f.id!r}: its text is not in the article {r.article.path}"
        if f.line
        else f"{r.file}: claim {f.id!r}: its text is not in the article {r.article.path}"
        for r in reports
        if r.text and r.file.endswith(".toml")
        for f in r.findings
        if f.span is None
    ]
    if found and strict:
        from .errors import FactcheckError

        raise FactcheckError("\nError: ".join(found))
    for line in found:
        typer.echo(f"Warning: {line}", err=True)


def _accept(reports: list) -> list:
    """Write the verdict of each claim without `expect` into its claims file (atomically), and
    give the reports as they now stand: those claims expect what they got."""
    from dataclasses import replace

    from .curation import accept
    from .files import write_atomically

    accepted = []
    for report in reports:
        if not report.file.endswith(".toml"):
            accepted.append(report)  # an article checked itself: no claims file to write into
            continue
        verdicts = {f.id: f.verdict for f in report.findings if f.expect is None}
        if verdicts:
            text, count = accept(Path(report.file), verdicts)
            write_atomically(Path(report.file), text)
            typer.echo(f"{report.file}: {count} verdicts written as expect", err=True)
        findings = tuple(f if f.expect is not None else replace(f, expect=f.verdict) for f in report.findings)
        accepted.append(replace(report, findings=findings))
    return accepted


def _options(
    fail_on: FailOn,
    only_failures: bool,
    author: str,
    author_url: str,
    date_published: str,
    format: Format,
    written: Path | None,
) -> Any:
    """The rendering options: the terminal's width and colour for text on a terminal (a fixed
    width, no colour, elsewhere: the same report byte for byte), the reviewer from the option or
    ./pyproject.toml's [tool.factcheck]."""
    import datetime as dt
    import shutil

    from .errors import OptionError
    from .output import Options

    terminal = written is None and sys.stdout.isatty()
    if not author:
        author, author_url = _configured_author(author_url)
    published = None
    if date_published:
        try:
            published = dt.date.fromisoformat(date_published)
        except ValueError:
            raise OptionError(f"--date-published must be a date, YYYY-MM-DD, not {date_published!r}") from None
    return Options(
        fail_on=fail_on,
        only_failures=only_failures,
        width=shutil.get_terminal_size((100, 24)).columns if terminal else 100,
        color=terminal and format is Format.text and "NO_COLOR" not in os.environ,
        author=author,
        author_url=author_url,
        date_published=published,
    )


def _configured_author(author_url: str) -> tuple[str, str]:
    """The reviewing organisation from ./pyproject.toml's [tool.factcheck] (author, author_url)."""
    from .files import parse_toml, read_text

    config = Path("pyproject.toml")
    if not config.is_file():
        return "", author_url
    data = parse_toml(read_text(config), config)
    settings = data.get("tool", {}).get("factcheck", {})
    if not isinstance(settings, dict):
        return "", author_url
    return str(settings.get("author", "")), author_url or str(settings.get("author_url", ""))


@command(app)
def extract(
    article: Annotated[Path, typer.Argument(help="The article: .txt, .md or .html; - reads it from standard input.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft claims file here; - is stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing claims file.")] = False,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Merge the draft into an existing claims file: ids, expect and notes kept, new claims added.",
        ),
    ] = False,
) -> None:
    """Print the claims found in an article as a draft claims.toml, for curation."""
    import os.path

    from .articles import load_article
    from .errors import OptionError
    from .extraction import claims_toml, extract_claims
    from .files import refuse_overwriting, write_atomically

    written = _to_file(output)
    if force and update:
        raise OptionError("--force and --update do not go together: --update keeps the file, --force replaces it")
    if written is not None:
        refuse_overwriting(written, [article])
    if update and (written is None or not written.is_file()):
        raise OptionError("--update merges into an existing claims file: name it with --output")
    if written is not None and written.exists() and not (force or update):
        raise OptionError(
            f"{written} exists: --update merges the new draft into it (keeping its ids, expect and notes), "
            "--force replaces it"
        )
    if str(article) == "-":
        from .articles import article_from_text, read_stdin
        from .files import MAX_FILE_BYTES

        loaded = article_from_text(read_stdin(MAX_FILE_BYTES))
    else:
        loaded = load_article(article)
    found = extract_claims(loaded.text)
    if update and written is not None:
        from .curation import merge_draft

        merged, added, vanished = merge_draft(written, found)
        write_atomically(written, merged)
        typer.echo(f"{written}: {added} new claims added, {vanished} marked as no longer in the article", err=True)
        return
    base = written.parent if written is not None else Path(".")
    # The article's path is written relative to where the claims file will stand.
    relative = "" if str(article) == "-" else os.path.relpath(article, base)
    _emit(claims_toml(found, relative, loaded.title), written)


sources_app = typer.Typer(
    help="Build and maintain the cache of primary sources.", no_args_is_help=True, context_settings=_CONTEXT
)
app.add_typer(sources_app, name="sources")
SourcesDir = Annotated[Path, typer.Option("--sources", help="The folder of cached sources.")]


@command(sources_app, "list")
def sources_list(
    sources: SourcesDir = Path("sources"),
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.text,
) -> None:
    """List the cached sources: id, title, publisher, published, kind, retrieved, sha256."""
    from .corpus.store import load_corpus
    from .output.sourceview import list_json, list_text

    corpus = load_corpus(sources)
    sys.stdout.write(list_json(corpus) if format is ListFormat.json else list_text(corpus))


@command(sources_app, "show")
def sources_show(
    source_id: Annotated[str, typer.Argument(metavar="ID")], sources: SourcesDir = Path("sources")
) -> None:
    """Show a source's metadata and its passages with their locations."""
    from .corpus.store import load_corpus
    from .output.sourceview import show_text

    sys.stdout.write(show_text(load_corpus(sources), source_id))


def _seconds(timeout: float) -> float:
    """--timeout as given, if it is a positive number of seconds."""
    import math

    from .errors import OptionError

    if not math.isfinite(timeout) or timeout <= 0:
        raise OptionError(f"--timeout must be a positive number of seconds, not {timeout}")
    return timeout


def _count(option: str, value: int) -> int:
    """A count option as given, if it is not negative."""
    from .errors import OptionError

    if value < 0:
        raise OptionError(f"{option} must not be negative, not {value}")
    return value


@command(sources_app, "add")
def sources_add(
    location: Annotated[
        str, typer.Argument(metavar="URL|FILE", help="An http(s) URL, or a local HTML, text, Markdown or CSV file.")
    ],
    sources: SourcesDir = Path("sources"),
    source_id: Annotated[
        str | None, typer.Option("--id", help="The source's id (default: from the URL or file name).")
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Its title (default: the page's).")] = "",
    publisher: Annotated[str, typer.Option("--publisher", help="Who published it.")] = "",
    kind: Annotated[str, typer.Option("--kind", help="press-release, remarks, table, ...")] = "",
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a connection or a read.")] = 30.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest body accepted.")] = 10_000_000,
    retries: Annotated[int, typer.Option("--retries", help="Retries on 429, 5xx and connection errors.")] = 3,
) -> None:
    """Fetch a URL (or read a file) and store it as a source, with its provenance."""
    from .corpus.cache import add_file, add_url
    from .corpus.fetching import FetchPolicy

    policy = FetchPolicy(
        connect_timeout=min(_seconds(timeout), 10.0),
        read_timeout=timeout,
        max_bytes=_count("--max-bytes", max_bytes),
        retries=_count("--retries", retries),
    )
    if "://" in location or location.lower().startswith(("file:", "ftp:", "data:")):
        with _download_progress() as progress:
            stored = add_url(sources, location, source_id, title, publisher, kind, policy, progress=progress)
    else:
        stored = add_file(sources, Path(location), source_id, title, publisher, kind)
    typer.echo(f"added {stored.id}: {stored.path} (sha256 {stored.meta['sha256'][:12]})")


@command(sources_app, "refresh")
def sources_refresh(
    ids: Annotated[
        list[str] | None, typer.Argument(metavar="[ID]...", help="Sources to refresh (default: all with a URL).")
    ] = None,
    sources: SourcesDir = Path("sources"),
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a connection or a read.")] = 30.0,
    retries: Annotated[int, typer.Option("--retries", help="Retries on 429, 5xx and connection errors.")] = 3,
) -> None:
    """Re-fetch sources with conditional requests; report unchanged, changed, repaired or failed (exit 1 if any failed)."""
    from .corpus.cache import refresh
    from .corpus.fetching import FetchPolicy

    policy = FetchPolicy(
        connect_timeout=min(_seconds(timeout), 10.0), read_timeout=timeout, retries=_count("--retries", retries)
    )
    results = refresh(sources, ids or None, policy)
    for r in results:
        typer.echo(f"{r.status:9} {r.id}" + (f": {r.detail}" if r.detail else ""))
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


@command(sources_app, "index")
def sources_index(sources: SourcesDir = Path("sources")) -> None:
    """Read every source now and keep the readings for later checks (made again from scratch)."""
    from .corpus.persist import rebuild
    from .corpus.store import load_corpus

    corpus = load_corpus(sources)
    texts = [p.text for s in corpus.sources for p in s.passages]
    where = rebuild(sources, texts)
    kept = f"kept in {where}" if where else "not kept: no folder could take them"
    typer.echo(f"read {len(texts)} passages of {len(corpus.sources)} sources; readings {kept}")


@command(sources_app, "record")
def sources_record(
    ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ID]...", help="Sources to record (with --all: every one without a sha256)."),
    ] = None,
    all_sources: Annotated[bool, typer.Option("--all", help="Record every source that has no sha256 yet.")] = False,
    sources: SourcesDir = Path("sources"),
) -> None:
    """Record the sha256 of sources written by hand, so that `sources verify` tells a later edit."""
    from .corpus.cache import record
    from .errors import OptionError

    if bool(ids) == all_sources:
        raise OptionError("name the sources to record (ID...), or give --all, not both")
    for r in record(sources, ids or None):
        typer.echo(f"{r.status:11} {r.id}: sha256 {r.sha256[:12]}")


@command(sources_app, "rm")
def sources_rm(source_id: Annotated[str, typer.Argument(metavar="ID")], sources: SourcesDir = Path("sources")) -> None:
    """Remove a source from the folder; its files are kept in the folder's history."""
    from .corpus.cache import remove

    kept = remove(sources, source_id)
    typer.echo(f"removed {source_id} (its files kept in {kept})")


@command(sources_app, "verify")
def sources_verify(sources: SourcesDir = Path("sources")) -> None:
    """Recompute each source's sha256; report any whose text no longer matches its record, or whose update was cut short (exit 1)."""
    from .corpus.cache import verify

    results = verify(sources)
    for r in results:
        line = f"{r.status:11} {r.id}"
        if r.status == "edited":
            line += f": recorded {r.recorded[:12]}, now {r.actual[:12]}"
        elif r.status == "interrupted":
            line += ": an update was cut short; `factcheck sources refresh` completes it"
        typer.echo(line)
    if any(r.status in ("edited", "interrupted") for r in results):
        raise typer.Exit(1)


def _download_progress() -> AbstractContextManager[Callable[[int, int | None], None] | None]:
    """A progress bar on stderr for long downloads, on a terminal only."""
    from contextlib import contextmanager

    @contextmanager
    def bar() -> Iterator[Callable[[int, int | None], None] | None]:
        if not sys.stderr.isatty():
            yield None
            return
        from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

        with Progress(
            *Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn(), transient=True, console=None
        ) as progress:
            task = progress.add_task("fetching", total=None)
            yield lambda done, total: progress.update(task, completed=done, total=total)

    return bar()


# From these many claims, or sources in the folder, a run shows a progress bar (on a terminal).
MANY_CLAIMS, MANY_SOURCES = 20, 200


def _check_progress(sources: Path) -> AbstractContextManager[Callable[[int, int], None] | None]:
    """A progress bar on stderr, on a terminal only: while many sources are read (a bar that moves
    until the first claims are checked) and as many claims are checked."""
    from contextlib import contextmanager

    @contextmanager
    def bar() -> Iterator[Callable[[int, int], None] | None]:
        if not sys.stderr.isatty():
            yield None
            return
        from rich.console import Console
        from rich.progress import Progress

        try:
            many = sum(1 for _ in os.scandir(sources)) >= MANY_SOURCES
        except OSError:
            many = False  # no such folder: the check says so
        with Progress(*Progress.get_default_columns(), transient=True, console=Console(stderr=True)) as progress:
            task = progress.add_task("reading the sources" if many else "checking", total=None, visible=many)

            def tick(done: int, total: int) -> None:
                # A handful of claims is done before a bar could be read; many get one.
                progress.update(task, description="checking", completed=done, total=total, visible=total >= MANY_CLAIMS)

            yield tick

    return bar()


def main() -> None:
    """Console-script entry point: a usage error (an unknown command or option, a bad value) is one
    `Error:` line and exit 2, like every other bad input."""
    try:  # typer 0.2x carries its own copy of click; older ones use click itself
        from typer._click import exceptions as cx
    except ImportError:  # pragma: no cover
        from click import exceptions as cx  # type: ignore[no-redef]

    try:
        code = app(standalone_mode=False, prog_name="factcheck")
    except cx.NoArgsIsHelpError:
        app(prog_name="factcheck")  # no arguments: the help, as typer prints it
        return
    except cx.UsageError as exc:
        typer.echo(f"Error: {exc.format_message()}", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("Error: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
