"""Hypothesis over hostile input: the number, date and quotation readers, the claims loader and the
front-matter parser never crash; bad input is only ever factcheck's own error."""

from __future__ import annotations

import contextlib
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError

PIECES = st.sampled_from(
    [
        "February 30, 2020",
        "29 Feb 2023",
        "Sept. 31",
        "0 March",
        "1" * 60,
        "1,000,000,000,000,000,000,000",
        "9.99e999",
        "three hundred and",
        "half a",
        "\u201c",
        "\u201d",
        '"',
        "[",
        "...",
        "\u2026",
        "\x1b[2J",
        "\x00",
        "+++",
        "=",
        "[[claim]]",
        'id = "a"',
        'text = "b"',
        "\n",
        " ",
        "-",
        "\u2014",
        "%",
        "$",
        "kg",
        "per",
        "a dozen",
        "Route 3",
    ]
)
HOSTILE = st.one_of(
    st.lists(PIECES, max_size=25).map("".join),
    st.text(alphabet=string.printable + "\u201c\u201d\u2014\u2026\u00a0", max_size=200),
    st.text(max_size=100),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(HOSTILE)
def test_the_number_reader_never_crashes(text):
    from factcheck.read.quantities import find_quantities

    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)


@FAST
@given(HOSTILE)
def test_the_date_reader_never_crashes_and_gives_only_real_dates(text):
    import datetime as dt

    from factcheck.read.dates import describe, find_dates

    for d in find_dates(text):
        if d.year and d.month and d.day:
            dt.date(d.year, d.month, d.day)  # raises if the reader let an impossible date through
        describe(d.year, d.month, d.day)


@FAST
@given(HOSTILE, HOSTILE)
def test_the_quotation_aligner_never_crashes(claimed, source):
    from factcheck.read.quotes import align, parse_claimed_quote

    for segment in parse_claimed_quote(claimed).segments:
        align(segment, source)


@FAST
@given(HOSTILE)
def test_the_claims_loader_raises_only_its_own_errors(tmp_path_factory, text):
    from factcheck.claims import load_claims_file

    path = tmp_path_factory.mktemp("c") / "claims.toml"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(FactcheckError):  # any other exception fails the test
        load_claims_file(path)


@FAST
@given(HOSTILE)
def test_the_front_matter_parser_raises_only_its_own_errors(text):
    from pathlib import Path

    from factcheck.corpus.store import split_front_matter

    with contextlib.suppress(FactcheckError):  # any other exception fails the test
        split_front_matter("+++\n" + text, Path("s.md"))
    with contextlib.suppress(FactcheckError):
        split_front_matter(text, Path("s.md"))
