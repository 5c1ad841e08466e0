"""Text shared by every reader: the quote marks, normalising, words and stems, and THE sentence,
clause and paragraph splitters (every stage splits text the same way)."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from functools import lru_cache
from typing import Any

from .vocab import alternation, load, word_set

# The quotation marks, in one place: double marks open and close quotations; single marks are
# apostrophes as often as quotes. Primes are typed for marks often enough to fold with them.
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2039\u203a"
_PRIMES = {"\u2033": '"', "\u2032": "'"}
_BLANK_QUOTES = str.maketrans(dict.fromkeys(DOUBLE_QUOTES, " "))
# What pysbd may end a sentence at: closing punctuation, a bullet, a list marker ("a)"), a line break.
_MAY_END_RE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u2022\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\w\)")
# Typographic variants that carry no meaning for a fact-check.
_QUOTE_MAP = str.maketrans(
    dict.fromkeys(DOUBLE_QUOTES[1:], '"')
    | dict.fromkeys(SINGLE_QUOTES[1:], "'")
    | _PRIMES
    | {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2010": "-", "\u2011": "-"}
)
# Dashes that separate words (as opposed to hyphens that join them).
_DASH_RE = re.compile(r"\s*[\u2012\u2013\u2014\u2015\u2212]\s*|\s+-{1,2}\s+|(?<=\w)--(?=\w)")
_SPACE_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*\.?", re.UNICODE)

STOPWORDS = word_set("words", "stopwords")


def normalize(text: str) -> str:
    """Fold Unicode compatibility forms, quote marks, dash styles and spacing."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    # Spacing first: the dash pattern's leading \s* is then never tried along a long run of
    # spaces, which made it quadratic (the result is the same either way).
    text = _DASH_RE.sub(" \u2014 ", _SPACE_RE.sub(" ", text))
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Normalise and lower-case, and drop accents, for comparisons that ignore them."""
    decomposed = unicodedata.normalize("NFKD", normalize(text).casefold())
    if decomposed.isascii():
        return decomposed  # no accents to drop (most text): not looked at letter by letter
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of a text, folded, without punctuation (trailing abbreviation dots dropped)."""
    return [w.rstrip(".") for w in WORD_RE.findall(fold(text))]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Words with their character offsets in the text as given (not normalised)."""
    # translate() maps character for character, so offsets stay those of the text as given.
    return [(m.group().rstrip("."), m.start(), m.end()) for m in WORD_RE.finditer(text.translate(_QUOTE_MAP))]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, enough to match arrests/arrested/arrest."""
    w = word.casefold().rstrip(".")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ches", "shes", "xes", "zes", "sses")):
                continue
            return _drop_e(w[: len(w) - len(suffix)] + repl)
    return _drop_e(w)


def _drop_e(w: str) -> str:
    # "collapse" and "collapsed" meet at "collaps"; "seize" and "seized" at "seiz".
    return w[:-1] if len(w) > 4 and w.endswith("e") and not w.endswith("ee") else w


LABELS = word_set("words", "labels")
# A label and its number ("Route 36", "district 9", "Gate B12"): one name, whose number is no figure.
LABEL_RE = re.compile(rf"\b({alternation(LABELS)})\s+(?:no\.?\s*)?(\d+[A-Za-z]?|[A-Z]\d+)\b", re.IGNORECASE)


def label_key(label: str, number: str) -> str:
    """The one concept a numbered label stands for: "Route 36" and "route 36" are "route 36"."""
    return f"{label.casefold()} {number.casefold()}"


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords and bare numbers removed), in order; a
    numbered label ("Route 36") is one stem, so that Route 36 is not Route 3."""
    out = []
    tokens = words(text)
    skip = False
    for w, nxt in zip(tokens, [*tokens[1:], ""][: len(tokens)], strict=True):
        if skip:
            skip = False
            continue
        if w in LABELS and nxt and nxt[0].isdigit() and any(c.isdigit() for c in nxt):
            out.append(label_key(w, nxt))
            skip = True
            continue
        if w in STOPWORDS or not any(c.isalpha() for c in w):
            continue
        out.append(stem(w))
    return out


@lru_cache(maxsize=1)
def _segmenter() -> Any:  # pysbd builds its rules once (and has no types)
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


class Spans:
    """A set of spans of a text, asked whether they cover a position or a stretch, in log time
    (readers ask it once per mention: scanning every span each time was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        # The furthest end among the spans that start at or before each one (they may nest or overlap).
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))

    def _furthest(self, i: int) -> int:
        return self._reach[i - 1] if i > 0 else -1

    def covers(self, position: int) -> bool:
        """Whether some span holds the position (start <= position < end)."""
        return self._furthest(bisect.bisect_right(self._starts, position)) > position

    def holds(self, start: int, end: int) -> bool:
        """Whether some span holds the whole stretch."""
        return self._furthest(bisect.bisect_right(self._starts, start)) >= end

    def meets(self, start: int, end: int) -> bool:
        """Whether some span overlaps the stretch."""
        return self._furthest(bisect.bisect_left(self._starts, end)) > start


