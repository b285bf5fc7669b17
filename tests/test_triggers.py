"""The triggers that renew the listings' versions follow the catalogues' declarations."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils.timezone import localdate, now

from eprm_hub import triggers
from eprm_hub.facets import Catalogue, Facet
from eprm_hub.models import Mineral
from members.models import Organisation
from projects.models import Project
from projects.search import CATALOGUE as PROJECTS
from resources.models import Resource
from resources.search import CATALOGUE as RESOURCES

from . import factories

pytestmark = pytest.mark.django_db


def version(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM eprm_hub_indexversion WHERE name = %s", [name])
        row = cursor.fetchone()
        return row[0] if row else 0


def test_the_installed_triggers_are_those_the_catalogues_declare():
    assert set(triggers.CATALOGUES) == {"resources", "members", "projects"}
    declared = triggers.declared(triggers.CATALOGUES.values())
    assert triggers.installed() == declared
    # What the declarations imply, spelled out once: a facet's path brings its tables.
    assert declared["resources"] == {
        "resources_resource",
        "resources_resource_business_needs",
        "resources_resource_minerals",
        "resources_resource_supply_chain_tiers",
        "resources_resource_oecd_steps",
        "resources_resource_regions",
        "resources_publisher",
    }
    assert "members_organisation" in declared["projects"]  # partners' names label a facet
    assert "eprm_hub_mineral" in declared["vocabulary"]
    assert "eprm_hub_concept_narrower" in declared["thesaurus"]


def test_a_path_crosses_relations_both_ways():
    assert triggers.path_tables(Project, "partnerships__organisation__slug") == {
        "projects_partnership",
        "members_organisation",
    }
    assert triggers.path_tables(Organisation, "minerals__slug") == {
        "members_organisation_minerals",
        "eprm_hub_mineral",
    }
    assert triggers.path_tables(Mineral, "resource__title") == {
        "resources_resource_minerals",
        "resources_resource",
    }
    assert triggers.path_tables(Resource, "languages") == set()


def test_a_new_facet_gets_its_trigger_and_a_write_through_it_renews_the_version():
    tags = Facet("tag", "Tag", "tags__name", lambda: [])
    extended = Catalogue("resources", RESOURCES.visible, [*RESOURCES.facets, tags], [])
    tables = triggers.catalogue_tables(extended)
    assert {"taggit_taggeditem", "taggit_tag"} <= tables

    triggers.install("resources", tables)
    resource = factories.resource("Tagged guide")
    before = version("resources")
    with connection.cursor() as cursor:  # a write to the tag table alone
        cursor.execute("UPDATE taggit_tag SET name = name")
    assert version("resources") > before
    assert resource.pk

    # Back to the declaration: the trigger no facet needs any more is dropped.
    triggers.install("resources", triggers.catalogue_tables(RESOURCES))
    assert triggers.installed()["resources"] == triggers.catalogue_tables(RESOURCES)


def test_migrate_puts_back_a_dropped_trigger_and_drops_a_stale_one():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER projects_call_updates_projects ON projects_call")
        cursor.execute(
            "CREATE TRIGGER projects_indicator_bumps_projects AFTER UPDATE ON projects_indicator "
            "FOR EACH STATEMENT EXECUTE FUNCTION eprm_hub_bump_index_version('projects')"
        )
    assert triggers.installed()["projects"] != triggers.catalogue_tables(PROJECTS)
    call_command("migrate", verbosity=0)
    assert triggers.installed()["projects"] == triggers.catalogue_tables(PROJECTS)


def test_trigger_names_fit_in_a_postgresql_identifier():
    for version, tables in triggers.declared(triggers.CATALOGUES.values()).items():
        for table in tables:
            for kind in ["bumps", *triggers.LOGGED]:
                assert len(f"{table}_{kind}_{version}") <= 63


def test_each_table_logs_the_column_that_leads_back_to_the_catalogues_rows():
    logged = triggers.logged()
    assert logged[("resources", "resources_resource")] == "id"
    assert logged[("resources", "resources_resource_minerals")] == "resource_id"
    assert logged[("resources", "resources_publisher")] == "id"  # a publisher's own key
    assert logged[("projects", "projects_partnership")] == "project_id"  # a reverse key
    assert logged[("projects", "members_organisation")] == "id"
    assert logged[("members", "members_organisation_minerals")] == "organisation_id"
    assert triggers.links(PROJECTS)["members_organisation"] == (
        "id",
        ["partnerships__organisation"],
    )
    # The vocabulary's and the thesaurus's tables log nothing: they renew their version.
    assert not any(version in ("vocabulary", "thesaurus") for version, _ in logged)


def test_a_write_logs_the_keys_of_the_rows_it_changed():
    resources = [factories.resource(f"Smelter audit {n}") for n in range(3)]
    before = version("resources")
    Resource.objects.filter(pk__in=[r.pk for r in resources[:2]]).update(title="Tin audit")
    Resource.objects.filter(pk=resources[2].pk).update(link_http_status=404)  # not listed
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT source, key FROM eprm_hub_indexchange WHERE name = 'resources' "
            "AND version > %s",
            [before],
        )
        logged = set(cursor.fetchall())
    assert logged == {("resources_resource", r.pk) for r in resources[:2]}


def test_a_catalogue_watches_the_columns_its_listing_reads():
    watched = triggers.watched()
    for catalogue in triggers.CATALOGUES.values():
        table = catalogue.visible().model._meta.db_table
        assert watched[(catalogue.name, table)] == triggers.listed_columns(catalogue)[1:]
    # Spelled out once: visibility, facets, sorts, the year and the searchable text.
    assert triggers.listed_columns(RESOURCES) == [
        "id", "languages", "published_at", "publisher_id", "resource_type_id",
        "search_vector", "status", "title", "year",
    ]  # fmt: skip
    # Tables reached through a facet's path renew on any write (a partner's name labels one).
    assert ("projects", "members_organisation") not in watched


def test_only_writes_that_can_alter_the_listing_renew_its_version():
    resource = factories.resource("Smelter audit guide")
    before = version("resources")

    # What the link checker writes, and a whole save that changes a column no listing reads
    # (the row is written in full and a history record is added).
    Resource.objects.filter(pk=resource.pk).update(
        link_status=Resource.LinkStatus.BROKEN, link_http_status=404, link_checked_at=now()
    )
    history = resource.history.count()
    resource.refresh_from_db()
    resource.last_reviewed_on = now().date()
    resource.save()
    assert resource.history.count() == history + 1
    assert version("resources") == before

    # The searchable text (a generated column of the summary) and visibility do.
    Resource.objects.filter(pk=resource.pk).update(summary="Now about tin.")
    after_summary = version("resources")
    assert after_summary > before
    Resource.objects.filter(pk=resource.pk).update(status=Resource.Status.ARCHIVED)
    assert version("resources") > after_summary


def test_marking_resources_reviewed_in_the_admin_leaves_the_version(admin_client):
    resources = [factories.resource(f"Guide {n}") for n in range(3)]
    before = version("resources")
    response = admin_client.post(
        "/admin/resources/resource/",
        {"action": "mark_reviewed", "_selected_action": [r.pk for r in resources], "index": "0"},
    )
    assert response.status_code == 302
    assert Resource.objects.filter(last_reviewed_on=localdate()).count() == 3
    assert version("resources") == before
