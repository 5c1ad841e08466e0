"""Subjects: the named thing a figure or a statement is about. A numbered label ("Route 36",
"District 9") or a kind of undertaking with its own name ("Operation Redfin", "Cyclone Mara").
Two subjects of one kind with different names are different things: Route 3 is not Route 36,
Operation Bluefin is not Operation Redfin."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .text import LABEL_RE, fold
from .vocab import alternation, word_set

_KINDS = word_set("words", "subject_kinds")
# "Operation Redfin", "operation Green Wave": the kind in any case, the name capitalised.
_NAMED_RE = re.compile(
    rf"\b(?P<kind>(?i:{alternation(_KINDS)}))\s+(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)"
)


@dataclass(frozen=True, slots=True)
class Subject:
    """A named subject as a text writes it: its kind ("operation", "route") and its name."""

    kind: str
    name: str
    start: int
    end: int

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the subject, whatever the case or spacing it is written with."""
        return self.kind, self.name


@lru_cache(maxsize=65536)
def find_subjects(text: str) -> tuple[Subject, ...]:
    """Every numbered label and named undertaking in a text, in order."""
    found = [Subject(fold(m.group(1)), fold(m.group(2)), m.start(), m.end()) for m in LABEL_RE.finditer(text)]
    for m in _NAMED_RE.finditer(text):
        kind = " ".join(fold(m.group("kind")).split())
        found.append(Subject(kind, fold(m.group("name")), m.start(), m.end()))
    return tuple(sorted(found, key=lambda s: (s.start, s.end)))


def known_names(subjects: Iterable[Subject]) -> dict[str, str]:
    """The names of named undertakings, each with its kind, so that a later bare mention of the
    name ("Redfin was our largest operation") can be recognised."""
    return {s.name: s.kind for s in subjects if not s.name[:1].isdigit()}


class KnownNames:
    """The names of a corpus's named undertakings, found bare in any text ("Bluefin officers
    seized ..."). Built once per corpus: one pattern, a trie of the names, tries them all at each
    place in one pass (an alternation of thousands of names would try each in turn)."""

    def __init__(self, known: Mapping[str, str]) -> None:
        self.kinds = dict(known)
        self._pattern = re.compile(r"\b(" + _trie(sorted(self.kinds)) + r")\b", re.I) if self.kinds else None

    def find(self, text: str) -> list[Subject]:
        """The known names a text writes, capitalised ("redfin" the fish is not Operation Redfin)."""
        if self._pattern is None:
            return []
        found = []
        # At each place the longest name that ends at a word boundary matches, as an alternation of
        # the names sorted longest first would.
        for m in self._pattern.finditer(text):
            if m.group()[:1].isupper():
                found.append(Subject(self.kinds[fold(m.group())], fold(m.group()), m.start(), m.end()))
        return found


def _trie(names: list[str]) -> str:
    """A pattern matching any of the names (sorted), longer continuations tried before an end."""
    branches: dict[str, list[str]] = {}
    ends = False
    for name in names:
        if name:
            branches.setdefault(name[0], []).append(name[1:])
        else:
            ends = True
    parts = []
    for first, rests in branches.items():
        tail = _trie(rests)
        parts.append(re.escape(first) + (f"(?:{tail})" if "|" in tail else tail))
    if ends:
        parts.append("")  # the name may end here: tried last, after every longer one
    return "|".join(parts)


def bare_subjects(text: str, known: Mapping[str, str]) -> list[Subject]:
    """Subjects a text names without their kind, among known names (see KnownNames)."""
    return KnownNames(known).find(text)


def fit(claimed: frozenset[tuple[str, str]], stated: frozenset[tuple[str, str]]) -> bool | None:
    """Whether a source's subjects are the claim's: True when they share one, False when they name
    another of the same kind and not the claim's, None when nothing can be said."""
    if not claimed or not stated:
        return None
    if claimed & stated:
        return True
    if {kind for kind, _ in claimed} & {kind for kind, _ in stated}:
        return False
    return None


def describe(keys: Iterable[tuple[str, str]]) -> str:
    """Subjects as an explanation names them ("Operation Redfin", "Route 36")."""
    return ", ".join(
        f"{kind.capitalize()} {name.title() if not name[:1].isdigit() else name.upper()}" for kind, name in sorted(keys)
    )
