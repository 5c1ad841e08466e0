"""Reports kept between runs: a check of inputs that are byte for byte the same gives the same
output without checking anything; any change to an input, a source or the code checks afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import check_article, check_claims_file, load_article, load_claims_file, load_corpus, pipeline
from factcheck.cli import app
from factcheck.output import kept

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_every_bundled_report_reads_back_as_it_was():
    corpus = load_corpus(ROOT / "sources")
    reports = [check_claims_file(load_claims_file(p), corpus) for p in sorted((ROOT / "claims").rglob("*claims.toml"))]
    for folder in sorted(p for p in (ROOT / "tests" / "articles").iterdir() if p.is_dir()):
        sources = folder / "sources" if (folder / "sources").is_dir() else ROOT / "tests" / "fixtures" / folder.name
        reports.append(check_article(load_article(next(folder.glob("article.*"))), load_corpus(sources)))
    assert len(reports) > 3 and any(f.about.subject for r in reports for f in r.findings)
    for report in reports:
        assert kept._decode(type(report), kept._encode(report)) == report


@pytest.fixture
def case(tmp_path, monkeypatch):
    """The seed case in a folder of its own, as the working folder."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources", ignore=shutil.ignore_patterns(".factcheck"))
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def checks(monkeypatch):
    """How many times the pipeline really checked."""
    calls = []
    real = pipeline.check_path

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "check_path", counted)
    return calls


def _run(*args: str):
    result = runner.invoke(app, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_the_same_inputs_give_the_kept_report_without_checking(case, checks):
    first = _run()
    assert len(checks) == 1
    assert _run() == first and len(checks) == 1
    text = runner.invoke(app, ["check"]).stdout
    assert runner.invoke(app, ["check"]).stdout == text and len(checks) == 1  # one kept report, any format
    assert _run("--no-cache") == first and len(checks) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "sources" / "doj-2020-09-22-operation-disruptor.md").write_text(
            (root / "sources" / "doj-2020-09-22-operation-disruptor.md").read_text().replace("179", "178")
        ),
        lambda root: (root / "sources" / "extra.md").write_text('+++\ntitle = "Extra"\n+++\nNothing here.\n'),
        lambda root: next((root / "sources").glob("europol*")).unlink(),
        lambda root: (root / "claims" / "operation-disruptor" / "article.txt").write_text(
            (root / "claims" / "operation-disruptor" / "article.txt").read_text() + "\nOne more line.\n"
        ),
        lambda root: (root / "claims" / "operation-disruptor" / "claims.toml").write_text(
            (root / "claims" / "operation-disruptor" / "claims.toml").read_text() + "\n# a comment\n"
        ),
    ],
    ids=["source changed", "source added", "source removed", "article changed", "claims file changed"],
)
def test_any_changed_input_is_checked_afresh(case, checks, change):
    first = _run()
    change(case)
    second = _run()
    assert len(checks) == 2
    assert _run() == second and len(checks) == 2  # and that report is kept in its turn
    if "178" in (case / "sources" / "doj-2020-09-22-operation-disruptor.md").read_text():
        assert second != first


def test_other_code_is_checked_afresh(case, checks, monkeypatch):
    _run()
    monkeypatch.setattr(kept, "_code", lambda: b"another version")
    _run()
    assert len(checks) == 2


def test_a_sources_folder_with_an_update_in_progress_is_never_keyed(case, checks):
    (case / "sources" / ".journal.toml").write_text("")  # as a killed `sources add` leaves it
    assert kept.key(None, case / "sources") is None
    (case / "sources" / ".journal.toml").unlink()
    (case / "sources" / ".doj-2020-09-22-operation-disruptor.md.123.staged").write_text("half")
    assert kept.key(None, case / "sources") is None


def test_a_damaged_kept_report_is_checked_afresh(case, checks):
    first = _run()
    db = kept.open_kept(case / "sources")
    assert db is not None
    db[1].execute("UPDATE reports SET reports = '[{\"article\": 1}]'")
    db[1].close()
    assert _run() == first and len(checks) == 2


def test_only_the_latest_reports_are_kept(case, checks, monkeypatch):
    monkeypatch.setattr(kept, "KEPT_REPORTS", 2)
    path = case / "claims" / "operation-disruptor" / "claims.toml"
    original = path.read_text()
    for i in range(4):
        path.write_text(original + f"\n# {i}\n")
        _run()
    db = kept.open_kept(case / "sources")
    assert db is not None
    (count,) = db[1].execute("SELECT count(*) FROM reports").fetchone()
    db[1].close()
    assert count == 2


def test_an_article_outside_the_claims_folder_is_an_input_too(case, checks):
    stories = case / "stories"
    stories.mkdir()
    shutil.move(case / "claims" / "operation-disruptor" / "article.txt", stories / "article.txt")
    claims = case / "claims" / "operation-disruptor" / "claims.toml"
    claims.write_text(claims.read_text().replace('path = "article.txt"', 'path = "../../stories/article.txt"'))
    first = _run()
    article = stories / "article.txt"
    article.write_text(article.read_text().replace("179 suspects", "178 suspects"))
    second = _run()
    assert len(checks) == 2 and second != first
