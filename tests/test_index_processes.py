"""An edit is seen on the very next request of another process, which applies the changed
rows to its index instead of rebuilding it (docs/facets.md, "Changes").

The other process is gunicorn serving the Hub from this test's database; the edits are made
here, through the ORM, and committed, as an editor's save in the admin would be.
"""

import os
import re
import time
import urllib.parse
import urllib.request

import pytest
from django.db import connection

from eprm_hub.models import Mineral
from eprm_hub.triggers import SEQUENCE
from resources.models import Resource

from . import factories
from .gunicorn import serve

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def get(base, path, **query):
    """The page's text, without its tags (a title's words are marked where they match)."""
    url = f"{base}{path}?{urllib.parse.urlencode(query)}" if query else f"{base}{path}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", "", response.read().decode()))


@pytest.fixture
def other_process(tmp_path, transactional_db):
    """gunicorn (one worker, so that every request meets the same index) on this database,
    logging what its indexes do."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}",
        "LOG_LEVEL": "INFO",
        "FACET_REBUILD_AT_ONCE": "0",  # as a large listing is: rebuilt in the background
    }
    with connection.cursor() as cursor:
        # The test database was put back as it was after migrating, its versions with it,
        # but not its sequence: start the log afresh, as a running site's would be.
        cursor.execute("TRUNCATE eprm_hub_indexchange")
        cursor.execute("UPDATE eprm_hub_indexversion SET version = nextval(%s)", [SEQUENCE])
    log = tmp_path / "gunicorn.log"
    server, base = serve(env, log, workers=1)
    try:
        yield base, Log(log)
    finally:
        server.terminate()
        server.wait(timeout=10)


class Log:
    """The server's log from now on."""

    def __init__(self, path):
        self.path, self.start = path, len(path.read_text())

    def read_text(self):
        return self.path.read_text()[self.start :]


def test_an_edit_is_seen_on_the_next_request_of_another_process(other_process):
    base, log = other_process
    guide = factories.resource("Smelter audit guide", minerals=["tin"])
    factories.resource("Tin mine due diligence", minerals=["tin"])
    assert "Smelter audit guide" in get(base, "/en/resources/", q="smelter")  # builds the index

    guide.title = "Zanzibar cobalt refinery audit"
    guide.save()
    guide.minerals.set(Mineral.objects.filter(slug="cobalt"))
    Resource.objects.filter(pk=guide.pk).refresh_search_text()
    assert "Zanzibar cobalt refinery audit" in get(base, "/en/resources/", q="zanzibar")
    by_mineral = get(base, "/en/resources/", mineral="cobalt")
    assert "Zanzibar cobalt refinery audit" in by_mineral
    assert "Tin mine due diligence" not in by_mineral

    added = factories.resource("Artisanal gold traceability")
    assert "Artisanal gold traceability" in get(base, "/en/resources/", q="traceability")
    Resource.objects.filter(pk=added.pk).update(status=Resource.Status.ARCHIVED)
    assert "Artisanal gold traceability" not in get(base, "/en/resources/", q="traceability")

    written = log.read_text()
    assert written.count("changed rows applied to the index") >= 3  # one per request at least
    assert "rebuilding the index" not in written  # no request waited for a build


def test_a_vocabulary_edit_is_seen_once_the_index_is_rebuilt_in_the_background(other_process):
    base, log = other_process
    factories.resource("Cobalt refinery audit", minerals=["cobalt"])
    assert "Cobalt refinery audit" in get(base, "/en/resources/")
    Mineral.objects.filter(slug="cobalt").update(name="Cobalt and its hydroxides")
    # The first request after the edit is answered from the index the process has.
    assert "Cobalt refinery audit" in get(base, "/en/resources/")
    for _ in range(100):
        if "Cobalt and its hydroxides" in get(base, "/en/resources/"):
            break
        time.sleep(0.2)
    else:
        pytest.fail("the rebuilt index never showed the vocabulary's new name")
    assert "rebuilding the index in the background" in log.read_text()
