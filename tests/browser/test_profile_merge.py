"""The merge page of "My organisation" in the browser: a save that met someone else's comes back
merged, the fields both changed are chosen with the keyboard-reachable controls it offers, and
the page passes axe-core, without JavaScript."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from members.models import Membership, Organisation
from tests.test_members import form_data, image_bytes

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Quartz-Lantern-Ferry-42"
EDIT = "/en/my/organisations/alpha-metals/edit/"


@pytest.fixture
def alpha(django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    alpha = Organisation.objects.create(
        name="Alpha Metals",
        pillar="supply-chain-actor",
        description="The first description.",
        website="https://alpha.example.org/",
    )
    for username, first, last in [("ann", "Ann", "Able"), ("ben", "Ben", "Brook")]:
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=first, last_name=last
        )
        Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return alpha


def allow_status(tab, status):
    """Chromium logs a page answered with an error status as a console error: the 409 of the
    merge and the 400 of a missing choice are meant. Any other error still counts."""
    logged = f"Failed to load resource: the server responded with a status of {status} "
    tab.errors[:] = [error for error in tab.errors if not error.startswith(logged)]


@pytest.mark.parametrize("width", [1280, 375])
def test_a_conflicting_save_is_merged_and_chosen_in_the_browser(visit, alpha, width):
    tab = visit(width)
    page = tab.page
    page.goto("/en/accounts/login/")
    page.get_by_label("Username").fill("ben")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/my/organisations/alpha-metals/")
    page.goto(EDIT)

    # Ann saves while Ben's form is open.
    ann = Client()
    ann.force_login(alpha.memberships.get(user__username="ann").user)
    data = form_data(ann.get(EDIT).content.decode(), class_="profile-form")
    data.update(description=["Ann's description."], website=["https://ann.example.org/"])
    assert ann.post(EDIT, data).status_code == 302

    page.get_by_label("Short description").fill("Ben's description.")
    page.get_by_label("Contact phone").fill("+31 6 1234")
    page.get_by_label("Logo").set_input_files(
        {
            "name": "logo.png",
            "mimeType": "image/png",
            "buffer": image_bytes("PNG", (300, 200), (40, 40, 200)),
        }
    )
    page.get_by_role("button", name="Save the profile").click()

    conflict = page.get_by_role("alert")
    expect(conflict).to_contain_text("Ann Able saved a newer version")
    expect(page.get_by_label("Website")).to_have_value("https://ann.example.org/")
    expect(page.get_by_label("Contact phone")).to_have_value("+31 6 1234")
    expect(page.get_by_role("img", name="Your new logo")).to_be_visible()
    choice = page.get_by_role("group", name="Short description")
    expect(choice).to_contain_text("You and Ann Able both changed this.")
    allow_status(tab, 409)
    tab.assert_clean()

    # Saving without a choice is refused; the summary leads to the choice.
    page.get_by_role("button", name="Save the profile").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Choose which version to keep.")
    summary.get_by_role("link", name="Short description").click()
    expect(page.get_by_role("radio", name="Keep Ann Able's version")).to_be_in_viewport()
    allow_status(tab, 400)
    tab.assert_clean()

    page.get_by_role("radio", name="Keep your version").check()
    page.get_by_role("button", name="Save the profile").click()
    # The address keeps the summary link's #fragment through the redirect.
    page.wait_for_url(re.compile(r"/en/my/organisations/alpha-metals/(#.*)?$"))
    expect(page.locator(".messages")).to_contain_text("The profile is saved.")
    alpha.refresh_from_db()
    assert alpha.description == "Ben's description."
    assert alpha.website == "https://ann.example.org/"
    assert alpha.contact_phone == "+31 6 1234"
    assert alpha.logo.name.startswith("logos/") and "alpha-metals" not in alpha.logo.name
