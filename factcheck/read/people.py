"""People named with their titles ("Deputy Attorney General Jeffrey A. Rosen"), and title logic."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .lexicon import canonical_org, org_forms, titles
from .text import Spans, fold, sentences
from .vocab import load, word_set

# Capital letters, Latin-1 and Latin Extended-A included ("Šileris"); the latter's range has
# lower-case letters too, which only makes a name's first letter a little more permissive.
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# A run of capitalised words (initials, acronyms and "of"/"the" inside titles allowed).
_CAP = rf"(?:[{UPPER}][\w'\u2019.-]*|[A-Z]\.)"
_RUN_RE = re.compile(rf"{_CAP}(?:[ \t]+(?:of[ \t]+the[ \t]+|of[ \t]+|for[ \t]+)?{_CAP})*")
_INITIAL_RE = re.compile(r"^[A-Z]\.$")
_NAME_WORD_RE = re.compile(rf"^[{UPPER}][a-z\u00df-\u024f'\u2019-]+$|^[A-Z]\.$")
# Words that open a clause of speech: "Said Smith" or "According Smith" is no name.
_SPEECH = word_set("verbs", "speech") | {load("verbs")["according"].split()[0]}
_JOINING = word_set("words", "joining")
MISSPELT = 80  # name similarity (0-100) above which a different name is taken for a misspelling


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in a text, with the title standing before the name (may be empty)."""

    name: str
    title: str
    start: int
    end: int

    @property
    def surname(self) -> str:
        """The last word of the name, folded."""
        return fold(self.name.split()[-1])

    @property
    def given(self) -> str:
        """The first word of the name, folded."""
        return fold(self.name.split()[0]).rstrip(".")


def _is_title_word(word: str, roles: frozenset[str], modifiers: frozenset[str]) -> bool:
    w = fold(word).rstrip(".")
    return w in roles or w in modifiers or (word.isupper() and len(word) > 1) or w in _JOINING


def find_people(text: str) -> list[Person]:
    """People introduced by a title, in order: '<title> <Given> [Initial] <Surname>'."""
    roles, rank, minor = titles()
    modifiers = rank | minor
    people = []
    # A title and its name stand in one sentence: "in March. Regional Director Maria Lopes" is no
    # "March Regional Director".
    runs = [run for lo, hi in sentences(text) for run in _RUN_RE.finditer(text, lo, hi)]
    for run in runs:
        # Closing punctuation is not part of a word ("Okafor." ends a sentence); initials keep theirs.
        tokens = [
            (w if _INITIAL_RE.match(w) else w.rstrip(".,;:"), m.start() + run.start())
            for m in re.finditer(r"\S+", run.group())
            for w in [m.group()]
        ]
        # The title is the longest prefix that ends in a role word; the name follows it.
        cut = 0
        for i, (word, _) in enumerate(tokens):
            if fold(word).rstrip(".") in roles:
                cut = i + 1
            elif not _is_title_word(word, roles, modifiers) and fold(word) not in org_forms() and cut:
                # A capitalised organisation word inside a title ("Chief Postal Inspector").
                if i + 1 < len(tokens) and fold(tokens[i + 1][0]).rstrip(".") in roles:
                    continue
                break
        name_tokens = tokens[cut:]
        if name_tokens and name_tokens[0][0] in ("of", "for") and len(name_tokens) >= 4:
            # "Minister of Health Ana Diaz": the organisation belongs to the title; the name is
            # the last two words (three with a middle initial).
            size = 3 if _INITIAL_RE.match(name_tokens[-2][0]) else 2
            cut += len(name_tokens) - size
            name_tokens = name_tokens[-size:]
        for i, (word, _) in enumerate(name_tokens):
            if word in _JOINING:  # "John Smith of Relief Watch": the name ends here
                name_tokens = name_tokens[:i]
                break
        while name_tokens and not _NAME_WORD_RE.match(name_tokens[-1][0].rstrip(",")):
            name_tokens = name_tokens[:-1]
        if cut == 0 or not 2 <= len(name_tokens) <= 4:
            continue
        if not all(_NAME_WORD_RE.match(w) for w, _ in name_tokens) or _INITIAL_RE.match(name_tokens[-1][0]):
            continue
        if fold(name_tokens[0][0]) in _SPEECH:
            continue
        title = " ".join(w for w, _ in tokens[:cut])
        start = tokens[0][1]
        last_word, last_start = name_tokens[-1]
        people.append(Person(" ".join(w for w, _ in name_tokens), title, start, last_start + len(last_word)))
    taken = Spans([(p.start, p.end) for p in people])
    people += [p for p in find_appositives(text) if not taken.meets(p.start, p.end)]
    return sorted(people, key=lambda p: p.start)


