"""The read API (/api/v1/): the same search as the HTML listings, nothing that is not public,
JSON errors, conditional GET and CORS."""

import re

import pytest
from django.test import Client

from members.models import Visibility
from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    factories.resource("Tin smelter audits", minerals=["tin"], tiers=["midstream"], year=2019)
    factories.resource("Gold refiner audits", minerals=["gold"], tiers=["midstream"], year=2021)
    factories.resource("Tin mine checklist", minerals=["tin"], tiers=["upstream"], year=2022)
    factories.resource("Secret draft on tin", minerals=["tin"], status=Resource.Status.DRAFT)
    factories.resource("Old tin guide", minerals=["tin"], status=Resource.Status.ARCHIVED)


@pytest.fixture
def directory():
    open_member = make.organisation(
        "Open Metals",
        pillar="supply-chain-actor",
        country="BE",
        contact_name="Ann Secret",
        contact_email="ann@example.org",
        policy_url="https://open.example.org/policy",
        steps_visibility=Visibility.PUBLIC,
    )
    make.organisation(
        "Quiet Metals",
        pillar="supply-chain-actor",
        supply_chain_visibility=Visibility.MEMBERS,
        disclosures_visibility=Visibility.MEMBERS,
        policy_url="https://quiet.example.org/hidden-policy",
        role="smelter-or-refiner",
    )
    make.organisation("Unlisted Metals", public=False)
    return open_member


def ids(answer):
    return [row["slug"] for row in answer["results"]]


@pytest.mark.parametrize(
    "query",
    ["", "mineral=tin", "mineral=tin&tier=midstream", "q=audits", "q=audits&mineral=gold",
     "year_min=2020&sort=title", "mineral=tin&mineral=gold&page=2&page_size=1"],
)  # fmt: skip
def test_counts_and_facets_are_the_html_listings(client, library, query):
    page = client.get(f"/en/resources/?{query}").context["search"]
    answer = client.get(f"/api/v1/resources/?{query}").json()
    assert answer["count"] == page.total
    assert {f["name"]: f["values"] for f in answer["facets"]} == page.as_facets_json()
    if "page_size" not in query:  # the HTML page has 20 a page
        assert (answer["page"], answer["pages"]) == (page.page, page.pages)
    assert [f["label"] for f in answer["facets"]] == [str(f.label) for f in page.facets]


def test_the_results_are_the_pages_rows_in_order(client, library):
    answer = client.get("/api/v1/resources/?mineral=tin&sort=title").json()
    assert ids(answer) == ["tin-mine-checklist", "tin-smelter-audits"]
    first = answer["results"][0]
    assert first["minerals"] == [{"slug": "tin", "name": "Tin"}]
    assert first["hub_url"] == "http://testserver/en/resources/tin-mine-checklist/"
    assert first["api_url"] == "http://testserver/api/v1/resources/tin-mine-checklist/"


def test_no_draft_or_archived_resource_ever_appears(client, library):
    answer = client.get("/api/v1/resources/?q=tin&page_size=100").json()
    assert "secret-draft-on-tin" not in ids(answer) and "old-tin-guide" not in ids(answer)
    for slug in ("secret-draft-on-tin", "old-tin-guide"):
        response = client.get(f"/api/v1/resources/{slug}/")
        assert response.status_code == 404
        assert "No published resource" in response.json()["error"]


def test_pagination_links(client, library):
    answer = client.get("/api/v1/resources/?sort=title&page_size=2").json()
    assert answer["previous"] is None
    assert answer["next"] == "http://testserver/api/v1/resources/?sort=title&page_size=2&page=2"
    second = client.get(answer["next"]).json()
    assert second["next"] is None and second["previous"].endswith("page=1")
    assert len(second["results"]) == 1


