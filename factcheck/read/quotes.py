"""Quotations: finding them (with their speaker) and aligning a claimed quotation with a source's."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .people import Person, find_people
from .text import DOUBLE_QUOTES, words
from .vocab import alternation, load, word_set

_BRACKET_RE = re.compile(r"\[([^\]]*)\]")
ELLIPSIS_RE = re.compile(r"\u2026|\.\s?\.\s?\.")
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words in quotation marks, with the speaker the surrounding text names (if any)."""

    text: str  # the words between the marks
    start: int  # offsets of the words (without the marks) in the text
    end: int
    speaker: Person | None


def find_quotations(text: str, people: list[Person] | None = None) -> list[Quotation]:
    """Every quotation of three words or more, paired mark by mark, with its speaker (from the
    people the text names, when the caller has found them already)."""
    marks = [i for i, c in enumerate(text) if c in DOUBLE_QUOTES]
    people = sorted(find_people(text) if people is None else people, key=lambda p: p.start)
    starts = [p.start for p in people]
    found = []
    previous_end = 0
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        inner = text[open_at + 1 : close_at]
        lead = len(inner) - len(inner.lstrip())
        inner_stripped = inner.strip()
        if len(words(inner_stripped)) < MIN_QUOTE_WORDS:
            previous_end = close_at + 1
            continue
        start = open_at + 1 + lead
        speaker = _speaker(people, starts, previous_end, open_at, close_at, text)
        found.append(Quotation(inner_stripped, start, start + len(inner_stripped), speaker))
        previous_end = close_at + 1
    return found


_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){0,2}"
_VERBS = alternation(word_set("verbs", "speech"))
_ACCORDING = r"\s+".join(load("verbs")["according"].split())
_SAID_BEFORE_RE = re.compile(rf"({_NAME})\s+(?:{_VERBS})\b[^{DOUBLE_QUOTES}]*$")
_SAID_AFTER_RE = re.compile(rf"^[\s,.]*(?:(?:{_VERBS})|{_ACCORDING})\s+({_NAME})|^[\s,.]*({_NAME})\s+(?:{_VERBS})\b")


def _speaker(
    people: list[Person], starts: list[int], after: int, open_at: int, close_at: int, text: str
) -> Person | None:
    # The nearest person named before the quotation (since the last one), else right after it.
    # People are sorted by where they start: only those near the quotation are looked at (looking
    # at all of them for every quotation was quadratic in a long paragraph).
    first = bisect.bisect_left(starts, after)
    for i in range(bisect.bisect_left(starts, open_at) - 1, first - 1, -1):
        if people[i].end <= open_at:
            return people[i]
    following = bisect.bisect_right(starts, close_at)
    if following < len(people) and starts[following] <= close_at + 80:
        return people[following]
    # No title: "Smith said, ..." or "..., said Smith."
    m = _SAID_BEFORE_RE.search(text, after, open_at)
    if m:
        return Person(m.group(1), "", m.start(1), m.end(1))
    m = _SAID_AFTER_RE.search(text[close_at + 1 : close_at + 80])
    if m:
        name = m.group(1) or m.group(2)
        at = close_at + 1 + (m.start(1) if m.group(1) else m.start(2))
        return Person(name, "", at, at + len(name))
    return None


@dataclass(frozen=True, slots=True)
class ClaimedQuote:
    """A claimed quotation taken apart: its segments (split at ellipses) and bracketed insertions."""

    segments: tuple[str, ...]
    insertions: tuple[str, ...]
    ellipses: int


def parse_claimed_quote(quote: str) -> ClaimedQuote:
    """Split a quotation at ellipses and lift out [bracketed] editorial insertions."""
    insertions = tuple(f"[{m.group(1)}]" for m in _BRACKET_RE.finditer(quote))
    without = _BRACKET_RE.sub(" ", quote)
    pieces = [p.strip() for p in ELLIPSIS_RE.split(without)]
    segments = tuple(p for p in pieces if words(p))
    return ClaimedQuote(segments, insertions, len(pieces) - 1)


@dataclass(frozen=True, slots=True)
class Alignment:
    """How a claimed segment lines up with a source quotation, word by word."""

    matched: int  # claimed words equal to the source's
    total: int  # claimed words
    changes: tuple[tuple[str, str], ...]  # (claimed words, source words) that differ
    omitted: tuple[str, ...]  # source words left out inside the segment
    src_start: int  # word offsets of the aligned part of the source
    src_end: int

    @property
    def coverage(self) -> float:
        """The share of claimed words found as the source has them."""
        return self.matched / self.total if self.total else 0.0


# Scores for aligning a claimed segment with a source: shared words pull the alignment
# together; a skipped source word (an omission) costs less than a claimed word the source lacks.
_MATCH, _MISMATCH, _CLAIM_GAP, _SOURCE_GAP = 2, -1, -2, -1


def align(segment: str, source: str) -> Alignment:
    """Align one claimed segment with the part of a source that best matches it, word by word.

    Semi-global: every claimed word is placed, the source may start and end anywhere.
    """
    a, b = words(segment), words(source)
    n, m = len(a), len(b)
    score = [[0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        score[i][0], move[i][0] = score[i - 1][0] + _CLAIM_GAP, "up"
        ai, row, prev = a[i - 1], score[i], score[i - 1]
        for j in range(1, m + 1):
            same = ai == b[j - 1]
            diag = prev[j - 1] + (_MATCH if same else _MISMATCH)
            up = prev[j] + _CLAIM_GAP
            left = row[j - 1] + _SOURCE_GAP
            best = max(diag, up, left)
            row[j] = best
            # On ties a changed word pairs with the first differing source word, not the last.
            if best == diag and same:
                move[i][j] = "diag"
            else:
                move[i][j] = "left" if best == left else "diag" if best == diag else "up"
    end = max(range(m + 1), key=lambda j: (score[n][j], -j)) if n else 0
    # Walk back, collecting (claimed word or None, source word or None) pairs.
    pairs: list[tuple[str | None, str | None]] = []
    i, j = n, end
    while i > 0:
        step = move[i][j]
        if step == "diag":
            pairs.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif step == "up":
            pairs.append((a[i - 1], None))
            i -= 1
        else:
            pairs.append((None, b[j - 1]))
            j -= 1
    pairs.reverse()
    matched, changes, omitted = 0, [], []
    claimed: list[str] = []  # claimed words in a run that differs from the source
    replaced: list[str] = []  # the source words they stand against
    skipped: list[str] = []  # source words in the run that nothing stands against

    def close_run() -> None:
        if claimed:
            changes.append((" ".join(claimed), " ".join(replaced)))
        omitted.extend(skipped)
        for run in (claimed, replaced, skipped):
            run.clear()

    for x, y in pairs:
        if x is not None and x == y:
            close_run()
            matched += 1
        elif x is not None:
            claimed.append(x)
            if y is not None:
                replaced.append(y)
        else:
            skipped.append(y)  # type: ignore[arg-type]
    close_run()
    return Alignment(matched, n, tuple(changes), tuple(omitted), j, end)
