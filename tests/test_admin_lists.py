"""Drafts and archived items marked: badges in the admin's lists, and a banner with a badge
and a link to the admin on the page of an item visitors do not see."""

import lxml.html
import pytest

from members.models import Organisation
from projects.models import Project
from tests import factories

pytestmark = pytest.mark.django_db


def badges(page, column):
    tree = lxml.html.fromstring(page)
    return {
        # The title is the link's own text, before its badges and missing translations.
        row.xpath(".//th//a")[0].text.strip(): row.xpath(
            f".//td[contains(@class, 'field-{column}')]//span/@class"
        )[0]
        .split()[-1]
        .removeprefix("state-badge--")
        for row in tree.xpath("//table[@id='result_list']/tbody/tr")
    }


def test_the_resource_list_marks_drafts_archived_and_broken_links(admin_client):
    factories.resource("Published one")
    factories.resource("A draft", status="draft")
    factories.resource("An archived one", status="archived", link_status="broken")
    page = admin_client.get("/admin/resources/resource/").content.decode()
    assert badges(page, "state") == {
        "Published one": "published",
        "A draft": "draft",
        "An archived one": "archived",
    }
    assert badges(page, "link")["An archived one"] == "broken"


def test_the_project_and_organisation_lists_mark_what_visitors_do_not_see(admin_client):
    Project.objects.create(title="Out there", slug="out", summary="S.", is_published=False)
    Organisation.objects.create(name="Hidden member", slug="h", is_member=True, is_public=False)
    Organisation.objects.create(name="Listed member", slug="l", is_member=True, is_public=True)
    projects = admin_client.get("/admin/projects/project/").content.decode()
    assert badges(projects, "published") == {"Out there": "draft"}
    organisations = admin_client.get("/admin/members/organisation/").content.decode()
    assert badges(organisations, "listing") == {
        "Hidden member": "draft",
        "Listed member": "published",
    }


@pytest.mark.parametrize(("status", "badge"), [("draft", "Draft"), ("archived", "Archived")])
def test_an_editor_sees_a_drafts_state_on_its_page(admin_client, client, status, badge):
    resource = factories.resource("Hidden guide", status=status)
    page = lxml.html.fromstring(admin_client.get(resource.get_absolute_url()).content)
    banner = page.xpath("//div[contains(@class, 'editor-banner')]")[0]
    assert banner.xpath(".//span[contains(@class, 'state-badge')]")[0].text_content() == badge
    edit = banner.xpath(".//a/@href")
    assert edit == [f"/admin/resources/resource/{resource.pk}/change/"]
    assert client.get(resource.get_absolute_url()).status_code == 404  # visitors: no page
    published = factories.resource("Public guide")
    page = admin_client.get(published.get_absolute_url()).content.decode()
    assert "editor-banner" not in page


def test_an_editor_sees_an_unpublished_projects_state_on_its_page(admin_client):
    project = Project.objects.create(title="Draft project", slug="dp", summary="S.")
    page = lxml.html.fromstring(admin_client.get(project.get_absolute_url()).content)
    banner = page.xpath("//div[contains(@class, 'editor-banner')]")[0]
    assert banner.xpath(".//span")[0].text_content() == "Draft"
    assert banner.xpath(".//a/@href") == [f"/admin/projects/project/{project.pk}/change/"]
