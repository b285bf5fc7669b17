"""`make bench`: speed and query budgets of the three listings (the resource library, the
member directory, the project portfolio) at a small and a large size; at the large size, the
library's searches while an editor saves, the throughput of search pages through gunicorn and
the cost of compressing the largest answers; then e-mail alerts and the CSV import.

Runs in process with Django's test client against a database of its own (eprm_hub_bench, or
the one BENCH_DATABASE names, so that two benches can run side by side), on whichever server
the settings point to (DATABASE_URL, or the embedded PostgreSQL), created, migrated and
filled with bench/synthetic.py, and dropped at the end. The time around client.get() is the
server time: routing, middleware, the view, its SQL and the template.

The library's synthetic text is multilingual: a tenth of the resources have a French title
and summary, a twentieth a Spanish one, a fiftieth are written in German (bench/synthetic.py,
with the words of the Hub's own texts in those languages: bench/synthetic_languages.py).

At the large size, besides the pages (bench/pages.py):
- busy editors (bench/busy.py): the same paced run of the library's searches (text, facets,
  broad word, question, French, Spanish; 240 requests in about a minute, 90 s at most) timed
  quiet, then while bench/editor.py, a process of its own, saves a resource every second as
  the admin does; median, p95 and p99 of each run;
- throughput (bench/throughput.py): requests a second, with the median, p95 and p99 that
  clients waited, of 8 clients asking for the budgeted search pages through gunicorn with 2
  sync workers for 30 s, after each worker has built its indexes; reported, no budget;
- compression (bench/compression.py): bytes and median time of the resources' sitemap and
  the listing, asked for without Accept-Encoding, with gzip and with br; reported, no budget.

Budgets (bench/budgets.py; checked at the end, exit status 1 when one fails), for the
budgeted pages (bench/pages.py):
- at most 12 SQL queries per request, the same number on every request of a page;
- the same number of queries at the small and the large size;
- at the large size, a median under 30 ms, and every search finds rows;
- busy editors: every request answered 200, the editor saved about once a second, the busy
  p99 at most 100 ms and the busy median at most 20 % above the quiet one;
- the CSV import (bench/importing.py, when it exists): its dry run and import at 1,000 rows a
  second or more (the re-import is measured without a budget);
- e-mail alerts at the large size (bench/alerts.py): every due alert handled and every e-mail
  received once, 17 alerts or more handled a second (5,000 in under 5 minutes), at most
  12 queries an alert.
Every page must answer 200, every search page's parameters must all be understood, and every
case must run. Nothing caches results: the facet index is an index.

    DEBUG=0 SECRET_KEY=bench-only SECURE_SSL_REDIRECT=0 .venv/bin/python -m bench.run

BENCH_SIZES=small (or large) runs one size only; BENCH_IMPORT=0 skips the import,
BENCH_ALERTS=0 the alerts, BENCH_BUSY=0 the busy editors, BENCH_THROUGHPUT=0 the throughput,
BENCH_COMPRESSION=0 the compression.
"""

import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bench import budgets, database
from bench.machine import load_average, machine_facts
from bench.memory import index_size
from bench.pages import PREFIXES, busy_pages, pages_for, throughput_urls
from bench.report import (
    index_line,
    print_busy,
    print_columns,
    print_compression,
    print_indexes,
    print_table,
    print_throughput,
)

# The small size is 1% of the large one: the query counts must not change between them.
SIZES = {
    "small": {"resources": 1_000, "members": 100, "projects": 50},
    "large": {"resources": 100_000, "members": 10_000, "projects": 5_000},
}
LARGE = "large"
WARMUP = 3
RUNS = 30


@dataclass
class Result:
    page: object  # bench.pages.Page
    times_ms: list = field(default_factory=list)
    queries: list = field(default_factory=list)
    statuses: list = field(default_factory=list)
    # The search's figures, for listings and exports: how many rows match, the page shown
    # (a page beyond the last shows the last) and the parameters it ignored.
    matches: int | None = None
    page_shown: int = 1
    pages: int = 1
    page_adjusted: bool = False
    ignored: list = field(default_factory=list)

    @property
    def median(self):
        return statistics.median(self.times_ms)

    @property
    def p95(self):
        # The 95th percentile, interpolated between the closest ranks (like numpy's default).
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[94]

    @property
    def query_count(self):
        return max(self.queries)

    @property
    def queries_vary(self):
        return len(set(self.queries)) > 1

    @property
    def status(self):
        bad = [s for s in self.statuses if s != 200]
        return bad[0] if bad else 200


