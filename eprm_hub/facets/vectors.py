"""The searchable text in the SQL the engine writes by hand: the visible rows' search vectors,
with their slots, and Django's expressions (tsqueries, ranks) compiled into those statements.

The statements themselves (unnest, bit_or, width_bucket) have no ORM form; what goes inside
them does, so a tsquery is composed once, as an expression, and never written as a string.
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import Model, QuerySet
from django.db.models.expressions import Expression
from django.db.models.sql import Query

if TYPE_CHECKING:
    from .bitsets import Slots

SQL = tuple[str, list[Any]]  # a statement or fragment and its parameters

# The field of a searchable model's search vector (a stored generated column, GIN-indexed).
VECTOR_FIELD = "search_vector"


def bigints(values: Iterable[int]) -> str:
    """Numbers as the text of a bigint[] parameter ('{1,2,3}', cast in the statement).
    psycopg2 writes a list as ARRAY[1,2,3], adapting each number in Python and leaving
    PostgreSQL to parse each one: for the hundreds of keys of a ranking, half its time."""
    return "{" + ",".join(str(int(value)) for value in values) + "}"


def searchable(model: type[Model]) -> bool:
    """Whether the model has the search vector that text queries read."""
    return any(field.name == VECTOR_FIELD for field in model._meta.concrete_fields)


def vectors_of(rows: QuerySet) -> SQL:
    """The rows' (pk, search vector)."""
    sql, params = rows.order_by().values_list("pk", VECTOR_FIELD).query.sql_with_params()
    return sql, list(params)


def slotted_vectors(visible: SQL, slots: "Slots", where: SQL = ("true", [])) -> SQL:
    """The visible rows' (slot, vector) where the condition on `id` and `vector` holds (visible:
    their (pk, vector), as vectors_of() writes it): the rows' slots in the index that numbered
    them."""
    vectors, vector_params = visible
    slot_sql, slot_params = slots.sql()
    condition, condition_params = where
    return (
        f"SELECT {slot_sql} AS slot, vector FROM ({vectors}) AS v(id, vector) WHERE {condition}",
        [*slot_params, *vector_params, *condition_params],
    )


def sql_of(expression: Expression) -> SQL:
    """An expression that needs no model (a SearchQuery, a rank over a statement's `vector`)
    as SQL to put in a statement."""
    query = Query(None)
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.compile(expression.resolve_expression(query))
    return sql, list(params)
