"""Throughput: search pages a second through gunicorn, as production serves them.

gunicorn as the README's production command starts it (config.wsgi, sync workers), with
WORKERS workers on a loopback port and the bench's database, settings and static files.
CLIENTS threads each ask for the search pages in turn (each from its own place in the list),
a new request as soon as the last one is answered, for SECONDS seconds, as a browser does:
a new connection each time (sync workers close it after each answer) and gzip accepted.
Before that, every worker builds its indexes before its first request (bench/gunicorn_warm.py),
and the clients ask for every page twice, untimed.

Figures: requests answered a second, the median, 95th and 99th percentile of the time a
client waited (queueing in gunicorn included), and the answers other than 200.
"""

import http.client
import itertools
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from . import database

WORKERS = 2
CLIENTS = 8
SECONDS = 30.0
START_SECONDS = 300.0  # for every worker to build its indexes (on a busy machine)
# A worker builds its indexes before it answers: seconds at 100,000 resources on a busy
# machine, which gunicorn's default timeout of 30 s could cut short. Requests take far less.
TIMEOUT = 120
WARM_CONFIG = Path(__file__).with_name("gunicorn_warm.py")
HEADERS = {"Accept-Encoding": "gzip", "User-Agent": "eprm-bench"}


@dataclass
class Figures:
    pages: int
    seconds: float = 0.0
    times_ms: list = field(default_factory=list)
    by_url: dict = field(default_factory=dict)  # {url: [ms]}
    bad: dict = field(default_factory=dict)  # {status: count}, an exception's name as status
    start_seconds: float = 0.0  # from starting gunicorn to every worker warm

    @property
    def per_second(self):
        return len(self.times_ms) / self.seconds if self.seconds else 0.0

    def percentile(self, n):
        if len(self.times_ms) < 2:
            return self.times_ms[0] if self.times_ms else float("nan")
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[n - 1]

    def slowest(self, count):
        """The urls clients waited longest for: (median ms, url)."""
        medians = [(statistics.median(times), url) for url, times in self.by_url.items()]
        return sorted(medians, reverse=True)[:count]


def run(urls):
    """The Figures of CLIENTS clients asking for urls."""
    figures = Figures(len(urls))
    with tempfile.TemporaryFile("w+") as log, tempfile.TemporaryDirectory() as warm:
        started = time.perf_counter()
        server, port = start(log, warm)
        try:
            figures.start_seconds = time.perf_counter() - started
            warm_up(port, urls)
            measure(port, urls, figures)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        log.seek(0)
        errors = [line for line in log if "Traceback" in line or "[CRITICAL]" in line]
    if errors:
        figures.bad["errors in gunicorn's log"] = len(errors)
    return figures


def start(log, warm):
    """gunicorn on a free loopback port, once every worker has built its indexes (a file in
    the folder warm each) and it answers; (the process, the port)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--config", str(WARM_CONFIG),
         "--workers", str(WORKERS), "--timeout", str(TIMEOUT), "--bind", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=database.environment(
            ALLOWED_HOSTS="127.0.0.1", LOG_LEVEL="WARNING", BENCH_WARM_DIR=warm
        ),
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and server.poll() is None:
        if len(list(Path(warm).iterdir())) >= WORKERS:
            try:
                if get(port, "/healthz")[0] == 200:
                    return server, port
            except OSError:
                pass
        time.sleep(0.2)
    server.kill()
    server.wait()
    log.seek(0)
    raise RuntimeError(f"gunicorn's workers did not get ready:\n{log.read()[-2000:]}")


def get(port, url):
    """(status, milliseconds) of one request on a new connection, its body read whole."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        start = time.perf_counter()
        connection.request("GET", url, headers=HEADERS)
        response = connection.getresponse()
        response.read()
        return response.status, (time.perf_counter() - start) * 1000
    finally:
        connection.close()


def warm_up(port, urls):
    """Every url twice, CLIENTS at a time, untimed: what a worker reads once besides its
    indexes (templates, translations) is read before the clock starts."""
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(lambda url: get(port, url), urls * 2))


def measure(port, urls, figures):
    lock = threading.Lock()
    stop = time.perf_counter() + SECONDS

    def client(offset):
        times, bad = [], {}
        for url in itertools.islice(itertools.cycle(urls), offset, None):
            if time.perf_counter() >= stop:
                break
            try:
                status, ms = get(port, url)
            except OSError as error:
                status, ms = type(error).__name__, None
            if status != 200:
                bad[status] = bad.get(status, 0) + 1
            if ms is not None:
                times.append((url, ms))
        with lock:
            for url, ms in times:
                figures.times_ms.append(ms)
                figures.by_url.setdefault(url, []).append(ms)
            for status, count in bad.items():
                figures.bad[status] = figures.bad.get(status, 0) + count

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, [n * len(urls) // CLIENTS for n in range(CLIENTS)]))
    figures.seconds = time.perf_counter() - started
