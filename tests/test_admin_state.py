"""After saving a resource in the admin, the editor is told whether visitors see it, and a
draft can be published from that message in one click."""

import re

import lxml.html
import pytest

from eprm_hub.models import ResourceType
from members.models import Organisation
from resources.models import Resource

pytestmark = pytest.mark.django_db

ADD = "/admin/resources/resource/add/"


def form(**values):
    return {
        "title": "Smelter audit checklist",
        "slug": "",
        "url": "https://example.org/checklist",
        "resource_type": ResourceType.objects.get(slug="guidance").pk,
        "summary": "What an audit of a smelter covers.",
        "languages": "en",
        "status": "draft",
        "link_status": "unchecked",
        "link_reports-TOTAL_FORMS": "0",
        "link_reports-INITIAL_FORMS": "0",
        "link_reports-MIN_NUM_FORMS": "0",
        "link_reports-MAX_NUM_FORMS": "1000",
    } | values


def test_a_new_draft_says_it_is_not_public_and_publishes_in_one_click(editor_client):
    page = editor_client.post(ADD, form(), follow=True).content.decode()
    resource = Resource.objects.get()
    assert resource.status == "draft"
    assert "“Smelter audit checklist” is a draft: visitors do not see it yet." in page
    # The message's own form publishes it through the list's action.
    button = re.search(r'<form class="inline-publish" method="post" action="([^"]+)">', page)
    assert button and button[1] == "/admin/resources/resource/"
    published = editor_client.post(
        button[1], {"action": "publish", "index": "0", "_selected_action": resource.pk}
    )
    assert published.status_code == 302
    resource.refresh_from_db()
    assert resource.status == "published" and resource.published_at is not None


def test_a_published_resource_says_it_is_public(editor_client):
    page = editor_client.post(ADD, form(status="published"), follow=True).content.decode()
    resource = Resource.objects.get()
    assert f'is public: <a href="{resource.get_absolute_url()}">see it on the site</a>.' in page
    assert "inline-publish" not in page


def test_an_archived_resource_has_no_publish_button(editor_client):
    page = editor_client.post(ADD, form(status="archived"), follow=True).content.decode()
    assert "is archived: visitors do not see it." in page
    assert "inline-publish" not in page


def saved_as_it_is(client, url, form_id):
    """Post an admin change form back as a browser would, untouched; the page after it."""
    document = lxml.html.fromstring(client.get(url).content)
    [form] = [f for f in document.forms if f.get("id") == form_id]
    data = {}
    for name, value in form.form_values():
        if "__prefix__" not in name:  # the template of "Add another", not a form
            data.setdefault(name, []).append(value)
    return client.post(url, data, follow=True).content.decode()


def test_an_organisation_says_whether_the_directory_lists_it(admin_client):
    listed = Organisation.objects.create(name="Listed Metals", pillar="supply-chain-actor")
    partner = Organisation.objects.create(
        name="Partner NGO", pillar="civil-society", is_member=False
    )
    for organisation, expected in [
        (listed, f'“Listed Metals” is public: <a href="{listed.get_absolute_url()}">'),
        (partner, "“Partner NGO” is not a member: the directory does not list it."),
    ]:
        url = f"/admin/members/organisation/{organisation.pk}/change/"
        page = saved_as_it_is(admin_client, url, "organisation_form")
        assert expected in page
        assert "inline-publish" not in page  # nothing to publish: listing is the editor's choice
