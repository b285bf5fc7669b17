"""A resource's page, the exports, the feed, broken-link reports and the home page's cards."""

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from resources.importing import export_header
from resources.models import LinkReport, Resource

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    """A small library: gold and tin resources with various needs and tiers."""
    items = [
        factories.resource(
            f"Gold refiner guide {n}",
            minerals=["gold"],
            needs=["audit-and-certification"],
            tiers=["midstream"],
            year=2010 + n,
        )
        for n in range(30)
    ]
    items += [
        factories.resource("Tin mine mapping", minerals=["tin"], needs=["map-supply-chain"]),
        factories.resource(
            "Tin smelter audit",
            minerals=["tin"],
            needs=["audit-and-certification"],
            tiers=["midstream"],
            tags=["RMAP", "smelters"],
            languages=["en", "fr"],
            regions=["global"],
            steps=[4],
            publisher="Responsible Minerals Initiative",
        ),
    ]
    return items


def test_detail_page_links_every_value_back_into_the_search(client, library):
    resource = library[-1]
    html = client.get(resource.get_absolute_url()).content.decode()
    for link in [
        '/en/resources/?mineral=tin">',
        '/en/resources/?need=audit-and-certification">',
        '/en/resources/?tier=midstream">',
        '/en/resources/?step=4">',
        '/en/resources/?region=global">',
        '/en/resources/?language=fr">French</a>',
        '/en/resources/?type=guidance">Guidance</a>',
        '/en/resources/?q=RMAP">RMAP</a>',
        f'/en/resources/?publisher={resource.publisher.slug}">Responsible Minerals Initiative</a>',
        '/en/resources/?year_min=2020&amp;year_max=2020">2020</a>',
    ]:
        assert link in html, link
    assert f'href="{resource.url}" rel="external noopener"' in html
    assert "on example.org, outside the Hub" in html


def test_following_a_value_from_a_detail_page_finds_that_value(client, library):
    assert client.get("/en/resources/?mineral=tin").context["search"].total == 2


def test_related_resources_share_needs_minerals_and_tiers(client, library):
    related = client.get(library[-1].get_absolute_url()).context["related"]
    assert len(related) == 5
    # Only the other tin resource shares a mineral; the closest share need, mineral and tier.
    assert library[-1] not in related
    assert all(r.minerals.filter(slug="gold").exists() for r in related)
    assert [r.business_needs.get().slug for r in related] == ["audit-and-certification"] * 5


def test_json_export_has_the_page_of_the_listing(client, library):
    page = client.get("/en/resources/?mineral=gold&sort=year&page=2")
    data = client.get("/en/resources/export.json?mineral=gold&sort=year&page=2").json()
    assert data["count"] == 30 == page.context["search"].total
    assert (data["page"], data["pages"]) == (2, 2)
    assert [r["title"] for r in data["results"]] == [r.title for r in page.context["results"]]
    first = data["results"][0]
    assert set(first) == {
        "title", "url", "slug", "publisher", "year", "resource_type", "languages", "minerals",
        "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags", "summary",
        "detail_url",
    }  # fmt: skip
    assert first["minerals"] == ["gold"]
    assert first["detail_url"] == f"http://testserver/en/resources/{first['slug']}/"
    gold = next(v for v in data["facets"]["mineral"] if v["value"] == "gold")
    tin = next(v for v in data["facets"]["mineral"] if v["value"] == "tin")
    assert gold == {"value": "gold", "label": "Gold", "count": 30, "selected": True}
    assert tin["count"] == 2 and tin["selected"] is False
    assert set(data["facets"]) == {
        "need", "mineral", "tier", "step", "type", "language", "region", "publisher",
    }  # fmt: skip


def test_json_page_size(client, library):
    data = client.get("/en/resources/export.json?page_size=100").json()
    assert len(data["results"]) == 32 and data["pages"] == 1
    assert len(client.get("/en/resources/export.json?page_size=7").json()["results"]) == 7
    for bad in ("0", "101", "abc", "-1"):
        response = client.get(f"/en/resources/export.json?page_size={bad}")
        assert response.status_code == 400
        assert response.json() == {"error": "page_size must be a whole number from 1 to 100"}


def test_json_labels_follow_the_language(client, library):
    data = client.get("/fr/resources/export.json?mineral=gold").json()
    assert next(v for v in data["facets"]["mineral"] if v["value"] == "gold")["label"] == "Or"