@dataclass
class IndexFigures:
    catalogue: str
    rows: int  # visible rows
    build_ms: float
    first_ms: float
    size: object  # bench.memory.Size


# Setting up ------------------------------------------------------------------------------


def configure():
    """Production settings (DEBUG off), with plain HTTP allowed and static files collected."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("EMBEDDED_POSTGRES", "1")  # used only without DATABASE_URL
    # The hashed static file names need collectstatic's manifest: collect into a folder of ours.
    static_root = tempfile.mkdtemp(prefix="eprm-bench-static-")
    os.environ["STATIC_ROOT"] = static_root

    import django

    django.setup()
    from django.conf import settings

    # Not setup_test_environment(): it instruments template rendering so the test client can
    # keep each template's context, which would be timed too. Only the host name is needed.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return static_root


def chosen_sizes():
    """The sizes BENCH_SIZES names (comma-separated), by default all, smallest first."""
    wanted = os.environ.get("BENCH_SIZES", ",".join(SIZES)).replace(" ", "").split(",")
    unknown = sorted(set(wanted) - set(SIZES))
    if unknown:
        sys.exit(f"BENCH_SIZES: unknown size {', '.join(unknown)} (known: {', '.join(SIZES)})")
    return [label for label in SIZES if label in wanted]


# Measuring -------------------------------------------------------------------------------


class BuildTimer:
    """Wraps a catalogue's index build (in this process only) to time it, and keeps the last
    index built to measure what it holds."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.build = catalogue._build
        self.seconds = []
        self.last = None
        catalogue._build = self

    def __call__(self):
        start = time.perf_counter()
        self.last = self.build()
        self.seconds.append(time.perf_counter() - start)
        return self.last


def measure(client, page):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    for number in range(WARMUP):
        client.get(page.url_for(number), secure=True)
    result = Result(page)
    for number in range(WARMUP, WARMUP + RUNS):
        url = page.url_for(number)
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url, secure=True)
            elapsed = time.perf_counter() - start
        result.times_ms.append(elapsed * 1000)
        result.queries.append(len(queries))
        result.statuses.append(response.status_code)
    if page.is_search:  # outside the timed requests
        add_search_figures(result)
    return result


def add_search_figures(result):
    """What the page's search finds, asked of its catalogue in the page's language."""
    from django.http import QueryDict
    from django.utils import translation

    from eprm_hub.triggers import CATALOGUES

    url = urlsplit(result.page.url)
    with translation.override(url.path.split("/")[1]):
        search = CATALOGUES[result.page.catalogue].search(QueryDict(url.query))
        result.matches = search.total
        result.page_shown, result.pages = search.page, search.pages
        result.page_adjusted = search.page_adjusted
        result.ignored = list(search.ignored)


def first_request(client, name, timer):
    """The catalogue's first request, which builds its index: how long, and what it takes."""
    builds_before = len(timer.seconds)
    start = time.perf_counter()
    response = client.get(PREFIXES[name], secure=True)
    first = time.perf_counter() - start
    if response.status_code != 200 or len(timer.seconds) != builds_before + 1:
        sys.exit(f"{name}: the first request answered {response.status_code} or built no index")
    rows = timer.catalogue.figures().total
    return IndexFigures(name, rows, timer.seconds[-1] * 1000, first * 1000, index_size(timer.last))


def run_size(label, counts, timers):
    from django.test import Client

    from bench.synthetic import generate

    print(f"\n== {label}: {', '.join(f'{n:,} {name}' for name, n in counts.items())} ==")
    start = time.perf_counter()
    generate(**counts)
    for timer in timers.values():
        if timer.catalogue.words_view:  # as an import does ("did you mean")
            timer.catalogue.refresh_words()
    print(f"synthetic data written in {time.perf_counter() - start:.1f} s", flush=True)

    client = Client()
    results, indexes = [], []
    for name, timer in timers.items():
        figures = first_request(client, name, timer)
        indexes.append(figures)
        print(f"\n-- {name} --\n{index_line(figures)}", flush=True)
        visible = timer.catalogue.visible().order_by("pk")
        slugs = list(visible.values_list("slug", flat=True))
        builds_before = len(timer.seconds)
        measured = [measure(client, page) for page in pages_for(name, slugs, WARMUP + RUNS)]
        print_table(measured, RUNS, WARMUP)
        rebuilt = len(timer.seconds) - builds_before
        if rebuilt:
            print(f"note: the index was rebuilt {rebuilt} time(s) while measuring")
        results += measured
    print(f"\nload average after measuring: {load_average()}")
    return results, indexes


# The large size's other cases -------------------------------------------------------------


