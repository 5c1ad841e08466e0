"""Fetching a source over HTTP with httpx, under an explicit policy: schemes, timeouts,
redirects, a size cap, retries with backoff, and conditional requests."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError, OptionError
from ..version import tool_version

ALLOWED_SCHEMES = ("http", "https")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchPolicy:
    """How a fetch may behave; every default can be overridden."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 10_000_000
    retries: int = 3  # further attempts after the first, on 429, 5xx and connection errors
    deadline: float = 300.0  # seconds for a whole download: a server sending a byte a second ends
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    user_agent: str = field(default_factory=lambda: f"factcheck/{tool_version()} (source cache)")

    def __post_init__(self) -> None:
        """Refuse values no fetch can work with: a timeout that is not a positive number, a negative count."""
        for name in ("connect_timeout", "read_timeout", "backoff", "deadline"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0 or (value == 0 and name != "backoff"):
                raise OptionError(f"{name.replace('_', ' ')} must be a positive number of seconds, not {value}")
        for name in ("max_redirects", "max_bytes", "retries"):
            if getattr(self, name) < 0:
                raise OptionError(f"{name.replace('_', ' ')} must not be negative, not {getattr(self, name)}")


@dataclass(frozen=True)
class Fetched:
    """What a fetch brought back (raw bytes, before any extraction)."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    etag: str
    last_modified: str
    raw: bytes

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


def check_url(url: str) -> None:
    """Refuse anything but an absolute http or https URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(url, f"only http and https URLs can be fetched, not {parts.scheme or 'a bare path'}:")
    if not parts.netloc:
        raise FetchError(url, "the URL has no host")
    if "@" in parts.netloc:
        # Every source's URL is stored and printed: a password in it would be too.
        raise FetchError(url, "the URL carries a user name or password, which factcheck would store; it takes none")


def make_client(policy: FetchPolicy, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client with the policy's timeouts and user agent; redirects are followed by hand."""
    timeout = httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout)
    return httpx.Client(
        timeout=timeout, follow_redirects=False, transport=transport, headers={"User-Agent": policy.user_agent}
    )


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    client: httpx.Client | None = None,
    etag: str = "",
    last_modified: str = "",
    progress: object = None,
) -> Fetched:
    """GET a URL under the policy (conditionally, given an etag or last-modified); raise FetchError."""
    policy = policy or FetchPolicy()
    check_url(url)
    own = client is None
    client = client or make_client(policy)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        for attempt in range(policy.retries + 1):
            try:
                result = _follow(client, url, headers, policy, progress)
            except httpx.InvalidURL as exc:
                raise FetchError(url, f"an invalid URL on the way: {exc}") from None
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt == policy.retries:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "could not connect"
                    raise FetchError(url, f"{kind} after {attempt + 1} attempts ({exc.__class__.__name__})") from None
            else:
                if result.status not in RETRY_STATUSES or attempt == policy.retries:
                    break
            time.sleep(policy.backoff * 2**attempt)
    finally:
        if own:
            client.close()
    if result.status == 304:
        return result
    if result.status >= 400:
        raise FetchError(url, f"HTTP {result.status}" + (" after retries" if result.status in RETRY_STATUSES else ""))
    return result


def _follow(client: httpx.Client, url: str, headers: dict[str, str], policy: FetchPolicy, progress: object) -> Fetched:
    seen = {url}
    current = url
    for _ in range(policy.max_redirects + 1):
        with client.stream("GET", current, headers=headers) as response:
            location = response.headers.get("location", "")
            if response.status_code in _REDIRECTS and not location:
                raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
            if response.status_code in _REDIRECTS:
                nxt = urljoin(current, location)
                if urlsplit(nxt).scheme.lower() not in ALLOWED_SCHEMES:
                    raise FetchError(url, f"redirected to a URL that is not http or https: {nxt}")
                if nxt in seen:
                    raise FetchError(url, f"redirect loop at {nxt}")
                seen.add(nxt)
                current = nxt
                continue
            raw = b""
            if response.status_code < 300:
                raw = _read_capped(response, policy.max_bytes, url, progress, time.monotonic() + policy.deadline)
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                charset=response.charset_encoding,
                etag=response.headers.get("etag", ""),
                last_modified=response.headers.get("last-modified", ""),
                raw=raw,
            )
    raise FetchError(url, f"more than {policy.max_redirects} redirects")


def _read_capped(response: httpx.Response, limit: int, url: str, progress: object, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(url, f"the body is {int(declared):,} bytes, over the {limit:,}-byte limit")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(url, f"the body is over the {limit:,}-byte limit")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            # The read timeout is per read: a server that trickles bytes would never time out.
            raise FetchError(url, "the download took longer than its overall deadline")
        if callable(progress):
            progress(size, int(declared) if declared and declared.isdigit() else None)
    return b"".join(chunks)
