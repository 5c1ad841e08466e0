"""The exception hierarchy: one base class, specific subclasses that carry their context."""

from __future__ import annotations

from pathlib import Path


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose; the CLI prints it as one line."""


class InputError(FactcheckError):
    """A file given to factcheck cannot be read or decoded."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class SourceFormatError(InputError):
    """A source document or table in the sources folder is malformed."""


class ClaimsFileError(InputError):
    """A claims file is malformed: bad TOML, a missing field, a duplicate id, a bad value."""


class ClaimsFilesError(ClaimsFileError):
    """Every problem of every claims file read in one run, each on its own `Error:` line (so that a
    folder of forty files is fixed in one pass, not one error at a time)."""

    def __init__(self, problems: list[ClaimsFileError]) -> None:
        self.problems = problems
        self.path, self.reason = problems[0].path, problems[0].reason
        FactcheckError.__init__(self, "\nError: ".join(str(p) for p in problems))


class UnknownSourceError(FactcheckError):
    """A claim names a source id that the corpus does not hold."""

    def __init__(self, source_id: str, known: tuple[str, ...], where: str = "") -> None:
        self.source_id = source_id
        self.known = known
        prefix = f"{where}: " if where else ""
        hint = ", ".join(known) if known else "none"
        super().__init__(f"{prefix}unknown source id {source_id!r} (known: {hint})")


def redact(url: str) -> str:
    """A URL fit to print or store: any user name and password in it replaced by '***'."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


class FetchError(FactcheckError):
    """A source could not be fetched: a refused URL, an HTTP error, a timeout, a body too large."""

    def __init__(self, url: str, reason: str) -> None:
        url = redact(url)  # a message never repeats a password
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class CacheError(FactcheckError):
    """The sources folder cannot take a change: a bad or taken id, an unknown source."""


class OptionError(FactcheckError):
    """An option has a value it cannot take (a negative timeout, NaN, an unknown choice)."""