def test_unknown_parameters_and_values_are_listed(client, library):
    answer = client.get("/api/v1/resources/?mineral=unobtanium&colour=red&sort=best").json()
    assert {(i["parameter"], i["value"]) for i in answer["ignored"]} == {
        ("mineral", "unobtanium"),
        ("colour", "red"),
        ("sort", "best"),
    }
    assert answer["count"] == 3  # what the HTML page shows: the rest of the query still applies
    hostile = client.get(f"/api/v1/resources/?x%00={'a' * 300}").json()["ignored"]
    assert hostile == [{"parameter": "x\ufffd", "value": "a" * 100}]  # as the page shows it


@pytest.mark.parametrize("size", ["0", "101", "ten", "-5"])
def test_a_page_size_out_of_range_is_a_400_in_json(client, library, size):
    response = client.get(f"/api/v1/resources/?page_size={size}")
    assert response.status_code == 400
    assert response.json() == {"error": "page_size must be a whole number from 1 to 100"}


def test_an_unknown_language_is_a_400_and_labels_follow_the_language(client, library):
    assert client.get("/api/v1/resources/?lang=ja").status_code == 400
    french = client.get("/api/v1/resources/?lang=fr&mineral=tin").json()
    assert {"slug": "tin", "name": "Étain"} in french["results"][0]["minerals"]
    assert french["results"][0]["hub_url"].startswith("http://testserver/fr/resources/")
    by_header = client.get("/api/v1/resources/", headers={"accept-language": "fr-BE,en;q=0.5"})
    mineral = next(f for f in by_header.json()["facets"] if f["name"] == "mineral")
    assert mineral["label"] == "Minerai"
    english = client.get("/api/v1/resources/", headers={"accept-language": "ja"}).json()
    assert next(f for f in english["facets"] if f["name"] == "mineral")["label"] == "Mineral"


