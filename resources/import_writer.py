"""Writing the checked rows of an import, a batch at a time, in a fixed number of queries
whatever the batch's size (docs/importing.md)."""

import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from psycopg2.extras import execute_values
from taggit.models import Tag, TaggedItem

from eprm_hub.i18n import with_translation

from .import_rows import TERM_COLUMNS
from .models import Publisher, Resource
from .urlkeys import url_key

# The fields an import sets on a resource; the others (description, featured…) it leaves alone.
IMPORTED_FIELDS = [
    "title", "publisher_id", "year", "resource_type_id", "languages", "summary", "status",
    "translations",
]  # fmt: skip


class Writer:
    """Writes the good rows of a batch: a fixed number of queries per batch.

    The rules are those of a resource saved one by one: a new resource gets a unique slug
    from its title, is published unless the file says otherwise, and gets its first-published
    date when published; a changed one keeps its slug and its other fields; an unchanged one
    is not written at all. Each new or changed resource gets one history record, with its
    many-to-many values, the editor and the import as the reason."""

    def __init__(self, user, reason):
        self.user = user
        self.reason = reason[:100]  # the history's change reason holds 100 characters
        self.content_type = ContentType.objects.get_for_model(Resource)
        self.through = {}  # column: (through model, its resource column, its term column)
        for column in TERM_COLUMNS:
            m2m = Resource._meta.get_field(column)
            through = m2m.remote_field.through
            self.through[column] = (
                through,
                through._meta.get_field(m2m.m2m_field_name()).column,
                through._meta.get_field(m2m.m2m_reverse_field_name()).column,
            )
        # Names already looked up, in lower case: (id, name as stored).
        self.known = {Publisher: {}, Tag: {}}
        # The last batch's new and changed resources: {id: line}, for the duplicate detector.
        self.written = {}

    def write(self, rows, result):
        now = timezone.now()
        publishers = self._ids(Publisher, [row.publisher for row in rows if row.publisher])
        tags = self._ids(Tag, [name for row in rows for name in row.tags])
        # Locked until the import commits: an admin's save of one of them waits, then finds
        # its version moved (the update below) and is refused with a merge.
        found = Resource.objects.filter(url__in=[row.url for row in rows]).select_for_update()
        existing = {
            resource.url: resource
            for resource in found.defer("search_vector", "tag_text", "publisher_text")
        }
        ids = [resource.pk for resource in existing.values()]
        links = {column: self._links(column, ids) for column in TERM_COLUMNS}
        links["tags"] = self._tagged(ids)

        new, changed = [], []
        added = {column: [] for column in links}
        removed = {column: [] for column in links}
        for row in rows:
            publisher = publishers[row.publisher.lower()] if row.publisher else (None, "")
            values = {
                "title": row.title,
                "publisher_id": publisher[0],
                "year": row.year,
                "resource_type_id": row.resource_type,
                "languages": row.languages,
                "summary": row.summary,
            }
            if row.status is not None:
                values["status"] = row.status
            resource = existing.get(row.url)
            if row.translations is not None:
                values["translations"] = translated(resource, row.translations)
            wanted = dict(zip(TERM_COLUMNS, row.terms, strict=True))
            row_tags = dict(tags[name.lower()] for name in row.tags)  # {id: name}
            wanted["tags"] = set(row_tags)
            if resource is None:
                resource = Resource(url=row.url, **{"status": Resource.Status.PUBLISHED} | values)
                resource.url_key = url_key(row.url)  # as Resource.save() sets it
                resource.line = row.line
                # What refresh_search_text() would copy, known here: the new row is written
                # once, its search vector computed once.
                resource.publisher_text = publisher[1]
                resource.tag_text = list(row_tags.values())
                new.append(resource)
                for column, keys in wanted.items():
                    added[column] += [(resource, key) for key in keys]
                continue
            differs = any(getattr(resource, name) != value for name, value in values.items())
            for column, keys in wanted.items():
                now_linked = links[column].get(resource.pk, {})
                gone = [link for key, link in now_linked.items() if key not in keys]
                extra = [(resource, key) for key in keys if key not in now_linked]
                removed[column] += gone
                added[column] += extra
                differs = differs or bool(gone or extra)
            if not differs:
                result.unchanged += 1
                continue
            for name, value in values.items():
                setattr(resource, name, value)
            resource.line = row.line
            changed.append(resource)

        if new:
            self._tag_texts(new)
            for resource in new:
                if resource.status == Resource.Status.PUBLISHED:
                    resource.published_at = now
            self._give_slugs(new)
            _create_resources(new)
        for resource in changed:
            resource.updated = now
            if resource.status == Resource.Status.PUBLISHED and resource.published_at is None:
                resource.published_at = now
        _update_resources(changed, [*IMPORTED_FIELDS, "published_at", "updated"])

        for column in TERM_COLUMNS:
            through, resource_column, term_column = self.through[column]
            if removed[column]:
                through.objects.filter(pk__in=removed[column]).delete()
            pairs = [(resource.pk, key) for resource, key in added[column]]
            _insert(through._meta.db_table, [resource_column, term_column], pairs)
        if removed["tags"]:
            TaggedItem.objects.filter(pk__in=removed["tags"]).delete()
        _insert(
            TaggedItem._meta.db_table,
            ["object_id", "tag_id", "content_type_id"],
            [(resource.pk, key, self.content_type.pk) for resource, key in added["tags"]],
        )
        if changed:
            Resource.objects.filter(pk__in=[r.pk for r in changed]).refresh_search_text()
        self._history(new, now, "+")
        self._history(changed, now, "~")
        self.written = {resource.pk: resource.line for resource in [*new, *changed]}
        result.new += len(new)
        result.updated += len(changed)

    def _ids(self, model, names):
        """{lower-case name: (id, name as stored)} of publishers or tags, by name in any case;
        created when not there yet."""
        known = self.known[model]
        if len(known) > 20_000:  # a cache, not a copy of the table
            known.clear()
        wanted = {}  # a new one is named as the file first writes it
        for name in names:
            if name.lower() not in known:
                wanted.setdefault(name.lower(), name)
        if wanted:
            table = model._meta.db_table
            with connection.cursor() as cursor:
                # As name__iexact would, but for the whole batch at once; the oldest of
                # names that differ only in case, as .first() gave.
                cursor.execute(
                    f"SELECT DISTINCT ON (upper(q.name)) q.name, t.id, t.name "
                    f"FROM unnest(%s::text[]) AS q(name) "
                    f"JOIN {table} t ON upper(t.name) = upper(q.name) "
                    f"ORDER BY upper(q.name), t.id",
                    [list(wanted.values())],
                )
                found = {name.lower(): (pk, stored) for name, pk, stored in cursor.fetchall()}
            known.update(found)
            missing = [name for key, name in wanted.items() if key not in found]
            for item in self._create(model, missing):
                known[item.name.lower()] = (item.pk, item.name)
        return known

    def _create(self, model, names):
        if model is Publisher:
            # Few: a publisher is made once for many resources.
            return [Publisher.objects.create(name=name) for name in names]
        # Slugs as taggit gives them: the name's, or with _1, _2… when taken.
        slugify_tag = Tag().slugify
        items = [Tag(name=name, slug=slugify_tag(name)) for name in names]
        taken = _taken_slugs(Tag, {item.slug for item in items}, "_")
        for item in items:
            n = 0
            while item.slug in taken:
                n += 1
                item.slug = slugify_tag(item.name, n)
            taken.add(item.slug)
        return Tag.objects.bulk_create(items)

    def _tag_texts(self, resources):
        """Turn each new resource's list of tag names into its tag_text: the names in the
        database's order, as refresh_search_text() joins them."""
        names = {name for resource in resources for name in resource.tag_text}
        if not names:
            order = {}
        else:
            with connection.cursor() as cursor:
                cursor.execute("SELECT n FROM unnest(%s::text[]) AS n ORDER BY n", [list(names)])
                order = {name: n for n, (name,) in enumerate(cursor.fetchall())}
        for resource in resources:
            resource.tag_text = " ".join(sorted(resource.tag_text, key=order.__getitem__))

    def _give_slugs(self, resources):
        """Slugs as Resource.save() gives them (eprm_hub.fields.unique_slug), for a batch at
        once: the title's, or with -2, -3… when taken."""
        max_length = 80
        bases = [slugify(r.title)[:max_length].strip("-") or "item" for r in resources]
        taken = _taken_slugs(Resource, set(bases), "-")
        for resource, base in zip(resources, bases, strict=True):
            slug, n = base, 1
            while slug in taken:
                n += 1
                slug = f"{base[: max_length - len(str(n)) - 1]}-{n}"
            taken.add(slug)
            resource.slug = slug

    def _links(self, column, ids):
        """The resources' current links of a many-to-many column: {resource: {term: link}}."""
        through, resource_column, term_column = self.through[column]
        links = {}
        rows = through.objects.filter(**{f"{resource_column}__in": ids}).values_list(
            "pk", resource_column, term_column
        )
        for pk, resource, term in rows:
            links.setdefault(resource, {})[term] = pk
        return links

    def _tagged(self, ids):
        links = {}
        rows = TaggedItem.objects.filter(
            content_type=self.content_type, object_id__in=ids
        ).values_list("pk", "object_id", "tag_id")
        for pk, resource, tag in rows:
            links.setdefault(resource, {})[tag] = pk
        return links

    def _history(self, resources, when, history_type):
        """One history record per resource, as simple_history makes for a resource saved one
        by one: its tracked fields and its many-to-many rows, as the batch left them.

        Copied from the tables in SQL rather than built from objects (simple_history's
        bulk_history_create) or saved one by one: at 100,000 rows that was most of the time."""
        if not resources:
            return
        history = Resource.history.model
        tracked = [f.column for f in history.tracked_fields]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {history._meta.db_table} ({', '.join(tracked)}, history_date, "
                f"history_change_reason, history_type, history_user_id) "
                f"SELECT {', '.join(tracked)}, %s, %s, %s, %s FROM {Resource._meta.db_table} "
                f"WHERE id = ANY(%s) RETURNING history_id, id",
                [when, self.reason, history_type, self.user and self.user.pk,
                 [resource.pk for resource in resources]],
            )  # fmt: skip
            records = cursor.fetchall()
            for column in TERM_COLUMNS:
                through, resource_column, term_column = self.through[column]
                table = apps.get_model(
                    history._meta.app_label, f"{history.__name__}_{column}"
                )._meta.db_table
                cursor.execute(
                    f"INSERT INTO {table} (id, history_id, {resource_column}, {term_column}) "
                    f"SELECT t.id, h.history_id, t.{resource_column}, t.{term_column} "
                    f"FROM {through._meta.db_table} t "
                    f"JOIN unnest(%s::integer[], %s::bigint[]) AS h(history_id, resource_id) "
                    f"ON t.{resource_column} = h.resource_id",
                    [[h for h, _r in records], [r for _h, r in records]],
                )


