"""Sets of rows as bitsets: a Python int whose bit n is set for the row in slot n.

Counting the rows that two sets share is an AND and a popcount, a few microseconds at 100,000
rows (docs/facets.md). PostgreSQL builds them as 64-bit words with bit_or(). Slots number a
catalogue's visible rows densely (Slots), so a bitset costs what the rows cost, however large
their primary keys.
"""

import re
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)

WORD_MASK = (1 << 64) - 1
# SQL that folds the rows of a subquery's `slot` column into (word number, 64-bit word) pairs.
BIT_WORDS = "slot >> 6, bit_or(1::bigint << (slot & 63)::int)"


class Slots:
    """The slot of each visible row: its rank by primary key, give or take a few unused slots.

    Keys come in runs (a table's ids, with gaps where rows were deleted or are not visible);
    each run maps to slots by an offset, and a gap shorter than GAP keys is kept as unused
    slots rather than starting a run. PostgreSQL numbers rows the same way (sql())."""

    GAP = 64

    def __init__(self, pks: Iterable[int]):
        """From the visible rows' primary keys, in ascending order."""
        self.pks = array("q")  # the primary key in each slot (0: an unused slot)
        # Each run's first and last key, and what a key less its slot is in it.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.offsets: list[int] = []
        for pk in pks:
            self._append(pk)

    def _append(self, pk: int) -> None:
        """Give a key larger than every key so far its slot."""
        if self.ends and pk - self.ends[-1] <= self.GAP:
            self.pks.extend([0] * (pk - self.ends[-1] - 1))
            self.ends[-1] = pk
        else:
            self.starts.append(pk)
            self.ends.append(pk)
            self.offsets.append(pk - len(self.pks))
        self.pks.append(pk)

    def changed(self, visible: dict[int, bool]) -> "Slots":
        """A copy where each key of {pk: whether it is visible now} is in its slot or not.
        A new key gets the next slot: in the last run when it follows it closely, else in a
        run of its own, wherever its key falls (runs are found by key, their slots need not
        follow the keys' order), so no row already numbered is renumbered."""
        copy = Slots(())
        copy.pks = array("q", self.pks)
        copy.starts, copy.ends, copy.offsets = list(self.starts), list(self.ends), self.offsets[:]
        for pk in sorted(visible):
            slot = copy.slot(pk)
            if slot is not None:
                copy.pks[slot] = pk if visible[pk] else 0
            elif visible[pk]:
                last = copy.ends[-1] - copy.offsets[-1] if copy.ends else -1
                if pk > (copy.ends[-1] if copy.ends else 0) and last == len(copy.pks) - 1:
                    copy._append(pk)
                else:
                    run = bisect_right(copy.starts, pk)
                    copy.starts.insert(run, pk)
                    copy.ends.insert(run, pk)
                    copy.offsets.insert(run, pk - len(copy.pks))
                    copy.pks.append(pk)
        return copy

    def __len__(self) -> int:
        return len(self.pks)

    def slot(self, pk: int) -> int | None:
        """The slot of a primary key; None for a key in no run."""
        run = bisect_right(self.starts, pk) - 1
        if run < 0 or pk > self.ends[run]:
            return None
        return pk - self.offsets[run]

    def pk(self, slot: int) -> int:
        return self.pks[slot]

    def sql(self, column: str = "id") -> tuple[str, list[Any]]:
        """(SQL, params) of an expression giving a primary key column's slot; NULL for a key
        in no run (a row made visible after the index was built)."""
        if len(self.starts) <= 1:
            start, end = (self.starts[0], self.ends[0]) if self.starts else (1, 0)
            offset = self.offsets[0] if self.offsets else 0
            return f"CASE WHEN {column} BETWEEN %s AND %s THEN {column} - %s END", [
                start,
                end,
                offset,
            ]
        # width_bucket finds a key's run by binary search in the runs' first keys.
        run = f"width_bucket({column}, %s::bigint[])"
        return (
            f"CASE WHEN {column} <= (%s::bigint[])[{run}] "
            f"THEN {column} - (%s::bigint[])[{run}] END",
            [self.ends, self.starts, self.offsets, self.starts],
        )


def bitset(ids: Iterable[int]) -> int:
    """The bitset of an iterable of slots."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for pk in ids:
        buffer[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(buffer, "little")


_SET_BYTE = re.compile(rb"[^\x00]")


def members(bits: int) -> list[int]:
    """The slots in a bitset, in ascending order."""
    if bits.bit_count() * 256 < bits.bit_length():
        # A few rows of a large library (a page, a rare word): only the bytes with a bit set
        # are read, where the digits of bin() would be every row's.
        data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
        found = []
        for match in _SET_BYTE.finditer(data):
            byte, base = data[match.start()], match.start() << 3
            while byte:
                lowest = byte & -byte
                found.append(base + lowest.bit_length() - 1)
                byte ^= lowest
        return found
    return [match.start() for match in re.finditer("1", bin(bits)[:1:-1])]


def words_to_bits(words: Sequence[tuple[int, int]]) -> int:
    """A bitset from (word number, 64-bit word) pairs, as PostgreSQL's bit_or returns them."""
    if not words:
        return 0
    packed = array("Q", bytes(8 * (max(number for number, _ in words) + 1)))
    for number, word in words:
        packed[number] = word & WORD_MASK
    return int.from_bytes(packed.tobytes(), sys.byteorder)


def bitsets_by_key(pairs: QuerySet, slots: Slots) -> dict[Any, int]:
    """{key: bitset} for a queryset of (pk, key) pairs, grouped into 64-bit words in SQL."""
    sql, params = pairs.order_by().query.sql_with_params()
    slot_sql, slot_params = slots.sql()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT key, {BIT_WORDS} FROM ("
            f"  SELECT {slot_sql} AS slot, key FROM ({sql}) AS pairs(id, key)"
            f"  WHERE key IS NOT NULL AND key::text <> ''"  # no value, no key
            f") AS found WHERE slot IS NOT NULL GROUP BY 1, 2",
            [*slot_params, *params],
        )
        rows = cursor.fetchall()
    words: dict[Any, list[tuple[int, int]]] = {}
    for key, number, word in rows:
        words.setdefault(key, []).append((number, word))
    return {key: words_to_bits(pairs) for key, pairs in words.items()}


def walk(order: Iterable[int], bits: int, offset: int = 0, limit: int = 20) -> list[int]:
    """The slots of bits that come at offset … offset + limit in order (an array of slots)."""
    mask = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size, found, ids = len(mask) * 8, 0, list[int]()
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


def in_order(queryset: QuerySet[M], ids: Sequence[int]) -> list[M]:
    """The rows of queryset with these primary keys, in the order of ids (one query)."""
    by_pk = {row.pk: row for row in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]
