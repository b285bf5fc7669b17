"""Following a search by e-mail in the browser, from the results to the confirmed alert and
its page, at a laptop's and a phone's width, each page axe-core clean. The e-mail goes through
a real SMTP server on loopback."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from alerts.models import Alert
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("width", [1280, 375])
def test_a_visitor_follows_a_search_by_email(visit, smtp, width):
    factories.resource("Smelter audit handbook", minerals=["tin"], tags=["audit"])
    tab = visit(width)
    page = tab.page
    page.goto("/en/resources/?q=audit&mineral=tin")
    page.get_by_role("link", name="Get new results by e-mail").click()
    page.wait_for_url("**/en/alerts/new/?q=audit&mineral=tin")
    expect(page.locator(".alert-search__what")).to_have_text("“audit”, Mineral: Tin")
    tab.assert_clean()

    # A mistake first: the summary links to the field.
    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.get_by_role("button", name="Send me new results").click()
    expect(page.locator(".error-summary")).to_contain_text("Your e-mail address")
    # The page answers 400, which Chromium logs; nothing else may be logged.
    refused = "Failed to load resource: the server responded with a status of 400"
    tab.errors[:] = [error for error in tab.errors if not error.startswith(refused)]
    tab.assert_clean()
    page.locator(".error-summary a").first.click()
    expect(page.get_by_label("Your e-mail address")).to_be_focused()

    page.get_by_label("Your e-mail address").fill("sme@example.org")
    page.get_by_label("Daily").check()
    page.get_by_role("button", name="Send me new results").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    tab.assert_clean()

    [message] = smtp.to("sme@example.org")
    text = message.get_body(("plain",)).get_content()
    confirm = urlsplit(re.search(r"https://hub\.example\.org(\S+/confirm/\S+)", text)[0]).path
    page.goto(confirm)
    tab.assert_clean()
    page.get_by_role("button", name="Confirm my alert").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your alerts")
    expect(page.locator(".messages")).to_contain_text("Your alert is on")
    expect(page.locator(".alert-item")).to_contain_text("“audit”, Mineral: Tin")
    tab.assert_clean()
    alert = Alert.objects.get()
    assert alert.confirmed_at and alert.frequency == "daily"

    page.get_by_label("How often").select_option("weekly")
    page.get_by_role("button", name="Change").click()
    expect(page.locator(".messages")).to_contain_text("frequency is changed")
    alert.refresh_from_db()
    assert alert.frequency == "weekly"
    # Nothing on the page is wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
