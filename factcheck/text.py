"""Text normalisation shared by every stage: quote marks, dashes, spacing, words and stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic variants that carry no meaning for a fact-check.
_QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2039": "'", "\u203a": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
        "\u2010": "-", "\u2011": "-",
    }
)
# Dashes that separate words (as opposed to hyphens that join them).
_DASH_RE = re.compile(r"\s*[\u2012\u2013\u2014\u2015\u2212]\s*|\s+-{1,2}\s+|(?<=\w)--(?=\w)")
_SPACE_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*\.?", re.UNICODE)

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been being
    that this these those it its their them they he she his her we our us you your i me my
    which who whom whose what when where while than then there here not no nor so such also
    into onto over under about after before between during through including include includes
    other both all any each more most less least very just only same own up out off down
    has have had do does did will would shall should can could may might must said says say
    one ones s total totals totalled totaled number numbered numbers reached came amounted outside excluding except beyond
    carried carry took taken place held happened occurred""".split()
)


def normalize(text: str) -> str:
    """Fold Unicode compatibility forms, quote marks, dash styles and spacing."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    text = _DASH_RE.sub(" \u2014 ", text)
    return _SPACE_RE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Normalise and lower-case, and drop accents, for comparisons that ignore them."""
    decomposed = unicodedata.normalize("NFKD", normalize(text).casefold())
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


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords and bare numbers removed), in order."""
    out = []
    for w in words(text):
        if w in STOPWORDS or not any(c.isalpha() for c in w):
            continue
        out.append(stem(w))
    return out


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st no nos vol jan feb mar apr jun jul aug sep sept oct nov dec
    gen col lt sgt capt gov sen rep rev inc corp co ltd vs etc e.g i.e approx dept est fig""".split()
)
_CLAUSE_END_RE = re.compile(r"[;:!?]|\.(?=\s|$)|[()\[\]]|\n|\s[\u2013\u2014]\s")
_SENTENCE_END_RE = re.compile(r"[!?]|\.(?=\s|$)|\n")


def clause_bounds(text: str, sentences: bool = False) -> list[tuple[int, int]]:
    """Spans of the clauses of a text (split at sentence ends, semicolons, colons, brackets),
    or of its sentences only."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in (_SENTENCE_END_RE if sentences else _CLAUSE_END_RE).finditer(text):
        if m.group() == ".":
            before = re.search(r"([\w.]+)\.$", text[: m.end()])
            token = before.group(1).casefold() if before else ""
            # "U.S." or "Sept." or "J." do not end a sentence.
            if token in ABBREVIATIONS or "." in token or (len(token) == 1 and token.isalpha()):
                continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def enclosing(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The bound that contains [start, end), or the span itself when none does."""
    for lo, hi in bounds:
        if lo <= start and end <= hi:
            return lo, hi
    return start, end


_BREAK_RE = re.compile(r"[,;:.](?=\s|$)")
_BREAK_OR_DASH_RE = re.compile(r"[,;:.](?=\s|$)|\s?[\u2013\u2014]\s?|\s-{1,2}\s")


def segment(text: str, start: int, end: int, dashes: bool = False) -> tuple[int, int]:
    """The stretch around text[start:end] between commas, semicolons, colons or full stops
    (and dashes, when asked): "42 in Germany" in a list of countries."""
    pattern = _BREAK_OR_DASH_RE if dashes else _BREAK_RE
    before = [m.end() for m in pattern.finditer(text, 0, start)]
    after = pattern.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))
