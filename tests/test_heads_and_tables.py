"""What a figure counts, and which table column a claim means."""

import pytest

from factcheck import load_corpus
from factcheck.checks.table import column_unit, measure_columns
from factcheck.read.anchors import head_of
from factcheck.read.reading import read
from factcheck.read.relations import change_figures

from .conftest import one_table, write


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("179 arrests in total", "arrest"),
        ("four shipping containers from Lagos", "container"),
        ("Three vehicles fell into the river", "vehicl"),  # stems: "vehicle" and "vehicles" alike
        ("five European countries", "country"),
        ("1.15 million customer accounts", "user"),  # the synonym group of "account"
        ("500 kilograms of drugs", "drug"),
        ("48 people in Mozambique", None),  # "people" says nothing of the measure
        ("$6.5 million in cash", None),
    ],
)
def test_head_of(text, head):
    reading = read(text)
    assert head_of(text, reading.quantities[0]) == head


def test_change_figures_are_those_after_a_trend_verb_or_by():
    claim = read("turnout rose by 5 percent, from 58.1 percent in 2019 to 63.0 percent in 2024")
    assert [q.text for q in change_figures(claim)] == ["5 percent"]


def test_column_units_come_from_names_and_descriptions(tmp_path):
    write(
        tmp_path,
        {
            "t.csv": "year,seized_kg,cost,share_percent,cases\n2020,1,2,3,4\n",
            "t.toml": '[columns]\ncost = "cost in USD"\ncases = "number of cases"\n',
        },
    )
    table = load_corpus(tmp_path).sources[0].table
    assert column_unit(table, "seized_kg") == ("kilogram", "mass")
    assert column_unit(table, "cost") == ("USD", "currency:USD")
    assert column_unit(table, "share_percent") == ("percent", "percent")
    assert column_unit(table, "cases") == (None, "count")


def test_a_rate_is_not_meant_unless_named(seed_corpus):
    table = seed_corpus.get("cdc-nchs-drug-overdose-deaths").table
    numbers = ["deaths", "age_adjusted_rate_per_100000"]
    assert [c for c, _ in measure_columns(table, numbers, frozenset({"death"}))] == ["deaths"]
    assert [c for c, _ in measure_columns(table, numbers, frozenset({"death", "rate"}))] == [
        "age_adjusted_rate_per_100000"
    ]


def test_an_unnamed_measure_that_changes_the_answer_is_unverifiable(tmp_path):
    from factcheck import check_text

    # The table's title says what it counts: seizures (a table that does not say so answers no
    # question about seizures).
    write(
        tmp_path,
        {
            "s.csv": "year,item,weight_kg,cases\n2021,scales,2400,5\n2022,scales,8150,7\n",
            "s.toml": 'title = "Seizures of wildlife products"\n',
        },
    )
    corpus = load_corpus(tmp_path)
    _kind, result = check_text("seizures of scales more than tripled between 2021 and 2022", corpus)
    assert result.verdict == "unverifiable" and "does not say which measure" in result.explanation
    _kind, result = check_text("seizures of scales rose between 2021 and 2022", corpus)
    assert result.verdict == "supported"  # both measures rose
    _kind, result = check_text("the weight of scales seized more than tripled between 2021 and 2022", corpus)
    assert result.verdict == "supported" and "x3.40" in result.explanation


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("84.1 percent in 2024, down from 88.5 percent a year earlier", [{2024}, {2023}]),
        ("1,250 in 2022 and 2,400 two years later", [{2022}, {2024}]),
        ("70,237 in 2017 to 67,367 in 2018", [{2017}, {2018}]),
        ("86.0 percent in 2024, after 88.5 percent the previous year", [{2024}, {2023}]),
    ],
)
def test_years_for_each_figure(text, years):
    from factcheck.read.anchors import years_for

    reading = read(text)
    assert [set(years_for(reading, q)) for q in reading.quantities] == years


