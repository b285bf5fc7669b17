"""The demo content in the readers' languages (docs/languages.md): what `make run` shows, and the
counts issue 28 asks for, per language and per state."""

import io

import pytest
from django.core.management import call_command

from eprm_hub import i18n
from projects.models import Project
from resources.models import Resource

# The most used resources, also in Portuguese, German and Dutch: the OECD Guidance and its
# supplements, the EU Regulation and its acts, the templates, the main standards and tools.
MOST_USED = 30
FRENCH_OR_SPANISH = {"CD", "BI", "RW", "BF", "MR", "CO", "PE", "BO", "EC"}


def given(records, fields, language):
    return [
        r for r in records if all(r.in_language(f, language).language == language for f in fields)
    ]


@pytest.mark.django_db
def test_the_demo_content_in_the_readers_languages():
    call_command("seed_demo", stdout=io.StringIO())
    resources_in_french_and_spanish_and_thirty_in_five()
    projects_in_french_and_spanish_and_their_longer_texts_where_read()
    everything_written_now_is_not_yet_reviewed()


def resources_in_french_and_spanish_and_thirty_in_five():
    published = list(Resource.objects.published())
    assert len(published) == 135
    for language in ("fr", "es"):
        assert len(given(published, ["title", "summary"], language)) == len(published)
    for language in ("pt", "de", "nl"):
        assert len(given(published, ["title", "summary"], language)) == MOST_USED
    guidance = Resource.objects.get(
        title__startswith="OECD Due Diligence Guidance for Responsible Supply"
    )
    assert guidance.translation("title", "de").startswith("OECD-Leitfaden")
    regulation = Resource.objects.get(title__startswith="Regulation (EU) 2017/821")
    assert regulation.translation("title", "es").startswith("Reglamento (UE) 2017/821")


def projects_in_french_and_spanish_and_their_longer_texts_where_read():
    projects = list(Project.objects.published())
    assert len(projects) == 14
    for language in ("fr", "es"):
        assert len(given(projects, ["title", "summary", "objectives"], language)) == 14
    where_read = [p for p in projects if {c.code for c in p.countries} & FRENCH_OR_SPANISH]
    assert len(where_read) >= 9
    for project in where_read:
        assert project.description, project
        for language in ("fr", "es"):
            assert project.translation("description", language), (project, language)
            if project.lessons_learned:
                assert project.translation("lessons_learned", language), (project, language)


def everything_written_now_is_not_yet_reviewed():
    for model in (Resource, Project):
        for language in ("fr", "es", "pt", "de", "nl"):
            rows = model.objects.filter(
                i18n.translations_in_state(model, i18n.UNREVIEWED, language)
            )
            states = {
                r.language_state(language)
                for r in model.objects.all()
                if r.translation("title", language)
            }
            assert states <= {i18n.UNREVIEWED}
            assert rows.count() == len(
                [r for r in model.objects.all() if r.translation("title", language)]
            )
        assert not model.objects.filter(i18n.translations_in_state(model, i18n.REVIEWED)).exists()
        assert not model.objects.filter(i18n.translations_in_state(model, i18n.OUTDATED)).exists()
