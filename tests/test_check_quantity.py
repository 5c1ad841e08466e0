"""Quantity and table checks, on a fictional event (tests/fixtures/cyclone) and the seed sources."""

import pytest

from factcheck import check_text


def outcome(text, corpus):
    kind, result = check_text(text, corpus)
    assert kind == "quantity"
    return result


@pytest.mark.parametrize(
    ("text", "verdict", "flags"),
    [
        ("The storm killed 48 people in Mozambique", "supported", {"sources-conflict"}),
        ("12 people died in Malawi", "supported", set()),
        ("more than 1,000 people were injured", "supported", {"approximate"}),
        ("about 1,200 tonnes of food aid", "supported", {"approximate"}),
        ("2.6 million pounds of food aid", "supported", {"unit-converted", "approximate"}),
        ("2,645,000 pounds of food aid", "supported", {"unit-converted", "approximate"}),
        ("1,200 tons of aid in six weeks", "supported", {"approximate"}),
        ("the appeal raised $48 million", "supported", set()),
    ],
)
def test_supported_figures(cyclone, text, verdict, flags):
    result = outcome(text, cyclone)
    assert result.verdict == verdict, result.explanation
    assert set(result.flags) == flags


@pytest.mark.parametrize(
    ("text", "says", "why"),
    [
        ("The storm killed 84 people in Mozambique", "48 people in Mozambique", "transposed"),
        ("the appeal raised $4.8 million", "$48 million", "factor of 10"),
        ("12 people died in Mozambique", "in Mozambique", ""),
        ("fewer than 1,000 people were injured", "more than 1,500", ""),
        ("aid was delivered over three weeks", "six weeks", ""),
    ],
)
def test_disputed_figures_name_the_source_figure(cyclone, text, says, why):
    result = outcome(text, cyclone)
    assert result.verdict == "disputed"
    assert says in result.explanation and why in result.explanation
    assert result.evidence and result.evidence[0].source_id in cyclone.ids


@pytest.mark.parametrize(
    "text",
    [
        "12 people died in Zambia",  # no source gives a figure for Zambia
        "the appeal raised 48 million euros",  # another currency: not comparable
        "The city has 300 schools",  # nothing about schools in the documents
    ],
)
def test_unverifiable_figures_list_near_misses(cyclone, text):
    result = outcome(text, cyclone)
    assert result.verdict == "unverifiable"
    assert result.candidates and all(c.score >= 0 for c in result.candidates)


def test_a_bound_in_the_source_supports_only_figures_near_it(seed_corpus):
    near = outcome("Wall Street Market had 1.2 million users", seed_corpus)
    assert near.verdict == "supported" and near.flags == ("approximate",)
    far = outcome("Wall Street Market had 1.5 million users", seed_corpus)
    assert far.verdict == "unverifiable" and "only a bound" in far.explanation and far.candidates
    assert outcome("Wall Street Market had more than 1 million users", seed_corpus).verdict == "supported"


def test_a_figure_for_one_country_is_not_checked_against_another(seed_corpus):
    result = outcome("42 arrests in Austria", seed_corpus)
    assert result.verdict == "disputed" and '"3 in Austria"' in result.explanation
    assert outcome("42 arrests in Germany", seed_corpus).verdict == "supported"


def test_same_thing_different_place_is_no_conflict(seed_corpus):
    result = outcome("274 kilograms of drugs", seed_corpus)
    assert result.verdict == "supported" and "sources-conflict" not in result.flags


def test_two_sources_that_disagree_are_both_named(seed_corpus):
    result = outcome("63 firearms", seed_corpus)
    assert result.verdict == "supported" and "sources-conflict" in result.flags
    assert "64" in result.explanation and len(result.evidence) == 2


