import pytest

from factcheck.read.people import Person, compare_titles, find_people, name_similarity, same_person


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Deputy Attorney General Jeffrey A. Rosen said", "Deputy Attorney General", "Jeffrey A. Rosen"),
        ("FBI Director Christopher Wray added,", "FBI Director", "Christopher Wray"),
        ("Chief Postal Inspector Gary Barksdale spoke", "Chief Postal Inspector", "Gary Barksdale"),
        ("Prime Minister Jacinda Ardern said", "Prime Minister", "Jacinda Ardern"),
        ("Regional Director Maria K. Lopes said", "Regional Director", "Maria K. Lopes"),
    ],
)
def test_title_and_name(text, title, name):
    (person,) = find_people(text)
    assert (person.title, person.name) == (title, name)


def test_no_person_without_a_name():
    assert find_people("U.S. Justice Department officials announced") == []
    assert find_people("The DEA official explained") == []


def test_titles_across_lines_do_not_join():
    (person,) = find_people("according to Officer.com\n\nAssistant Attorney General Jeffrey Rosen said")
    assert person.title == "Assistant Attorney General"


@pytest.mark.parametrize(
    ("claimed", "stated", "ok"),
    [
        ("Assistant Attorney General", "Deputy Attorney General", False),
        ("Attorney General", "Deputy Attorney General", False),
        ("Assistant Secretary", "Deputy Secretary", False),
        ("Director", "FBI Director", True),
        ("DEA Administrator", "DEA Acting Administrator", True),
        ("FBI Director", "Federal Bureau of Investigation Director", True),
        ("FBI Director", "DEA Director", False),
        ("Secretary", "Director", False),
    ],
)
def test_compare_titles(claimed, stated, ok):
    assert compare_titles(claimed, stated)[0] is ok


def test_same_person_by_surname_and_compatible_given_names():
    rosen = Person("Jeffrey A. Rosen", "", 0, 0)
    assert same_person(Person("Jeffrey Rosen", "", 0, 0), rosen)
    assert same_person(Person("J. Rosen", "", 0, 0), rosen)
    assert same_person(Person("Rosen", "", 0, 0), rosen)
    assert not same_person(Person("Mary Rosen", "", 0, 0), rosen)


def test_misspelt_names_are_close():
    assert name_similarity("Jon Smyth", "John Smith") >= 80
    assert name_similarity("Mary Jones", "Mary K. Jones") == 100
    assert name_similarity("William Barr", "John Smith") < 50


def test_a_title_does_not_reach_back_across_a_sentence_end():
    # Capitalised words on both sides of a full stop are two sentences, not one title.
    (person,) = find_people("Aid reached the coast in March. Regional Director Maria Lopes led the response.")
    assert (person.title, person.name) == ("Regional Director", "Maria Lopes")


def test_a_name_is_not_checked_against_a_title_from_the_sentence_before(tmp_path):
    from factcheck import check_text, load_corpus

    (tmp_path / "agency.md").write_text(
        '+++\ntitle = "Relief update"\npublisher = "Relief Agency"\n+++\n'
        "Aid reached the coast in March. Regional Director Maria Lopes led the response.\n",
        encoding="utf-8",
    )
    kind, outcome = check_text("Regional Director Maria Lopes", load_corpus(tmp_path))
    assert (kind, outcome.verdict) == ("attribution", "supported"), outcome.explanation


@pytest.mark.parametrize(
    ("claimed", "stated", "ok"),
    [
        ("head of the River Authority", "Administrator", True),
        ("chief of the agency", "Director", True),
        ("deputy head of the River Authority", "Administrator", False),  # the rank still counts
    ],
)
def test_head_of_an_organisation_is_whatever_its_leader_is_called(claimed, stated, ok):
    assert compare_titles(claimed, stated)[0] is ok
