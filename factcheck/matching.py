"""Ranking passages for a claim: rapidfuzz similarity plus the claim's anchors."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from .model import Corpus, Evidence, Passage, Source
from .reading import concepts_of, read
from .text import fold


@dataclass(frozen=True)
class Ranked:
    """A passage with its relevance to a claim (0-1)."""

    source: Source
    passage: Passage
    score: float


def relevance(claim_text: str, passage: Passage, source: Source) -> float:
    """How much a passage is about what the claim is about, 0-1."""
    claim_concepts = concepts_of(claim_text)
    reading = read(passage.text)
    title_concepts = concepts_of(f"{source.info.title} {source.info.publisher}")
    if claim_concepts:
        hits = sum(1.0 if c in reading.concepts else 0.3 if c in title_concepts else 0.0 for c in claim_concepts)
        overlap = hits / len(claim_concepts)
    else:
        overlap = 0.0
    fuzzy = fuzz.token_set_ratio(fold(claim_text), fold(passage.text)) / 100
    return round(0.6 * overlap + 0.4 * fuzzy, 3)


def rank(claim_text: str, corpus: Corpus, limit: int = 3) -> list[Ranked]:
    """The passages most relevant to a claim, best first (ties in corpus order)."""
    scored = [
        Ranked(source, passage, relevance(claim_text, passage, source))
        for source in corpus.sources
        for passage in source.passages
    ]
    scored.sort(key=lambda r: -r.score)
    return scored[:limit]


def evidence(passage: Passage, score: float, location: str | None = None, text: str | None = None) -> Evidence:
    """Evidence citing a passage (or a part of it)."""
    return Evidence(passage.source_id, location or passage.location, text or passage.text, round(score, 3))


def near_misses(claim_text: str, corpus: Corpus, limit: int = 3) -> tuple[Evidence, ...]:
    """The nearest passages to a claim that no source supports or disputes."""
    return tuple(evidence(r.passage, r.score) for r in rank(claim_text, corpus, limit) if r.score > 0)


def source_label(source: Source) -> str:
    """How an explanation names a source: 'the U.S. Department of Justice press release'."""
    publisher = source.info.publisher.split(",")[0].strip() or source.info.title
    kind = source.info.kind.replace("-", " ")
    if kind == "table":
        return f"the {publisher} table"
    return f"the {publisher} {kind}" if kind else f"the {publisher} source"


def capitalised(text: str) -> str:
    """The text with its first letter in upper case (the rest untouched)."""
    return text[:1].upper() + text[1:]