class TestTables:
    def test_row_by_year_and_category_column_by_measure(self, cyclone):
        result = outcome("4,800 households in Zambezia were affected by flooded homes in 2023", cyclone)
        assert result.verdict == "supported"
        assert result.evidence[0].location == "row 2, column households_affected"

    def test_alias_and_rounding(self, cyclone):
        result = outcome("flooded houses affected 2,500 households in Zambezia in 2022", cyclone)
        assert result.verdict == "supported" and set(result.flags) == {"rounded", "alias"}

    def test_broader_category_is_flagged(self, cyclone):
        result = outcome("75 damaged primary schools in Zambezia in 2023", cyclone)
        assert result.verdict == "supported" and "category" in result.flags

    def test_percentage_column(self, cyclone):
        assert outcome("21% of households in Zambezia had flooded homes in 2023", cyclone).verdict == "supported"
        assert outcome("31% of households in Zambezia had flooded homes in 2023", cyclone).verdict == "disputed"

    def test_wrong_figure_for_the_row_is_disputed(self, cyclone):
        result = outcome("1,250 households in Zambezia were affected by flooded homes in 2023", cyclone)
        assert result.verdict == "disputed" and "4,800" in result.explanation

    def test_another_rows_entity_is_not_used(self, cyclone):
        assert outcome("75 damaged schools in Sofala in 2023", cyclone).verdict == "unverifiable"

    def test_cdc_row_for_fentanyl(self, seed_corpus):
        result = outcome("in 2018 alone there were 31,000 deaths from fentanyl overdoses", seed_corpus)
        assert result.verdict == "supported" and {"rounded", "category"} <= set(result.flags)
        assert "31,335" in result.explanation
        assert result.evidence[0].location == "row 10, column deaths"

    def test_blank_cell_is_not_evidence(self, seed_corpus):
        # The 2017 count for synthetic opioids was not published (blank cell).
        result = outcome("28,000 deaths from synthetic opioids in 2017", seed_corpus)
        assert result.verdict == "unverifiable"


class TestImpliedFigures:
    """Totals of a breakdown and counts of a list, when no source states the figure itself."""

    @pytest.mark.parametrize(
        ("text", "verdict", "says"),
        [
            ("the arrests outside the United States numbered 58", "supported", "Germany 42 + Netherlands 8"),
            ("the arrests outside the United States numbered 60", "disputed", '"58" when its figures are added up'),
            ("arrests in Europe numbered 58", "supported", "Sweden 1"),
            ("there were 50 arrests in Germany and the Netherlands", "supported", "Germany 42 + Netherlands 8)"),
            ("there were 55 arrests in Germany and the Netherlands", "disputed", '"50"'),
            ("arrests in five European countries", "supported", "when its list is counted"),
            ("arrests in six European countries", "disputed", "Germany, Netherlands, United Kingdom, Austria, Sweden"),
        ],
    )
    def test_seed_breakdown(self, seed_corpus, text, verdict, says):
        result = outcome(text, seed_corpus)
        assert result.verdict == verdict and says in result.explanation

    def test_total_of_two_countries(self, cyclone):
        assert outcome("the storm killed 60 people in Mozambique and Malawi", cyclone).verdict == "supported"
        result = outcome("the storm killed 70 people in Mozambique and Malawi", cyclone)
        assert result.verdict == "disputed" and "Mozambique 48 + Malawi 12" in result.explanation

    def test_count_of_a_list(self, cyclone):
        assert outcome("aid came from four countries", cyclone).verdict == "supported"
        assert outcome("aid came from five countries", cyclone).verdict == "disputed"

    def test_no_total_without_every_named_country(self, seed_corpus):
        assert outcome("12 arrests in France and Spain", seed_corpus).verdict == "unverifiable"
        assert outcome("50 arrests in Germany and France", seed_corpus).verdict == "unverifiable"

    def test_a_stated_figure_needs_no_adding_up(self, seed_corpus):
        result = outcome("arrests in seven countries", seed_corpus)
        assert result.verdict == "supported" and "when its list is counted" not in result.explanation


class TestSeveralSources:
    def test_the_more_specific_source_decides_and_the_other_is_named(self, cyclone):
        # Relief Watch speaks of deaths in Mozambique after Cyclone Mara: it decides; the UN's 48 is named.
        result = outcome("48 deaths in Mozambique after Cyclone Mara", cyclone)
        assert result.verdict == "disputed" and "sources-conflict" in result.flags
        assert "51 deaths" in result.explanation and "48 people" in result.explanation

    def test_a_less_specific_source_that_agrees_is_named(self, cyclone):
        result = outcome("the storm killed 51 people in Mozambique", cyclone)
        assert "sources-conflict" in result.flags and "48" in result.explanation and "51" in result.explanation

    def test_one_source_supports_and_none_disputes(self, cyclone):
        result = outcome("12 people died in Malawi", cyclone)
        assert result.verdict == "supported" and result.flags == ()


