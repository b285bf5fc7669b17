"""Which rules apply to me? in Chromium: filled in by keyboard and mouse, answered without
JavaScript of its own, accessible (axe-core) at 1280 and 375 px, printed without its form."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_company_fills_in_the_form_and_reads_its_answers(visit):
    tab = visit()
    tab.page.goto("/en/")
    tab.page.get_by_role("link", name="Which rules apply to me?").click()
    tab.page.wait_for_url("**/en/rules/")
    tab.assert_clean()
    tab.page.get_by_label("Country of the registered office").select_option("DE")
    tab.page.get_by_label("Employees worldwide").fill("1 500")
    tab.page.get_by_label("What you import into the EU each year").fill("2609 00 00:6000")
    tab.page.get_by_label("Tin").check()
    tab.page.get_by_label("We make products available on the EU market").check()
    tab.page.get_by_role("button", name="Check the rules").click()
    tab.page.wait_for_url("**/en/rules/?country=DE*")
    card = tab.page.locator("#rule-eu-2017-821")
    assert "Applies" in card.inner_text()
    assert "the threshold is 5,000 kg." in card.inner_text()
    assert "Applies" in tab.page.locator("#rule-de-lksg").inner_text()
    assert "Will apply" in tab.page.locator("#rule-eu-forced-labour").inner_text()
    tab.assert_clean()
    tab.page.emulate_media(media="print")
    assert not tab.page.locator(".rules-form").is_visible()
    assert card.is_visible()


def test_a_mistake_is_shown_by_its_field_and_the_page_stays_accessible(visit):
    tab = visit(width=375)
    response = tab.page.goto("/fr/rules/?employees=beaucoup&country=FR")
    assert response.status == 400
    assert tab.page.locator(".error-summary a[href='#id_employees']").is_visible()
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= 375
    assert tab.axe_violations() == []
