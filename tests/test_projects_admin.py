"""Projects in the admin: bad input refused (forms and database), inlines saved, PDF uploads
checked by content, and the publish / unpublish actions with their history."""

import datetime
from decimal import Decimal

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from projects.admin import PDF_MAX_BYTES
from projects.models import Document, Indicator, Partnership, Project

from .project_factories import organisation

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/projects/project/add/"
CHANGELIST_URL = "/admin/projects/project/"
INLINES = ("partnerships", "indicators", "locations", "documents")


def minimal_pdf():
    """A real, minimal PDF: one empty page, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n\r\n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


MINIMAL_PDF = minimal_pdf()


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def existing(staff):
    """A project created through the admin, so it has its first history record."""
    data = form_data(staff, ADD_URL)
    data.update(
        {
            "title": "Gold in Kivu",
            "summary": "Artisanal gold, traced.",
            "start_date": "2021-01-01",
            "end_date": "2023-12-31",
            "total_budget": "400000",
            "eprm_grant": "300000",
            "countries": ["CD"],
        }
    )
    response = staff.post(ADD_URL, data)
    assert response.status_code == 302, errors(response)
    return Project.objects.get(title="Gold in Kivu")


def change_url(item):
    return f"/admin/projects/project/{item.pk}/change/"


def form_data(client, url):
    """What a browser would send from the admin form at url, untouched: every field's value,
    the inline formsets' management forms included (their prefixes read from the page)."""
    response = client.get(url)
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content)
    [form] = [f for f in document.forms if f.get("id") == "project_form"]
    data = {}
    for name, value in form.form_values():
        if "__prefix__" in name:
            continue  # the template of "Add another", not a form
        data.setdefault(name, [])
        data[name].append(value)
    data = {name: values if len(values) > 1 else values[0] for name, values in data.items()}
    for prefix in INLINES:
        assert f"{prefix}-TOTAL_FORMS" in data, prefix
        assert f"{prefix}-INITIAL_FORMS" in data, prefix
    return data


def errors(response):
    """The form errors of an admin response that did not save, for assertion messages."""
    if response.context is None or "adminform" not in response.context:
        return response.status_code
    found = [response.context["adminform"].form.errors]
    for inline in response.context["inline_admin_formsets"]:
        found += [inline.formset.errors, inline.formset.non_form_errors()]
    return found


def first_form(data, prefix, **fields):
    """Fill the first extra form of an inline (there is one: extra = 1)."""
    index = int(data[f"{prefix}-INITIAL_FORMS"])
    assert int(data[f"{prefix}-TOTAL_FORMS"]) > index
    data.update({f"{prefix}-{index}-{name}": value for name, value in fields.items()})
    return data


# Bad input -----------------------------------------------------------------------------------


def test_indicator_numbers_must_be_numbers(staff, existing):
    data = form_data(staff, change_url(existing))
    data["title"] = "Renamed"
    first_form(data, "indicators", name="Miners trained", unit="people", target="abc")
    response = staff.post(change_url(existing), data)
    assert response.status_code == 200
    [indicators] = [
        i for i in response.context["inline_admin_formsets"] if i.formset.prefix == "indicators"
    ]
    assert indicators.formset.errors[0] == {"target": ["Enter a number."]}
    assert "Enter a number." in response.content.decode()
    # Nothing saved: neither the indicator nor the project's own change.
    assert not Indicator.objects.exists()
    existing.refresh_from_db()
    assert existing.title == "Gold in Kivu"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (
            {"start_date": "2022-05-01", "end_date": "2022-04-30"},
            "end_date",
            "The end date cannot be before the start date.",
        ),
        (
            {"start_date": "", "end_date": "", "start_year": "2022", "end_year": "2021"},
            "end_year",
            "The end year cannot be before the start year.",
        ),
        (
            {"total_budget": "400000", "eprm_grant": "400000.01"},
            "eprm_grant",
            "The EPRM grant cannot be more than the total budget.",
        ),
    ],
)
def test_dates_and_money_must_add_up(staff, existing, fields, field, message):
    data = form_data(staff, change_url(existing))
    data.update(fields)
    data["summary"] = "Changed."
    response = staff.post(change_url(existing), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {field: [message]}
    existing.refresh_from_db()
    assert existing.summary == "Artisanal gold, traced."
    assert (existing.start_date, existing.end_date) == (
        datetime.date(2021, 1, 1),
        datetime.date(2023, 12, 31),
    )
    assert existing.eprm_grant == Decimal("300000")


def test_the_grant_may_equal_the_budget_and_end_on_the_start_day(staff, existing):
    data = form_data(staff, change_url(existing))
    data.update({"start_date": "2022-05-01", "end_date": "2022-05-01", "eprm_grant": "400000"})
    assert staff.post(change_url(existing), data).status_code == 302
    existing.refresh_from_db()
    assert (existing.end_date, existing.eprm_grant) == (datetime.date(2022, 5, 1), 400000)


def test_the_database_refuses_an_end_before_the_start(existing):
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=existing.pk).update(end_date=datetime.date(2020, 12, 31))
    existing.refresh_from_db()
    assert existing.end_date == datetime.date(2023, 12, 31)