def test_conditional_get_answers_304_until_the_listing_changes(client, library):
    first = client.get("/api/v1/resources/?mineral=tin")
    tag = first["ETag"]
    again = client.get("/api/v1/resources/?mineral=tin", headers={"if-none-match": tag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/api/v1/resources/?mineral=gold", headers={"if-none-match": tag})
    assert other.status_code == 200  # another query, another tag
    factories.resource("New tin resource", minerals=["tin"])
    changed = client.get("/api/v1/resources/?mineral=tin", headers={"if-none-match": tag})
    assert changed.status_code == 200 and changed.json()["count"] == 3
    # A field the listing does not read changes the tag too (through `updated`).
    tag = changed["ETag"]
    resource = Resource.objects.get(slug="tin-mine-checklist")
    resource.company_name = "Acme"
    resource.save()
    detail = client.get("/api/v1/resources/?mineral=tin", headers={"if-none-match": tag})
    assert detail.status_code == 200


def test_cors_on_every_get(client, library):
    for path in ("resources/", "resources/tin-mine-checklist/", "vocabulary/minerals/",
                 "openapi.json", "resources/missing/"):  # fmt: skip
        assert client.get(f"/api/v1/{path}")["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/en/resources/")


def test_one_resource(client, library):
    answer = client.get("/api/v1/resources/tin-smelter-audits/?lang=fr").json()
    assert answer["title"] == "Tin smelter audits"
    assert [t["slug"] for t in answer["tiers"]] == ["midstream"]
    assert answer["minerals"] == [{"slug": "tin", "name": "Étain"}]
    assert answer["year"] == 2019 and answer["type"]["slug"] == "guidance"


def test_members_show_only_what_an_anonymous_visitor_sees(client, directory):
    listing = client.get("/api/v1/members/?page_size=100").json()
    assert ids(listing) == ["open-metals", "quiet-metals"]  # never the unlisted one
    assert client.get("/api/v1/members/unlisted-metals/").status_code == 404
    body = client.get("/api/v1/members/?page_size=100").content.decode()
    for secret in ("Ann Secret", "ann@example.org", "hidden-policy"):
        assert secret not in body
    quiet = client.get("/api/v1/members/quiet-metals/").json()
    assert quiet["supply_chain"] is None and quiet["disclosures"] is None
    assert quiet["steps"] is None  # members only by default
    open_member = client.get("/api/v1/members/open-metals/").json()
    assert open_member["disclosures"]["policy_url"] == "https://open.example.org/policy"
    assert [s["number"] for s in open_member["steps"]] == [1, 2, 3, 4, 5]
    assert open_member["country"] == {"slug": "BE", "name": "Belgium"}
    # The role facet counts only public roles, as the HTML directory does.
    page = client.get("/en/members/").context["search"]
    assert listing["count"] == page.total
    role = next(f for f in listing["facets"] if f["name"] == "role")
    assert all(v["count"] == 0 for v in role["values"])


def test_projects_published_only_with_partners_by_name(client, directory):
    partner = make.organisation("Field Partner NGO", member=False, public=False)
    make.project(
        "Gold in Kivu",
        countries=["CD"],
        minerals=["gold"],
        partners=[(directory, "lead"), (partner, "implementing")],
    )
    make.project("Draft project", is_published=False)
    listing = client.get("/api/v1/projects/").json()
    assert ids(listing) == ["gold-in-kivu"]
    assert client.get("/api/v1/projects/draft-project/").status_code == 404
    project = client.get("/api/v1/projects/gold-in-kivu/").json()
    assert project["partners"] == [
        {"name": "Open Metals", "role": {"slug": "lead", "name": "Lead organisation"},
         "member": "open-metals"},
        {"name": "Field Partner NGO",
         "role": {"slug": "implementing", "name": "Implementing partner"}, "member": None},
    ]  # fmt: skip
    assert [c["slug"] for c in project["countries"]] == ["CD"]
    assert project["minerals"] == [{"slug": "gold", "name": "Gold"}]
    assert client.get("/api/v1/projects/?partner=open-metals").json()["count"] == 1


@pytest.mark.parametrize(
    "kind", ["minerals", "tiers", "steps", "needs", "types", "regions", "sdgs"]
)
def test_vocabulary_in_every_language(client, kind):
    terms = client.get(f"/api/v1/vocabulary/{kind}/").json()
    assert terms and all(set(t["names"]) == {"en", "fr", "es", "pt", "de", "nl"} for t in terms)
    assert all(all(t["names"].values()) for t in terms)


def test_content_comes_with_its_language_and_translations(client, library):
    resource = Resource.objects.get(slug="tin-mine-checklist")
    resource.translations = {"fr": {"title": "Liste de contrôle des mines d’étain"}}
    resource.save()
    item = client.get("/api/v1/resources/tin-mine-checklist/").json()
    assert item["text_language"] == "en"
    assert item["translations"] == {"fr": {"title": "Liste de contrôle des mines d’étain"}}
    listed = client.get("/api/v1/resources/?q=checklist").json()["results"]
    assert listed[0]["translations"] == item["translations"]


def test_vocabulary_names_and_region_tree(client):
    minerals = {t["slug"]: t["names"] for t in client.get("/api/v1/vocabulary/minerals/").json()}
    assert minerals["tin"] == {
        "en": "Tin",
        "fr": "Étain",
        "es": "Estaño",
        "pt": "Estanho",
        "de": "Zinn",
        "nl": "Tin",
    }
    regions = client.get("/api/v1/vocabulary/regions/").json()
    assert any(r["parent"] for r in regions)


def test_unknown_addresses_are_json_404s(client):
    response = client.get("/api/v1/nothing/")
    assert response.status_code == 404 and "No such address" in response.json()["error"]


def test_the_openapi_document_describes_every_parameter(client, library):
    document = client.get("/api/v1/openapi.json").json()
    listing = document["paths"]["/api/v1/resources/"]["get"]
    parameters = {p["name"]: p["schema"] for p in listing["parameters"]}
    assert set(parameters) >= {"q", "mineral", "tier", "need", "step", "type", "region",
                               "language", "publisher", "year_min", "year_max", "sort",
                               "page", "page_size", "lang"}  # fmt: skip
    mineral = next(p for p in listing["parameters"] if p["name"] == "mineral")
    assert "`tin`" in mineral["description"] and "ignored" in mineral["description"]
    sort = next(p for p in listing["parameters"] if p["name"] == "sort")
    assert "`relevance`, `newest`, `title`, `year`" in sort["description"]
    assert parameters["page_size"]["maximum"] == 100
    projects = document["paths"]["/api/v1/projects/"]["get"]
    assert {p["name"] for p in projects["parameters"]} >= {"status", "sdg", "partner", "gender"}


def test_the_documentation_page_is_served_by_the_hub(client):
    assert client.get("/api/v1/docs/", headers={"accept-language": "fr"}).url == "/fr/api/"
    response = client.get("/en/api/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "/static/js/api-docs.js" in html
    assert "<script>" not in html  # the policy allows no inline script


# The operations, with an address that answers 200 for each (the fixtures' data).
OPERATIONS = [
    "resources/", "resources/tin-smelter-audits/", "members/", "members/open-metals/",
    "projects/", "projects/gold-in-kivu/", "rules/?country=DE&employees=40",
    *(f"vocabulary/{kind}/" for kind in ("minerals", "tiers", "steps", "needs", "types",
                                           "regions", "sdgs")),
    "openapi.json",
]  # fmt: skip


@pytest.fixture
def everything(library, directory):
    make.project("Gold in Kivu", countries=["CD"], minerals=["gold"])


@pytest.mark.parametrize("address", OPERATIONS)
def test_head_answers_as_get_does_without_a_body(client, everything, address):
    get = client.get(f"/api/v1/{address}")
    head = client.head(f"/api/v1/{address}")
    assert (get.status_code, head.status_code) == (200, 200)
    assert head.content == b"" and head["Content-Type"] == get["Content-Type"]
    assert head["Access-Control-Allow-Origin"] == "*"
    if "ETag" in get:
        assert head["ETag"] == get["ETag"]
        again = client.head(f"/api/v1/{address}", headers={"if-none-match": get["ETag"]})
        assert again.status_code == 304
    missing = client.head("/api/v1/resources/no-such-resource/")
    assert missing.status_code == 404


@pytest.mark.parametrize("address", [*OPERATIONS, "no/such/address/"])
def test_the_cors_preflight_allows_conditional_requests(client, everything, address):
    response = client.options(
        f"/api/v1/{address}",
        headers={
            "origin": "https://elsewhere.example.org",
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    allowed = [h.strip().lower() for h in response["Access-Control-Allow-Headers"].split(",")]
    assert "if-none-match" in allowed
    assert int(response["Access-Control-Max-Age"]) > 0
    assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "QUERY", "TRACE"])
@pytest.mark.parametrize("address", ["resources/", "members/open-metals/", "openapi.json"])
def test_other_methods_are_a_json_405_with_allow(everything, method, address):
    client = Client(enforce_csrf_checks=True)  # as a browser or a script meets the API
    response = client.generic(method, f"/api/v1/{address}", "{}", "application/json")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert method in response.json()["error"]
    unknown = client.generic(method, "/api/v1/no/such/address/")
    assert unknown.status_code == 404 and "error" in unknown.json()


def _admits(parameter, value):
    """Whether the parameter's schema admits the value as a query string gives it (the
    keywords the document uses for a query parameter)."""
    schema = parameter["schema"]
    if schema.get("type") == "array":
        schema = schema["items"]
    if schema.get("type") == "integer":
        if not value.isdigit():
            return False
        value = int(value)
    elif schema.get("type") != "string":
        return False
    return (
        value in schema.get("enum", [value])
        and schema.get("minimum", value) <= value <= schema.get("maximum", value)
        and ("pattern" not in schema or re.search(schema["pattern"], value) is not None)
    )


@pytest.mark.parametrize(
    "kind, query",
    [("members", "sort=AAA"), ("projects", "sort=AAA"), ("resources", "year_min=10000"),
     ("resources", "year_max=abc"), ("resources", "mineral=unobtanium"),
     ("projects", "status=whatever"), ("members", "page=first")],
)  # fmt: skip
def test_the_document_admits_what_the_server_accepts(client, everything, kind, query):
    """A value a listing ignores answers 200: the document must not declare it invalid."""
    name, value = query.split("=")
    response = client.get(f"/api/v1/{kind}/?{query}")
    assert response.status_code == 200
    if name != "page":  # a page that is not a number is the first, as on the pages
        assert {"parameter": name, "value": value} in response.json()["ignored"]
    document = client.get("/api/v1/openapi.json").json()
    parameter = next(
        p for p in document["paths"][f"/api/v1/{kind}/"]["get"]["parameters"] if p["name"] == name
    )
    assert _admits(parameter, value), parameter["schema"]


def test_page_size_is_digits_only_as_documented(client, library):
    for size in (" 5", "+5", "5.0", ""):
        assert client.get(f"/api/v1/resources/?page_size={size}").status_code == 400
    assert client.get("/api/v1/resources/?page_size=5").status_code == 200


def test_texts_follow_lang_with_the_pages_fallback(client, library, directory):
    resource = Resource.objects.get(slug="tin-mine-checklist")
    resource.translations = {"de": {"title": "Checkliste für Zinnminen"}}
    resource.save()
    german = client.get("/api/v1/resources/tin-mine-checklist/?lang=de").json()
    assert german["title"] == "Checkliste für Zinnminen"
    assert german["summary"] == resource.summary  # no German summary: the original
    assert german["text_languages"] == {"title": "de", "summary": "en"}
    assert german["text_language"] == "en"
    assert german["translations"] == {"de": {"title": "Checkliste für Zinnminen"}}
    listed = client.get("/api/v1/resources/?q=checklist", headers={"accept-language": "de"})
    assert listed.json()["results"][0]["title"] == "Checkliste für Zinnminen"
    assert client.get("/api/v1/resources/tin-mine-checklist/?lang=nl").json()["title"] == (
        "Tin mine checklist"
    )
    organisation = directory
    organisation.description = "We smelt tin."
    organisation.translations = {"es": {"description": "Fundimos estaño."}}
    organisation.save()
    member = client.get("/api/v1/members/open-metals/?lang=es").json()
    assert member["description"] == "Fundimos estaño."
    assert member["text_languages"] == {"description": "es"}
    project = make.project("Gold in Kivu", summary="Gold", objectives="Traceable gold.")
    project.translations = {"pt": {"title": "Ouro no Kivu", "objectives": "Ouro rastreável."}}
    project.save()
    detail = client.get("/api/v1/projects/gold-in-kivu/?lang=pt").json()
    assert (detail["title"], detail["objectives"]) == ("Ouro no Kivu", "Ouro rastreável.")
    assert detail["text_languages"] == {"title": "pt", "summary": "en", "objectives": "pt"}
    assert client.get("/api/v1/projects/?lang=pt").json()["results"][0]["title"] == "Ouro no Kivu"


def test_the_documentation_page_names_the_six_languages(client):
    for prefix in ("en", "fr", "de"):
        html = client.get(f"/{prefix}/api/").content.decode()
        for code in ("en", "fr", "es", "pt", "de", "nl"):
            assert f"<code>{code}</code>" in html


def test_the_rules_document_admits_what_the_form_accepts(client):
    """An empty value is the parameter left out (200); a checkbox takes any value; a bad
    lang is a 400 with `fields`, as the document's answer for a 400 says."""
    document = client.get("/api/v1/openapi.json").json()
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/rules/"]["get"]["parameters"]}
    for name, value in [("turnover_eur", ""), ("minerals", ""), ("imports", ""),
                        ("country", ""), ("batteries", "yes")]:  # fmt: skip
        assert client.get(f"/api/v1/rules/?{name}={value}").status_code == 200
        assert _admits(parameters[name], value), name
    assert any(option.get("maxLength") == 0 for option in parameters["on"]["schema"]["anyOf"])
    response = client.get("/api/v1/rules/?lang=xx")
    assert response.status_code == 400 and response.json()["fields"] == {
        "lang": ["lang must be one of: en, fr, es, pt, de, nl"]
    }
