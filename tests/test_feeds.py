"""Atom feeds: every resource search has one with the same parameters; new projects have one."""

from datetime import UTC, datetime, timedelta

import lxml.html
import pytest
from lxml import etree

from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
DAY = datetime(2025, 3, 1, tzinfo=UTC)


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    return etree.fromstring(response.content)


def titles(document):
    return document.xpath("atom:entry/atom:title/text()", namespaces=ATOM)


def link(document, rel):
    return document.xpath(f"atom:link[@rel='{rel}']/@href", namespaces=ATOM)[0]


def published(title, days, **fields):
    """A resource first published the given number of days after DAY."""
    return factories.resource(title, published_at=DAY + timedelta(days=days), **fields)


@pytest.fixture
def library():
    tin_downstream = {"minerals": ["tin"], "tiers": ["downstream"]}
    published("Tin buyers' guide", 1, **tin_downstream)
    published("Tin smelter list for manufacturers", 3, summary="Smelter audits.", **tin_downstream)
    published("Tin due diligence for retailers", 2, **tin_downstream)
    published("Tin mine site checklist", 5, minerals=["tin"], tiers=["upstream"])
    published("Gold smelter guide", 4, minerals=["gold"], tiers=["downstream"])
    factories.resource("Tin draft", status=Resource.Status.DRAFT, **tin_downstream)
    factories.resource("Tin archived", status=Resource.Status.ARCHIVED, **tin_downstream)


def test_a_search_feed_has_what_the_search_finds_newest_first(client, library):
    query = "mineral=tin&tier=downstream"
    document = feed(client, f"/en/resources/feed/?{query}")
    found = client.get(f"/en/resources/export.json?{query}").json()
    assert sorted(titles(document)) == sorted(r["title"] for r in found["results"])
    assert titles(document) == [
        "Tin smelter list for manufacturers",
        "Tin due diligence for retailers",
        "Tin buyers' guide",
    ]


def test_a_search_feed_says_what_it_follows_and_links_back_to_the_search(client, library):
    # The page and its order change how results look, not which the feed follows.
    url = "/en/resources/feed/?tier=downstream&sort=title&page=2&utm_source=x&q=&mineral=tin"
    document = feed(client, url)
    assert document.findtext("atom:title", namespaces=ATOM) == "New resources: Tin, Downstream"
    query = "?mineral=tin&tier=downstream"
    assert link(document, "alternate") == f"http://testserver/en/resources/{query}"
    assert link(document, "self") == f"http://testserver/en/resources/feed/{query}"
    assert titles(document)[0] == "Tin smelter list for manufacturers"  # newest, not by title


def test_the_feed_of_no_search_is_every_new_resource(client, library):
    document = feed(client, "/en/resources/feed/")
    assert document.findtext("atom:title", namespaces=ATOM) == "Due Diligence Hub: new resources"
    assert link(document, "alternate") == "http://testserver/en/resources/"
    assert titles(document)[:2] == ["Tin mine site checklist", "Gold smelter guide"]
    assert not {"Tin draft", "Tin archived"} & set(titles(document))


def test_a_text_search_feed_is_newest_first_not_by_relevance(client, library):
    document = feed(client, "/en/resources/feed/?q=smelter")
    assert document.findtext("atom:title", namespaces=ATOM) == "New resources: “smelter”"
    # The title match would rank first; a feed reader wants the newest.
    assert titles(document) == ["Gold smelter guide", "Tin smelter list for manufacturers"]


def test_the_french_feed_names_the_search_in_french(client, library):
    document = feed(client, "/fr/resources/feed/?mineral=tin")
    assert document.findtext("atom:title", namespaces=ATOM) == "Nouvelles ressources\u00a0: Étain"
    assert link(document, "alternate") == "http://testserver/fr/resources/?mineral=tin"


def test_parameters_the_search_does_not_know_are_left_out(client, library):
    document = feed(client, "/en/resources/feed/?mineral=unobtainium&colour=blue&year_min=abc")
    assert document.findtext("atom:title", namespaces=ATOM) == "Due Diligence Hub: new resources"
    assert len(titles(document)) == 5


def test_a_text_of_filler_words_only_gives_an_empty_feed(client, library):
    document = feed(client, "/en/resources/feed/?q=how+do+we")
    assert titles(document) == []


def test_the_listing_links_to_the_feed_of_its_search(client, library):
    response = client.get("/en/resources/?mineral=tin&tier=downstream&sort=title&page=1")
    page = lxml.html.fromstring(response.content)
    expected = "/en/resources/feed/?mineral=tin&tier=downstream"
    follow = page.xpath("//a[normalize-space()='Follow this search']/@href")
    assert follow == [expected]
    alternate = page.xpath("//head/link[@type='application/atom+xml']")
    assert [(a.get("href"), a.get("title")) for a in alternate] == [
        (expected, "New resources in this search")
    ]