def test_a_year_earlier_is_when_not_how_long():
    from factcheck.read.quantities import find_quantities

    assert [q.text for q in find_quantities("88.5 percent a year earlier, two years ago")] == ["88.5 percent"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,234", 1234.0),
        ("- 0.43", -0.43),  # a minus sign set apart, as copied tables often have it
        ("48.01%", 48.01),
        ("9.3 million", 9_300_000.0),
        ("13 + 6", 19.0),  # goals for two clubs in one season: their total
        ("71 + 72 + 70 = 213", 213.0),  # a worked sum: its result
        ("6 - 1 , 6 - 2", None),  # a tennis score is no number
        ("1:59:04.083", 7144.083),  # a race time, in seconds
        ("2:11.58", 131.58),
        ("3:00 pm", None),  # a time of day is no number
        ("n / a", None),
        ("-", None),
    ],
)
def test_a_cell_is_read_as_a_number_as_tables_write_it(raw, value):
    from factcheck.checks.table import cell_number

    assert cell_number(raw) == value


def _table(tmp_path, name, csv, title):
    return one_table(tmp_path, name, csv, title)


SCORERS = (
    "scorer,club,league_goals,fa_cup_goals,league_cup_goals,total\n"
    "ann lee,northport,24,4,2,30\n"
    "bo ray,eastport / westport,13 + 6,0,0 + 1,20\n"
)


def _scorers(tmp_path, with_total=True):
    table = SCORERS if with_total else "\n".join(",".join(r.split(",")[:-1]) for r in SCORERS.splitlines()) + "\n"
    return _table(tmp_path, "scorers", table, "Top scorers of the season")


def test_a_column_of_sums_is_a_column_of_numbers(tmp_path):
    from factcheck.checks.table import columns

    _scorers(tmp_path)
    (source,) = load_corpus(tmp_path).sources
    assert "league_goals" in columns(source)[1]
    check = _scorers(tmp_path)
    assert check("Bo Ray scored 19 league goals").verdict == "supported"


def test_a_measure_that_fits_several_columns_alike_is_their_total(tmp_path):
    check = _scorers(tmp_path)
    found = check("Ann Lee scored 30 goals")
    assert found.verdict == "supported" and "total" in found.explanation, found.explanation
    assert check("Ann Lee scored 24 league goals").verdict == "supported"  # named whole: that column
    assert check("Ann Lee scored 28 goals").verdict == "disputed"


def test_without_a_total_column_such_a_measure_is_not_guessed(tmp_path):
    check = _scorers(tmp_path, with_total=False)
    assert check("Ann Lee scored 24 goals").verdict == "unverifiable"  # league goals? all competitions?


def test_two_named_rows_are_compared_without_a_year_where_each_has_one_row(tmp_path):
    check = _scorers(tmp_path)
    found = check("Ann Lee scored more goals than Bo Ray")
    assert found.verdict == "supported" and "30 for ann lee and 20 for bo ray" in found.explanation
    assert check("Bo Ray scored more league goals than Ann Lee").verdict == "disputed"  # 19 against 24


def test_rows_of_several_years_are_not_compared_when_the_claim_names_none(tmp_path):
    deaths = "year,district,deaths\n2021,north,10\n2021,south,20\n2022,north,30\n2022,south,5\n"
    check = _table(tmp_path, "deaths", deaths, "Road deaths by district")
    assert check("The north district had more road deaths than the south").verdict == "unverifiable"
    assert check("The north had more road deaths than the south in 2022").verdict == "supported"


def test_a_wide_table_gives_each_year_its_own_column(tmp_path):
    arrivals = (
        "rank,country,arrivals_2012,arrivals_2011\n1,france,83.0 million,81.6 million\n"
        "2,spain,57.7 million,56.2 million\n"
    )
    finding = _table(tmp_path, "arrivals", arrivals, "International tourist arrivals")

    def check(text):
        return finding(text).verdict

    assert check("Spain had 56.2 million tourist arrivals in 2011") == "supported"
    assert check("Spain had 57.7 million tourist arrivals in 2011") == "disputed"  # 2012's figure
    assert check("Spain had 57.7 million tourist arrivals in 2012") == "supported"
    assert check("Spain had 57.7 million tourist arrivals") == "unverifiable"  # which year's?


