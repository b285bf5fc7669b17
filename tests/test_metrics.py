"""/metrics (eprm_hub/metrics.py): scraped with its token and read with prometheus_client's own
parser; the requests, statuses, 503s, index builds, searches, task queues and alert e-mails it
counts; and a 404 to anyone without the token. The figures of several gunicorn workers added
up: test_metrics_processes.py.

This process counts alone (no PROMETHEUS_MULTIPROC_DIR), and its counts run on from test to
test: each test compares two scrapes.
"""

import re

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import path
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from config.urls import urlpatterns as hub_urlpatterns
from eprm_hub import insights
from eprm_hub.tasks import refresh_words
from eprm_hub.triggers import CATALOGUES

from . import factories
from .test_alerts import confirmed, published
from .test_search_insights import BROWSER
from .test_settings import run_django

pytestmark = pytest.mark.django_db

TOKEN = "kq8Vt3Lw9Zr2Xn5Bp7Hd4Jf6Mc1Gs0Ya"


def busy(request):
    """A statement the database cancels (its time is up), as a busy database's would be."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 1")
        cursor.execute("SELECT pg_sleep(1)")


urlpatterns = [*hub_urlpatterns, path("busy/", busy, name="busy")]


@pytest.fixture(autouse=True)
def token(settings):
    settings.METRICS_TOKEN = TOKEN


class Figures:
    """A scrape's samples: figures[name, {label: value}], 0 for one not there."""

    def __init__(self, text):
        self.families = {family.name: family for family in text_string_to_metric_families(text)}
        self.samples = [s for family in self.families.values() for s in family.samples]

    def __getitem__(self, key):
        name, labels = key if isinstance(key, tuple) else (key, {})
        found = [
            s.value for s in self.samples if s.name == name and labels.items() <= s.labels.items()
        ]
        return sum(found)

    def labels(self, name, label):
        return {s.labels[label] for s in self.samples if s.name == name}


def scrape(client):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
    return Figures(response.content.decode())


def test_requests_are_timed_by_view_name_and_counted_by_status(client):
    guide = factories.resource("Smelter audit guide")
    before = scrape(client)
    assert client.get("/en/about/").status_code == 200
    assert client.get(f"/en/resources/{guide.slug}/").status_code == 200
    assert client.get("/en/no-such-page/").status_code == 404
    after = scrape(client)

    requests = "hub_request_duration_seconds_count"
    assert after[requests, {"view": "about"}] == before[requests, {"view": "about"}] + 1
    assert after[requests, {"view": "resources:detail"}] == (
        before[requests, {"view": "resources:detail"}] + 1
    )
    assert after[requests, {"view": "none"}] == before[requests, {"view": "none"}] + 1
    # A view's name, never the address: a label takes as many values as there are views.
    assert not [view for view in after.labels(requests, "view") if "/" in view]
    assert after["hub_request_duration_seconds_sum", {"view": "about"}] > 0
    # The two pages and the first scrape; the second is counted once it is answered.
    status = "hub_responses_total"
    assert after[status, {"status": "200"}] == before[status, {"status": "200"}] + 3
    assert after[status, {"status": "404"}] == before[status, {"status": "404"}] + 1
    assert after[status, {"status": "500"}] == before[status, {"status": "500"}]


@pytest.mark.urls("tests.test_metrics")
def test_the_503s_of_a_database_that_does_not_answer_are_counted(client):
    before = scrape(client)
    response = client.get("/busy/")
    assert response.status_code == 503
    assert client.get("/healthz").status_code == 200  # and the outage ends
    after = scrape(client)
    unavailable = "hub_database_unavailable_responses_total"
    assert after[unavailable] == before[unavailable] + 1
    assert after["hub_responses_total", {"status": "503"}] == (
        before["hub_responses_total", {"status": "503"}] + 1
    )


@pytest.fixture
def own_buffer(settings):
    """No thread writing the search insights behind the test's back."""
    settings.SEARCH_INSIGHTS_FLUSH_SECONDS = 0
    insights.discard()
    yield
    insights.discard()


