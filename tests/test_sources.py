import datetime as dt
import hashlib

import pytest

from factcheck import InputError, SourceFormatError, load_corpus
from factcheck.corpus.store import load_source

from .conftest import write

DOC = """+++
id = "agency-2024-01-02-report"
title = "A report"
publisher = "Some Agency"
url = "https://example.org/report"
published = 2024-01-02
kind = "press-release"
+++
First paragraph.

Second
paragraph, wrapped.
"""


def test_front_matter_and_paragraphs(tmp_path):
    write(tmp_path, {"report.md": DOC})
    (source,) = load_corpus(tmp_path).sources
    info = source.info
    assert (info.id, info.title, info.publisher, info.published, info.kind) == (
        "agency-2024-01-02-report",
        "A report",
        "Some Agency",
        dt.date(2024, 1, 2),
        "press-release",
    )
    assert [(p.location, p.text) for p in source.passages] == [
        ("paragraph 1", "First paragraph."),
        ("paragraph 2", "Second paragraph, wrapped."),
    ]
    body = DOC.split("+++\n", 2)[2]
    assert info.sha256 == hashlib.sha256(body.encode()).hexdigest()


def test_document_without_front_matter(tmp_path):
    write(tmp_path, {"plain-note.txt": "# The title line\n\nBody text."})
    source = load_source(tmp_path / "plain-note.txt")
    assert (source.info.id, source.info.title) == ("plain-note", "The title line")


def test_table_with_sidecar(tmp_path):
    write(
        tmp_path,
        {
            "t.csv": "year,region,count\n2020,North,5\n\n2021,North,7\n",
            "t.toml": 'title = "Counts"\n[columns]\ncount = "number of things"\n[aliases]\nNorth = ["the north"]\n',
        },
    )
    (source,) = load_corpus(tmp_path).sources
    assert source.table.description("count") == "number of things"
    assert source.table.description("region") == "region"
    assert dict(source.table.aliases) == {"North": ("the north",)}
    assert [p.location for p in source.passages] == ["row 1", "row 3"]
    assert dict(source.passages[1].cells)["count"] == "7"


def test_corpus_is_sorted_and_skips_other_files(tmp_path):
    write(tmp_path, {"b.md": "B", "a.txt": "A", "README.md": "about", "notes.json": "{}"})
    assert load_corpus(tmp_path).ids == ("a", "b")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"x.md": "+++\ntitle = \n+++\nbody"}, "bad front matter"),
        ({"x.md": '+++\nid = "../evil"\n+++\nbody'}, "bad id"),
        ({"x.md": '+++\npublished = "yesterday"\n+++\nbody'}, "published must be a TOML date"),
        ({"x.md": '+++\nid = "same"\n+++\nA', "y.md": '+++\nid = "same"\n+++\nB'}, "duplicate source id"),
        ({"t.csv": "a,b\n1,2,3\n"}, "row 1 has 3 cells"),
        ({"t.csv": ""}, "header row"),
        ({"t.csv": "a,b\n1,2\n", "t.toml": "[aliases]\nx = 3\n"}, "must be a string or a list"),
    ],
)
def test_malformed_sources_raise_with_the_reason(tmp_path, files, message):
    write(tmp_path, files)
    with pytest.raises(SourceFormatError, match=message):
        load_corpus(tmp_path)


def test_non_utf8_source(tmp_path):
    write(tmp_path, {"x.md": b"caf\xe9"})
    with pytest.raises(InputError, match="not valid UTF-8"):
        load_corpus(tmp_path)


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match="sources folder not found"):
        load_corpus(tmp_path / "nope")


def test_bundled_sources_keep_the_figures(seed_corpus):
    assert set(seed_corpus.ids) == {
        "cdc-nchs-drug-overdose-deaths",
        "dea-2020-09-22-operation-disruptor",
        "doj-2020-09-22-operation-disruptor",
        "europol-2020-09-22-disruptor",
        "fbi-2020-09-22-wray-remarks",
    }
    doj = " ".join(p.text for p in seed_corpus.get("doj-2020-09-22-operation-disruptor").passages)
    for fact in (
        "179 arrests",
        "over $6.5 million",
        "approximately 500 kilograms",
        "274 kilograms",
        "63 firearms",
        "nine months",
        "Deputy Attorney General Jeffrey A. Rosen",
    ):
        assert fact in doj


def test_a_saved_web_page_is_a_source_with_a_sidecar(tmp_path):
    write(
        tmp_path,
        {
            "notice.html": "<html><head><title>Port notice</title></head><body><nav>Menu</nav>"
            "<article><p>Port Halden handled 412 ships in 2023.</p><p>Strikes closed it for 23 days.</p>"
            "</article></body></html>",
            "notice.toml": 'id = "port-notice"\npublisher = "Port Authority"\npublished = 2024-01-05\n',
        },
    )
    (source,) = load_corpus(tmp_path).sources
    assert (source.info.id, source.info.title, source.info.publisher) == (
        "port-notice",
        "Port notice",
        "Port Authority",
    )
    assert [p.text for p in source.passages] == [
        "Port Halden handled 412 ships in 2023.",
        "Strikes closed it for 23 days.",
    ]
    assert source.passages[1].location == "paragraph 2"
