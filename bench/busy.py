"""Busy editors: the library's searches while an editor saves a resource every second.

Each save changes what the listing shows (a title, a summary, a facet), so every process's
facet index is out of date after it. The same paced run of search requests (REQUESTS, one
every INTERVAL seconds: readers arriving, not a flood) is timed twice with Django's test
client, in this process: quiet, then with bench/editor.py saving in a process of its own.
Figures of each run: median, 95th and 99th percentile; and what the engine did meanwhile,
seen by wrapping two of the catalogue's methods (shown as "-" once it has them no more):
index builds (`_build`, in any thread) and changes applied to the index (`_applied`), each
noted on the requests that waited for it.

A run stops after CAP seconds whatever it has done: if every save made the next request
rebuild the index (seconds at 100,000 resources), the busy run would do far fewer requests.
"""

import json
import logging
import statistics
import subprocess
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings

from . import database

REQUESTS = 240
INTERVAL = 0.25  # seconds: REQUESTS in a minute
CAP = 90.0  # seconds a run may take at most
BUILD, APPLY = "_build", "_applied"  # the catalogue's methods whose calls are counted


class Calls:
    """The calls of one of a catalogue's methods while it is in use (a context manager):
    (thread, milliseconds) each. `present` is False when the catalogue has no such method."""

    def __init__(self, catalogue, name):
        self.catalogue, self.name = catalogue, name
        self.calls = []
        self.method = getattr(catalogue, name, None)
        self.present = self.method is not None
        # A wrapper set on the catalogue before ours (run.py's BuildTimer), to put back.
        self.before = vars(catalogue).get(name)

    def __enter__(self):
        if self.present:
            setattr(self.catalogue, self.name, self._counted)
        return self

    def __exit__(self, *exc):
        if not self.present:
            return
        if self.before is None:
            delattr(self.catalogue, self.name)  # the class's own method again
        else:
            setattr(self.catalogue, self.name, self.before)

    def _counted(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.method(*args, **kwargs)
        finally:
            self.calls.append((threading.get_ident(), (time.perf_counter() - start) * 1000))

    def here(self):
        """How many calls this thread made."""
        return sum(1 for thread, _ms in self.calls if thread == threading.get_ident())

    @property
    def times_ms(self):
        return [ms for _thread, ms in self.calls] if self.present else None


@dataclass
class Run:
    name: str
    times_ms: list = field(default_factory=list)
    statuses: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # each request's page name
    waited: list = field(default_factory=list)  # what each request waited for: "built"…
    seconds: float = 0.0
    builds_ms: list | None = None  # every build's time, in any thread; None: not seen
    applied_ms: list | None = None  # every application of changes, None: not seen
    error: str = ""  # the end of the first failed request's traceback

    def slowest(self, count):
        """The slowest requests: (ms, page name, what it waited for)."""
        found = zip(self.times_ms, self.pages, self.waited, strict=True)
        return sorted(found, key=lambda request: request[0], reverse=True)[:count]

    def percentile(self, n):
        """The nth percentile, interpolated between the closest ranks (numpy's default)."""
        if len(self.times_ms) < 2:
            return self.times_ms[0] if self.times_ms else float("nan")
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[n - 1]

    @property
    def median(self):
        return statistics.median(self.times_ms) if self.times_ms else float("nan")

    @property
    def bad_statuses(self):
        return [status for status in self.statuses if status != 200]


@dataclass
class Figures:
    pages: list  # bench.pages.Page
    quiet: Run
    busy: Run
    editor: dict  # the editor's own figures (bench/editor.py)


def run(client, pages, catalogue):
    """Figures of the pages' quiet and busy runs on the catalogue. The client answers an
    exception with a 500 (raise_request_exception=False): a run counts its failed requests
    rather than stopping at the first."""
    with failures_unlogged():
        for page in pages:  # untimed: the index as the quiet run finds it, and the page's code
            client.get(page.url_for(0), secure=True)
        quiet = paced(client, pages, catalogue, "quiet")
        editor = start_editor()
        try:
            busy = paced(client, pages, catalogue, "busy")
        finally:
            summary = stop_editor(editor)
    return Figures(pages, quiet, busy, summary)


@contextmanager
def failures_unlogged():
    """Django logs each failed request's traceback (django.request): hundreds, when every
    request of a run fails. The run keeps the first one's and counts the others."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def paced(client, pages, catalogue, name):
    """REQUESTS requests, the pages in turn, each started INTERVAL seconds after the one
    before or at once when that one took longer; CAP seconds at most."""
    result = Run(name)
    with Calls(catalogue, BUILD) as builds, Calls(catalogue, APPLY) as applied:
        start = time.perf_counter()
        for number in range(REQUESTS):
            due = start + number * INTERVAL
            now = time.perf_counter()
            if now - start > CAP:
                break
            if due > now:
                time.sleep(due - now)
            page = pages[number % len(pages)]
            before = builds.here(), applied.here()
            began = time.perf_counter()
            response = client.get(page.url_for(number), secure=True)
            result.times_ms.append((time.perf_counter() - began) * 1000)
            result.statuses.append(response.status_code)
            result.pages.append(page.name)
            if getattr(response, "exc_info", None) and not result.error:
                result.error = f"{page.name}: {failure(response.exc_info)}"
            waited = ["built the index"] * (builds.here() > before[0])
            waited += ["applied changes"] * (applied.here() > before[1])
            result.waited.append(", ".join(waited))
        result.seconds = time.perf_counter() - start
    result.builds_ms, result.applied_ms = builds.times_ms, applied.times_ms
    return result


def failure(exc_info):
    """An exception, and the last line of the Hub's own code it went through."""
    kind, error, trace = exc_info
    base, venv = str(settings.BASE_DIR), str(settings.BASE_DIR / ".venv")
    frames = traceback.extract_tb(trace)
    own = [f for f in frames if f.filename.startswith(base) and not f.filename.startswith(venv)]
    where = (own or frames)[-1]
    path = where.filename.removeprefix(base + "/")
    return f"{kind.__name__}: {error} ({path}, line {where.lineno}, in {where.name})"


def start_editor():
    """bench/editor.py in a process of its own, once it is ready to save."""
    editor = subprocess.Popen(
        [sys.executable, "-m", "bench.editor"],
        cwd=settings.BASE_DIR,
        env=database.environment(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = editor.stdout.readline()  # "" when it ended, its traceback on stderr
    if line.strip() != "ready":
        editor.kill()
        raise RuntimeError(f"the editor did not start: {line!r}, exit status {editor.wait()}")
    return editor


def stop_editor(editor):
    """Close the editor's input, which ends it; its figures."""
    try:
        output, _ = editor.communicate(input="", timeout=60)
    except subprocess.TimeoutExpired:
        editor.kill()
        raise
    if editor.returncode != 0:
        raise RuntimeError(f"the editor exited with status {editor.returncode}")
    return json.loads(output.strip().splitlines()[-1])