def test_a_search_that_finds_nothing_is_counted(client, own_buffer):
    factories.resource("Tin smelter audit guide", minerals=["tin"])
    before = scrape(client)
    found = client.get("/en/resources/", {"q": "smelter"}, HTTP_USER_AGENT=BROWSER)
    assert "Tin smelter audit guide" in re.sub(r"<[^>]*>", "", found.content.decode())
    client.get("/en/resources/", {"q": "qqxzvw"}, HTTP_USER_AGENT=BROWSER)
    after = scrape(client)
    resources = {"catalogue": "resources"}
    assert after["hub_searches_total", resources] == before["hub_searches_total", resources] + 2
    none = "hub_searches_without_result_total"
    assert after[none, resources] == before[none, resources] + 1


def test_the_queues_depth_and_failed_tasks_are_read_at_each_scrape(client):
    before = scrape(client)
    assert before.labels("hub_task_queue_depth", "queue") == {"default", "imports"}
    result = refresh_words.enqueue("no-such-catalogue")  # a KeyError when it runs
    queued = scrape(client)
    default = {"queue": "default"}
    depth = "hub_task_queue_depth"
    assert queued[depth, default] == before[depth, default] + 1

    # The worker's own code runs it (its loop would close the test's connection).
    task = DBTaskResult.objects.get(id=result.id)
    task.claim("test-worker")
    Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="default",
        startup_delay=False, max_tasks=1, worker_id="test-worker", excluded_queue_names=[],
    ).run_task(task)  # fmt: skip
    ran = scrape(client)
    assert ran[depth, default] == before[depth, default]
    assert ran["hub_tasks_failed", default] == before["hub_tasks_failed", default] + 1
    assert DBTaskResult.objects.failed().count() == ran["hub_tasks_failed"]


def test_a_listing_request_builds_its_index_and_reports_its_version(client):
    factories.resource("Cobalt refinery audit", minerals=["cobalt"])  # a new version
    before = scrape(client)
    assert client.get("/en/resources/").status_code == 200
    after = scrape(client)
    resources = {"catalogue": "resources"}
    builds = "hub_facet_index_build_seconds_count"
    assert after[builds, resources] == before[builds, resources] + 1
    assert after["hub_facet_index_build_seconds_sum", resources] > 0
    assert after.labels("hub_catalogue_version", "catalogue") == set(CATALOGUES)
    # The index holds the version the database has.
    version = after["hub_catalogue_version", resources]
    assert version > 0
    assert after["hub_facet_index_version", resources] == version


def test_alert_emails_are_read_by_state(client, smtp):
    before = scrape(client)
    assert before.labels("hub_alert_emails", "state") == {"sent", "waiting", "failing", "bounced"}
    confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    call_command("send_alerts", verbosity=0)
    after = scrape(client)
    assert len(smtp.messages) == 1
    sent = {"state": "sent"}
    assert after["hub_alert_emails", sent] == before["hub_alert_emails", sent] + 1


# Who may read it --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_AUTHORIZATION": "Bearer " + TOKEN[:-1] + "b"},
        {"HTTP_AUTHORIZATION": TOKEN},
        {"HTTP_AUTHORIZATION": "Basic " + TOKEN},
        {"HTTP_AUTHORIZATION": "Bearer " + TOKEN + " "},
    ],
    ids=["no token", "wrong token", "no scheme", "another scheme", "more"],
)
def test_without_the_token_it_is_a_page_that_does_not_exist(client, headers):
    response = client.get("/metrics", **headers)
    assert response.status_code == 404
    # The site's 404 page, as for any address that does not exist.
    assert response.content == client.get("/metrics", **headers).content
    assert b"hub_" not in response.content
    assert b"We could not find that page" in response.content
    # Nor does a post give it away (a 403 for the missing CSRF token would).
    assert client.post("/metrics", **headers).status_code == 404


def test_without_the_setting_no_token_opens_it(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 404


def test_it_is_at_the_root_only(client):
    assert client.get("/en/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 404


def test_a_short_token_stops_the_hub_at_start():
    result = run_django({"METRICS_TOKEN": "secret", "DEBUG": "1"})
    assert result.returncode == 1
    assert result.stderr.strip() == "METRICS_TOKEN is too short: use 32 random characters or more."
