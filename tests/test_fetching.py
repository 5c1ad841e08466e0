"""Fetching under the policy, with httpx.MockTransport: no test touches the network."""

import httpx
import pytest

from factcheck.corpus.fetching import FetchPolicy, fetch, make_client
from factcheck.errors import FetchError

FAST = FetchPolicy(retries=2, backoff=0.0, max_bytes=1000)


def client(handler, policy=FAST):
    return make_client(policy, httpx.MockTransport(handler))


def page(text="<p>Hello there.</p>", status=200, **headers):
    return httpx.Response(status, text=text, headers={"content-type": "text/html; charset=utf-8", **headers})


def test_plain_fetch_records_what_came_back():
    seen = {}

    def handler(request):
        seen["ua"] = request.headers["user-agent"]
        return page(etag='"v1"', **{"last-modified": "Tue, 22 Sep 2020 10:00:00 GMT"})

    got = fetch("https://example.test/a", FAST, client(handler))
    assert (got.status, got.content_type, got.etag, got.charset) == (200, "text/html", '"v1"', "utf-8")
    assert got.last_modified.startswith("Tue") and got.raw == b"<p>Hello there.</p>"
    assert seen["ua"].startswith("factcheck/")


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.test/x", "example.test/page", "data:text/plain,hi"]
)
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match=r"only http and https|no host"):
        fetch(url, FAST, client(lambda r: page()))


def test_redirects_are_followed_and_recorded():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return page()

    got = fetch("https://example.test/old", FAST, client(handler))
    assert got.final_url == "https://example.test/new" and got.url == "https://example.test/old"


def test_redirect_loop_and_too_many_redirects():
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(
            "https://example.test/a",
            FAST,
            client(lambda r: httpx.Response(302, headers={"location": "/b" if r.url.path == "/a" else "/a"})),
        )
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(
            "https://example.test/0",
            FAST,
            client(lambda r: httpx.Response(302, headers={"location": f"/{int(r.url.path[1:]) + 1}"})),
        )


def test_redirect_to_another_scheme_is_refused():
    with pytest.raises(FetchError, match="not http or https"):
        fetch(
            "https://example.test/a",
            FAST,
            client(lambda r: httpx.Response(302, headers={"location": "file:///etc/passwd"})),
        )


def test_size_cap_while_streaming_and_by_declared_length():
    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetch("https://example.test/big", FAST, client(lambda r: page("x" * 5000)))

    def streamed(request):  # no content-length: the cap holds while reading
        return httpx.Response(200, headers={"content-type": "text/plain"}, stream=httpx.ByteStream(b"y" * 5000))

    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetch("https://example.test/big", FAST, client(streamed))


@pytest.mark.parametrize(("status", "message"), [(404, "HTTP 404"), (500, "HTTP 500 after retries"), (429, "HTTP 429")])
def test_http_errors(status, message):
    with pytest.raises(FetchError, match=message):
        fetch("https://example.test/x", FAST, client(lambda r: page(status=status)))


def test_retries_with_backoff_then_success():
    calls = []

    def handler(request):
        calls.append(1)
        return page(status=503) if len(calls) < 3 else page()

    assert fetch("https://example.test/x", FAST, client(handler)).status == 200
    assert len(calls) == 3


def test_retries_are_bounded():
    calls = []

    def handler(request):
        calls.append(1)
        return page(status=502)

    with pytest.raises(FetchError):
        fetch("https://example.test/x", FAST, client(handler))
    assert len(calls) == FAST.retries + 1


def test_timeouts_and_connection_errors_are_retried_then_reported():
    calls = []

    def handler(request):
        calls.append(1)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="timed out after 3 attempts"):
        fetch("https://example.test/x", FAST, client(handler))
    assert len(calls) == 3

    def refused(request):
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(FetchError, match="could not connect"):
        fetch("https://example.test/x", FAST, client(refused))


def test_conditional_request_and_304():
    def handler(request):
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return page(etag='"v1"')

    got = fetch("https://example.test/x", FAST, client(handler), etag='"v1"')
    assert got.not_modified and got.raw == b""


@pytest.mark.parametrize("url", ["https://user:secret@example.test/a", "https://token@example.test/a"])
def test_a_url_with_credentials_is_refused_and_never_repeated(url):
    with pytest.raises(FetchError) as raised:
        fetch(url, FAST, client(lambda r: page()))
    assert "secret" not in str(raised.value) and "token" not in str(raised.value)
    assert "user name or password" in str(raised.value) and "***@example.test" in str(raised.value)


def test_a_url_with_credentials_leaves_no_file(tmp_path):
    from factcheck.corpus.cache import add_url

    with pytest.raises(FetchError):
        add_url(tmp_path, "https://user:secret@example.test/a.html", client=client(lambda r: page()))
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_without_a_location_is_an_error_not_an_empty_source():
    with pytest.raises(FetchError, match="redirect without a Location"):
        fetch("https://example.test/a", FAST, client(lambda r: httpx.Response(301)))


def test_an_invalid_url_on_the_way_is_a_fetch_error():
    def handler(request):
        raise httpx.InvalidURL("bad")

    with pytest.raises(FetchError, match="invalid URL"):
        fetch("https://example.test/a", FAST, client(handler))


def test_a_server_that_trickles_bytes_meets_the_overall_deadline():
    import time

    class Trickle(httpx.SyncByteStream):
        def __iter__(self):
            for _ in range(1000):
                time.sleep(0.01)
                yield b"x"

    def handler(request):
        return httpx.Response(200, headers={"content-type": "text/plain"}, stream=Trickle())

    policy = FetchPolicy(retries=0, backoff=0.0, deadline=0.05)
    with pytest.raises(FetchError, match="overall deadline"):  # the whole body would take 10 s
        fetch("https://example.test/slow", policy, client(handler, policy))
