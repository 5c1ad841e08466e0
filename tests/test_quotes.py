import pytest

from factcheck.read.quotes import align, find_quotations, parse_claimed_quote


def test_the_same_mark_opening_and_closing():
    text = "Rosen said, \u201d Criminals should pay attention to this.\u201d Then more."
    (q,) = find_quotations(text)
    assert q.text == "Criminals should pay attention to this."
    assert text[q.start : q.end] == q.text


def test_speaker_with_title_before_and_plain_name_after():
    (a,) = find_quotations('Deputy Secretary John Smith said: "We will stay as long as needed."')
    assert a.speaker.name == "John Smith" and a.speaker.title == "Deputy Secretary"
    (b,) = find_quotations('"We will stay as long as needed," said Mary Jones.')
    assert b.speaker.name == "Mary Jones"


def test_speaker_given_by_according_to():
    (q,) = find_quotations('"Nobody wanted a strike," according to Dana Okafor.')
    assert q.speaker.name == "Dana Okafor"


def test_short_quotes_are_not_quotations():
    assert find_quotations('the so-called "dark web" markets') == []


def test_claimed_quote_parts():
    parsed = parse_claimed_quote("during the COVID-19 [CCP Virus] pandemic, we act. \u2026 The FBI wants more")
    assert parsed.insertions == ("[CCP Virus]",)
    assert parsed.segments == ("during the COVID-19   pandemic, we act.", "The FBI wants more")
    assert parsed.ellipses == 1


SOURCE = "We reached every district within days. The response was faster than in any previous season."


def test_align_exact_partial_quote():
    a = align("the response was faster", SOURCE)
    assert (a.matched, a.total, a.changes, a.omitted) == (4, 4, (), ())


def test_align_names_changed_and_left_out_words():
    a = align("We reached every district within weeks", SOURCE)
    assert a.changes == (("weeks", "days"),)
    b = align("faster than in any season", SOURCE)
    assert b.changes == () and b.omitted == ("previous",)
    c = align("We reached every single district", SOURCE)
    assert c.changes == (("single", ""),)


@pytest.fixture
def authority(tmp_path):
    (tmp_path / "s.md").write_text(
        '+++\ntitle = "Agency statement"\npublisher = "River Authority"\n+++\n'
        '"We will find the polluters and hold you ... accountable," said Administrator Jane Doe.\n',
        encoding="utf-8",
    )
    from factcheck import load_corpus

    return load_corpus(tmp_path)


def test_words_past_a_sources_ellipsis_are_unchecked_not_misquoted(authority):
    from factcheck import check_text

    claim = (
        "\u201cWe will find the polluters and hold you accountable for every spill,\u201d said Administrator Jane Doe."
    )
    _, outcome = check_text(claim, authority)
    assert outcome.verdict == "unverifiable" and "'for every spill'" in outcome.explanation
    changed = "\u201cWe will find the criminals and hold you accountable,\u201d said Administrator Jane Doe."
    assert check_text(changed, authority)[1].verdict == "disputed"  # a changed word is still a change


def test_a_sentence_without_quotation_marks_is_no_misquotation(authority):
    from factcheck import check_text

    kind, outcome = check_text("Jane Doe said the agency would find the polluters and hold them to account", authority)
    assert kind != "quote" and "quotes" not in outcome.explanation


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("\u201cA year with less traffic is not a safer road network,\u201d said Marta Lind.", "supported"),
        # Leaving out the negation, marked by an ellipsis or not, reverses what was said.
        ("\u201cA year with less traffic is a safer road network,\u201d said Marta Lind.", "disputed"),
        ("\u201cA year with less traffic is ... a safer road network,\u201d said Marta Lind.", "disputed"),
        ("\u201cThe review isn\u2019t about fines,\u201d said Marta Lind.", "supported"),
        ("\u201cThe review is about fines,\u201d said Marta Lind.", "disputed"),
    ],
)
def test_a_quotation_that_leaves_out_a_negation_is_a_misquotation(tmp_path, claim, verdict):
    from factcheck import check_text, load_corpus

    (tmp_path / "a.md").write_text(
        '+++\ntitle = "Annual report"\n+++\n"A year with less traffic is not a safer road network," '
        'said Director General Marta Lind.\n\n"The review isn\'t about fines," said Marta Lind.\n',
        encoding="utf-8",
    )
    kind, outcome = check_text(claim, load_corpus(tmp_path))
    assert (kind, outcome.verdict) == ("quote", verdict), outcome.explanation
