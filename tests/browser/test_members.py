"""A member in the browser: log in, keep the profile current, take the Due Diligence Check; and the
public member directory. Every page is checked for console errors, foreign requests and axe-core
violations."""

import re

import pytest
from playwright.sync_api import expect

from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Answer, Assessment, Membership, Organisation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Quartz-Lantern-Ferry-42"


@pytest.fixture
def member(django_user_model):
    alpha = Organisation.objects.create(
        name="Alpha Metals",
        pillar="supply-chain-actor",
        membership_type="basic",
        country="NL",
        website="https://alpha.example.org/",
        description="A maker of tin solder.",
        role="component-maker",
        policy_url="https://alpha.example.org/policy",
        steps_visibility="public",
        step1_status="in-place",
        step1_note="Policy adopted in 2024.",
    )
    alpha.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    alpha.minerals.set(Mineral.objects.filter(slug="tin"))
    beta = Organisation.objects.create(
        name="Beta Mining", pillar="supply-chain-actor", country="DE", role="mine-or-cooperative"
    )
    beta.minerals.set(Mineral.objects.filter(slug__in=["gold", "cobalt"]))
    Organisation.objects.create(name="Gamma Ministry", pillar="government", country="FR")
    user = django_user_model.objects.create_user(
        "mia", "mia@example.org", PASSWORD, first_name="Mia", last_name="Member"
    )
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return user


def test_a_member_keeps_the_profile_current_and_takes_the_check(visit, member):
    tab = visit()
    page = tab.page

    page.goto("/en/accounts/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    tab.assert_clean()
    page.get_by_label("Username").fill("mia")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alpha Metals")
    tab.assert_clean()

    # The profile: change the description, tick a mineral, save.
    page.get_by_role("link", name="Edit the profile").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/edit/")
    tab.assert_clean()
    page.get_by_label("Short description").fill("We make tin & gold solder <for> electronics.")
    page.get_by_role("checkbox", name="Gold", exact=True).check()
    page.get_by_role("button", name="Save the profile").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/")
    expect(page.locator(".messages")).to_contain_text("The profile is saved.")
    tab.assert_clean()
    page.get_by_role("link", name="See the public page").click()
    page.wait_for_url("**/en/members/alpha-metals/")
    expect(page.locator("p.lead")).to_have_text("We make tin & gold solder <for> electronics.")
    minerals = page.locator(".member-part dd ul.term-links").last
    expect(minerals).to_contain_text("Gold")
    expect(minerals).to_contain_text("Tin")
    tab.assert_clean()
    alpha = Organisation.objects.get(slug="alpha-metals")
    assert sorted(m.slug for m in alpha.minerals.all()) == ["gold", "tin"]
    assert alpha.version == 2

    # The Due Diligence Check: yes to everything but step 4, which is all no.
    page.goto("/en/my/organisations/alpha-metals/")
    page.get_by_role("link", name="Due Diligence Check").click()
    page.wait_for_url("**/checks/")
    tab.assert_clean()
    page.get_by_role("button", name="Take the check today").click()
    page.wait_for_url(re.compile(r"/checks/\d{4}-\d\d-\d\d/$"))
    steps = page.locator("section.check-step")
    expect(steps).to_have_count(5)
    tab.assert_clean()
    for number in range(1, 6):
        radios = steps.nth(number - 1).locator(
            f'input[type="radio"][value="{"no" if number == 4 else "yes"}"]'
        )
        expect(radios).to_have_count(5)
        for index in range(5):
            radios.nth(index).check()
    page.get_by_role("button", name="Finish and see the results").click()
    page.wait_for_url(re.compile(r"/checks/\d{4}-\d\d-\d\d/result/$"))

    expect(page.locator(".overall strong")).to_have_text("80")
    chart = page.locator('figure.chart-figure svg[role="img"]')
    expect(chart).to_have_count(1)
    expect(chart).to_be_visible()
    rows = page.locator('section[aria-labelledby="scores-heading"] tbody tr')
    expect(rows).to_have_count(5)
    scores = [rows.nth(i).locator("td").inner_text() for i in range(5)]
    assert scores == ["100", "100", "100", "0", "100"]
    tab.assert_clean()
    check = Assessment.objects.get(organisation=alpha)
    assert check.status == Assessment.Status.SUBMITTED
    assert Answer.objects.filter(assessment=check).count() == 25


def test_the_member_directory_and_a_member_page_are_clean(visit, member):
    tab = visit()
    page = tab.page
    page.goto("/en/members/")
    expect(page.locator("[data-result-count]")).to_have_text("3 members found")
    tab.assert_clean()
    page.get_by_role("checkbox", name=re.compile(r"^Gold")).check()
    page.wait_for_url(re.compile(r"\?mineral=gold$"))
    expect(page.locator("[data-result-count]")).to_have_text("1 member found")
    tab.assert_clean()
    page.get_by_role("link", name="Beta Mining").click()
    page.wait_for_url("**/en/members/beta-mining/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Beta Mining")
    tab.assert_clean()
    page.goto("/en/members/alpha-metals/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alpha Metals")
    expect(page.locator(".step-progress")).to_contain_text("Policy adopted in 2024.")
    tab.assert_clean()
