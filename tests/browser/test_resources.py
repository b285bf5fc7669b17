import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests import factories

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def library():
    for n in range(6):
        factories.resource(f"Gold upstream guide {n}", minerals=["gold"], tiers=["upstream"])
    for n in range(3):
        factories.resource(f"Gold downstream report {n}", minerals=["gold"], tiers=["downstream"])
    for n in range(4):
        factories.resource(f"Tin upstream tool {n}", minerals=["tin"], tiers=["upstream"])
    return factories.resource(
        "Smelter audit handbook",
        summary="How to audit a smelter, step by step.",
        minerals=["tin", "gold"],
        tiers=["midstream"],
        needs=["audit-and-certification"],
        tags=["audit"],
    )


def count_text(page):
    return page.locator("[data-result-count]").inner_text()


def facet_count(page, facet, value):
    return page.locator(f"#f-{facet}-{value} + label .facet__count").inner_text()


def test_narrowing_with_two_facets_updates_in_place_and_the_address_follows(visit, library):
    tab = visit()
    page = tab.page
    page.goto("/en/resources/")
    assert count_text(page) == "14 resources found"
    tab.assert_clean()

    page.get_by_role("checkbox", name=re.compile(r"^Gold")).check()
    page.wait_for_url(re.compile(r"\?mineral=gold$"))
    expect(page.locator("[data-result-count]")).to_contain_text("10 resource")
    assert count_text(page) == "10 resources found"
    assert facet_count(page, "mineral", "tin") == "5"  # disjunctive: tin is still countable
    assert facet_count(page, "tier", "upstream") == "6"

    page.get_by_role("checkbox", name=re.compile(r"^Upstream")).check()
    page.wait_for_url(re.compile(r"\?mineral=gold&tier=upstream$"))
    expect(page.locator("[data-result-count]")).to_contain_text("6 resource")
    assert count_text(page) == "6 resources found"
    assert facet_count(page, "mineral", "tin") == "4"
    assert page.locator(".chip").count() == 2
    # Focus stayed on the checkbox that was used.
    assert page.evaluate("document.activeElement.id") == "f-tier-upstream"
    # The search's feed follows, in the page and in its head.
    feed = "/en/resources/feed/?mineral=gold&tier=upstream"
    expect(page.get_by_role("link", name="Follow this search")).to_have_attribute("href", feed)
    head = page.locator("head link[type='application/atom+xml']")
    assert head.evaluate_all("links => links.map(link => link.getAttribute('href'))") == [feed]
    tab.assert_clean()

    # The address alone brings back the same page.
    page.reload()
    assert count_text(page) == "6 resources found"
    assert page.locator("#f-mineral-gold").is_checked()
    assert page.locator("#f-tier-upstream").is_checked()

    # Back goes to the previous state.
    page.go_back()
    page.wait_for_url(re.compile(r"\?mineral=gold$"))
    expect(page.locator("[data-result-count]")).to_contain_text("10 resource")
    assert not page.locator("#f-tier-upstream").is_checked()

    # A chip removes its filter.
    page.locator(".chip").first.click()
    page.wait_for_url(re.compile(r"/en/resources/\?$|/en/resources/$"))
    expect(page.locator("[data-result-count]")).to_contain_text("14 resource")


def test_the_search_works_without_javascript(browser, live_server, library):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/resources/")
    page.get_by_role("checkbox", name=re.compile(r"^Gold")).check()
    page.get_by_role("checkbox", name=re.compile(r"^Upstream")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"mineral=gold"))
    assert "tier=upstream" in page.url
    assert count_text(page) == "6 resources found"
    page.get_by_label("Search resources").fill("smelter audit")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"q=smelter"))
    assert count_text(page) == "0 resources found"  # the handbook is not upstream
    context.close()


def test_text_search_highlights_and_the_detail_page_is_accessible(visit, library):
    tab = visit()
    page = tab.page
    page.goto("/en/resources/")
    page.get_by_label("Search resources").fill("smelter audit")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=smelter\+audit"))
    expect(page.locator("[data-result-count]")).to_contain_text("1 resource")
    assert page.locator(".result__title mark").count() == 2
    tab.assert_clean()
    page.get_by_role("link", name="Smelter audit handbook").click()
    page.wait_for_url(f"**{library.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == "Smelter audit handbook"
    tab.assert_clean()
    page.get_by_role("button", name="Report a broken link").click()
    page.wait_for_url(f"**{library.get_absolute_url()}")
    assert "the editors will check the link" in page.content()
    tab.assert_clean()


def test_on_a_narrow_screen_the_filters_open_from_a_button(visit, library):
    tab = visit(width=375)
    page = tab.page
    page.goto("/en/resources/")
    assert not page.locator("#filters").is_visible()
    toggle = page.get_by_role("button", name="Filters", exact=True)
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert page.locator("#filters").is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    tab.assert_clean()
    page.get_by_role("checkbox", name=re.compile(r"^Gold")).check()
    page.wait_for_url(re.compile(r"\?mineral=gold$"))
    expect(page.locator("[data-result-count]")).to_contain_text("10 resource")
    assert page.locator("#filters").is_visible()  # stays open while choosing
    page.get_by_role("button", name="Show results").click()
    assert not page.locator("#filters").is_visible()


def test_a_long_facet_opens_in_place_and_its_box_finds_a_value(visit):
    for number in range(13):
        factories.resource(f"Guide {number}", publisher=f"Publisher {number:02}")
    factories.resource("Extra", publisher="Zambezi Press")
    tab = visit()
    page = tab.page
    page.goto("/en/resources/")
    publishers = page.locator('input[name="publisher"]')
    assert publishers.count() == 10
    page.get_by_role("link", name=re.compile(r"Show 4 more")).click()
    page.wait_for_url(re.compile(r"more=publisher"))
    expect(publishers).to_have_count(14)
    page.get_by_placeholder("Find a publisher").fill("zambezi")
    expect(
        page.locator(".facet__value:visible", has=page.locator('[name="publisher"]'))
    ).to_have_count(1)
    tab.assert_clean()


def test_on_a_phone_the_first_result_is_on_the_first_screen(visit, library):
    """At 375 × 812 the introduction and the search help give way to the results once a search
    is made, and the Filters button says how many filters are active."""
    tab = visit(width=375)
    page = tab.page
    page.set_viewport_size({"width": 375, "height": 812})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto("/en/resources/?q=audit")
    first = page.locator(".result").first
    expect(first).to_contain_text("Smelter audit handbook")
    assert first.bounding_box()["y"] + 40 < 812  # its title, at least, on the first screen
    assert not page.locator(".listing__intro").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "resources-search-375.png"))
    tab.assert_clean()

    page.goto("/en/resources/?q=audit&mineral=gold&tier=midstream")
    toggle = page.locator("[data-filters-toggle]")
    expect(toggle).to_have_accessible_name("Filters (2 active)")
    expect(toggle.locator("[data-filter-count]")).to_have_text("2")
    assert page.locator(".result").first.bounding_box()["y"] + 40 < 812
    page.screenshot(path=str(SCREENSHOTS / "resources-filters-375.png"))
    tab.assert_clean()

    page.goto("/en/resources/")  # no search yet: the introduction is there
    assert page.locator(".listing__intro").is_visible()
