"""A translation's state (docs/languages.md, "Review"): not yet reviewed when written, reviewed
when a person says so, outdated when its original changes; what editors and visitors see of it."""

import json

import pytest
from django.db import connection
from django.test import Client
from lxml import html

from eprm_hub import i18n
from members.models import Organisation
from projects.models import Project
from resources import desk
from resources.importing import import_csv
from resources.models import Resource
from tests import factories
from tests.test_admin_versions import admin_url, open_admin, resource_editor

pytestmark = pytest.mark.django_db


def translated_resource(title="Smelter guide", **fields):
    resource = factories.resource(title, "How smelters check their sources.", **fields)
    resource.set_translation("title", "fr", "Guide des fonderies")
    resource.set_translation("summary", "fr", "Comment les fonderies vérifient leurs sources.")
    resource.save()
    return resource


def states(model, state, language=None):
    return set(
        model.objects.filter(i18n.translations_in_state(model, state, language)).values_list(
            "title", flat=True
        )
    )


def test_a_new_translation_is_not_yet_reviewed_and_becomes_outdated_when_its_original_changes():
    resource = translated_resource()
    assert resource.translation_state("title", "fr") == i18n.UNREVIEWED
    assert resource.translation_state("title", "es") == ""  # none
    assert resource.translation_state("title", "en") == ""  # the original
    assert states(Resource, i18n.UNREVIEWED, "fr") == {"Smelter guide"}

    resource.set_translation("title", "fr", resource.translation("title", "fr"), reviewed=True)
    resource.set_translation("summary", "fr", resource.translation("summary", "fr"), reviewed=True)
    resource.save()
    assert resource.language_state("fr") == i18n.REVIEWED
    assert states(Resource, i18n.REVIEWED, "fr") == {"Smelter guide"}
    assert states(Resource, i18n.UNREVIEWED) == set()

    resource.summary = "How smelters and refiners check their sources."
    resource.save()
    assert resource.translation_state("summary", "fr") == i18n.OUTDATED
    assert resource.translation_state("title", "fr") == i18n.REVIEWED  # its own original kept
    assert resource.language_state("fr") == i18n.OUTDATED
    assert (
        states(Resource, i18n.OUTDATED)
        == states(Resource, i18n.OUTDATED, "fr")
        == {"Smelter guide"}
    )
    assert states(Resource, i18n.OUTDATED, "es") == set()
    # The same text set again keeps its state: it stays outdated until someone reviews it.
    resource.set_translation("summary", "fr", resource.translation("summary", "fr"))
    assert resource.translation_state("summary", "fr") == i18n.OUTDATED
    resource.set_translation("summary", "fr", "Comment les fonderies et affineurs vérifient.")
    assert resource.translation_state("summary", "fr") == i18n.UNREVIEWED
    resource.set_translation("summary", "fr", "")
    assert "summary" not in resource.translation_states["fr"]


def test_the_states_of_translations_written_before_are_filled_by_the_migration():
    resource = translated_resource()
    Resource.objects.update(translation_states={})
    with connection.cursor() as cursor:
        cursor.execute(i18n.states_of_translations("resources_resource", ["title", "summary"]).sql)
    resource.refresh_from_db()
    assert resource.translation_states == {
        "fr": {
            "title": {"source": i18n.source_key("Smelter guide"), "reviewed": False},
            "summary": {
                "source": i18n.source_key("How smelters check their sources."),
                "reviewed": False,
            },
        }
    }


def test_an_editor_reviews_a_translation_and_sees_it_outdated_when_the_english_changes(
    django_user_model,
):
    resource = translated_resource()
    browser = resource_editor(django_user_model, "vera")
    page = browser.get(admin_url(resource)).content.decode()
    assert "In French: not yet reviewed" in page and 'name="reviewed_fr"' in page
    listing = browser.get("/admin/resources/resource/").content.decode()
    assert "Not yet reviewed: FR" in listing and "Missing: ES, PT, DE, NL" in listing

    data = open_admin(browser, resource)
    data["reviewed_fr"] = ["on"]
    assert browser.post(admin_url(resource), data).status_code == 302
    resource.refresh_from_db()
    assert resource.language_state("fr") == i18n.REVIEWED
    assert "In French: reviewed" in browser.get(admin_url(resource)).content.decode()

    # Saving the English text without touching the box: the French is now outdated.
    data = open_admin(browser, resource)
    data["summary"] = ["How smelters and refiners check where their ore comes from."]
    assert browser.post(admin_url(resource), data).status_code == 302
    resource.refresh_from_db()
    assert resource.translation_state("summary", "fr") == i18n.OUTDATED
    assert resource.translation_state("title", "fr") == i18n.REVIEWED
    assert "In French: outdated" in browser.get(admin_url(resource)).content.decode()
    outdated = browser.get("/admin/resources/resource/?translation=outdated").content.decode()
    assert "Smelter guide" in outdated and "Outdated: FR" in outdated
    assert (
        "Smelter guide"
        not in browser.get("/admin/resources/resource/?translation=outdated-es").content.decode()
    )
    counted = {item.key: item.count for item in desk.items()}
    assert counted["outdated_translations"] == 1
    desk_page = browser.get("/admin/resources/resource/desk/").content.decode()
    assert "Outdated translations" in desk_page and "translation=outdated" in desk_page

    # Revising the French text by hand with the box ticked: reviewed again.
    data = open_admin(browser, resource)
    assert "reviewed_fr" not in data  # unticked: not all of it is reviewed
    data["summary_fr"] = ["Comment les fonderies et affineurs vérifient l’origine du minerai."]
    data["reviewed_fr"] = ["on"]
    assert browser.post(admin_url(resource), data).status_code == 302
    resource.refresh_from_db()
    assert resource.language_state("fr") == i18n.REVIEWED
    assert {item.key: item.count for item in desk.items()}["outdated_translations"] == 0


