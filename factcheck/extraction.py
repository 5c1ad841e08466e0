"""Finding the checkable claims in an article: atomic claims with their exact spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .model import Claim, Kind
from .read.lexicon import concept
from .read.lists import enumerated
from .read.origins import origin, origin_match
from .read.reading import concepts_of, read
from .read.text import DOUBLE_QUOTES, JOINT_RE, SINGLE_QUOTES, STOPWORDS, Spans, paragraphs, segment, sentences, stem
from .read.text import words as text_words
from .read.vocab import alternation, load

# Lines that are the page's furniture, not the article's assertions.
_BOILERPLATE_RE = re.compile(r"\b(?:" + "|".join(load("boilerplate")["phrases"]) + r")\b", re.IGNORECASE)
_END_RE = re.compile(r"[.!?\"'\u201d\u2019\u2026)]\s*$")
MAX_CONTEXT_WORDS = 10


@dataclass(frozen=True)
class Extracted:
    """A claim found in an article.

    `in_quotation`: a figure inside a quotation, worth reporting only when a source states it.
    `origin`: for "according to X" and "X reported", the X the claim rests on.
    """

    claim: Claim
    in_quotation: bool = False
    origin: str | None = None


class _Found(NamedTuple):
    start: int
    end: int
    kind: Kind
    in_quotation: bool = False
    origin: str | None = None


def is_furniture(paragraph: str) -> bool:
    """Boilerplate (sign-up forms, legal lines) and headlines (short, no closing punctuation)."""
    if _BOILERPLATE_RE.search(paragraph) and len(paragraph.split()) <= 25:
        return True
    return len(paragraph.split()) <= 20 and not _END_RE.search(paragraph)


_EDGE = ",;:" + DOUBLE_QUOTES + SINGLE_QUOTES


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, joining words and closing punctuation from a span."""
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE + "."):
        end -= 1
    for lead in _LEADING:
        if text.startswith(f"{lead} ", start):
            start += len(lead) + 1
    return start, end


def _clip_words(text: str, start: int, end: int, keep_end: int) -> int:
    """Move start forward so that no more than MAX_CONTEXT_WORDS words precede keep_end."""
    words = list(re.finditer(r"\S+", text[start:keep_end]))
    if len(words) > MAX_CONTEXT_WORDS:
        return start + words[-MAX_CONTEXT_WORDS].start()
    return start


_LEADING = load("words")["leading"]
_AND = re.escape(load("words")["and"])
# A figure's own words stop before a bracket, "and <verb>ed" or a clause opener ("which", "but").
_AFTER_STOP_RE = re.compile(rf"\s\(|\s{_AND}\s+\w+ed\b|\s(?:{alternation(load('words')['clause_openers'])})\b")
MAX_AFTER_WORDS = 6


def _after(text: str, start: int, limit: int) -> int:
    """Where a figure's own words end: a few words on, before a bracket or a new clause."""
    stop = _AFTER_STOP_RE.search(text, start, limit)
    end = stop.start() if stop else limit
    words = list(re.finditer(r"\S+", text[start:end]))
    return start + words[MAX_AFTER_WORDS - 1].end() if len(words) > MAX_AFTER_WORDS else end


_WHEN_WORDS = frozenset(
    concept(stem(w)) for w in ("year", "years", *load("dates")["relative"], *load("dates")["previous"])
)


def _says_nothing_of_what(sentence: str, lo: int, hi: int, figures: list) -> bool:
    """True when a figure's own stretch names nothing but the figure and a time."""
    rest = sentence[lo:hi]
    for q in sorted(figures, key=lambda q: -q.start):
        rest = rest[: q.start - lo] + " " + rest[q.end - lo :]
    return not (concepts_of(rest) - _WHEN_WORDS)


def _slug(kind: Kind, text: str, taken: dict[str, int]) -> str:
    # The claim's first content words, as written (stems would read "seiz"), name it.
    words = []
    for w in text_words(text):
        if w not in STOPWORDS and any(c.isalpha() for c in w):
            words.append(w)
            if len(words) == 4:
                break  # a claim may be long: its name needs only its first words
    base = re.sub(r"[^a-z0-9]+", "-", f"{kind}-{'-'.join(words or ['claim'])}".lower()).strip("-")
    # The next free number for this name is remembered, not searched for from 2 each time.
    slug, n = base, taken.get(base, 1)
    if n > 1:
        slug = f"{base}-{n}"
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken[base] = n + 1
    taken.setdefault(slug, 1)
    return slug


def extract_claims(text: str) -> list[Extracted]:
    """Every checkable claim in an article, in order of position, each with its span."""
    found: list[_Found] = []
    for p_start, p_end in paragraphs(text):
        paragraph = text[p_start:p_end]
        if is_furniture(paragraph):
            continue
        found.extend(f._replace(start=p_start + f.start, end=p_start + f.end) for f in _paragraph_claims(paragraph))
    taken: dict[str, int] = {}
    out = []
    for f in sorted(set(found), key=lambda f: (f.start, f.end, f.kind)):
        claim_text = text[f.start : f.end]
        claim = Claim(_slug(f.kind, claim_text, taken), claim_text, span=(f.start, f.end), kind=f.kind)
        out.append(Extracted(claim, f.in_quotation, f.origin))
    return out


