"""Lists in a text: the countries or organisations it names, and whether it enumerates them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .lexicon import find_orgs
from .reading import Reading, read


@dataclass(frozen=True, slots=True)
class Members:
    """The members of a list as a text names them: canonical names, and the other names used."""

    names: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...]  # (words used, canonical name)


def countries(text: str) -> Members:
    """The countries a text names, in order."""
    places = [p for p in read(text).places if not p.is_region]
    aliases = tuple((p.surface.removeprefix("the "), p.name) for p in places if p.via_alias)
    return Members(tuple(dict.fromkeys(p.name for p in places)), tuple(dict.fromkeys(aliases)))


def organisations(text: str) -> Members:
    """The known organisations a text names, in order."""
    found = find_orgs(text)
    aliases = tuple((used, name) for name, _, _, used in found if used.casefold() != name.casefold())
    return Members(tuple(dict.fromkeys(name for name, *_ in found)), tuple(dict.fromkeys(aliases)))


_BRACKETED = re.compile(r"\s*\([^)]*\)")
_ENUMERATION_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$")


def enumerated(reading: Reading) -> bool:
    """True when two or more countries, or organisations, stand in a list ("A, B and C")."""
    countries = [(p.start, p.end) for p in reading.places if not p.is_region]
    # An organisation's abbreviation in brackets after its name is the same member.
    blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), reading.text)
    orgs = [(start, end) for _, start, end, _ in find_orgs(blanked)]
    return any(
        _ENUMERATION_GAP.match(blanked[a[1] : b[0]])
        for spans in (countries, orgs)
        for a, b in itertools.pairwise(spans)
    )
