"""Writing the checked rows of an import, a batch at a time: which resources they add, which
they change and which they leave as they are. The batch is then saved by the rules of any
save (saving.save_batch), in a fixed number of queries whatever its size
(docs/importing.md)."""

from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from eprm_hub.i18n import with_state, with_translation

from . import saving
from .columns import TERM_COLUMNS, Change
from .models import Publisher, Resource

if TYPE_CHECKING:
    from .import_rows import Row
    from .importing import ImportResult

# The fields an import sets on a resource; the others (description, featured…) it leaves alone.
IMPORTED_FIELDS = [
    "title", "publisher_id", "year", "resource_type_id", "languages", "summary", "status",
    "translations", "translation_states",
]  # fmt: skip


class Writer:
    """Writes the good rows of a batch, each through the file's columns (columns.py).

    A new resource is published unless the file says otherwise; a changed one keeps its
    slug and its other fields; an unchanged one is not written at all. What a save of a
    resource means (its slug, first-published date, search text, history…) is saving.py's."""

    def __init__(self, columns, user, reason):
        """`columns`: the file's columns (Checker.columns: (column, position))."""
        self.columns = [column for column, _position in columns if column.write]
        self.user = user
        self.reason = reason
        self.content_type = ContentType.objects.get_for_model(Resource)
        # Names already looked up, in lower case: (id, name as stored).
        self.known = {Publisher: {}, Tag: {}}
        # The last batch's new and changed resources: {id: line}, for the duplicate detector.
        self.written = {}

    def write(self, rows: "list[Row]", result: "ImportResult") -> None:
        when = timezone.now()
        publishers = self._ids(Publisher, [r.values["publisher"] for r in rows])
        tags = self._ids(Tag, [name for row in rows for name in row.values["tags"]])
        existing, links = self._stored(rows)
        batch = saving.Batch(fields=IMPORTED_FIELDS)
        for row in rows:
            change = self._change(row, publishers, tags)
            resource = existing.get(row.url)
            if resource is None:
                batch.add(_new(row, change), change.links, change.publisher_text, change.tag_names)
            elif _changes(resource, change, links, batch):
                resource.line = row.line
            else:
                result.unchanged += 1
        saving.save_batch(batch, user=self.user, reason=self.reason, when=when)
        self.written = {resource.pk: resource.line for resource in [*batch.new, *batch.changed]}
        result.new += len(batch.new)
        result.updated += len(batch.changed)

    def _change(self, row, publishers, tags):
        """What the row asks of its resource: each column writes its value."""
        change = Change(publishers, tags)
        for column in self.columns:
            column.write(row.values[column.name], change)
        return change

    def _stored(self, rows):
        """The batch's resources already in the library, by url, and their links: {column:
        {resource id: {term or tag id: link id}}}."""
        # Locked until the import commits: an admin's save of one of them waits, then finds
        # its version moved (saving.save_batch) and is refused with a merge.
        found = Resource.objects.filter(url__in=[row.url for row in rows]).select_for_update()
        existing = {
            resource.url: resource
            for resource in found.defer("search_vector", "tag_text", "publisher_text")
        }
        ids = [resource.pk for resource in existing.values()]
        links = {column: _links(column, ids) for column in TERM_COLUMNS}
        links["tags"] = self._tagged(ids)
        return existing, links

    def _tagged(self, ids):
        links = {}
        rows = TaggedItem.objects.filter(
            content_type=self.content_type, object_id__in=ids
        ).values_list("pk", "object_id", "tag_id")
        for pk, resource, tag in rows:
            links.setdefault(resource, {})[tag] = pk
        return links

    def _ids(self, model, names):
        """{lower-case name: (id, name as stored)} of publishers or tags, by name in any case;
        created when not there yet."""
        known = self.known[model]
        if len(known) > 20_000:  # a cache, not a copy of the table
            known.clear()
        wanted = {}  # a new one is named as the file first writes it
        for name in names:
            if name and name.lower() not in known:
                wanted.setdefault(name.lower(), name)
        if wanted:
            found = _by_name(model, list(wanted.values()))
            known.update(found)
            missing = [name for key, name in wanted.items() if key not in found]
            for item in _create(model, missing):
                known[item.name.lower()] = (item.pk, item.name)
        return known


