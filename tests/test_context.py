"""A claim taken out of an article keeps what its sentence and the sentences before it say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import ArticleInfo, Claim, ClaimsFile, check_claims_file, load_corpus
from factcheck.read.context import article_date, context_of, with_context
from factcheck.read.reading import read

from .conftest import write


def test_the_dateline_dates_the_article_not_its_story():
    article = "LISBON, Dec. 22, 2022 \u2014 Operation Heron ended with 120 arrests. Spain made 30 arrests."
    assert article_date(article) == dt.date(2022, 12, 22)
    claim = "Spain made 30 arrests"
    context = context_of(article, (article.index(claim), article.index(claim) + len(claim)))
    assert context.before == ("Operation Heron ended with 120 arrests.",)
    around = with_context(read(claim), context).around
    assert around is not None and around.years == frozenset()  # 2022 is the dateline's, not the story's


def around(article: str, claim: str, published: dt.date | None = None):
    start = article.index(claim)
    return with_context(read(claim), context_of(article, (start, start + len(claim)), published)).around


def test_last_year_counts_from_the_articles_date():
    a = around("CAPITAL, March 20, 2023 \u2014 Deaths rose to 1,131 last year.", "Deaths rose to 1,131 last year")
    assert a.years == {2022} and a.years_from == "article date"


def test_the_year_of_the_sentence_or_the_one_before():
    assert around("Operation Kite in 2019 netted 72 arrests and 29 boats.", "29 boats").years == {2019}
    a = around(
        "Operation Kite ran in 2019 and ended with 72 arrests. Ireland accounted for 11 of them.",
        "Ireland accounted for 11 of them",
    )
    assert a.years == {2019} and a.head == "arrest"


def test_a_year_about_something_else_is_not_inherited():
    text = (
        "A report came out in 2017. The agency was founded long ago. "
        "Kite derived from another operation in 2019 that seized more than 1 million pills."
    )
    assert around(text, "more than 1 million pills").years == frozenset()


def test_them_reaches_back_one_sentence_only():
    text = "Police seized 63 firearms. Officials spoke. Criminals beware: the arrest of 179 of them was a warning."
    assert around(text, "the arrest of 179 of them").head is None


def in_article(article: str, claim: str, corpus):
    """The finding for a claim taken out of an article (its span located in the article)."""
    start = article.index(claim)
    claims_file = ClaimsFile(
        Path("a.claims.toml"), ArticleInfo(), (Claim("c", claim, span=(start, start + len(claim))),), article
    )
    (finding,) = check_claims_file(claims_file, corpus).findings
    return finding


@pytest.fixture
def cache(tmp_path):
    write(
        tmp_path,
        {
            "kite.md": '+++\ntitle = "Operation Kite ends"\n+++\nOperation Kite ended with 80 arrests. '
            "The arrests by country: 50 in Portugal, 30 in Spain.\n",
            "heron.md": '+++\ntitle = "Operation Heron ends"\n+++\nOperation Heron ended with 120 arrests. '
            "The arrests by country: 70 in Portugal, 50 in Spain.\n",
        },
    )
    return load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("claim", "verdict"), [("Spain made 50 arrests", "supported"), ("Spain made 30 arrests", "disputed")]
)
def test_a_claim_is_about_the_subject_its_article_is_about(cache, claim, verdict):
    article = f"MADRID, May 3, 2023 \u2014 Operation Heron ended with 120 arrests. {claim}, police said."
    finding = in_article(article, claim, cache)
    assert finding.verdict == verdict, finding.explanation


def titled(article: str, claim: str, title: str, corpus):
    """The finding for a claim taken out of an article with a headline (as a claims file gives it)."""
    start = article.index(claim)
    claim_ = Claim("c", claim, span=(start, start + len(claim)))
    claims_file = ClaimsFile(Path("a.claims.toml"), ArticleInfo(title=title), (claim_,), article)
    (finding,) = check_claims_file(claims_file, corpus).findings
    return finding


@pytest.mark.parametrize(
    ("title", "verdict", "subject"),
    [
        ("Operation Heron: police end a year of raids", "supported", "Operation Heron"),
        ("Operation Kite: police end a year of raids", "disputed", "Operation Kite"),
    ],
)
def test_a_claim_nothing_near_names_a_subject_for_is_about_the_headlines(cache, title, verdict, subject):
    # Both operations are cached; "120 arrests" is Heron's figure, not Kite's (80).
    article = "Police across Europe announced the results of a year of raids, which ended with 120 arrests."
    finding = titled(article, "120 arrests", title, cache)
    assert finding.verdict == verdict, finding.explanation
    assert (finding.about.subject, finding.about.subject_from) == (subject, "title")


def test_a_subject_named_nearer_than_the_headline_comes_first(cache):
    article = "Operation Heron ended last week. Police said the raids ended with 120 arrests."
    finding = titled(article, "120 arrests", "Operation Kite: a year of raids", cache)
    assert finding.verdict == "supported", finding.explanation
    assert finding.about.subject_from == "before"


def test_an_articles_headline_line_is_its_title(tmp_path, cache):
    from factcheck.articles import load_article
    from factcheck.pipeline import check_article

    path = tmp_path / "story.txt"
    path.write_text("Operation Kite: a year of raids\n\nPolice said the raids ended with 120 arrests.\n")
    (finding,) = [f for f in check_article(load_article(path), cache).findings if "120" in f.claim]
    assert finding.verdict == "disputed", finding.explanation


@pytest.mark.parametrize(
    ("claim", "points_back"),
    [
        ("That is 11.8% lower than the 1,204 recorded in 2019", True),
        ("It carried 8,150 riders", True),
        ("The count stood at 1,062", True),
        ("This operation resulted in 179 arrests", False),  # "this" as a determiner
    ],
)
def test_a_claim_that_points_back_takes_the_words_of_the_sentence_before(claim, points_back):
    article = f"Route 3 is being retired after 25 years. {claim}."
    assert bool(around(article, claim).what) is points_back


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("That is 11.8% lower than the 1,204 recorded in 2019", "supported", "1,062, is 11.8% lower than 1,204"),
        ("That is 11.8% higher than the 1,204 recorded in 2019", "disputed", "the article says 11.8% higher"),
        ("That is 15% lower than the 1,204 recorded in 2019", "disputed", "is 11.8% lower"),
    ],
)
def test_a_percentage_set_against_the_figure_pointed_back_to(tmp_path, claim, verdict, says):
    write(
        tmp_path,
        {
            "deaths.csv": "year,road_user,deaths\n2019,all road users,1204\n2020,all road users,1062\n",
            "deaths.toml": 'title = "Road deaths"\naggregates = ["all road users"]\n',
        },
    )
    article = f"Road deaths fell to 1,062 in 2020. {claim}."
    finding = in_article(article, claim, load_corpus(tmp_path))
    assert finding.verdict == verdict and says in finding.explanation, finding.explanation


def test_a_weekday_on_its_own_is_resolved_with_the_articles_date(tmp_path):
    write(
        tmp_path,
        {
            "opening.md": '+++\ntitle = "Line 36 extension"\n+++\nThe Line 36 extension opened on Monday, 6 March 2023.\n'
        },
    )
    corpus = load_corpus(tmp_path)
    for dateline, claim, verdict in (
        ("CITY, March 7, 2023", "The Line 36 extension opened on Monday", "supported"),
        ("CITY, March 7, 2023", "The Line 36 extension opened on Tuesday", "disputed"),
        # A week later "on Monday" is 13 March, not the 6th.
        ("CITY, March 14, 2023", "The Line 36 extension opened on Monday", "disputed"),
    ):
        article = f"{dateline} \u2014 {claim}."
        finding = in_article(article, claim, corpus)
        assert finding.verdict == verdict, finding.explanation


def test_a_finding_shows_what_the_claim_is_about_and_where_each_part_came_from(cache):
    article = "MADRID, May 3, 2023 \u2014 Operation Heron ended with 120 arrests last year. Spain made 50 arrests."
    claims = []
    for cid, text in (
        ("spain", "Spain made 50 arrests"),
        ("total", "Operation Heron ended with 120 arrests last year"),
    ):
        start = article.index(text)
        claims.append(Claim(cid, text, span=(start, start + len(text))))
    findings = {
        f.id: f
        for f in check_claims_file(
            ClaimsFile(Path("a.claims.toml"), ArticleInfo(), tuple(claims), article), cache
        ).findings
    }
    spain = findings["spain"].about
    assert (spain.subject, spain.subject_from, spain.place, spain.measure) == (
        "Operation Heron",
        "before",
        "Spain",
        "arrest",
    )
    total = findings["total"].about
    assert (total.subject_from, total.time, total.time_from) == ("claim", "2022", "article date")


def test_each_figure_is_a_part_and_the_wrong_one_decides(cache):
    from factcheck import Claim, verify_claim
    from factcheck.model import Report
    from factcheck.output import Options, render

    finding = verify_claim(Claim("c", "Operation Heron ended with 120 arrests, 70 in Portugal and 60 in Spain"), cache)
    assert finding.verdict == "disputed"
    assert [(p.part, p.status) for p in finding.checked] == [
        ("figure 120", "borne out"),
        ("figure 70", "borne out"),
        ("figure 60", "contradicted"),
    ]
    assert finding.deciding is not None and finding.deciding.part == "figure 60"
    text = render("text", [Report(ArticleInfo(), (), (finding,))], Options(width=200))
    assert "decided by: figure 60 (contradicted)" in text


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ('<meta property="article:published_time" content="2022-12-22T09:00:00Z">', "", dt.date(2022, 12, 22)),
        ('<script type="application/ld+json">{"datePublished": "2023-05-09"}</script>', "", dt.date(2023, 5, 9)),
        ("", '<p>By A. Writer, <time datetime="2023-05-10">May 10</time></p>', dt.date(2023, 5, 10)),
        ('<meta name="date" content="2023-13-40">', "", None),  # a malformed date is no date
        ("", "<p>LISBON, Dec. 22, 2022 \u2014 Police said.</p>", dt.date(2022, 12, 22)),  # the dateline
    ],
)
def test_an_html_article_is_dated_by_its_metadata_else_its_dateline(tmp_path, head, body, published):
    from factcheck.articles import load_article

    page = tmp_path / "a.html"
    page.write_text(f"<html><head>{head}</head><body><article>{body}<p>Text.</p></article></body></html>")
    assert load_article(page).published == published


def test_a_claims_file_on_an_html_article_reads_its_main_text_and_date(tmp_path, cache):
    from factcheck import load_claims_file

    (tmp_path / "a.html").write_text(
        '<html><head><meta property="article:published_time" content="2023-05-03"></head><body><article>'
        "<p>Operation <b>Heron</b> ended with 120 arrests last year.</p><p>Spain made 50 arrests.</p>"
        "</article></body></html>"
    )
    (tmp_path / "a.claims.toml").write_text(
        '[article]\npath = "a.html"\n\n[[claim]]\nid = "spain"\ntext = "Spain made 50 arrests"\n'
        'expect = "supported"\n\n[[claim]]\nid = "total"\ntext = "Operation Heron ended with 120 arrests last year"\n'
    )
    claims_file = load_claims_file(tmp_path / "a.claims.toml")
    assert claims_file.article.published == dt.date(2023, 5, 3)
    assert all(c.span is not None for c in claims_file.claims)  # found across the <b> tag
    findings = {f.id: f for f in check_claims_file(claims_file, cache).findings}
    assert findings["spain"].verdict == "supported" and findings["spain"].about.subject == "Operation Heron"
    assert (findings["total"].about.time, findings["total"].about.time_from) == ("2022", "article date")


@pytest.mark.parametrize(
    ("dateline", "claim", "verdict", "says"),
    [
        ("LISBON, Dec. 22, 2022", "The office announced the review last month", "supported", "(November 2022)"),
        ("LISBON, Jan. 5, 2023", "The office announced the review last month", "disputed", "(December 2022)"),
        ("LISBON, Nov. 12, 2022", "The office announced the review two days ago", "supported", "10 November 2022"),
        ("LISBON, Nov. 12, 2022", "The office announced the review yesterday", "disputed", "11 November 2022"),
    ],
)
def test_days_and_months_counted_from_the_articles_date(tmp_path, dateline, claim, verdict, says):
    write(
        tmp_path,
        {
            "r.md": '+++\ntitle = "Speed limits"\n+++\nThe office announced the review of speed limits on 10 November 2022.\n'
        },
    )
    article = f"{dateline} \u2014 {claim}."
    finding = in_article(article, claim, load_corpus(tmp_path))
    assert (finding.kind, finding.verdict) == ("date", verdict) and says in finding.explanation, finding.explanation


def test_a_week_or_a_vague_count_is_no_date():
    assert with_context(read("It opened last week"), _dated()).dates == ()
    assert with_context(read("It opened many days ago"), _dated()).dates == ()


def _dated():
    from factcheck.model import Context

    return Context(sentence="", before=(), published=dt.date(2022, 12, 22))
