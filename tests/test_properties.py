"""Properties over arbitrary text: the readers and the verifier never crash, and offsets hold."""

from hypothesis import example, given, settings
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


@given(
    source=st.integers(min_value=100, max_value=2_000_000),
    hedge=st.sampled_from(
        ["about", "nearly", "approximately", "around", "more than", "fewer than", "at least", "up to"]
    ),
    near=st.floats(min_value=0.0, max_value=0.5),
    further=st.floats(min_value=0.0, max_value=0.5),
    near_digits=st.integers(min_value=0, max_value=3),
    far_digits=st.integers(min_value=0, max_value=3),
    side=st.sampled_from([1, -1]),
)
@example(source=12_000, hedge="about", near=0.0583, further=0.0833, near_digits=2, far_digits=3, side=1)
@settings(max_examples=300, deadline=None)
def test_hedges_are_monotonic(source, hedge, near, further, near_digits, far_digits, side):
    # If a figure is disputed against a source's hedged figure, so is any figure further from it on
    # the same side, however either is rounded ("about 12,000": 12,700 and 13,000 alike). (A plain
    # source is another matter: "33,000" is 32,501 rounded, "32,755" a wrong precise figure.)
    from factcheck.read.quantities import contradicts, find_quantities

    def figure(distance, digits):
        value = round(source * (1 + side * distance), -digits)
        return find_quantities(f"{max(value, 1):,.0f}")[0]

    (stated,) = find_quantities(f"{hedge} {source:,}".strip())
    if (hedge, side) in (("more than", 1), ("fewer than", -1), ("at least", 1), ("up to", -1)):
        return  # a bound's open side: further away is more, not less, in keeping with it
    first, second = figure(near, near_digits), figure(further, far_digits)
    close, far = sorted((first, second), key=lambda q: abs(q.value - source))
    if side * (close.value - source) < 0 or side * (far.value - source) < 0:
        return  # rounding took a figure to the other side
    if contradicts(close, stated):
        assert contradicts(far, stated), (close.text, far.text, stated.text)
