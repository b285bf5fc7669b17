"""Search insights in Chromium: a visitor's click on a result, in a listing loaded by the page
or updated in place by listing.js, is counted with its position once the buffer is written;
the desk's section, the full page and the form that adds words to the thesaurus read well at
1,280 and 375 pixels and pass axe-core."""

import datetime
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from eprm_hub import insights
from eprm_hub.models import Concept, OpenedPosition, SearchRecord
from tests import factories

from .test_admin import PASSWORD, logged_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# A browser as visitors have it: Chromium in a test announces itself as HeadlessChrome, a bot.
PERSON = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture(autouse=True)
def own_buffer(settings):
    settings.SEARCH_INSIGHTS_FLUSH_SECONDS = 0  # the test writes the buffer itself
    insights.discard()
    yield
    insights.discard()


def written(words, timeout=10):
    """The record of these words once a flush has written it with an opening."""
    deadline = time.monotonic() + timeout
    while True:
        insights.flush()
        record = SearchRecord.objects.filter(words=words, opened__gt=0).first()
        if record or time.monotonic() > deadline:
            return record
        time.sleep(0.2)


def test_a_result_opened_is_counted_with_its_position(browser, live_server):
    factories.resource("Tin smelter audit guide")
    factories.resource("Gold refinery audit")
    factories.resource("Refinery due diligence handbook")
    context = browser.new_context(base_url=live_server.url, user_agent=PERSON)
    page = context.new_page()
    errors, foreign = [], []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    host = urlsplit(live_server.url).netloc
    page.on("request", lambda r: urlsplit(r.url).netloc != host and foreign.append(r.url))
    try:
        page.goto("/en/resources/?q=audit")
        assert page.locator("ol[data-search-insight]").count() == 1
        page.locator(".result__title a[data-position='2']").click()
        page.wait_for_url("**/resources/*/**")
        record = written("audit")
        assert (record.searches, record.opened) == (1, 1)
        assert list(OpenedPosition.objects.values_list("position", "count")) == [(2, 1)]

        # A search the listing loads in place: its own key, the same listener.
        page.goto("/en/resources/?q=audit")
        page.locator("#q").fill("refinery")
        page.locator("#q").press("Enter")
        page.wait_for_url("**q=refinery**")
        page.locator(".result__title a[data-position='1']").click()
        page.wait_for_url("**/resources/*/**")
        record = written("refinery")
        assert (record.searches, record.opened) == (1, 1)
        assert SearchRecord.objects.get(words="audit").searches == 2
        assert errors == [] and foreign == []
    finally:
        context.close()


@pytest.fixture
def records(django_user_model):
    today = timezone.localdate()
    words = [
        ("conflict minerals regulation due diligence checklist for importers", "fr", 0, 14),
        ("lieferkettensorgfaltspflichtengesetz", "de", 1, 0),
        ("rmap", "en", 2, 40),
        ("cobalt artisanal", "es", 3, 2),
        ("smelter list", "nl", 4, 12),
        ("grievance mechanism", "pt", 5, 1),
    ]
    for number, (text, language, days, results) in enumerate(words):
        SearchRecord.objects.create(
            day=today - datetime.timedelta(days=days), catalogue="resources", language=language,
            words=text, filters="mineral=tin&year_min=2020" if number % 2 else "",
            searches=10 - number, results=results, opened=number % 3 and 1,
        )  # fmt: skip
    Concept.objects.create(key="smelter-test", name="Smelter")
    return django_user_model.objects.create_superuser("desk", "desk@example.org", PASSWORD)


@pytest.mark.parametrize("width", [1280, 375])
def test_the_insights_read_well_on_a_laptop_and_a_phone(visit, records, width):
    tab = logged_in(visit, width)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    add_words = "/admin/eprm_hub/searchrecord/add-words/?words=smelter+list&language=nl"
    for name, path in [
        ("desk", "/admin/resources/resource/desk/"),
        ("insights", "/admin/eprm_hub/searchrecord/?days=30"),
        ("add-words", add_words),
    ]:
        tab.page.goto(path)
        tab.page.screenshot(path=SCREENSHOTS / f"insights-{name}-{width}.png", full_page=True)
        sizes = tab.page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert sizes[0] <= sizes[1], (path, sizes)
        tab.assert_clean()
    assert tab.page.locator("tr[data-words]").count() == 0  # the form has no table
    tab.page.goto("/admin/eprm_hub/searchrecord/")
    assert tab.page.locator("#insights-top tr[data-words]").count() == 6
