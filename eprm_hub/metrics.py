"""The Hub's figures for Prometheus at /metrics (prometheus_client), for the bearer of
METRICS_TOKEN only (docs/operations.md, "Metrics").

- **Counted where it happens**, in the process that serves: requests by view and their time,
  answers by status, the 503s of a database that is away (RequestMetricsMiddleware), the
  listings' index builds and the versions they hold (facets/catalogue.py), searches and those
  with no result (insights/recording.py, which counts what the editors' tables count).
- **Read from the database at each scrape**: the task queues and their failed tasks, the
  versions of the catalogues, the alert e-mails (alerts/sending.py). The worker and cron's
  send_alerts do that work in processes of their own, whose counters no web process sees; the
  tables are the same for every process, and lose nothing when one restarts.
- **The whole server's**: under gunicorn, with PROMETHEUS_MULTIPROC_DIR set, each worker
  writes its counts to files there and a scrape adds up every worker's, those that ended
  included (prometheus_client's multiprocess mode). gunicorn.conf.py empties the folder at
  start and forgets an ended worker's gauges. Without it (runserver, the tests) the figures
  are this process's.

Every label takes few values: a view's URL name (never the path), a status code, a
catalogue, a queue, a state.
"""

import hmac
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4, generate_latest
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

UNRESOLVED = "none"  # the view of an address that names none (a 404, a redirect to /en/)

REQUEST_SECONDS = Histogram(
    "hub_request_duration_seconds",
    "Time to answer a request, by view (its URL name), until the answer's body is streamed",
    ["view"],
)
RESPONSES = Counter("hub_responses", "Answers, by HTTP status", ["status"])
DATABASE_UNAVAILABLE = Counter(
    "hub_database_unavailable_responses",
    "Requests answered 503 because the database did not answer (pages and /healthz)",
)
INDEX_BUILD_SECONDS = Histogram(
    "hub_facet_index_build_seconds",
    "Time to build a listing's index in memory (kind=full) or apply changed rows to it "
    "(kind=changes), by catalogue",
    ["catalogue", "kind"],
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
INDEX_VERSION = Gauge(
    "hub_facet_index_version",
    "The newest version of a catalogue that a worker's index holds",
    ["catalogue"],
    multiprocess_mode="livemax",
)
SEARCHES = Counter(
    "hub_searches", "Searches of a listing with words, as search insights count them", ["catalogue"]
)
SEARCHES_WITHOUT_RESULT = Counter(
    "hub_searches_without_result", "Searches of a listing that found nothing", ["catalogue"]
)


class RequestMetricsMiddleware:
    """Times every answer and counts it by status, and the 503s of a database that is away.

    Outside DatabaseUnavailableMiddleware, which marks such a request (request.database_error,
    as /healthz does) and answers it; outside the gzip too, whose time is part of an answer's.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        view = match.view_name if match is not None else UNRESOLVED
        REQUEST_SECONDS.labels(view).observe(time.perf_counter() - started)
        RESPONSES.labels(str(response.status_code)).inc()
        if getattr(request, "database_error", None) is not None:
            DATABASE_UNAVAILABLE.inc()
        return response


def index_built(catalogue: str, kind: str, version: int, seconds: float) -> None:
    """A listing's index was built (kind "full") or had changed rows applied ("changes")."""
    INDEX_BUILD_SECONDS.labels(catalogue, kind).observe(seconds)
    INDEX_VERSION.labels(catalogue).set(version)


def searched(catalogue: str, total: int) -> None:
    SEARCHES.labels(catalogue).inc()
    if not total:
        SEARCHES_WITHOUT_RESULT.labels(catalogue).inc()


# Read at each scrape ------------------------------------------------------------------------


class Read:
    """A gauge read from the database at each scrape: read() gives {label value: figure}."""

    def __init__(
        self, name: str, documentation: str, label: str, read: Callable[[], dict[str, int]]
    ):
        self.name, self.documentation, self.label, self.read = name, documentation, label, read

    def family(self) -> Metric:
        family = GaugeMetricFamily(self.name, self.documentation, labels=[self.label])
        for value, figure in sorted(self.read().items()):
            family.add_metric([value], figure)
        return family


class FromDatabase(Collector):
    """The collector of the Read gauges. A database that is away leaves them out, and the
    scrape still answers with what the processes counted (the 503s among them)."""

    def __init__(self, reads: Iterable[Read]):
        self.reads = list(reads)

    def collect(self) -> Iterator[Metric]:
        for read in self.reads:
            try:
                family = read.family()
            except DatabaseError as error:
                log.info("metrics: the database did not answer (%s): its figures left out", error)
                return  # the next would wait for it again
            yield family


def _queues() -> set[str]:
    return {queue for backend in settings.TASKS.values() for queue in backend.get("QUEUES", [])}


def _tasks(status: str) -> dict[str, int]:
    from django_tasks_db.models import DBTaskResult

    found = (
        DBTaskResult.objects.filter(status=status)
        .order_by()
        .values_list("queue_name")
        .annotate(count=Count("pk"))
    )
    return dict.fromkeys(_queues(), 0) | dict(found)


def _catalogue_versions() -> dict[str, int]:
    from .models import IndexVersion
    from .triggers import CATALOGUES

    found = IndexVersion.objects.filter(name__in=list(CATALOGUES)).values_list("name", "version")
    return dict.fromkeys(CATALOGUES, 0) | dict(found)


READS = [
    Read(
        "hub_task_queue_depth",
        "Background tasks waiting to run, by queue",
        "queue",
        lambda: _tasks("READY"),
    ),
    Read(
        "hub_tasks_failed",
        "Background tasks that failed, by queue, while kept (prune_db_task_results)",
        "queue",
        lambda: _tasks("FAILED"),
    ),
    Read(
        "hub_catalogue_version",
        "A catalogue's version in the database, which the workers' indexes follow",
        "catalogue",
        _catalogue_versions,
    ),
]


# The page ---------------------------------------------------------------------------------


class _ThisProcess(Collector):
    """What this process counted, when it counts alone (no PROMETHEUS_MULTIPROC_DIR)."""

    def collect(self) -> Iterable[Metric]:
        return REGISTRY.collect()


def registry(more: Iterable[Read] = ()) -> CollectorRegistry:
    """A registry of one scrape: every worker's counts, or this process's, and the Read gauges."""
    scrape = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(scrape)
    else:
        scrape.register(_ThisProcess())
    scrape.register(FromDatabase([*READS, *more]))
    return scrape


def authorised(request: HttpRequest) -> bool:
    """Whether the request carries METRICS_TOKEN as its bearer token (compared in constant
    time); never without the setting."""
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


@csrf_exempt  # a scraper has no CSRF token: its bearer token is the authority
@never_cache
def view(request: HttpRequest, more: Iterable[Read] = ()) -> HttpResponse:
    """The figures in Prometheus's text format; to anyone else, the site's 404 page, as for an
    address that does not exist."""
    if not authorised(request):
        raise Http404
    return HttpResponse(generate_latest(registry(more)), content_type=CONTENT_TYPE_PLAIN_0_0_4)
