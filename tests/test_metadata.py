"""What pages tell search engines and link previews: canonical and language links, Open Graph
and Twitter tags, and schema.org JSON-LD (docs/discovery.md)."""

import datetime
import io
import json
import urllib.request
from decimal import Decimal

import lxml.html
import pytest
from PIL import Image
from pyld import jsonld

from members.models import Membership, Visibility
from resources import metadata as resource_metadata
from resources.models import Publisher, Resource

from . import factories
from .project_factories import organisation, project
from .schema_org import undefined_properties

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"


def head_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content).find("head")


def meta(head, name):
    """The content of the one meta tag with this property (Open Graph) or name (Twitter)."""
    found = head.xpath(f'meta[@property="{name}" or @name="{name}"]/@content')
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def page_links(head):
    """(canonical, {hreflang: href}) of the page's head."""
    (canonical,) = head.xpath('link[@rel="canonical"]/@href')
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in head.xpath('link[@rel="alternate"]')
        if link.get("hreflang")
    }
    return canonical, alternates


def structured_data(head):
    return [json.loads(block.text) for block in head.xpath('script[@type="application/ld+json"]')]


def no_remote_context(url, options=None):
    raise AssertionError(f"the JSON-LD asked for a remote document: {url}")


def expand(data):
    """The data as a JSON-LD processor reads it, offline: terms become schema.org IRIs."""
    (node,) = jsonld.expand(data, {"documentLoader": no_remote_context})
    return node


def values(node, term):
    return [item.get("@value", item.get("@id")) for item in node.get(SCHEMA + term, [])]


@pytest.fixture
def guide():
    Publisher.objects.create(name="OECD", website="https://www.oecd.org/")
    return factories.resource(
        "Smelter audit handbook",
        summary="How to audit a smelter, step by step.",
        resource_type="report",
        publisher="OECD",
        year=2019,
        languages=["en", "fr"],
        minerals=["tin", "gold"],
        needs=["audit-and-certification"],
        tags=["RMAP"],
    )


@pytest.fixture
def member():
    return organisation(
        "Andes Tin Cooperative",
        description="A cooperative of artisanal tin miners.",
        website="https://andes-tin.example.org/",
        country="BO",
        logo="logos/andes.png",
        pillar="supply-chain-actor",
        contact_name="Rosa Quispe",
        contact_email="rosa@andes-tin.example.org",
        contact_phone="+591 555 0100",
        policy_url="https://andes-tin.example.org/secret-policy",
        disclosures_visibility=Visibility.MEMBERS,
        supply_chain_visibility=Visibility.MEMBERS,
        step1_note="A note for members only",
    )


@pytest.fixture
def funded(member):
    return project(
        "Traceable tin from Bolivia",
        summary="Miners trace their tin from the mine to the smelter.",
        countries=["BO", "PE"],
        minerals=["tin"],
        partners=[(member, "lead"), (organisation("Unlisted partner", public=False), "advisory")],
        start_date=datetime.date(2023, 3, 1),
        end_year=2026,
        eprm_grant=Decimal("150000.00"),
    )


@pytest.mark.parametrize("lang, other", [("en", "fr"), ("fr", "en")])
@pytest.mark.parametrize(
    "path",
    ["/{lang}/", "/{lang}/about/", "/{lang}/resources/", "/{lang}/members/", "/{lang}/projects/"],
)
def test_every_page_has_an_absolute_canonical_and_language_versions(client, path, lang, other):
    head = head_of(client, path.format(lang=lang))
    canonical, alternates = page_links(head)
    assert canonical == "http://testserver" + path.format(lang=lang)
    assert alternates == {
        code: "http://testserver" + path.format(lang=code)
        for code in ("en", "fr", "es", "pt", "de", "nl")
    } | {"x-default": "http://testserver" + path.format(lang="en")}
    assert alternates[lang] == canonical and alternates[other] != canonical
    assert meta(head, "og:url") == canonical


def test_a_listing_is_canonical_without_its_query_filters_sort_or_page(client, guide):
    head = head_of(client, "/fr/resources/?q=audit&mineral=tin&sort=newest&page=1")
    canonical, alternates = page_links(head)
    assert canonical == "http://testserver/fr/resources/"
    assert alternates["en"] == "http://testserver/en/resources/"
    assert meta(head, "og:title") == "Ressources"
    # The language switcher still keeps the visitor's search.
    html = client.get("/en/resources/?q=audit").content.decode()
    assert 'href="/fr/resources/?q=audit" hreflang="fr"' in html


