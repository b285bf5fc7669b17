"""What crawlers and browsers read: the sitemap, robots.txt, OpenSearch and security.txt."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest
from django.utils.timezone import localtime
from lxml import etree

from config.checks import security_contact
from resources.models import Resource

from . import factories
from . import project_factories as make
from .test_settings import run_django

pytestmark = pytest.mark.django_db

SITEMAP = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
OPENSEARCH = {"os": "http://a9.com/-/spec/opensearch/1.1/"}


@pytest.fixture
def content():
    factories.resource("Tin guide", minerals=["tin"], slug="tin-guide")
    factories.resource("Draft guide", slug="draft-guide", status=Resource.Status.DRAFT)
    factories.resource("Old guide", slug="old-guide", status=Resource.Status.ARCHIVED)
    listed = make.organisation("Listed Metals", slug="listed-metals")
    make.organisation("Unlisted Metals", slug="unlisted-metals", public=False)
    make.organisation("Partner Only", slug="partner-only", member=False)
    make.project("Tin in Rwanda", slug="tin-in-rwanda", countries=["RW"])
    make.project("Draft project", slug="draft-project", countries=["CD"], is_published=False)
    return listed


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, etree.fromstring(response.content)


def sitemap_urls(client):
    """Every <url> of every sitemap the index names: {path: {hreflang: alternate path}}."""
    _, index = xml(client, "/sitemap.xml")
    found = {}
    for location in index.xpath("sm:sitemap/sm:loc/text()", namespaces=SITEMAP):
        _, sitemap = xml(client, location.removeprefix("http://testserver"))
        for url in sitemap.xpath("sm:url", namespaces=SITEMAP):
            alternates = {
                link.get("hreflang"): urlsplit(link.get("href")).path
                for link in url.xpath("xhtml:link[@rel='alternate']", namespaces=SITEMAP)
            }
            found[urlsplit(url.findtext("sm:loc", namespaces=SITEMAP)).path] = alternates
    return found


def test_the_sitemap_lists_every_public_page_in_every_language(client, content):
    pages = [
        "", "about/", "resources/", "members/", "projects/", "rules/", "path/",
        "resources/tin-guide/",
        "members/listed-metals/", "projects/tin-in-rwanda/",
    ]  # fmt: skip
    codes = ("en", "fr", "es", "pt", "de", "nl")
    urls = sitemap_urls(client)
    assert set(urls) == {f"/{code}/{page}" for code in codes for page in pages}
    for page in pages:
        alternates = {code: f"/{code}/{page}" for code in codes} | {"x-default": f"/en/{page}"}
        assert all(urls[f"/{code}/{page}"] == alternates for code in codes)
    for path in urls:
        assert client.get(path).status_code == 200, path


def test_the_sitemap_names_no_draft_and_no_unlisted_organisation(client, content):
    text = " ".join(sitemap_urls(client))
    for slug in ["draft-guide", "old-guide", "unlisted-metals", "partner-only", "draft-project"]:
        assert slug not in text


def test_a_sitemap_entry_says_when_the_page_last_changed(client, content):
    _, sitemap = xml(client, "/sitemap-resources.xml")
    resource = Resource.objects.get(slug="tin-guide")
    assert (
        sitemap.xpath("sm:url/sm:lastmod/text()", namespaces=SITEMAP)
        == [localtime(resource.updated).date().isoformat()] * 6  # one entry per language
    )
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_robots_txt_keeps_crawlers_out_of_private_and_costly_pages(client, content):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    robots = RobotFileParser()
    robots.parse(lines)
    allowed = ["/en/", "/fr/resources/", "/en/resources/?mineral=tin", "/en/resources/tin-guide/",
               "/en/members/listed-metals/", "/en/projects/feed/", "/sitemap.xml"]  # fmt: skip
    refused = [
        "/admin/", "/admin/resources/resource/", "/en/accounts/login/", "/fr/accounts/login/",
        "/en/my/organisation/", "/en/resources/export.csv?mineral=tin",
        "/fr/resources/export.json", "/en/projects/export.csv", "/api/v1/resources",
    ]  # fmt: skip
    for path in allowed:
        assert robots.can_fetch("AnyBot", f"http://testserver{path}"), path
    for path in refused:
        assert not robots.can_fetch("AnyBot", f"http://testserver{path}"), path


def test_the_opensearch_description_searches_the_library(client, content):
    response, description = xml(client, "/opensearch.xml")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    assert description.findtext("os:ShortName", namespaces=OPENSEARCH) == "EPRM Hub"
    templates = {
        url.get("type"): url.get("template") for url in description.findall("os:Url", OPENSEARCH)
    }
    html = templates["text/html"].replace("{searchTerms}", "tin")
    assert html == "http://testserver/en/resources/?q=tin"
    page = client.get(html.removeprefix("http://testserver"))
    assert 'href="/en/resources/tin-guide/"' in page.content.decode()
    atom = templates["application/atom+xml"].replace("{searchTerms}", "tin")
    _, feed = xml(client, atom.removeprefix("http://testserver"))
    assert feed.xpath("//*[local-name()='entry']/*[local-name()='title']/text()") == ["Tin guide"]
    assert templates["application/opensearchdescription+xml"] == "http://testserver/opensearch.xml"


def test_every_page_offers_the_search_to_the_browser(client, content):
    for path in ["/en/", "/fr/resources/tin-guide/"]:
        page = lxml.html.fromstring(client.get(path).content)
        links = page.xpath("//head/link[@rel='search']")
        assert [(link.get("type"), link.get("href")) for link in links] == [
            ("application/opensearchdescription+xml", "/opensearch.xml")
        ]


def fields(text):
    return [tuple(line.split(": ", 1)) for line in text.splitlines() if line]


def test_security_txt_names_a_contact_and_a_future_expiry(client, settings):
    response = client.get("/.well-known/security.txt")
    assert response["Content-Type"].startswith("text/plain")
    found = fields(response.content.decode())
    assert [name for name, _ in found] == ["Contact", "Expires", "Preferred-Languages", "Canonical"]
    values = dict(found)
    assert values["Contact"] == "mailto:hub@localhost"  # from DEFAULT_FROM_EMAIL
    expires = datetime.fromisoformat(values["Expires"])
    assert datetime.now(UTC) + timedelta(days=300) < expires < datetime.now(UTC) + timedelta(365)
    assert values["Preferred-Languages"] == "en, fr"
    assert values["Canonical"] == "http://testserver/.well-known/security.txt"

    settings.SECURITY_CONTACT = ["mailto:security@example.org", "https://example.org/report"]
    found = fields(client.get("/.well-known/security.txt").content.decode())
    assert [value for name, value in found if name == "Contact"] == settings.SECURITY_CONTACT


def test_a_security_contact_that_is_no_uri_stops_the_start():
    result = run_django({"SECURITY_CONTACT": "security@example.org", "DEBUG": "1"})
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "SECURITY_CONTACT='security@example.org' is not a mailto: or https:// URI."
    )
    result = run_django({"SECURITY_CONTACT": "mailto:security@example.org", "DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def test_the_deployment_check_warns_while_security_txt_names_no_real_contact(settings):
    settings.DEFAULT_FROM_EMAIL = "Due Diligence Hub <hub@localhost>"
    settings.SECURITY_CONTACT = ["mailto:hub@localhost"]  # not set: from DEFAULT_FROM_EMAIL
    (warning,) = security_contact(None)
    assert warning.id == "config.W001" and "mailto:hub@localhost" in warning.msg
    # Not set either when the sender's address is a real one: no one reads a no-reply box.
    settings.DEFAULT_FROM_EMAIL = "EPRM Hub <no-reply@eprm.eu>"
    settings.SECURITY_CONTACT = ["mailto:no-reply@eprm.eu"]
    assert [w.id for w in security_contact(None)] == ["config.W001"]
    for nobody in ["mailto:security@localhost", "mailto:security@example.org", "https://hub.test/"]:
        settings.SECURITY_CONTACT = ["mailto:security@eprm.eu", nobody]
        (warning,) = security_contact(None)
        assert warning.id == "config.W002" and nobody in warning.msg
    settings.SECURITY_CONTACT = ["mailto:security@eprm.eu", "https://eprm.eu/report"]
    assert security_contact(None) == []


def test_check_deploy_warns_in_production_when_security_contact_is_unset():
    production = {
        "DEBUG": "0",
        "SECRET_KEY": "a-long-random-production-key-" + "x7Qp2Lm9Vr4Ts8Yw3Zk6" * 2,
        "ALLOWED_HOSTS": "hub.example.org",
        "SECURE_SSL_REDIRECT": None,
        "DEFAULT_FROM_EMAIL": None,
        "SECURITY_CONTACT": None,
    }
    result = run_django(production, None, "manage.py", "check", "--deploy")
    assert result.returncode == 0, result.stderr  # a warning, not an error
    assert "(config.W001) SECURITY_CONTACT is not set" in result.stderr + result.stdout
    assert "mailto:hub@localhost" in result.stderr + result.stdout
    production["SECURITY_CONTACT"] = "mailto:security@europeanpartnership-responsibleminerals.eu"
    result = run_django(production, None, "manage.py", "check", "--deploy")
    assert "config.W00" not in result.stderr + result.stdout
