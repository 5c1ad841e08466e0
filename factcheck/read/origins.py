"""Origins: the organisation, outlet or report a text says it rests on ("according to X",
"X reported", "a report by X")."""

from __future__ import annotations

import re

from .vocab import alternation, load, word_set

_CAP = r"[A-Z][\w.&'\u2019-]{0,40}"
_DOMAIN = r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.(?:com|org|net|gov|edu|int|info|news|co\.uk|eu|fr|de)\b"
_INNER = tuple(load("words")["inside_names"])
# A name has a few words at most: bounding them keeps each search linear (unbounded, a long run
# of capitalised words was rescanned from every one of them).
_ORIGIN = rf"(?:{_DOMAIN}|{_CAP}(?:\s+(?:{_CAP}|{'|'.join(_INNER)})){{0,8}})"
_ACCORDING = r"\s+".join(load("verbs")["according"].split())
_ORIGIN_RES = (
    re.compile(rf"\b{_ACCORDING}\s+(?:the\s+)?({_ORIGIN})"),
    re.compile(
        rf"\b(?:a|the)\s+(?:{alternation(word_set('verbs', 'publications'))})\s+(?:by|from)\s+(?:the\s+)?({_ORIGIN})"
    ),
    # Speech verbs ("said") are left to quotations: only reporting verbs name an outlet or report.
    re.compile(rf"(?<![\w.-])(?:[Tt]he\s+)?({_ORIGIN})\s+(?:{alternation(word_set('verbs', 'reporting'))})\b"),
)


def origin_match(text: str) -> re.Match[str] | None:
    """Where a text names the organisation or outlet it rests on ("according to X")."""
    for pattern in _ORIGIN_RES:
        m = pattern.search(text)
        if m:
            return m
    return None


def origin(text: str) -> str | None:
    """The organisation or outlet a text says it rests on, if it names one."""
    m = origin_match(text)
    if m is None:
        return None
    name = m.group(1).strip()
    name = name[4:] if name.startswith("The ") else name
    while name.split() and name.split()[-1] in _INNER:
        name = name.rsplit(" ", 1)[0]
    return name or None
