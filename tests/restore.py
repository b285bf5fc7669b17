"""serialized_rollback's restore, a table at a time.

Django puts the seeded rows back after each transactional test (browser tests, live servers)
one save at a time: an UPDATE then an INSERT per row. With the vocabulary, the Check and the
thesaurus in six languages that is some 15,000 queries, five seconds a test. bulk_create
writes each model's rows, and each many-to-many table's, in one statement instead, as an
upsert (the first such test restores into a database that still has them). No signal fires:
none of the seeded rows needs one."""

from io import StringIO
from itertools import groupby

from django.core import serializers
from django.db import transaction
from django.db.backends.base.creation import BaseDatabaseCreation


def deserialize_db_from_string(self, data):
    alias = self.connection.alias
    objects = serializers.deserialize("json", StringIO(data), using=alias)
    tables = set()
    with transaction.atomic(using=alias), self.connection.constraint_checks_disabled():
        for model, batch in groupby(objects, key=lambda item: type(item.object)):
            batch = list(batch)
            fields = [
                f.name for f in model._meta.concrete_fields if not f.primary_key and not f.generated
            ]
            model._base_manager.using(alias).bulk_create(
                [item.object for item in batch],
                **(
                    {"update_conflicts": True, "unique_fields": ["pk"], "update_fields": fields}
                    if fields
                    else {"ignore_conflicts": True}
                ),
            )
            tables.add(model._meta.db_table)
            for field in model._meta.many_to_many:
                through = field.remote_field.through
                source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                links = [
                    through(**{f"{source}_id": item.object.pk, f"{target}_id": value})
                    for item in batch
                    for value in (item.m2m_data or {}).get(field.name, ())
                ]
                through._base_manager.using(alias).bulk_create(links, ignore_conflicts=True)
                tables.add(through._meta.db_table)
        self.connection.check_constraints(table_names=tables)


BaseDatabaseCreation.deserialize_db_from_string = deserialize_db_from_string
