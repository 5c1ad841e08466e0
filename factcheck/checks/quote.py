"""Quotation claims: the wording aligned word by word with the source's quotation, and its speaker."""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..corpus.index import Entry, Index
from ..model import Outcome, Passage, Source
from ..read.people import Person, misspelt, same_person
from ..read.quotes import ELLIPSIS_RE as _ELLIPSIS_RE
from ..read.quotes import Alignment, Quotation, align, parse_claimed_quote
from ..read.reading import Reading
from ..read.text import STOPWORDS, fold, word_spans, words
from ..read.vocab import word_set
from . import register
from .base import Check, capitalised, confidence, evidence, one_part, source_label, unverifiable
from .program import check_table_program

FOUND = 0.6  # share of the claimed words a source quotation must have to be the one quoted
_NEGATIONS = word_set("words", "negations")
_SHORTLIST = 8
_SCORED_AT_MOST = 256  # texts scored with rapidfuzz for one claimed quotation, in a large archive


@dataclass(frozen=True)
class _Match:
    source: Source
    passage: Passage
    quotation: Quotation | None  # None: the words stand in the passage outside quotation marks
    alignments: tuple[Alignment, ...]

    @property
    def coverage(self) -> float:
        total = sum(a.total for a in self.alignments)
        return sum(a.matched for a in self.alignments) / total if total else 0.0


@register
class QuoteCheck(Check):
    """Quotations: the wording word by word, and who said it."""

    kind = "quote"
    priority = 10
    needs = "quotation (three words or more in quotation marks)"

    def applies(self, claim: Reading) -> bool:
        """Three words or more in quotation marks."""
        return bool(claim.quotations)

    def check(self, claim: Reading, index: Index) -> Outcome:
        """The claimed quotation in the sources, every word that differs reported."""
        return one_part("quotation", check_quote(claim, index))


@dataclass(frozen=True)
class _Field:
    """Every quotation and passage of an index that a claimed quotation may come from, folded
    once, with postings from each word to the texts that hold it. Text i is quotation kth[i] of
    entry at[i] (-1: the passage itself): int arrays, not a tuple per text."""

    entries: list[Entry]
    at: array[int]
    kth: array[int]
    folded: list[str]
    by_word: dict[str, array[int]]  # positions in texts, 4 bytes each

    def text(self, i: int) -> tuple[Source, Passage, Quotation | None, str]:
        """Text i's source, passage, quotation (None for the passage's own text) and words."""
        entry = self.entries[self.at[i]]
        quotation = entry.reading.quotations[self.kth[i]] if self.kth[i] >= 0 else None
        return entry.source, entry.passage, quotation, quotation.text if quotation else entry.passage.text


def _field(index: Index) -> _Field:
    entries = list(index.entries())
    at, kth, folded_texts = array("i"), array("i"), []
    by_word: dict[str, array[int]] = {}
    for p, (entry, folded) in enumerate(zip(entries, index.folded, strict=True)):
        for k in [*range(len(entry.reading.quotations)), -1]:
            text = entry.reading.quotations[k].text if k >= 0 else entry.passage.text
            for word in set(words(text)):
                found = by_word.get(word)
                if found is None:
                    found = by_word[word] = array("i")
                found.append(len(at))
            at.append(p)
            kth.append(k)
            folded_texts.append(fold(text) if k >= 0 else folded)
    return _Field(entries, at, kth, folded_texts, by_word)


def _could_hold(field: _Field, segments: tuple[str, ...]) -> list[int] | None:
    """The texts that hold enough of the claimed words to reach FOUND coverage (an alignment can
    match only words a text has), or None when any text could (too few words that are not
    stopwords to tell)."""
    claimed = [w for segment in segments for w in words(segment)]
    common = sum(w in STOPWORDS for w in claimed)
    needed = FOUND * len(claimed) - common
    if needed <= 0:
        return None
    held: Counter[int] = Counter()
    for word, times in Counter(w for w in claimed if w not in STOPWORDS).items():
        postings = field.by_word.get(word, ())
        held.update(postings if times == 1 else [i for i in postings for _ in range(times)])
    able = [(-n, i) for i, n in held.items() if n >= needed - 1e-9]
    if len(able) > _SCORED_AT_MOST:
        # In a large archive, the texts holding the most of the claimed words are scored.
        able = heapq.nsmallest(_SCORED_AT_MOST, able)
    return sorted(i for _, i in able)


def _best_match(segments: tuple[str, ...], index: Index) -> _Match | None:
    # rapidfuzz narrows the field cheaply; the word-by-word alignment runs on the few best. With
    # postings, the field is only the texts that hold enough of the claimed words to be the one
    # quoted: the others cannot reach FOUND, and no longer crowd the shortlist.
    joined = fold(" ".join(segments))
    field = index.prepared("quotation field", _field)
    looked_at = _could_hold(field, segments) if index.postings else None
    scored = []
    for i in range(len(field.at)) if looked_at is None else looked_at:
        source, passage, quotation, text = field.text(i)
        scored.append((fuzz.partial_ratio(joined, field.folded[i]), source, passage, quotation, text))
    scored.sort(key=lambda f: -f[0])
    best: _Match | None = None
    for _, source, passage, quotation, text in scored[:_SHORTLIST]:
        match = _Match(source, passage, quotation, tuple(align(s, text) for s in segments))
        # A quotation beats bare passage text at equal coverage: it has a speaker.
        key = (round(match.coverage, 6), quotation is not None)
        if best is None or key > (round(best.coverage, 6), best.quotation is not None):
            best = match
    return best


