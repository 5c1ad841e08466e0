import pytest

from factcheck import check_text, load_corpus
from factcheck.read.dates import describe, find_dates


def parts(text):
    return [(d.year, d.month, d.day, d.weekday) for d in find_dates(text)]


def test_weekday_month_and_day():
    assert parts("announced on Tuesday, Sept. 22, the results") == [(None, 9, 22, 1)]


def test_full_dates_in_several_orders():
    assert parts("on 22 September 2020") == [(2020, 9, 22, None)]
    assert parts("on March 14, 2023") == [(2023, 3, 14, None)]
    assert parts("dated 2020-09-22") == [(2020, 9, 22, None)]


def test_month_and_year_and_bare_years():
    assert parts("a report in February 2017 stating") == [(2017, 2, None, None)]
    assert parts("an operation in 2019 in which") == [(2019, None, None, None)]
    assert parts("fell between 2016 and 2017") == [(2016, None, None, None), (2017, None, None, None)]


def test_may_the_verb_is_not_a_month():
    assert parts("they may 2019") == []


def test_describe_names_the_weekday():
    assert describe(2020, 9, 22) == "Tuesday, 22 September 2020"
    assert describe(2017, 2, None) == "February 2017"


@pytest.fixture
def reports(tmp_path):
    for published, year in (("2021-03-16", 2020), ("2022-03-15", 2021), ("2023-03-14", 2022)):
        (tmp_path / f"report-{year}.md").write_text(
            f'+++\ntitle = "Road safety in {year}"\npublisher = "Estorian Road Safety Office"\n'
            f"published = {published}\n+++\nRoad deaths in {year} were counted by the office.\n",
            encoding="utf-8",
        )
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        # The publisher named by the last words of its name; the report singled out by its year.
        ("The Road Safety Office published its 2021 report on 15 March 2022", "supported", "15 March 2022"),
        ("The Road Safety Office published its 2021 report on 14 March 2023", "disputed", "15 March 2022"),
        # No report singled out: the one meant may not be cached, so another's date disputes nothing,
        # and two reports' publication dates are no conflict.
        ("The Road Safety Office published its annual report on 14 March 2023", "supported", "14 March 2023"),
        ("The Road Safety Office published its annual report on 14 March 2020", "unverifiable", ""),
    ],
)
def test_the_publication_date_of_which_report(reports, claim, verdict, says):
    kind, outcome = check_text(claim, reports)
    assert kind == "date" and outcome.verdict == verdict and says in outcome.explanation
    assert "sources-conflict" not in outcome.flags