def test_csv_export_is_the_whole_result_set_in_the_import_format(client, library):
    response = client.get("/en/resources/export.csv?mineral=gold&sort=year&page=2")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert list(rows[0]) == export_header()
    assert [r["title"] for r in rows] == [f"Gold refiner guide {n}" for n in range(29, -1, -1)]
    assert rows[0]["minerals"] == "gold" and rows[0]["business_needs"] == "audit-and-certification"
    text = client.get('/en/resources/export.csv?q="tin smelter"').getvalue().decode("utf-8-sig")
    assert [r["tags"] for r in csv.DictReader(io.StringIO(text))] == ["RMAP;smelters"]


def test_atom_feed_lists_the_newest_published_resources(client, library):
    factories.resource("A draft", status=Resource.Status.DRAFT)
    response = client.get("/en/resources/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    titles = [entry.find("atom:title", ns).text for entry in feed.findall("atom:entry", ns)]
    assert titles[0] == "Tin smelter audit"
    assert len(titles) == 30 and "A draft" not in titles


def test_reporting_a_broken_link_records_a_flag(client, library):
    resource = library[0]
    response = client.post(f"/en/resources/{resource.slug}/report-link/", follow=True)
    assert response.status_code == 200
    assert "the editors will check the link" in response.content.decode()
    assert LinkReport.objects.filter(resource=resource, resolved=False).count() == 1
    # The same visitor reporting the same link again adds nothing.
    client.post(f"/en/resources/{resource.slug}/report-link/")
    assert LinkReport.objects.filter(resource=resource).count() == 1


def test_reports_are_rate_limited_per_visitor(library):
    visitor = Client(REMOTE_ADDR="203.0.113.7")
    statuses = [
        visitor.post(f"/en/resources/{r.slug}/report-link/").status_code for r in library[:7]
    ]
    assert statuses == [302] * 5 + [429, 429]
    assert LinkReport.objects.count() == 5
    other = Client(REMOTE_ADDR="203.0.113.8")
    assert other.post(f"/en/resources/{library[6].slug}/report-link/").status_code == 302
    # Only a keyed hash of the address is kept.
    assert "203.0.113" not in "".join(LinkReport.objects.values_list("visitor", flat=True))


def test_reporting_needs_the_csrf_token_and_post(library):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"/en/resources/{library[0].slug}/report-link/").status_code == 403
    assert strict.get(f"/en/resources/{library[0].slug}/report-link/").status_code == 405
    assert LinkReport.objects.count() == 0
    page = strict.get(library[0].get_absolute_url())
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    response = strict.post(
        f"/en/resources/{library[0].slug}/report-link/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert LinkReport.objects.count() == 1


def test_drafts_cannot_be_reported(client):
    draft = factories.resource("Draft", status=Resource.Status.DRAFT)
    assert client.post(f"/en/resources/{draft.slug}/report-link/").status_code == 404


def test_home_cards_count_and_link_into_the_search(client, library):
    html = client.get("/en/").content.decode()
    card = re.search(
        r'href="/en/resources/\?need=audit-and-certification">.*?'
        r'<span class="need-card__count">(\d+) resources</span>',
        html,
        re.S,
    )
    assert card and card[1] == "31"
    assert '<dd><a href="/en/resources/">32</a></dd>' in html
    assert "Tin smelter audit" in html  # among the newest


@pytest.mark.parametrize(
    "path",
    [
        "/en/resources/",
        "/en/resources/?q=gold+refiner",
        "/en/resources/?mineral=gold&tier=midstream",
        "/en/resources/?q=smeltr",
        "/en/resources/export.json?q=gold",
        "/en/",
    ],
)
def test_pages_answer_in_a_bounded_number_of_queries(
    client, library, path, django_assert_max_num_queries
):
    client.get(path)  # the first request of a process builds the facet index
    with django_assert_max_num_queries(12):
        assert client.get(path).status_code == 200


def test_the_detail_page_answers_in_a_bounded_number_of_queries(
    client, library, django_assert_max_num_queries
):
    url = library[-1].get_absolute_url()
    client.get(url)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def test_an_unknown_resource_is_a_404_in_the_site_layout(client):
    response = client.get("/en/resources/no-such-thing/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
