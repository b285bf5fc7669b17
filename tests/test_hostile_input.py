"""What an attacker or a fuzzer sends: never a 500, never a link off the site, never a name
that is not public."""

import re
from urllib.parse import quote, unquote

import pytest
from django.contrib import admin as django_admin
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
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


# Long queries (docs/search.md, "Bounded") ------------------------------------------------------

QUERY_WORDS = [
    "tin",
    "gold",
    "guide",
    "Kivu",
    "smelter",
    "the",
    "how",
    "OR",
    "-tin",
    '"gold guide"',
]
TEXT_ENDPOINTS = [
    "/{language}/resources/", "/{language}/members/", "/{language}/projects/",
    "/{language}/resources/export.csv", "/{language}/resources/export.json",
    "/{language}/projects/export.csv", "/api/v1/resources/", "/api/v1/members/",
    "/api/v1/projects/",
]  # fmt: skip
LANGUAGES = ["en", "fr", "es", "pt", "de", "nl"]


def test_a_query_of_32_words_works_and_says_what_it_left_out(client, content):
    """32 words overflowed the ranking's bit flags (bigint & numeric): a 500 everywhere."""
    query = "+".join(["gold"] * 31 + ["Kivu"])
    for endpoint in TEXT_ENDPOINTS:
        for language in LANGUAGES:
            url = endpoint.format(language=language) + f"?q={query}&lang={language}"
            assert client.get(url).status_code == 200, url
    html = client.get(f"/en/resources/?q={query}").content.decode()
    assert "1 resource found" in html or "gold-guide" in html
    assert "Only the first 16 words of your search were used; these were left out:" in html
    assert html.count("<code>gold</code>") == 15 and "<code>Kivu</code>" in html
    ignored = client.get(f"/api/v1/resources/?q={query}").json()["ignored"]
    assert {"parameter": "q", "value": "Kivu"} in ignored and len(ignored) == 16
    exported = client.get(f"/en/resources/export.json?q={query}").json()
    assert exported["count"] == 1 and len(exported["ignored"]) == 16


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    endpoint=st.sampled_from(TEXT_ENDPOINTS),
    language=st.sampled_from(LANGUAGES),
    words=st.lists(
        st.one_of(st.sampled_from(QUERY_WORDS), st.text(min_size=1, max_size=8)),
        max_size=200,
    ),
)
def test_no_query_of_0_to_200_words_causes_a_server_error(
    client, content, endpoint, language, words
):
    url = endpoint.format(language=language)
    response = client.get(url, {"q": " ".join(words), "lang": language})
    assert response.status_code < 500, (url, words)


def test_an_unexpected_api_error_is_json(client, content, monkeypatch, settings):
    from django.core import mail

    from resources.search import CATALOGUE

    settings.ADMINS = [("Admins", "admins@example.org")]

    def broken(*args, **kwargs):
        raise RuntimeError("something unexpected")

    monkeypatch.setattr(CATALOGUE, "search", broken)
    response = client.get("/api/v1/resources/?q=gold")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == {"error": "Internal server error."}
    assert len(mail.outbox) == 1  # logged as Django logs a 500


def test_a_database_error_in_the_api_is_still_the_503(client, content, monkeypatch):
    from django.db import OperationalError

    from resources.search import CATALOGUE

    def away(*args, **kwargs):
        raise OperationalError("the database is away")

    monkeypatch.setattr(CATALOGUE, "search", away)
    assert client.get("/api/v1/resources/").status_code == 503


