"""/metrics under gunicorn with two workers (eprm_hub/metrics.py, gunicorn.conf.py): a scrape,
whichever worker answers it, gives the whole server's figures, and an ended worker's counts
stay in them while its gauges go.
"""

import os
import signal
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families

from .gunicorn import serve

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TOKEN = "Zp4Qw8Er2Ty6Ui0Op3As7Df1Gh5Jk9Lz"
COUNT = "hub_request_duration_seconds_count"


@pytest.fixture
def hub(tmp_path, transactional_db):
    """gunicorn with two workers on this test's database, counting in a folder of its own
    (made by gunicorn.conf.py as gunicorn starts)."""
    database = connection.settings_dict
    folder = tmp_path / "metrics"
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}",
        "PROMETHEUS_MULTIPROC_DIR": str(folder),
        "METRICS_TOKEN": TOKEN,
    }
    server, base = serve(env, tmp_path / "gunicorn.log", workers=2)
    try:
        yield base, folder
    finally:
        server.terminate()
        server.wait(timeout=10)


def get(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
        return r.status, r.read().decode()


def scraped(base, view):
    status, text = get(f"{base}/metrics", Authorization=f"Bearer {TOKEN}")
    assert status == 200
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == COUNT and sample.labels == {"view": view}
    )


def by_worker(folder, view):
    """{worker's pid: requests to the view it counted}, read from each worker's own file."""
    counted = {}
    for path in folder.glob("histogram_*.db"):
        pid = int(path.stem.rsplit("_", 1)[1])
        for family in MultiProcessCollector.merge([str(path)]):
            for sample in family.samples:
                if sample.name == COUNT and sample.labels == {"view": view}:
                    counted[pid] = sample.value
    return counted


def test_a_scrape_adds_up_every_workers_figures(hub):
    base, folder = hub
    made = 0
    with ThreadPoolExecutor(max_workers=8) as pool:
        # Until each worker has answered some: the kernel hands the connections out.
        for _ in range(20):
            statuses = list(pool.map(lambda _: get(f"{base}/en/about/")[0], range(20)))
            assert statuses == [200] * 20
            made += 20
            if len(by_worker(folder, "about")) == 2:
                break
    counted = by_worker(folder, "about")
    assert len(counted) == 2 and all(counted.values()), counted
    assert sum(counted.values()) == made
    for _ in range(4):  # whichever worker answers the scrape
        assert scraped(base, "about") == made

    # A worker that ends: its counts stay part of the server's, its gauges go (child_exit).
    gone = next(iter(counted))
    gauges = folder / f"gauge_livemax_{gone}.db"
    for _ in range(100):  # each worker builds its listings' indexes as it starts
        if gauges.exists():
            break
        time.sleep(0.1)
    assert gauges.exists()
    os.kill(gone, signal.SIGTERM)
    for _ in range(100):
        if not gauges.exists():
            break
        time.sleep(0.1)
    assert not gauges.exists()
    assert get(f"{base}/en/about/")[0] == 200
    assert scraped(base, "about") == made + 1
