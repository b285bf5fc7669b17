"""manage.py check_links, against a real HTTP server on 127.0.0.1 (never the internet)."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from eprm_hub.models import ResourceType
from resources import linkcheck
from resources.models import Resource

SLOW_SECONDS = 0.25  # how long /slow/… holds a request (the concurrency test)
HANG_SECONDS = 1.0  # how long /hang waits before answering (the timeout test uses 0.3 s)


class Handler(BaseHTTPRequestHandler):
    """The routes the tests point resources at. The server keeps a log of what it saw."""

    def do_HEAD(self):
        self.answer(send_body=False)

    def do_GET(self):
        self.answer(send_body=True)

    def answer(self, send_body):
        server = self.server
        self.counted_out = False
        with server.lock:
            server.seen.append((self.command, self.path, self.headers.get("User-Agent")))
            server.active += 1
            server.max_active = max(server.max_active, server.active)
        try:
            self.route(send_body)
        finally:
            self.done()

    def done(self):
        """No longer active: called before the answer is sent, since the client may send its
        next request as soon as it has the answer, before this thread runs on (under load)."""
        if not self.counted_out:
            self.counted_out = True
            with self.server.lock:
                self.server.active -= 1

    def route(self, send_body):
        path = self.path
        if path == "/no-head" and self.command == "HEAD":
            self.reply(405, send_body)
        elif path == "/big" and self.command == "HEAD":
            self.reply(501, send_body)
        elif path == "/big":
            self.stream_big_body()
        elif path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/hang":
            time.sleep(HANG_SECONDS)
            self.reply(200, send_body)
        elif path.startswith("/slow/"):
            time.sleep(SLOW_SECONDS)
            self.done()
            self.reply(200, send_body)
        elif path in ("/ok", "/no-head") or path.startswith("/page/"):
            self.reply(200, send_body)
        else:
            self.reply(404, send_body)

    def reply(self, status, send_body):
        body = f"<p>{status}</p>".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def stream_big_body(self):
        """64 MB, far more than socket buffers hold: it all goes out only if the client reads it."""
        chunk, chunks = b"x" * 65536, 1024
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(chunk) * chunks))
        self.end_headers()
        sent = 0
        try:
            for _ in range(chunks):
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        self.server.big_body_sent = sent

    def log_message(self, format, *args):  # keep the test output clean
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.seen = []
        self.active = 0
        self.max_active = 0
        self.big_body_sent = None

    def url(self, path):
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def methods(self, path):
        return [method for method, seen_path, _ in self.seen if seen_path == path]

    def handle_error(self, request, client_address):
        pass  # the client gave up (timeout test, TLS test): not worth a traceback


@pytest.fixture
def server(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = Server()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 that is bound but not listening: connecting is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


def make_resource(title, url, status=Resource.Status.PUBLISHED):
    return Resource.objects.create(
        title=title,
        url=url,
        summary="A resource whose link the tests check.",
        resource_type=ResourceType.objects.get(slug="guidance"),
        status=status,
    )


def run_check(*args):
    out = StringIO()
    call_command("check_links", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_working_page_is_ok_with_its_status_and_only_head_is_sent(server):
    resource = make_resource("Working page", server.url("/ok"))

    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.OK
    assert resource.link_http_status == 200
    assert resource.link_checked_at is not None
    assert server.methods("/ok") == ["HEAD"]


@pytest.mark.django_db
def test_a_missing_page_is_broken_with_its_status(server):
    resource = make_resource("Missing page", server.url("/missing"))

    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.BROKEN
    assert resource.link_http_status == 404
    assert resource.link_checked_at is not None
    # HEAD met an HTTP error, so GET was tried once before giving the link up.
    assert server.methods("/missing") == ["HEAD", "GET"]


@pytest.mark.django_db
def test_a_server_refusing_head_is_checked_again_with_get(server):
    resource = make_resource("No HEAD here", server.url("/no-head"))

    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.OK
    assert resource.link_http_status == 200
    assert server.methods("/no-head") == ["HEAD", "GET"]


def test_the_get_fallback_reads_only_the_start_of_the_answer(server):
    result = linkcheck.check_url(server.url("/big"), timeout=5)

    assert result == linkcheck.LinkResult(server.url("/big"), ok=True, status=200, error="")
    assert server.methods("/big") == ["HEAD", "GET"]
    deadline = time.monotonic() + 5
    while server.big_body_sent is None and time.monotonic() < deadline:
        time.sleep(0.01)
    # The client closed the connection after a few KB: the 64 MB never all went out.
    assert server.big_body_sent is not None
    assert server.big_body_sent < 64 * 1024 * 1024


@pytest.mark.django_db
def test_a_redirect_to_a_working_page_is_ok_and_stays_a_head(server):
    resource = make_resource("Moved page", server.url("/redirect"))

    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.OK
    assert resource.link_http_status == 200
    assert [(method, path) for method, path, _ in server.seen] == [
        ("HEAD", "/redirect"),
        ("HEAD", "/ok"),
    ]


def test_a_redirect_loop_is_broken(server):
    result = linkcheck.check_url(server.url("/loop"), timeout=5)

    assert not result.ok
    assert result.error == "redirect error"


@pytest.mark.django_db
def test_a_refused_connection_is_broken_without_a_status(server, closed_port):
    url = f"http://127.0.0.1:{closed_port}/ok"
    resource = make_resource("Nobody listens", url)

    out = run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.BROKEN
    assert resource.link_http_status is None
    assert resource.link_checked_at is not None
    assert f"  broken  connection refused  Nobody listens  {url}" in out.splitlines()


@pytest.mark.django_db
def test_a_server_slower_than_the_timeout_is_broken(server):
    resource = make_resource("Slow server", server.url("/hang"))

    started = time.monotonic()
    out = run_check("--timeout", "0.3")
    elapsed = time.monotonic() - started

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.BROKEN
    assert resource.link_http_status is None
    assert f"  broken  timeout  Slow server  {server.url('/hang')}" in out.splitlines()
    assert elapsed < HANG_SECONDS  # it gave up instead of waiting for the answer
    assert server.methods("/hang") == ["HEAD"]  # a timeout is not retried with GET


def test_tls_to_a_plain_http_server_is_a_tls_error(server):
    url = f"https://127.0.0.1:{server.server_address[1]}/ok"

    result = linkcheck.check_url(url, timeout=5)

    assert result == linkcheck.LinkResult(url, ok=False, status=None, error="tls error")


def test_a_link_that_is_not_http_is_broken_without_a_request(server):
    result = linkcheck.check_url("ftp://127.0.0.1/file.pdf", timeout=1)

    assert result == linkcheck.LinkResult(
        "ftp://127.0.0.1/file.pdf", ok=False, status=None, error="unsupported scheme"
    )
    assert server.seen == []


@pytest.mark.django_db
def test_every_request_carries_the_polite_user_agent(server):
    make_resource("Working page", server.url("/ok"))
    make_resource("Moved page", server.url("/redirect"))
    make_resource("No HEAD here", server.url("/no-head"))

    run_check()

    assert len(server.seen) == 5  # HEAD /ok; HEAD /redirect, HEAD /ok; HEAD and GET /no-head
    assert {agent for _, _, agent in server.seen} == {linkcheck.USER_AGENT}
    assert linkcheck.USER_AGENT == (
        "EPRM-Due-Diligence-Hub-LinkChecker/1.0 "
        "(+https://europeanpartnership-responsibleminerals.eu)"
    )


@pytest.mark.django_db
def test_concurrency_is_bounded(server):
    for n in range(6):
        make_resource(f"Slow page {n}", server.url(f"/slow/{n}"))

    out = run_check("--concurrency", "2")

    assert out.splitlines() == ["Checked 6 links: 6 ok, 0 broken."]
    assert len(server.seen) == 6
    assert server.max_active == 2  # in parallel, but never more than two at a time


@pytest.mark.django_db
def test_drafts_and_archived_resources_are_not_checked(server):
    published = make_resource("Published", server.url("/page/published"))
    draft = make_resource("Draft", server.url("/page/draft"), status=Resource.Status.DRAFT)
    archived = make_resource(
        "Archived", server.url("/page/archived"), status=Resource.Status.ARCHIVED
    )

    out = run_check()

    assert [path for _, path, _ in server.seen] == ["/page/published"]
    assert out.splitlines() == ["Checked 1 link: 1 ok, 0 broken."]
    published.refresh_from_db()
    assert published.link_status == Resource.LinkStatus.OK
    for resource in (draft, archived):
        resource.refresh_from_db()
        assert resource.link_status == Resource.LinkStatus.UNCHECKED
        assert resource.link_http_status is None
        assert resource.link_checked_at is None


@pytest.mark.django_db
def test_the_summary_lists_the_broken_links_and_the_command_succeeds(server, closed_port):
    make_resource("Alpha guide", server.url("/ok"))
    make_resource("Beta toolkit", server.url("/gone"))
    make_resource("Delta template", server.url("/no-head"))
    make_resource("Gamma study", f"http://127.0.0.1:{closed_port}/study")
    make_resource("Epsilon draft", server.url("/missing-draft"), status=Resource.Status.DRAFT)

    out = run_check("--concurrency", "3", "--timeout", "5")  # call_command raises on failure

    assert out.splitlines() == [
        "Checked 4 links: 2 ok, 2 broken.",
        f"  broken  404  Beta toolkit  {server.url('/gone')}",
        f"  broken  connection refused  Gamma study  http://127.0.0.1:{closed_port}/study",
    ]


@pytest.mark.django_db
def test_verbosity_2_lists_the_working_links_too(server):
    make_resource("Working page", server.url("/ok"))

    out = run_check("--verbosity", "2")

    assert out.splitlines() == [
        "Checked 1 link: 1 ok, 0 broken.",
        f"  ok  200  Working page  {server.url('/ok')}",
    ]


@pytest.mark.django_db
def test_a_check_leaves_no_entry_in_the_change_history(server):
    resource = make_resource("Working page", server.url("/ok"))
    entries = resource.history.count()

    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.OK
    assert resource.history.count() == entries


@pytest.mark.django_db
def test_a_new_check_replaces_the_previous_outcome(server):
    resource = make_resource("Fixed page", server.url("/missing"))
    run_check()
    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.BROKEN
    first_check = resource.link_checked_at

    Resource.objects.filter(pk=resource.pk).update(url=server.url("/ok"))
    run_check()

    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.OK
    assert resource.link_http_status == 200
    assert resource.link_checked_at > first_check


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--concurrency", "0"], "--concurrency must be between 1 and 32, not 0."),
        (["--concurrency", "33"], "--concurrency must be between 1 and 32, not 33."),
        (["--timeout", "0"], "--timeout must be a number of seconds above 0, not 0."),
    ],
)
def test_out_of_range_options_are_refused_clearly(args, message):
    with pytest.raises(CommandError) as error:
        call_command("check_links", *args, stdout=StringIO())
    assert str(error.value) == message


@pytest.mark.django_db
def test_a_check_leaves_the_listing_and_its_index_as_they_are(server):
    """The nightly run writes every resource's link status: no process may rebuild its
    index for it (eprm_hub/triggers.py watches only what the listing reads)."""
    from eprm_hub.models import IndexVersion

    make_resource("Working page", server.url("/ok"))
    make_resource("Missing page", server.url("/missing"))
    before = IndexVersion.objects.get(name="resources").version

    assert run_check().startswith("Checked 2 links: 1 ok, 1 broken.")

    assert IndexVersion.objects.get(name="resources").version == before
