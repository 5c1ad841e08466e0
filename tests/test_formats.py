"""Every report format, parsed as its readers parse it: the JSON document against its published
schema, JSON Lines, the HTML page with a real HTML parser, the Markdown table, the ClaimReview
JSON-LD and the GitHub annotations; hostile text escaped; the same input, the same bytes."""

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import FIXTURES, ROOT, write

runner = CliRunner()
SCHEMA = json.loads((ROOT / "factcheck/output/report.schema.json").read_text(encoding="utf-8"))
FORMATS = ["text", "json", "jsonl", "html", "markdown", "claimreview", "github"]
# A claims file of the made-up cyclone whose article and source carry hostile text.
HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> | pipes | **bold** %0A ::error::'


def _check(*args: str) -> object:
    return runner.invoke(app, ["check", *args])


@pytest.fixture
def cyclone(tmp_path, monkeypatch):
    """Two claims files about the made-up cyclone, one with an article, one without; hostile text in
    the article, a claim, a note and a source."""
    sources = tmp_path / "sources"
    shutil.copytree(FIXTURES / "cyclone", sources)
    write(
        sources,
        {
            "evil.md": '+++\nid = "evil"\ntitle = "Evil </title><script>alert(1)</script>"\npublisher = "X"\n'
            'url = "javascript:alert(1)"\n+++\nThe storm flooded 31 bridges. ' + HOSTILE + "\n"
        },
    )
    article = (
        "Cyclone Mara: the toll\n\nThe storm killed 48 people in Mozambique. " + HOSTILE + "\n\n"
        "The storm killed 15 people in Malawi, officials said.\n"
    )
    write(
        tmp_path / "claims",
        {
            "article.txt": article,
            "toll.claims.toml": '[article]\npath = "article.txt"\ntitle = "Cyclone Mara: the toll"\n\n'
            '[[claim]]\nid = "mozambique-48"\ntext = "The storm killed 48 people in Mozambique"\nexpect = "supported"\n\n'
            '[[claim]]\nid = "malawi-15"\ntext = "The storm killed 15 people in Malawi"\nexpect = "supported"\n'
            'note = "Fails on purpose: ' + HOSTILE.replace('"', "'") + '"\n',
            "bare.claims.toml": '[[claim]]\nid = "hostile-claim"\ntext = "Officials praised the response '
            + HOSTILE.replace('"', "'")
            + '"\n',
        },
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _validate(data: object, definition: str | None = None) -> None:
    import jsonschema

    schema = SCHEMA if definition is None else {"$ref": f"#/$defs/{definition}", "$defs": SCHEMA["$defs"]}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)


@pytest.mark.parametrize(
    "target", ["", "claims/operation-disruptor/claims.toml", "claims/operation-disruptor/article.txt"]
)
def test_the_json_document_follows_its_published_schema(project, target):
    result = _check(*([target] if target else []), "--format", "json", "--no-cache")
    data = json.loads(result.stdout)
    _validate(data)
    assert data["summary"]["total"] == sum(len(r["findings"]) for r in data["reports"]) > 0


def test_one_shape_and_every_field_for_several_files(cyclone):
    result = _check("claims", "--format", "json", "--sources", "sources")
    assert result.exit_code == 1  # malawi-15 fails on purpose
    data = json.loads(result.stdout)
    _validate(data)
    by_file = {Path(r["file"]).name: r for r in data["reports"]}
    assert set(by_file) == {"toll.claims.toml", "bare.claims.toml"}
    bare = by_file["bare.claims.toml"]
    assert bare["article"] == {"path": None, "title": None, "url": None, "published": None, "sha256": None}
    toll = {f["id"]: f for f in by_file["toll.claims.toml"]["findings"]}
    failed = toll["malawi-15"]
    assert failed["passed"] is False and failed["expect"] == "supported" and failed["verdict"] == "disputed"
    assert failed["note"].startswith("Fails on purpose") and failed["line"] == 10
    assert toll["mozambique-48"]["passed"] is True and toll["mozambique-48"]["note"] is None
    assert data["summary"]["failed"] == 1
    # Missing values are null, never "" and never absent.
    evil = next(s for s in bare["sources"] if s["id"] == "evil")
    assert evil["published"] is None and evil["kind"] is None and evil["retrieved"] is None


def test_json_lines_are_the_findings_one_a_line(cyclone):
    result = _check("claims", "--format", "jsonl", "--sources", "sources")
    lines = result.stdout.splitlines()
    whole = json.loads(_check("claims", "--format", "json", "--sources", "sources").stdout)
    assert len(lines) == whole["summary"]["total"] == 3
    for line in lines:
        _validate(json.loads(line), "finding")
    assert [json.loads(line)["id"] for line in lines] == [f["id"] for r in whole["reports"] for f in r["findings"]]


