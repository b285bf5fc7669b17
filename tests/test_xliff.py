"""Translations to and from agencies as XLIFF 2.0 (eprm_hub/xliff.py, docs/languages.md): the
round trip, the checks an import makes, the command and the admin's pages."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from eprm_hub import i18n, xliff
from projects.models import Project
from resources.models import Resource
from tests import factories

pytestmark = pytest.mark.django_db
NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


@pytest.fixture
def library():
    """Two resources, one with a French translation, and a project."""
    tin = factories.resource("Tin smelter guide", "How smelters check the origin of tin.")
    tin.set_translation("title", "fr", "Guide des fonderies d’étain")
    tin.set_translation("summary", "fr", "Comment les fonderies vérifient l’origine de l’étain.")
    tin.save()
    gold = factories.resource("Gold refiner checklist", "What a refiner asks its suppliers.")
    project = Project.objects.create(
        title="Tin traceability", summary="Traceable tin.", objectives="Trace tin.\nTrain miners."
    )
    return tin, gold, project


def everything():
    """What an import could change: every content record's texts, states and history."""
    return [
        (r.pk, r.title, r.translations, r.translation_states, r.history.count())
        for model in (Resource, Project)
        for r in model.objects.order_by("pk")
    ]


def units(data):
    root = etree.fromstring(data)
    return {u.get("id"): u for u in root.iterfind(".//x:unit", NS)}


def translate(data, texts, state="translated"):
    """The file as an agency sends it back: {unit id: target}, each in this state."""
    store = Xliff2File.parsestring(data)
    for unit in store.units:
        if unit.getid() in texts:
            unit.target = texts[unit.getid()]
            unit.xmlelement.set("state", state)
    return bytes(store)


def test_an_export_holds_each_missing_text_with_its_context_and_the_import_applies_them(library):
    tin, gold, project = library
    data, count = xliff.export([Resource.objects.all(), Project.objects.all()], "fr")
    found = units(data)
    # The French of the tin guide is there and reviewed or not: not asked for by default.
    assert set(found) == {
        f"resources.resource.{gold.pk}.title",
        f"resources.resource.{gold.pk}.summary",
        f"projects.project.{project.pk}.title",
        f"projects.project.{project.pk}.summary",
        f"projects.project.{project.pk}.objectives",
    }
    assert count == 5
    root = etree.fromstring(data)
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "fr")
    unit = found[f"resources.resource.{gold.pk}.summary"]
    notes = {n.get("category"): n.text for n in unit.iterfind("x:notes/x:note", NS)}
    assert notes["record"] == "Resource: Gold refiner checklist"
    assert notes["field"] == "Summary"
    assert notes["location"].endswith(f"/en/resources/{gold.slug}/")
    assert notes["length"] == "At most 600 characters."
    assert (
        unit.findtext("x:segment/x:source", namespaces=NS) == "What a refiner asks its suppliers."
    )
    objectives = found[f"projects.project.{project.pk}.objectives"]
    assert objectives.findtext("x:segment/x:source", namespaces=NS) == "Trace tin.\nTrain miners."

    done = translate(
        data,
        {
            f"resources.resource.{gold.pk}.title": "Liste de contrôle pour les affineurs d’or",
            f"projects.project.{project.pk}.objectives": "Tracer l’étain.\nFormer les mineurs.",
        },
    )
    result = xliff.import_file(done, reason="From the agency")
    assert len(result.applied) == 2 and result.skipped == 3 and not result.stale
    gold.refresh_from_db()
    project.refresh_from_db()
    assert gold.translation("title", "fr") == "Liste de contrôle pour les affineurs d’or"
    assert gold.translation_state("title", "fr") == i18n.UNREVIEWED
    assert project.translation("objectives", "fr") == "Tracer l’étain.\nFormer les mineurs."
    assert gold.history.first().history_change_reason == "From the agency"

    # Marked reviewed when the editor says a person reviewed them; the same text again
    # changes nothing else.
    result = xliff.import_file(done, reviewed=True)
    gold.refresh_from_db()
    assert gold.translation_state("title", "fr") == i18n.REVIEWED
    assert len(result.applied) == 2 and result.unchanged == 0
    again = xliff.import_file(done, reviewed=True)
    assert again.applied == [] and again.unchanged == 2


