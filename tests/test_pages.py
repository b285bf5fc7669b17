import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/en/", "en", "What do you need to do?"),
        ("/fr/", "fr", "Que devez-vous faire\u00a0?"),
        ("/en/about/", "en", "Three pillars"),
        ("/fr/about/", "fr", "Trois piliers"),
    ],
)
def test_pages_render_in_both_languages(client, path, lang, heading):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert heading in html


def test_home_offers_one_card_per_business_need_in_order(client):
    html = client.get("/en/").content.decode()
    titles = re.findall(r'<span class="need-card__title">([^<]+)</span>', html)
    assert titles[:3] == [
        "Understand the regulation",
        "Set up a management system",
        "Map the supply chain",
    ]
    assert len(titles) == 10
    assert "OECD step 4" in html


def test_home_in_french_shows_french_vocabulary(client):
    html = client.get("/fr/").content.decode()
    assert "Comprendre la réglementation" in html
    assert "Étape OCDE 4" in html


def test_about_names_the_three_pillars(client):
    html = client.get("/en/about/").content.decode()
    for pillar in ("Supply-chain actors", "Government agencies and institutions", "Civil society"):
        assert pillar in html


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/en/no-such-page/", "en", "We could not find that page"),
        ("/fr/no-such-page/", "fr", "Nous n’avons pas trouvé cette page"),
    ],
)
def test_not_found_page_is_in_the_site_layout(client, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert text in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_language_switch_keeps_the_visitor_on_the_same_page(client):
    html = client.get("/en/about/?ref=x").content.decode()
    assert 'href="/fr/about/?ref=x" hreflang="fr" lang="fr"' in html
    # The head's alternate is absolute and, like the canonical, without the query.
    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/about/">' in html
    html = client.get("/fr/unknown/").content.decode()
    assert 'href="/en/unknown/" hreflang="en"' in html


def test_every_page_has_a_skip_link_and_landmarks(client):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert '<main id="main"' in html
    assert '<nav class="wrap main-nav" aria-label="Main">' in html


def test_pages_forbid_inline_code_and_other_hosts(client):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.urls("tests.urls_failing")
def test_server_error_page_is_in_the_site_layout(client):
    client.raise_request_exception = False
    response = client.get("/en/fails/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert 'class="site-header"' in html


@pytest.mark.urls("tests.urls_failing")
def test_forbidden_page_is_in_the_site_layout(client):
    response = client.get("/fr/forbidden/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Vous ne pouvez pas faire cela ici" in html
    assert 'class="site-header"' in html


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"


def test_the_french_catalogue_is_complete():
    """Every UI string has a French translation, and none is a guess left for review."""
    from django.conf import settings

    po = (settings.BASE_DIR / "locale/fr/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]  # the first is the header
    assert entries, "the catalogue has entries"
    for entry in entries:
        assert "#, fuzzy" not in entry, entry
        translations = re.findall(r'^msgstr(?:\[\d\])? "(.*)"\n?((?:".*"\n?)*)', entry, re.M)
        assert translations and all(first or rest for first, rest in translations), entry