# A Host the Hub does not serve -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/en/", "/en/resources/?q=gold", "/healthz", "/admin/", "/api/v1/"]
)
def test_a_host_not_allowed_is_a_plain_400_and_no_mail(client, content, settings, caplog, path):
    """The 400 page's canonical link asked for the host again: a 500, mailed to the ADMINS."""
    from django.core import mail

    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = True  # as in production: SecurityMiddleware reads the host
    settings.ADMINS = [("Admins", "admins@example.org")]
    response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert mail.outbox == []
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_the_400_page_renders_for_a_host_not_allowed(rf, settings):
    """Should a 400 page be rendered for such a request, its links use the site's address."""
    from django.template.loader import render_to_string

    settings.SITE_URL = "https://hub.example.org"
    request = rf.get("/en/", HTTP_HOST="evil.example")
    html = render_to_string("400.html", request=request)
    assert '<link rel="canonical" href="https://hub.example.org/en/">' in html


# A NUL in the address -------------------------------------------------------------------------

NUL_PATHS = [
    "/en/alerts/confirm/%00/", "/en/alerts/manage/%00/", "/en/alerts/unsubscribe/%00/",
    "/en/alerts/unsubscribe/a%00b/", "/en/resources/%00/", "/api/v1/resources/%00/",
    "/admin/resources/resource/%00/change/",
]  # fmt: skip
NUL_QUERIES = [
    "/admin/resources/resource/?status__exact=%00",
    "/admin/resources/resource/?q=a%00b",
    "/admin/autocomplete/?app_label=resources&model_name=resource&field_name=publisher&term=%00",
    "/en/resources/?q=%00", "/en/alerts/new/?q=%00&mineral=%00",
]  # fmt: skip


@pytest.mark.parametrize("url", NUL_PATHS)
def test_a_nul_in_the_path_is_a_400(client, admin_client, content, url):
    """PostgreSQL refuses a NUL in a string: each of these was a 500."""
    for user in (client, admin_client):
        assert user.get(url).status_code == 400
        assert user.post(url).status_code == 400


@pytest.mark.parametrize("url", NUL_QUERIES)
def test_a_nul_in_the_query_string_is_a_value_nothing_matches(admin_client, content, url):
    response = admin_client.get(url)
    assert response.status_code == 200
    if "autocomplete" in url:
        assert response.json()["results"] == []


def test_the_unsubscribe_post_without_csrf_token_and_a_nul_is_a_400(content):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/en/alerts/unsubscribe/%00/").status_code == 400


# Every path parameter of every URL pattern -----------------------------------------------------


def _route(pattern):
    """A pattern's text with each of its parameters as "{}"; None when it is no plain path."""
    if isinstance(pattern, LocalePrefixPattern):
        return "en/"
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        return re.sub(r"<(?:\w+:)?\w+>", "{}", text)
    out, depth = [], 0
    for char in text:  # each outermost group of the regex is a parameter
        if char == "(":
            if depth == 0:
                out.append("{}")
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    route = "".join(out).replace("^", "").replace("$", "").replace("\\.", ".")
    return None if re.search(r"[\\\[\]|*+?]", route) else route


def _routes(patterns, prefix=""):
    for entry in patterns:
        route = _route(entry.pattern)
        if route is None:
            continue
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + route)
        elif "{}" in prefix + route:
            yield "/" + prefix + route


PARAMETER_ROUTES = sorted(set(_routes(get_resolver().url_patterns)))
HOSTILE_SEGMENTS = [
    "%00", "a%00b", quote("\x0b\x0c\x7f\x1b"), "x" * 300, "%ff%fe", "%ed%a0%80", "..%2f..",
    quote("😀"), "-1", "9" * 30, "1e999", quote(" "), quote("'\";--"),
]  # fmt: skip
# Every parameter of every pattern gets these; the fuzz below draws from all of them.
WORST_SEGMENTS = ["%00", quote("\x0b\x7f"), "x" * 300, "%ff%fe", "9" * 30, quote("'\";")]


def test_the_url_patterns_are_walked():
    assert len(PARAMETER_ROUTES) > 100
    for route in ["/en/alerts/confirm/{}/", "/admin/resources/resource/{}/change/", "/media/{}"]:
        assert route in PARAMETER_ROUTES, route


