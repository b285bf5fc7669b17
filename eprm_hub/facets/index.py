"""The in-memory index every request of a process shares, and what app code may ask of it.

The index holds, for each facet value, the bitset of the visible rows that have it, a bitset
per year and each sort order, all over the rows' slots (bitsets.Slots): its memory follows the
number of visible rows, not the largest primary key (docs/facets.md).
"""

from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .bitsets import Slots
from .definitions import Term


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
    positions: dict[str, array]  # each slot's place in the sort's order
    lexemes: dict[str, int]  # the rows of each frequent lexeme of the searchable text
    titled: dict[str, int]  # the rows with it in their title
    names: dict[str, str]  # {"kind:key": tsvector} of the vocabulary terms facets have

    def union(self, facet: str, keys: Iterable[str]) -> int:
        """The rows that have any of these values of a facet."""
        bits = 0
        for key in keys:
            bits |= self.facets[facet].get(key, 0)
        return bits

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

    def term(self, facet: str, key: str) -> Term | None:
        """The value of a facet with this key; None for a key it does not have."""
        return self._index.terms.get(facet, {}).get(key)
