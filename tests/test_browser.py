"""The HTML report of the seed case in a real headless browser (Debian's chromium, which .ci/run
installs): the page it builds holds every claim with its verdict in words, and the screenshot it
takes is the size asked for and not blank. Where no browser is installed the test is skipped,
saying so; in CI (CI set) a missing browser is a failure."""

import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# As root in a container, with no network: no sandbox, no GPU, no calls home.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _browser() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        message = "no headless browser installed here (Debian's chromium package); .ci/run installs it for CI"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.findings = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "li" and "finding" in (dict(attrs).get("class") or ""):
            self.findings += 1

    def handle_data(self, data):
        self.text.append(data)


def _run(browser: str, profile, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_seed_report_renders_in_a_headless_browser(project, tmp_path):
    browser = _browser()
    result = CliRunner().invoke(app, ["check", "--format", "html", "--output", "report.html"])
    assert result.exit_code == 0, result.output
    page = (project / "report.html").resolve().as_uri()

    dumped = _run(browser, tmp_path / "profile", "--dump-dom", page)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = _Dom()
    dom.feed(dumped.stdout)
    text = "".join(dom.text)
    assert dom.findings == 20
    assert text.count("✗ disputed") >= 2 and text.count("? unverifiable") >= 2 and text.count("✓ supported") >= 16
    assert "Deputy Attorney General" in text  # rosen-title's explanation, as the page shows it

    from PIL import Image

    for width, height in ((1000, 1400), (390, 844)):  # a desktop window and a phone's
        shot = tmp_path / f"shot-{width}.png"
        taken = _run(browser, tmp_path / "profile", f"--window-size={width},{height}", f"--screenshot={shot}", page)
        assert taken.returncode == 0 and shot.is_file(), taken.stderr[-2000:]
        with Image.open(shot) as image:
            assert image.size == (width, height)
            rgb = image.convert("RGB").tobytes()
            pixels = [tuple(rgb[i : i + 3]) for i in range(0, len(rgb), 3)]
            inked = sum(1 for r, g, b in pixels if r + g + b < 600)
            coloured = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)
        # Text covers a good part of the page, and the verdicts' colours show (never alone: words too).
        assert inked > width * height // 50, inked
        assert coloured > 100, coloured