def translated(resource, columns):
    """The translations of a resource (None: a new one) with the file's columns applied: a
    text sets its language's, an empty cell removes it, a language without columns keeps
    its own."""
    translations = {} if resource is None else resource.translations
    for code, texts in columns.items():
        for field, text in texts.items():
            translations = with_translation(translations, field, code, text)
    return translations


def _db_value(field, value):
    # The driver sends a dict as nothing PostgreSQL reads; JSON text it casts to jsonb.
    return json.dumps(value) if isinstance(field, models.JSONField) else value


def _create_resources(resources):
    """Insert new resources in one statement and set their ids, as bulk_create() would.

    The values go to the driver as they are: bulk_create() compiles each one through the
    field, which at 100,000 rows of 20 fields is as long as the database takes to store them.
    """
    fields = [f for f in Resource._meta.concrete_fields if not f.primary_key and not f.generated]
    rows = []
    for resource in resources:
        for f in fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                f.pre_save(resource, add=True)  # created, updated
        rows.append(tuple(_db_value(f, getattr(resource, f.attname)) for f in fields))
    with connection.cursor() as cursor:
        ids = execute_values(
            cursor.cursor,
            f"INSERT INTO {Resource._meta.db_table} ({', '.join(f.column for f in fields)}) "
            f"VALUES %s RETURNING id",
            rows,
            page_size=len(rows),
            fetch=True,
        )
    for resource, (pk,) in zip(resources, ids, strict=True):
        resource.pk = pk
        resource._state.adding = False


