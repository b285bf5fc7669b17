"""Browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

Where Chromium is missing they are skipped with a notice; with CI=true that is a failure.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"


# Playwright's sync API keeps an event loop in the test's thread while it runs, and Django
# refuses ORM calls beside a running loop. So the browser lives for one module, and the ORM
# is allowed only meanwhile (the tests' own data set-up and flush need it).
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but Chromium is not at {CHROMIUM}: install it", pytrace=False)
        pytest.skip(f"NOTICE: browser tests not run: no Chromium at {CHROMIUM}")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serialized = getattr(connections["default"], "_test_serialized_contents", None)
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # While Playwright runs, Django's per-context connection registry hands this thread a
        # new connection object, which lacks the serialized copy of the test database that
        # serialized_rollback restores after each browser test's flush.
        if serialized is not None:
            connections["default"]._test_serialized_contents = serialized
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A browser tab on the live server that records console errors and foreign requests."""

    def __init__(self, browser, base_url, width=1280):
        self.context = browser.new_context(
            base_url=base_url, viewport={"width": width, "height": 900}, locale="en-GB"
        )
        self.page = self.context.new_page()
        self.errors = []
        self.foreign_requests = []
        host = urlsplit(base_url).netloc
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "request",
            lambda request: (
                urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
                and urlsplit(request.url).netloc != host
                and self.foreign_requests.append(request.url)
            ),
        )

    def axe_violations(self):
        """Run axe-core in the page (evaluated over DevTools, so the page's CSP still holds)."""
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text())
        results = self.page.evaluate("async () => await axe.run(document)")
        return [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
            for v in results["violations"]
        ]

    def assert_clean(self):
        """No console errors, no request to any host but the test server, no axe violations."""
        assert self.errors == []
        assert self.foreign_requests == []
        assert self.axe_violations() == []


@pytest.fixture
def visit(browser, live_server):
    visits = []

    def open_visit(width=1280):
        visits.append(Visit(browser, live_server.url, width))
        return visits[-1]

    yield open_visit
    for each in visits:
        each.context.close()
