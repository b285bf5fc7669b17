"""The in-memory index every request of a process shares, and what app code may ask of it.

The index holds, for each facet value, the bitset of the visible rows that have it, a bitset
per year and each sort order, all over the rows' slots (bitsets.Slots): its memory follows the
number of visible rows, not the largest primary key (docs/facets.md).
"""

from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .bitsets import Slots, bitset, walk
from .definitions import Term


def roll_up(bitsets: dict[str, int], terms: Mapping[str, Term]) -> None:
    """Add each value's rows to every value that includes it (a region to its parent)."""
    for key, term in terms.items():
        rows, parent, seen = bitsets.get(key, 0), term.parent, set()
        while rows and parent and parent not in seen:
            seen.add(parent)
            bitsets[parent] = bitsets.get(parent, 0) | rows
            parent = terms[parent].parent if parent in terms else ""


class Positions(dict):
    """{sort: each slot's place in its order}, each worked out the first time it is asked
    for: an index that changes applied to has new orders, and most requests read none."""

    def __init__(self, orders: Mapping[str, array]):
        super().__init__()
        self.orders = orders

    def __missing__(self, sort: str) -> array:
        order = self.orders[sort]
        position = array("l", bytes(order.itemsize * (max(order, default=-1) + 1)))
        for rank, slot in enumerate(order):
            position[slot] = rank
        self[sort] = position
        return position


@dataclass
class Index:
    """A catalogue's visible rows as bitsets over their slots: the engine's own."""

    version: tuple
    slots: Slots
    universe: int
    facets: dict[str, dict[str, int]]
    terms: dict[str, dict[str, Term]]
    years: dict[int, int]
    orders: dict[str, array]  # slots in the sort's order
    lexemes: dict[str, int]  # the rows of each frequent lexeme of the searchable text
    titled: dict[str, int]  # the rows with it in their title
    names: dict[str, str]  # {"kind:key": tsvector} of the vocabulary terms facets have
    tainted: bool = False  # built from a transaction's own writes, which may be rolled back
    positions: Positions = field(init=False)  # each slot's place in a sort's order

    def __post_init__(self):
        self.positions = Positions(self.orders)

    def union(self, facet: str, keys: Iterable[str]) -> int:
        """The rows that have any of these values of a facet."""
        bits = 0
        for key in keys:
            bits |= self.facets[facet].get(key, 0)
        return bits

    def keys_of(self, pks: Iterable[int], facets: Iterable[str]) -> dict[int, dict[str, list[str]]]:
        """{pk: {facet: its keys, in the facet's order}} of these rows (those with a slot): a
        few ANDs, where reading each row's relations would be a query per facet."""
        slots = {pk: self.slots.slot(pk) for pk in pks}
        rows = [(slot >> 3, 1 << (slot & 7), pk) for pk, slot in slots.items() if slot is not None]
        wanted = bitset(slot for slot in slots.values() if slot is not None)
        found: dict[int, dict[str, list[str]]] = {pk: {} for _, _, pk in rows}
        for facet in facets:
            for keys in found.values():
                keys[facet] = []
            for key in self.terms[facet]:
                having = self.facets[facet].get(key, 0) & wanted
                if having:
                    # A few rows' bits read as bytes: members() would scan the library's.
                    flags = having.to_bytes((having.bit_length() + 7) // 8, "little")
                    for byte, bit, pk in rows:
                        if byte < len(flags) and flags[byte] & bit:
                            found[pk][facet].append(key)
        return found

    def selection(self, wanted: Mapping[str, Iterable[str]]) -> int:
        """The rows that have, for each facet of {facet: keys}, one of its keys."""
        bits = self.universe
        for facet, keys in wanted.items():
            bits &= self.union(facet, keys)
        return bits


@dataclass(frozen=True)
class Figures:
    """What app code asks of a catalogue's index: figures, never bitsets."""

    _index: Index = field(repr=False)

    @property
    def total(self) -> int:
        """How many rows the public sees."""
        return self._index.universe.bit_count()

    def count(self, **wanted: Iterable[str]) -> int:
        """How many visible rows have, for each facet named, one of the keys given."""
        return self._index.selection(wanted).bit_count()

    def keys(self, facet: str) -> list[str]:
        """The keys of a facet's values (those of its vocabulary and those in the data)."""
        return list(self._index.terms[facet])

    def keys_of(self, pks: Iterable[int], facets: Iterable[str]) -> dict[int, dict[str, list[str]]]:
        """{pk: {facet: the keys of its values}} of these visible rows."""
        return self._index.keys_of(pks, facets)

    def nearest(
        self, pk: int, pools: list[list[dict[str, list[str]]]], order: str, count: int = 5
    ) -> list[int]:
        """Up to count rows other than pk, taken pool by pool in the given sort order.

        A pool is a list of selections ({facet: keys}); a row is in the pool when it matches
        any of them. The "related resources" of a resource's page."""
        index = self._index
        chosen: list[int] = []
        own = index.slots.slot(pk)
        for pool in pools:
            rows = 0
            for wanted in pool:
                rows |= index.selection(wanted)
            for other in [own, *chosen]:
                if other is not None:
                    rows &= ~(1 << other)
            chosen += walk(index.orders[order], rows, limit=count - len(chosen))
            if len(chosen) >= count:
                break
        return [index.slots.pk(slot) for slot in chosen]

    def term(self, facet: str, key: str) -> Term | None:
        """The value of a facet with this key; None for a key it does not have."""
        return self._index.terms.get(facet, {}).get(key)