def _appositive_re() -> re.Pattern[str]:
    roles, rank, minor = titles()
    modifiers = "|".join(sorted(rank | minor, key=len, reverse=True))
    role = "|".join(sorted(roles, key=len, reverse=True))
    name = rf"[{UPPER}][\w'\u2019-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[{UPPER}][\w'\u2019-]+){{1,2}}"
    return re.compile(
        rf"(?P<name>{name}),[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
        rf"(?P<title>(?:(?:{modifiers})[ \t]+)*(?:[\w'\u2019.-]+[ \t]+){{0,3}}?(?:{role})\b[^,.;:()\n]*(?:\([^)]*\))?)"
    )


_APPOSITIVE: list[re.Pattern[str]] = []


def find_appositives(text: str) -> list[Person]:
    """People introduced as 'Name, title of Organisation,' ("Jane Doe, head of the agency")."""
    if not _APPOSITIVE:
        _APPOSITIVE.append(_appositive_re())
    found = []
    for m in _APPOSITIVE[0].finditer(text):
        title = m.group("title").strip()
        if title[:1].isupper():
            continue  # "Smith, Director Jones" is two people, not a title
        found.append(Person(m.group("name"), title, m.start("name"), m.start("title") + len(title)))
    return found


def same_person(a: Person, b: Person) -> bool:
    """True when two mentions name the same person (same surname; given names compatible)."""
    if a.surname != b.surname:
        return False
    if len(a.name.split()) == 1 or len(b.name.split()) == 1:
        return True
    ga, gb = a.given, b.given
    return ga == gb or (len(ga) == 1 and gb.startswith(ga)) or (len(gb) == 1 and ga.startswith(gb))


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0-100, ignoring middle initials and case."""
    strip = lambda n: " ".join(w for w in fold(n).split() if len(w.rstrip(".")) > 1)  # noqa: E731
    return fuzz.ratio(strip(a), strip(b))


def misspelt(claimed: Person, stated: Person) -> bool:
    """True when two different names are close enough to be one name misspelt ("Lopez", "Maria Lopes")."""
    if len(claimed.name.split()) == 1 or len(stated.name.split()) == 1:
        return name_similarity(claimed.surname, stated.surname) >= MISSPELT
    return name_similarity(claimed.name, stated.name) >= MISSPELT


_BARE_NAME_RE = re.compile(rf"^[{UPPER}][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[{UPPER}][\w'\u2019-]+){{0,3}}$")


def bare_name(text: str) -> Person | None:
    """A text that is only a name ("Dana Okafor", "Nwosu"), as a person without a title."""
    text = text.strip()
    return Person(text, "", 0, len(text)) if _BARE_NAME_RE.match(text) else None


@dataclass(frozen=True, slots=True)
class TitleParts:
    """A title split into what names the office, what ranks it, and the organisation."""

    roles: tuple[str, ...]
    rank: frozenset[str]
    minor: frozenset[str]
    orgs: frozenset[str]


def title_parts(title: str) -> TitleParts:
    """Split a title into role words, rank modifiers, minor modifiers and organisations."""
    roles, rank, minor = titles()
    role_words, rank_words, minor_words, org_words = [], set(), set(), []
    for word in title.split():
        w = fold(word).rstrip(".,")
        if w in rank:
            rank_words.add(w)
        elif w in minor:
            minor_words.add(w)
        elif w in roles:
            role_words.append(w)
        elif w not in ("u.s", "us"):
            org_words.append(word)
    while org_words and fold(org_words[0]) in _JOINING:
        org_words.pop(0)
    while org_words and fold(org_words[-1]) in _JOINING:
        org_words.pop()
    orgs = frozenset({canonical_org(" ".join(org_words))}) if org_words else frozenset()
    return TitleParts(tuple(role_words), frozenset(rank_words), frozenset(minor_words), orgs)


def compare_titles(claimed: str, stated: str) -> tuple[bool, str]:
    """Whether a claimed title names the office a source states, and the difference if not."""
    a, b = title_parts(claimed), title_parts(stated)
    generic = frozenset(load("titles")["generic"])
    if a.roles and b.roles and (set(a.roles) <= generic or set(b.roles) <= generic):
        # "head of the River Authority" is its Administrator: the same office, if the ranks agree.
        a = TitleParts(b.roles, a.rank, a.minor, a.orgs) if set(a.roles) <= generic else a
        b = TitleParts(a.roles, b.rank, b.minor, b.orgs) if set(b.roles) <= generic else b
    if a.roles and b.roles and a.roles[-1] != b.roles[-1]:
        return False, f"the office differs ({claimed!r} vs {stated!r})"
    if set(a.roles) != set(b.roles) and a.roles and b.roles:
        return False, f"the office differs ({claimed!r} vs {stated!r})"
    if a.rank != b.rank:
        extra, missing = sorted(a.rank - b.rank), sorted(b.rank - a.rank)
        parts = []
        if extra:
            parts.append("adds " + ", ".join(w.capitalize() for w in extra))
        if missing:
            parts.append("leaves out " + ", ".join(w.capitalize() for w in missing))
        return False, "the article's title " + " and ".join(parts)
    if a.orgs and b.orgs and not (a.orgs & b.orgs):
        return False, f"the organisation differs ({claimed!r} vs {stated!r})"
    return True, ""