class _Page(HTMLParser):
    """What a browser would build: elements by tag, the claims listed and highlighted, the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.findings: dict[str, str] = {}  # li id -> its text
        self.highlights: dict[str, str] = {}  # highlight id -> its text
        self.tags_text: list[tuple[str, str]] = []  # each highlight's verdict link: (href, text)
        self._open: list[tuple[str, str]] = []  # (kind, id) of the elements being read
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        self.tags.append((tag, found))
        classes = (found.get("class") or "").split()
        if tag == "li" and "finding" in classes:
            self._open.append(("finding", found["id"]))
            self.findings[found["id"]] = ""
        elif tag == "span" and "claim" in classes:
            self._open.append(("highlight", found["id"]))
            self.highlights[found["id"]] = ""
        elif tag == "a" and "tag" in classes:
            self._open.append(("tag", found["href"]))
            self.tags_text.append((found["href"], ""))
        elif tag in ("li", "a", "span"):
            self._open.append(("other", ""))

    def handle_endtag(self, tag):
        if tag in ("li", "a", "span") and self._open:
            self._open.pop()

    def handle_data(self, data):
        self.text.append(data)
        for kind, ident in self._open:
            if kind == "finding":
                self.findings[ident] += data
            elif kind == "highlight":
                self.highlights[ident] += data
            elif kind == "tag":
                href, text = self.tags_text[-1]
                self.tags_text[-1] = (href, text + data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def test_the_html_page_shows_every_claim_and_its_verdict_in_words(project):
    html = _check("--format", "html", "--no-cache").stdout
    data = json.loads(_check("--format", "json").stdout)
    page = _page(html)
    findings = data["reports"][0]["findings"]
    assert len(page.findings) == len(findings) == 20
    for f in findings:
        (item,) = [text for ident, text in page.findings.items() if ident.endswith("-" + f["id"])]
        assert f["verdict"] in item and f["claim"] in item
    # Each highlight in the article carries its verdict in words, not only a colour, as a link
    # (reachable from the keyboard) to the claim's entry; a claim inside another's is highlighted too.
    assert len(page.highlights) == len(page.tags_text) >= 18
    assert all(re.fullmatch(r"\[. (supported|disputed|unverifiable)\]", text) for _, text in page.tags_text)
    assert all(href[1:] in page.findings for href, _ in page.tags_text)
    rosen = next(text for ident, text in page.highlights.items() if ident.endswith("rosen-title"))
    assert rosen.startswith("Assistant Attorney General Jeffrey Rosen")
    assert ("#" + next(i for i in page.findings if i.endswith("rosen-title")), "[✗ disputed]") in page.tags_text
    # Self-contained: no script, no stylesheet, font or image from elsewhere.
    tags = {tag for tag, _ in page.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    assert all(not (attrs.get("src") or "").startswith("http") for _, attrs in page.tags)
    assert "http://" not in html.split("<body>")[0] and "https://" not in html.split("<body>")[0]
    # Provenance of each source, with links to their pages.
    assert "doj-2020-09-22-operation-disruptor" in "".join(page.text)
    assert any(attrs.get("href", "").startswith("https://www.justice.gov") for tag, attrs in page.tags if tag == "a")


def test_hostile_text_is_shown_never_run(cyclone):
    markdown = _check("claims", "--format", "markdown", "--sources", "sources").stdout
    assert re.search(r"(?<!\\)<", markdown) is None  # every < of a text escaped: \< is shown, not read as HTML
    html = _check("claims", "--format", "html", "--sources", "sources").stdout
    page = _page(html)
    tags = [tag for tag, _ in page.tags]
    assert "script" not in tags and "img" not in tags
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert '<script>alert("x")</script>' in "".join(page.text)  # shown as text
    # A source's javascript: URL is never a link.
    assert not any("javascript" in (attrs.get("href") or "") for _, attrs in page.tags)
    # A claims file without an article: its claims as a list, nothing highlighted.
    assert any(ident.endswith("hostile-claim") for ident in page.findings)


def test_the_markdown_table_has_one_row_a_claim_and_escapes_its_cells(cyclone):
    out = _check("claims", "--format", "markdown", "--sources", "sources").stdout
    rows = [line for line in out.splitlines() if line.startswith("| `")]
    assert len(rows) == 3
    header = next(line for line in out.splitlines() if line.startswith("| claim |"))
    cells = header.count(" | ")
    # A pipe or a star in a claim's text cannot add a cell or make bold text.
    assert all(re.sub(r"\\\|", "", row).count(" | ") == cells for row in rows)
    assert "**bold**" not in out.replace("**failed**", "") and "\\*\\*bold\\*\\*" in out
    assert out.index("malawi-15") < out.index("mozambique-48")  # failures first


def test_claimreview_json_ld(cyclone):
    out = _check(
        "claims",
        "--format",
        "claimreview",
        "--sources",
        "sources",
        "--author",
        "Example Fact Desk",
        "--author-url",
        "https://example.org",
        "--date-published",
        "2026-11-29",
    ).stdout
    data = json.loads(out)
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    assert len(reviews) == 3
    scale = {"Disputed": 1, "Unverifiable": 2, "Supported": 3}
    for review in reviews:
        assert review["@type"] == "ClaimReview" and review["claimReviewed"]
        assert (
            review["itemReviewed"]["@type"] == "Claim"
            and review["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
        )
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["ratingValue"] == scale[rating["alternateName"]]
        assert (rating["worstRating"], rating["bestRating"]) == (1, 3)
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk", "url": "https://example.org"}
        assert review["datePublished"] == "2026-11-29"
    with_article = next(r for r in reviews if r["identifier"] == "mozambique-48")
    assert with_article["itemReviewed"]["appearance"]["url"].endswith("article.txt")
    # Without the options: no date (the output stays the same from day to day), the reviewer from pyproject.toml.
    write(cyclone, {"pyproject.toml": '[tool.factcheck]\nauthor = "Desk From Config"\n'})
    plain = json.loads(_check("claims", "--format", "claimreview", "--sources", "sources").stdout)["@graph"][0]
    assert "datePublished" not in plain and plain["author"]["name"] == "Desk From Config"
    bad = _check("claims", "--format", "claimreview", "--sources", "sources", "--date-published", "29/11/2026")
    assert bad.exit_code == 2 and "--date-published" in bad.stderr


def test_github_annotations_point_at_the_claim_line(cyclone):
    result = _check("claims", "--format", "github", "--sources", "sources")
    lines = result.stdout.splitlines()
    annotations = [line for line in lines if line.startswith(("::error", "::warning"))]
    assert len(annotations) == 1  # only the failed claim
    m = re.match(r"^::error file=([^,]+),line=(\d+),title=([^:]+)::(.*)$", annotations[0])
    assert m is not None, annotations[0]
    path, line = Path(m.group(1)), int(m.group(2))
    assert path.read_text(encoding="utf-8").splitlines()[line - 1] == "[[claim]]"
    assert "malawi-15" in m.group(3)
    # A message is one line: its line breaks and percent signs are escaped as the runner expects.
    assert "%250A" in m.group(4) and "\n" not in m.group(4)
    assert lines[-1].startswith("::notice title=factcheck::3 claims checked, 1 failed")


def test_the_text_report_heads_each_file_and_puts_failures_first(cyclone):
    out = _check("claims", "--sources", "sources").stdout
    assert out.startswith("== claims/toll.claims.toml — Cyclone Mara: the toll")  # the report with a failure first
    body = out.split("== claims/bare.claims.toml")[0]
    assert body.index("FAIL") < body.index("mozambique-48")
    assert "note: Fails on purpose" in out  # a failure's note is shown
    assert out.splitlines()[-1] == "failed: malawi-15"
    only = _check("claims", "--sources", "sources", "--only-failures").stdout
    assert "malawi-15" in only and "mozambique-48" not in only and "bare.claims.toml" not in only
    assert only.splitlines()[-1] == "failed: malawi-15"


def test_wrapping_never_breaks_an_id(tmp_path):
    from factcheck.model import ArticleInfo, Evidence, Finding, Report
    from factcheck.output import Options, render

    long_id = "a-very-long-source-identifier-that-is-wider-than-the-terminal-itself-2023-03-16"
    finding = Finding(
        "unverifiable",
        0.5,
        "Nothing says so. " * 12,
        (),
        (Evidence(long_id, "paragraph 2", "x", 0.4),),
        id="c1",
        claim="x",
        kind="quantity",
    )
    out = render("text", [Report(ArticleInfo(), (), (finding,), "claims.toml")], Options(width=40))
    assert long_id in out
    assert all(len(line) <= 40 or long_id in line for line in out.splitlines())


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_input_gives_the_same_bytes_in_every_format(cyclone, fmt):
    first = _check("claims", "--format", fmt, "--sources", "sources", "--no-cache")
    second = _check("claims", "--format", fmt, "--sources", "sources", "--no-cache")
    assert first.stdout == second.stdout and first.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_file_or_stdout(cyclone, fmt):
    to_stdout = _check("claims", "--format", fmt, "--sources", "sources", "-o", "-")
    to_file = _check("claims", "--format", fmt, "--sources", "sources", "-o", f"report.{fmt}")
    assert to_file.stdout == "" and (cyclone / f"report.{fmt}").read_text(encoding="utf-8") == to_stdout.stdout
    assert not list(cyclone.glob(f".report.{fmt}*"))  # written atomically: no temporary file left


def test_progress_is_told_the_claims_checked(project):
    from factcheck.pipeline import check_path

    seen: list[tuple[int, int]] = []
    check_path(None, Path("sources"), 1, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (20, 20)
    # Off a terminal (as here) no bar is drawn: stderr stays empty.
    result = _check("--no-cache")
    assert result.stderr == ""


def test_a_progress_bar_on_a_terminal_only(project):
    import os
    import pty
    import subprocess
    import sys

    # stderr a terminal, stdout a pipe: the bar goes to the terminal, the report to the pipe.
    main, side = pty.openpty()
    script = "from factcheck.cli import main; main()"
    run = subprocess.run(
        [sys.executable, "-c", script, "check", "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=side,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
        timeout=300,
        check=False,
    )
    os.close(side)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert run.returncode == 0 and b"20 claims" in run.stdout
    assert b"checking" in shown  # 20 claims: a bar, on the terminal
    assert b"\x1b[" not in run.stdout  # the report itself: plain, no bar in it
