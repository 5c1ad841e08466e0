"""Properties over arbitrary text: the readers and the verifier never crash, and offsets hold."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check_text
from factcheck.model import VERDICTS
from factcheck.read.reading import read

FRAGMENTS = st.sampled_from(
    [
        "more than",
        "about",
        "$6.5 million",
        "500 kg",
        "Sept. 22",
        "Tuesday,",
        "\u201d",
        '"',
        "\u2014",
        "\u2026",
        "[x]",
        "said,",
        "Deputy Director",
        "John Smith",
        "Germany, ",
        "Holland and ",
        "in 2018",
        "1,100 pounds",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=12), FRAGMENTS), max_size=12).map(" ".join)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_every_offset_points_at_the_words_it_names(text):
    reading = read(text)
    for q in reading.quantities:
        assert text[q.start : q.end] == q.text
    for d in reading.dates:
        assert text[d.start : d.end] == d.text
    for p in reading.places:
        assert 0 <= p.start < p.end <= len(text)
    for quote in reading.quotations:
        assert text[quote.start : quote.end] == quote.text


@given(TEXT)
@settings(max_examples=150, deadline=None)
def test_verification_always_answers(seed_corpus, text):
    _kind, outcome = check_text(text, seed_corpus)
    assert outcome.verdict in VERDICTS and 0 <= outcome.confidence <= 1 and outcome.explanation
    if outcome.verdict == "supported":
        assert outcome.evidence


ARTICLE = st.lists(
    st.one_of(st.text(max_size=30), FRAGMENTS, st.sampled_from(["\n\n", ". ", "Sign up now!", "\u201c", "U.S."])),
    max_size=25,
).map("".join)


@given(ARTICLE)
@settings(max_examples=300, deadline=None)
def test_extraction_never_crashes_and_spans_match(text):
    from factcheck.extraction import extract_claims

    for extracted in extract_claims(text):
        start, end = extracted.claim.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == extracted.claim.text
