"""A French-speaking visitor searches the library in French, and a word becomes a filter."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def library():
    factories.resource(
        "Tin smelter audit list",
        summary="Which tin smelters passed an audit.",
        minerals=["tin"],
        tiers=["midstream"],
    )
    factories.resource("Gold refiners", summary="Refiners of gold.", minerals=["gold"])
    factories.resource("Cobalt smelters", summary="Smelters of cobalt.", minerals=["cobalt"])
    factories.resource("Mine map", summary="Where the mines are.", minerals=["tin"])


def result_titles(page):
    return page.locator(".result__title").all_inner_texts()


@pytest.mark.parametrize("width", [1280, 375])
def test_a_french_query_finds_english_resources_and_offers_a_filter(visit, library, width):
    tab = visit(width)
    page = tab.page
    page.goto("/fr/resources/")
    page.get_by_label("Chercher des ressources").fill("fondeurs d'étain")
    page.get_by_label("Chercher des ressources").press("Enter")
    page.wait_for_url(re.compile(r"\?q=fondeurs"))
    # The thesaurus knows "fondeur" (smelter, refiner) and "étain" (tin, a vocabulary name).
    expect(page.locator(".result__title").first).to_have_text("Tin smelter audit list")
    offered = page.get_by_role("link", name=re.compile(r"Filtrer par Minerai.*Étain"))
    expect(offered).to_be_visible()
    tab.assert_clean()

    offered.click()
    page.wait_for_url(re.compile(r"\?q=fondeurs&mineral=tin$"))
    expect(page.locator("[data-result-count]")).to_have_text("1 ressource trouvée")
    assert result_titles(page) == ["Tin smelter audit list"]
    expect(page.locator(".chips .chip").first).to_contain_text("Étain")
    assert page.input_value("#q") == "fondeurs"
    tab.assert_clean()


def test_no_dead_end_in_french(visit, library):
    tab = visit()
    page = tab.page
    page.goto("/fr/resources/?mineral=gold&tier=midstream")
    expect(page.locator("[data-result-count]")).to_have_text("0 ressource trouvée")
    way_out = page.get_by_role("link", name=re.compile(r"Sans Maillon de la chaîne"))
    expect(way_out).to_be_visible()
    tab.assert_clean()
    way_out.click()
    page.wait_for_url(re.compile(r"\?mineral=gold$"))
    assert result_titles(page) == ["Gold refiners"]
    tab.assert_clean()
