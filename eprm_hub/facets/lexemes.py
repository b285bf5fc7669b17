"""What the index holds of the searchable text, read once per build: the rows of each frequent
lexeme (and those with it in their title), and the search documents of the vocabulary terms
that facets' values are (docs/search.md, "Speed" and "The document")."""

import math
import sys
from array import array

from django.db import connection
from django.db.models import QuerySet

from .bitsets import Slots, words_to_bits
from .definitions import Facet
from .vectors import vectors_of

# A lexeme in at least this share of the visible rows, and this many, has its rows in the
# index: PostgreSQL would read every one of them from the table (docs/search.md, "Speed").
FREQUENT_SHARE = 0.002
FREQUENT_MIN = 100

Bitsets = dict[str, int]


def frequent_lexemes(visible: QuerySet, slots: Slots) -> tuple[Bitsets, Bitsets]:
    """({lexeme: its rows}, {lexeme: the rows with it in the title}) of the lexemes in at
    least FREQUENT_SHARE of the visible rows (and FREQUENT_MIN): those PostgreSQL would
    spend most on, reading every row that has them."""
    sql, params = vectors_of(visible)
    threshold = max(FREQUENT_MIN, math.ceil(FREQUENT_SHARE * len(slots)))
    with connection.cursor() as cursor:
        vectors = cursor.mogrify(f"SELECT vector FROM ({sql}) AS v(id, vector)", params)
        cursor.execute(
            "SELECT word FROM ts_stat(%s) WHERE ndoc >= %s", [vectors.decode(), threshold]
        )
        frequent = [word for (word,) in cursor.fetchall()]
    return lexeme_rows(visible, slots, frequent)


def lexeme_rows(rows: QuerySet, slots: Slots, lexemes: list[str]) -> tuple[Bitsets, Bitsets]:
    """({lexeme: its rows}, {lexeme: the rows with it in the title}) of these lexemes, among
    these rows (every lexeme, with no rows for those none has)."""
    if not lexemes:
        return {}, {}
    sql, params = vectors_of(rows)
    slot_sql, slot_params = slots.sql()
    with connection.cursor() as cursor:
        # Each lexeme's 64-bit words as (word number, word) pairs packed in one bytea.
        cursor.execute(
            f"SELECT lexeme, title, string_agg(int8send(w) || int8send(bits), '' ORDER BY w) "
            f"FROM (SELECT u.lexeme, 'A' = ANY(u.weights) AS title, slot >> 6 AS w, "
            f"             bit_or(1::bigint << (slot & 63)::int) AS bits "
            f"      FROM (SELECT {slot_sql} AS slot, vector FROM ({sql}) AS v(id, vector)) AS s, "
            f"           unnest(s.vector) AS u(lexeme, positions, weights) "
            f"      WHERE slot IS NOT NULL AND u.lexeme = ANY(%s) GROUP BY 1, 2, 3) AS words "
            f"GROUP BY 1, 2",
            [*slot_params, *params, lexemes],
        )
        found = cursor.fetchall()
    rows_of: Bitsets = dict.fromkeys(lexemes, 0)
    titled: Bitsets = {}
    for lexeme, in_title, packed in found:
        bits = _unpacked(packed)
        rows_of[lexeme] |= bits
        if in_title:
            titled[lexeme] = bits
    return rows_of, {lexeme: titled.get(lexeme, 0) for lexeme in rows_of}


def _unpacked(packed: bytes) -> int:
    """The bitset of (word number, word) pairs that int8send wrote, big-endian."""
    numbers = array("q", bytes(packed))
    if sys.byteorder == "little":
        numbers.byteswap()
    return words_to_bits(list(zip(numbers[0::2], numbers[1::2], strict=True)))


def term_names(facets: list[Facet]) -> dict[str, str]:
    """{"kind:key": the search document of its names} of the vocabulary terms that these
    facets' values are (eprm_hub_vocabularyname): a query's words that name one find its
    rows."""
    kinds = [facet.vocabulary for facet in facets if facet.vocabulary]
    if not kinds:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kind || ':' || slug, document::text FROM eprm_hub_vocabularyname "
            "WHERE kind = ANY(%s)",
            [kinds],
        )
        return dict(cursor.fetchall())
