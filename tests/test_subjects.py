"""What a claim is about: numbered labels, named undertakings, and the years a figure is for."""

from __future__ import annotations

import pytest

from factcheck import check_text, load_corpus
from factcheck.read.anchors import own_years
from factcheck.read.quantities import find_quantities
from factcheck.read.subjects import bare_subjects, find_subjects, fit
from factcheck.read.text import content_stems

from .conftest import write


@pytest.mark.parametrize(
    ("text", "figures", "label"),
    [
        ("Route 36 carried 4,924 riders", ["4,924"], "route 36"),
        ("In District 9, 300 homes flooded", ["300"], "district 9"),
        ("a category 5 hurricane killed 12 people", ["12"], "category 5"),
    ],
)
def test_a_numbered_label_is_a_name_not_a_figure(text, figures, label):
    assert [q.text for q in find_quantities(text)] == figures
    assert label in content_stems(text)


def test_a_label_with_a_unit_is_still_a_figure():
    assert [q.text for q in find_quantities("the line runs 5 km along the coast")] == ["5 km"]


def test_subjects_named_with_their_kind_and_bare():
    found = find_subjects("Operation Redfin made more arrests than operation Green Wave on Route 3.")
    assert [s.key for s in found] == [("operation", "redfin"), ("operation", "green wave"), ("route", "3")]
    known = {"redfin": "operation"}
    assert [s.key for s in bare_subjects("Redfin was the largest; a redfin is a fish.", known)] == [
        ("operation", "redfin")
    ]


def test_fit_tells_same_other_and_unknown():
    redfin, bluefin, route = ("operation", "redfin"), ("operation", "bluefin"), ("route", "3")
    assert fit(frozenset({redfin}), frozenset({redfin, route})) is True
    assert fit(frozenset({redfin}), frozenset({bluefin})) is False
    assert fit(frozenset({redfin}), frozenset({route})) is None
    assert fit(frozenset(), frozenset({bluefin})) is None


@pytest.fixture
def operations(tmp_path):
    """Two operations of one kind in one cache, each release about its own."""
    write(
        tmp_path,
        {
            "kestrel.md": '+++\ntitle = "Operation Kestrel ends"\npublisher = "Harbour Police"\npublished = 2021-05-04\n+++\n'
            "Operation Kestrel ended with 80 arrests and 12 boats seized.\n\n"
            "Of the 80 arrests, 50 were made in Portugal.\n",
            "osprey.md": '+++\ntitle = "Operation Osprey ends"\npublisher = "Harbour Police"\npublished = 2023-06-01\n+++\n'
            "Operation Osprey ended with 150 arrests and 30 boats seized.\n\n"
            "Of the 150 arrests, 90 were made in Portugal.\n",
        },
    )
    return load_corpus(tmp_path)


def test_another_undertakings_figure_does_not_bear_out_the_claim(operations):
    _, outcome = check_text("Operation Kestrel ended with 150 arrests", operations)
    assert outcome.verdict == "disputed" and "80" in outcome.explanation


def test_figures_of_different_undertakings_do_not_conflict(operations):
    _, outcome = check_text("Operation Osprey ended with 150 arrests", operations)
    assert outcome.verdict == "supported" and "sources-conflict" not in outcome.flags


def test_a_bare_name_the_cache_knows_is_the_subject(operations):
    # "Osprey" alone names Operation Osprey: Kestrel's 12 boats are not its boats.
    _, outcome = check_text("Osprey officers seized 12 boats", operations)
    assert outcome.verdict == "disputed" and "30" in outcome.explanation


def test_a_release_of_another_undertaking_does_not_date_this_one(operations):
    _, outcome = check_text("Operation Osprey's results were announced on 4 May 2021", operations)
    assert outcome.verdict != "supported"


def test_a_year_after_a_word_of_comparison_is_the_base_not_the_figures_year():
    text = "Deaths rose to 1,187 in 2022, 5.0% more than in 2021, and up from 1,062 in 2020."
    by_figure = {q.text: own_years(text, q, 0, len(text)) for q in find_quantities(text)}
    assert by_figure["1,187"] == {2022} and by_figure["5.0%"] == {2022}
    assert 2020 in by_figure["1,062"]  # a figure inside the comparison has the base's year
    assert own_years("deaths from synthetic opioids in 2017", find_quantities("12 deaths")[0], 0, 37) == {2017}


