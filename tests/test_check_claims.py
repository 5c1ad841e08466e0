"""Quote, attribution, list, date and statement checks on a fictional event and on the seed."""

import pytest

from factcheck import check_text


def run(text, corpus, kind):
    got_kind, result = check_text(text, corpus)
    assert got_kind == kind
    return result


class TestQuotes:
    def test_exact_partial_quotation(self, cyclone):
        result = run('Lopes said the response "was faster than in any previous season"', cyclone, "quote")
        assert result.verdict == "supported" and result.flags == ()
        assert result.evidence[0].text == "was faster than in any previous season"

    def test_altered_word_names_both_words(self, cyclone):
        result = run('Lopes said: "We reached every district within weeks."', cyclone, "quote")
        assert result.verdict == "disputed"
        assert "'weeks' where the source has 'days'" in result.explanation

    def test_inserted_words_are_named(self, cyclone):
        result = run('"We reached every single district within days."', cyclone, "quote")
        assert result.verdict == "disputed" and "'single'" in result.explanation

    def test_unmarked_omission_is_flagged(self, cyclone):
        result = run('"The response was faster than in any season"', cyclone, "quote")
        assert result.verdict == "supported" and result.flags == ("omission",)
        assert "'previous'" in result.explanation

    def test_ellipsis_standing_for_words(self, cyclone):
        text = '"We reached every district ... faster than in any previous season"'
        result = run(text, cyclone, "quote")
        assert result.verdict == "supported" and "omission" in result.flags
        assert "ellipsis stands for 5 words" in result.explanation

    def test_bracketed_insertion_is_flagged(self, cyclone):
        result = run(
            '"Our teams will stay in the affected [coastal] districts for as long as they are needed"', cyclone, "quote"
        )
        assert result.verdict == "supported" and result.flags == ("editorial-insertion",)
        assert "[coastal]" in result.explanation

    def test_words_given_to_the_wrong_speaker(self, cyclone):
        result = run('Smith said: "We reached every district within days."', cyclone, "quote")
        assert result.verdict == "disputed" and "Maria K. Lopes, not Smith" in result.explanation

    def test_a_misspelt_speaker_does_not_dispute_the_words(self, cyclone):
        result = run('Lopez said: "We reached every district within days."', cyclone, "quote")
        assert result.verdict == "supported" and "spells the speaker's name Lopez" in result.explanation

    def test_quotation_in_no_source(self, cyclone):
        result = run('"We will rebuild every bridge by the end of the year"', cyclone, "quote")
        assert result.verdict == "unverifiable" and result.evidence == ()

    def test_seed_wray_quotation(self, seed_corpus, root):
        paragraph = (root / "claims/operation-disruptor/article.txt").read_text().split("\n\n")[4]
        result = run(paragraph, seed_corpus, "quote")
        assert result.verdict == "supported" and result.flags == ("editorial-insertion",)
        assert "[CCP Virus]" in result.explanation


class TestAttributions:
    @pytest.mark.parametrize(
        ("text", "verdict", "says"),
        [
            ("Regional Director Maria Lopes", "supported", "Regional Director Maria K. Lopes"),
            ("Regional Director Maria K. Lopes", "supported", ""),
            ("Assistant Director Maria Lopes", "disputed", "adds Assistant"),
            ("Assistant Secretary John Smith", "disputed", "leaves out Deputy"),
            ("Deputy Secretary Jon Smyth", "disputed", "spells the name Jon Smyth"),
            ("Deputy Secretary John Smith", "supported", ""),
        ],
    )
    def test_people_and_titles(self, cyclone, text, verdict, says):
        result = run(text, cyclone, "attribution")
        assert result.verdict == verdict and says in result.explanation

    @pytest.mark.parametrize(
        ("name", "verdict"),
        [
            ("Maria Lopes", "supported"),
            ("Lopes", "supported"),
            ("Lopez", "disputed"),
            ("Jon Smyth", "disputed"),
            ("Ana Costa", "unverifiable"),
        ],
    )
    def test_a_name_without_a_title(self, cyclone, name, verdict):
        _kind, result = check_text(name, cyclone, "attribution")
        assert result.verdict == verdict, result.explanation

    def test_person_in_no_source(self, cyclone):
        result = run("Foreign Minister Ana Costa", cyclone, "attribution")
        assert result.verdict == "unverifiable" and "Ana Costa" in result.explanation

    def test_seed_rosen_title(self, seed_corpus):
        result = run("Assistant Attorney General Jeffrey Rosen", seed_corpus, "attribution")
        assert result.verdict == "disputed" and "Deputy Attorney General Jeffrey A. Rosen" in result.explanation


