"""Saving a resource: the rules every writer of the library keeps, stated once
(docs/services.md).

- **Slug**: made from the title when empty, unique with -2, -3… (give_slugs()).
- **First published**: the first save as published dates it (fill_row()).
- **Link key**: the link as the duplicate detector compares it (urlkeys.py; fill_row()).
- **Version**: every save moves it forward (eprm_hub/versions.py): Resource.save() under a
  row lock, a batch in its UPDATE.
- **Search text**: the tags' and the publisher's names, copied into the columns the search
  vector reads (ResourceQuerySet.refresh_search_text(); a new batch's are set before it is
  inserted, by the same rule, so its vector is computed once: search_texts()).
- **History**: one record per save, with its many-to-many values, who saved it and why, "+"
  when new and "~" when changed (record_history()).
- **Possible duplicates** are looked for again (duplicates.py): refresh() after one save,
  in_import() after each batch of an import, which also lists them.
- **Did you mean** follows: a save queues the refresh of its words once committed (a
  post_save receiver, eprm_hub/tasks.py); a batch, whose statements send no signal,
  refreshes them once its import is committed (refresh_words()).

Three ways in: save_resource() (the admin's forms and actions); save_batch() (the import,
import_writer.py, a fixed number of queries a batch); and Resource.save() alone (the demo,
tests, scripts), which keeps the rules of its row (slug, first published, link key,
version), its history written by simple_history's signals.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from django.apps import apps
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from psycopg2.extras import execute_values
from taggit.models import TaggedItem

from . import duplicates
from .models import Resource
from .search import CATALOGUE
from .urlkeys import url_key

SLUG_LENGTH = 80  # as eprm_hub.fields.unique_slug makes them
REASON_LENGTH = 100  # the history's change reason holds 100 characters


# The rules ---------------------------------------------------------------------------------


def fill_row(resource: Resource, now: datetime) -> None:
    """The values of a resource's row that follow from its others: the date it was first
    published, and its link key."""
    first_published(resource, now)
    resource.url_key = url_key(resource.url)


def first_published(resource: Resource, now: datetime) -> None:
    """Date a resource the first time it is saved as published."""
    if resource.status == Resource.Status.PUBLISHED and resource.published_at is None:
        resource.published_at = now


def give_slugs(resources: list[Resource]) -> None:
    """A slug for each resource that has none, from its title (eprm_hub.fields.unique_slug's
    rule: the title's, or with -2, -3… when taken), for a batch at once."""
    unnamed = [resource for resource in resources if not resource.slug]
    if not unnamed:
        return
    bases = [slugify(r.title)[:SLUG_LENGTH].strip("-") or "item" for r in unnamed]
    own = [resource.pk for resource in unnamed if resource.pk]
    taken = taken_slugs(Resource, set(bases), "-", exclude=own)
    for resource, base in zip(unnamed, bases, strict=True):
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base[: SLUG_LENGTH - len(str(n)) - 1]}-{n}"
        taken.add(slug)
        resource.slug = slug


def search_texts(resources: list[Resource], publishers: list[str], tags: list[list[str]]) -> None:
    """Give new resources the search text refresh_search_text() would copy once their tags
    are linked: the publisher's name, and the tags' names in the database's order (asked
    once), joined by spaces."""
    every = {name for names in tags for name in names}
    order = {}
    if every:
        with connection.cursor() as cursor:
            cursor.execute("SELECT n FROM unnest(%s::text[]) AS n ORDER BY n", [list(every)])
            order = {name: n for n, (name,) in enumerate(cursor.fetchall())}
    for resource, publisher, names in zip(resources, publishers, tags, strict=True):
        resource.publisher_text = publisher
        resource.tag_text = " ".join(sorted(names, key=order.__getitem__))


