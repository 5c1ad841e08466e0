"""Files: reading text that may be bad, hashing it, and writing so that a reader never sees half."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

from .errors import FactcheckError, InputError

MAX_FILE_BYTES = 10_000_000  # an article, a claims file or a source: past this, refused, not read
# A table is data, not prose: an extract of 200,000 rows by state, year and drug runs past 10 MB.
MAX_TABLE_BYTES = 200_000_000
# A claim is one statement or quotation; checking compares it with every passage in ways that grow
# faster than its length, so a longer text is not checked (refused in a claims file).
MAX_CLAIM_CHARS = 4_000


# One wording for each reason a file cannot be read, whichever command meets it.
_REASONS = {
    FileNotFoundError: "file not found",
    IsADirectoryError: "not a regular file",
    NotADirectoryError: "file not found",
    PermissionError: "permission denied",
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be read, in the words every command uses."""
    return next((words for kind, words in _REASONS.items() if isinstance(exc, kind)), exc.strerror or "cannot be read")


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file, or raise InputError saying why it cannot be read: not a regular file
    (a FIFO would block forever, /dev/zero never end), larger than the limit, or not UTF-8."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(path, os_reason(exc)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(path, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise InputError(path, os_reason(exc)) from None
    finally:
        os.close(fd)
    return decode_text(data, path, limit)


def decode_text(data: bytes, path: Path, limit: int) -> str:
    """Bytes read (up to limit + 1) as UTF-8 text, or InputError: past the limit, or not UTF-8."""
    if len(data) > limit:
        raise InputError(path, f"larger than the limit of {limit:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None


def sha256_text(text: str) -> str:
    """The sha256 of a text encoded as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomically(path: Path, text: str, exclusive: bool = False) -> None:
    """Write a file through a temporary file beside it and a rename: never half-written. With
    `exclusive`, the file must not exist yet, checked in the same step that creates it (a hard
    link fails on an existing name), so two writers cannot both create it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="\n")
        if exclusive:
            os.link(tmp, path)
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except FileExistsError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise InputError(path, "exists already") from None
    except OSError as exc:
        with contextlib.suppress(OSError):  # a read-only folder refuses the cleanup too
            tmp.unlink(missing_ok=True)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror})") from None


def refuse_overwriting(output: Path, inputs: list[Path], folders: list[Path] | None = None) -> None:
    """Raise InputError when an output file is one of the inputs, or lies in a folder of inputs
    (the sources folder): a report must never replace the article or claims file it is about."""
    target = output.resolve()
    for given in inputs:
        if given.resolve() == target or (given.exists() and target.exists() and os.path.samefile(given, target)):
            raise InputError(output, f"is an input of this command ({given}); write the output elsewhere")
    for folder in folders or []:
        if folder.is_dir() and target.is_relative_to(folder.resolve()):
            raise InputError(output, f"is inside the sources folder {folder}; write the output elsewhere")


def parse_toml(text: str, path: Path, error: type[InputError] = InputError, what: str = "bad TOML") -> dict:
    """Parse TOML from a file the user gave; a syntax error, or nesting too deep to parse, is `error`."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(path, f"{what}: {exc}") from None
    except RecursionError:
        raise error(path, f"{what}: nested too deeply") from None


SOURCES_FOLDER = "sources"


def find_sources(path: Path | None, given: Path | None) -> Path:
    """The sources folder a check uses: the one given; else a `sources/` folder beside the article
    or claims file (in the folder, for a folder); else ./sources. None there is an error that says
    where it looked and how to point at one."""
    if given is not None:
        if not given.is_dir():
            raise InputError(
                given, "sources folder not found; point at the folder of cached sources with --sources DIR"
            )
        return given
    here = Path(SOURCES_FOLDER)
    beside = None
    if path is not None:
        beside = (path if path.is_dir() else path.parent) / SOURCES_FOLDER
        if beside.is_dir():
            return beside
    if here.is_dir():
        return here
    looked = f"{beside} nor ./{SOURCES_FOLDER}" if beside is not None and beside != here else f"./{SOURCES_FOLDER}"
    raise InputError(here, f"no sources folder ({looked}); point at the folder of cached sources with --sources DIR")
