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

A catalogue's triggers also log which of its rows a write changed (eprm_hub_indexchange),
so that each process applies those rows to its index instead of rebuilding it: for each table,
the column that leads back to the catalogue's rows (links()).

BUMP_FUNCTION, CHANGE_FUNCTION, LOG_FUNCTION and bump_on_change() are used by migrations:
keep them stable.
"""

import re

from django.apps import apps
from django.db import connections, migrations

# Versions come from a sequence, which a rollback does not rewind: a version number is never
# given to two different states of the data (a counter would be, after a rollback).
SEQUENCE = "eprm_hub_index_version_seq"
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

# For every write to a catalogue's tables: log the keys of the catalogue's rows it changed
# under a new version. Arguments: the version's name; the column of the written rows that
# leads back to the catalogue's rows ('' when none does: the key is logged as NULL, unknown);
# for updates of the catalogue's own table, its key and the columns the listing reads, so
# that only rows whose listed columns changed are logged.
#
# Before taking a version it waits for the listing's other writers to commit (the version
# row's lock): versions then commit in their order, so a process that read version v has
# seen every change up to v. Changes older than a day are pruned now and then, and the
# newest pruned version recorded under "<name>:pruned": a process whose index is older
# rebuilds it.
LOG_FUNCTION = """
CREATE OR REPLACE FUNCTION eprm_hub_log_index_change() RETURNS trigger AS $$
DECLARE
    listing text := TG_ARGV[0];
    link text := TG_ARGV[1];
    keys bigint[];
    before text[] := '{}';
    after text[] := '{}';
    stamp bigint;
    pruned bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' OR link = '' THEN
        keys := ARRAY[NULL::bigint];
    ELSIF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %1$I) FROM new_rows WHERE %1$I IS NOT NULL',
                       link) INTO keys;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %1$I) FROM old_rows WHERE %1$I IS NOT NULL',
                       link) INTO keys;
    ELSIF TG_NARGS > 3 THEN
        FOR i IN 3 .. TG_NARGS - 1 LOOP
            before := before || format('o.%I', TG_ARGV[i]);
            after := after || format('n.%I', TG_ARGV[i]);
        END LOOP;
        EXECUTE format(
            'SELECT array_agg(n.%1$I) FROM old_rows o JOIN new_rows n ON o.%2$I = n.%2$I '
            'WHERE ROW(%3$s) IS DISTINCT FROM ROW(%4$s)',
            link, TG_ARGV[2], array_to_string(before, ', '), array_to_string(after, ', ')
        ) INTO keys;
    ELSE
        EXECUTE format(
            'SELECT array_agg(DISTINCT k) FROM (SELECT %1$I AS k FROM old_rows '
            'UNION SELECT %1$I FROM new_rows) AS written WHERE k IS NOT NULL',
            link
        ) INTO keys;
    END IF;
    IF keys IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM eprm_hub_indexversion WHERE name = listing FOR UPDATE;
    stamp := nextval('eprm_hub_index_version_seq');
    INSERT INTO eprm_hub_indexversion (name, version) VALUES (listing, stamp)
    ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version;
    INSERT INTO eprm_hub_indexchange (name, version, source, key)
    SELECT listing, stamp, TG_TABLE_NAME, k FROM unnest(keys) AS k;
    IF stamp % 100 = 0 THEN
        WITH gone AS (
            DELETE FROM eprm_hub_indexchange
            WHERE name = listing AND at < now() - interval '1 day' RETURNING version
        )
        SELECT max(version) INTO pruned FROM gone;
        IF pruned IS NOT NULL THEN
            INSERT INTO eprm_hub_indexversion (name, version) VALUES (listing || ':pruned', pruned)
            ON CONFLICT (name) DO UPDATE
            SET version = GREATEST(eprm_hub_indexversion.version, EXCLUDED.version);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""
DROP_LOG_FUNCTION = "DROP FUNCTION eprm_hub_log_index_change() CASCADE;"
LOG = "eprm_hub_log_index_change"
FUNCTIONS = (FUNCTION, LOG)
# A catalogue's triggers: one per kind of write, as only those of one kind can read its rows.
LOGGED = {
    "inserts": ("INSERT", "REFERENCING NEW TABLE AS new_rows"),
    "deletes": ("DELETE", "REFERENCING OLD TABLE AS old_rows"),
    "updates": ("UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    "truncates": ("TRUNCATE", ""),
}


def _create(version, table):
    """The trigger that renews a version on any write to a table (the vocabulary's and the
    thesaurus's)."""
    return (
        f"CREATE OR REPLACE TRIGGER {table}_bumps_{version} "
        f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}('{version}');"
    )


def _create_logging(version, table, link, columns=()):
    """The triggers of a catalogue's table: each write logs the catalogue's rows it changed
    through the link column; with columns (its key first), an update logs only the rows
    whose columns changed."""
    statements = []
    for kind, (event, transitions) in LOGGED.items():
        arguments = [version, link or ""]
        if kind == "updates" and columns:
            arguments += columns
        quoted = ", ".join(f"'{argument}'" for argument in arguments)
        statements.append(
            f"CREATE OR REPLACE TRIGGER {table}_{kind}_{version} AFTER {event} ON {table} "
            f"{transitions} FOR EACH STATEMENT EXECUTE FUNCTION {LOG}({quoted});"
        )
    return "\n".join(statements)


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


