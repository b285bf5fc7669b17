"""`make bench`: speed and query budgets of the resource library at 1,000 and 100,000 resources.

Runs in process with Django's test client against a database of its own, eprm_hub_bench, on
whichever server the settings point to (DATABASE_URL, or the embedded PostgreSQL), created,
migrated and filled with bench/synthetic.py, and dropped at the end. The time around
client.get() is the server time: routing, middleware, the view, its SQL and the template.

Budgets (checked at the end; exit status 1 when one fails), for the budgeted pages:
- at most 12 SQL queries per request, the same number on every request of a page;
- the same number of queries at 1,000 and at 100,000 resources;
- at 100,000 resources, a median under 100 ms.
Every page must answer 200. Nothing caches results: the facet index is an index.

    DEBUG=0 SECRET_KEY=bench-only SECURE_SSL_REDIRECT=0 .venv/bin/python -m bench.run
"""

import math
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

BENCH_DATABASE = "eprm_hub_bench"
SIZES = (1_000, 100_000)
WARMUP = 3
RUNS = 30
MAX_QUERIES = 12
MAX_MEDIAN_MS = 100.0
TEXT = "q=smelter+audit"
FACETS = "mineral=tin&tier=upstream"
QUESTION = "q=what+does+the+EU+require+from+importers+of+gold"
FRENCH = "q=audit+des+fonderies+d%27%C3%A9tain"  # audit des fonderies d'étain


@dataclass
class Page:
    name: str
    url: object  # a URL, or a function of the request number that gives one
    budgeted: bool = True

    def url_for(self, number):
        return self.url(number) if callable(self.url) else self.url


@dataclass
class Result:
    page: Page
    shown_url: str
    times_ms: list = field(default_factory=list)
    queries: list = field(default_factory=list)
    statuses: list = field(default_factory=list)
    matches: int | None = None  # the search's number of matches (listings and export)

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


def pages_for(size):
    """The pages to measure at this size: the budgeted ones, then information rows."""
    detail_numbers = random.Random(size)
    slugs = [f"synthetic-{detail_numbers.randint(1, size)}" for _ in range(WARMUP + RUNS)]
    page_count = math.ceil(size / 20)
    deep = min(2000, page_count - 5)  # a page that exists, near the end at 1,000
    return [
        Page("listing", "/en/resources/"),
        Page("text query", f"/en/resources/?{TEXT}"),
        Page("two facets", f"/en/resources/?{FACETS}"),
        Page("text + two facets", f"/en/resources/?{TEXT}&{FACETS}"),
        # Measured since the search understands questions and French; issue 10 sets their budget.
        Page("question", f"/en/resources/?{QUESTION}", budgeted=False),
        Page("French query", f"/fr/resources/?{FRENCH}", budgeted=False),
        Page("detail", lambda n: f"/en/resources/{slugs[n % len(slugs)]}/"),
        Page("broad text query", "/en/resources/?q=due+diligence", budgeted=False),
        Page("deep page", f"/en/resources/?sort=title&page={deep}", budgeted=False),
        Page("JSON export", "/en/resources/export.json?mineral=gold", budgeted=False),
    ]


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


def use_bench_database():
    """Point the default connection at eprm_hub_bench, recreated empty, then migrate it."""
    from django.core.management import call_command
    from django.db import connections

    connection = connections["default"]
    connection.close()
    connection.settings_dict["NAME"] = BENCH_DATABASE
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)


def drop_bench_database():
    from django.db import connections

    connections.close_all()
    connection = connections["default"]
    if connection.settings_dict["NAME"] != BENCH_DATABASE:
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')


def machine_facts():
    import django
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (pg_version,) = cursor.fetchone()
    params = connection.get_connection_params()
    server = (
        f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"
        if os.environ.get("DATABASE_URL")
        else "embedded (var/pgdata, Unix socket)"
    )
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            names = [ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")]
        model = names[0] if names else ""
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("CPUs", f"{os.cpu_count()} ({usable} usable){f', {model}' if model else ''}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Django", django.get_version()),
        ("PostgreSQL", f"{pg_version}, {server}, database {BENCH_DATABASE}"),
        ("Platform", platform.platform()),
        ("Load", load_average()),
    ]


def load_average():
    """The machine's load: other processes competing for the CPUs make the times noisy."""
    if not hasattr(os, "getloadavg"):
        return "unknown"
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


# Measuring -------------------------------------------------------------------------------