def record_history(
    resources: list[Resource],
    kind: str,
    *,
    user: AbstractBaseUser | None = None,
    reason: str | None = None,
    when: datetime | None = None,
) -> None:
    """One history record for each resource, as it is stored now: its tracked fields and its
    many-to-many rows, who saved it and why; `kind` is "+" (new) or "~" (changed).

    Copied from the tables in SQL rather than built from objects (simple_history's
    bulk_history_create) or saved one by one: at 100,000 rows of an import that was most
    of the time."""
    if not resources:
        return
    history = Resource.history.model
    tracked = ", ".join(f.column for f in history.tracked_fields)
    reason = reason and str(reason)[:REASON_LENGTH]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {history._meta.db_table} ({tracked}, history_date, "
            f"history_change_reason, history_type, history_user_id) "
            f"SELECT {tracked}, %s, %s, %s, %s FROM {Resource._meta.db_table} "
            f"WHERE id = ANY(%s) RETURNING history_id, id",
            [when or timezone.now(), reason, kind, user and user.pk,
             [resource.pk for resource in resources]],
        )  # fmt: skip
        records = cursor.fetchall()
        for column in m2m_columns():
            through, resource_column, term_column = m2m_table(column)
            table = apps.get_model(history._meta.app_label, f"{history.__name__}_{column}")
            cursor.execute(
                f"INSERT INTO {table._meta.db_table} "
                f"(id, history_id, {resource_column}, {term_column}) "
                f"SELECT t.id, h.history_id, t.{resource_column}, t.{term_column} "
                f"FROM {through._meta.db_table} t "
                f"JOIN unnest(%s::integer[], %s::bigint[]) AS h(history_id, resource_id) "
                f"ON t.{resource_column} = h.resource_id",
                [[h for h, _r in records], [r for _h, r in records]],
            )


def refresh_words() -> None:
    """Refresh "did you mean" after a batch was committed (a single save queues it)."""
    CATALOGUE.refresh_words()


# One resource ------------------------------------------------------------------------------


def save_resource(
    resource: Resource,
    *,
    user: AbstractBaseUser | None = None,
    reason: str | None = None,
    related: Callable[[], Any] | None = None,
) -> Resource:
    """Save one resource by the rules: its row (Resource.save()), then `related`, which saves
    what needs its id (the many-to-many values and tags of the admin's form), as one change
    with one history record by `user` for `reason`; then its search text and its possible
    duplicates. The admin's change form, its revert and its actions call it."""
    kind = "+" if resource._state.adding else "~"
    with transaction.atomic():
        resource.skip_history_when_saving = True  # one record for the row and its links
        try:
            resource.save()
            if related is not None:
                related()
        finally:
            del resource.skip_history_when_saving
        Resource.objects.filter(pk=resource.pk).refresh_search_text()
        record_history([resource], kind, user=user, reason=reason)
        duplicates.refresh([resource.pk])
    return resource


# A batch -----------------------------------------------------------------------------------