def test_the_projects_feed_has_the_newly_published_projects(client):
    make.project("Older project", countries=["CD"])
    make.project("A draft", countries=["RW"], is_published=False)
    latest = make.project("Newer project", countries=["RW"])
    document = feed(client, "/en/projects/feed/")
    assert document.findtext("atom:title", namespaces=ATOM) == "Due Diligence Hub: new projects"
    assert titles(document) == ["Newer project", "Older project"]
    assert link(document, "alternate") == "http://testserver/en/projects/"
    entry = document.find("atom:entry", ATOM)
    assert entry.findtext("atom:published", namespaces=ATOM) == latest.published_at.isoformat()


def test_a_project_published_after_being_a_draft_is_new_when_published(client):
    draft = make.project("Long a draft", countries=["CD"], is_published=False)
    assert draft.published_at is None
    make.project("Published first", countries=["RW"])
    draft.is_published = True
    draft.save()
    first = draft.published_at
    assert titles(feed(client, "/en/projects/feed/")) == ["Long a draft", "Published first"]
    # Unpublishing and publishing again keeps the first publication's date.
    draft.is_published = False
    draft.save()
    draft.is_published = True
    draft.save()
    draft.refresh_from_db()
    assert draft.published_at == first


def test_the_projects_listing_links_to_its_feed(client):
    make.project("A project", countries=["CD"])
    page = lxml.html.fromstring(client.get("/en/projects/").content)
    assert page.xpath("//a[normalize-space()='Atom feed of new projects']/@href") == [
        "/en/projects/feed/"
    ]
    assert page.xpath("//head/link[@type='application/atom+xml']/@href") == ["/en/projects/feed/"]


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def language_of(element):
    """The xml:lang in force on an element: its own, else its nearest ancestor's."""
    for holder in (element, *element.iterancestors()):
        if holder.get(XML_LANG):
            return holder.get(XML_LANG)
    return None


def entries(document):
    """{title: <entry>} of the feed."""
    return {
        entry.findtext("atom:title", namespaces=ATOM): entry
        for entry in document.findall("atom:entry", ATOM)
    }


def test_an_entry_in_another_language_than_the_feed_says_which(client):
    """The French feed shows a resource's French title where it has one, and the English
    original where it has none: that entry is marked English, as the page marks it."""
    published("Smelter audit guide", 1, summary="How to audit a smelter.")
    translated = published("Tin traceability guide", 2, summary="Tracing tin.")
    translated.set_translation("title", "fr", "Guide de traçabilité de l'étain")
    translated.set_translation("summary", "fr", "Tracer l'étain.")
    translated.save()
    half = published("Gold refiners' checklist", 3, summary="Checks for refiners.")
    half.set_translation("title", "fr", "Liste de contrôle des affineurs d'or")
    half.save()  # its summary is not translated
    spanish = published("Guía de minería artesanal", 4, summary="Para cooperativas.")
    spanish.text_language = "es"
    spanish.save()

    document = feed(client, "/fr/resources/feed/")
    assert document.get(XML_LANG) == "fr"
    found = entries(document)
    summary = {title: entry.find("atom:summary", ATOM) for title, entry in found.items()}
    # Each entry's language: none of its own where it is the feed's.
    assert {title: entry.get(XML_LANG) for title, entry in found.items()} == {
        "Smelter audit guide": "en",
        "Guide de traçabilité de l'étain": None,
        "Liste de contrôle des affineurs d'or": None,
        "Guía de minería artesanal": "es",
    }
    # The summary in the language of its text, wherever it is written.
    assert {title: language_of(element) for title, element in summary.items()} == {
        "Smelter audit guide": "en",
        "Guide de traçabilité de l'étain": "fr",
        "Liste de contrôle des affineurs d'or": "en",
        "Guía de minería artesanal": "es",
    }
    assert summary["Liste de contrôle des affineurs d'or"].text == "Checks for refiners."

    # In English, the English originals are the feed's language; the Spanish one is not.
    english = entries(feed(client, "/en/resources/feed/"))
    assert {title: entry.get(XML_LANG) for title, entry in english.items()} == {
        "Smelter audit guide": None,
        "Tin traceability guide": None,
        "Gold refiners' checklist": None,
        "Guía de minería artesanal": "es",
    }


def test_a_project_entry_in_its_original_language_says_which(client):
    make.project("Artisanal tin in Rwanda", countries=["RW"], summary="Tin miners.")
    translated = make.project("Gold in Peru", countries=["PE"], summary="Gold miners.")
    translated.set_translation("title", "de", "Gold in Peru (DE)")
    translated.set_translation("summary", "de", "Goldbergleute.")
    translated.save()
    document = feed(client, "/de/projects/feed/")
    assert document.get(XML_LANG) == "de"
    found = entries(document)
    assert {title: entry.get(XML_LANG) for title, entry in found.items()} == {
        "Artisanal tin in Rwanda": "en",
        "Gold in Peru (DE)": None,
    }
    assert language_of(found["Artisanal tin in Rwanda"].find("atom:summary", ATOM)) == "en"
    assert language_of(found["Gold in Peru (DE)"].find("atom:summary", ATOM)) == "de"
