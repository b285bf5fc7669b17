"""The CSV and Atom exports, as spreadsheets and feed readers take them."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from eprm_hub.spreadsheets import neutralised, restored
from resources.importing import export_csv, import_csv
from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y"]


@pytest.mark.parametrize(
    "value", [*FORMULAS, "plain", "'quoted", "a=b", "", "'", "-", "Chocó – 2019"]
)
def test_a_neutralised_cell_is_restored_exactly(value):
    assert restored(neutralised(value)) == value
    assert not neutralised(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_resources_csv_neutralises_formulas_and_round_trips(client):
    for n, title in enumerate(FORMULAS):
        factories.resource(title, summary=f"=cmd|' /C calc'!A{n}", publisher="@Evil Corp")
    response = client.get("/en/resources/export.csv")
    body = response.getvalue().decode("utf-8")
    assert body.startswith("\ufefftitle,url,")  # a byte order mark: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))))
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert {row["title"] for row in rows} == {neutralised(t) for t in FORMULAS}
    # The importer takes the apostrophes off again: the same file changes nothing.
    result, problems = import_csv(body.encode("utf-8"))
    assert problems == []
    assert result.totals["skip"] == len(FORMULAS)
    assert sorted(Resource.objects.values_list("title", flat=True)) == sorted(FORMULAS)
    assert set(Resource.objects.values_list("summary", flat=True)) == {
        f"=cmd|' /C calc'!A{n}" for n in range(len(FORMULAS))
    }


def test_an_exported_file_imports_into_an_empty_library_unchanged():
    factories.resource("=1+1", summary="-minus first", tags=["@tag"])
    exported = export_csv()
    Resource.objects.all().delete()
    result, problems = import_csv(exported.encode())
    assert problems == [] and result.totals["new"] == 1
    resource = Resource.objects.get()
    assert (resource.title, resource.summary) == ("=1+1", "-minus first")
    assert [tag.name for tag in resource.tags.all()] == ["@tag"]


def test_the_projects_csv_neutralises_formulas_and_has_a_byte_order_mark(client):
    make.project("=2+2 in Chocó", summary="@bad", countries=["CO"])
    body = client.get("/en/projects/export.csv").getvalue().decode("utf-8")
    assert body.startswith("\ufefftitle,")
    row = next(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))))
    assert (row["title"], row["summary"]) == ("'=2+2 in Chocó", "'@bad")


def test_every_atom_entry_has_an_author(client):
    factories.resource("No publisher", publisher=None)
    factories.resource("Published by OECD", publisher="OECD")
    feed = ET.fromstring(client.get("/en/resources/feed/").content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    # RFC 4287: an entry without an author of its own needs the feed's.
    assert feed.find("atom:author/atom:name", ns).text.startswith("Due Diligence Hub")
    authors = {
        entry.find("atom:title", ns).text: entry.find("atom:author/atom:name", ns)
        for entry in feed.findall("atom:entry", ns)
    }
    assert authors["No publisher"] is None
    assert authors["Published by OECD"].text == "OECD"
