"""Which words of a claim a table accounts for: the rule that a table decides a claim only when
every word of it is a value, a column's word, the title's, an operation's, a figure's, a word that
states no condition of its own ("had", "there were"), or a verb of an accounted noun ("scored"
goals). The words are data (read/lang/en/tables.toml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..read.reading import concepts_of
from ..read.vocab import alternation, load

TABLE_WORDS = load("tables")


@cache
def relation_words(kind: str) -> frozenset[str]:
    """The words of one kind of relation (trends.toml): "superlative" (highest, busiest, most),
    "comparison" (more, fewer, than), "trend" (rose, fell, grew), "place" (second, 12th: a row's
    place, which a figure's lookup leaves unread). Accounted for only by an operation that checks
    them."""
    if kind == "place":
        # With the verbs of a place ("finished", "ranked"), which a column called "place" (a word
        # that states nothing elsewhere: "took place") does not bring.
        verbs = TABLE_WORDS["verbs"]
        said = [v for noun in TABLE_WORDS["words"]["rank_columns"] for v in verbs.get(noun, ())]
        said += [*TABLE_WORDS["words"]["first"], *TABLE_WORDS["words"]["last"]]  # the ends of an order
        return frozenset(_PLACES) | frozenset(_PLACES.values()) | concepts_of(" ".join(said))
    trends = load("trends")
    rank = trends["rank"]
    lists = {
        "superlative": [*rank["highest"], *rank["lowest"], *trends["superlatives"]],
        "comparison": [
            *rank["more"],
            *rank["less"],
            trends["than"],
            *trends["speed"]["faster"],
            *trends["speed"]["slower"],
        ],
        # "tripled": a rise, by a factor.
        "trend": [
            *trends["rise"],
            *trends["fall"],
            *trends["rise_phrases"],
            *trends["fall_phrases"],
            *trends["factors"],
        ],
    }[kind]
    return concepts_of(" ".join(lists))


# Each ordinal's concept with the place it names ("fifth": place:5, as table.ordinals_in writes it):
# a cell "5th" accounts for the claim's "fifth".
PLACE_ORDINALS: dict[str, int] = {**load("numbers")["ordinals"], **load("numbers")["first_place"]}
_PLACES = {next(iter(concepts_of(w)), w): f"place:{n}" for w, n in PLACE_ORDINALS.items()}


@cache
def accounted_always() -> frozenset[str]:
    """Words that state no condition of their own, and the words of the operations on rows
    (all, none, only, in total, of the): never the words of a relation (see relation_words)."""
    words = TABLE_WORDS["words"]
    lists = [TABLE_WORDS["light"], TABLE_WORDS["sum"], TABLE_WORDS["every"], TABLE_WORDS["none"], TABLE_WORDS["only"]]
    lists += [words["pool"], words["times"], words["ahead"], words["behind"], words["down"]]
    lists += [words["earlier"], words["later"], words["often"]]
    lists += [list(load("hedges")["hedges"]), list(TABLE_WORDS["after_hedges"])]
    # Who says it, and how ("the office said", "according to the report"): the source, not a condition.
    verbs = load("verbs")
    lists += [verbs["speech"], verbs["reporting"], verbs["publications"], verbs["according"].split()]
    return concepts_of(" ".join(w for ws in lists for w in ws))


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


def nouns_of_verbs(words: frozenset[str]) -> frozenset[str]:
    """The nouns whose verbs are among the words ("killed": deaths, "scored": goals): what a claim
    that names no measure but says how it came about measures."""
    return frozenset(noun for noun, verbs in _verbs() if words & verbs)


def unaccounted(
    wanted: frozenset[str], accounted: Iterable[frozenset[str]], relations: Iterable[str] = ()
) -> frozenset[str]:
    """The words of `wanted` that none of the `accounted` sets, the words that state nothing, the
    words of the relations checked (`relations`: "superlative", "comparison", "trend"), a compound
    of accounted words ("third-most") or a verb of an accounted noun account for."""
    accounted = list(accounted)
    # A noun's verbs go with it where the claim's table names it, not where it is a word that
    # states nothing ("times" of "five times" brings no "ran" nor "finished").
    named = frozenset().union(*accounted, *(relation_words(k) for k in relations))
    known = accounted_always() | named
    # A compound of accounted words ("third-most") is accounted for; one with a particle is a word
    # of its own ("play-off", "run-off", "turn-out": no play, run or turn).
    left = {
        w
        for w in wanted - known
        if not ("-" in w and concepts_of(w.replace("-", " ")) <= known and not set(w.split("-")) & _particles())
    }
    # A place is one word with two spellings: its ordinal ("fifth") and its place ("place:5").
    placed = {_PLACES[w] for w in known if w in _PLACES}
    left = {w for w in left if _PLACES.get(w) not in known and w not in placed}
    for noun, verbs in _verbs():
        if noun in named:
            left -= verbs
    return frozenset(left)


@cache
def _particles() -> frozenset[str]:
    """The particles that make a compound a word of its own (tables.toml words.particles)."""
    return frozenset(TABLE_WORDS["words"]["particles"])
