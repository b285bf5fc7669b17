"""Control characters pasted from a PDF (a vertical tab, a form feed…): cleaned on the way in,
in every form and in the CSV import, and left out of the feeds whatever is stored
(eprm_hub/cleaning.py, docs/data.md)."""

import lxml.html
import pytest
from lxml import etree

from eprm_hub.cleaning import clean_text
from members.models import Organisation
from projects.models import Project
from resources.importing import import_csv
from resources.models import Resource

from . import factories
from . import project_factories as make
from .test_import import csv_file, row
from .test_members import edit_url, make_org, make_user, post_profile

pytestmark = pytest.mark.django_db

PASTED = "Smelter\x0baudit\x0cguide\x01\x1b\x7f"
CLEAN = "Smelter audit guide"
LANGUAGES = ["en", "fr", "es", "pt", "de", "nl"]


def test_clean_text_keeps_tabs_and_line_breaks_and_drops_the_other_controls():
    assert clean_text(PASTED) == CLEAN
    assert clean_text("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert clean_text("a\x00b\x08c\x1fd\ud800e\ufffff") == "abc def"
    assert clean_text("Étain, 3TG — “ok”") == "Étain, 3TG — “ok”"
    assert clean_text(None) is None and clean_text(7) == 7


# The feeds, whatever is stored ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_resource_feed_leaves_out_stored_control_characters(client, language):
    factories.resource(PASTED, summary="Line\x0cbreak\x0b", publisher="Pub\x0blisher")
    response = client.get(f"/{language}/resources/feed/")
    assert response.status_code == 200
    document = etree.fromstring(response.content)
    assert CLEAN in response.content.decode()
    assert document.xpath("//*[local-name()='entry']")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_project_feed_leaves_out_stored_control_characters(client, language):
    make.project(PASTED, summary="Mines\x0bof\x0cKivu")
    response = client.get(f"/{language}/projects/feed/")
    assert response.status_code == 200
    etree.fromstring(response.content)
    assert CLEAN in response.content.decode()


# The admin's forms ---------------------------------------------------------------------------


def admin_form(client, url, form_id):
    """What a browser sends from the admin's form: {name: [values]}."""
    response = client.get(url)
    assert response.status_code == 200, url
    document = lxml.html.fromstring(response.content)
    [form] = [f for f in document.forms if f.get("id") == form_id]
    data = {}
    for name, value in form.form_values():
        if "__prefix__" not in name:
            data.setdefault(name, []).append(value)
    return data


def saved(client, url, form_id, **changes):
    data = admin_form(client, url, form_id) | {k: [v] for k, v in changes.items()}
    response = client.post(url, data)
    assert response.status_code == 302, response.context and [
        response.context["adminform"].form.errors,
        [inline.formset.errors for inline in response.context["inline_admin_formsets"]],
    ]


def test_the_resource_admin_cleans_pasted_text(admin_client, media):
    resource = factories.resource("Before")
    url = f"/admin/resources/resource/{resource.pk}/change/"
    saved(admin_client, url, "resource_form", title=PASTED, summary="A\x0bsummary\x00.")
    resource.refresh_from_db()
    assert (resource.title, resource.summary) == (CLEAN, "A summary.")
    assert admin_client.get("/en/resources/feed/").status_code == 200


def test_the_project_admin_cleans_pasted_text(admin_client, media):
    project = make.project("Before", countries=["CD"])
    url = f"/admin/projects/project/{project.pk}/change/"
    saved(admin_client, url, "project_form", title=PASTED)
    assert Project.objects.get(pk=project.pk).title == CLEAN
    assert admin_client.get("/en/projects/feed/").status_code == 200


def test_the_organisation_admin_cleans_pasted_text(admin_client, media):
    organisation = make_org("Before Metals", description="Before.")
    url = f"/admin/members/organisation/{organisation.pk}/change/"
    saved(admin_client, url, "organisation_form", description="Tin\x0cand\x0bgold\x7f.")
    assert Organisation.objects.get(pk=organisation.pk).description == "Tin and gold."


def test_the_profile_form_cleans_pasted_text(client, django_user_model, media):
    organisation = make_org("Alpha Metals", description="Before.", country="NL")
    client.force_login(make_user(django_user_model, "erin", organisation, "editor"))
    response = post_profile(client, organisation, description="We\x0bmake\x0ccapacitors\x1b.")
    assert response.status_code == 302, edit_url(organisation)
    organisation.refresh_from_db()
    assert organisation.description == "We make capacitors."


# The CSV import ------------------------------------------------------------------------------


def test_the_csv_import_cleans_pasted_text(client):
    result, problems = import_csv(
        csv_file(row(title=PASTED, summary="What\x0bit\x0cis\x7f about.", publisher="OE\x0bCD"))
    )
    assert problems == []
    resource = Resource.objects.get()
    assert (resource.title, resource.summary) == (CLEAN, "What it is about.")
    assert resource.publisher.name == "OE CD"
    assert client.get("/en/resources/feed/").status_code == 200