def _paragraph_claims(paragraph: str) -> list[_Found]:
    reading = read(paragraph)
    claims: list[_Found] = []
    quoted = []
    for q in reading.quotations:
        open_at, close_at = q.start - 1, q.end
        while open_at > 0 and paragraph[open_at] not in DOUBLE_QUOTES:
            open_at -= 1
        while close_at < len(paragraph) and paragraph[close_at] not in DOUBLE_QUOTES:
            close_at += 1
        start, end = open_at, min(close_at + 1, len(paragraph))
        if q.speaker and not q.speaker.title:
            # A speaker named without a title: the name is a claim of its own (is it spelt right?).
            claims.append(_Found(q.speaker.start, q.speaker.end, "attribution"))
        if q.speaker and q.speaker.end <= open_at:
            start = q.speaker.start
        elif q.speaker and q.speaker.start >= end:
            end = q.speaker.end
        claims.append(_Found(start, end, "quote"))
        quoted.append((open_at, min(close_at + 1, len(paragraph))))
    seen_people = set()
    for person in reading.people:
        key = (person.title.casefold(), person.name.casefold())
        if person.title and key not in seen_people:
            seen_people.add(key)
            claims.append(_Found(person.start, person.end, "attribution"))
    in_quotes = Spans(quoted)
    for s_start, s_end in sentences(paragraph):
        claims.extend(_sentence_claims(paragraph, s_start, s_end, in_quotes))
    return claims


def _sentence_claims(paragraph: str, s_start: int, s_end: int, quoted: Spans) -> list[_Found]:
    sentence = paragraph[s_start:s_end]
    reading = read(sentence)
    claims: list[_Found] = []
    named = origin_match(sentence)
    if named is not None:
        # "The commission released a report ..." makes the sentence the claim;
        # "..., Fox News reported." and "according to X" are claims of their own.
        if named.start() <= 4:
            claims.append(_Found(s_start, s_start + len(sentence.rstrip(". ")), "statement"))
        else:
            a, b = _trim(sentence, named.start(), named.end())
            claims.append(_Found(s_start + a, s_start + b, "statement", origin=origin(sentence[a:b])))
    if enumerated(reading):
        a, b = _trim(sentence, 0, len(sentence))
        claims.append(_Found(s_start + a, s_start + b, "list"))
    for d in reading.dates:
        if d.day or d.weekday is not None:
            start = _clip_words(sentence, 0, d.end, d.end)
            a, b = _trim(sentence, start, d.end)
            claims.append(_Found(s_start + a, s_start + b, "date"))
    spans: dict[tuple[int, int], list] = {}
    quantities = reading.quantities  # in order of position
    for k, q in enumerate(quantities):
        lo, hi = segment(sentence, q.start, q.end, dashes=True)
        # "48 people in Mozambique and 21 in Malawi" is two claims: split at "and" between figures.
        # Only the figures right before and after matter (looking at all of them was quadratic).
        previous = quantities[k - 1] if k and lo <= quantities[k - 1].end <= q.start else None
        if previous is not None:
            joints = list(JOINT_RE.finditer(sentence, previous.end, q.start))
            if joints:
                lo = joints[-1].end()
        nxt = quantities[k + 1] if k + 1 < len(quantities) and q.end <= quantities[k + 1].start < hi else None
        if nxt is not None:
            joint = JOINT_RE.search(sentence, q.end, nxt.start)
            if joint:
                hi = joint.start()
        spans.setdefault((lo, hi), []).append(q)
    for (lo, hi), figures in sorted(spans.items()):
        end = _after(sentence, figures[-1].end, hi)
        if _says_nothing_of_what(sentence, lo, end, figures):
            lo = 0  # "..., down from 88.5 percent a year earlier": what and when are earlier on
        start = _clip_words(sentence, lo, figures[0].start, figures[0].start)
        a, b = _trim(sentence, start, end)
        if b > a:
            in_quote = quoted.holds(s_start + a, s_start + b)
            claims.append(_Found(s_start + a, s_start + b, "quantity", in_quote))
    return claims


def claims_toml(claims: list[Extracted], article_path: str, title: str = "") -> str:
    """A draft claims file for the extracted claims, for a person to curate; `check` reads it as is."""
    import tomli_w

    # No path for an article read from standard input: the claims file names no file then.
    article = ({"path": article_path} if article_path else {}) | ({"title": title} if title else {})
    doc = ({"article": article} if article else {}) | {
        "claim": [
            {"id": e.claim.id, "text": e.claim.text, "kind": e.claim.kind}
            | ({"note": "a figure inside a quotation: keep it only if a source states it"} if e.in_quotation else {})
            for e in claims
        ],
    }
    header = (
        "# Draft claims found by `factcheck extract`. Curate: drop what is not worth checking,\n"
        '# add `expect = "supported" | "disputed" | "unverifiable"` and `sources = [...]`.\n\n'
    )
    return header + tomli_w.dumps(doc)