def _link(field, here):
    """(table, column, prefix) of a relation from the model at ORM path `here` (a catalogue's
    model at ""): the table it reaches, the column of that table's rows that leads back, and
    the path of the model whose keys that column holds. column is None when no column does."""
    step = f"{here}__{field.name}" if here else field.name
    if field.many_to_many:
        through = field.remote_field.through if field.concrete else field.through
        try:  # a generic relation's through table has no such column
            column = field.m2m_column_name() if field.concrete else field.field.m2m_reverse_name()
        except AttributeError:
            column = None
        return through._meta.db_table, column, here
    if field.concrete:  # a foreign key: the related rows' own keys
        return field.related_model._meta.db_table, field.target_field.column, step
    return field.related_model._meta.db_table, field.field.column, here  # a reverse key


def path_links(model, path):
    """{table: (column, prefix)} of the tables an ORM path from the model crosses, with the
    column of each table's rows that leads back to the model's rows through the path prefix
    (docs/facets.md, "Changes"): "partnerships__organisation__slug" from Project gives
    projects_partnership (project_id, "") and members_organisation (id,
    "partnerships__organisation")."""
    links, here = {}, ""
    for part in path.split("__"):
        field = model._meta.get_field(part)
        if not field.is_relation:
            break
        table, column, prefix = _link(field, here)
        links[table] = (column, prefix)
        here = f"{here}__{part}" if here else part
        model = field.related_model
        if field.many_to_many:
            links[model._meta.db_table] = (model._meta.pk.column, here)
    return links


def path_tables(model, path):
    """The tables an ORM path from the model crosses: "partnerships__organisation__slug" from
    Project gives projects_partnership and members_organisation."""
    return set(path_links(model, path))


def links(catalogue):
    """{table: (column, prefixes)} of the tables whose writes change what a catalogue shows
    (its model's and those its facets' paths cross, but the vocabulary's, which renew the
    "vocabulary" version): the column of their rows that leads back to the catalogue's rows
    through each of the ORM paths. A table reached through different columns logs no key
    (column None): its writes make processes rebuild."""
    model = catalogue.visible().model
    found = {model._meta.db_table: (model._meta.pk.column, [""])}
    for facet in catalogue.facets:
        for table, (column, prefix) in path_links(model, facet.path).items():
            known, prefixes = found.setdefault(table, (column, []))
            found[table] = (known if known == column else None, [*prefixes, prefix])
    vocabulary = vocabulary_tables()
    return {table: link for table, link in found.items() if table not in vocabulary}


def naming_tables(catalogue, facet):
    """The tables a facet's path reaches whose rows name its values (a publisher's, a
    partner's): those whose own keys lead back to the catalogue's rows."""
    model = catalogue.visible().model
    return {table for table, (_, prefix) in path_links(model, facet.path).items() if prefix}


def catalogue_tables(catalogue):
    """The tables whose writes change what a catalogue shows: its model's and those its
    facets' paths cross, but the vocabulary's, which renew the "vocabulary" version."""
    return set(links(catalogue))


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
    """(trigger, table, function, version, its other arguments) of the triggers in the
    database that call a bump or log function."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT t.tgname, c.relname, p.proname, t.tgargs FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE p.proname = ANY(%s) AND NOT t.tgisinternal",
            [list(FUNCTIONS)],
        )
        for name, table, function, arguments in cursor.fetchall():
            version, *rest = bytes(arguments).decode().rstrip("\x00").split("\x00")
            yield name, table, function, version, rest


def installed(using="default"):
    """{version: tables} of the triggers in the database that call a bump or log function."""
    found = {}
    for _, table, _, version, _ in _triggers(using):
        found.setdefault(version, set()).add(table)
    return found


def watched(using="default"):
    """{(version, table): columns} of the tables whose updates log changes only when they
    change those columns."""
    return {
        (version, table): rest[2:]
        for _, table, function, version, rest in _triggers(using)
        if function == LOG and len(rest) > 2
    }


def logged(using="default"):
    """{(version, table): the column its log triggers read the changed rows' keys from, or
    None when they log no key}."""
    return {
        (version, table): rest[0] or None
        for _, table, function, version, rest in _triggers(using)
        if function == LOG
    }


def install(version, tables, using="default", links=None, own=None):
    """Make the triggers of one version exactly these: create or replace each, drop the
    others. Without links, any write to the tables renews the version (the vocabulary, the
    thesaurus); with {table: (column, prefixes)} (a catalogue's links()), writes log the
    changed rows' keys from that column. `own` gives {table: columns} for a table whose
    updates count only when they change those columns (the first being the key). Tables not
    created yet (a migration back in time) are skipped."""
    own = own or {}
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT bool_and(to_regprocedure(name) IS NOT NULL) FROM unnest(%s::text[]) AS name",
            [[f"{name}()" for name in FUNCTIONS]],
        )
        if not cursor.fetchone()[0]:
            return
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relname = ANY(%s) AND relkind = 'r'",
            [sorted(tables)],
        )
        existing = {row[0] for row in cursor.fetchall()}
        wanted = set()
        for table in sorted(existing):
            if links is None:
                cursor.execute(_create(version, table))
                wanted.add(f"{table}_bumps_{version}")
            else:
                cursor.execute(_create_logging(version, table, links[table][0], own.get(table)))
                wanted |= {f"{table}_{kind}_{version}" for kind in LOGGED}
        for name, table, _, found_version, _ in list(_triggers(using)):
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
        if catalogue:
            own = {catalogue.visible().model._meta.db_table: listed_columns(catalogue)}
            install(version, tables, using, links(catalogue), own)
        else:
            install(version, tables, using)
    for catalogue in CATALOGUES.values():
        if catalogue.words_view:
            catalogue.refresh_words()