def _speaker_of(reading: Reading) -> Person | None:
    for quotation in reading.quotations:
        if quotation.speaker:
            return quotation.speaker
    return reading.people[0] if reading.people else None


def _quoted(words_: str) -> str:
    return f"'{words_}'" if words_ else "nothing"


def check_quote(claim: Reading, index: Index) -> Outcome:
    """Find the claimed quotation in the sources and report every word that differs."""
    quotation = max(claim.quotations, key=lambda q: len(q.text))
    parsed = parse_claimed_quote(quotation.text)
    match = _best_match(parsed.segments, index)
    if match is None or match.coverage < FOUND:
        return unverifiable(
            "No cached source contains this quotation (nor most of its words in order).",
            index.near_misses(quotation.text),
        )
    if match.source.table is not None and match.quotation is None:
        # A table's cell is a title or a name ("Ljubovta Nema Granici", a song), not words someone
        # said: what the claim says of it is the table's to judge, row and all.
        found = check_table_program(claim, index)
        return found or unverifiable(
            f"The quoted words are a value of {source_label(match.source)} ({match.passage.location}), "
            "not a quotation; what the claim says of it is not read.",
            (),
        )
    source_text = match.quotation.text if match.quotation else match.passage.text
    src_words = words(source_text)
    label = source_label(match.source)
    speaker = match.quotation.speaker if match.quotation else None
    who = f"{speaker.title} {speaker.name}".strip() if speaker else "the speaker"
    first, last = match.alignments[0], match.alignments[-1]
    ev = evidence(match.passage, match.coverage, text=_excerpt(source_text, first.src_start, last.src_end))
    claimed_speaker = _speaker_of(claim)
    notes = []
    if claimed_speaker and speaker and not same_person(claimed_speaker, speaker):
        if misspelt(claimed_speaker, speaker):
            # The same speaker under a misspelt name: the name is the attribution's finding.
            notes.append(f"the article spells the speaker's name {claimed_speaker.name}")
        else:
            text = (
                f"{capitalised(label)} gives these words to {who}, not {claimed_speaker.name} "
                f"({match.passage.location})."
            )
            return Outcome("disputed", confidence("disputed", match.coverage), text, (), (ev,))
    changes = [c for a in match.alignments for c in a.changes]
    omitted = [w for a in match.alignments for w in a.omitted]
    skipped = []  # words an ellipsis stands for
    for a, b in zip(match.alignments, match.alignments[1:], strict=False):
        if b.src_start < a.src_end:
            changes.append(("the order of the passages", "another order"))
        skipped.extend(src_words[a.src_end : b.src_start])
    if changes and _ELLIPSIS_RE.search(source_text) and all(not stated for _, stated in changes):
        # The source cuts its quotation ("hold you ..."): the words the article adds may be the
        # ones it left out, or may not. Unchecked, not misquoted.
        added = "; ".join(_quoted(claimed) for claimed, _ in changes[:3])
        text = (
            f"{capitalised(label)} quotes {who} only in part ({match.passage.location}), with an ellipsis; "
            f"the article's {added} cannot be checked against it."
        )
        return Outcome("unverifiable", confidence("unverifiable", match.coverage), text, (), (), (ev,))
    if changes:
        diffs = "; ".join(
            f"{_quoted(claimed)} where the source has {_quoted(stated)}"
            if stated
            else f"{_quoted(claimed)}, which the source does not have"
            for claimed, stated in changes[:3]
        )
        text = f"{capitalised(label)} quotes {who} differently ({match.passage.location}): the article has {diffs}."
        return Outcome("disputed", confidence("disputed", match.coverage), text, (), (ev,))
    negated = [w for w in (*omitted, *skipped) if w.casefold().replace("\u2019", "'") in _NEGATIONS]
    if negated:
        # "is not a safer road network" quoted as "is a safer road network": the words are the
        # speaker's, the meaning is the reverse. Marked by an ellipsis or not, that is a misquotation.
        text = (
            f"{capitalised(label)} quotes {who} ({match.passage.location}) with {_quoted(' '.join(negated))}, "
            "which the article leaves out: its quotation says the opposite."
        )
        return Outcome("disputed", confidence("disputed", match.coverage), text, (), (ev,))
    flags: list[str] = []
    if parsed.insertions:
        flags.append("editorial-insertion")
        notes.append(f"the bracketed {', '.join(parsed.insertions)} is not in the source")
    if omitted or skipped:
        flags.append("omission")
        if omitted:
            notes.append(f"the article leaves out {_quoted(' '.join(omitted))} without marking it")
        if skipped:
            notes.append(f"an ellipsis stands for {len(skipped)} words of the source")
    text = f"{capitalised(label)} quotes {who} with these words ({match.passage.location})"
    text += ("; " + "; ".join(notes) + ".") if notes else "; only case, spacing, quote marks or dashes differ."
    flags_t = tuple(flags)
    return Outcome("supported", confidence("supported", match.coverage, flags_t), text, flags_t, (ev,))


def _excerpt(text: str, start_word: int, end_word: int) -> str:
    """The source's own words from word index start to end (original spelling and marks)."""
    spans = word_spans(text)
    if not spans:
        return text
    start_word = min(start_word, len(spans) - 1)
    end_word = max(start_word + 1, min(end_word, len(spans)))
    return text[spans[start_word][1] : spans[end_word - 1][2]]