def test_an_export_imported_back_unchanged_changes_nothing(library):
    tin, _gold, _project = library
    tin.summary = "How smelters check where their tin comes from."  # the French is outdated
    tin.save()
    before = everything()
    for language in ("fr", "es", "de"):
        data, _count = xliff.export([Resource.objects.all(), Project.objects.all()], language)
        result = xliff.import_file(data)
        assert result.applied == [] and not result.stale
    assert everything() == before

    # The outdated French comes with the old text to revise, in state "initial".
    data, _count = xliff.export([Resource.objects.all()], "fr")
    unit = units(data)[f"resources.resource.{tin.pk}.summary"]
    segment = unit.find("x:segment", NS)
    assert segment.get("state") == "initial"
    assert segment.findtext("x:target", namespaces=NS).startswith("Comment les fonderies")
    assert "changed" in unit.findtext("x:notes/x:note[@category='status']", namespaces=NS)
    assert f"resources.resource.{tin.pk}.title" not in units(data)  # its title is current

    revised = translate(
        data, {f"resources.resource.{tin.pk}.summary": "D’où vient l’étain des fonderies."}
    )
    xliff.import_file(revised)
    tin.refresh_from_db()
    assert tin.translation_state("summary", "fr") == i18n.UNREVIEWED


def test_a_unit_whose_original_changed_since_the_export_is_reported_and_not_applied(library):
    _tin, gold, project = library
    data, _count = xliff.export([Resource.objects.all(), Project.objects.all()], "es")
    gold.summary = "What a refiner asks each of its suppliers."
    gold.save()
    done = translate(
        data,
        {
            f"resources.resource.{gold.pk}.summary": "Lo que un refinador pregunta.",
            f"projects.project.{project.pk}.title": "Trazabilidad del estaño",
        },
    )
    result = xliff.import_file(done)
    assert len(result.stale) == 1 and "Gold refiner checklist, summary" in result.stale[0]
    assert result.stale[0].startswith("Line ")
    gold.refresh_from_db()
    project.refresh_from_db()
    assert gold.translation("summary", "es") == ""
    assert project.translation("title", "es") == "Trazabilidad del estaño"


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda data: data.replace(b"</xliff>", b""), "not well-formed XML"),
        (lambda data: b"<html><body>Hello</body></html>", "not an XLIFF 2 file"),
        (
            lambda data: data.replace(b'version="2.0"', b'version="1.2"'),
            "not an XLIFF 2 file",
        ),
        (lambda data: data.replace(b'trgLang="fr"', b'trgLang="xx"'), "target language"),
        (lambda data: data.replace(b'trgLang="fr"', b'trgLang="en"'), "target language"),
        (lambda data: data.replace(b"resources.resource.", b"resources.publisher."), "exported"),
    ],
)
def test_a_bad_file_is_refused_whole_with_a_clear_message(library, mangle, message):
    _tin, gold, project = library
    data, _count = xliff.export([Resource.objects.all(), Project.objects.all()], "fr")
    done = translate(
        data,
        {
            f"resources.resource.{gold.pk}.title": "Liste de contrôle",
            f"projects.project.{project.pk}.title": "Traçabilité de l’étain",
        },
    )
    before = everything()
    with pytest.raises(xliff.XliffError) as refused:
        xliff.import_file(mangle(done))
    assert message in str(refused.value)
    assert everything() == before


