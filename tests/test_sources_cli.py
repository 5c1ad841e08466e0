"""`factcheck sources ...` end to end, against a real HTTP server on 127.0.0.1 started here."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
PAGE = "<html><head><title>Port notice</title></head><body><article><p>Berth 4 closes on {day}.</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict] = {}

    def do_GET(self):
        if self.path == "/loop":
            return self._send(302, b"", {"Location": "/loop"})
        if self.path == "/slow":
            time.sleep(1.0)
            return self._send(200, b"late", {"Content-Type": "text/plain"})
        if self.path == "/error":
            return self._send(500, b"oops", {"Content-Type": "text/plain"})
        if self.path not in self.pages:
            return self._send(404, b"not here", {"Content-Type": "text/plain"})
        body, etag = self.pages[self.path]
        if self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", {"ETag": etag})
        return self._send(200, body.encode(), {"Content-Type": "text/html; charset=utf-8", "ETag": etag})

    def _send(self, status, body, headers):
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that stops reading an oversized body on purpose is no error here


@pytest.fixture
def server():
    Handler.pages = {
        "/notice.html": (PAGE.format(day="Monday"), '"1"'),
        "/large.html": ("<p>" + "word " * 200 + "</p>", '"L"'),
    }
    httpd = Server(("127.0.0.1", 0), Handler)
    # A short poll keeps shutdown() to milliseconds (the default polls every half second).
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path / "sources"


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_add_change_refresh_and_verify(server, cache):
    result = runner.invoke(
        app, ["sources", "add", f"{server}/notice.html", "--id", "notice", "--publisher", "Port Authority"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added notice:") and (cache / "notice.md").exists()

    listed = runner.invoke(app, ["sources", "list", "--format", "json"])
    (entry,) = json.loads(listed.stdout)
    assert entry["id"] == "notice" and entry["title"] == "Port notice" and entry["url"].endswith("/notice.html")
    assert entry["retrieved"] and len(entry["sha256"]) == 64
    assert "Port notice" in runner.invoke(app, ["sources", "list"]).stdout
    shown = runner.invoke(app, ["sources", "show", "notice"]).stdout
    assert "[paragraph 1] Berth 4 closes on Monday." in shown and f"url: {server}/notice.html" in shown

    unchanged = runner.invoke(app, ["sources", "refresh"])
    assert unchanged.exit_code == 0 and unchanged.stdout.startswith("unchanged notice: 304")

    Handler.pages["/notice.html"] = (PAGE.format(day="Friday"), '"2"')
    changed = runner.invoke(app, ["sources", "refresh", "notice"])
    assert changed.exit_code == 0 and changed.stdout.startswith("changed   notice:")
    assert "Friday" in changed.stdout and "Monday" in changed.stdout and ".history" in changed.stdout
    (kept,) = (cache / ".history" / "notice").iterdir()
    assert "Monday" in kept.read_text() and "Friday" in (cache / "notice.md").read_text()

    assert runner.invoke(app, ["sources", "verify"]).exit_code == 0
    path = cache / "notice.md"
    path.write_text(path.read_text().replace("Friday", "Sunday"))
    verified = runner.invoke(app, ["sources", "verify"])
    assert verified.exit_code == 1 and verified.stdout.startswith("edited      notice: recorded")


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/missing.html", [], "HTTP 404"),
        ("/error", ["--retries", "0"], "HTTP 500"),
        ("/slow", ["--timeout", "0.2", "--retries", "0"], "timed out"),
        ("/loop", [], "redirect loop"),
        ("/large.html", ["--max-bytes", "100"], "100-byte limit"),
    ],
)
def test_fetch_failures_are_one_line_exit_2_and_change_nothing(server, cache, path, options, message):
    runner.invoke(app, ["sources", "add", f"{server}/notice.html", "--id", "notice"])
    before = snapshot(cache)
    result = runner.invoke(app, ["sources", "add", f"{server}{path}", "--id", "other", *options])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert snapshot(cache) == before


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_other_schemes_are_refused(cache, url):
    result = runner.invoke(app, ["sources", "add", url])
    assert result.exit_code == 2 and "only http and https" in result.stderr and snapshot(cache) == {}


def test_refresh_failure_keeps_the_source_and_exits_1(server, cache):
    runner.invoke(app, ["sources", "add", f"{server}/notice.html", "--id", "notice"])
    before = snapshot(cache)
    Handler.pages.pop("/notice.html")
    result = runner.invoke(app, ["sources", "refresh", "--retries", "0"])
    assert result.exit_code == 1 and result.stdout.startswith("failed    notice:") and "HTTP 404" in result.stdout
    assert snapshot(cache) == before


def test_add_a_local_file_and_bad_ids(cache, tmp_path):
    (tmp_path / "page.txt").write_text("Berth 4 closes on Monday.\n")
    assert runner.invoke(app, ["sources", "add", str(tmp_path / "page.txt"), "--id", "berth"]).exit_code == 0
    assert runner.invoke(app, ["sources", "show", "berth"]).stdout.count("[paragraph 1]") == 1
    bad = runner.invoke(app, ["sources", "add", str(tmp_path / "page.txt"), "--id", "../../evil"])
    assert bad.exit_code == 2 and "bad source id" in bad.stderr and not (tmp_path.parent / "evil.md").exists()
    unknown = runner.invoke(app, ["sources", "show", "nope"])
    assert unknown.exit_code == 2 and unknown.stderr.startswith("Error: unknown source id")
    refresh_unknown = runner.invoke(app, ["sources", "refresh", "nope"])
    assert refresh_unknown.exit_code == 2