def test_a_report_about_a_year_gives_that_years_figures(tmp_path):
    # Published in 2022, about 2021: its undated figures are 2021's.
    write(
        tmp_path,
        {
            "report-2021.md": '+++\ntitle = "Water quality in 2021"\npublished = 2022-03-01\n+++\n'
            "Beaches failed the standard 14 times.\n",
            "report-2022.md": '+++\ntitle = "Water quality in 2022"\npublished = 2023-03-01\n+++\n'
            "Beaches failed the standard 9 times.\n",
        },
    )
    corpus = load_corpus(tmp_path)
    assert check_text("beaches failed the standard 14 times in 2021", corpus)[1].verdict == "supported"
    _, outcome = check_text("beaches failed the standard 14 times in 2022", corpus)
    assert outcome.verdict == "disputed" and "sources-conflict" not in outcome.flags


@pytest.fixture
def breakdown(tmp_path):
    write(
        tmp_path,
        {
            "sweep.md": '+++\ntitle = "Operation Heron ends"\n+++\n'
            "Operation Heron ended with 120 arrests. The arrests by country: 70 in Portugal, 30 in Spain "
            "and 20 in France.\n\n"
            "Of the 120 arrests, 45 were of ship owners. Abroad, 18 were made at sea.\n",
        },
    )
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("30 people were arrested in Spain during Operation Heron", "supported"),
        ("Operation Heron made 40 arrests in Spain", "disputed"),
        ("18 arrests were made at sea", "supported"),
    ],
)
def test_a_breakdown_that_gives_its_noun_once(breakdown, claim, verdict):
    assert check_text(claim, breakdown)[1].verdict == verdict


def test_a_superlative_nothing_says_is_unchecked(tmp_path):
    write(
        tmp_path,
        {
            "2021.md": '+++\ntitle = "Fires in 2021"\n+++\n1,131 fires were reported in 2021.\n',
            "2020.md": '+++\ntitle = "Fires in 2020"\n+++\n1,062 fires were reported in 2020, the lowest number since 1970.\n',
        },
    )
    corpus = load_corpus(tmp_path)
    _, outcome = check_text("1,131 fires in 2021 were the lowest since 1970", corpus)
    assert outcome.verdict == "unverifiable" and "'lowest'" in outcome.explanation
    assert check_text("1,062 fires in 2020 were the lowest since 1970", corpus)[1].verdict == "supported"


def test_a_comparison_of_two_labelled_rows_reads_which_is_which(tmp_path):
    write(tmp_path, {"lines.csv": "line,year,riders\nLine 4,2023,3105\nLine 36,2023,4924\n"})
    corpus = load_corpus(tmp_path)
    assert check_text("Line 36 carried more riders than Line 4 in 2023", corpus)[1].verdict == "supported"
    assert check_text("Line 4 carried more riders than Line 36 in 2023", corpus)[1].verdict == "disputed"


def test_a_complete_breakdown_rules_out_a_country_outside_it(breakdown):
    # "70 in Portugal, 30 in Spain and 20 in France" add up to the 120 arrests the release gives.
    _, outcome = check_text("Operation Heron made 20 arrests in Finland", breakdown)
    assert outcome.verdict == "disputed" and "Finland is not among them" in outcome.explanation
    _, outcome = check_text("Operation Heron made 20 arrests in Francia", breakdown)
    assert outcome.verdict != "supported"


def test_a_breakdown_that_does_not_add_up_rules_nothing_out(tmp_path):
    write(
        tmp_path,
        {
            "s.md": '+++\ntitle = "Operation Wren ends"\n+++\nOperation Wren ended with 150 arrests. '
            "The arrests by country: 70 in Portugal, 30 in Spain.\n"
        },
    )
    _, outcome = check_text("Operation Wren made 20 arrests in France", load_corpus(tmp_path))
    assert outcome.verdict == "unverifiable"


