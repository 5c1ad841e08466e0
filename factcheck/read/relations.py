"""Relations between figures that a text states: a rise or a fall between years (and by how much),
a highest or lowest value, one thing more or less than another."""

from __future__ import annotations

import re
from functools import cache

from .anchors import base_years
from .lexicon import concept
from .quantities import Quantity
from .reading import Reading, read
from .text import stem, words
from .vocab import alternation, load

_TRENDS = load("trends")
_RISE, _FALL = concept(stem(_TRENDS["rise"][0])), concept(stem(_TRENDS["fall"][0]))
FACTORS: dict[str, float] = _TRENDS["factors"]
_RISE_RE = re.compile(
    rf"\b(?:{alternation([*_TRENDS['rise_phrases'], *(w for w, f in FACTORS.items() if f > 1)])})\b", re.I
)
_FALL_RE = re.compile(
    rf"\b(?:{alternation([*_TRENDS['fall_phrases'], *(w for w, f in FACTORS.items() if f < 1)])})\b", re.I
)
_HEDGE_OF = {phrase: kind for kind, phrases in _TRENDS["factor_hedges"].items() for phrase in phrases}
FACTOR_RE = re.compile(rf"\b(?:(?P<hedge>{alternation(_HEDGE_OF)})\s+)?(?P<word>{alternation(FACTORS)})\b", re.I)
_RANK = {name: re.compile(rf"\b(?:{alternation(ws)})\b", re.I) for name, ws in _TRENDS["rank"].items()}
_THAN = {
    name: re.compile(rf"\b(?:{alternation(_TRENDS['rank'][name])})\b[^.]*?\bthan\b", re.I) for name in ("more", "less")
}
# A percentage right after a trend verb or "by" is the size of the change; others are levels.
_CHANGE_BEFORE_RE = re.compile(rf"\b(?:{alternation(_TRENDS['change']['before'])})\s+$", re.I)


def direction(text: str) -> tuple[bool, bool]:
    """Whether a text says something rose, and whether it says something fell."""
    concepts = {concept(stem(w)) for w in words(text)}
    return (_RISE in concepts or bool(_RISE_RE.search(text)), _FALL in concepts or bool(_FALL_RE.search(text)))


def factor_hedge(phrase: str) -> str:
    """What a hedge before "doubled" means: above, nearly, about, or "" for none."""
    return _HEDGE_OF.get(" ".join(phrase.casefold().split()), "")


_ORDINALS: dict[str, int] = load("numbers")["ordinals"]
_RANKED_RE = re.compile(
    rf"\b(?P<ordinal>{alternation(_ORDINALS)})[\s-]+(?:most[\s-]+)?(?P<word>{alternation([*_TRENDS['rank']['highest'], *_TRENDS['rank']['lowest']])})\b",
    re.IGNORECASE,
)


def rank(text: str) -> tuple[int, bool] | None:
    """The rank a text gives ("the third leading cause": 3, from the highest; "the second-smallest":
    2, from the lowest), or None."""
    m = _RANKED_RE.search(text)
    if m is None:
        return None
    return _ORDINALS[m.group("ordinal").casefold()], m.group("word").casefold() in _TRENDS["rank"]["highest"]


_SPEED = _TRENDS["speed"]
_SPEED_RE = re.compile(
    rf"\b(?:(?P<ordinal>{alternation(_ORDINALS)})[\s-]+)?(?P<word>{alternation([*_SPEED['fast'], *_SPEED['slow']])})\b",
    re.IGNORECASE,
)
_SPEED_THAN_RE = re.compile(rf"\b(?P<word>{alternation([*_SPEED['faster'], *_SPEED['slower']])})\b[^.]*?\bthan\b", re.I)


def speed(text: str) -> tuple[int, bool] | None:
    """The place by speed a text gives ("the fourth fastest": 4, True; "the slowest": 1, False), or None."""
    m = _SPEED_RE.search(text)
    if m is None:
        return None
    place = _ORDINALS[m.group("ordinal").casefold()] if m.group("ordinal") else 1
    return place, m.group("word").casefold() in _SPEED["fast"]


def speed_than(text: str) -> tuple[re.Match[str], bool] | None:
    """Where a text says "faster ... than" (True) or "slower ... than" (False), or None."""
    m = _SPEED_THAN_RE.search(text)
    return (m, m.group("word").casefold() in _SPEED["faster"]) if m else None


