"""kill -9 at every write step of `add` and `refresh`: the cache holds the old state or the new one.

Each run is a child process whose file-system calls (rename, link, unlink, fsync, mkdir) are
counted; the Nth call sends SIGKILL to the process itself. A run that is not killed says how many
steps there are; then one run is killed at each of them, on its own copy of the folder.
"""

from __future__ import annotations

import datetime as dt
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import load_corpus
from factcheck.corpus import cache
from factcheck.corpus.fetching import FetchPolicy
from factcheck.corpus.journal import pending
from factcheck.errors import CacheError

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
KILLER = r"""
import datetime as dt, os, signal, sys
from pathlib import Path

at, op, folder, arg = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
count = 0

def counted(call):
    def step(*args, **kwargs):
        global count
        count += 1
        if count == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return call(*args, **kwargs)
    return step

from factcheck.corpus import cache
from factcheck.corpus.fetching import FetchPolicy

cache._now = lambda: dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
for name in ("replace", "link", "unlink", "fsync", "mkdir", "rename"):
    setattr(os, name, counted(getattr(os, name)))
if op == "add":
    cache.add_url(folder, arg, source_id="s", policy=FetchPolicy(retries=0))
elif op == "add-file":
    cache.add_file(folder, Path(arg), source_id="s")
else:
    (result,) = cache.refresh(folder, ["s"], policy=FetchPolicy(retries=0))
    assert result.status == "changed", result
print(count)
"""
HTML = "<html><head><title>Port notice</title></head><body><article><p>Berth {n} closes on Monday.</p></article></body></html>"
CSV = "year,ships\n2023,41\n{n},52\n"


def state(folder: Path) -> dict[str, str]:
    """What the cache holds: every source file and history entry (dot-files are not state)."""
    kept = {}
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if path.is_file() and not any(p.startswith(".") and p != ".history" for p in parts):
            kept["/".join(parts)] = path.read_text(encoding="utf-8")
    return kept


def debris(folder: Path) -> list[str]:
    """Dot-files left behind: staged files, temporary files, a journal, a lock."""
    return [str(p.relative_to(folder)) for p in folder.rglob(".*") if p.is_file()]


def run(at: int, op: str, folder: Path, arg: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", KILLER, str(at), op, str(folder), arg], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def again(op: str, folder: Path, arg: str) -> None:
    """The same change, not killed, in this process."""
    if op == "add":
        cache.add_url(folder, arg, source_id="s", policy=FetchPolicy(retries=0))
    elif op == "add-file":
        cache.add_file(folder, Path(arg), source_id="s")
    else:
        cache.refresh(folder, ["s"], policy=FetchPolicy(retries=0))


@pytest.mark.parametrize(
    ("op", "page"),
    [("add", "html"), ("add", "csv"), ("add-file", "csv"), ("refresh", "html"), ("refresh", "csv")],
)
def test_a_kill_at_any_write_step_leaves_the_old_or_the_new_state(tmp_path, web, monkeypatch, op, page):
    monkeypatch.setattr(cache, "_now", lambda: NOW)
    content_type, template = ("text/html; charset=utf-8", HTML) if page == "html" else ("text/csv", CSV)
    path = f"/notice.{page}"
    web.pages = {path: (content_type, template.format(n=2024))}
    old_folder = tmp_path / "old"
    old_folder.mkdir()
    (old_folder / "other.md").write_text("+++\ntitle = 'Another source'\n+++\nIt stays as it is.\n")
    arg = web.url + path
    if op == "refresh":
        cache.add_url(old_folder, arg, source_id="s", policy=FetchPolicy(retries=0))
        web.pages = {path: (content_type, template.format(n=2025))}
    elif op == "add-file":
        arg = str(tmp_path / "local.csv")
        Path(arg).write_text(CSV.format(n=2024))
    old = state(old_folder)

    # A run that is not killed gives the new state and the number of steps.
    new_folder = tmp_path / "new"
    shutil.copytree(old_folder, new_folder)
    whole = run(0, op, new_folder, arg)
    out, err = whole.communicate(timeout=60)
    assert whole.returncode == 0, err.decode()
    steps, new = int(out), state(new_folder)
    assert new != old and steps >= 4 and not debris(new_folder)

    folders = []
    for at in range(1, steps + 1):
        folders.append(tmp_path / f"killed-{at}")
        shutil.copytree(old_folder, folders[-1])
    children = [run(at, op, folder, arg) for at, folder in enumerate(folders, 1)]
    outcomes = set()
    for at, (child, folder) in enumerate(zip(children, folders, strict=True), 1):
        _, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, (at, err.decode())
        if pending(folder):
            # Killed after the commit point: verify names the update, and the next run completes it.
            assert {v.id: v.status for v in cache.verify(folder)}["s"] == "interrupted"
        load_corpus(folder)
        after = state(folder)
        assert after in (old, new), f"killed at step {at} of {steps}"
        outcomes.add("new" if after == new else "old")
        if after == old:
            again(op, folder, arg)
        elif op != "refresh":
            with pytest.raises(CacheError, match="exists already"):
                again(op, folder, arg)
        else:
            again(op, folder, arg)  # unchanged now
        assert state(folder) == new and not debris(folder), f"killed at step {at} of {steps}"
    # The commit point lies inside the run: some kills keep the old state, later ones give the new.
    assert outcomes == {"old", "new"}


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_two_adds_of_one_id_at_once_store_one_source_and_refuse_the_other(tmp_path, web):
    web.pages = {"/a.html": ("text/html", HTML.format(n=1)), "/b.html": ("text/html", HTML.format(n=2))}
    web.delay = 0.5  # both runs are fetching at the same time
    runs = [cli("sources", "add", f"{web.url}/{page}.html", "--sources", str(tmp_path), "--id", "s") for page in "ab"]
    results = [(run.wait(timeout=60), *run.communicate()) for run in runs]
    assert sorted(code for code, _, _ in results) == [0, 2]
    (error,) = [err for code, _, err in results if code == 2]
    assert error.startswith("Error: ") and len(error.splitlines()) == 1
    assert "another factcheck run is changing this cache" in error or "exists already" in error
    (stored,) = state(tmp_path).values()
    winner = "ab"[[code for code, _, _ in results].index(0)]
    assert f"Berth {'12'['ab'.index(winner)]} closes" in stored and not debris(tmp_path)


def test_two_refreshes_at_once_keep_the_original_text_in_history(tmp_path, web):
    web.pages = {"/a.html": ("text/html", HTML.format(n=1))}
    cache.add_url(tmp_path, f"{web.url}/a.html", source_id="s", policy=FetchPolicy(retries=0))
    web.pages = {"/a.html": ("text/html", HTML.format(n=2))}
    web.delay = 0.5
    runs = [cli("sources", "refresh", "--sources", str(tmp_path)) for _ in range(2)]
    results = sorted((run.wait(timeout=60), *run.communicate()) for run in runs)
    assert [code for code, _, _ in results] == [0, 2] and results[0][1].startswith("changed   s:")
    assert "another factcheck run is changing this cache" in results[1][2]
    held = state(tmp_path)
    assert "Berth 2 closes" in held["s.md"]
    (kept,) = [text for name, text in held.items() if name.startswith(".history/s/")]
    assert "Berth 1 closes" in kept and not debris(tmp_path)
