from factcheck.read.lexicon import canonical_org, find_places, orgs_in, region_of


def names(text):
    return [(p.name, p.via_alias) for p in find_places(text)]


def test_countries_and_aliases():
    assert names("Germany, Holland, Great Britain and the U.S.") == [
        ("Germany", False),
        ("Netherlands", True),
        ("United Kingdom", True),
        ("United States", True),
    ]


def test_the_pronoun_us_is_not_a_country():
    assert names("the agency told us") == []


def test_regions_and_worldwide():
    found = find_places("in Europe and worldwide")
    assert [(p.name, p.region, p.is_region) for p in found] == [("Europe", "Europe", True), ("worldwide", "*", True)]
    assert region_of("Austria") == "Europe" and region_of("Canada") == "North America"


def test_organisation_aliases():
    assert canonical_org("the FBI") == canonical_org("Federal Bureau of Investigation")
    assert canonical_org("Justice Department") == "U.S. Department of Justice"
    assert orgs_in("The WHO and the CDC said who knows") == {
        "World Health Organization",
        "Centers for Disease Control and Prevention",
    }