class TestTableRelations:
    """Trends between two years, highest and lowest, and comparisons, where a table settles them."""

    @pytest.mark.parametrize(
        ("text", "verdict", "says"),
        [
            ("Drug overdose deaths fell between 2017 and 2018", "supported", "fell by 4.1%"),
            ("Drug overdose deaths rose between 2017 and 2018", "disputed", "the article says it rose"),
            ("drug overdose deaths fell 4.1% from 2017 to 2018", "supported", "70,237 for 2017"),
            ("drug overdose deaths fell 14% from 2017 to 2018", "disputed", "fell by 4.1%"),
            ("the death rate for synthetic opioids rose 10% from 2017 to 2018", "supported", "9 for 2017 and 9.9"),
            ("the death rate for synthetic opioids rose 20% from 2017 to 2018", "disputed", "rose by 10.0%"),
            ("drug overdose deaths fell from 70,237 in 2017 to 67,367 in 2018", "supported", "fell by 4.1%"),
            ("drug overdose deaths fell from 70,237 in 2017 to 60,367 in 2018", "disputed", "67,367"),
            ("synthetic opioids caused the most deaths in 2019", "supported", "1st of 2 with 36,359"),
            ("psychostimulants caused the most deaths in 2019", "disputed", "2nd of 2 with 16,167"),
            ("In 2018 the death rate was lowest for synthetic opioids", "disputed", "psychostimulants"),
            ("there were more deaths from synthetic opioids than from psychostimulants in 2019", "supported", "36,359"),
            ("there were fewer deaths from synthetic opioids than from psychostimulants in 2019", "disputed", "16,167"),
        ],
    )
    def test_cdc_table(self, seed_corpus, text, verdict, says):
        result = outcome(text, seed_corpus)
        assert result.verdict == verdict and says in result.explanation, result.explanation

    def test_fictional_table(self, cyclone):
        assert outcome("flooded homes in Zambezia rose between 2022 and 2023", cyclone).verdict == "supported"
        assert outcome("flooded homes in Zambezia fell between 2022 and 2023", cyclone).verdict == "disputed"
        result = outcome("Sofala had the most flooded homes in 2023", cyclone)
        assert result.verdict == "disputed" and "among 2 categories" in result.explanation
        assert outcome("In 2023 Zambezia had more flooded homes than Sofala", cyclone).verdict == "supported"

    def test_a_change_no_table_settles_is_unverifiable(self, cyclone):
        assert outcome("rainfall in Sofala rose 12% between 2022 and 2023", cyclone).verdict == "unverifiable"


class TestOpposites:
    def test_the_same_figure_for_the_opposite_direction_is_disputed(self, tmp_path):
        from factcheck import load_corpus

        from .conftest import write

        corpus = load_corpus(
            write(tmp_path, {"s.md": "Exports fell 4% last year, the ministry said. Imports rose 2%."})
        )
        result = outcome("Exports rose 4% last year", corpus)
        assert result.verdict == "disputed" and "'fall' where the article has 'rise'" in result.explanation
        assert outcome("Exports fell 4% last year", corpus).verdict == "supported"
        assert outcome("Imports fell 2%", corpus).verdict == "disputed"


def test_a_figure_finer_than_the_sources_round_one_is_neither_borne_out_nor_ruled_out(tmp_path):
    from factcheck import check_text, load_corpus

    from .conftest import write

    write(tmp_path, {"a.md": '+++\ntitle = "Ridership"\n+++\nRoute 3 carried 5,000 riders a day.\n'})
    corpus = load_corpus(tmp_path)
    _, outcome = check_text("Route 3 carried 4,924 riders a day", corpus)
    assert outcome.verdict == "unverifiable" and "only a round figure" in outcome.explanation
    assert check_text("Route 3 carried 4,000 riders a day", corpus)[1].verdict == "disputed"
    assert check_text("Route 3 carried 5,000 riders a day", corpus)[1].verdict == "supported"
