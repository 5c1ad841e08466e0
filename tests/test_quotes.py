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