def test_a_table_whose_rows_are_places_is_read_by_the_places_a_claim_names(tmp_path):
    medals = (
        "rank,nation,gold,silver,bronze,total\n1,israel,228,194,172,594\n3,russia,15,18,18,51\n5,canada,11,15,21,47\n"
    )
    check = _table(tmp_path, "medals", medals, "Medal table")
    assert check("Canada won 11 gold medals").verdict == "supported"
    assert check("Canada won 12 gold medals").verdict == "disputed"
    found = check("Canada won more gold medals than Russia")
    assert found.verdict == "disputed" and "11 for canada and 15 for russia" in found.explanation, found.explanation


def test_a_row_is_named_by_the_words_only_it_has(tmp_path):
    airports = (
        "rank,airport,total_passengers\n1,london heathrow,67054745\n2,london gatwick,34205887\n"
        "3,london city,3260236\n4,belfast city,2570742\n"
    )
    finding = _table(tmp_path, "airports", airports, "Busiest airports by passengers")

    def check(text):
        return finding(text).verdict

    assert check("Heathrow handled 67,054,745 passengers") == "supported"  # only one Heathrow
    assert check("Gatwick handled 30 million passengers") == "disputed"
    assert check("The City airport handled 3,260,236 passengers") == "unverifiable"  # London's or Belfast's?


def test_inhabitants_are_a_population(tmp_path):
    check = _table(tmp_path, "counties", "county,population_2011\ncluj,691106\niasi,772348\n", "Counties by population")
    assert check("Cluj county had 691,106 inhabitants in 2011").verdict == "supported"


RACES = (
    "round,grand_prix,pole_position,fastest_lap,winning_driver,winning_constructor\n"
    "1,australian grand prix,mika hakkinen,rubens barrichello,michael schumacher,ferrari\n"
    "2,monaco grand prix,michael schumacher,mika hakkinen,david coulthard,mclaren\n"
    "3,german grand prix,david coulthard,rubens barrichello,rubens barrichello,ferrari\n"
)


def _races(tmp_path):
    return _table(tmp_path, "races", RACES, "Formula One season: results by race")


def test_a_claim_naming_the_values_of_one_row_is_looked_up(tmp_path):
    check = _races(tmp_path)
    found = check("Michael Schumacher won the Australian Grand Prix")
    assert found.verdict == "supported" and "winning_driver michael schumacher" in found.explanation
    found = check("David Coulthard won the Australian Grand Prix")
    assert found.verdict == "disputed" and "michael schumacher" in found.explanation
    assert check("Mika Hakkinen took pole position at the Australian Grand Prix").verdict == "supported"


def test_a_row_lookup_leaves_nothing_the_claim_says_unchecked(tmp_path):
    check = _races(tmp_path)
    # A name in several columns, and no word of the claim picks one:
    assert check("Rubens Barrichello was at the German Grand Prix").verdict == "unverifiable"
    # A column the claim names ("pole position") holds none of its values: that part is unchecked.
    assert check("Rubens Barrichello won the German Grand Prix from pole position").verdict != "supported"
    # A word no cell, column or title accounts for ("crashed"):
    assert check("Michael Schumacher crashed at the Australian Grand Prix").verdict != "supported"
    # Words that name the table or a column ("grand prix") name no single row.
    assert check("Ferrari won a grand prix").verdict != "supported"


def test_a_date_in_a_row_does_not_support_what_the_rest_of_the_row_contradicts(tmp_path):
    races = (
        "race_name,circuit,date,winning_driver\nxvi pau grand prix,pau,11 april,jean behra\n"
        "glover trophy,goodwood,11 april,roy salvadori\n"
    )
    check = _table(tmp_path, "races", races, "Non-championship races")
    assert check("Alberto Ascari won the race at Pau on 11 April").verdict != "supported"
    assert check("Jean Behra won the race at Pau on 11 April").verdict == "supported"


def test_a_word_of_a_column_name_names_no_row(tmp_path):
    races = (
        "race_name,circuit,winning_driver,constructor\n"
        "gran premio ciudad de buenos aires,buenos aires,juan manuel fangio,mercedes\n"
        "iii cornwall mrc formula 1 race,davidstow,leslie marr,connaught\n"
    )
    check = _table(tmp_path, "races", races, "Non-championship races")
    # "race" is only in the Cornwall race's name, but it is the column's word, not that row's.
    found = check("Juan Manuel Fangio won the Buenos Aires race for Mercedes")
    assert found.verdict == "supported", found.explanation