def test_https_behind_the_production_proxy(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.ALLOWED_HOSTS = ["hub.example.org"]
    response = client.get("/en/about/", HTTP_HOST="hub.example.org", HTTP_X_FORWARDED_PROTO="https")
    head = lxml.html.fromstring(response.content).find("head")
    canonical, alternates = page_links(head)
    assert canonical == "https://hub.example.org/en/about/"
    assert alternates["fr"] == "https://hub.example.org/fr/about/"
    assert meta(head, "og:image") == "https://hub.example.org/static/img/share.png"


def detail_pages(guide, member, funded):
    """(object, path, title, summary) of each kind of detail page."""
    return [
        (guide, guide.get_absolute_url(), guide.title, guide.summary),
        (member, member.get_absolute_url(), member.name, member.description),
        (funded, funded.get_absolute_url(), funded.title, funded.summary),
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_detail_pages_share_their_own_title_and_summary(client, guide, member, funded, lang):
    for _item, path, title, summary in detail_pages(guide, member, funded):
        path = path.replace("/en/", f"/{lang}/")
        head = head_of(client, path)
        canonical, alternates = page_links(head)
        assert canonical == "http://testserver" + path
        assert set(alternates) == {"en", "fr", "es", "pt", "de", "nl", "x-default"}
        assert alternates["x-default"] == "http://testserver" + path.replace(f"/{lang}/", "/en/")
        assert meta(head, "og:title") == meta(head, "twitter:title") == title
        assert meta(head, "og:description") == meta(head, "twitter:description") == summary
        assert meta(head, "og:url") == canonical
        assert meta(head, "og:locale") == {"en": "en_GB", "fr": "fr_FR"}[lang]
        others = head.xpath('meta[@property="og:locale:alternate"]/@content')
        locales = ["en_GB", "fr_FR", "es_ES", "pt_PT", "de_DE", "nl_NL"]
        assert others == [locale for locale in locales if locale != meta(head, "og:locale")]
        assert meta(head, "twitter:card") == "summary_large_image"
        assert meta(head, "og:image") == meta(head, "twitter:image")
        assert meta(head, "og:image:alt")
    assert meta(head_of(client, guide.get_absolute_url()), "og:type") == "article"
    assert meta(head_of(client, "/en/"), "og:type") == "website"


# A live server's test runs in committed transactions: serialized_rollback puts the seeded
# vocabulary back for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_home_page_shares_the_hub_and_its_image_answers(live_server):
    with urllib.request.urlopen(live_server.url + "/fr/") as response:
        head = lxml.html.fromstring(response.read()).find("head")
    assert meta(head, "og:title") == "Due Diligence Hub"
    assert meta(head, "og:site_name") == "Due Diligence Hub · EPRM"
    assert meta(head, "og:description").startswith("Guides, outils")
    assert meta(head, "og:image:alt") == (
        "Due Diligence Hub, Partenariat européen pour des minerais responsables"
    )
    image = meta(head, "og:image")
    assert image == live_server.url + "/static/img/share.png"
    with urllib.request.urlopen(image) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "image/png"
        assert Image.open(io.BytesIO(response.read())).size == (1200, 630)


def test_a_resource_is_described_as_its_schema_org_type(client, guide):
    (data,) = structured_data(head_of(client, guide.get_absolute_url()))
    node = expand(data)
    assert node["@type"] == [SCHEMA + "Report"]
    assert values(node, "name") == [guide.title]
    assert values(node, "description") == [guide.summary]
    assert values(node, "url") == [guide.url]
    assert values(node, "mainEntityOfPage") == ["http://testserver" + guide.get_absolute_url()]
    assert values(node, "datePublished") == ["2019"]
    assert values(node, "inLanguage") == ["en", "fr"]
    assert set(values(node, "keywords")) == {"Tin", "Gold", "Audits and certification", "RMAP"}
    (publisher,) = node[SCHEMA + "publisher"]
    assert publisher["@type"] == [SCHEMA + "Organization"]
    assert values(publisher, "name") == ["OECD"]
    assert values(publisher, "url") == ["https://www.oecd.org/"]
    assert {values(thing, "name")[0] for thing in node[SCHEMA + "about"]} == {"Tin", "Gold"}


@pytest.mark.parametrize(
    "kind, schema_type",
    [
        ("regulation", "Legislation"),
        ("training", "LearningResource"),
        ("database", "Dataset"),
        ("guidance", "CreativeWork"),
        ("tool", "CreativeWork"),
    ],
)
def test_each_kind_of_resource_has_a_fitting_type(client, kind, schema_type):
    item = factories.resource(resource_type=kind, publisher=None, year=None, languages=())
    (data,) = structured_data(head_of(client, f"/fr{item.get_absolute_url()[3:]}"))
    node = expand(data)
    assert node["@type"] == [SCHEMA + schema_type]
    assert SCHEMA + "publisher" not in node and SCHEMA + "datePublished" not in node


def test_a_member_is_an_organization_of_eprm_with_its_public_profile_only(
    client, django_user_model, member
):
    # A member user sees the members-only parts on the page, never in its metadata.
    viewer = django_user_model.objects.create_user("viewer", password="x")
    Membership.objects.create(user=viewer, organisation=organisation("Other member"))
    client.force_login(viewer)
    response = client.get(member.get_absolute_url())
    assert member.policy_url in response.content.decode()
    head = lxml.html.fromstring(response.content).find("head")
    (data,) = structured_data(head)
    node = expand(data)
    assert node["@type"] == [SCHEMA + "Organization"]
    assert values(node, "name") == [member.name]
    assert values(node, "description") == [member.description]
    assert values(node, "url") == [member.website]
    assert values(node, "logo") == ["http://testserver/media/logos/andes.png"]
    (address,) = node[SCHEMA + "address"]
    assert values(address, "addressCountry") == ["BO"]
    (eprm,) = node[SCHEMA + "memberOf"]
    assert values(eprm, "name") == ["European Partnership for Responsible Minerals"]
    head_text = lxml.html.tostring(head, encoding="unicode")
    for secret in ["secret-policy", "Rosa", "rosa@", "555 0100", "A note for members only"]:
        assert secret not in head_text


def test_a_project_names_its_funder_grant_places_dates_and_partners(client, funded):
    (data,) = structured_data(head_of(client, funded.get_absolute_url()))
    node = expand(data)
    assert node["@type"] == [SCHEMA + "Project"]
    assert values(node, "name") == [funded.title]
    assert values(node, "description") == [funded.summary]
    # schema.org defines no startDate or endDate for a Project: an Organization's dates.
    assert values(node, "foundingDate") == ["2023-03-01"]
    assert values(node, "dissolutionDate") == ["2026"]
    assert SCHEMA + "startDate" not in node and SCHEMA + "endDate" not in node
    (funder,) = node[SCHEMA + "funder"]
    assert values(funder, "name") == ["European Partnership for Responsible Minerals"]
    (grant,) = node[SCHEMA + "funding"]
    assert grant["@type"] == [SCHEMA + "MonetaryGrant"]
    (amount,) = grant[SCHEMA + "amount"]
    assert values(amount, "value") == [150000] and values(amount, "currency") == ["EUR"]
    places = node[SCHEMA + "location"]
    assert [values(place[SCHEMA + "address"][0], "addressCountry") for place in places] == [
        ["BO"],
        ["PE"],
    ]
    partners = [values(partner, "name")[0] for partner in node[SCHEMA + "member"]]
    assert partners == ["Andes Tin Cooperative", "Unlisted partner"]


def test_drafts_and_unlisted_organisations_have_no_structured_data(client, editor):
    client.force_login(editor)  # staff see every page, drafts and unlisted organisations too
    draft = factories.resource("Draft of a secret guide", status=Resource.Status.DRAFT)
    archived = factories.resource("Withdrawn guide", status=Resource.Status.ARCHIVED)
    unlisted = organisation("Unlisted organisation", public=False)
    unpublished = project("Unpublished project", is_published=False)
    for path in [
        draft.get_absolute_url(),
        archived.get_absolute_url(),
        unlisted.get_absolute_url(),
        unpublished.get_absolute_url(),
    ]:
        assert structured_data(head_of(client, path)) == []
    client.logout()
    for path in ["/en/", "/en/resources/", "/en/resources/?q=secret"]:
        head_text = lxml.html.tostring(head_of(client, path), encoding="unicode")
        assert "secret guide" not in head_text.lower()


def test_html_in_a_title_stays_inside_the_json_ld(client):
    title = '</script><script>alert("x")</script> & <!-- Tin'
    item = factories.resource(title, summary="Gold & tin <b>")
    response = client.get(item.get_absolute_url())
    html = response.content.decode()
    doc = lxml.html.fromstring(response.content)
    assert len(doc.xpath("//script")) == len(doc.xpath("//script[@src or @type]"))
    (block,) = doc.xpath('//script[@type="application/ld+json"]')
    assert "<" not in block.text and "&" not in block.text
    data = json.loads(block.text)
    assert data["name"] == title and data["description"] == "Gold & tin <b>"
    assert 'alert("x")</script>' not in html


def test_every_json_ld_property_is_defined_by_schema_org_for_its_type(
    client, guide, member, funded
):
    """Each property of each node, on every kind of page with JSON-LD (a resource of each
    type), against the part of the vocabulary tests/schema_org.py copies from schema.org."""
    kinds = [*resource_metadata.TYPES, "guidance"]
    others = [factories.resource(resource_type=kind, minerals=["tin"]) for kind in kinds]
    pages = [guide, member, funded, *others]
    assert len(pages) == 10
    for path in [page.get_absolute_url() for page in pages]:
        for lang in ["en", "fr"]:
            for data in structured_data(head_of(client, path.replace("/en/", f"/{lang}/"))):
                assert undefined_properties(expand(data)) == [], path


def test_the_vocabulary_check_finds_a_property_schema_org_does_not_define_for_the_type():
    project_dates = {
        "@context": {"@vocab": SCHEMA},
        "@type": "Project",
        "name": "A project",
        "startDate": "2023",
        "location": {"@type": "Place", "name": "Bolivia", "datePublished": "2020"},
    }
    assert sorted(undefined_properties(expand(project_dates))) == [
        ("$", ["Project"], "startDate"),
        ("$.location[0]", ["Place"], "datePublished"),
    ]
