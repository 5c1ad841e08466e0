"""Parts of a figure's frame: its noun, its rate, change against level, the total row."""

from __future__ import annotations

import pytest

from factcheck import check_text, load_corpus
from factcheck.read.anchors import head_of
from factcheck.read.quantities import find_quantities

from .conftest import write


def test_relative_time_after_a_figure_is_not_what_it_counts():
    text = "Road deaths rose to 1,131 last year"
    (q,) = find_quantities(text)
    assert head_of(text, q) is None


@pytest.mark.parametrize("verb", ["recorded", "reported", "registered"])
def test_a_verb_after_a_figure_is_not_what_it_counts(verb):
    text = f"That is 11.8% lower than the 1,204 {verb} in 2019"
    assert head_of(text, find_quantities(text)[-1]) is None


def test_a_rate_is_not_a_figure_of_one_day():
    assert [q.text for q in find_quantities("Route 9 carried 5,000 riders a day")] == ["5,000"]
    assert [q.text for q in find_quantities("the repairs lasted a year")] == ["a year"]


@pytest.fixture
def table(tmp_path):
    write(
        tmp_path,
        {
            "crashes.csv": "year,road_user,deaths\n2020,all road users,1062\n2020,cyclists,97\n"
            "2021,all road users,1131\n2021,cyclists,104\n"
            "2022,all road users,1187\n2022,cyclists,91\n",
            "crashes.toml": 'title = "Road deaths by road user"\naggregates = ["all road users"]\n'
            '[columns]\ndeaths = "number of people killed on the roads"\n',
            "release.md": '+++\ntitle = "Ridership in 2023"\n+++\n'
            "Line 12 carried 8,150 riders on an average weekday in 2023, up 9% from 2022.\n",
            "lines.csv": "line,year,riders,on_time_percent\nLine 12,2023,8150,86.4\n",
        },
    )
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Road deaths rose between 2021 and 2022", "supported"),
        ("1,187 people died on the roads in 2022", "supported"),
        ("1,131 people died on the roads in 2022", "disputed"),
        # A population the table does not cover is not its total.
        ("1,187 young drivers died on the roads in 2022", "unverifiable"),
    ],
)
def test_a_claim_that_names_no_category_is_about_the_total(table, claim, verdict):
    assert check_text(claim, table)[1].verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Road deaths in 2021 were the lowest since records began", "disputed", "2020 was lower"),
        ("Road deaths in 2022 were the lowest on record", "disputed", "the lowest on record"),
        # Nothing earlier in the table beats it, but no table is known to start where records do.
        ("Road deaths in 2022 were the highest on record", "unverifiable", "2022"),
        ("Cyclist deaths in 2022 were the lowest since records began", "unverifiable", "2022"),
        ("Road deaths in 2021 were the lowest ever", "disputed", "2020 was lower"),
        ("1,187 people died on the roads in 2022, the fewest ever", "disputed", "2020 was lower"),
    ],
)
def test_a_superlative_over_every_year_on_record(table, claim, verdict, says):
    _, outcome = check_text(claim, table)
    assert outcome.verdict == verdict and says in outcome.explanation


def test_a_report_that_says_since_a_year_does_not_bear_out_since_records_began(tmp_path):
    write(
        tmp_path,
        {
            "2021.md": '+++\ntitle = "Road safety in 2021"\npublished = 2022-03-15\n+++\n'
            "Cyclist deaths reached 104, the highest number since 1991.\n",
        },
    )
    _, outcome = check_text("Cyclist deaths in 2021 were the highest since records began", load_corpus(tmp_path))
    assert outcome.verdict == "unverifiable" and "'since records began'" in outcome.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Road deaths rose in 2022 compared with 2021", "supported"),
        ("Road deaths fell in 2022 compared with 2021", "disputed"),
        ("Cyclist deaths fell in 2022 compared with 2021", "supported"),
    ],
)
def test_a_trend_against_a_base_year_is_a_trend_between_two_years(table, claim, verdict):
    _, outcome = check_text(claim, table)
    assert outcome.verdict == verdict and "2021" in outcome.explanation and "2022" in outcome.explanation


def test_a_change_is_not_compared_with_a_level(table):
    _, outcome = check_text("Line 12 ridership rose 9% in 2023", table)
    assert outcome.verdict == "supported" and "86.4" not in outcome.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Road deaths in 2022 were the highest since 2020", "supported"),
        ("Cyclist deaths in 2022 were the highest since 2020", "disputed"),  # 104 in 2021 > 91
        ("Road deaths in 2022 were the highest since 1998", "unverifiable"),  # the table starts in 2021
        ("Road deaths rose between 2021 and 1987", "unverifiable"),  # no table has 1987
    ],
)
def test_a_superlative_since_a_base_year_is_settled_over_the_years_a_table_has(table, claim, verdict):
    assert check_text(claim, table)[1].verdict == verdict


