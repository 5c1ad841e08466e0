"""Curated claims files are never lost: extract refuses to overwrite one, merges a new draft into
it with --update, and check --accept writes verdicts into claims without expect, atomically."""

import tomllib

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
ARTICLE = "claims/operation-disruptor/article.txt"


def _claims(path):
    return tomllib.loads(path.read_text(encoding="utf-8"))["claim"]


def test_extract_refuses_an_existing_file_unless_forced(project):
    out = project / "draft.claims.toml"
    assert runner.invoke(app, ["extract", ARTICLE, "-o", str(out)]).exit_code == 0
    curated = out.read_text(encoding="utf-8").replace('kind = "quantity"', 'kind = "quantity"\nexpect = "supported"', 1)
    out.write_text(curated, encoding="utf-8")
    again = runner.invoke(app, ["extract", ARTICLE, "-o", str(out)])
    assert again.exit_code == 2 and again.stderr.startswith("Error: ") and len(again.stderr.splitlines()) == 1
    assert "--update" in again.stderr and "--force" in again.stderr
    assert out.read_text(encoding="utf-8") == curated  # nothing lost
    forced = runner.invoke(app, ["extract", ARTICLE, "-o", str(out), "--force"])
    assert forced.exit_code == 0 and all("expect" not in c for c in _claims(out))
    # To stdout with -o -: nothing written.
    assert runner.invoke(app, ["extract", ARTICLE, "-o", "-"]).stdout.startswith("# Draft claims")


def test_update_merges_a_draft_and_keeps_what_was_curated(project):
    out = project / "draft.claims.toml"
    runner.invoke(app, ["extract", ARTICLE, "-o", str(out)])
    drafted = _claims(out)
    first, second = drafted[0]["id"], drafted[1]["id"]
    text = out.read_text(encoding="utf-8")
    # A person curates: an expect, a note, a comment, a renamed id; drops the second claim; adds one.
    text = text.replace(
        f'id = "{first}"', 'id = "curated-one"  # renamed by hand\nexpect = "supported"\nnote = "checked"', 1
    )
    start = text.index(f'id = "{second}"')
    block_start = text.rindex("[[claim]]", 0, start)
    block_end = text.index("[[claim]]", start)
    text = text[:block_start] + text[block_end:]
    text += '\n[[claim]]\nid = "hand-written"\ntext = "A claim the article never made"\nexpect = "unverifiable"\n'
    out.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", ARTICLE, "-o", str(out), "--update"])
    assert result.exit_code == 0, result.output
    assert "1 new claims added, 1 marked" in result.stderr
    merged = out.read_text(encoding="utf-8")
    claims = {c["id"]: c for c in _claims(out)}
    assert claims["curated-one"]["expect"] == "supported" and claims["curated-one"]["note"] == "checked"
    assert "# renamed by hand" in merged  # comments stay
    assert second in claims  # the dropped draft claim is back, as new
    assert (
        "hand-written" in claims
        and "not found in the article" in merged.split('id = "hand-written"')[0].rsplit("[[claim]]", 1)[1]
    )
    # Merging the same draft again changes nothing.
    runner.invoke(app, ["extract", ARTICLE, "-o", str(out), "--update"])
    assert out.read_text(encoding="utf-8") == merged
    # The merged file is still a claims file that checks.
    assert runner.invoke(app, ["check", str(out), "--fail-on", "never"]).exit_code in (0, 1)


def test_accept_writes_verdicts_into_claims_without_expect(project):
    path = project / "claims/new.claims.toml"
    path.write_text(
        '[article]\npath = "operation-disruptor/article.txt"\n\n'
        '# Kept as written.\n[[claim]]\nid = "arrests"\ntext = "the arrest of 179 suspects"\n\n'
        '[[claim]]\nid = "title"\ntext = "Assistant Attorney General Jeffrey Rosen"\n\n'
        '[[claim]]\nid = "has-one"\ntext = "63 firearms"\nexpect = "supported"\n',
        encoding="utf-8",
    )
    before = runner.invoke(app, ["check", str(path)])
    assert before.exit_code == 1  # the disputed title fails with no expect
    accepted = runner.invoke(app, ["check", str(path), "--accept"])
    assert accepted.exit_code == 0, accepted.output
    claims = {c["id"]: c for c in _claims(path)}
    assert claims["arrests"]["expect"] == "supported" and claims["title"]["expect"] == "disputed"
    assert claims["has-one"]["expect"] == "supported"
    assert "# Kept as written." in path.read_text(encoding="utf-8")
    assert "2 verdicts written" in accepted.stderr
    assert not list(path.parent.glob(".new.claims.toml*"))  # atomically: no temporary file left
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0