_ALL_TIME_RE = re.compile(rf"\b(?:{alternation(_TRENDS['all_time'])})\b", re.IGNORECASE)


def all_time(text: str) -> tuple[str, ...]:
    """The phrases that make a text's superlative one over every year on record ("since records began")."""
    return tuple(dict.fromkeys(m.group().lower() for m in _ALL_TIME_RE.finditer(text)))


def superlative(text: str) -> tuple[bool, bool]:
    """Whether a text says highest (most, largest...), and whether it says lowest."""
    return bool(_RANK["highest"].search(text)), bool(_RANK["lowest"].search(text))


def comparison(text: str) -> re.Match[str] | None:
    """Where a text says "more ... than" or "less ... than" (group 0 up to "than"), more first."""
    return _THAN["more"].search(text) or _THAN["less"].search(text)


def says_more(text: str) -> tuple[bool, bool]:
    """Whether a text says "more ... than", and whether it says "less ... than"."""
    return bool(_THAN["more"].search(text)), bool(_THAN["less"].search(text))


@cache
def relation_concepts() -> frozenset[str]:
    """The concepts of the words that compare figures (rise, fall, highest, more, doubled...)."""
    lists = [_TRENDS["rise"], _TRENDS["fall"], list(FACTORS), *_TRENDS["rank"].values(), _TRENDS["superlatives"]]
    lists += [*_SPEED.values()]
    bases = [word for phrase in load("dates")["base"] for word in phrase.split()]  # "since", "compared"
    bases += [word for phrase in _TRENDS["all_time"] for word in phrase.split()]  # "on record", "ever"
    return frozenset(concept(stem(w)) for ws in [*lists, bases] for w in ws)


# The words of a highest or a lowest ("top", "leading") are superlatives as much as "busiest" is.
_OPERATORS = frozenset(
    [*_TRENDS["superlatives"], *_TRENDS["rank"]["highest"], *_TRENDS["rank"]["lowest"], *_TRENDS["exclusive"]]
)


def operators(text: str) -> tuple[str, ...]:
    """The words of a text that say more than its figures do ("lowest", "busiest", "only"), in order."""
    return tuple(dict.fromkeys(w for w in words(text) if w in _OPERATORS))


def unsaid(claimed: tuple[str, ...], stated: str) -> tuple[str, ...]:
    """The claim's operator words (or phrases: "since records began") that a source's words do not say."""
    said = words(stated)
    joined = f" {' '.join(said)} "
    return tuple(w for w in claimed if (f" {' '.join(words(w))} " not in joined if " " in w else w not in said))


def span_against(claim_text: str, stated: str) -> tuple[bool, int] | None:
    """A claim's superlative since one year against a source's since another: (True, base) when the
    source's span covers the claim's ("the highest since 2016" bears out "since 2019"), (False,
    base) when the claim's reaches back past the source's base, a year at least as high ("since
    1991" is not borne out but ruled out by "since 2016"); None when they do not compare."""
    claimed, said = base_years(claim_text), base_years(stated)
    if len(claimed) != 1 or len(said) != 1 or not any(superlative(claim_text)):
        return None
    if superlative(claim_text) != superlative(stated) or claimed == said or all_time(stated):
        return None  # "since records began in 1991": the base is where the records start, not a peak
    return int(claimed[0]) > int(said[0]), int(said[0])


def change_figures(claim: Reading) -> tuple[Quantity, ...]:
    """The percentages in a trend claim that give the size of the change ("fell 4.1%", "by 10%")."""
    return tuple(
        q
        for q in claim.quantities
        if q.dimension == "percent" and _CHANGE_BEFORE_RE.search(claim.text[max(0, q.start - 20) : q.start])
    )


def is_table_relation(text: str) -> bool:
    """True when a text compares values (a trend, a superlative, a comparison). A base year ("the
    highest since 2019") is not a year of its own."""
    claim = read(text)
    based = {int(y) for y in base_years(text)}
    own = claim.years - based
    # "rose in 2022 compared with 2021" is a trend between the base and its own year; "rose to 1,187,
    # the highest since 2016" is not: the base is the superlative's.
    trend = len(claim.years) >= 2 and any(direction(text)) and not (based and len(own) < 2 and any(superlative(text)))
    ranked = len(own) == 1 and (any(superlative(text)) or any(says_more(text)))
    # "Canada won more gold medals than Russia": a table with a row for each compares them.
    compared = not own and any(says_more(text))
    return trend or ranked or compared
