"""The source cache's conventions: hand-written sources' sha256 recorded, sources removed with
their history kept, provenance paths relative to the folder, and an HTML page's own metadata."""

import datetime as dt
import shutil

from typer.testing import CliRunner

from factcheck import load_corpus
from factcheck.cli import app

from .conftest import FIXTURES, write

runner = CliRunner()


def test_record_the_sha256_of_hand_written_sources(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "cyclone", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    assert "unrecorded" in runner.invoke(app, ["sources", "verify"]).stdout
    page = tmp_path / "sources/ocha-2023-03-16-cyclone-mara.md"
    page.write_text(page.read_text(encoding="utf-8").replace("+++\n", "+++\n# written by hand\n", 1), encoding="utf-8")
    result = runner.invoke(app, ["sources", "record", "--all"])
    assert result.exit_code == 0 and result.stdout.count("recorded") == 3
    verified = runner.invoke(app, ["sources", "verify"])
    assert verified.exit_code == 0 and verified.stdout.count("ok") == 3
    assert "# written by hand" in page.read_text(encoding="utf-8")  # the front matter as it was written
    assert "sha256 = " in (tmp_path / "sources/rainfall.toml").read_text(encoding="utf-8")  # a table's sidecar
    # An edit is then told; recorded again only when named.
    page.write_text(page.read_text(encoding="utf-8") + "\nA later line.\n", encoding="utf-8")
    assert runner.invoke(app, ["sources", "verify"]).exit_code == 1
    assert "ocha" not in runner.invoke(app, ["sources", "record", "--all"]).stdout.replace("already", "")
    assert runner.invoke(app, ["sources", "verify"]).exit_code == 1
    named = runner.invoke(app, ["sources", "record", "ocha-2023-03-16-cyclone-mara"])
    assert "re-recorded ocha-2023-03-16-cyclone-mara" in named.stdout
    assert runner.invoke(app, ["sources", "verify"]).exit_code == 0
    both = runner.invoke(app, ["sources", "record", "rainfall", "--all"])
    assert both.exit_code == 2 and both.stderr.startswith("Error: ")


def test_remove_a_source_and_keep_its_history(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "cyclone", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["sources", "rm", "rainfall"])
    assert result.exit_code == 0 and "kept in .history/rainfall/" in result.stdout
    assert "rainfall" not in load_corpus(tmp_path / "sources").ids
    kept = sorted(p.suffix for p in (tmp_path / "sources/.history/rainfall").iterdir())
    assert kept == [".csv", ".toml"]
    gone = runner.invoke(app, ["sources", "rm", "rainfall"])
    assert gone.exit_code == 2 and "unknown source id 'rainfall'" in gone.stderr


PAGE = """<html><head><title>Storm toll rises to 51 | Relief Watch</title>
<meta property="og:site_name" content="Relief Watch">
<meta property="article:published_time" content="2023-03-17T10:00:00Z">
</head><body><article><p>Relief Watch counted 51 deaths in Mozambique.</p></article></body></html>"""


def test_an_html_page_added_brings_its_headline_publisher_and_date(tmp_path, monkeypatch):
    write(tmp_path / "in", {"toll.html": PAGE})
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["sources", "add", "in/toll.html"])
    assert result.exit_code == 0, result.output
    (source,) = load_corpus(tmp_path / "sources").sources
    assert source.info.title == "Storm toll rises to 51"  # the site's name cut off
    assert source.info.publisher == "Relief Watch"
    assert source.info.published == dt.date(2023, 3, 17)
    stored = (tmp_path / "sources/toll.md").read_text(encoding="utf-8")
    assert 'file = "../in/toll.html"' in stored  # relative to the sources folder
    # What the command line gives wins over the page.
    runner.invoke(app, ["sources", "add", "in/toll.html", "--id", "other", "--publisher", "RW", "--title", "T"])
    other = load_corpus(tmp_path / "sources").get("other")
    assert (other.info.title, other.info.publisher) == ("T", "RW")
