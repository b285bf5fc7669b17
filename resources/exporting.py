"""The public CSV export of a search, in the import format (importing.export_row), written
in constant time per row: the rows are read a chunk at a time as plain values (no model
instances, no prefetch machinery), and the vocabulary once. About 2 ms a row through the
models, under 0.2 ms through here (docs/exports.md). Each row is the record the format's
columns export (columns.py), as importing.export_record() makes it of a resource."""

from django.contrib.contenttypes.models import ContentType
from taggit.models import TaggedItem

from eprm_hub.spreadsheets import csv_lines, exported

from . import columns
from .columns import TERM_COLUMNS
from .importing import export_header
from .models import Resource

CHUNK = 1000  # rows read at a time: 7 queries each
EXPORTED = columns.exported()  # the public export has no status
# The record's values read from the row, and the names the columns know them by.
FIELDS = ["pk", "title", "url", "year", "languages", "summary", "translations"]
NAMED = {"publisher": "publisher__name", "resource_type": "resource_type__slug"}


def lines(ids):
    """The file's lines: the header, then a row for each of these resources, in this order."""
    return csv_lines(export_header(), _chunks(ids))


def _chunks(ids):
    terms = {name: _slugs_in_order(name) for name in TERM_COLUMNS}
    resource_type = ContentType.objects.get_for_model(Resource)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = {
            row["pk"]: row
            for row in Resource.objects.filter(pk__in=chunk).values(*FIELDS, *NAMED.values())
        }
        linked = {name: _linked(name, chunk, terms[name]) for name in TERM_COLUMNS}
        tags = {}
        for pk, name in (
            TaggedItem.objects.filter(content_type=resource_type, object_id__in=chunk)
            .order_by("pk")
            .values_list("object_id", "tag__name")
        ):
            tags.setdefault(pk, []).append(name)
        yield [_cells(rows[pk], linked, tags.get(pk, [])) for pk in chunk if pk in rows]


def _slugs_in_order(name):
    """{pk: (rank, slug)} of a vocabulary, ranked in its own order (as export_row lists it)."""
    model = Resource._meta.get_field(name).related_model
    return {pk: (n, slug) for n, (pk, slug) in enumerate(model.objects.values_list("pk", "slug"))}


def _linked(name, chunk, terms):
    """{resource pk: [slug, …]} for one many-to-many column of the chunk's resources."""
    field = Resource._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    found = {}
    for pk, term in through.objects.filter(**{f"{source}__in": chunk}).values_list(source, target):
        found.setdefault(pk, []).append(terms[term])
    return {pk: [slug for _, slug in sorted(ranked)] for pk, ranked in found.items()}


def _cells(row, linked, tags):
    pk = row["pk"]
    record = row | {name: row[path] for name, path in NAMED.items()} | {"tags": tags}
    record |= {name: linked[name].get(pk, []) for name in TERM_COLUMNS}
    return exported(EXPORTED, record)
