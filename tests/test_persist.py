"""Readings kept between runs: the same readings back, the same reports, and a store that never
stands in the way (damaged, read-only, another version of the readers)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import load_corpus
from factcheck.cli import app
from factcheck.corpus import persist
from factcheck.corpus.index import Index
from factcheck.read import reading

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _texts() -> list[str]:
    folders = [ROOT / "sources", ROOT / "benchmarks" / "accuracy" / "sources"]
    folders += sorted(p / "sources" for p in (ROOT / "benchmarks" / "multi").iterdir() if p.is_dir())
    return [p.text for folder in folders for s in load_corpus(folder).sources for p in s.passages]


def test_every_bundled_passage_reads_back_as_it_was_read():
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        made = reading._read(text)
        assert persist.decode(text, persist.encode(made)) == made


def test_kept_readings_hold_each_concept_once():
    # Two passages that share words share the strings of their concepts (interned when decoded).
    a, b = "Police made 120 arrests in Spain.", "Officers made 80 arrests in Spain."
    first = persist.decode(a, persist.encode(reading._read(a)))
    second = persist.decode(b, persist.encode(reading._read(b)))
    shared = first.concepts & second.concepts
    assert shared
    by_value = {c: c for c in first.concepts}
    assert all(by_value[c] is c for c in second.concepts if c in shared)
    assert first.places[0].name is second.places[0].name
    c, d = "Police made 120 arrests in Spain.", "Police made 130 arrests in Spain."  # one length
    third, fourth = (persist.decode(t, persist.encode(reading._read(t))) for t in (c, d))
    assert third.sentences[0] is fourth.sentences[0]
    assert third.concepts is fourth.concepts  # the same words but the figure: one set


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", folder, ignore=shutil.ignore_patterns(".factcheck"))
    return folder


def _fresh_process_state(monkeypatch):
    """As a new process: no readings in memory; reading a text would fail."""
    monkeypatch.setattr(reading, "_KNOWN", {})

    def unread(text):
        raise AssertionError(f"read again: {text[:40]!r}")

    monkeypatch.setattr(reading, "_read", unread)


def test_a_later_run_takes_the_readings_an_earlier_one_kept(sources, monkeypatch):
    Index(load_corpus(sources)).entries().__next__()
    assert (sources / ".factcheck" / "readings.sqlite").is_file()
    _fresh_process_state(monkeypatch)
    entries = list(Index(load_corpus(sources)).entries())
    assert len(entries) == sum(len(s.passages) for s in load_corpus(sources).sources)


def test_readings_of_another_version_of_the_readers_are_not_taken(sources, monkeypatch):
    list(Index(load_corpus(sources)).entries())
    monkeypatch.setattr(persist, "code_version", lambda: "another")
    assert persist.Store(sources).get([p.text for s in load_corpus(sources).sources for p in s.passages]) == {}


def test_a_damaged_store_is_made_anew(sources):
    (sources / ".factcheck").mkdir()
    (sources / ".factcheck" / "readings.sqlite").write_bytes(b"not a database at all" * 100)
    result = runner.invoke(
        app, ["check", str(ROOT / "claims/operation-disruptor/claims.toml"), "--sources", str(sources)]
    )
    assert result.exit_code == 0, result.output
    assert (sources / ".factcheck" / "readings.sqlite").read_bytes().startswith(b"SQLite format 3")


def test_a_sources_folder_that_cannot_take_the_store_puts_it_in_the_user_cache(sources, monkeypatch, tmp_path):
    (sources / ".factcheck").write_text("a file where the store's folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    store = persist.Store(sources)
    assert store.path is not None and store.path.is_relative_to(tmp_path / "cache")


def test_reports_are_byte_identical_with_and_without_kept_readings(sources):
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--no-cache", "--sources", str(sources)]
    command.append(str(ROOT / "claims/operation-disruptor/claims.toml"))
    first = subprocess.run(command, capture_output=True, check=False)
    assert (sources / ".factcheck" / "readings.sqlite").is_file()
    second = subprocess.run(command, capture_output=True, check=False)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and json.loads(first.stdout)["reports"][0]["findings"]


def test_sources_index_reads_every_passage_and_keeps_the_readings(sources, monkeypatch):
    result = runner.invoke(app, ["sources", "index", "--sources", str(sources)])
    assert result.exit_code == 0 and result.stdout.startswith("read 41 passages of 5 sources; readings kept in ")
    _fresh_process_state(monkeypatch)
    assert len(list(Index(load_corpus(sources)).entries())) == 41


def test_readings_of_passages_no_longer_in_the_folder_are_dropped_once_they_outnumber_the_rest(sources):
    store = persist.Store(sources)
    store.put(reading._read(f"Old passage number {n} said 5 people came.") for n in range(1200))
    store.close()
    list(Index(load_corpus(sources)).entries())  # reads the live passages, then prunes
    store = persist.Store(sources)
    live = [p.text for s in load_corpus(sources).sources for p in s.passages]
    (count,) = store._db.execute("SELECT count(*) FROM readings").fetchone()
    assert count == len(set(live)) and len(store.get(live)) == len(set(live))
    store.close()


def test_two_runs_filling_one_store_at_once_both_succeed(sources):
    command = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--no-cache", "--sources", str(sources)]
    command.append(str(ROOT / "claims/operation-disruptor/claims.toml"))
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    store = persist.Store(sources)
    live = [p.text for s in load_corpus(sources).sources for p in s.passages]
    assert len(store.get(live)) == len(set(live))
    store.close()


def test_many_passages_are_read_in_several_processes_with_the_same_readings(monkeypatch):
    import multiprocessing

    texts = list(dict.fromkeys(_texts()))[:40]
    monkeypatch.setattr(persist, "PARALLEL_READ", 8)
    monkeypatch.setattr(persist.os, "cpu_count", lambda: 2)
    pools = []
    real = multiprocessing.get_context("fork")

    class Context:
        def Pool(self, processes):
            pools.append(processes)
            return real.Pool(processes)

    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Context())
    assert persist.read_many(texts) == [reading._read(t) for t in texts]
    assert pools == [2]


def test_a_claim_restricted_to_its_sources_does_not_open_the_store_again(sources, monkeypatch):
    index = Index(load_corpus(sources))
    list(index.entries())
    opened = []
    real = persist.Store.__init__

    def counting(self, folder):
        opened.append(folder)
        real(self, folder)

    monkeypatch.setattr(persist.Store, "__init__", counting)
    restricted = index.restricted((index.ids[0],))
    assert list(restricted.entries()) and opened == []