SEGMENTER_CHUNK = 3000  # characters pysbd is given at a time (see _chunks)
# Where a sentence surely ends: after a full stop that ends a lowercase word of four or more
# letters, before a capital, digit or quote (a short word may be an abbreviation: "Dr.", "Inc.").
_SAFE_CUT_RE = re.compile(r"(?<=[a-z]{4}[.!?])[\"')\]]?\s+(?=[A-Z0-9\"])|\n\s*")
_TEXT_WIDE_RE = re.compile(r"[()]|\.\.|\u2026|\b[a-z]\.[a-z]\.")
_LIST_MARK_RE = re.compile(r"\w{1,3}[.)]")
_WORD_BEFORE_RE = re.compile(r"([a-z]+)[.!?][\"')\]]?\s*\Z")


def _chunks(text: str) -> list[str]:
    """A long text in pieces that end where a sentence surely ends. pysbd rewrites the whole text
    once per abbreviation it meets ("In", "No"), which is quadratic on long texts; given pieces of
    bounded length it is linear, and it never ends a sentence inside one of these cuts anyway."""
    chunks, at = [], 0
    while len(text) - at > SEGMENTER_CHUNK:
        cut = None
        for m in _SAFE_CUT_RE.finditer(text, at + SEGMENTER_CHUNK // 2, at + SEGMENTER_CHUNK):
            cut = m.end()
        if cut is None:
            later = _SAFE_CUT_RE.search(text, at + SEGMENTER_CHUNK)
            if later is None:
                break
            cut = later.end()
        chunks.append(text[at:cut])
        at = cut
    chunks.append(text[at:])
    return chunks


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The lowercase words pysbd reads as abbreviations ("dept", "sept"): no sure end after them."""
    from pysbd.lang.english import English  # type: ignore[import-untyped]

    return frozenset(a for a in English.Abbreviation.ABBREVIATIONS if a.isalpha())


def _at_sentence_ends(text: str) -> list[str]:
    """A text cut wherever a sentence surely ends (not after a word pysbd takes for an
    abbreviation): the pieces pysbd would make of it there, found without it."""
    if _TEXT_WIDE_RE.search(text):
        return [text]  # brackets, ellipses and "i.e." are read by pysbd's own rules, text-wide
    pieces, at = [], 0
    for m in _SAFE_CUT_RE.finditer(text):
        before = _WORD_BEFORE_RE.search(text, at, m.end())
        if before is not None and before.group(1) in _abbreviations():
            continue
        if _LIST_MARK_RE.match(text, m.end()):
            continue  # before a list item ("a."), pysbd has rules of its own
        pieces.append(text[at : m.end()])
        at = m.end()
    pieces.append(text[at:])
    return pieces


def _one_sentence(piece: str) -> bool:
    """Whether a piece can only be one sentence: no mark that may end one, but at its very end."""
    stripped = piece.rstrip()
    m = _MAY_END_RE.search(stripped)
    return m is None or (m.end() == len(stripped) and stripped[-1] in ".!?")


def _segmented(blanked: str) -> list[str]:
    """The sentences pysbd finds in a text, asked only about the pieces that may hold several
    (most paragraphs are a few sentences that end plainly; pysbd costs a third of a reading)."""
    if not (_MAY_END_RE.search(blanked) and blanked):
        return [blanked]  # no mark that can end a sentence (most claims): pysbd is not needed
    found = []
    for piece in _at_sentence_ends(blanked):
        if _one_sentence(piece):
            found.append(piece)
        else:
            segmenter = _segmenter()
            found += [sentence for chunk in _chunks(piece) for sentence in segmenter.processor(chunk).process()]
    return found


def _spans(text: str, blanked: str, pieces: list[str]) -> tuple[tuple[int, int], ...]:
    """Where each sentence a segmenter gave stands in the text, stripped, with the double quote
    marks that open and close it taken back."""
    spans, at = [], 0
    for piece in pieces:
        # Locate each sentence ourselves: offsets must be exact whatever the segmenter does.
        sentence = piece.strip()
        if not sentence:
            continue
        found = blanked.find(sentence, at)
        if found < 0:
            continue
        start, end = found, found + len(sentence)
        # The span takes back the marks that open and close it: they were blanked, not removed.
        while start > 0 and text[start - 1] in DOUBLE_QUOTES and start - 1 >= at:
            start -= 1
        while end < len(text) and text[end] in DOUBLE_QUOTES:
            end += 1
        spans.append((start, end))
        at = end
    return tuple(spans) or ((0, len(text)),)


@lru_cache(maxsize=65536)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of a text, stripped (pysbd: abbreviations, initials and decimals do
    not end one). The one sentence splitter: readers, checks and extraction all use it."""
    # A quotation's own sentences are sentences too ("... twenty years. I thank the 52,000 staff"):
    # pysbd keeps quoted text whole, so it is given the text with double marks blanked, which keeps
    # every offset where it was. (pysbd's segment() would find each sentence's span by searching
    # the text from its start, which is quadratic: the spans are found here.)
    blanked = text.translate(_BLANK_QUOTES)
    return _spans(text, blanked, _segmented(blanked))


_CLAUSE_MARK_RE = re.compile(r"[;:!?]|[()\[\]]|\s[\u2013\u2014]\s")


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a text: its sentences, split at semicolons, colons, brackets and dashes
    (closing punctuation left out)."""
    bounds: list[tuple[int, int]] = []
    for lo, hi in sentences(text):
        while hi > lo and text[hi - 1] in ".!?":
            hi -= 1
        start = lo
        for m in _CLAUSE_MARK_RE.finditer(text, lo, hi):
            if m.start() > start:
                bounds.append((start, m.start()))
            start = m.end()
        if start < hi:
            bounds.append((start, hi))
    return bounds or [(0, len(text))]


def enclosing(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The bound that contains [start, end), or the span itself when none does."""
    for lo, hi in bounds:
        if lo <= start and end <= hi:
            return lo, hi
    return start, end


_PARAGRAPH_RE = re.compile(r"\S(?:.*?\S)?(?=[ \t]*\n[ \t]*\n|\s*\Z)", re.DOTALL)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a text (separated by blank lines), stripped."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]


# "and" between two items or figures ("48 in Mozambique and 21 in Malawi"), with its comma.
JOINT_RE = re.compile(rf",?\s+{re.escape(load('words')['and'])}\s+")
_BREAK_RE = re.compile(r"[,;:.](?=\s|$)")
_BREAK_OR_DASH_RE = re.compile(r"[,;:.](?=\s|$)|\s?[\u2013\u2014]\s?|\s-{1,2}\s")


@lru_cache(maxsize=256)
def _breaks(text: str, dashes: bool) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each break of a text starts and ends, found once per text (segment is asked for
    every figure of a text: scanning from its start each time was quadratic)."""
    pattern = _BREAK_OR_DASH_RE if dashes else _BREAK_RE
    found = list(pattern.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def segment(text: str, start: int, end: int, dashes: bool = False) -> tuple[int, int]:
    """The stretch around text[start:end] between commas, semicolons, colons or full stops
    (and dashes, when asked): "42 in Germany" in a list of countries."""
    starts, ends = _breaks(text, dashes)
    # The last break that ends by `start`, and the first that starts at or after `end`. A break
    # right before `start` counts whatever follows it ("3.5": the stretch of "5" starts after
    # the point), as the text cut at `start` would read it: the last few characters are read so.
    i = bisect.bisect_right(ends, start)
    lo = ends[i - 1] if i else 0
    pattern = _BREAK_OR_DASH_RE if dashes else _BREAK_RE
    for m in pattern.finditer(text, max(lo, start - 4), start):
        lo = max(lo, m.end())
    j = bisect.bisect_left(starts, end)
    hi = starts[j] if j < len(starts) else len(text)
    if j and ends[j - 1] > end:
        # A break that straddles `end` ("5 — 6" cut inside the dash): read from `end` as it stands.
        found = pattern.search(text, end)
        hi = found.start() if found else len(text)
    return lo, hi