@dataclass
class Batch:
    """Resources saved at once: the new (with the names of their publisher and tags, for
    their search text), the changed (whose `fields` the update writes), and the many-to-many
    rows and tags to link, {column: [(resource, term or tag id)]}, and to unlink, {column:
    [row id]}."""

    fields: list[str]
    new: list[Resource] = field(default_factory=list)
    changed: list[Resource] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    tag_names: list[list[str]] = field(default_factory=list)
    linked: defaultdict[str, list[tuple[Resource, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    unlinked: defaultdict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(
        self, resource: Resource, links: dict[str, set[int]], publisher: str, tags: list[str]
    ) -> None:
        self.new.append(resource)
        self.publishers.append(publisher)
        self.tag_names.append(tags)
        for column, keys in links.items():
            self.link(resource, column, keys)

    def link(self, resource: Resource, column: str, keys: Iterable[int]) -> None:
        self.linked[column] += [(resource, key) for key in keys]


def save_batch(
    batch: Batch,
    *,
    user: AbstractBaseUser | None = None,
    reason: str | None = None,
    when: datetime | None = None,
) -> None:
    """Save a batch by the rules of save_resource(), in a fixed number of queries whatever
    its size (docs/importing.md): the new resources in one INSERT, the changed in one UPDATE,
    each table's links in one INSERT and one DELETE, their history records in SQL."""
    when = when or timezone.now()
    _insert_new(batch, when)
    _update_changed(batch, when)
    _write_links(batch)
    if batch.changed:
        Resource.objects.filter(pk__in=[r.pk for r in batch.changed]).refresh_search_text()
    record_history(batch.new, "+", user=user, reason=reason, when=when)
    record_history(batch.changed, "~", user=user, reason=reason, when=when)


def _insert_new(batch, when):
    if not batch.new:
        return
    for resource in batch.new:
        fill_row(resource, when)
    give_slugs(batch.new)
    search_texts(batch.new, batch.publishers, batch.tag_names)
    _create_resources(batch.new)


def _update_changed(batch, when):
    for resource in batch.changed:  # found by its link, which the import does not change
        resource.updated = when
        first_published(resource, when)
    _update_resources(batch.changed, [*batch.fields, "published_at", "updated"])


def _write_links(batch):
    for column in m2m_columns():
        through, resource_column, term_column = m2m_table(column)
        if batch.unlinked[column]:
            through.objects.filter(pk__in=batch.unlinked[column]).delete()
        pairs = [(resource.pk, key) for resource, key in batch.linked[column]]
        _insert(through._meta.db_table, [resource_column, term_column], pairs)
    if batch.unlinked["tags"]:
        TaggedItem.objects.filter(pk__in=batch.unlinked["tags"]).delete()
    content_type = ContentType.objects.get_for_model(Resource).pk
    _insert(
        TaggedItem._meta.db_table,
        ["object_id", "tag_id", "content_type_id"],
        [(resource.pk, key, content_type) for resource, key in batch.linked["tags"]],
    )


# Statements --------------------------------------------------------------------------------


@cache
def m2m_columns() -> list[str]:
    """The resource's many-to-many fields (its vocabularies; its tags are taggit's), whose
    rows its history records keep."""
    kept = {f.name for f in Resource.history.model._history_m2m_fields}
    return [f.name for f in Resource._meta.many_to_many if f.name in kept]


@cache
def m2m_table(column: str) -> tuple[type[models.Model], str, str]:
    """(through model, its resource column, its term column) of a many-to-many field."""
    m2m = Resource._meta.get_field(column)
    through = m2m.remote_field.through
    return (
        through,
        through._meta.get_field(m2m.m2m_field_name()).column,
        through._meta.get_field(m2m.m2m_reverse_field_name()).column,
    )


def taken_slugs(
    model: type[models.Model], bases: set[str], separator: str, exclude: Iterable[int] = ()
) -> set[str]:
    """The slugs of the model (but those of the `exclude` ids) that are one of the bases, or
    one of them with a suffix."""
    rows = model.objects.exclude(pk__in=exclude) if exclude else model.objects.all()
    taken = set(rows.filter(slug__in=bases).values_list("slug", flat=True))
    if taken:
        # Only for the bases already there: one index range scan each (LIKE 'base-%'). A
        # suffix may have shortened a long base: look from its first 70 characters.
        prefixes = [base[:70] if len(base) > 70 else base + separator for base in taken]
        suffixed = Q()
        for prefix in prefixes:
            suffixed |= Q(slug__startswith=prefix)
        taken |= set(rows.filter(suffixed).values_list("slug", flat=True))
    return taken


def _db_value(field, value):
    # The driver sends a dict as nothing PostgreSQL reads; JSON text it casts to jsonb.
    return json.dumps(value) if isinstance(field, models.JSONField) else value


def _create_resources(resources):
    """Insert new resources in one statement and set their ids, as bulk_create() would.

    The values go to the driver as they are: bulk_create() compiles each one through the
    field, which at 100,000 rows of 20 fields is as long as the database takes to store them.
    """
    fields = [f for f in Resource._meta.concrete_fields if not f.primary_key and not f.generated]
    stamped = [f for f in fields if _stamped(f)]
    rows = []
    for resource in resources:
        for f in stamped:
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


def _stamped(field):
    """Whether a save stamps the field with its time (created, updated)."""
    return getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)


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