def test_an_import_is_all_or_nothing_and_names_the_lines_at_fault(library):
    _tin, gold, project = library
    data, _count = xliff.export([Resource.objects.all(), Project.objects.all()], "fr")
    done = translate(
        data,
        {
            f"projects.project.{project.pk}.title": "Traçabilité de l’étain",
            f"resources.resource.{gold.pk}.title": "Liste de contrôle",
            f"resources.resource.{gold.pk}.summary": "x" * 601,
        },
    )
    gone = factories.resource("Gone", "Gone.")
    store = Xliff2File.parsestring(done)
    unit = store.addsourceunit("Gone.")
    unit.setid(f"resources.resource.{gone.pk}.summary")
    unit.target = "Disparu."
    done = bytes(store)
    gone.delete()
    before = everything()
    with pytest.raises(xliff.XliffError) as refused:
        xliff.import_file(done)
    messages = refused.value.messages
    assert len(messages) == 2
    lines = {int(m.split(":")[0].removeprefix("Line ")) for m in messages}
    assert all(line > 1 for line in lines)
    assert any("601 characters; at most 600" in m for m in messages)
    assert any("no longer exists" in m for m in messages)
    assert everything() == before  # the project's good title was not applied either

    with pytest.raises(xliff.XliffError, match="not German"):
        xliff.import_file(translate(data, {}), language="de")


def test_the_command_exports_to_standard_output_and_imports_a_file(library, tmp_path):
    _tin, gold, project = library
    out = io.StringIO()
    call_command("translations", "export", "--language", "es", stdout=out)
    data = out.getvalue().encode()
    assert len(units(data)) == 7  # the tin guide's two texts too: it has no Spanish
    only = io.StringIO()
    call_command("translations", "export", "--language", "es", "--model", "project", stdout=only)
    assert set(units(only.getvalue().encode())) == {
        f"projects.project.{project.pk}.{field}" for field in ("title", "summary", "objectives")
    }
    path = tmp_path / "es.xlf"
    path.write_bytes(translate(data, {f"resources.resource.{gold.pk}.title": "Lista"}))
    said = io.StringIO()
    call_command("translations", "import", str(path), "--reviewed", stdout=said)
    assert "1 translations into es applied and marked reviewed" in said.getvalue()
    gold.refresh_from_db()
    assert gold.translation_state("title", "es") == i18n.REVIEWED

    (tmp_path / "bad.xlf").write_bytes(b"<xliff")
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("translations", "import", str(tmp_path / "bad.xlf"))


def test_editors_export_the_selected_records_and_import_the_file_in_the_admin(
    library, django_user_model
):
    _tin, gold, _project = library
    user = django_user_model.objects.create_user("erin", "erin@example.org", "pw", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="resources"))
    browser = Client()
    browser.force_login(user)
    listing = browser.get("/admin/resources/resource/").content.decode()
    assert "Export translations for an agency (XLIFF)" in listing
    assert "/admin/resources/resource/translations/import/" in listing

    chosen = {"action": "export_translations", "_selected_action": [gold.pk], "index": 0}
    page = browser.post("/admin/resources/resource/", chosen)
    assert page.status_code == 200 and b'name="language"' in page.content
    response = browser.post("/admin/resources/resource/", chosen | {"language": "nl"})
    assert response["Content-Type"].startswith("application/xliff+xml")
    assert "resource-translations-nl.xlf" in response["Content-Disposition"]
    data = response.content
    assert set(units(data)) == {f"resources.resource.{gold.pk}.{f}" for f in ("title", "summary")}

    done = translate(
        data, {f"resources.resource.{gold.pk}.title": "Checklist voor goudraffinaderijen"}
    )
    url = "/admin/resources/resource/translations/import/"
    sent = browser.post(url, {"file": SimpleUploadedFile("nl.xlf", done), "reviewed": "on"})
    assert sent.status_code == 302
    after = browser.get(sent["Location"]).content.decode()
    assert "Translations into Dutch: 1 applied" in after
    gold.refresh_from_db()
    assert gold.translation_state("title", "nl") == i18n.REVIEWED
    assert gold.history.first().history_user == user

    refused = browser.post(url, {"file": SimpleUploadedFile("nl.xlf", done[:-40])})
    assert refused.status_code == 200
    assert "not well-formed XML" in refused.content.decode()
