"""Adding, refreshing and verifying sources, with httpx.MockTransport (no network)."""

import datetime as dt

import httpx
import pytest

from factcheck import load_corpus
from factcheck.corpus.cache import add_file, add_url, check_id, id_from, refresh, verify
from factcheck.corpus.fetching import FetchPolicy, make_client
from factcheck.errors import CacheError, FetchError, InputError, UnknownSourceError

from .conftest import write

FAST = FetchPolicy(retries=1, backoff=0.0)
HTML = (
    "<html><head><title>Flood update</title><script>x()</script></head><body><nav>Menu</nav>"
    "<article><p>The flood displaced 4,200 people.</p><p>Aid arrived on Monday.</p></article></body></html>"
)


class Site:
    """A mock web site whose pages tests can change."""

    def __init__(self):
        self.pages = {"/flood.html": ("text/html; charset=utf-8", HTML, '"v1"')}

    def handler(self, request):
        found = self.pages.get(request.url.path)
        if found is None:
            return httpx.Response(404)
        content_type, body, etag = found
        if etag and request.headers.get("if-none-match") == etag:
            return httpx.Response(304)
        return httpx.Response(200, text=body, headers={"content-type": content_type, "etag": etag})

    def client(self):
        return make_client(FAST, httpx.MockTransport(self.handler))


@pytest.fixture
def site():
    return Site()


def test_add_html_stores_main_text_with_provenance(tmp_path, site):
    stored = add_url(tmp_path, "https://news.test/flood.html", publisher="Relief Office", client=site.client())
    assert stored.id == "news.test-flood" and stored.path.name == "news.test-flood.md"
    (source,) = load_corpus(tmp_path).sources
    assert source.info.title == "Flood update" and source.info.publisher == "Relief Office"
    assert [p.text for p in source.passages] == ["The flood displaced 4,200 people.", "Aid arrived on Monday."]
    meta = stored.meta
    assert meta["url"] == "https://news.test/flood.html" and meta["etag"] == '"v1"'
    assert meta["content_type"] == "text/html" and isinstance(meta["retrieved"], dt.datetime)
    assert meta["retrieved"].tzinfo is not None and len(meta["raw_sha256"]) == 64
    assert source.info.sha256 == meta["sha256"] == source.info.recorded_sha256
    assert "Menu" not in stored.path.read_text() and "x()" not in stored.path.read_text()


def test_add_text_markdown_and_csv(tmp_path, site):
    site.pages["/notes.txt"] = ("text/plain", "Line one.\n\nLine two.", "")
    site.pages["/data.csv"] = ("text/csv", "year,count\n2020,5\n", "")
    add_url(tmp_path, "https://x.test/notes.txt", source_id="notes", client=site.client())
    stored = add_url(tmp_path, "https://x.test/data.csv", source_id="data", client=site.client())
    assert stored.path.suffix == ".csv" and stored.path.with_suffix(".toml").exists()
    corpus = load_corpus(tmp_path)
    assert corpus.get("notes").passages[1].text == "Line two."
    assert corpus.get("data").table is not None and corpus.get("data").info.url == "https://x.test/data.csv"


def test_pdf_and_unknown_types_are_refused_and_nothing_is_written(tmp_path, site):
    site.pages["/r.pdf"] = ("application/pdf", "%PDF-1.4", "")
    site.pages["/img"] = ("image/png", "png", "")
    with pytest.raises(FetchError, match="PDF is not supported"):
        add_url(tmp_path, "https://x.test/r.pdf", client=site.client())
    with pytest.raises(FetchError, match="image/png"):
        add_url(tmp_path, "https://x.test/img", client=site.client())
    assert list(tmp_path.iterdir()) == []


