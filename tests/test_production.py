"""Production serving: collectstatic, then gunicorn with DEBUG off, as README.md shows it."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def url_of_the_test_database(django_db_blocker):
    """The test database as a DATABASE_URL (over the socket for the embedded server)."""
    db = connection.settings_dict
    with django_db_blocker.unblock():
        host = connection.get_connection_params().get("host", "")
    return f"postgres://{db['USER']}@{quote(host, safe='')}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.mark.django_db
def test_gunicorn_serves_the_site_with_hashed_compressed_static_files(tmp_path, django_db_blocker):
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "production-test-key-" + "k3Jx9Qw2Lm7Vr5Ts" * 3,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": url_of_the_test_database(django_db_blocker),
    }
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert collect.returncode == 0, collect.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                status, _, body = get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.1)
        assert (status, body) == (200, b'{"status": "ok", "database": "ok"}')

        status, headers, body = get(f"{base}/en/about/")
        assert status == 200
        stylesheet = re.search(rb'href="(/static/css/hub\.[0-9a-f]{12}\.css)"', body)
        assert stylesheet, "the page links the hashed stylesheet"

        status, headers, body = get(base + stylesheet[1].decode(), **{"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert "immutable" in headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=10)
