"""Which words of a claim a table accounts for: the rule that a table decides a claim only when
every word of it is a value, a column's word, the title's, an operation's, a figure's, a word that
states no condition of its own ("had", "there were"), or a verb of an accounted noun ("scored"
goals). The words are data (read/lang/en/tables.toml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..read.reading import concepts_of
from ..read.relations import relation_concepts
from ..read.vocab import alternation, load

TABLE_WORDS = load("tables")


@cache
def accounted_always() -> frozenset[str]:
    """Words that state no condition of their own, and the words of operations."""
    words = TABLE_WORDS["words"]
    lists = [TABLE_WORDS["light"], TABLE_WORDS["sum"], TABLE_WORDS["every"], TABLE_WORDS["none"], TABLE_WORDS["only"]]
    lists += [words["pool"], words["times"], words["ahead"], words["behind"], words["down"]]
    lists += [words["earlier"], words["later"], words["often"]]
    lists += [list(load("numbers")["ordinals"]), list(load("hedges")["hedges"]), list(TABLE_WORDS["after_hedges"])]
    # Who says it, and how ("the office said", "according to the report"): the source, not a condition.
    verbs = load("verbs")
    lists += [verbs["speech"], verbs["reporting"], verbs["publications"], verbs["according"].split()]
    return relation_concepts() | concepts_of(" ".join(w for ws in lists for w in ws))


@cache
def _verbs() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each noun's concept with the concepts of the verbs that go with it (tables.toml [verbs])."""
    return tuple((next(iter(concepts_of(n)), n), concepts_of(" ".join(vs))) for n, vs in TABLE_WORDS["verbs"].items())


@cache
def _operation_pattern() -> re.Pattern[str]:
    found = [*TABLE_WORDS["sum"], *TABLE_WORDS["every"], *TABLE_WORDS["none"], *TABLE_WORDS["only"]]
    return re.compile(rf"\b(?:{alternation(found)})\b", re.IGNORECASE)


def operation_words(text: str) -> bool:
    """Whether a text says "all", "none", "only", "in total" or the like: more than one row's values."""
    return bool(_operation_pattern().search(text))


def unaccounted(wanted: frozenset[str], accounted: Iterable[frozenset[str]]) -> frozenset[str]:
    """The words of `wanted` that none of the `accounted` sets, the words that state nothing, a
    compound of accounted words ("third-most") or a verb of an accounted noun account for."""
    known = accounted_always().union(*accounted)
    left = {w for w in wanted - known if not ("-" in w and concepts_of(w.replace("-", " ")) <= known)}
    for noun, verbs in _verbs():
        if noun in known:
            left -= verbs
    return frozenset(left)
