"""Files: reading text that may be bad, hashing it, and writing so that a reader never sees half."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import FactcheckError, InputError


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, or raise InputError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None


def sha256_text(text: str) -> str:
    """The sha256 of a text encoded as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write a file through a temporary file beside it and a rename: never half-written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror})") from None
