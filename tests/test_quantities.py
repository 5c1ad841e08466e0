import math

import pytest

from factcheck.read.quantities import bears_out, contradicts, convert, discrepancy, find_quantities


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "dimension"),
    [
        ("179 suspects", 179, None, "count"),
        ("seven countries", 7, None, "count"),
        ("twenty-one people", 21, None, "count"),
        ("a dozen boats", 12, None, "count"),
        ("31,000 deaths", 31000, None, "count"),
        ("$6.5 million in cash", 6.5e6, "USD", "currency:USD"),
        ("USD 6.5 million", 6.5e6, "USD", "currency:USD"),
        ("€2bn", 2e9, "EUR", "currency:EUR"),
        ("48m users", 48e6, None, "count"),
        ("40 million euros", 40e6, "EUR", "currency:EUR"),
        ("500 kilograms of drugs", 500, "kilogram", "mass"),
        ("12 kg", 12, "kilogram", "mass"),
        ("3 kilogrammes", 3, "kilogram", "mass"),
        ("1,100 pounds", 1100, "pound", "mass"),
        ("2 tonnes", 2, "metric_ton", "mass"),
        ("nine months", 9, "month", "time"),
        ("a year", 1, "year", "time"),
        ("an hour", 1, "hour", "time"),
        ("a million people", 1e6, None, "count"),
        ("nobody was killed", 0, None, "count"),
        ("an 18-month investigation", 18, "month", "time"),
        ("a 40-metre section", 40, "meter", "length"),
        ("a 4.1% decline", 4.1, "percent", "percent"),
        ("10 per cent", 10, "percent", "percent"),
    ],
)
def test_values_units_and_dimensions(text, value, unit, dimension):
    q = one(text)
    assert math.isclose(q.value, value)
    assert (q.unit, q.dimension) == (unit, dimension)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("more than 1,500 people", "above"),
        ("over $6.5 million", "above"),
        ("at least 20 boats", "at-least"),
        ("approximately 500 kilograms", "about"),
        ("about 1,200 tonnes", "about"),
        ("nearly 300 arrests", "nearly"),
        ("almost 300 arrests", "nearly"),
        ("fewer than 10 cases", "below"),
        ("up to 40 trucks", "at-most"),
        ("179 arrests", None),
    ],
)
def test_hedges(text, hedge):
    assert one(text).hedge == hedge


def test_over_before_a_duration_means_during():
    assert one("actions over nine months").hedge is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("179", 0),
        ("60 firearms", 0),
        ("31,000", 500),
        ("500 kg", 25),
        ("$6.5 million", 50_000),
        ("9.9", 0.05),
        ("67 percent", 0.5),
        ("67.2 percent", 0.05),
    ],
)
def test_precision_follows_the_written_digits_capped_at_five_percent(text, precision):
    assert math.isclose(one(text).precision, precision)


@pytest.mark.parametrize(
    "text",
    ["in 2018 alone", "on Sept. 22", "22 September", "COVID-19", "T40.4", "a rate of 9.9 per 100,000"],
)
def test_years_dates_codes_and_rate_bases_are_not_figures(text):
    assert all(q.value not in (2018, 22, 19, 40.4, 100_000) for q in find_quantities(text))


def test_a_alone_is_no_figure():
    assert find_quantities("a storm and a flood") == []


def test_a_plural_noun_makes_a_four_digit_number_a_count():
    assert one("2000 arrests").value == 2000


def test_conversion_through_pint():
    assert math.isclose(convert(500, "kilogram", "pound"), 1102.31, rel_tol=1e-4)
    assert convert(3, "week", "week") == 3


