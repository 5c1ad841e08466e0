"""Finding claims in article text: furniture, sentences, kinds, spans."""

import pytest

from factcheck.articles import load_article
from factcheck.corpus.formats import html_to_text
from factcheck.extraction import claims_toml, extract_claims, is_furniture
from factcheck.read.text import paragraphs, sentences

from .conftest import write


def claims(text):
    return [(e.claim.kind, e.claim.text) for e in extract_claims(text)]


def test_every_span_is_the_claims_text():
    text = 'Officials said on Monday, June 3, that 40 people were hurt. "We are doing all we can," said Mayor Ann Lee.'
    for e in extract_claims(text):
        start, end = e.claim.span
        assert text[start:end] == e.claim.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sign up to receive our latest news!",
        "By submitting this form, I agree to the terms.",
        "© 2024 The Courier. All rights reserved.",
        "Port strike ends after three weeks",
        "Share this story",
    ],
)
def test_furniture_and_headlines(paragraph):
    assert is_furniture(paragraph)


def test_assertions_are_not_furniture():
    assert not is_furniture("The storm killed 48 people.")
    assert not is_furniture(
        "Readers who subscribe to the paper were told on Monday that the price rose by 10 percent, "
        "the company said in a long statement that went on to explain much more than that."
    )


def test_sentences_survive_abbreviations_initials_and_decimals():
    text = "Dr. J. Smith of the U.S. agency said No. 5 weighed 3.5 kg. Then he left."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Dr. J. Smith of the U.S. agency said No. 5 weighed 3.5 kg.",
        "Then he left.",
    ]


def test_paragraph_spans():
    text = "One.\n\n  Two lines\nhere.  \n\n\nThree."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two lines\nhere.", "Three."]


def test_kinds_of_claims():
    text = (
        "Officials announced on Monday, June 3, that the flood killed 40 people in Chad and 12 in Niger. "
        "Aid came from France, Italy and Spain, the Daily Planet reported. "
        "This is a disgrace and somebody should resign.\n\n"
        'Minister of Health Ana Diaz said: "We will rebuild every clinic within a year."'
    )
    found = claims(text)
    assert ("date", "Officials announced on Monday, June 3") in found
    assert ("quantity", "the flood killed 40 people in Chad") in found
    assert ("quantity", "12 in Niger") in found
    assert ("list", "Aid came from France, Italy and Spain, the Daily Planet reported") in found
    assert ("statement", "the Daily Planet reported") in found
    assert ("attribution", "Minister of Health Ana Diaz") in found
    assert ("quote", 'Minister of Health Ana Diaz said: "We will rebuild every clinic within a year."') in found
    assert not any("disgrace" in t for _, t in found)  # opinion is not a claim


def test_figures_inside_quotations_are_marked():
    text = 'Lee said: "We found 12 boats and arrested 30 people." Police seized 4 cars.'
    marked = {e.claim.text: e.in_quotation for e in extract_claims(text) if e.claim.kind == "quantity"}
    assert marked == {"We found 12 boats": True, "arrested 30 people": True, "Police seized 4 cars": False}


def test_speaker_in_the_sentence_before():
    text = 'Director of Parks Tom Reyes spoke first. "The trails will reopen in May," he said.'
    (quote,) = [e.claim for e in extract_claims(text) if e.claim.kind == "quote"]
    assert quote.text.startswith("Director of Parks Tom Reyes") and quote.text.endswith('May,"')


def test_an_untitled_speaker_is_a_claim_of_its_own():
    text = '"We will rebuild every clinic within a year," said Ana Diaz.'
    found = claims(text)
    assert ("attribution", "Ana Diaz") in found and any(kind == "quote" for kind, _ in found)


def test_same_quote_mark_opening_and_closing():
    text = "Rosen said, \u201d Criminals should pay attention to this.\u201d"
    (quote,) = [e.claim for e in extract_claims(text) if e.claim.kind == "quote"]
    assert quote.text == text


def test_html_main_text_without_page_furniture():
    html = (
        "<html><head><title>T</title><script>var a = 1;</script></head><body><nav>Home</nav>"
        "<article><h1>Head</h1><p>The storm killed <b>48</b> people.</p><ul><li>Item one.</li></ul></article>"
        "<footer>All rights reserved</footer></body></html>"
    )
    assert html_to_text(html) == ("T", "Head\n\nThe storm killed 48 people.\n\nItem one.")


def test_load_article_kinds(tmp_path):
    write(tmp_path, {"a.md": "# Title here\n\nBody.", "b.html": "<p>Hi there.</p>", "c.txt": b"\xff"})
    assert load_article(tmp_path / "a.md").title == "Title here"
    assert load_article(tmp_path / "b.html").text == "Hi there."
    from factcheck import InputError

    with pytest.raises(InputError, match="not valid UTF-8"):
        load_article(tmp_path / "c.txt")


def test_draft_claims_file_is_valid_toml(tmp_path):
    import tomllib

    text = 'Mayor Ann Lee said "the bridge \\ will open" on Friday, May 3.'
    data = tomllib.loads(claims_toml(extract_claims(text), "article.txt", 'A "title"'))
    assert data["article"] == {"path": "article.txt", "title": 'A "title"'}
    assert {c["kind"] for c in data["claim"]} >= {"quote", "attribution", "date"}


@pytest.mark.parametrize("opening", ["\u201c", "\u201e", "\u201f", "\u00ab", '"'])
def test_every_opening_mark_bounds_an_extracted_quotation(opening):
    # Each reader knows the same quote marks: with one missing here, the claim ran to the
    # paragraph's edges and the speaker's name took the next sentence's first word.
    closing = "\u00bb" if opening == "\u00ab" else "\u201d" if opening != '"' else '"'
    text = (
        f"The minister spoke at length. {opening}We will rebuild every school in the district,{closing} "
        "said Minister Ana Diaz. Then she left for the capital."
    )
    claims = {e.claim.kind: e.claim.text for e in extract_claims(text)}
    assert claims["quote"] == f"{opening}We will rebuild every school in the district,{closing} said Minister Ana Diaz"
    assert claims["attribution"] == "Minister Ana Diaz"
