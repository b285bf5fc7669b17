"""The JSON-LD block is data, not a script: Chromium runs nothing and the CSP reports nothing."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resource_page_with_json_ld_raises_no_content_security_violation(visit):
    item = factories.resource('Tin </script><script>alert("x")</script> guide', minerals=["tin"])
    tab = visit()
    # Chromium logs a blocked inline script as a console error too; this says which directive.
    tab.page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => console.error('CSP violation: ' + e.violatedDirective))"
    )
    dialogs = []
    tab.page.on("dialog", lambda dialog: dialogs.append(dialog.message) or dialog.dismiss())
    tab.page.goto(item.get_absolute_url())
    data = tab.page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert data["name"] == item.title
    assert tab.page.locator("script").count() == 1  # the title made no script of its own
    assert dialogs == []
    tab.assert_clean()
