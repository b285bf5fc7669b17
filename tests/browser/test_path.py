"""The path through the five OECD steps in the browser, in English and French, wide and narrow:
no console errors, no foreign request, no axe-core violation; the form works without
JavaScript; a profile editor saves the path and ticks what was read on My organisation."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from eprm_hub.models import Mineral, SupplyChainTier
from guidance.models import ReadingList
from members.models import Membership, Organisation
from resources.demo import seed as seed_resources

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Quartz-Lantern-Ferry-42"
# Set PATH_SCREENSHOTS to a folder to keep a picture of each page looked at.
SCREENSHOTS = os.environ.get("PATH_SCREENSHOTS")


class _Quiet:
    def write(self, text):
        pass


class _Command:
    stdout = _Quiet()


@pytest.fixture
def demo():
    seed_resources(_Command())


def keep(page, name):
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SCREENSHOTS}/{name}.png", full_page=True)


@pytest.mark.parametrize("width", [1280, 375])
def test_the_path_in_english_and_french(visit, demo, width):
    tab = visit(width)
    page = tab.page
    page.goto("/en/path/")
    expect(page.get_by_role("heading", level=1)).to_have_text("A path through the five OECD steps")
    expect(page.locator(".path-invite")).to_be_visible()
    tab.assert_clean()
    keep(page, f"path-general-{width}")

    # The form, as a visitor fills it in: a GET, its state in the address.
    page.get_by_role("checkbox", name="Downstream").check()
    page.get_by_role("checkbox", name="Tin", exact=True).check()
    page.get_by_role("radio", name="Small (under 50 staff)").check()
    page.get_by_role("button", name="Show my path").click()
    page.wait_for_url("**/en/path/?*tier=downstream*")
    assert "mineral=tin" in page.url and "size=small" in page.url
    expect(page.get_by_role("heading", name="Start here")).to_be_visible()
    for number in range(1, 6):
        expect(page.locator(f"#step-{number}-heading")).to_be_visible()
    expect(page.locator(".path-pick")).to_have_count(18)
    expect(page.get_by_text("Bookmark this page")).to_be_visible()
    tab.assert_clean()
    keep(page, f"path-buyer-{width}")

    page.goto("/fr/path/?tier=downstream&mineral=tin&size=small&mineral=kryptonite")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator(".notice code")).to_have_text("mineral=kryptonite")
    expect(page.locator(".path-pick").first).to_contain_text("étain")
    tab.assert_clean()
    keep(page, f"path-fr-{width}")

    page.emulate_media(media="print")
    expect(page.locator(".path-form")).to_be_hidden()
    expect(page.locator(".main-nav")).to_be_hidden()
    keep(page, f"path-print-{width}")


@pytest.fixture
def member(django_user_model):
    alpha = Organisation.objects.create(
        name="Alpha Metals", pillar="supply-chain-actor", company_size="small"
    )
    alpha.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    alpha.minerals.set(Mineral.objects.filter(slug="tin"))
    user = django_user_model.objects.create_user("mia", "mia@example.org", PASSWORD)
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return user


def test_an_editor_saves_the_path_and_ticks_what_was_read(visit, demo, member):
    tab = visit()
    page = tab.page
    page.goto("/en/accounts/login/")
    page.get_by_label("Username").fill("mia")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/")
    expect(page.locator("#reading-list")).to_contain_text("No reading list saved yet.")
    tab.assert_clean()

    page.get_by_role("link", name="See the path for your profile").click()
    page.wait_for_url("**/en/path/?tier=downstream&mineral=tin&size=small")
    tab.assert_clean()
    keep(page, "path-member")
    page.get_by_role("button", name="Save as my organisation's reading list").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/#reading-list")
    expect(page.locator(".messages")).to_contain_text("saved as your organisation's reading list")
    expect(page.locator("#reading-list")).to_contain_text("0 of 18 read.")
    tab.assert_clean()

    page.locator("#reading-list input[type=checkbox]").first.check()
    page.get_by_role("button", name="Save what you have read").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/#reading-list")
    expect(page.locator("#reading-list")).to_contain_text("1 of 18 read.")
    tab.assert_clean()
    keep(page, "organisation-reading-list")
    assert ReadingList.objects.get().items.filter(done=True).count() == 1
