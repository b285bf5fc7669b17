"""The public CSV exports as a server can afford them (eprm_hub/downloads.py, docs/exports.md):
rows in constant time and queries per chunk, a rate limit per client, and never a file that
ends early while claiming to be whole."""

import csv
import io

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from eprm_hub import downloads
from resources import exporting
from resources.importing import export_header, export_queryset, export_row, import_csv
from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db

NEED = ["assess-risks", "audit-and-certification"]


def rows_of(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_the_export_is_the_import_format_row_for_row(client):
    factories.resource(
        "=Tin smelters", minerals=["tin", "gold"], needs=NEED, tiers=["midstream"], steps=["2"],
        regions=["great-lakes", "global"], tags=["RMAP", "smelters"], year=None, publisher=None,
        translations={"fr": {"title": "Fonderies", "summary": "Étain"}},
    )  # fmt: skip
    factories.resource("Plain", summary="-minus", languages=("en", "fr"))
    ids = list(Resource.objects.order_by("-pk").values_list("pk", flat=True))
    expected = [export_header()] + [
        export_row(row) for row in sorted(export_queryset(), key=lambda r: -r.pk)
    ]
    body = "".join(exporting.lines(ids)).removeprefix("\ufeff")
    assert list(csv.reader(io.StringIO(body))) == expected
    # And the file the visitor gets imports unchanged.
    result, problems = import_csv(rows_to_bytes(rows_of(client.get("/en/resources/export.csv"))))
    assert problems == [] and result.totals["skip"] == 2


def rows_to_bytes(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def test_a_large_export_costs_a_fixed_number_of_queries_per_chunk(monkeypatch):
    monkeypatch.setattr(exporting, "CHUNK", 40)
    monkeypatch.setattr(downloads, "SPOOL_MEMORY", 4096)  # past it, the file is on disk
    for n in range(130):
        factories.resource(f"Guide {n}", minerals=["tin"], needs=NEED[:1], tags=[f"t{n % 3}"])
    ids = list(Resource.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        chunks = list(exporting.lines(ids))
    # The header, then one string per chunk: no more than a chunk of rows is held at a time.
    assert len(chunks) == 1 + 4
    # The vocabulary and the content type once, then 7 queries a chunk, whatever the rows hold.
    assert len(queries) <= 6 + 7 * 4, [q["sql"][:80] for q in queries]
    response = downloads.csv_file(iter(chunks), "x.csv")
    assert response.file_to_stream._rolled  # spilled to disk, not kept in memory
    body = b"".join(response.streaming_content)
    assert int(response["Content-Length"]) == len(body)
    assert body.decode("utf-8-sig").count("\n") == 131


def test_anonymous_exports_are_limited_per_client_with_retry_after(client, editor):
    factories.resource("Tin smelters", minerals=["tin"])
    make.project("Gold in Chocó", countries=["CO"])
    for n in range(downloads.EXPORTS.requests):
        url = "/en/projects/export.csv" if n % 2 else "/en/resources/export.csv?mineral=tin"
        assert client.get(url).status_code == 200
    refused = client.get("/fr/resources/export.csv")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 3600
    page = refused.content.decode()
    assert '<html lang="fr">' in page and 'href="/fr/api/"' in page  # the API, which has no limit
    assert client.get("/en/projects/export.csv").status_code == 429  # one counter for both
    # Another client is not affected, nor is staff.
    assert Client(REMOTE_ADDR="192.0.2.9").get("/en/resources/export.csv").status_code == 200
    staff = Client()
    staff.force_login(editor)
    assert staff.get("/en/resources/export.csv").status_code == 200


def test_an_export_that_fails_midway_is_never_a_200(monkeypatch):
    monkeypatch.setattr(exporting, "CHUNK", 2)
    for n in range(6):
        factories.resource(f"Guide {n}")
    cells = exporting._cells
    calls = []

    def failing(*args):
        calls.append(1)
        if len(calls) == 3:  # the second chunk: the database goes away
            raise OperationalError("server closed the connection unexpectedly")
        return cells(*args)

    monkeypatch.setattr(exporting, "_cells", failing)
    response = Client(raise_request_exception=False).get("/en/resources/export.csv")
    assert response.status_code == 503
    assert "text/csv" not in response["Content-Type"]
    assert response["Retry-After"] == "60"
