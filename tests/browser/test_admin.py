"""The admin as an editor uses it on a laptop: the resource, organisation and project lists
need no sideways scrolling at 1,280 or 1,366 pixels, with the demo content's long titles and
publishers; the editors' desk passes axe-core."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from resources.models import DuplicatePair, LinkReport, Resource

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a long password for the browser"
# A picture of each list at each width, to look at (var/ is not in git).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LISTS = [
    "/admin/resources/resource/",
    "/admin/members/organisation/",
    "/admin/projects/project/",
]


@pytest.fixture
def editor(django_user_model):
    call_command("seed_demo", stdout=io.StringIO())
    # A draft, an archived resource, a broken link and a possible duplicate: every badge.
    first, second, third = Resource.objects.order_by("title")[:3]  # on the first page
    Resource.objects.filter(pk=first.pk).update(status="draft", link_status="broken")
    Resource.objects.filter(pk=second.pk).update(status="archived")
    # A review date and an open report: the widest values of their columns.
    Resource.objects.filter(pk=third.pk).update(last_reviewed_on=datetime.date(2025, 12, 31))
    LinkReport.objects.create(resource=third, visitor="x")
    low, high = sorted([second, third], key=lambda resource: resource.pk)
    DuplicatePair.objects.create(first=low, second=high, reason="title", similarity=0.8)
    return django_user_model.objects.create_superuser("desk", "desk@example.org", PASSWORD)


def logged_in(visit, width):
    tab = visit(width)
    tab.page.goto("/admin/login/")
    tab.page.get_by_label("Username").fill("desk")
    tab.page.get_by_label("Password").fill(PASSWORD)
    tab.page.get_by_role("button", name="Log in").click()
    tab.page.wait_for_url("**/admin/")
    return tab


@pytest.mark.parametrize("width", [1280, 1366])
def test_the_lists_need_no_sideways_scrolling_on_a_laptop(visit, editor, width):
    tab = logged_in(visit, width)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in LISTS:
        tab.page.goto(path)
        name = path.strip("/").replace("/", "-")
        tab.page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
        widths = tab.page.evaluate(
            """() => {
                const list = document.querySelector('#changelist .results');
                return {
                    page: [document.documentElement.scrollWidth, window.innerWidth],
                    list: [list.scrollWidth, list.clientWidth],
                    rows: document.querySelectorAll('#result_list tbody tr').length,
                };
            }"""
        )
        assert widths["rows"] > 5, path
        assert widths["list"][0] <= widths["list"][1], (path, widths)
        assert widths["page"][0] <= widths["page"][1], (path, widths)
    # The status and the link's state are on screen, not pushed off it.
    tab.page.goto(LISTS[0])
    for column in ("state", "link", "open_reports"):
        box = tab.page.locator(f"#result_list th.column-{column}").bounding_box()
        assert box and box["x"] + box["width"] <= width, column
    assert tab.page.locator("#result_list .state-badge--draft").count() == 1
    assert tab.page.locator("#result_list .state-badge--archived").count() == 1
    assert tab.page.locator("#result_list .state-badge--duplicate").count() == 2
    assert tab.errors == [] and tab.foreign_requests == []


def test_the_desk_is_clean(visit, editor):
    tab = logged_in(visit, 1366)
    tab.page.goto("/admin/")
    tab.page.get_by_role("link", name="What needs attention").click()
    tab.page.wait_for_url("**/admin/resources/resource/desk/")
    assert tab.page.locator("#desk-broken td a").inner_text() == "1"
    assert tab.page.locator("#desk-duplicates td a").inner_text() == "2"
    tab.assert_clean()
    tab.page.get_by_label("E-mail me this list every week").check()
    tab.page.get_by_role("button", name="Save my choice").click()
    assert "You will receive the weekly digest at desk@example.org." in tab.page.content()
    tab.assert_clean()


def test_other_admin_pages_are_clean_too(visit, editor):
    """The breadcrumbs' underline comes with every admin page, not only the lists'."""
    from alerts.models import Alert, Subscriber

    subscriber = Subscriber.objects.create(email="reader@example.org")
    Alert.objects.create(subscriber=subscriber, query="q=audit", language="en")
    tab = logged_in(visit, 1366)
    for path in (
        "/admin/",
        "/admin/alerts/alert/",
        "/admin/alerts/alert/searches/",
        "/admin/eprm_hub/",
    ):
        tab.page.goto(path)
        assert tab.axe_violations() == [], path
        assert tab.errors == [] and tab.foreign_requests == [], path