def test_a_report_about_a_year_dates_its_sentences_for_a_claim_of_rank(tmp_path):
    write(
        tmp_path,
        {
            "2021.md": '+++\ntitle = "Road safety in 2021"\npublished = 2022-03-15\n+++\n'
            "Cyclist deaths reached 104, the highest number since 1991.\n",
        },
    )
    corpus = load_corpus(tmp_path)
    assert check_text("Cyclist deaths in 2021 were the highest since 1991", corpus)[1].verdict == "supported"
    # "The highest since 1991" says 1991 was as high: "since 1985" reaches past it.
    _, outcome = check_text("Cyclist deaths in 2021 were the highest since 1985", corpus)
    assert outcome.verdict == "disputed" and "since 1991" in outcome.explanation and "1985" in outcome.explanation
    # "Since 1995" is within the source's span: borne out.
    assert check_text("Cyclist deaths in 2021 were the highest since 1995", corpus)[1].verdict == "supported"


def test_since_records_began_in_a_year_is_no_peak_in_that_year(tmp_path):
    write(
        tmp_path,
        {
            "2021.md": '+++\ntitle = "Road safety in 2021"\npublished = 2022-03-15\n+++\n'
            "Cyclist deaths reached 104, the highest number since records began in 1991.\n",
        },
    )
    _, outcome = check_text("Cyclist deaths in 2021 were the highest since 1985", load_corpus(tmp_path))
    assert outcome.verdict == "unverifiable"


def test_another_years_report_dates_only_a_sentence_that_says_the_same_of_the_same_thing(tmp_path):
    write(
        tmp_path,
        {
            "2021.md": '+++\ntitle = "Road safety in 2021"\npublished = 2022-03-15\n+++\n'
            "Cyclist deaths reached 104, the highest number since 1991.\n",
            "2022.md": '+++\ntitle = "Road safety in 2022"\npublished = 2023-03-14\n+++\n'
            "Motorcyclist deaths rose to 219, the highest number since 2016. Cyclist deaths fell to 91.\n",
        },
    )
    _, outcome = check_text("Cyclist deaths in 2021 were the highest since 1991", load_corpus(tmp_path))
    # The 2022 report counts cyclist deaths too, and says "highest" of motorcyclists: no conflict.
    assert outcome.verdict == "supported" and "sources-conflict" not in outcome.flags


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Fires rose 6.5% from 1,062 in 2020 to 1,131 in 2021", "supported", "give a change of 6.5%"),
        ("Fires rose 8% from 1,062 in 2020 to 1,131 in 2021", "disputed", "give a rise of 6.5%; it says a rise of 8%"),
        ("Fires fell 6.5% from 1,062 in 2020 to 1,131 in 2021", "disputed", "it says a fall of 6.5%"),
        ("Fires rose 6.5% between 2020 and 2021", "unverifiable", "6.5%"),  # a change nothing states
    ],
)
def test_a_change_between_two_figures_the_claim_states(tmp_path, claim, verdict, says):
    write(tmp_path, {"r.md": '+++\ntitle = "Fires"\n+++\nFires numbered 1,062 in 2020 and 1,131 in 2021.\n'})
    _, outcome = check_text(claim, load_corpus(tmp_path))
    assert outcome.verdict == verdict and says in outcome.explanation


def test_a_vote_tally_is_two_figures(tmp_path):
    from factcheck.read.quantities import find_quantities

    assert [q.value for q in find_quantities("the council voted 7-2 to approve it")] == [7, 2]
    assert find_quantities("the score was 7-2") == []  # a score is no tally
    write(
        tmp_path,
        {"c.md": '+++\ntitle = "Council vote"\n+++\nThe council approved the harbour plan by seven votes to two.\n'},
    )
    corpus = load_corpus(tmp_path)
    assert check_text("The council voted 7-2 to approve the harbour plan", corpus)[1].verdict == "supported"
    assert check_text("The council voted 6-3 to approve the harbour plan", corpus)[1].verdict == "disputed"


