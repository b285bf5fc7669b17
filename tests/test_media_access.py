"""Uploaded files are served only to those who may see their record (issue 29, defect 12), and
new uploads get names nobody can guess from the record."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members import logos
from members.models import Membership
from projects.models import Document

from .project_factories import organisation, project

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"
RANDOM = r"[\w-]{22}"


def png(size=(800, 600)):
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, format="PNG")
    return out.getvalue()


def with_logo(org):
    upload = SimpleUploadedFile("our-logo.png", png(), "image/png")
    org.logo = logos.normalise(upload, org.name)  # re-encoded, as the forms and admin do
    org.save()
    return org


def document(item, title="Final report"):
    return Document.objects.create(
        project=item, title=title, file=ContentFile(PDF, name="final-report.pdf")
    )


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def people(django_user_model):
    def user(name, org=None, **fields):
        person = django_user_model.objects.create_user(name, f"{name}@example.org", "pw", **fields)
        if org is not None:
            Membership.objects.create(user=person, organisation=org, role="viewer")
        return person

    listed = organisation("Listed Metals")
    unlisted = organisation("Unlisted Metals", public=False)
    former = organisation("Former Member Trading", member=False)
    return {
        "orgs": (listed, unlisted, former),
        "anonymous": None,
        "user of another member": user("other", listed),
        "user of the unlisted organisation": user("own", unlisted),
        "user of the former member": user("former", former),
        "staff": user("staff", is_staff=True),
    }


def statuses(client, people, url):
    found = {}
    for who in ("anonymous", "user of another member", "user of the unlisted organisation",
                "user of the former member", "staff"):  # fmt: skip
        client.logout()
        if people[who] is not None:
            client.force_login(people[who])
        response = client.get(url)
        found[who] = response.status_code
        if response.status_code == 200:
            b"".join(response.streaming_content)
    return found


def test_new_uploads_have_unguessable_names(media, people):
    listed, unlisted, _former = people["orgs"]
    first, second = with_logo(unlisted), with_logo(listed)
    assert re.fullmatch(rf"logos/{RANDOM}\.png", first.logo.name), first.logo.name
    assert "unlisted" not in first.logo.name and first.logo.name != second.logo.name
    with Image.open(first.logo.path) as stored:  # still re-encoded and resized
        assert stored.format == "PNG" and stored.size == (400, 300)
    pdf = document(project("Gold in Kivu", is_published=False)).file
    assert re.fullmatch(rf"project-documents/{RANDOM}\.pdf", pdf.name), pdf.name
    assert "final-report" not in pdf.name


def test_a_listed_members_logo_is_public(client, media, people):
    listed = with_logo(people["orgs"][0])
    assert set(statuses(client, people, listed.logo.url).values()) == {200}


def test_the_logo_of_an_organisation_not_listed_is_for_its_users_and_the_staff(
    client, media, people
):
    _listed, unlisted, former = people["orgs"]
    with_logo(unlisted)
    with_logo(former)
    assert statuses(client, people, unlisted.logo.url) == {
        "anonymous": 404,
        "user of another member": 404,
        "user of the unlisted organisation": 200,
        "user of the former member": 404,
        "staff": 200,
    }
    assert statuses(client, people, former.logo.url) == {
        "anonymous": 404,
        "user of another member": 404,
        "user of the unlisted organisation": 404,
        "user of the former member": 200,
        "staff": 200,
    }
    client.force_login(people["staff"])
    private = client.get(unlisted.logo.url)
    assert {"private", "no-store"} <= {d.strip() for d in private["Cache-Control"].split(",")}


def test_a_document_of_an_unpublished_project_is_for_the_staff_only(client, media, people):
    draft = document(project("Draft project", is_published=False)).file
    published = document(project("Published project")).file
    assert set(statuses(client, people, published.url).values()) == {200}
    assert statuses(client, people, draft.url) == {
        "anonymous": 404,
        "user of another member": 404,
        "user of the unlisted organisation": 404,
        "user of the former member": 404,
        "staff": 200,
    }
    Document.objects.filter(file=draft.name).update(
        project=Document.objects.get(file=published.name).project
    )
    assert client.get(draft.url).status_code == 200  # now a published project's


def test_files_uploaded_before_keep_their_names_and_the_same_rules(client, media, people):
    listed, unlisted, _former = people["orgs"]
    (media / "logos").mkdir()
    for org in (listed, unlisted):
        (media / "logos" / f"{org.slug}.png").write_bytes(png((64, 64)))
        org.logo = f"logos/{org.slug}.png"
        org.save()
    assert client.get("/media/logos/listed-metals.png").status_code == 200
    assert client.get("/media/logos/unlisted-metals.png").status_code == 404
    client.force_login(people["user of the unlisted organisation"])
    assert client.get("/media/logos/unlisted-metals.png").status_code == 200


def test_a_file_no_record_names_is_not_served(client, media, people):
    (media / "logos").mkdir()
    (media / "logos" / "stray.png").write_bytes(png((8, 8)))
    (media / "project-documents").mkdir()
    (media / "project-documents" / "stray.pdf").write_bytes(PDF)
    client.force_login(people["staff"])
    assert client.get("/media/logos/stray.png").status_code == 404
    assert client.get("/media/project-documents/stray.pdf").status_code == 404
    assert client.get("/media/logos/missing.png").status_code == 404
