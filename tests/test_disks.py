"""Full and read-only folders: one `Error:` line (or a failed refresh), and the cache as it was.

A small tmpfs is mounted for each case, which needs root; elsewhere these tests are skipped with a
message saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .test_hostile import refused, snapshot

runner = CliRunner()
CLAIMS = "claims/operation-disruptor/claims.toml"
TABLE = "year,ships\n" + "".join(f"{1900 + n},{n * 7}\n" for n in range(120))


@pytest.fixture
def mount(tmp_path):
    """Mount a small tmpfs on a new folder: mount(name, size, files) -> folder; unmounted after."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("full and read-only folders are made with a small tmpfs, which needs root and mount")
    mounted: list[Path] = []

    def make(name: str, size: str = "1m") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def read_only(folder: Path) -> None:
    """Remount a tmpfs read-only (root ignores file modes, so chmod would not do)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Take every free block of a folder's file system but `leave` bytes (the filler is no source)."""
    fd = os.open(folder / "filler.bin", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
        os.close(fd)


def sources_in(folder: Path, project: Path) -> Path:
    """A copy of the project's sources in a folder."""
    shutil.copytree(project / "sources", folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".factcheck"))
    return folder


@pytest.mark.parametrize("leave", [0, 4096], ids=["no room for the lock", "room for the lock only"])
def test_adding_to_a_full_folder_is_one_error_line_and_changes_nothing(project, mount, leave):
    sources = sources_in(mount("full"), project)
    (project / "ships.csv").write_text(TABLE)
    fill(sources, leave)
    refused(["sources", "add", "ships.csv", "--sources", str(sources)], sources, "No space left on device")
    assert [p.name for p in sources.glob(".*")] == []


def test_refreshing_into_a_full_folder_fails_that_source_and_keeps_it(project, mount, web):
    sources = mount("full")
    web.pages["/ships.csv"] = ("text/csv", TABLE)
    added = runner.invoke(app, ["sources", "add", web.url + "/ships.csv", "--sources", str(sources), "--id", "ships"])
    assert added.exit_code == 0, added.output
    web.pages["/ships.csv"] = ("text/csv", TABLE + "2020,900\n")
    fill(sources, leave=4096)  # room for the lock, none for the new table, its sidecar or history
    before = snapshot(sources)
    result = runner.invoke(app, ["sources", "refresh", "--sources", str(sources)])
    assert result.exit_code == 1 and result.stdout.startswith("failed    ships:") and "No space left" in result.stdout
    assert snapshot(sources) == before
    assert runner.invoke(app, ["sources", "verify", "--sources", str(sources)]).stdout == "ok          ships\n"


def test_a_report_into_a_full_folder_is_one_error_line_and_leaves_no_file(project, mount):
    out = mount("out", "64k")
    fill(out)
    refused(["check", CLAIMS, "--format", "json", "-o", str(out / "report.json")], out, "No space left on device")


def test_a_read_only_sources_folder_can_be_checked_and_verified_but_not_changed(project, mount):
    sources = sources_in(mount("ro"), project)
    (project / "ships.csv").write_text(TABLE)
    read_only(sources)
    refused(["sources", "add", "ships.csv", "--sources", str(sources)], sources, "Read-only file system")
    refused(["sources", "refresh", "--sources", str(sources)], sources, "Read-only file system")
    checked = runner.invoke(app, ["check", CLAIMS, "--sources", str(sources), "--format", "json"])
    assert checked.exit_code == 0 and '"verdict": "supported"' in checked.stdout
    verified = runner.invoke(app, ["sources", "verify", "--sources", str(sources)])
    assert verified.exit_code == 0 and {line.split()[0] for line in verified.stdout.splitlines()} == {"ok"}


def test_a_report_into_a_read_only_folder_is_one_error_line(project, mount):
    out = mount("out", "64k")
    read_only(out)
    refused(["check", CLAIMS, "-o", str(out / "report.txt")], out, "Read-only file system")


def test_an_update_cut_short_in_a_folder_now_read_only_is_named_not_read_half_done(project, mount, monkeypatch):
    from factcheck.corpus import journal
    from factcheck.corpus.cache import add_file

    sources = mount("ro")
    (project / "ships.csv").write_text(TABLE)
    real, calls = journal.os.replace, []

    def stops_after_the_commit(*args):
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the journal is in place, the sidecar moved, the table not
        real(*args)

    monkeypatch.setattr(journal.os, "replace", stops_after_the_commit)
    with pytest.raises(KeyboardInterrupt):
        add_file(sources, project / "ships.csv", "ships")
    monkeypatch.undo()
    read_only(sources)
    refused(["check", CLAIMS, "--sources", str(sources)], sources, "an update of ships was interrupted")
    verified = runner.invoke(app, ["sources", "verify", "--sources", str(sources)])
    assert verified.exit_code == 1 and verified.stdout.startswith("interrupted ships: an update was cut short")