@pytest.mark.parametrize(
    ("claim", "source", "ok"),
    [
        ("31,000", "31,335", True),  # rounding the claim's precision allows
        ("31,000", "32,100", False),
        ("67.3 percent", "67.2 percent", False),  # neither rounds to the other
        ("67 percent", "67.2 percent", True),
        ("52,070 staff", "52,000 staff", False),  # finer than the source: neither stated nor ruled out
        ("more than 1 million", "more than 1.15 million", True),
        ("more than 3 million", "more than 1.15 million", False),  # not stated, not ruled out
        ("more than 179", "179", False),  # "more than X" needs a value above X
        ("more than 2 tonnes", "6.8 tonnes", True),
        ("at least 179", "179", True),
        ("nearly 500", "480", True),
        ("nearly 500", "520", False),  # "nearly X" is just below X
        ("$6.5 million", "over $6.5 million", True),  # the hedge dropped
        ("$6.7 million", "over $6.5 million", False),  # more precise than the source says
        ("fewer than 10", "12", False),
        ("179", "197", False),
    ],
)
def test_bears_out(claim, source, ok):
    assert bears_out(one(claim), one(source)) is ok


@pytest.mark.parametrize(
    ("claim", "source", "contradicted"),
    [
        ("more than 3 million", "more than 1.15 million", False),
        ("$6.7 million", "over $6.5 million", False),
        ("fewer than 1,000", "more than 1,500", True),
        ("67.3 percent", "67.2 percent", True),
        ("179", "197", True),
    ],
)
def test_contradicts(claim, source, contradicted):
    assert contradicts(one(claim), one(source)) is contradicted


def test_discrepancy_names_transpositions_and_powers_of_ten():
    assert "transposed" in discrepancy(one("1,520"), one("1,250"))
    assert "factor of 10" in discrepancy(one("48 million"), one("4.8 million"))
    assert discrepancy(one("300"), one("500")) == ""


def test_a_range_shares_its_unit():
    first, second = find_quantities("between 12 to 18 months")
    assert (first.value, first.unit) == (12, "month") and second.unit == "month"


def test_a_year_after_a_preposition_is_a_year_whatever_follows():
    assert find_quantities("In 2022 customs seized 6 tonnes")[0].value == 6


def test_about_a_percentage_is_half_a_point():
    assert not bears_out(one("about 99 percent"), one("about 97 percent"))
    assert bears_out(one("about 97 percent"), one("97.2 percent"))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("three hundred and forty-two people were arrested", 342, None),
        ("twenty-one thousand five hundred homes", 21500, None),
        ("half a million dollars", 500_000, "USD"),
        ("about one and a half million people", 1_500_000, None),
        ("a quarter of a billion euros", 250_000_000, "EUR"),
        ("two dozen boats", 24, None),
        ("half a dozen boats", 6, None),
    ],
)
def test_figures_in_several_number_words_are_one_figure(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        ("1.2 GW", "gigawatt", "power"),
        ("40 litres", "liter", "volume"),
        ("3,000 hectares", "hectare", "area"),
        ("5 TWh", "terawatt_hour", "energy"),
        ("80 km/h", "kilometer / hour", "speed"),
    ],
)
def test_units_beyond_mass_length_and_time(text, unit, dimension):
    (q,) = find_quantities(text)
    assert (q.unit, q.dimension) == (unit, dimension)


def test_a_figure_in_another_unit_of_the_same_kind_is_converted(tmp_path):
    from factcheck import check_text, load_corpus

    (tmp_path / "plant.md").write_text('+++\ntitle = "Plant opens"\n+++\nThe plant has a capacity of 1,200 MW.\n')
    corpus = load_corpus(tmp_path)
    _, outcome = check_text("the plant has a capacity of 1.2 GW", corpus)
    assert outcome.verdict == "supported" and "unit-converted" in outcome.flags
    assert check_text("the plant has a capacity of 2.1 GW", corpus)[1].verdict == "disputed"


@pytest.mark.parametrize(
    ("text", "seconds", "precision"),
    [
        ("She swam 2:11.85 in her heat", 131.85, 0.005),
        ("He won the marathon in 2:05:30", 7530.0, 0.5),
        ("a lap of 1:09.405", 69.405, 0.0005),
    ],
)
def test_a_race_time_is_a_duration_in_seconds(text, seconds, precision):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.dimension) == (pytest.approx(seconds), "second", "time")
    assert q.precision == pytest.approx(precision)


@pytest.mark.parametrize("text", ["The match kicked off at 3:00 pm", "kick-off 19:30", "doors open at 10:30:00 am"])
def test_a_time_of_day_is_no_figure(text):
    assert find_quantities(text) == []
