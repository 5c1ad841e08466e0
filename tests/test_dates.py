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
