"""The Hub in its six languages: each page in the reader's language and accessible, the language
switch keeping an in-place search, and the note shown where content is not yet translated."""

import re
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import polib
import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from checks.models import Check
from members.models import Membership, Organisation
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOCALE = Path(settings.BASE_DIR) / "locale"
PASSWORD = "Quartz-Lantern-Ferry-42"
TITLE = "Smelter audit handbook"


@cache
def english_sentences(code):
    """The catalogue's English texts that, left untranslated on a page, could only be a miss:
    translated differently, long enough not to be a name, and without placeholder or markup."""
    sentences = []
    for entry in polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po")):
        if entry.obsolete:
            continue
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for english in filter(None, [entry.msgid, entry.msgid_plural]):
            if (
                len(english) >= 16
                and not any(mark in english for mark in "%{<")
                and all(english.casefold() != text.casefold() for text in translations)
            ):
                sentences.append(english)
    assert len(sentences) > 100, f"{code}: the catalogue was not read"
    return sentences


def untranslated(page, code):
    if code == settings.LANGUAGE_CODE:
        return []
    # innerText shows CSS's text-transform (eyebrows are in capitals), hence casefold.
    text = page.evaluate("document.body.innerText").casefold()
    return [english for english in english_sentences(code) if english.casefold() in text]


def query_of(url):
    return parse_qs(urlsplit(url).query)


@pytest.fixture
def handbook():
    return factories.resource(
        TITLE,
        summary="How to audit a smelter, step by step.",
        minerals=["tin", "gold"],
        tiers=["midstream"],
        needs=["audit-and-certification"],
    )


@pytest.fixture
def check(django_user_model):
    """A member's Due Diligence Check, started today and not yet answered."""
    alpha = Organisation.objects.create(
        name="Alpha Metals", pillar="supply-chain-actor", country="NL", role="component-maker"
    )
    user = django_user_model.objects.create_user("mia", "mia@example.org", PASSWORD)
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return Check.objects.create(organisation=alpha, date=timezone.localdate(), created_by=user)


def log_in(page, code):
    page.goto(f"/{code}/accounts/login/")
    page.locator("#id_username").fill("mia")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{code}/my/organisations/alpha-metals/")


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_page_is_in_the_readers_language_and_accessible(visit, handbook, check, code):
    tab = visit()
    page = tab.page
    log_in(page, code)
    # Each page with what shows it is the page meant: the search's result, the questions.
    pages = [
        (f"/{code}/", "form.hero-search", 1),
        (f"/{code}/resources/?q=smelter", f'.result__title:has-text("{TITLE}")', 1),
        (f"/{code}/resources/{handbook.slug}/", f'h1:has-text("{TITLE}")', 1),
        (f"/{code}/my/organisations/alpha-metals/checks/{check.date}/", ".check-question", 5),
    ]
    for path, selector, count in pages:
        response = page.goto(path)
        assert response.status == 200, path
        expect(page.locator(selector)).to_have_count(count)
        assert page.locator("html").get_attribute("lang") == code, path
        assert untranslated(page, code) == [], path
        tab.assert_clean()


def test_the_language_switch_keeps_a_search_filtered_in_place(visit, handbook):
    factories.resource("Gold smelter list", minerals=["gold"])
    tab = visit()
    page = tab.page
    page.goto("/en/resources/?q=smelter")
    expect(page.locator("[data-result-count]")).to_have_text("2 resources found")
    page.locator("#f-mineral-tin").check()
    page.wait_for_url(re.compile(r"mineral=tin"))
    expect(page.locator("[data-result-count]")).to_have_text("1 resource found")
    tab.assert_clean()

    page.locator('nav.lang-switch a[hreflang="es"]').click()
    page.wait_for_url(re.compile(r"/es/resources/"))
    assert urlsplit(page.url).path == "/es/resources/"
    assert query_of(page.url) == {"q": ["smelter"], "mineral": ["tin"]}
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("#f-mineral-tin")).to_be_checked()
    expect(page.locator(".result__title")).to_have_text([TITLE])
    tab.assert_clean()


def test_a_resource_not_yet_translated_says_so_in_the_readers_language(visit, handbook):
    handbook.translations = {
        "fr": {"title": "Manuel d'audit des fonderies", "summary": "Comment auditer une fonderie."}
    }
    handbook.save()
    tab = visit()
    page = tab.page

    page.goto(f"/fr/resources/{handbook.slug}/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Manuel d'audit des fonderies")
    assert heading.get_attribute("lang") is None  # the page's own language
    expect(page.locator(".fallback-note")).to_have_count(0)
    tab.assert_clean()

    page.goto(f"/es/resources/{handbook.slug}/")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(TITLE)
    expect(heading).to_have_attribute("lang", "en")
    expect(page.locator(".fallback-note")).to_be_visible()
    assert untranslated(page, "es") == []
    tab.assert_clean()
