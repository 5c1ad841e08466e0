"""The tool's version, kept low so that every layer may name it (user agent, reports)."""

from __future__ import annotations

from functools import cache


@cache
def tool_version() -> str:
    """The installed factcheck version ('0+unknown' when run from a bare checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:
        return "0+unknown"