def test_visitors_see_a_short_note_on_a_text_not_yet_reviewed_in_their_language(client):
    resource = translated_resource()
    french = client.get(f"/fr/resources/{resource.slug}/").content.decode()
    assert "Guide des fonderies" in french
    assert "Traduction assistée par machine" in french
    english = client.get(f"/en/resources/{resource.slug}/").content.decode()
    assert "Machine-assisted" not in english  # the original needs no note
    spanish = client.get(f"/es/resources/{resource.slug}/").content.decode()
    assert "Aún no se ha traducido" in spanish or "traducido" in spanish  # the fallback note
    assert "asistida por máquina" not in spanish

    for field in ("title", "summary"):
        resource.set_translation(field, "fr", resource.translation(field, "fr"), reviewed=True)
    resource.save()
    french = client.get(f"/fr/resources/{resource.slug}/").content.decode()
    assert "assistée par machine" not in french and "n’est peut-être plus à jour" not in french

    resource.title = "Smelter guide, second edition"
    resource.save()
    french = client.get(f"/fr/resources/{resource.slug}/").content.decode()
    assert "n’est peut-être plus à jour" in french


def test_link_previews_and_structured_data_are_in_the_readers_language(client):
    resource = translated_resource()
    page = html.fromstring(client.get(f"/fr/resources/{resource.slug}/").content)
    (block,) = page.xpath('//script[@type="application/ld+json"]')
    data = json.loads(block.text)
    assert data["name"] == "Guide des fonderies"
    assert data["description"] == "Comment les fonderies vérifient leurs sources."
    assert page.xpath('string(//meta[@property="og:title"]/@content)') == "Guide des fonderies"


def test_projects_and_members_carry_states_and_notes_too(client):
    project = Project.objects.create(
        title="Tin traceability in Rwanda",
        summary="Traceable tin.",
        description="A longer description.",
        lessons_learned="What we learned.",
        is_published=True,
    )
    for field, text in [
        ("title", "Traçabilité de l’étain au Rwanda"),
        ("summary", "De l’étain traçable."),
        ("description", "Une description plus longue."),
        ("lessons_learned", "Ce que nous avons appris."),
    ]:
        project.set_translation(field, "fr", text)
    project.save()
    page = client.get(f"/fr/projects/{project.slug}/").content.decode()
    assert "Une description plus longue." in page and "Ce que nous avons appris." in page
    assert "assistée par machine" in page
    assert states(Project, i18n.UNREVIEWED, "fr") == {"Tin traceability in Rwanda"}

    member = Organisation.objects.create(
        name="Tin Co", description="We refine tin.", is_member=True, is_public=True
    )
    member.set_translation("description", "es", "Refinamos estaño.")
    member.save()
    page = client.get(f"/es/members/{member.slug}/").content.decode()
    assert "Refinamos estaño." in page and "asistida por máquina" in page


def test_an_import_records_the_texts_it_changes_and_keeps_the_state_of_the_others():
    header = (
        "title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,"
        "oecd_steps,business_needs,regions,tags,summary,title_fr,summary_fr\n"
    )
    row = (
        "Tin guide,https://example.org/tin,OECD,2020,guidance,en,tin,,,,,,"
        '"About tin.",Guide,"Sur l’étain."\n'
    )
    result, problems = import_csv((header + row).encode())
    assert not problems, problems
    tin = Resource.objects.get(url="https://example.org/tin")
    assert tin.language_state("fr") == i18n.UNREVIEWED
    for field in ("title", "summary"):
        tin.set_translation(field, "fr", tin.translation(field, "fr"), reviewed=True)
    tin.save()

    import_csv((header + row).encode())  # the same file: nothing changes
    tin.refresh_from_db()
    assert tin.language_state("fr") == i18n.REVIEWED

    changed = row.replace('"About tin."', '"All about tin."')
    import_csv((header + changed).encode())  # a new English summary, the same French
    tin.refresh_from_db()
    assert tin.translation_state("summary", "fr") == i18n.OUTDATED
    assert tin.translation_state("title", "fr") == i18n.REVIEWED

    retranslated = changed.replace('"Sur l’étain."', '"Tout sur l’étain."')
    import_csv((header + retranslated).encode())
    tin.refresh_from_db()
    assert tin.translation_state("summary", "fr") == i18n.UNREVIEWED


def test_the_vocabulary_has_no_states(client):
    tin = factories.Mineral.objects.get(slug="tin")
    assert tin.in_language("name", "fr").state == ""
    assert not hasattr(tin, "translation_states")
    assert Client().get("/fr/resources/").status_code == 200
