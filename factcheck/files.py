"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import FactcheckError


def write_atomically(path: Path, text: str) -> None:
    """Write a file through a temporary file beside it and a rename: never half-written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror})") from None
