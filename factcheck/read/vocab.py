"""The word lists of a language, each file parsed once: every list a reader or a check uses lives in
lang/<language>/*.toml, as spaCy and dateparser keep theirs, so that vocabulary is data, not code."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources

LANGUAGE = "en"


@cache
def load(name: str, language: str = LANGUAGE) -> dict:
    """The parsed lang/<language>/<name>.toml (read once per process)."""
    path = resources.files(__package__).joinpath("lang", language, f"{name}.toml")
    return tomllib.loads(path.read_text("utf-8"))


@cache
def word_set(name: str, key: str, language: str = LANGUAGE) -> frozenset[str]:
    """A list of words from a file, as a set (a TOML string of words separated by spaces, or an array)."""
    value = load(name, language)[key]
    return frozenset(value.split() if isinstance(value, str) else value)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of words (escaped), longest first so that longer phrases win
    (then in alphabetical order, so that the pattern is the same in every process)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
