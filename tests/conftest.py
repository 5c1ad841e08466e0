"""Shared fixtures: the repository root, the seed corpus and a corpus that is not the seed's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _user_cache(tmp_path_factory, monkeypatch):
    """Readings that cannot be kept beside their sources go to a temporary user cache, not ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    """The bundled sources of the seed case."""
    return load_corpus(ROOT / "sources")


@pytest.fixture(scope="session")
def cyclone() -> Corpus:
    """A fictional event with two documents and a table: nothing in it is the seed's."""
    return load_corpus(FIXTURES / "cyclone")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the repository's claims and sources, as the working directory."""
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    # Not the readings a run here kept (.factcheck): a copy starts as a fresh checkout does.
    shutil.copytree(ROOT / "sources", tmp_path / "sources", ignore=shutil.ignore_patterns(".factcheck"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(directory: Path, files: dict[str, str | bytes]) -> Path:
    """Write files into a folder and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return directory


def one_table(directory: Path, name: str, csv: str, title: str, sidecar: str = ""):
    """A sources folder holding one table; a function giving the finding for a claim checked against it."""
    from factcheck import Claim, load_corpus, verify_claim

    write(directory, {f"{name}.csv": csv, f"{name}.toml": f'title = "{title}"\n{sidecar}'})
    corpus = load_corpus(directory)
    return lambda text: verify_claim(Claim("c", text), corpus)


class Web:
    """A web site on 127.0.0.1 whose pages a test sets: path -> (content type, body)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.pages: dict[str, tuple[str, str]] = {}
        self.delay = 0.0  # seconds before each answer, to make two runs overlap


@pytest.fixture
def web():
    """A real HTTP server on 127.0.0.1 for the length of a test (child processes can reach it)."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    site = Web("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(site.delay)
            content_type, body = site.pages.get(self.path, ("text/plain", ""))
            data = body.encode()
            self.send_response(200 if self.path in site.pages else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    site.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield site
    httpd.shutdown()
    httpd.server_close()