@pytest.mark.parametrize("route", PARAMETER_ROUTES)
def test_no_path_parameter_causes_a_server_error(client, admin_client, content, route):
    """Every parameter of every URL pattern, with what an attacker puts there; anonymous and
    as a superuser (who reaches every admin view), GET and POST."""
    users = (admin_client,) if route.startswith("/admin/") else (client, admin_client)
    for segment in WORST_SEGMENTS:
        url = route.replace("{}", segment)
        for user in users:
            assert user.get(url).status_code < 500, url
    for segment in WORST_SEGMENTS[:2]:
        url = route.replace("{}", segment)
        for user in users:
            assert user.post(url).status_code < 500, ("POST", url)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    route=st.sampled_from(PARAMETER_ROUTES),
    segments=st.lists(st.one_of(st.sampled_from(HOSTILE_SEGMENTS), raw), min_size=2, max_size=2),
    method=st.sampled_from(["get", "post"]),
)
def test_no_path_parameter_value_causes_a_server_error(
    admin_client, content, route, segments, method
):
    url = route.replace("{}", segments[0], 1).replace("{}", segments[1])
    assert getattr(admin_client, method)(url).status_code < 500, (method, url)


# The admin's changelists and autocomplete ------------------------------------------------------


def _changelists():
    return [
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for model in django_admin.site._registry
    ]


def _filter_parameters(client, url):
    """The query string parameters the changelist's filters and search use."""
    html = client.get(url).content.decode()
    names = {"q", "o", "p", "e", "all", "_popup", "_to_field"}
    for query in re.findall(r'href="\?([^"]*)"', html):
        names |= {pair.split("=")[0] for pair in query.replace("&amp;", "&").split("&") if pair}
    return sorted(names)


ADMIN_VALUES = HOSTILE_SEGMENTS + ["", "abc", "2020-13-45", "0", "True"]
_parameters = {}


def filter_parameters(client, changelist):
    if changelist not in _parameters:
        _parameters[changelist] = _filter_parameters(client, changelist)
    return _parameters[changelist]


@pytest.mark.parametrize("changelist", _changelists())
def test_no_changelist_parameter_causes_a_server_error(admin_client, content, changelist):
    """Each filter of every changelist, with the values that broke one."""
    for name in filter_parameters(admin_client, changelist):
        for value in ("%00", "9" * 30, quote("\x0b") + "abc"):
            url = f"{changelist}?{quote(name)}={value}"
            assert admin_client.get(url).status_code < 500, url


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changelist=st.sampled_from(_changelists()),
    data=st.data(),
    values=st.lists(st.one_of(st.sampled_from(ADMIN_VALUES), raw, nasty), min_size=1, max_size=3),
)
def test_no_changelist_query_causes_a_server_error(admin_client, content, changelist, data, values):
    parameters = filter_parameters(admin_client, changelist)
    names = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=3))
    query = "&".join(
        f"{quote(name)}={value if value in ADMIN_VALUES else quote(value)}"
        for name, value in zip(names, values, strict=False)
    )
    assert admin_client.get(f"{changelist}?{query}").status_code < 500, query


def _autocompletes():
    found = []
    for model, model_admin in django_admin.site._registry.items():
        inlines = [model_admin, *(i(model, django_admin.site) for i in model_admin.inlines)]
        for each in inlines:
            for field in each.autocomplete_fields:
                source = each.model._meta
                found.append((source.app_label, source.model_name, field))
    return found


def test_the_admin_has_autocompletes():
    assert ("resources", "resource", "publisher") in _autocompletes()


@pytest.mark.parametrize("app_label, model_name, field_name", _autocompletes())
def test_no_autocomplete_term_causes_a_server_error(
    admin_client, content, app_label, model_name, field_name
):
    base = f"/admin/autocomplete/?app_label={app_label}&model_name={model_name}"
    for value in WORST_SEGMENTS + ["abc", "-1", ""]:
        for extra in (f"&term={value}", f"&term=gold&page={value}"):
            url = f"{base}&field_name={field_name}{extra}"
            assert admin_client.get(url).status_code < 500, url
