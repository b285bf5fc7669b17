"""The database triggers that renew an IndexVersion when what a listing shows changes.

Each catalogue's triggers are derived from its declaration (the tables its model and its
facets' paths cross) and installed after every `migrate`, so adding a facet cannot forget its
trigger; triggers no declaration names any more are dropped (docs/facets.md, "Versions").
The vocabulary's tables renew the "vocabulary" version, which every catalogue reads, and the
thesaurus's the "thesaurus" version.

On the catalogue's own table an update renews the version only when it changes a column the
listing reads (visibility, a facet, a sort, the searchable text): those its querysets name.
The link checker, "mark reviewed" and the like write other columns, and every process would
rebuild its index after each of their writes otherwise.

BUMP_FUNCTION, CHANGE_FUNCTION and bump_on_change() are used by migrations: keep them stable.
"""

import re

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

# For updates of a catalogue's own table: renew the version (argument 0) when some row's
# listed columns (arguments 2…) differ before and after, rows matched by their key (argument
# 1). One comparison per statement, so a bulk update costs one trigger call.
CHANGE_FUNCTION = """
CREATE OR REPLACE FUNCTION eprm_hub_bump_on_listed_change() RETURNS trigger AS $$
DECLARE
    before text[] := '{}';
    after text[] := '{}';
    changed boolean;
BEGIN
    FOR i IN 2 .. TG_NARGS - 1 LOOP
        before := before || format('o.%I', TG_ARGV[i]);
        after := after || format('n.%I', TG_ARGV[i]);
    END LOOP;
    EXECUTE format(
        'SELECT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON o.%1$I = n.%1$I '
        'WHERE ROW(%2$s) IS DISTINCT FROM ROW(%3$s))',
        TG_ARGV[1], array_to_string(before, ', '), array_to_string(after, ', ')
    ) INTO changed;
    IF changed THEN
        INSERT INTO eprm_hub_indexversion (name, version)
        VALUES (TG_ARGV[0], nextval('eprm_hub_index_version_seq'))
        ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""
DROP_CHANGE_FUNCTION = "DROP FUNCTION eprm_hub_bump_on_listed_change();"
FUNCTIONS = (FUNCTION, "eprm_hub_bump_on_listed_change")


def _create(version, table, columns=None):
    """The trigger of a table; with columns (its key first), one that renews the version on
    inserts and deletes, and on updates only of those columns."""
    if not columns:
        return (
            f"CREATE OR REPLACE TRIGGER {table}_bumps_{version} "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}('{version}');"
        )
    arguments = ", ".join(f"'{name}'" for name in [version, *columns])
    return (
        f"CREATE OR REPLACE TRIGGER {table}_bumps_{version} "
        f"AFTER INSERT OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}('{version}');\n"
        f"CREATE OR REPLACE TRIGGER {table}_updates_{version} "
        f"AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTIONS[1]}({arguments});"
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


def listed_columns(catalogue):
    """The columns of the catalogue's own table that its listing reads, its key first: those
    the SQL of its querysets names (the visible rows, each facet's pairs, the year, each sort
    and the searchable text), so a facet or sort added to the declaration brings its columns."""
    visible = catalogue.visible()
    model = visible.model
    querysets = [visible.values_list("pk"), *(f.pairs_of(visible) for f in catalogue.facets)]
    if catalogue.year_field:
        querysets.append(visible.values_list("pk", catalogue.year_field))
    for sort in catalogue.sorts.values():
        if sort.ordering:
            querysets.append(visible.order_by(*sort.ordering).values_list("pk"))
    if catalogue.searchable:
        querysets.append(visible.values_list("pk", "search_vector"))
    named = re.compile(rf'"{re.escape(model._meta.db_table)}"\."(\w+)"')
    columns = {model._meta.pk.column}
    for queryset in querysets:
        columns.update(named.findall(queryset.query.sql_with_params()[0]))
    return [model._meta.pk.column, *sorted(columns - {model._meta.pk.column})]


def declared(catalogues):
    """{version: its tables} for these catalogues, the vocabulary and the thesaurus."""
    return {
        "vocabulary": vocabulary_tables(),
        "thesaurus": thesaurus_tables(),
        **{catalogue.name: catalogue_tables(catalogue) for catalogue in catalogues},
    }


def _triggers(using):
    """(trigger, table, version, the columns its updates watch or None) of the triggers in
    the database that call a bump function."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT t.tgname, c.relname, t.tgargs FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE p.proname = ANY(%s) AND NOT t.tgisinternal",
            [list(FUNCTIONS)],
        )
        for name, table, arguments in cursor.fetchall():
            version, *columns = bytes(arguments).decode().rstrip("\x00").split("\x00")
            yield name, table, version, columns[1:] or None


def installed(using="default"):
    """{version: tables} of the triggers in the database that call a bump function."""
    found = {}
    for _, table, version, _ in _triggers(using):
        found.setdefault(version, set()).add(table)
    return found


def watched(using="default"):
    """{(version, table): columns} of the tables whose updates renew a version only when
    they change those columns."""
    return {(v, table): cols for _, table, v, cols in _triggers(using) if cols is not None}


def install(version, tables, using="default", own=None):
    """Make the triggers of one version exactly these: create or replace each, drop the
    others. `own` gives {table: columns} for tables whose updates count only when they change
    those columns (the first being the key). Tables not created yet (a migration back in
    time) are skipped."""
    own = own or {}
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT to_regprocedure(%s) IS NOT NULL AND to_regprocedure(%s) IS NOT NULL",
            [f"{name}()" for name in FUNCTIONS],
        )
        if not cursor.fetchone()[0]:
            return
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relname = ANY(%s) AND relkind = 'r'",
            [sorted(tables)],
        )
        existing = {row[0] for row in cursor.fetchall()}
        for table in sorted(existing):
            cursor.execute(_create(version, table, own.get(table)))
        wanted = {f"{table}_bumps_{version}" for table in existing}
        wanted |= {f"{table}_updates_{version}" for table in existing if own.get(table)}
        for name, table, found_version, _ in list(_triggers(using)):
            if found_version == version and name not in wanted:
                cursor.execute(f'DROP TRIGGER "{name}" ON "{table}"')


# The site's catalogues, as their apps register them when they are ready.
CATALOGUES = {}


def register(catalogue):
    CATALOGUES[catalogue.name] = catalogue


def install_all(using="default", **kwargs):
    """After migrate (a post_migrate receiver): every declared version's triggers, and the
    words views filled, so that a search can always read them."""
    for version, tables in declared(CATALOGUES.values()).items():
        catalogue = CATALOGUES.get(version)
        own = None
        if catalogue:
            own = {catalogue.visible().model._meta.db_table: listed_columns(catalogue)}
        install(version, tables, using, own)
    for catalogue in CATALOGUES.values():
        if catalogue.words_view:
            catalogue.refresh_words()
