"""A member in the browser: log in, keep the profile current, take the Due Diligence Check; and the
public member directory. Every page is checked for console errors, foreign requests and axe-core
violations."""

import re

import pytest
from playwright.sync_api import expect

from checks.models import Answer, Check
from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Membership, Organisation
from tests import factories

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
    page.get_by_role("link", name="Preview the public page").click()
    page.wait_for_url("**/en/members/alpha-metals/?preview")
    expect(page.locator(".preview-note")).to_contain_text("as visitors see it")
    expect(page.locator("p.lead")).to_have_text("We make tin & gold solder <for> electronics.")
    minerals = page.locator(".member-part dd ul.term-links").last
    expect(minerals).to_contain_text("Gold")
    expect(minerals).to_contain_text("Tin")
    tab.assert_clean()
    alpha = Organisation.objects.get(slug="alpha-metals")
    assert sorted(m.slug for m in alpha.minerals.all()) == ["gold", "tin"]
    assert alpha.version == 2
    factories.resource(
        "Audit guide for downstream tin", needs=["audit-and-certification"],
        tiers=["downstream"], minerals=["tin"],
    )  # fmt: skip
    factories.resource(
        "Mine audits upstream", needs=["audit-and-certification"], tiers=["upstream"],
        minerals=["tin"],
    )  # fmt: skip

    # The Due Diligence Check, in five parts: yes to everything but step 4, which is all no;
    # one question of part 2 is left out at first.
    page.goto("/en/my/organisations/alpha-metals/")
    page.get_by_role("link", name="Due Diligence Check", exact=True).click()
    page.wait_for_url("**/checks/")
    tab.assert_clean()
    page.get_by_role("button", name="Take the check today").click()
    page.wait_for_url(re.compile(r"/checks/\d{4}-\d\d-\d\d/$"))
    progress = page.locator(".check-progress label")
    for number in range(1, 6):
        expect(page.locator("section.check-step")).to_have_count(1)
        expect(page.locator("section.check-step h2")).to_contain_text(f"Part {number} of 5")
        current = page.locator('.check-parts button[aria-current="step"]')
        expect(current).to_contain_text(f"Part {number}:")
        answered = 5 * (number - 1) - (1 if number > 2 else 0)
        expect(progress).to_have_text(f"{answered} of 25 questions answered")
        tab.assert_clean()
        radios = page.locator(f'input[type="radio"][value="{"no" if number == 4 else "yes"}"]')
        expect(radios).to_have_count(5)
        for index in range(5):
            if not (number == 2 and index == 3):
                radios.nth(index).check()
        if number < 5:
            page.get_by_role("button", name="Save and go to the next part").click()
            page.wait_for_url(f"**?part={number + 1}")
    page.get_by_role("button", name="Finish and see the results").click()
    summary = page.locator(".error-summary")
    expect(page.locator(".error-summary-box h2")).to_have_text(
        "One question has no answer yet. Your answers so far are saved."
    )
    expect(summary.locator("a")).to_have_count(1)
    expect(progress).to_have_text("24 of 25 questions answered")
    # The page answers 400 (the check cannot finish), which Chromium logs as a console error.
    assert tab.errors == [
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    ]
    tab.errors.clear()
    tab.assert_clean()
    summary.locator("a").click()  # to the question, in part 2
    page.wait_for_url(re.compile(r"\?part=2#id_q\d+_0$"))
    expect(page.locator("section.check-step h2")).to_contain_text("Part 2 of 5")
    # The link lands on the question's first answer.
    target = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"#{target}")).to_be_in_viewport()
    page.locator('input[type="radio"][value="yes"]').nth(3).check()
    page.get_by_role("button", name=re.compile(r"^Part 5:")).click()  # move freely: saves
    page.wait_for_url("**?part=5")
    expect(progress).to_have_text("25 of 25 questions answered")
    page.get_by_role("button", name="Finish and see the results").click()
    page.wait_for_url(re.compile(r"/checks/\d{4}-\d\d-\d\d/result/$"))

    expect(page.locator(".overall strong")).to_have_text("80")
    chart = page.locator('figure.chart-figure svg[role="img"]:visible')
    expect(chart).to_have_count(1)  # the wide layout; the compact one is for phones
    expect(chart).to_have_class(re.compile(r"\bchart--wide\b"))
    rows = page.locator('section[aria-labelledby="scores-heading"] tbody tr')
    expect(rows).to_have_count(5)
    scores = [rows.nth(i).locator("td").inner_text() for i in range(5)]
    assert scores == ["100", "100", "100", "0", "100"]
    advice = page.locator(".advice__item")
    expect(advice).to_have_count(5)  # the five "no" of step 4
    expect(advice.first).to_contain_text("Audit guide for downstream tin")
    expect(page.locator(".advice")).not_to_contain_text("Mine audits upstream")
    expect(page.locator(".check-answers tbody tr")).to_have_count(25)
    tab.assert_clean()
    check = Check.objects.get(organisation=alpha)
    assert check.status == Check.Status.SUBMITTED
    assert Answer.objects.filter(due_diligence_check=check).count() == 25


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
