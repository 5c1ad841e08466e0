import pytest

from factcheck import ClaimsFileError, InputError, load_claims_file
from factcheck.claims import find_claims_files, locate

from .conftest import write

GOOD = """
[article]
path = "article.txt"
title = "T"

[[claim]]
id = "one"
text = "Smith said “no”"
expect = "supported"
sources = ["a"]

[[claim]]
id = "two"
text = "not in the article"
"""


def test_claims_file_with_article_and_spans(tmp_path):
    write(tmp_path, {"claims.toml": GOOD, "article.txt": 'Yesterday Smith said "no" twice.'})
    cf = load_claims_file(tmp_path / "claims.toml")
    one, two = cf.claims
    assert (one.id, one.expect, one.sources) == ("one", "supported", ("a",))
    assert cf.article_text[one.span[0] : one.span[1]] == 'Smith said "no"'
    assert two.span is None and two.expect is None
    assert cf.article.title == "T" and len(cf.article.sha256) == 64


def test_locate_allows_dash_and_space_differences():
    article = "seven countries\u2014with the\n seizure"
    start, end = locate("seven countries - with the seizure", article)
    assert article[start:end] == article


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[claim]\n", "bad TOML"),
        ("", "no \\[\\[claim\\]\\] tables"),
        ('[[claim]]\ntext = "x"\n', "needs an id"),
        ('[[claim]]\nid = "a"\n', "needs a non-empty text"),
        ('[[claim]]\nid = "a"\ntext = "x"\n[[claim]]\nid = "a"\ntext = "y"\n', "duplicate id"),
        ('[[claim]]\nid = "a"\ntext = "x"\nexpect = "true"\n', "expect must be one of"),
        ('[[claim]]\nid = "a"\ntext = "x"\nsources = "s"\n', "sources must be a list"),
        ('[[claim]]\nid = "a"\ntext = "x"\nverdict = "s"\n', "unknown key"),
        ('title = "x"\n[[claim]]\nid = "a"\ntext = "x"\n', "unknown top-level key"),
    ],
)
def test_malformed_claims_files(tmp_path, text, message):
    write(tmp_path, {"claims.toml": text})
    with pytest.raises(ClaimsFileError, match=message):
        load_claims_file(tmp_path / "claims.toml")


def test_missing_or_undecodable_article(tmp_path):
    write(tmp_path, {"claims.toml": GOOD})
    with pytest.raises(InputError, match=r"article\.txt"):
        load_claims_file(tmp_path / "claims.toml")
    write(tmp_path, {"article.txt": b"\xff\xfe bad"})
    with pytest.raises(InputError, match="not valid UTF-8"):
        load_claims_file(tmp_path / "claims.toml")


def test_find_claims_files(tmp_path):
    write(tmp_path / "a", {"claims.toml": GOOD})
    write(tmp_path / "b", {"extra.claims.toml": GOOD, "other.toml": ""})
    assert [p.name for p in find_claims_files(tmp_path)] == ["claims.toml", "extra.claims.toml"]
