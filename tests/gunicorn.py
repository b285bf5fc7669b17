"""The Hub in gunicorn for the tests that need real processes: started on a free port with
its output in a log, and ready once /healthz answers."""

import subprocess
import sys
import time
import urllib.error
import urllib.request

from django.conf import settings

from tests.test_production import free_port


def serve(env, log, workers=2):
    """(the gunicorn process, its address) of config.wsgi with these workers and this
    environment, writing to the log; ready to answer (or given 15 s to be)."""
    port = free_port()
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", str(workers),
             "--bind", f"127.0.0.1:{port}"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=15) as response:
                if response.status == 200:
                    break
        except (OSError, urllib.error.HTTPError):
            pass
        time.sleep(0.1)
    return server, base
