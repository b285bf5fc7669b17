"""The link checker: does each published resource's link still answer?

Standard library only. Each URL gets a HEAD request; when the server answers HEAD with an
HTTP error (many answer 403, 405 or 501 to HEAD) or breaks the protocol, it is asked once more
with GET, of which at most a few KB are read. Redirects are followed. A link works when the
final status is below 400; anything else is broken: an HTTP error, a redirect loop, a timeout,
a DNS, connection or TLS failure (these last have no status).

check_resources() records the outcome on each resource with QuerySet.update(), on purpose:
a link check is not an edit, so it leaves no entry in the resource's change history.
"""

import http.client
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone

from .models import Resource

USER_AGENT = (
    "EPRM-Due-Diligence-Hub-LinkChecker/1.0 (+https://europeanpartnership-responsibleminerals.eu)"
)
DEFAULT_TIMEOUT = 10.0  # seconds, per request
DEFAULT_CONCURRENCY = 8  # worker threads
GET_READ_LIMIT = 4096  # bytes of a GET answer read before the connection is closed
SCHEMES = ("http", "https")


@dataclass(frozen=True)
class LinkResult:
    url: str
    ok: bool
    status: int | None  # the final HTTP status; None when no HTTP answer came
    error: str = ""  # empty when ok; otherwise "HTTP 404", "timeout", "dns error"…


class _Failure(Exception):
    """A request that got no usable answer: kind is what the summary shows."""

    def __init__(self, kind, status=None, retry_with_get=False):
        super().__init__(kind)
        self.kind = kind
        self.status = status
        self.retry_with_get = retry_with_get


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects without turning a HEAD into a GET (urllib does that by default)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"
        return new


def _opener():
    # Only HTTP(S): no file:, ftp: or data: handlers, so a redirect cannot lead there.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _RedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _ascii_url(url):
    """The URL as http.client can send it: IDNA host, percent-encoded non-ASCII path."""
    if url.isascii():
        return url
    parts = urllib.parse.urlsplit(url)
    try:
        netloc = parts.netloc.encode("idna").decode("ascii")
    except UnicodeError:
        netloc = parts.netloc  # fails later as an invalid URL
    safe = "/%:@!$&'()*+,;=?~[]"
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            urllib.parse.quote(parts.path, safe=safe),
            urllib.parse.quote(parts.query, safe=safe),
            urllib.parse.quote(parts.fragment, safe=safe),
        )
    )


# What each kind of failure is called, the first that the error is an instance of (so a
# subclass comes before its base), and whether a GET is worth trying after a failed HEAD.
_FAILURES = (
    (http.client.HTTPException, "protocol error", True),  # bad status line, remote disconnected…
    (TimeoutError, "timeout", False),
    (ssl.SSLCertVerificationError, "tls certificate error", False),
    (ssl.SSLError, "tls error", False),
    (socket.gaierror, "dns error", False),
    (ConnectionRefusedError, "connection refused", False),
    (OSError, "connection error", False),
    (ValueError, "invalid url", False),  # malformed URL, control characters, bad port…
)


def _classify(error):
    """The _Failure for an exception raised while opening or reading a URL."""
    if isinstance(error, urllib.error.HTTPError):
        error.close()
        if error.code >= 400:
            return _Failure(f"HTTP {error.code}", status=error.code, retry_with_get=True)
        # A 3xx that could not be followed: a redirect loop or one without a location.
        return _Failure("redirect error", status=error.code)
    if isinstance(error, urllib.error.URLError):
        if not isinstance(error.reason, BaseException):
            if str(error.reason).startswith("unknown url type"):
                return _Failure("unsupported scheme")
            return _Failure("connection error")
        error = error.reason
    for kind, reason, retry_with_get in _FAILURES:
        if isinstance(error, kind):
            return _Failure(reason, retry_with_get=retry_with_get)
    return _Failure(f"error ({type(error).__name__})")


def _request(url, method, timeout):
    """The final HTTP status of a successful request; raises _Failure otherwise."""
    request = urllib.request.Request(
        url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            if method == "GET":
                response.read(GET_READ_LIMIT)
            return response.status
    except Exception as error:
        raise _classify(error) from error


def check_url(url, timeout=DEFAULT_TIMEOUT):
    """Check one URL: HEAD, then GET once if HEAD met an HTTP error or a protocol error."""
    if urllib.parse.urlsplit(url).scheme.lower() not in SCHEMES:
        return LinkResult(url, ok=False, status=None, error="unsupported scheme")
    target = _ascii_url(url)
    try:
        try:
            status = _request(target, "HEAD", timeout)
        except _Failure as failure:
            if not failure.retry_with_get:
                raise
            status = _request(target, "GET", timeout)
    except _Failure as failure:
        return LinkResult(url, ok=False, status=failure.status, error=failure.kind)
    ok = status < 400
    return LinkResult(url, ok=ok, status=status, error="" if ok else f"HTTP {status}")


def check_urls(urls, timeout=DEFAULT_TIMEOUT, concurrency=DEFAULT_CONCURRENCY):
    """Yield a LinkResult for each URL as it completes, at most `concurrency` at a time."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="linkcheck") as pool:
        futures = [pool.submit(check_url, url, timeout) for url in urls]
        for future in as_completed(futures):
            yield future.result()


def check_resources(resources, timeout=DEFAULT_TIMEOUT, concurrency=DEFAULT_CONCURRENCY):
    """Check the link of each resource of a queryset and record the outcome on it.

    Returns [(resource, LinkResult)] in the queryset's order. Each outcome is saved as soon as
    it is known (from this thread: the workers only make HTTP requests), so an interrupted run
    keeps what it found.
    """
    resources = list(resources.only("pk", "title", "url"))
    by_url = {resource.url: resource for resource in resources}
    results = {}
    for result in check_urls(by_url, timeout=timeout, concurrency=concurrency):
        resource = by_url[result.url]
        results[resource.pk] = result
        _record(resource.pk, result)
    return [(resource, results[resource.pk]) for resource in resources]


def _record(pk, result):
    """Save a check's outcome. A link status that changes moves the resource's version
    forward, in the same statement: the admin form holds the status, so a page opened before
    it goes stale rather than putting the old status back (eprm_hub/versions.py). A check is
    no edit: it leaves no entry in the change history."""
    status = Resource.LinkStatus.OK if result.ok else Resource.LinkStatus.BROKEN
    checked = {"link_http_status": result.status, "link_checked_at": timezone.now()}
    rows = Resource.objects.filter(pk=pk)
    if not rows.exclude(link_status=status).update(
        link_status=status, version=F("version") + 1, **checked
    ):
        rows.update(**checked)
