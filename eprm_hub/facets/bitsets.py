"""Sets of rows as bitsets: a Python int whose bit n is set for the row with primary key n.

Counting the rows that two sets share is an AND and a popcount, a few microseconds at 100,000
rows (docs/facets.md). PostgreSQL builds them as 64-bit words with bit_or().
"""

import re
import sys
from array import array

from django.db import connection
from django.db.models import QuerySet

WORD_MASK = (1 << 64) - 1
# SQL that folds the rows of a subquery's `id` column into (word number, 64-bit word) pairs.
BIT_WORDS = "id >> 6, bit_or(1::bigint << (id & 63)::int)"


def bitset(ids):
    """The bitset of an iterable of primary keys."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for pk in ids:
        buffer[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(buffer, "little")


def members(bits):
    """The primary keys in a bitset, in ascending order."""
    return [match.start() for match in re.finditer("1", bin(bits)[:1:-1])]


def words_to_bits(words):
    """A bitset from (word number, 64-bit word) pairs, as PostgreSQL's bit_or returns them."""
    if not words:
        return 0
    packed = array("Q", bytes(8 * (max(number for number, _ in words) + 1)))
    for number, word in words:
        packed[number] = word & WORD_MASK
    return int.from_bytes(packed.tobytes(), sys.byteorder)


def bitsets_by_key(pairs: QuerySet):
    """{key: bitset} for a queryset of (pk, key) pairs, grouped into 64-bit words in SQL."""
    sql, params = pairs.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT key, {BIT_WORDS} FROM ({sql}) AS pairs(id, key) "
            f"WHERE key IS NOT NULL AND key::text <> '' GROUP BY 1, 2",  # no value, no key
            params,
        )
        rows = cursor.fetchall()
    words = {}
    for key, number, word in rows:
        words.setdefault(key, []).append((number, word))
    return {key: words_to_bits(pairs) for key, pairs in words.items()}


def walk(order, bits, offset=0, limit=20):
    """The primary keys of bits that come at offset … offset + limit in order."""
    mask = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size, found, ids = len(mask) * 8, 0, []
    if limit <= 0:
        return ids
    for pk in order:
        if pk < size and mask[pk >> 3] >> (pk & 7) & 1:
            found += 1
            if found > offset:
                ids.append(pk)
                if len(ids) == limit:
                    break
    return ids


def in_order(queryset, ids):
    """The rows of queryset with these primary keys, in the order of ids (one query)."""
    by_pk = {row.pk: row for row in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def bits_as_bytea(bits):
    """The bitset as bytes for PostgreSQL's get_bit(bytea, n), which numbers bits the same way."""
    return bits.to_bytes((bits.bit_length() + 7) // 8 or 1, "little")


def member_sql(bits, few=32):
    """SQL that tells whether a row's id is in bits: a list of ids when there are few, a
    bit test of the packed bitset otherwise (a long list is searched through for each row)."""
    count = bits.bit_count()
    if not count:
        return "false", []
    if count <= few:
        return "id = ANY(%s)", [members(bits)]
    packed = bits_as_bytea(bits)
    return "(id < %s AND get_bit(%s::bytea, id::int) = 1)", [len(packed) * 8, packed]
