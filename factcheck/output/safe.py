"""Text fit for a terminal: control characters from articles and sources shown, never obeyed."""

from __future__ import annotations

import re

# C0 controls other than tab and newline, DEL, and C1 controls: an escape sequence in a fetched
# page must not clear the screen or retitle the terminal of whoever reads the report.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The text with each control character replaced by its visible picture (ESC as U+241B)."""
    return _CONTROL_RE.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", text)
