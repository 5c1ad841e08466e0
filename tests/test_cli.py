"""End-to-end tests of `factcheck check` through typer's CliRunner."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import FIXTURES, write

runner = CliRunner()


def test_no_argument_run_checks_every_claims_file(project):
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "Operation DisrupTor" in result.stdout
    assert "20 claims: 16 supported, 2 disputed, 2 unverifiable" in result.stdout
    assert "rosen-title" in result.stdout and "\x1b[" not in result.stdout


def test_json_output_is_stable_and_parseable(project):
    first = runner.invoke(app, ["check", "claims/operation-disruptor/claims.toml", "--format", "json"])
    second = runner.invoke(app, ["check", "--format", "json"])
    assert first.exit_code == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    by_id = {f["id"]: f for f in data["reports"][0]["findings"]}
    assert by_id["rosen-title"]["verdict"] == "disputed"
    assert "Deputy Attorney General" in by_id["rosen-title"]["explanation"]


def test_output_file(project):
    result = runner.invoke(app, ["check", "--format", "json", "--output", "report.json"])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads((project / "report.json").read_text())["summary"]["total"] == 20


def test_failing_expectation_exits_1(project):
    path = project / "claims/operation-disruptor/claims.toml"
    path.write_text(path.read_text().replace('expect = "disputed"', 'expect = "supported"'))
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert "FAIL" in result.stdout and "(expected supported)" in result.stdout
    assert "failed: rosen-title" in result.stdout.splitlines()[-1]  # the failed ids, last


def test_fail_on_for_claims_without_expect(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "cyclone", tmp_path / "sources")
    write(tmp_path / "claims", {"claims.toml": '[[claim]]\nid = "a"\ntext = "12 people died in Zambia"\n'})
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["check"]).exit_code == 0
    assert runner.invoke(app, ["check", "--fail-on", "unverifiable"]).exit_code == 1
    write(tmp_path / "claims", {"claims.toml": '[[claim]]\nid = "a"\ntext = "84 people died in Mozambique"\n'})
    assert runner.invoke(app, ["check"]).exit_code == 1
    assert runner.invoke(app, ["check", "--fail-on", "never"]).exit_code == 0


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({"claims/claims.toml": "[[claim]\n"}, ["check"], "bad TOML"),
        (
            {"claims/claims.toml": '[[claim]]\nid = "a"\ntext = "x"\nsources = ["nope"]\n'},
            ["check"],
            "unknown source id 'nope'",
        ),
        (
            {
                "claims/claims.toml": '[article]\npath = "a.txt"\n[[claim]]\nid = "a"\ntext = "x"\n',
                "claims/a.txt": b"\xff",
            },
            ["check"],
            "not valid UTF-8",
        ),
        ({}, ["check"], "no claims files"),
        ({}, ["check", "missing.claims.toml"], "file not found"),
        ({"a.pdf": "%PDF"}, ["check", "a.pdf"], "not an article"),
        ({"a.txt": b"caf\xe9 au lait"}, ["check", "a.txt"], "not valid UTF-8"),
        (
            {"claims/claims.toml": '[[claim]]\nid = "a"\ntext = "x"\n'},
            ["check", "--sources", "nowhere"],
            "sources folder not found",
        ),
    ],
)
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, monkeypatch, files, args, message):
    (tmp_path / "sources").mkdir()
    for name, content in files.items():
        write((tmp_path / name).parent, {(tmp_path / name).name: content})
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in result.output and result.stdout == ""


def test_bad_input_writes_no_output_file(tmp_path, monkeypatch):
    write(tmp_path / "claims", {"claims.toml": "[[claim]\n"})
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--output", "report.json"])
    assert result.exit_code == 2 and not (tmp_path / "report.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims", "sources"]


def test_unknown_format_is_a_usage_error(project):
    result = runner.invoke(app, ["check", "--format", "yaml"])
    assert result.exit_code == 2


def test_check_an_article(project):
    result = runner.invoke(app, ["check", "claims/operation-disruptor/article.txt", "--format", "json"])
    assert result.exit_code == 1  # the article has disputed claims
    data = json.loads(result.stdout)
    article = (project / "claims/operation-disruptor/article.txt").read_text(encoding="utf-8")
    (report,) = data["reports"]
    assert report["article"]["path"].endswith("article.txt") and data["summary"]["disputed"] >= 2
    for f in report["findings"]:
        assert article[f["span"][0] : f["span"][1]] == f["claim"]


def test_extract_round_trips_through_check(project):
    out = project / "claims/operation-disruptor/draft.claims.toml"
    result = runner.invoke(app, ["extract", "claims/operation-disruptor/article.txt", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert 'path = "article.txt"' in out.read_text(encoding="utf-8")
    checked = runner.invoke(app, ["check", str(out), "--format", "json", "--fail-on", "never"])
    assert checked.exit_code == 0
    from_draft = {
        (f["span"][0], f["span"][1], f["verdict"]) for f in json.loads(checked.stdout)["reports"][0]["findings"]
    }
    direct = runner.invoke(app, ["check", "claims/operation-disruptor/article.txt", "--format", "json"])
    from_article = {
        (f["span"][0], f["span"][1], f["verdict"]) for f in json.loads(direct.stdout)["reports"][0]["findings"]
    }
    assert from_article <= from_draft  # the draft also keeps figures in quotations for a person to judge


def test_extract_to_stdout(project):
    result = runner.invoke(app, ["extract", "claims/operation-disruptor/article.txt"])
    assert result.exit_code == 0 and result.stdout.startswith("# Draft claims")
    assert 'path = "claims/operation-disruptor/article.txt"' in result.stdout


def test_extract_bad_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"a.txt": b"\xff"})
    result = runner.invoke(app, ["extract", "a.txt", "-o", "out.toml"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and not (tmp_path / "out.toml").exists()


def _claims_folder(project, n):
    """A folder of n claims files, each a copy of the seed claims file with its own article."""
    folder = project / "many"
    seed = project / "claims" / "operation-disruptor"
    for i in range(n):
        target = folder / f"case-{i}"
        target.mkdir(parents=True)
        (target / "article.txt").write_text((seed / "article.txt").read_text())
        (target / "claims.toml").write_text((seed / "claims.toml").read_text())
    return folder


def test_a_folder_checked_in_several_processes_gives_the_same_report(project, monkeypatch):
    import multiprocessing

    folder = _claims_folder(project, 3)
    one = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "1"])
    pools = []
    real_pool = multiprocessing.get_context("fork").Pool

    class Context:
        def Pool(self, processes):
            pools.append(processes)
            return real_pool(processes)

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Context())
    several = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "3", "--no-cache"])
    assert pools == [3]
    assert one.exit_code == several.exit_code == 0
    assert one.stdout == several.stdout and one.stdout.count('"findings"') == 3


def test_an_error_in_a_worker_process_is_one_error_line(project):
    folder = _claims_folder(project, 2)
    (folder / "case-1" / "claims.toml").write_text('[[claim]]\nid = "a"\ntext = "x"\nsources = ["nope"]\n')
    result = runner.invoke(app, ["check", str(folder), "--jobs", "2"])
    assert result.exit_code == 2 and result.stderr.strip().count("\n") == 0
    assert "unknown source id 'nope'" in result.stderr


def test_jobs_must_be_one_or_more(project):
    result = runner.invoke(app, ["check", "--jobs", "0"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: --jobs must be 1 or more, not 0")


def test_a_folder_of_articles_is_checked_article_by_article_in_several_processes(project):
    folder = project / "articles"
    folder.mkdir()
    seed = (project / "claims" / "operation-disruptor" / "article.txt").read_text()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(seed)
    (folder / "README.md").write_text("Articles to check this week.\n")
    options = ["--format", "json", "--fail-on", "never"]
    one = runner.invoke(app, ["check", str(folder), *options, "--jobs", "1"])
    several = runner.invoke(app, ["check", str(folder), *options, "--jobs", "2"])
    assert one.exit_code == several.exit_code == 0 and one.stdout == several.stdout
    reports = json.loads(one.stdout)["reports"]
    assert [Path(r["article"]["path"]).name for r in reports] == ["one.txt", "two.txt"]
    refused = runner.invoke(app, ["check", str(folder), "-o", str(folder / "two.txt")])
    assert refused.exit_code == 2 and "is an input of this command" in refused.stderr