def test_a_compound_duration_is_one_duration():
    from factcheck.read.quantities import find_quantities

    (q,) = find_quantities("she died aged 78 years, 3 months")
    assert (q.value, q.unit) == (78.25, "year")


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Cyclists were the second largest group of road deaths in 2022", "supported", "2nd highest"),
        ("Cyclists were the largest group of road deaths in 2022", "disputed", "highest"),
        ("Cyclists were the 2nd-smallest group of road deaths in 2022", "supported", "2nd lowest"),
        ("Pedestrians were the 2nd-smallest group of road deaths in 2022", "disputed", "3rd lowest"),
    ],
)
def test_a_rank_is_the_place_among_a_years_categories(tmp_path, claim, verdict, says):
    write(
        tmp_path,
        {
            "d.csv": "year,road_user,deaths\n2022,all road users,900\n2022,pedestrians,500\n2022,cyclists,300\n2022,riders,100\n",
            "d.toml": 'title = "Road deaths by road user"\naggregates = ["all road users"]\n',
        },
    )
    _, outcome = check_text(claim, load_corpus(tmp_path))
    assert outcome.verdict == verdict and says in outcome.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The final harvest figure was 2.4 million tonnes", "supported"),
        ("The final harvest figure was 2.1 million tonnes", "disputed"),
        ("The provisional harvest figure was 2.1 million tonnes", "supported"),
        ("The harvest was 2.4 million tonnes", "supported"),  # no status: the final figure stands
        ("The harvest was 2.1 million tonnes", "disputed"),
    ],
)
def test_provisional_and_final_figures_are_different_frames(tmp_path, claim, verdict):
    write(
        tmp_path,
        {
            "s.md": '+++\ntitle = "Harvest"\n+++\nThe provisional harvest figure was 2.1 million tonnes. '
            "The final harvest figure, published in May, was 2.4 million tonnes.\n"
        },
    )
    assert check_text(claim, load_corpus(tmp_path))[1].verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The fleet of 53 vessels landed 1,150 tonnes of Kite", "supported"),
        ("The 53 vessels landed 22 tonnes of Kite each", "supported"),
        ("The 53 vessels landed 25 tonnes of Kite each", "disputed"),
        # A figure per vessel is not the fleet's total, nor the other way round.
        ("The fleet of 53 vessels landed 22 tonnes of Kite", "disputed"),
        ("The 53 vessels landed 1,150 tonnes of Kite per vessel", "disputed"),
    ],
)
def test_a_figure_per_item_is_not_a_total(tmp_path, claim, verdict):
    write(
        tmp_path,
        {
            "s.md": '+++\ntitle = "Kite landings"\n+++\nThe fleet of 53 vessels landed 1,150 tonnes of Kite '
            "in the season. The vessels landed 22 tonnes of Kite each.\n"
        },
    )
    assert check_text(claim, load_corpus(tmp_path))[1].verdict == verdict


@pytest.mark.parametrize(
    ("files", "claim", "verdict"),
    [
        ("both", "Route 40 carried 6,000 riders on its first day", "supported"),
        ("both", "Route 40 carried 5,000 riders on its first day", "disputed"),
        ("both", "Route 40 carried 6,000 riders on an average weekday in 2023", "disputed"),
        # A table's row for 2023 is no single day's figure.
        ("table", "Route 40 carried 3,105 riders on its first day", "unverifiable"),
        ("table", "Route 40 carried 6,000 riders on its first day", "unverifiable"),
    ],
)
def test_a_figure_for_a_single_period_is_compared_only_with_one_for_that_period(tmp_path, files, claim, verdict):
    contents = {
        "lines.csv": "route,year,weekday_riders\nRoute 40,2023,3105\n",
        "lines.toml": 'title = "Ridership"\n[columns]\nweekday_riders = "riders on an average weekday"\n',
    }
    if files == "both":
        contents["r.md"] = (
            '+++\ntitle = "Route 40"\n+++\nRoute 40 carried 6,000 riders on its first day. '
            "In 2023 it carried 3,105 riders on an average weekday.\n"
        )
    write(tmp_path, contents)
    _, outcome = check_text(claim, load_corpus(tmp_path))
    assert outcome.verdict == verdict, outcome.explanation


@pytest.mark.parametrize("population", ["children", "women", "cattle"])
def test_a_population_with_a_plural_without_an_s_is_part_of_what_a_figure_counts(tmp_path, population):
    from factcheck.read.anchors import measure_words
    from factcheck.read.lexicon import concept
    from factcheck.read.reading import read
    from factcheck.read.text import stem

    claim = f"Road deaths among {population} rose to 41 in 2022"
    reading = read(claim)
    assert concept(stem(population)) in measure_words(reading, reading.quantities[0])
    write(tmp_path, {"r.md": '+++\ntitle = "Road safety in 2022"\n+++\nRoad deaths rose to 1,187 in 2022.\n'})
    # Not the total's figure: the sources do not break the deaths out by that population.
    assert check_text(claim, load_corpus(tmp_path))[1].verdict == "unverifiable"