def test_the_sources_beside_the_file_are_used_and_named(project):
    import json
    import shutil

    from .conftest import FIXTURES, write

    other = project / "elsewhere"
    shutil.copytree(FIXTURES / "cyclone", other / "sources")
    write(other, {"storm.claims.toml": '[[claim]]\nid = "toll"\ntext = "The storm killed 48 people in Mozambique"\n'})
    # ./sources holds the bundled case; the claims file's own sources/ is the one used.
    result = runner.invoke(app, ["check", "elsewhere/storm.claims.toml", "--format", "json"])
    (report,) = json.loads(result.stdout)["reports"]
    assert report["corpus"] == "elsewhere/sources"
    assert {s["id"] for s in report["sources"]} >= {"ocha-2023-03-16-cyclone-mara"}
    text = runner.invoke(app, ["check", "elsewhere/storm.claims.toml"]).stdout
    assert "sources: elsewhere/sources (3 sources)" in text
    # Without one beside it, ./sources, named as such.
    write(project / "bare", {"x.claims.toml": '[[claim]]\nid = "a"\ntext = "63 firearms"\n'})
    (report,) = json.loads(runner.invoke(app, ["check", "bare/x.claims.toml", "-f", "json"]).stdout)["reports"]
    assert report["corpus"] == "sources"
    # --sources wins over both.
    (report,) = json.loads(
        runner.invoke(app, ["check", "bare/x.claims.toml", "-f", "json", "--sources", "elsewhere/sources"]).stdout
    )["reports"]
    assert report["corpus"] == "elsewhere/sources"


def test_no_sources_folder_is_an_error_that_says_how_to_point_at_one(tmp_path, monkeypatch):
    from .conftest import write

    write(tmp_path, {"a.claims.toml": '[[claim]]\nid = "a"\ntext = "63 firearms"\n'})
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "a.claims.toml"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert (
        result.stderr.startswith("Error: ")
        and "--sources DIR" in result.stderr
        and "no sources folder" in result.stderr
    )


def test_every_problem_of_every_claims_file_in_one_run(project):
    from .conftest import write

    write(
        project / "claims" / "bad",
        {
            "one.claims.toml": '[article]\npath = "../operation-disruptor/article.txt"\nauthor = "me"\n\n'
            '[[claim]]\nid = "a"\ntext = "63 firearms"\nexpcet = "supported"\n\n'
            '[[claim]]\nid = "b"\ntext = "179 arrests"\nexpect = "maybe"\nkind = "quantty"\n',
            "two.claims.toml": '[[claims]]\nid = "c"\ntext = "63 firearms"\n',
        },
    )
    result = runner.invoke(app, ["check", "claims/bad"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert all(line.startswith("Error: claims/bad/") for line in lines), lines
    assert "Error: claims/bad/one.claims.toml:3: [article]: unknown key 'author'" in lines
    assert "Error: claims/bad/one.claims.toml:8: claim 'a': unknown key 'expcet' (did you mean 'expect'?)" in lines
    assert any(
        line.startswith("Error: claims/bad/one.claims.toml:13: claim 'b': expect must be one of") for line in lines
    )
    assert any(
        "one.claims.toml:14: claim 'b': kind must be one of" in line and "(did you mean 'quantity'?)" in line
        for line in lines
    )
    assert any("two.claims.toml:1: unknown top-level key 'claims' (did you mean 'claim'?)" in line for line in lines), (
        lines
    )
    assert any("two.claims.toml: no [[claim]] tables (is [[claims]] meant to be [[claim]]?)" in line for line in lines)


def test_a_claim_not_in_its_article_is_a_warning_or_under_strict_an_error(project):
    path = project / "claims/drift.claims.toml"
    path.write_text(
        '[article]\npath = "operation-disruptor/article.txt"\n\n'
        '[[claim]]\nid = "here"\ntext = "the arrest of 179 suspects"\nexpect = "supported"\n\n'
        '[[claim]]\nid = "gone"\ntext = "the arrest of 197 suspects"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(path), "--fail-on", "never"])
    assert result.exit_code == 0 and result.stdout
    assert result.stderr == (
        f"Warning: {path}:9: claim 'gone': its text is not in the article {project}/claims/operation-disruptor/article.txt\n"
    )
    strict = runner.invoke(app, ["check", str(path), "--strict", "-o", "report.txt"])
    assert strict.exit_code == 2 and strict.stderr.startswith(f"Error: {path}:9: claim 'gone'")
    assert not (project / "report.txt").exists()
