import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_is_clean_and_accessible(visit):
    tab = visit()
    tab.page.goto("/en/")
    assert tab.page.title() == "Due Diligence Hub · EPRM"
    assert tab.page.get_by_role("heading", name="What do you need to do?").is_visible()
    assert tab.page.locator(".need-card").count() == 10
    tab.assert_clean()


def test_french_home_and_about_are_clean(visit):
    tab = visit()
    tab.page.goto("/fr/")
    assert tab.page.locator("html").get_attribute("lang") == "fr"
    tab.assert_clean()
    tab.page.get_by_role("link", name="À propos", exact=True).first.click()
    tab.page.wait_for_url("**/fr/about/")
    tab.assert_clean()


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(visit):
    tab = visit()
    tab.page.goto("/en/about/")
    tab.page.keyboard.press("Tab")
    skip = tab.page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("document.activeElement.id") == "main"


def test_language_switch_keeps_the_page(visit):
    tab = visit()
    tab.page.goto("/en/about/")
    tab.page.get_by_role("link", name="Français").click()
    tab.page.wait_for_url("**/fr/about/")
    assert tab.page.get_by_role("heading", level=1).inner_text().startswith("À propos")


@pytest.mark.parametrize("width", [320, 375])
def test_narrow_screens_need_no_sideways_scrolling(visit, width):
    tab = visit(width=width)
    for path in ("/en/", "/fr/about/"):
        tab.page.goto(path)
        assert tab.page.evaluate("document.documentElement.scrollWidth") <= width, path
        tab.assert_clean()
    response = tab.page.goto("/en/missing/")
    assert response.status == 404
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= width
    assert tab.axe_violations() == []