class BuildTimer:
    """Wraps the catalogue's index build (in this process only) to time it."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.build = catalogue._build
        self.seconds = []
        catalogue._build = self

    def __call__(self):
        start = time.perf_counter()
        index = self.build()
        self.seconds.append(time.perf_counter() - start)
        return index


def index_memory(index):
    """The index's bitsets and arrays: (how many, bytes) of each (their own sizes, not dicts')."""
    ints = [index.universe, *index.years.values()]
    ints += [bits for values in index.facets.values() for bits in values.values()]
    arrays = [*index.orders.values(), *index.positions.values()]
    return (
        (len(ints), sum(sys.getsizeof(x) for x in ints)),
        (len(arrays), sum(sys.getsizeof(a) for a in arrays)),
    )


def measure(client, page):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    for number in range(WARMUP):
        client.get(page.url_for(number), secure=True)
    result = Result(page, "/en/resources/synthetic-<n>/" if callable(page.url) else page.url)
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
    if not callable(page.url):  # outside the timed requests: how many rows the search matches
        from django.http import QueryDict

        from resources.search import CATALOGUE

        result.matches = CATALOGUE.search(QueryDict(urlsplit(page.url).query)).total
    return result


def run_size(size, timer):
    from django.test import Client

    from bench.synthetic import generate

    print(f"\n== {size:,} published resources ==", flush=True)
    start = time.perf_counter()
    generate(size)
    print(f"synthetic data written in {time.perf_counter() - start:.1f} s", flush=True)

    client = Client()
    builds_before = len(timer.seconds)
    start = time.perf_counter()
    response = client.get("/en/resources/", secure=True)
    first = time.perf_counter() - start
    if response.status_code != 200 or len(timer.seconds) != builds_before + 1:
        sys.exit(f"the first request answered {response.status_code} or built no index")
    index = timer.catalogue._index
    (bitsets, bitset_bytes), (arrays, array_bytes) = index_memory(index)
    print(
        f"facet index: built in {timer.seconds[-1] * 1000:.0f} ms "
        f"(first request {first * 1000:.0f} ms); "
        f"{(bitset_bytes + array_bytes) / 2**20:.1f} MiB: "
        f"{bitsets} bitsets {bitset_bytes / 2**20:.1f} MiB, "
        f"{arrays} arrays {array_bytes / 2**20:.1f} MiB",
        flush=True,
    )

    results = []
    builds_before = len(timer.seconds)
    for page in pages_for(size):
        results.append(measure(client, page))
    rebuilt = len(timer.seconds) - builds_before
    print_table(results)
    print(f"load average after measuring: {load_average()}")
    if rebuilt:
        print(f"note: the index was rebuilt {rebuilt} time(s) while measuring")
    return results


def print_table(results):
    header = ("page", "median ms", "p95 ms", "queries", "status", "matches", "URL")
    rows = []
    for r in results:
        queries = f"{min(r.queries)}-{max(r.queries)}" if r.queries_vary else str(r.query_count)
        name = r.page.name if r.page.budgeted else f"({r.page.name})"
        matches = "-" if r.matches is None else f"{r.matches:,}"
        rows.append(
            (name, f"{r.median:.1f}", f"{r.p95:.1f}", queries, str(r.status), matches, r.shown_url)
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    align = ["<", ">", ">", ">", ">", ">", "<"]
    for row in [header, None, *rows]:
        if row is None:
            print("  ".join("-" * w for w in widths))
            continue
        cells = zip(row, align, widths, strict=True)
        print("  ".join(f"{cell:{a}{w}}" for cell, a, w in cells).rstrip())
    print(f"({RUNS} requests per page after {WARMUP} warm-ups; rows in parentheses: no budget)")


# Budgets ---------------------------------------------------------------------------------


def matches_note(*results):
    if any(r.matches is None for r in results):
        return ""
    return f"; {' and '.join(f'{r.matches:,}' for r in results)} matches"


def check_budgets(by_size):
    checks = []
    small, large = min(by_size), max(by_size)
    for size, results in by_size.items():
        for r in results:
            checks.append(
                (r.status == 200, f"{size:,}: {r.page.name} answers 200 (got {r.status})")
            )
    for size, results in by_size.items():
        for r in results:
            if not r.page.budgeted:
                continue
            checks.append(
                (
                    r.query_count <= MAX_QUERIES,
                    f"{size:,}: {r.page.name}: at most {MAX_QUERIES} queries ({r.query_count})",
                )
            )
            seen = sorted(set(r.queries))
            checks.append(
                (
                    not r.queries_vary,
                    f"{size:,}: {r.page.name}: same query count on every request "
                    f"({', '.join(map(str, seen))})",
                )
            )
    for r_small, r_large in zip(by_size[small], by_size[large], strict=True):
        if r_small.page.budgeted:
            checks.append(
                (
                    r_small.query_count == r_large.query_count,
                    f"{r_small.page.name}: same query count at {small:,} and {large:,} "
                    f"({r_small.query_count} and {r_large.query_count}"
                    f"{matches_note(r_small, r_large)})",
                )
            )
    for r in by_size[large]:
        if r.page.budgeted:
            checks.append(
                (
                    r.median < MAX_MEDIAN_MS,
                    f"{large:,}: {r.page.name}: median under {MAX_MEDIAN_MS:.0f} ms "
                    f"({r.median:.1f} ms)",
                )
            )
    print("\n== budgets ==")
    for passed, text in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {text}")
    failed = sum(1 for passed, _ in checks if not passed)
    print(f"\n{len(checks) - failed} passed, {failed} failed")
    return failed == 0


def main():
    static_root = configure()
    try:
        use_bench_database()
        from resources.search import CATALOGUE

        print("== machine ==")
        for name, value in machine_facts():
            print(f"{name:<11}{value}")
        timer = BuildTimer(CATALOGUE)
        by_size = {size: run_size(size, timer) for size in SIZES}
        passed = check_budgets(by_size)
    finally:
        drop_bench_database()
        shutil.rmtree(static_root, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
