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


@dataclass(frozen=True)
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


def bare_subjects(text: str, known: Mapping[str, str]) -> list[Subject]:
    """Subjects a text names without their kind ("Bluefin officers seized ..."), among known names."""
    if not known:
        return []
    pattern = _names_pattern(tuple(sorted(known, key=lambda n: (-len(n), n))))
    found = []
    for m in pattern.finditer(text):
        if m.group()[:1].isupper():  # a name is capitalised; "redfin" the fish is not Operation Redfin
            found.append(Subject(known[fold(m.group())], fold(m.group()), m.start(), m.end()))
    return found


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


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
