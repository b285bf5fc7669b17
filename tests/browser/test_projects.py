"""The projects in the browser: the listing narrows in place, and the listing, a project's page
and the overview pass the checks (no console errors, no foreign requests, no axe violations)."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from projects.models import Document, Indicator, Location
from tests.project_factories import call, organisation, project

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def portfolio():
    member = organisation("Alpha Metals", pillar="supply-chain-actor", country="NL")
    ngo = organisation("Local NGO", member=False, public=False)
    second = call("Second call for proposals (2018)", 2018)
    third = call("Third call for proposals (2020)", 2020)
    for n, country in enumerate(["CD", "RW"]):
        project(
            f"Gold traceability {n}",
            countries=[country, "BF"],
            minerals=["gold"],
            sdgs=[8],
            call=second,
            partners=[(ngo, "lead")],
            start_year=2019,
            end_year=2021,
        )
    for n in range(2):
        project(
            f"Tin working group {n}",
            countries=["ID"],
            minerals=["tin"],
            call=third,
            start_year=2100 + n,
            gender_focus="not-targeted",
        )
    showcase = project(
        "Scalable trade in artisanal gold",
        summary="Traders build a legal export channel for artisanal gold.",
        description="A longer account of the work.",
        objectives="Export 100 kg through the channel.",
        countries=["BF"],
        minerals=["gold", "tantalum"],
        sdgs=[5, 8, 12],
        call=third,
        partners=[(member, "lead"), (ngo, "implementing")],
        start_date=datetime.date(2021, 1, 1),
        end_date=datetime.date(2023, 12, 31),
        total_budget=Decimal("1000000"),
        eprm_grant=Decimal("800000"),
        gender_focus="significant",
        website="https://example.org/stag",
        iati_identifier="NL-KVK-27378529-EPRM20S19",
    )
    Indicator.objects.create(
        project=showcase, name="Traders trained", unit="people", baseline=0, target=200, actual=50
    )
    Indicator.objects.create(project=showcase, name="Gold exported", unit="kg", target=100)
    Location.objects.create(
        project=showcase, name="Ouagadougou", latitude="12.37140", longitude="-1.51970"
    )
    Document.objects.create(project=showcase, title="Case study", url="https://example.org/case")
    project("Not yet published", minerals=["gold"], countries=["CO"], is_published=False)
    return showcase


def count_text(page):
    return page.locator("[data-result-count]").inner_text()


def facet_count(page, facet, value):
    return page.locator(f"#f-{facet}-{value} + label .facet__count").inner_text()


def test_the_listing_narrows_with_a_facet(visit, portfolio):
    tab = visit()
    page = tab.page
    page.goto("/en/projects/")
    assert count_text(page) == "5 projects found"
    assert facet_count(page, "mineral", "gold") == "3"
    tab.assert_clean()

    page.get_by_role("checkbox", name=re.compile(r"^Gold")).check()
    page.wait_for_url(re.compile(r"/en/projects/\?mineral=gold$"))
    expect(page.locator("[data-result-count]")).to_contain_text("3 projects")
    assert count_text(page) == "3 projects found"
    assert facet_count(page, "mineral", "tin") == "2"  # disjunctive: tin is still countable
    assert facet_count(page, "country", "bf") == "3"
    assert page.locator(".result__title").all_inner_texts() == [
        "Scalable trade in artisanal gold",
        "Gold traceability 0",
        "Gold traceability 1",
    ]
    assert page.locator(".chip").count() == 1
    tab.assert_clean()

    # The address alone brings back the same page.
    page.reload()
    assert count_text(page) == "3 projects found"
    assert page.locator("#f-mineral-gold").is_checked()


def test_a_project_page_is_clean(visit, portfolio):
    tab = visit()
    page = tab.page
    page.goto(portfolio.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Scalable trade in artisanal gold")
    expect(page.get_by_role("link", name="Alpha Metals", exact=True)).to_have_attribute(
        "href", "/en/members/alpha-metals/"
    )
    assert page.get_by_role("link", name="Local NGO", exact=True).count() == 0
    expect(page.locator("table.indicators")).to_contain_text("25%")
    tab.assert_clean()


def test_the_overview_is_clean(visit, portfolio):
    tab = visit()
    page = tab.page
    page.goto("/en/projects/overview/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The portfolio at a glance")
    assert page.locator("svg[role=img]:visible").count() == 5  # one chart per breakdown
    expect(page.locator(".figures")).to_contain_text("€800,000")
    tab.assert_clean()


def test_the_overview_needs_no_sideways_scrolling_at_375_px(visit, portfolio):
    tab = visit(width=375)
    page = tab.page
    page.goto("/en/projects/overview/")
    # The grant (€800,000) and the co-funding (€200,000) side by side, in large figures.
    expect(page.locator(".figures")).to_contain_text("€200,000")
    tab.assert_clean()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # The charts in their compact layout: the labels at about their natural size.
    charts = page.locator("svg[role=img]:visible")
    assert charts.count() == 5
    assert all("chart--compact" in c.get_attribute("class") for c in charts.all())
    label_size = page.evaluate(
        "Math.min(...[...document.querySelectorAll('svg.chart--compact .chart__label')]"
        ".filter(t => t.getBoundingClientRect().height > 0)"
        ".map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))"
    )
    assert label_size >= 12.5  # the wide layout, scaled down, gave 7.5 px
    page.locator("svg.chart--compact").first.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "overview-chart-375.png"))
