"""What words name and mean: places, organisations, titles, synonyms and opposites (the data is in
lang/<language>/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold, stem
from .vocab import load as _vocab


def _load(name: str) -> dict:
    return _vocab(name.removesuffix(".toml"))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A country or region named in a text, with the canonical name it stands for."""

    name: str  # canonical country name, or the region for a region word
    region: str  # continent; "*" for worldwide
    start: int
    end: int
    surface: str
    is_region: bool = False

    @property
    def via_alias(self) -> bool:
        """True when the text used another name than the canonical one."""
        return fold(self.surface).removeprefix("the ") != fold(self.name)


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool]]]:
    data = _load("places.toml")
    table: dict[str, tuple[str, str, bool]] = {}
    for name, region in data["countries"].items():
        table[name] = (name, region, False)
    for name, others in data["aliases"].items():
        for other in others:
            table[other] = (name, data["countries"][name], False)
    for word, region in data["regions"].items():
        table[word] = (word if region != "*" else "worldwide", region, True)
    # Longest first, so "United States of America" wins over "United States" and "America".
    alternatives = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:[Tt]he\s+)?(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")
    return pattern, table


def find_places(text: str) -> list[PlaceMention]:
    """Every country or region named in the text, in order."""
    pattern, table = _places()
    found = []
    for m in pattern.finditer(text):
        surface = m.group(1)
        # "US" in capitals only; "us" the pronoun is not a country.
        name, region, is_region = table[surface]
        found.append(PlaceMention(name, region, m.start(1), m.end(1), m.group(0), is_region))
    return found


def region_of(country: str) -> str:
    """The continent of a canonical country name ("" when unknown)."""
    _, table = _places()
    entry = table.get(country)
    return entry[1] if entry else ""


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    canon: dict[str, str] = {}
    for name, others in _load("organisations.toml")["aliases"].items():
        for form in (name, *others):
            canon[fold(form)] = name
    return canon


def canonical_org(name: str) -> str:
    """The canonical name of an organisation, or the name itself (folded) when unknown."""
    folded = fold(name).removeprefix("the ")
    return _organisations().get(folded, folded)


def org_forms() -> dict[str, str]:
    """Every known organisation form (folded) with its canonical name."""
    return _organisations()


@lru_cache(maxsize=1)
def titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The role words, rank modifiers and minor modifiers that make up official titles."""
    data = _load("titles.toml")
    return frozenset(data["roles"]), frozenset(data["rank"]), frozenset(data["minor"])


def _groups() -> list[list[str]]:
    # The rise and fall words of trends.toml are synonym groups too: one list, two uses.
    trends = _load("trends.toml")
    # A month and its short forms ("February", "feb"), from the dates' own list: one word.
    months: dict[int, list[str]] = {}
    for name, number in _load("dates.toml")["months"].items():
        months.setdefault(number, []).append(name)
    by_length = [sorted(names, key=len, reverse=True) for names in months.values() if len(names) > 1]
    return [*_load("synonyms.toml")["groups"], trends["rise"], trends["fall"], *by_length]


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    group_of: dict[str, str] = {}
    for group in _groups():
        head = stem(group[0])
        for word in group:
            group_of[stem(word)] = head
    return group_of


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    """Stems of nouns that count without naming the measure ("people")."""
    return frozenset(stem(w) for w in _load("synonyms.toml").get("generic", []))


def concept(word_stem: str) -> str:
    """The synonym group a stem belongs to (the stem itself when it has none)."""
    return _synonyms().get(word_stem, word_stem)


@lru_cache(maxsize=1)
def _org_pattern() -> re.Pattern[str]:
    forms = [name for others in _load("organisations.toml")["aliases"].items() for name in (others[0], *others[1])]
    # Acronyms match in capitals only ("WHO", not "who"); names match in any case.
    parts = [
        re.escape(f) if f.isupper() or "." in f else "(?i:" + re.escape(f) + ")"
        for f in sorted(forms, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def find_orgs(text: str) -> list[tuple[str, int, int, str]]:
    """Known organisations named in a text: (canonical name, start, end, words used), in order."""
    return [(canonical_org(m.group()), m.start(), m.end(), m.group()) for m in _org_pattern().finditer(text)]


def orgs_in(text: str) -> frozenset[str]:
    """The canonical names of the known organisations a text names."""
    return frozenset(name for name, *_ in find_orgs(text))


@lru_cache(maxsize=1)
def _antonyms() -> tuple[tuple[str, str], ...]:
    return tuple((concept(stem(a)), concept(stem(b))) for a, b in _load("synonyms.toml").get("antonyms", []))


def opposed(claimed: frozenset[str], context: frozenset[str]) -> tuple[str, str] | None:
    """A word the claim uses whose opposite, and not itself, stands in the source's context."""
    for a, b in _antonyms():
        for mine, theirs in ((a, b), (b, a)):
            if mine in claimed and theirs in context and mine not in context:
                return mine, theirs
    return None
