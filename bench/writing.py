"""How the synthetic rows are made and written: real words, skewed values, COPY."""

import contextlib
import csv
import io
import re

from django.db import connection
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

# A word: letters, with apostrophes and hyphens inside (d’approvisionnement, risk-based), in
# any alphabet: ASCII letters alone cut étain into "tain" and Lieferkettenprüfung in two.
WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]")


def words(texts):
    """The words of these texts, repeated as often as they occur: drawing from the list keeps
    their real frequencies, so a common word matches as many rows as it would in real data."""
    return [w for text in texts for w in WORD.findall(text)]


def sentence(rng, pool, low, high):
    return " ".join(rng.choices(pool, k=rng.randint(low, high))).capitalize()


def skewed(rng, values, low=1, high=3):
    """A few of values, the first ones most often (the 1/n weights of real data: most
    resources are about gold or tin, most members are in a few countries)."""
    weights = [1 / (i + 1) for i in range(len(values))]
    return sorted(set(rng.choices(values, weights=weights, k=rng.randint(low, high))))


def one_of(rng, weighted):
    """One key of {value: weight}."""
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def copy(table, columns, rows):
    r"""Write rows into table with COPY; None is written as NULL (\N)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        tuple("\\N" if value is None else value for value in row) for row in rows
    )
    buffer.seek(0)
    with connection.cursor() as cursor:
        cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer
        )


def copy_links(model, name, pairs):
    """Write (row pk, other pk) pairs into the table of the model's many-to-many field."""
    field = model._meta.get_field(name)
    table = field.remote_field.through._meta.db_table
    copy(table, [field.m2m_column_name(), field.m2m_reverse_name()], pairs)


def truncate(*models):
    """Empty these models' tables, their history and their many-to-many tables, with every
    table that refers to them (CASCADE), and restart their ids at 1."""
    tables = set()
    for model in models:
        tables.add(model._meta.db_table)
        tables |= {f.remote_field.through._meta.db_table for f in model._meta.many_to_many}
        with contextlib.suppress(NotHistoricalModelError):
            tables.add(get_history_model_for_model(model)._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(sorted(tables))} RESTART IDENTITY CASCADE")


def restart_ids(model, last):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [model._meta.db_table, last]
        )