class TestLists:
    def test_incomplete_list(self, cyclone):
        result = run("Aid came from Portugal, Brazil and South Africa", cyclone, "list")
        assert result.verdict == "supported" and result.flags == ("incomplete-list",)
        assert "leaves out Slovakia" in result.explanation

    def test_wrong_member_named_with_the_right_one(self, cyclone):
        result = run("Aid arrived from Portugal, Brazil and Slovenia", cyclone, "list")
        assert result.verdict == "disputed" and "Slovenia where the source has Slovakia" in result.explanation

    def test_complete_list(self, cyclone):
        result = run("Aid arrived from Portugal, Brazil, South Africa and Slovakia", cyclone, "list")
        assert result.verdict == "supported" and result.flags == ()

    def test_unknown_list(self, cyclone):
        assert run("Aid arrived from Chile, Peru and Japan", cyclone, "list").verdict == "unverifiable"

    def test_seed_european_countries(self, seed_corpus):
        text = "Arrests and investigations in Europe were supported by Europol in Germany, Holland, Great Britain, and Sweden."
        result = run(text, seed_corpus, "list")
        assert result.verdict == "supported" and set(result.flags) == {"alias", "incomplete-list"}
        assert "leaves out Austria" in result.explanation and "United States" not in result.explanation.split(";")[0]

    def test_organisations_with_abbreviations(self, tmp_path):
        from factcheck import load_corpus

        from .conftest import write

        corpus = load_corpus(
            write(
                tmp_path,
                {
                    "fund.md": (
                        "The World Health Organization, the European Union and the World Bank funded the response."
                    )
                },
            )
        )
        result = run("The WHO, the EU and the World Bank paid", corpus, "list")
        assert result.verdict == "supported" and result.flags == ("alias",)
        assert "WHO is World Health Organization" in result.explanation
        result = run("The WHO, the IMF and the World Bank paid", corpus, "list")
        assert (
            result.verdict == "disputed"
            and "International Monetary Fund, which the source does not list" in result.explanation
        )

    def test_seed_agencies(self, seed_corpus):
        result = run(
            "involved the DEA (The United States Drug Enforcement Administration), the U.S. Postal Service "
            "(USPS) and Homeland Security Investigations (HSI)",
            seed_corpus,
            "list",
        )
        assert result.verdict == "disputed"
        assert "U.S. Postal Service where the source has U.S. Postal Inspection Service" in result.explanation


