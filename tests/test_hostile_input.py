"""What an attacker or a fuzzer sends: never a 500, never a link off the site, never a name
that is not public."""

import re
from urllib.parse import quote, unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    factories.resource("Gold guide", minerals=["gold"], publisher="OECD")
    factories.resource("Draft guide", publisher="Quiet Press", status=Resource.Status.DRAFT)
    member = make.organisation("Listed Metals", slug="listed-metals", country="NL")
    hidden = make.organisation("Hidden Partner Ltd", slug="hidden-partner", member=False)
    draft_only = make.organisation("Draft Partner", slug="draft-partner", member=False)
    make.project("Gold in Kivu", countries=["CD"], minerals=["gold"], partners=[(member, "lead")])
    make.project("Unpublished", partners=[(draft_only, "lead")], is_published=False)
    return {"member": member, "hidden": hidden}


# The defects found by fuzzing ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/en/resources/?publisher=%00",
        "/en/resources/?mineral=a%00b",
        "/en/projects/?partner=a%00b",
        "/en/projects/?country=%00",
        "/en/members/?country=c%00d",
        "/en/resources/export.json?publisher=%00",
        "/en/resources/export.csv?publisher=%00",
        "/en/projects/export.csv?partner=%00",
    ],
)
def test_a_nul_byte_in_a_facet_value_is_ignored(client, content, url):
    response = client.get(url)
    assert response.status_code == 200
    if "export" not in url:
        assert "We ignored what we did not recognise" in response.content.decode()


@pytest.mark.parametrize("listing", ["resources", "members", "projects"])
@pytest.mark.parametrize("suffix", ["/", "/export.csv", "/export.json"])
def test_a_huge_page_number_falls_back_to_the_last_page(client, content, listing, suffix):
    if listing != "resources" and suffix == "/export.json":
        return  # only the library has a JSON export
    if listing == "members" and suffix == "/export.csv":
        return
    response = client.get(f"/en/{listing}{suffix}?q=gold&page=1000000000000000000")
    assert response.status_code == 200


def test_a_media_name_too_long_for_the_file_system_is_a_404(client):
    assert client.get(f"/media/logos/{'a' * 300}.png").status_code == 404
    assert client.get(f"/media/project-documents/{'b' * 300}.pdf").status_code == 404


@pytest.mark.parametrize(
    "path", ["//evil.example/login", "/%2F%2Fevil.example/x", "/\\evil.example/", "///evil/x"]
)
def test_links_built_from_the_path_stay_on_the_site(client, path):
    # The path as a WSGI server passes it, decoded (and the test client would read
    # "//evil.example" as a host name).
    html = client.get("/", PATH_INFO=unquote(path)).content.decode()
    links = re.findall(r'<(?:a|link)[^>]+href="([^"]*)"', html)
    assert len(links) > 10
    for href in links:
        href = href.removeprefix("http://testserver")  # the head's canonical and alternates
        assert href.startswith(("/", "#")) and not href.startswith(("//", "/\\")), href


def test_an_unlisted_organisation_is_ignored_like_an_unknown_one(client, content):
    unknown = client.get("/en/projects/?partner=no-such-organisation").content.decode()
    for slug, name in [("hidden-partner", "Hidden Partner Ltd"), ("draft-partner", "Draft")]:
        html = client.get(f"/en/projects/?partner={slug}").content.decode()
        assert name not in html
        assert f"<code>partner={slug}</code>" in html
        assert "We ignored what we did not recognise" in unknown
    # A listed member without published projects is public: it filters to nothing.
    html = client.get("/en/projects/?partner=listed-metals").content.decode()
    assert "Listed Metals" in html


def test_a_publisher_of_drafts_only_is_ignored_like_an_unknown_one(client, content):
    html = client.get("/en/resources/?publisher=quiet-press").content.decode()
    assert "Quiet Press" not in html
    assert "<code>publisher=quiet-press</code>" in html


# Every public GET endpoint, every parameter --------------------------------------------

ENDPOINTS = [
    "/", "/en/", "/fr/", "/en/about/", "/healthz", "/en/accounts/login/",
    "/en/accounts/password_reset/", "/en/resources/", "/fr/resources/",
    "/en/resources/export.json", "/en/resources/export.csv", "/en/resources/feed/",
    "/en/resources/gold-guide/", "/en/members/", "/en/members/listed-metals/", "/en/projects/",
    "/en/projects/overview/", "/en/projects/export.csv", "/en/projects/iati.xml",
    "/en/projects/gold-in-kivu/", "/en/projects/gold-in-kivu/iati.xml", "/en/projects/feed/",
    "/sitemap.xml", "/sitemap-resources.xml", "/robots.txt", "/opensearch.xml",
    "/en/alerts/new/",
]  # fmt: skip
PARAMETERS = [
    "q", "need", "mineral", "tier", "step", "type", "language", "region", "publisher",
    "year_min", "year_max", "sort", "page", "page_size", "pillar", "country", "role", "status",
    "sdg", "call", "partner", "gender", "next", "other",
]  # fmt: skip
nasty = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),  # NULs, controls
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["1e999", "NaN", "-0", "0x10", "  7 ", "९", "½", "\U0001f600"]),
    st.text(min_size=300, max_size=3000, alphabet="ab -\"'OR"),
)
raw = st.binary(max_size=12).map(lambda b: "".join(f"%{byte:02x}" for byte in b))  # bad UTF-8


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    endpoint=st.sampled_from(ENDPOINTS),
    pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), nasty), max_size=5),
    invalid_utf8=st.one_of(st.none(), st.tuples(st.sampled_from(PARAMETERS), raw)),
)
def test_no_query_string_causes_a_server_error(client, content, endpoint, pairs, invalid_utf8):
    query = "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)
    if invalid_utf8:
        query += f"&{invalid_utf8[0]}={invalid_utf8[1]}"
    response = client.get(f"{endpoint}?{query}")
    assert response.status_code < 500, (endpoint, query)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(
        [
            "/en/resources/",
            "/en/members/",
            "/en/projects/",
            "/media/logos/",
            "/en/",
            "/",
            "//",
            "/fr/projects/gold-in-kivu/",
            "/en/alerts/confirm/",
            "/en/alerts/unsubscribe/",
            "/en/alerts/manage/",
        ]
    ),  # fmt: skip
    segment=st.one_of(st.text(max_size=300), raw),
)
def test_no_path_causes_a_server_error(client, content, prefix, segment):
    response = client.get(
        prefix + quote(segment, safe="%/") if "%" in segment else prefix + quote(segment)
    )
    assert response.status_code < 500, (prefix, segment)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), nasty), max_size=4),
    fields=st.fixed_dictionaries(
        {"email": nasty, "frequency": nasty, "language": nasty},
        optional={"action": nasty, "alert": nasty},
    ),
)
def test_no_alert_request_causes_a_server_error(client, content, smtp, pairs, fields):
    """The alert form, and the forms of an address's alerts page, with anything in them."""
    from alerts.models import Subscriber

    query = "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)
    response = client.post(f"/en/alerts/new/?{query}", fields)
    assert response.status_code in (200, 400, 429), (query, fields)
    subscriber, _ = Subscriber.objects.get_or_create(email="fuzz@example.org")
    response = client.post(f"/en/alerts/manage/{subscriber.token}/", fields)
    assert response.status_code < 500, fields