def _new(row, change):
    """The new resource of a row, published unless the file says otherwise."""
    if change.translations:
        translate(None, change)
    resource = Resource(url=row.url, **{"status": Resource.Status.PUBLISHED} | change.fields)
    resource.line = row.line
    return resource


def _changes(resource, change, links, batch):
    """Whether the row changes its resource; if so, the resource takes the row's values and
    joins the batch's changed ones, with the links it gains and loses."""
    if change.translations:
        translate(resource, change)
    differs = any(getattr(resource, name) != value for name, value in change.fields.items())
    for column, keys in change.links.items():
        differs = _relinks(resource, column, keys, links[column], batch) or differs
    if differs:
        for name, value in change.fields.items():
            setattr(resource, name, value)
        batch.changed.append(resource)
    return differs


def _relinks(resource, column, keys, links, batch):
    """Whether the resource's links of a column are not these keys; if so, the batch unlinks
    and links what differs."""
    now_linked = links.get(resource.pk, {})
    gone = [link for key, link in now_linked.items() if key not in keys]
    extra = [key for key in keys if key not in now_linked]
    batch.unlinked[column] += gone
    batch.link(resource, column, extra)
    return bool(gone or extra)


def _links(column, ids):
    """The resources' current links of a many-to-many column: {resource: {term: link}}."""
    through, resource_column, term_column = saving.m2m_table(column)
    links = {}
    rows = through.objects.filter(**{f"{resource_column}__in": ids}).values_list(
        "pk", resource_column, term_column
    )
    for pk, resource, term in rows:
        links.setdefault(resource, {})[term] = pk
    return links


def _by_name(model, names):
    """{lower-case name: (id, name as stored)} of the rows named so, in any case."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        # As name__iexact would, but for the whole batch at once; the oldest of names that
        # differ only in case, as .first() gave.
        cursor.execute(
            f"SELECT DISTINCT ON (upper(q.name)) q.name, t.id, t.name "
            f"FROM unnest(%s::text[]) AS q(name) "
            f"JOIN {table} t ON upper(t.name) = upper(q.name) "
            f"ORDER BY upper(q.name), t.id",
            [names],
        )
        return {name.lower(): (pk, stored) for name, pk, stored in cursor.fetchall()}


def _create(model, names):
    if model is Publisher:
        # Few: a publisher is made once for many resources.
        return [Publisher.objects.create(name=name) for name in names]
    # Slugs as taggit gives them: the name's, or with _1, _2… when taken.
    slugify_tag = Tag().slugify
    items = [Tag(name=name, slug=slugify_tag(name)) for name in names]
    taken = saving.taken_slugs(Tag, {item.slug for item in items}, "_")
    for item in items:
        n = 0
        while item.slug in taken:
            n += 1
            item.slug = slugify_tag(item.name, n)
        taken.add(item.slug)
    return Tag.objects.bulk_create(items)


def translate(resource, change):
    """The row's translations applied to those of its resource (None: a new one), a text set,
    an empty cell removing it, a language without columns keeping its own; and their states
    (i18n.with_state): a text the file changes is not yet reviewed, one it leaves as it was
    keeps its state, and becomes outdated when the row changes the original text."""
    translations = {} if resource is None else resource.translations
    states = {} if resource is None else resource.translation_states
    for code, texts in change.translations.items():
        for field, text in texts.items():
            source = change.fields.get(field, getattr(resource, field, ""))
            before = (translations.get(code) or {}).get(field, "")
            states = with_state(states, field, code, text, source, before=before)
            translations = with_translation(translations, field, code, text)
    change.fields["translations"] = translations
    change.fields["translation_states"] = states