def test_the_database_refuses_a_grant_above_the_budget(existing):
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=existing.pk).update(eprm_grant=Decimal("400000.01"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=existing.pk).update(total_budget=Decimal("1"))
    existing.refresh_from_db()
    assert existing.eprm_grant == Decimal("300000")


# PDF uploads -------------------------------------------------------------------------------


def upload(staff, project, name, content):
    data = form_data(staff, change_url(project))
    first_form(data, "documents", title="Final report")
    data["documents-0-file"] = SimpleUploadedFile(name, content, content_type="application/pdf")
    return staff.post(change_url(project), data)


def document_errors(response):
    [documents] = [
        i for i in response.context["inline_admin_formsets"] if i.formset.prefix == "documents"
    ]
    return documents.formset.errors


def test_a_text_file_named_pdf_is_refused(staff, existing, media):
    response = upload(staff, existing, "x.pdf", b"Just some text, not a PDF.\n%%EOF\n")
    assert response.status_code == 200
    assert document_errors(response)[0]["file"] == [
        "This file is not a PDF. Upload a PDF document."
    ]
    assert not Document.objects.exists()
    assert not list(media.rglob("*.pdf"))


def test_a_real_pdf_is_accepted(staff, existing, media):
    response = upload(staff, existing, "final report.pdf", MINIMAL_PDF)
    assert response.status_code == 302, errors(response)
    document = Document.objects.get()
    assert (document.project, document.title, document.url) == (existing, "Final report", "")
    assert document.file.name.startswith("project-documents/")
    assert (media / document.file.name).read_bytes() == MINIMAL_PDF
    page = staff.get(existing.get_absolute_url()).content.decode()
    assert f'<a href="/media/{document.file.name}">Final report</a>' in page


def test_a_pdf_over_10_mb_is_refused(staff, existing, media):
    big = b"%PDF-1.4\n" + b"0" * PDF_MAX_BYTES + b"\n%%EOF\n"
    assert PDF_MAX_BYTES == 10 * 1024 * 1024
    response = upload(staff, existing, "big.pdf", big)
    assert response.status_code == 200
    [message] = document_errors(response)[0]["file"]
    assert "the most a document can be is 10 MB" in message
    assert not Document.objects.exists()


def test_a_document_needs_a_link_or_a_file(staff, existing, media):
    data = form_data(staff, change_url(existing))
    first_form(data, "documents", title="Nothing attached")
    response = staff.post(change_url(existing), data)
    assert response.status_code == 200
    assert document_errors(response)[0] == {
        "__all__": ["Give either a link or a PDF file, not both or neither."]
    }
    assert not Document.objects.exists()


# Inlines and actions -----------------------------------------------------------------------


def test_the_add_form_saves_the_project_with_its_inlines(staff, media):
    partner = organisation("Alpha Metals")
    data = form_data(staff, ADD_URL)
    data.update(
        {
            "title": "Tin traceability",
            "summary": "Tin, traced from mine to smelter.",
            "countries": ["CD", "RW"],
            "start_year": "2022",
            "eprm_grant": "250000",
            "gender_focus": "significant",
            "is_published": "on",
        }
    )
    first_form(data, "partnerships", organisation=str(partner.pk), role="lead", order="0")
    first_form(
        data,
        "indicators",
        name="Miners trained",
        unit="people",
        baseline="0",
        target="200",
        actual="50",
        as_of="2024-03-31",
        order="0",
    )
    first_form(data, "locations", name="Bukavu", latitude="-2.50830", longitude="28.86080")
    first_form(data, "documents", title="Project page", url="https://example.org/tin")
    response = staff.post(ADD_URL, data)
    assert response.status_code == 302, errors(response)

    item = Project.objects.get(title="Tin traceability")
    assert item.slug == "tin-traceability"
    assert [c.code for c in item.countries] == ["CD", "RW"]
    assert item.is_published
    [partnership] = item.partnerships.all()
    assert (partnership.organisation, partnership.role) == (partner, Partnership.Role.LEAD)
    [indicator] = item.indicators.all()
    assert (indicator.name, indicator.unit, indicator.target, indicator.actual) == (
        "Miners trained",
        "people",
        Decimal("200"),
        Decimal("50"),
    )
    assert indicator.progress == 25
    [location] = item.locations.all()
    assert (location.name, location.latitude, location.longitude) == (
        "Bukavu",
        Decimal("-2.50830"),
        Decimal("28.86080"),
    )
    [document] = item.documents.all()
    assert (document.title, document.url, document.file.name) == (
        "Project page",
        "https://example.org/tin",
        "",
    )
    # The history has it, with its editor.
    [record] = item.history.all()
    assert (record.history_type, record.history_user) == ("+", staff.user)
    # And the public sees it.
    page = staff.get("/en/projects/?partner=alpha-metals").content.decode()
    assert "Tin traceability" in page


def test_publish_and_unpublish_actions_record_history(staff, existing):
    data = form_data(staff, ADD_URL)
    data.update({"title": "Second project", "summary": "Another.", "countries": ["RW"]})
    assert staff.post(ADD_URL, data).status_code == 302
    second = Project.objects.get(title="Second project")
    both = [existing.pk, second.pk]
    assert not Project.objects.filter(pk__in=both, is_published=True).exists()
    assert "Gold in Kivu" not in staff.get("/en/projects/").content.decode()

    response = staff.post(
        CHANGELIST_URL, {"action": "publish", "_selected_action": both}, follow=True
    )
    assert "2 projects published." in response.content.decode()
    assert Project.objects.filter(pk__in=both, is_published=True).count() == 2
    for item in (existing, second):
        latest = item.history.first()
        assert (latest.history_type, latest.is_published, latest.history_user) == (
            "~",
            True,
            staff.user,
        )
        assert item.history.count() == 2
    assert "Gold in Kivu" in staff.get("/en/projects/").content.decode()

    response = staff.post(
        CHANGELIST_URL, {"action": "unpublish", "_selected_action": [existing.pk]}, follow=True
    )
    assert "1 project unpublished." in response.content.decode()
    existing.refresh_from_db()
    second.refresh_from_db()
    assert (existing.is_published, second.is_published) == (False, True)
    latest = existing.history.first()
    assert (latest.is_published, latest.history_user) == (False, staff.user)
    assert existing.history.count() == 3
    delta = latest.diff_against(latest.prev_record)
    assert [change.field for change in delta.changes] == ["is_published"]
    assert "Gold in Kivu" not in staff.get("/en/projects/").content.decode()

    # Publishing what is already published changes nothing and records nothing.
    response = staff.post(
        CHANGELIST_URL, {"action": "publish", "_selected_action": [second.pk]}, follow=True
    )
    assert "0 projects published." in response.content.decode()
    assert second.history.count() == 2


def test_the_admin_lists_and_filters_by_status(staff, existing):
    page = staff.get(CHANGELIST_URL).content.decode()
    assert "Gold in Kivu" in page
    assert "Completed" in page
    assert "Gold in Kivu" in staff.get(CHANGELIST_URL + "?status=completed").content.decode()
    assert "Gold in Kivu" not in staff.get(CHANGELIST_URL + "?status=planned").content.decode()


def test_saving_says_whether_visitors_see_the_project(staff, existing):
    """A project is created as a draft: the message says so, with a button that publishes it
    through the list's action; once published it says it is public."""
    data = form_data(staff, change_url(existing))
    page = staff.post(change_url(existing), data, follow=True).content.decode()
    assert "“Gold in Kivu” is a draft: visitors do not see it yet." in page
    assert '<input type="hidden" name="action" value="publish">' in page
    staff.post(
        "/admin/projects/project/",
        {"action": "publish", "index": "0", "_selected_action": existing.pk},
    )
    existing.refresh_from_db()
    assert existing.is_published
    data = form_data(staff, change_url(existing))
    page = staff.post(change_url(existing), data, follow=True).content.decode()
    assert f'is public: <a href="{existing.get_absolute_url()}">see it on the site</a>.' in page