def wanted(case):
    """Whether a case runs: BENCH_<CASE>=0 leaves it out."""
    return os.environ.get(f"BENCH_{case.upper()}", "1") != "0"


def run_case(title, measure, show):
    """measure()'s figures, shown with show(figures), or the exception it raised."""
    print(f"\n== {title} ==", flush=True)
    try:
        figures = measure()
    except Exception as error:
        traceback.print_exc()
        return error
    show(figures)
    return figures


def run_compression():
    from django.test import Client

    from bench import compression

    return run_case(
        "Compression of the largest answers",
        lambda: compression.run(Client()),
        print_compression,
    )


def run_throughput():
    from bench import throughput

    return run_case(
        "Throughput through gunicorn",
        lambda: throughput.run(throughput_urls()),
        lambda f: print_throughput(f, throughput.WORKERS, throughput.CLIENTS),
    )


def run_busy(catalogue):
    """The busy editors' case on the library's catalogue."""
    from django.test import Client

    from bench import busy

    return run_case(
        "Busy editors: the library's searches while an editor saves a resource every second",
        lambda: busy.run(Client(raise_request_exception=False), busy_pages(), catalogue),
        print_busy,
    )


def run_large_cases(timers):
    """{case: figures or exception} of the cases that run at the large size only."""
    found = {}
    if wanted("compression"):
        found["compression"] = run_compression()
    if wanted("throughput"):
        found["throughput"] = run_throughput()
    if wanted("busy"):  # last: its editor changes the library
        found["busy"] = run_busy(timers["resources"].catalogue)
    print(f"\nload average after these cases: {load_average()}")
    return found


# E-mail alerts ---------------------------------------------------------------------------


def run_alerts():
    """bench/alerts.py's figures at the large size (a dict), or the exception it raised."""
    if os.environ.get("BENCH_ALERTS", "1") == "0":
        return None
    print("\n== E-mail alerts ==", flush=True)
    try:
        from bench import alerts

        figures = alerts.run()
    except Exception as error:
        traceback.print_exc()
        return error
    print(
        f"{figures['alerts']:,} alerts on {figures['searches']} searches, {figures['new']:,} new "
        f"resources: {figures['seconds']:.1f} s (prepared in {figures['prepare_seconds']:.1f} s, "
        f"sent in {figures['deliver_seconds']:.1f} s), {figures['prepared']:,} e-mails prepared "
        f"and {figures['sent']:,} sent ({figures['received']:,} received), "
        f"{figures['alerts_per_second']:,.0f} alerts/s, {figures['emails_per_second']:,.0f} "
        f"e-mails/s, {figures['queries_per_alert']:.1f} queries an alert, memory "
        f"+{figures['memory_growth_mib']:.0f} MiB"
    )
    return figures


# The import ------------------------------------------------------------------------------


def run_import():
    """bench/importing.py's figures, when it exists: a list of dicts, None without it, or
    the exception it raised. It replaces the resources, so it runs after the searches."""
    if os.environ.get("BENCH_IMPORT", "1") == "0" or not importlib.util.find_spec(
        "bench.importing"
    ):
        return None
    print("\n== CSV import ==", flush=True)
    try:
        from bench import importing

        if not hasattr(importing, "run"):
            return None
        figures = list(importing.run() or [])
    except Exception as error:
        traceback.print_exc()
        return error
    rows = [
        (
            str(f.get("name", "?")),
            f"{f.get('seconds', 0):.1f}",
            f"{f.get('rows_per_second', 0):,.0f}",
            f"{f.get('peak_mib', 0):.0f}",
        )
        for f in figures
    ]
    print_columns(("run", "seconds", "rows/s", "peak MiB"), rows, ["<", ">", ">", ">"])
    return figures


def main():
    labels = chosen_sizes()
    static_root = configure()
    try:
        database.create()
        from eprm_hub.triggers import CATALOGUES

        print("== machine ==")
        for name, value in machine_facts(database.name()):
            print(f"{name:<11}{value}")
        timers = {name: BuildTimer(CATALOGUES[name]) for name in PREFIXES}
        by_size, indexes = {}, {}
        for label in labels:
            by_size[label], indexes[label] = run_size(label, SIZES[label], timers)
        print_indexes(labels[-1], indexes[labels[-1]])
        cases = run_large_cases(timers) if LARGE in labels else {}
        busy = cases.pop("busy", None)
        alerts = run_alerts() if LARGE in labels else None
        imports = run_import()
        checks = budgets.check(by_size, LARGE, imports, alerts, busy, cases)
        passed = budgets.print_checks(checks)
    finally:
        database.drop()
        shutil.rmtree(static_root, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