def test_failed_fetch_leaves_the_cache_as_it_was(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(FetchError, match="HTTP 404"):
        add_url(tmp_path, "https://news.test/missing.html", source_id="other", client=site.client())
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("bad", ["../escape", "a/b", "..", ".hidden", "", "x" * 200])
def test_ids_cannot_leave_the_folder(bad):
    with pytest.raises(CacheError, match="bad source id"):
        check_id(bad)


def test_ids_from_urls_and_files():
    assert id_from("https://www.justice.gov/opa/pr/some-release") == "www.justice.gov-some-release"
    assert id_from("report 2024.html") == "report-2024"


def test_an_existing_id_is_not_overwritten(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    with pytest.raises(CacheError, match="exists already"):
        add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())


def test_add_file_records_path_and_hash(tmp_path):
    src = write(tmp_path / "in", {"page.html": HTML, "table.csv": "year,n\n2020,1\n", "bad.txt": b"\xff"})
    out = tmp_path / "sources"
    out.mkdir()
    stored = add_file(out, src / "page.html", publisher="Relief Office")
    # Relative to the sources folder, so that the folder and its inputs can move together.
    assert stored.meta["file"] == "../in/page.html" and len(stored.meta["raw_sha256"]) == 64
    assert add_file(out, src / "table.csv").path.suffix == ".csv"
    with pytest.raises(InputError, match="not valid UTF-8"):
        add_file(out, src / "bad.txt")
    with pytest.raises(InputError, match="file not found"):
        add_file(out, src / "nope.txt")
    assert {s.info.id for s in load_corpus(out).sources} == {"page", "table"}


def test_refresh_unchanged_changed_failed_and_skipped(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    write(tmp_path, {"manual.md": "A source typed by hand."})
    results = {r.id: r for r in refresh(tmp_path, policy=FAST, client=site.client())}
    assert results["flood"].status == "unchanged" and "304" in results["flood"].detail
    assert results["manual"].status == "skipped"

    site.pages["/flood.html"] = ("text/html", HTML.replace("4,200", "5,100"), '"v2"')
    (result,) = refresh(tmp_path, ["flood"], policy=FAST, client=site.client())
    assert result.status == "changed" and "5,100" in result.detail and "4,200" in result.detail
    history = list((tmp_path / ".history" / "flood").iterdir())
    assert len(history) == 1 and "4,200" in history[0].read_text()
    assert "5,100" in (tmp_path / "flood.md").read_text()
    assert load_corpus(tmp_path).ids == ("flood", "manual")  # history is not a source

    site.pages.pop("/flood.html")
    before = (tmp_path / "flood.md").read_text()
    (result,) = refresh(tmp_path, ["flood"], policy=FAST, client=site.client())
    assert result.status == "failed" and "HTTP 404" in result.detail
    assert (tmp_path / "flood.md").read_text() == before


def test_refresh_unknown_id(tmp_path):
    with pytest.raises(UnknownSourceError, match="unknown source id 'nope'"):
        refresh(tmp_path, ["nope"])


def test_verify_catches_a_source_edited_by_hand(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    write(tmp_path, {"manual.md": "No record."})
    assert {r.id: r.status for r in verify(tmp_path)} == {"flood": "ok", "manual": "unrecorded"}
    path = tmp_path / "flood.md"
    path.write_text(path.read_text().replace("4,200", "4,300"))
    (edited,) = [r for r in verify(tmp_path) if r.id == "flood"]
    assert edited.status == "edited" and edited.recorded != edited.actual


def test_bundled_sources_match_their_records(root):
    assert {r.status for r in verify(root / "sources")} == {"ok"}


def test_an_interrupted_write_leaves_the_earlier_file_and_no_debris(tmp_path, monkeypatch):
    from factcheck import FactcheckError, files

    path = tmp_path / "s.md"
    path.write_text("earlier text")

    def interrupted(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(FactcheckError, match="cannot write"):
        files.write_atomically(path, "new text")
    assert path.read_text() == "earlier text" and [p.name for p in tmp_path.iterdir()] == ["s.md"]


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.iterdir() if p.is_file())


def test_refresh_keeps_a_sources_own_file_and_format(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    # A source kept as .txt, and one whose id is not its file's stem.
    (tmp_path / "flood.md").rename(tmp_path / "flood.txt")
    text = (tmp_path / "flood.txt").read_text().replace('id = "flood"', 'id = "flood-update"')
    (tmp_path / "flood.txt").write_text(text)
    site.pages["/flood.html"] = ("text/html", HTML.replace("4,200", "5,100"), '"v2"')
    (result,) = refresh(tmp_path, ["flood-update"], policy=FAST, client=site.client())
    assert result.status == "changed"
    assert _files(tmp_path) == ["flood.txt"] and "5,100" in (tmp_path / "flood.txt").read_text()
    assert load_corpus(tmp_path).ids == ("flood-update",)


def test_refresh_refuses_a_url_that_now_serves_another_format(tmp_path, site):
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    before = (tmp_path / "flood.md").read_text()
    site.pages["/flood.html"] = ("text/csv", "year,people\n2024,5100\n", '"v2"')
    (result,) = refresh(tmp_path, ["flood"], policy=FAST, client=site.client())
    assert result.status == "failed" and "now serves csv" in result.detail
    assert _files(tmp_path) == ["flood.md"] and (tmp_path / "flood.md").read_text() == before
    assert not (tmp_path / ".history").exists()


def test_refresh_refuses_a_table_the_folder_could_not_load(tmp_path, site):
    site.pages["/counts.csv"] = ("text/csv", "year,people\n2023,4200\n", '"v1"')
    add_url(tmp_path, "https://news.test/counts.csv", source_id="counts", client=site.client())
    before = {name: (tmp_path / name).read_text() for name in _files(tmp_path)}
    site.pages["/counts.csv"] = ("text/csv", "year,people\n2024,5100,extra\n", '"v2"')  # a ragged row
    (result,) = refresh(tmp_path, ["counts"], policy=FAST, client=site.client())
    assert result.status == "failed"
    assert {name: (tmp_path / name).read_text() for name in _files(tmp_path)} == before
    assert load_corpus(tmp_path).ids == ("counts",)


@pytest.mark.parametrize("page", ["/flood.html", "/counts.csv"])
def test_of_two_adds_of_one_id_the_second_fails_and_replaces_nothing(tmp_path, site, monkeypatch, page):
    import factcheck.corpus.cache as cache

    site.pages["/counts.csv"] = ("text/csv", "year,people\n2023,4200\n", '"v1"')
    add_url(tmp_path, f"https://news.test{page}", source_id="s", client=site.client())
    before = {name: (tmp_path / name).read_text() for name in _files(tmp_path)}
    # The second run checked for the id before the first had written it: the write itself refuses.
    monkeypatch.setattr(cache, "existing", lambda directory, source_id: None)
    with pytest.raises(InputError, match="exists already"):
        add_url(tmp_path, f"https://news.test{page}", source_id="s", client=site.client())
    assert {name: (tmp_path / name).read_text() for name in _files(tmp_path)} == before


def test_history_entries_never_overwrite_one_another(tmp_path, site, monkeypatch):
    import factcheck.corpus.cache as cache

    fixed = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(cache, "_now", lambda: fixed)  # two refreshes within one second
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    for n, figure in enumerate(("5,100", "6,300"), 2):
        site.pages["/flood.html"] = ("text/html", HTML.replace("4,200", figure), f'"v{n}"')
        (result,) = refresh(tmp_path, ["flood"], policy=FAST, client=site.client())
        assert result.status == "changed"
    kept = [p.read_text() for p in (tmp_path / ".history" / "flood").iterdir()]
    assert len(kept) == 2 and sum("4,200" in k for k in kept) == 1 and sum("5,100" in k for k in kept) == 1


def test_a_cache_another_run_is_changing_is_refused_and_left_alone(tmp_path, site):
    import os

    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    assert not (tmp_path / ".lock").exists()  # released after the run
    (tmp_path / ".lock").write_text(f"{os.getpid()}\n")  # a live run holds it
    before = {name: (tmp_path / name).read_text() for name in _files(tmp_path)}
    site.pages["/flood.html"] = ("text/html", HTML.replace("4,200", "5,100"), '"v2"')
    with pytest.raises(CacheError, match="another factcheck run is changing this cache"):
        refresh(tmp_path, ["flood"], policy=FAST, client=site.client())
    with pytest.raises(CacheError, match="another factcheck run"):
        add_url(tmp_path, "https://news.test/flood.html", source_id="other", client=site.client())
    assert {name: (tmp_path / name).read_text() for name in _files(tmp_path)} == before


def test_a_lock_left_by_a_run_that_died_is_taken_over(tmp_path, site):
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / ".lock").write_text(gone.stdout)  # that process has ended
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    assert load_corpus(tmp_path).ids == ("flood",) and not (tmp_path / ".lock").exists()


def test_a_lock_still_being_written_is_held_and_an_old_empty_one_taken_over(tmp_path, site):
    import os

    from factcheck.corpus import journal

    # A run makes the lock, then writes its pid into it: in between, the lock is empty, and
    # taking it over then let two runs apply one update at once.
    (tmp_path / ".lock").write_text("")
    with pytest.raises(CacheError, match="another factcheck run is changing this cache"):
        add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    old = os.stat(tmp_path / ".lock").st_mtime - journal.UNWRITTEN_LOCK_SECONDS - 1
    os.utime(tmp_path / ".lock", (old, old))  # a run that died before writing its pid
    add_url(tmp_path, "https://news.test/flood.html", source_id="flood", client=site.client())
    assert load_corpus(tmp_path).ids == ("flood",) and not (tmp_path / ".lock").exists()


def _counts(tmp_path, site):
    site.pages["/counts.csv"] = ("text/csv", "year,people\n2023,4200\n", '"v1"')
    add_url(tmp_path, "https://news.test/counts.csv", source_id="counts", client=site.client())
    site.pages["/counts.csv"] = ("text/csv", "year,people\n2023,4200\n2024,5100\n", '"v2"')


def _refresh_cut_short(tmp_path, site, monkeypatch, at):
    """Refresh the counts table (see _counts), stopped (as a kill would stop it) before the `at`-th rename of
    its update: the first is the journal's (the commit point), then the sidecar's and the table's."""
    from factcheck.corpus import journal

    real, calls = journal.os.replace, []

    def replace(*args):
        calls.append(args)
        if len(calls) == at:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(journal.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        refresh(tmp_path, ["counts"], policy=FAST, client=site.client())
    monkeypatch.undo()


def test_an_update_cut_short_after_its_commit_is_named_by_verify_and_completed_by_refresh(tmp_path, site, monkeypatch):

    _counts(tmp_path, site)
    _refresh_cut_short(tmp_path, site, monkeypatch, 3)  # between the sidecar and the table
    assert [(v.id, v.status) for v in verify(tmp_path)] == [("counts", "interrupted")]
    assert "2024,5100" not in (tmp_path / "counts.csv").read_text()  # half-applied on disk
    (result,) = refresh(tmp_path, ["counts"], policy=FAST, client=site.client())
    assert (result.status, result.detail) == ("repaired", "an interrupted update completed; then 304 not modified")
    assert [v.status for v in verify(tmp_path)] == ["ok"] and "2024,5100" in (tmp_path / "counts.csv").read_text()
    assert len(list((tmp_path / ".history" / "counts").iterdir())) == 2  # the earlier table and its sidecar


def test_a_reader_completes_an_update_cut_short_after_its_commit(tmp_path, site, monkeypatch):
    from factcheck.corpus import journal

    _counts(tmp_path, site)
    _refresh_cut_short(tmp_path, site, monkeypatch, 3)
    (table,) = load_corpus(tmp_path).sources
    assert len(table.passages) == 2 and not (tmp_path / journal.JOURNAL).exists()
    assert [v.status for v in verify(tmp_path)] == ["ok"]


def test_an_update_cut_short_before_its_commit_never_happened(tmp_path, site, monkeypatch):

    _counts(tmp_path, site)
    before = {name: (tmp_path / name).read_text() for name in _files(tmp_path)}
    _refresh_cut_short(tmp_path, site, monkeypatch, 1)  # the journal's own rename
    assert [v.status for v in verify(tmp_path)] == ["ok"]
    assert {name: (tmp_path / name).read_text() for name in _files(tmp_path)} == before
    (result,) = refresh(tmp_path, ["counts"], policy=FAST, client=site.client())
    assert result.status == "changed"
    leftovers = [p.name for p in tmp_path.rglob(".*") if p.is_file()]
    assert leftovers == []  # the staged files of the run that died were dropped


def test_a_reader_refuses_an_update_it_cannot_complete(tmp_path, site, monkeypatch):

    _counts(tmp_path, site)
    _refresh_cut_short(tmp_path, site, monkeypatch, 3)
    staged = next(tmp_path.glob(".counts.csv.*"))
    staged.unlink()  # the staged table is gone: the update cannot be finished
    with pytest.raises(CacheError, match=r"interrupted update of counts cannot be completed: \.counts\.csv\."):
        load_corpus(tmp_path)


def test_refresh_replaces_a_table_edited_by_hand_and_keeps_the_edit(tmp_path, site):
    _counts(tmp_path, site)
    (tmp_path / "counts.csv").write_text("year,people\n2023,9999\n")
    assert [v.status for v in verify(tmp_path)] == ["edited"]
    (result,) = refresh(tmp_path, ["counts"], policy=FAST, client=site.client())
    assert result.status == "changed"  # fetched whole: the recorded etag describes another text
    assert [v.status for v in verify(tmp_path)] == ["ok"] and "2024,5100" in (tmp_path / "counts.csv").read_text()
    kept = [p.read_text() for p in (tmp_path / ".history" / "counts").glob("*.csv")]
    assert kept == ["year,people\n2023,9999\n"]
