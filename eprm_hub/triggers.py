"""The database triggers that renew an IndexVersion when what a listing shows changes.

Each catalogue's triggers are derived from its declaration (the tables its model and its
facets' paths cross) and installed after every `migrate`, so adding a facet cannot forget its
trigger; triggers no declaration names any more are dropped (docs/facets.md, "Versions").
The vocabulary's tables renew the "vocabulary" version, which every catalogue reads, and the
thesaurus's the "thesaurus" version.

BUMP_FUNCTION and bump_on_change() are used by migrations: keep them stable.
"""

from django.apps import apps
from django.db import connections, migrations

# Versions come from a sequence, which a rollback does not rewind: a version number is never
# given to two different states of the data (a counter would be, after a rollback).
BUMP_FUNCTION = """
CREATE SEQUENCE IF NOT EXISTS eprm_hub_index_version_seq;
CREATE OR REPLACE FUNCTION eprm_hub_bump_index_version() RETURNS trigger AS $$
BEGIN
    INSERT INTO eprm_hub_indexversion (name, version)
    VALUES (TG_ARGV[0], nextval('eprm_hub_index_version_seq'))
    ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""
DROP_BUMP_FUNCTION = """
DROP FUNCTION eprm_hub_bump_index_version();
DROP SEQUENCE eprm_hub_index_version_seq;
"""
FUNCTION = "eprm_hub_bump_index_version"


def _create(version, table):
    return (
        f"CREATE OR REPLACE TRIGGER {table}_bumps_{version} "
        f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}('{version}');"
    )


def bump_on_change(version, tables):
    """A migration operation: any write to these tables renews the version. The history of
    the first migrations; catalogues' triggers are now installed by install()."""
    create = [_create(version, table) for table in tables]
    drop = [f"DROP TRIGGER IF EXISTS {table}_bumps_{version} ON {table};" for table in tables]
    return migrations.RunSQL("\n".join(create), "\n".join(drop))


def vocabulary_tables():
    """The tables of the shared vocabulary (eprm_hub's Term models)."""
    from .models import Term

    core = apps.get_app_config("eprm_hub").get_models()
    return {m._meta.db_table for m in core if issubclass(m, Term)}


def thesaurus_tables():
    from .models import Concept, ConceptTerm

    return {
        Concept._meta.db_table,
        ConceptTerm._meta.db_table,
        Concept.narrower.through._meta.db_table,
    }


def path_tables(model, path):
    """The tables an ORM path from the model crosses: "partnerships__organisation__slug" from
    Project gives projects_partnership and members_organisation."""
    tables = set()
    for part in path.split("__"):
        field = model._meta.get_field(part)
        if not field.is_relation:
            break
        if field.many_to_many:
            through = field.remote_field.through if field.concrete else field.through
            tables.add(through._meta.db_table)
        model = field.related_model
        tables.add(model._meta.db_table)
    return tables


def catalogue_tables(catalogue):
    """The tables whose writes change what a catalogue shows: its model's and those its
    facets' paths cross, but the vocabulary's, which renew the "vocabulary" version."""
    model = catalogue.visible().model
    tables = {model._meta.db_table}
    for facet in catalogue.facets:
        tables |= path_tables(model, facet.path)
    return tables - vocabulary_tables()


def declared(catalogues):
    """{version: its tables} for these catalogues, the vocabulary and the thesaurus."""
    return {
        "vocabulary": vocabulary_tables(),
        "thesaurus": thesaurus_tables(),
        **{catalogue.name: catalogue_tables(catalogue) for catalogue in catalogues},
    }


def installed(using="default"):
    """{version: tables} of the triggers in the database that call the bump function."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT t.tgname, c.relname FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE p.proname = %s AND NOT t.tgisinternal",
            [FUNCTION],
        )
        found = {}
        for name, table in cursor.fetchall():
            version = name.removeprefix(f"{table}_bumps_")
            found.setdefault(version, set()).add(table)
        return found


def install(version, tables, using="default"):
    """Make the triggers of one version exactly these: create or replace each, drop the
    others. Tables not created yet (a migration back in time) are skipped."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT to_regprocedure(%s) IS NOT NULL", [f"{FUNCTION}()"])
        if not cursor.fetchone()[0]:
            return
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relname = ANY(%s) AND relkind = 'r'",
            [sorted(tables)],
        )
        existing = {row[0] for row in cursor.fetchall()}
        for table in sorted(existing):
            cursor.execute(_create(version, table))
        for table in sorted(installed(using).get(version, set()) - existing):
            cursor.execute(f'DROP TRIGGER "{table}_bumps_{version}" ON "{table}"')


# The site's catalogues, as their apps register them when they are ready.
CATALOGUES = {}


def register(catalogue):
    CATALOGUES[catalogue.name] = catalogue


def install_all(using="default", **kwargs):
    """After migrate (a post_migrate receiver): every declared version's triggers."""
    for version, tables in declared(CATALOGUES.values()).items():
        install(version, tables, using)