def test_a_near_spelled_member_is_named_as_the_one_probably_meant(tmp_path):
    write(
        tmp_path,
        {
            "s.md": '+++\ntitle = "Operation Wren ends"\n+++\nOperation Wren ended with 102 arrests. '
            "The arrests by country: 100 in Portugal, 2 in Slovenia.\n"
        },
    )
    _, outcome = check_text("Operation Wren made 2 arrests in Slovakia", load_corpus(tmp_path))
    assert outcome.verdict == "disputed" and "Did it mean Slovenia (2)?" in outcome.explanation


@pytest.fixture
def three_operations(tmp_path):
    for name, year, arrests, spain, france in (
        ("Kite", 2019, 72, 40, 32),
        ("Heron", 2021, 140, 90, 50),
        ("Wren", 2023, 260, 200, 60),
    ):
        write(
            tmp_path,
            {
                f"{name.lower()}.md": f'+++\ntitle = "Operation {name} ends"\npublished = {year}-05-01\n+++\n'
                f"Operation {name} ended with {arrests} arrests. The arrests by country: {spain} in Spain, {france} in France.\n"
            },
        )
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        (
            "Operation Wren made 260 arrests, nearly double the previous operation",
            "supported",
            "Operation Heron gave 140",
        ),
        ("Operation Wren made 260 arrests, more than double the previous operation", "disputed", "1.86 times"),
        ("Operation Heron made 140 arrests, more than Operation Wren", "disputed", "Operation Wren gave 260"),
        ("Operation Wren made 200 arrests in Spain, more than three times France", "supported", "France gave 60"),
        (
            "Operation Kite made 72 arrests, more than the previous operation",
            "unverifiable",
            "no cached source identifies",
        ),
    ],
)
def test_a_comparison_with_another_undertaking_or_place_is_a_part(three_operations, claim, verdict, says):
    _, outcome = check_text(claim, three_operations)
    assert outcome.verdict == verdict and says in outcome.explanation, outcome.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two routes in one sentence: each figure's own stretch says whose it is.
        ("Route 36 carried 4,924 riders", "supported"),
        ("Route 3 carried 4,924 riders", "disputed"),
        ("Route 3 carried 5,012 riders", "supported"),
        # Here it does not: the figure bears nothing out about either route.
        ("Route 3 buses run every 10 minutes", "unverifiable"),
        ("Route 40 buses run every 10 minutes", "unverifiable"),
    ],
)
def test_a_figure_in_a_sentence_naming_two_routes_belongs_to_the_one_its_stretch_names(tmp_path, claim, verdict):
    write(
        tmp_path,
        {
            "a.md": '+++\ntitle = "Ridership"\n+++\nRoute 3 carried 5,012 riders, and Route 36 carried 4,924 riders.\n',
            "b.md": '+++\ntitle = "Timetable"\n+++\nRoute 40 will replace Route 3 from Monday, with buses every '
            "10 minutes instead of every 15.\n",
        },
    )
    assert check_text(claim, load_corpus(tmp_path))[1].verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Operation Heron was the agency's largest operation", "supported"),
        ("Operation Kite was the agency's largest operation", "disputed"),  # only one can be the largest
        ("Operation Kite was the agency's smallest operation", "unverifiable"),
        ("Operation Kite was the largest operation in Spain", "unverifiable"),  # over another scope
    ],
)
def test_a_superlative_a_source_says_of_another_subject_of_the_same_kind(tmp_path, claim, verdict):
    write(
        tmp_path,
        {
            "heron.md": '+++\ntitle = "Operation Heron ends"\n+++\nOperation Heron ended with 260 arrests. '
            "It was the largest operation in the agency's history.\n",
            "kite.md": '+++\ntitle = "Operation Kite ends"\n+++\nOperation Kite ended with 80 arrests.\n',
        },
    )
    kind, outcome = check_text(claim, load_corpus(tmp_path))
    assert (kind, outcome.verdict) == ("statement", verdict), outcome.explanation