def _update_resources(resources, names):
    """Update these fields of the resources in one statement, as bulk_update() would, and
    move each one's version forward (eprm_hub/versions.py: an admin page opened before the
    import goes stale rather than undoing it).

    bulk_update() writes a CASE of one branch per row for each field, which Django takes
    longer to build than PostgreSQL to run; a list of VALUES joined on the id is both
    shorter and faster."""
    if not resources:
        return
    fields = [Resource._meta.get_field(name) for name in names]
    casts = ", ".join(f"%s::{f.db_type(connection)}" for f in fields)
    with connection.cursor() as cursor:
        execute_values(
            cursor.cursor,
            f"UPDATE {Resource._meta.db_table} AS r "
            f"SET {', '.join(f'{f.column} = v.{f.column}' for f in fields)}, "
            f"version = r.version + 1 "
            f"FROM (VALUES %s) AS v (id, {', '.join(f.column for f in fields)}) "
            f"WHERE r.id = v.id",
            [(r.pk, *(_db_value(f, getattr(r, f.attname)) for f in fields)) for r in resources],
            template=f"(%s::bigint, {casts})",
            page_size=len(resources),
        )


def _insert(table, columns, rows):
    """Insert rows of whole numbers in one statement (through tables: no objects needed)."""
    if not rows:
        return
    with connection.cursor() as cursor:
        arrays = ", ".join("%s::bigint[]" for _column in columns)
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({arrays})",
            [list(values) for values in zip(*rows, strict=True)],
        )


def _taken_slugs(model, bases, separator):
    """The slugs of the model that are one of the bases, or one of them with a suffix."""
    taken = set(model.objects.filter(slug__in=bases).values_list("slug", flat=True))
    if taken:
        # Only for the bases already there: one index range scan each (LIKE 'base-%'). A
        # suffix may have shortened a long base: look from its first 70 characters.
        prefixes = [base[:70] if len(base) > 70 else base + separator for base in taken]
        suffixed = Q()
        for prefix in prefixes:
            suffixed |= Q(slug__startswith=prefix)
        taken |= set(model.objects.filter(suffixed).values_list("slug", flat=True))
    return taken