class TestDates:
    def test_day_and_weekday(self, cyclone):
        result = run("Cyclone Mara made landfall on Tuesday, 14 March 2023", cyclone, "date")
        assert result.verdict == "supported" and "was a Tuesday" in result.explanation

    def test_wrong_weekday(self, cyclone):
        result = run("Mara made landfall on Monday, March 14", cyclone, "date")
        assert result.verdict == "disputed" and "was a Tuesday" in result.explanation

    def test_another_day_for_the_same_event(self, cyclone):
        result = run("Mara made landfall on Friday, March 10", cyclone, "date")
        assert result.verdict == "disputed" and "14 March 2023" in result.explanation

    def test_date_in_no_source(self, cyclone):
        assert run("The dam was repaired on Friday, March 10", cyclone, "date").verdict == "unverifiable"

    @pytest.mark.parametrize(
        ("text", "verdict", "says"),
        [
            ("Cyclone Mara made landfall in March 2023", "supported", "14 March 2023"),
            ("Cyclone Mara made landfall in 2022", "disputed", "14 March 2023"),
            ("The appeal for Cyclone Mara was launched in 2023", "unverifiable", ""),
        ],
    )
    def test_months_and_years(self, cyclone, text, verdict, says):
        result = run(text, cyclone, "date")
        assert result.verdict == verdict and says in result.explanation

    @pytest.mark.parametrize(
        ("text", "verdict", "flags"),
        [
            ("JCODE began in 2018", "supported", ()),
            ("JCODE began in 2016", "disputed", ()),
            ("Operation SaboTor was carried out in 2019", "supported", ()),
            ("Operation Disarray was carried out in 2019", "disputed", ()),
            ("Wall Street Market was seized in April 2019", "supported", ("sources-conflict",)),
            ("Wall Street Market was dismantled in 2019", "supported", ()),
            ("Wall Street Market was seized in March 2019", "disputed", ()),
            ("the Justice Department announced the results on Monday, Sept. 21", "disputed", ()),
            ("the FBI opened a new office in 2015", "unverifiable", ()),
        ],
    )
    def test_seed_events(self, seed_corpus, text, verdict, flags):
        result = run(text, seed_corpus, "date")
        assert result.verdict == verdict, result.explanation
        assert result.flags == flags

    def test_a_date_said_of_the_opposite_is_disputed(self, tmp_path):
        from factcheck import load_corpus

        from .conftest import write

        corpus = load_corpus(write(tmp_path, {"s.md": "Turnout was 67.2 percent, the highest since 2004."}))
        # A superlative no table settles is checked as the date it gives.
        assert check_text("turnout was the highest since 2004", corpus)[1].verdict == "supported"
        result = check_text("turnout was the lowest since 2004", corpus)[1]
        assert result.verdict == "disputed" and "highest" in result.explanation

    def test_publication_date_of_the_named_publisher(self, seed_corpus):
        result = run("U.S. Justice Department officials announced on Tuesday, Sept. 22", seed_corpus, "date")
        assert result.verdict == "supported" and result.evidence[0].source_id == "doj-2020-09-22-operation-disruptor"


class TestStatements:
    def test_claim_resting_on_an_uncached_source(self, cyclone):
        result = run("The Daily Planet reported that the dam had failed", cyclone, "statement")
        assert result.verdict == "unverifiable" and "Daily Planet" in result.explanation

    def test_cached_publisher_is_not_called_missing(self, cyclone):
        result = run("According to Relief Watch, teams stayed in the districts", cyclone, "statement")
        assert result.verdict == "unverifiable" and "no source from" not in result.explanation

    def test_statement_the_source_makes_word_for_word(self, cyclone):
        result = run("Aid arrived from Portugal", cyclone, "statement")
        assert result.verdict == "supported"

    def test_seed_uscc_report(self, seed_corpus):
        text = (
            "The U.S.-China Economic and Security Review Commission released a report in February 2017 "
            "stating that fentanyl is produced and exported from China to the United States"
        )
        result = run(text, seed_corpus, "statement")
        assert result.verdict == "unverifiable"
        assert "U.S.-China Economic and Security Review Commission" in result.explanation
        assert result.candidates


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Wall Street Market was seized before June 2019", "supported", "before June 2019"),
        ("Wall Street Market was seized before April 2019", "disputed", "before April 2019"),
        ("Wall Street Market was seized after 2018", "supported", "after 2018"),
        ("Wall Street Market was seized after 2019", "disputed", "after 2019"),
    ],
)
def test_a_date_bound_holds_for_any_date_on_its_side(seed_corpus, claim, verdict, says):
    from factcheck import check_text

    _, outcome = check_text(claim, seed_corpus)
    assert outcome.verdict == verdict and says in outcome.explanation
