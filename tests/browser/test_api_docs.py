"""The API's documentation page: Swagger UI from the Hub's own static files, under its
content security policy, accessible, in both languages."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("width", [1280, 375])
def test_the_api_documentation_is_clean_and_accessible(visit, width):
    tab = visit(width=width)
    tab.page.goto("/en/api/")
    tab.page.wait_for_selector("#swagger-ui .opblock-tag")
    assert tab.page.get_by_role("heading", level=1).inner_text() == "The Hub's API"
    assert tab.page.locator(".opblock").count() == 14  # every operation of the document
    tab.assert_clean()  # no console error (a CSP violation is one), no other host, no axe issue
    # An operation opened shows its parameters, generated from the catalogue's facets.
    tab.page.get_by_role("button", name="/api/v1/resources/ Search the resource library").click()
    tab.page.wait_for_selector(".parameters [data-param-name='mineral']")
    tab.assert_clean()
    # Tried from the page, under its content security policy: the answer shows.
    tab.page.get_by_role("button", name="Try it out").click()
    tab.page.get_by_role("button", name="Execute").click()
    status = tab.page.locator(".live-responses-table tbody .response-col_status")
    status.wait_for()
    assert status.inner_text().strip() == "200"
    tab.assert_clean()
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_french_documentation_page(visit):
    tab = visit()
    tab.page.goto("/fr/api/")
    tab.page.wait_for_selector("#swagger-ui .opblock-tag")
    assert tab.page.locator("html").get_attribute("lang") == "fr"
    tab.assert_clean()
