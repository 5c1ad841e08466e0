"""Bad, hostile and faulty input: one `Error:` line, exit 2, nothing changed on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def refused(args: list[str], folder: Path, message: str) -> None:
    """Run the CLI; assert one `Error:` line naming the problem, exit 2, and no file changed."""
    before = snapshot(folder)
    result = runner.invoke(app, args)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.output
    assert snapshot(folder) == before


CLAIMS = "claims/operation-disruptor/claims.toml"
ARTICLE = "claims/operation-disruptor/article.txt"


@pytest.mark.parametrize(
    "args",
    [
        ["check", ARTICLE, "-o", ARTICLE],  # the article itself
        ["check", CLAIMS, "-o", CLAIMS],  # the curated claims file
        ["check", CLAIMS, "-o", ARTICLE],  # the article the claims file names
        ["check", "claims", "-o", CLAIMS],  # a claims file of the folder checked
        ["check", "-o", CLAIMS],  # the default folder's
        ["check", CLAIMS, "-o", "claims/operation-disruptor/../operation-disruptor/claims.toml"],  # another spelling
        ["extract", ARTICLE, "-o", ARTICLE],
    ],
)
def test_an_output_that_is_an_input_is_refused(project, args):
    refused(args, project, "is an input of this command")


def test_an_output_inside_the_sources_folder_is_refused(project):
    refused(["check", CLAIMS, "-o", "sources/report.json"], project, "inside the sources folder")


def test_an_output_that_is_a_link_to_an_input_is_refused(project):
    (project / "link.txt").symlink_to(project / ARTICLE)
    refused(["check", ARTICLE, "-o", "link.txt"], project, "is an input of this command")


DEEP = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("claim = 1\n", "no [[claim]] tables"),
        ("claim = [\n  1]\n", "claim 1: must be a table"),
        (f"x = {DEEP}\n", "nested too deeply"),
        ('[[claim]]\nid = "a"\ntext = "b"\nexpect = 3\n', "expect must be one of"),
        ("[[claim\n", "bad TOML"),
    ],
)
def test_a_bad_claims_file_is_one_error_line(project, content, message):
    (project / "bad.claims.toml").write_text(content, encoding="utf-8")
    refused(["check", "bad.claims.toml"], project, message)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("open.md", "+++\ntitle = 'x'\nbody text\n", "front matter opened with +++ is never closed"),
        ("deep.md", f"+++\nx = {DEEP}\n+++\nbody\n", "nested too deeply"),
        ("bad.md", "+++\ntitle = \n+++\nbody\n", "bad front matter"),
    ],
)
def test_a_bad_source_is_one_error_line(project, name, content, message):
    (project / "sources" / name).write_text(content, encoding="utf-8")
    refused(["check", CLAIMS], project, message)


def test_an_impossible_date_in_a_source_is_no_date(project):
    from factcheck.read.dates import find_dates

    assert find_dates("It happened on February 30, 2020, or on 29 February 2023.") == []
    assert [(d.year, d.month, d.day) for d in find_dates("on 29 February 2024")] == [(2024, 2, 29)]
    (project / "sources" / "odd.md").write_text(
        '+++\ntitle = "Odd"\n+++\nThe results were announced on February 30, 2020.\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["check", CLAIMS])
    assert result.exit_code == 0 and "Traceback" not in result.output


@pytest.mark.parametrize("text", ["1" * 400 + " people", "1" + ",000" * 1700 + " people", "9" * 41])
def test_a_run_of_hundreds_of_digits_is_no_figure(text):
    from factcheck.read.quantities import find_quantities

    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bogus"], "No such command 'bogus'"),
        (["check", "--format", "xml"], "Invalid value for '--format'"),
        (["check", "--bogus"], "No such option: --bogus"),
        (["sources", "add"], "Missing argument"),
        (["sources", "add", "https://example.org/a.html", "--timeout", "nan"], "--timeout must be a positive number"),
        (["sources", "add", "https://example.org/a.html", "--timeout", "-1"], "--timeout must be a positive number"),
        (["sources", "add", "https://example.org/a.html", "--timeout", "inf"], "--timeout must be a positive number"),
        (["sources", "add", "https://example.org/a.html", "--retries", "-1"], "--retries must not be negative"),
        (["sources", "add", "https://example.org/a.html", "--max-bytes", "-5"], "--max-bytes must not be negative"),
        (["sources", "refresh", "--timeout", "0"], "--timeout must be a positive number"),
    ],
)
def test_bad_usage_is_one_error_line_from_the_console_script(project, monkeypatch, capsys, args, message):
    from factcheck.cli import main

    before = snapshot(project)
    monkeypatch.setattr("sys.argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.count("\n") == 1 and err.startswith("Error: ") and message in err, err
    assert snapshot(project) == before


def test_a_fetch_policy_refuses_values_no_fetch_can_work_with():
    from factcheck.corpus.fetching import FetchPolicy
    from factcheck.errors import OptionError

    for bad in ({"read_timeout": float("nan")}, {"connect_timeout": 0.0}, {"retries": -1}, {"max_bytes": -1}):
        with pytest.raises(OptionError):
            FetchPolicy(**bad)


def test_escape_sequences_from_an_article_are_shown_not_obeyed(project):
    (project / "esc.txt").write_text(
        "Cyclone Mara killed 12 people \x1b[2J\x1b]0;pwned\x07 in March.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["check", "esc.txt"])
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u241b[2J" in result.stdout  # visible as a picture of ESC


def test_control_characters_in_a_sources_title_are_shown_not_obeyed(project):
    (project / "sources" / "odd.md").write_text('+++\ntitle = "Odd\\u001b[31m title"\n+++\nText.\n', encoding="utf-8")
    for args in (["sources", "list"], ["sources", "show", "odd"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "\x1b" not in result.stdout and "\u241b[31m" in result.stdout


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_an_article_that_is_not_a_regular_file_is_refused_without_blocking(project, kind):
    import os

    path = project / "odd.txt"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer forever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # reading it would never end
    else:
        path.mkdir()
        (path / "x.txt").write_text("x", encoding="utf-8")
    args = ["check", "odd.txt"] if kind != "folder" else ["extract", "odd.txt"]
    refused(args, project, "odd.txt: not a regular file")


def test_a_file_past_the_size_limit_is_refused(project):
    from factcheck.files import MAX_FILE_BYTES

    (project / "big.txt").write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    refused(["check", "big.txt"], project, f"larger than the limit of {MAX_FILE_BYTES:,} bytes")


def test_html_nested_past_the_limit_is_refused_before_parsing(project):
    from factcheck.corpus.formats import MAX_HTML_DEPTH

    depth = MAX_HTML_DEPTH + 1
    (project / "deep.html").write_text("<div>" * depth + "Text." + "</div>" * depth, encoding="utf-8")
    refused(["check", "deep.html"], project, "HTML nested more than")
    # Paragraphs and list items left unclosed, as old pages do, do not count as nesting.
    (project / "sloppy.html").write_text("<p>Line." * (MAX_HTML_DEPTH + 10) + "<li>Item" * 10, encoding="utf-8")
    result = runner.invoke(app, ["extract", "sloppy.html"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({"bad.claims.toml": b"\xff\xfe[[claim]]"}, ["check", "bad.claims.toml"], "not valid UTF-8"),
        ({"bad.claims.toml": b""}, ["check", "bad.claims.toml"], "no [[claim]] tables"),
        (
            {"bad.claims.toml": b'[[claim]]\nid = "a"\ntext = ""\n'},
            ["check", "bad.claims.toml"],
            "needs a non-empty text",
        ),
        (
            {"bad.claims.toml": b'[[claim]]\nid = "a"\ntext = "x"\n[[claim]]\nid = "a"\ntext = "y"\n'},
            ["check", "bad.claims.toml"],
            "duplicate id",
        ),
        (
            {"bad.claims.toml": b'[[claim]]\nid = "a"\ntext = "x"\nsources = ["nope"]\n'},
            ["check", "bad.claims.toml"],
            "unknown source id 'nope'",
        ),
        (
            {"bad.claims.toml": b'[article]\npath = "missing.txt"\n[[claim]]\nid = "a"\ntext = "x"\n'},
            ["check", "bad.claims.toml"],
            "missing.txt",
        ),
        ({"report.pdf": b"%PDF-1.4"}, ["check", "report.pdf"], "not an article"),
        ({}, ["check", "nowhere.txt"], "file not found"),
        ({}, ["check", CLAIMS, "--sources", "no-such-folder"], "no-such-folder"),
        ({"sources/ragged.csv": b"a,b\n1,2,3\n"}, ["check", CLAIMS], "ragged.csv"),
        ({"sources/bad.csv": b"a,b\n1,2\n", "sources/bad.toml": b"title = \n"}, ["check", CLAIMS], "bad.toml"),
        ({"sources/x.md": b"\xff"}, ["check", CLAIMS], "not valid UTF-8"),
        (
            {"long.claims.toml": b'[[claim]]\nid = "a"\ntext = "' + b"The port handled 41 ships. " * 150 + b'"\n'},
            ["check", "long.claims.toml"],
            "text is 4,050 characters long, past the limit of 4,000; split it",
        ),
    ],
)
def test_more_bad_files_are_one_error_line(project, files, args, message):
    for name, content in files.items():
        (project / name).write_bytes(content)
    refused(args, project, message)


def test_a_claim_past_the_size_limit_found_in_an_article_is_unverifiable_unchecked(project):
    import json

    speech = "We handled 41 ships in the port this year and we will handle more. " * 70
    (project / "long.txt").write_text(f'The harbour master spoke. "{speech.strip()}" said Ana Ruiz.\n')
    result = runner.invoke(app, ["check", "long.txt", "--format", "json"])
    findings = json.loads(result.stdout)["reports"][0]["findings"]
    (long,) = [f for f in findings if len(f["claim"]) > 4000]
    assert long["verdict"] == "unverifiable" and "past the limit of 4,000 that is checked" in long["explanation"]
