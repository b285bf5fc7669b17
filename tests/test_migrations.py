import uuid

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor

from eprm_hub.models import (
    SDG,
    BusinessNeed,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)
from projects.models import Project


@pytest.fixture
def empty_database(django_db_blocker):
    """A brand-new database on the test server, under its own connection alias."""
    name = f"test_from_zero_{uuid.uuid4().hex[:8]}"
    alias = "from_zero"
    with django_db_blocker.unblock():
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        connections.settings[alias] = {**connection.settings_dict, "NAME": name}
        try:
            yield alias
        finally:
            connections[alias].close()
            del connections[alias]
            del connections.settings[alias]
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_migrations_apply_from_zero_and_seed_the_vocabulary(empty_database, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("migrate", database=empty_database, verbosity=0)
        counts = {
            model.__name__: model.objects.using(empty_database).count()
            for model in (
                Mineral,
                SupplyChainTier,
                OECDStep,
                BusinessNeed,
                ResourceType,
                Region,
                SDG,
            )
        }
        assert counts == {
            "Mineral": 10,
            "SupplyChainTier": 3,
            "OECDStep": 5,
            "BusinessNeed": 10,
            "ResourceType": 10,
            "Region": 10,
            "SDG": 17,
        }
        # And they unapply cleanly, all the way back.
        call_command("migrate", "eprm_hub", "zero", database=empty_database, verbosity=0)
        tables = connections[empty_database].introspection.table_names()
        assert not [table for table in tables if table.startswith("eprm_hub_")]


def test_projects_published_before_publication_dates_take_their_creation_date(
    empty_database, django_db_blocker
):
    before = ("projects", "0004_iati_rules")
    with django_db_blocker.unblock():
        call_command("migrate", database=empty_database, verbosity=0)
        call_command("migrate", *before, database=empty_database, verbosity=0)
        state = MigrationExecutor(connections[empty_database]).loader.project_state([before])
        old = state.apps.get_model("projects", "Project").objects.using(empty_database)
        old.create(title="Published", slug="published", summary="-", is_published=True)
        old.create(title="Draft", slug="draft", summary="-", is_published=False)
        call_command("migrate", "projects", database=empty_database, verbosity=0)
        projects = {p.slug: p for p in Project.objects.using(empty_database)}
        assert projects["published"].published_at == projects["published"].created
        assert projects["draft"].published_at is None
