"""A listing's declaration, and the building of its in-memory index (index.py).

The index is rebuilt when the catalogue's version changes: triggers renew it on every write
that can change the listing (eprm_hub/triggers.py), and each request reads it in one small
query, so every process follows every other's edits (docs/facets.md).
"""

import threading
from array import array
from collections.abc import Callable, Iterable
from typing import cast

from django.db import connection, transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone

from .. import thesaurus
from ..thesaurus import Thesaurus
from .bitsets import Slots, bitset, bitsets_by_key, walk
from .definitions import Facet, Sort, Term
from .index import Figures, Index
from .lexemes import frequent_lexemes, term_names
from .search import PAGE_SIZE, Search
from .vectors import searchable


def _roll_up(bitsets, terms):
    """Add each value's rows to every value that includes it (a region to its parent)."""
    for key, term in terms.items():
        rows, parent, seen = bitsets.get(key, 0), term.parent, set()
        while rows and parent and parent not in seen:
            seen.add(parent)
            bitsets[parent] = bitsets.get(parent, 0) | rows
            parent = terms[parent].parent if parent in terms else ""


class Catalogue:
    """One listing: which rows the public sees, its facets, its sort orders."""

    def __init__(
        self,
        name: str,
        visible: Callable[[], QuerySet],
        facets: list[Facet],
        sorts: list[Sort],
        year_field: str | None = None,
        words_view: str | None = None,
        highlight: tuple[str, str] | None = None,
        row_facets: tuple[str, ...] = (),
    ):
        self.name = name
        self.visible = visible
        self.facets = facets
        self.declared_sorts = sorts  # as declared, duplicates included (checks.py)
        self.sorts = {sort.key: sort for sort in sorts}
        # The order of what a text search does not rank (the rest of a huge tier).
        self.first_order = next((sort.key for sort in sorts if sort.ordering), None)
        self.year_field = year_field
        self.words_view = words_view
        self.highlight = highlight  # (title field, summary field) to mark the query's words in
        # Facets whose values each row of a page carries (row.terms), read from the index.
        self.row_facets = row_facets
        self._index: Index | None = None
        self._lock = threading.Lock()

    def __str__(self) -> str:
        return f"catalogue {self.name!r}"

    @property
    def searchable(self) -> bool:
        """Whether its rows have the search vector that text queries read."""
        return searchable(self.visible().model)

    # The index ----------------------------------------------------------------------------

    def current(self) -> tuple[Figures, Thesaurus]:
        """The figures of the index and the thesaurus as they are now (one small query when
        nothing changed)."""
        index, now = self.index_and_thesaurus()
        return Figures(index), now

    def figures(self) -> Figures:
        """The figures of the index as it is now: totals and counts, never bitsets."""
        return self.current()[0]

    def index_and_thesaurus(self) -> tuple[Index, Thesaurus]:
        """The index and the thesaurus as they are now: the engine's own (app code asks for
        figures)."""
        versions = self._versions()
        with self._lock:
            if self._index is None or self._index.version != self._version(versions):
                self._index = self._build()
            index = self._index
        return index, thesaurus.at(versions.get(thesaurus.VERSION_NAME, 0))

    def _versions(self, *more):
        """{name: version} of the catalogue, the vocabulary, the thesaurus and more names."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, version FROM eprm_hub_indexversion WHERE name = ANY(%s)",
                [[self.name, "vocabulary", thesaurus.VERSION_NAME, *more]],
            )
            return dict(cursor.fetchall())

    def _version(self, versions):
        # The day is part of the version: a facet may depend on it (a project's status).
        return (versions.get(self.name, 0), versions.get("vocabulary", 0), timezone.localdate())

    def _build(self) -> Index:
        """The index, from one snapshot of the database: a row published while it is built is
        in all of it (the rows, each facet, each order) or in none, and the version it is
        labelled with is the one of that snapshot. Inside a transaction already begun (a test,
        a caller's atomic block) the snapshot is that transaction's."""
        fresh = not connection.in_atomic_block
        with transaction.atomic():
            if fresh:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return self._build_in_snapshot(self._version(self._versions()))

    def _build_in_snapshot(self, version: tuple) -> Index:
        visible = self.visible()
        slots = Slots(visible.order_by("pk").values_list("pk", flat=True))
        facets = {f.name: bitsets_by_key(f.pairs_of(visible), slots) for f in self.facets}
        terms = {f.name: self._terms(f, facets[f.name]) for f in self.facets}
        years = {}
        if self.year_field:
            years = bitsets_by_key(visible.values_list("pk", self.year_field), slots)
        orders, positions = self._orders(visible, slots)
        universe = bitset(slot for slot, pk in enumerate(slots.pks) if pk)
        lexemes, titled = frequent_lexemes(visible, slots) if self.searchable else ({}, {})
        names = term_names(self.facets)
        return Index(
            version,
            slots,
            universe,
            facets,
            terms,
            years,
            orders,
            positions,
            lexemes,
            titled,
            names,
        )

    @staticmethod
    def _terms(facet: Facet, bitsets: dict[str, int]) -> dict[str, Term]:
        """A facet's values: its vocabulary's, then those in the data but not in the
        vocabulary, which are still filterable. Rolls the bitsets up on the way."""
        known = {term.key: term for term in facet.terms()}
        found = {key: Term(key, key) for key in bitsets if key not in known}
        _roll_up(bitsets, known)
        return known | found

    def _orders(self, visible: QuerySet, slots: Slots) -> tuple[dict, dict]:
        """({sort: its slots in order}, {sort: each slot's place in it})."""
        orders, positions = {}, {}
        for sort in self.sorts.values():
            if sort.ordering:
                pks = visible.order_by(*sort.ordering).values_list("pk", flat=True)
                # Every visible row of the snapshot has its slot.
                order = array("l", cast(Iterable[int], map(slots.slot, pks)))
                position = array("l", bytes(order.itemsize * len(slots)))
                for rank, slot in enumerate(order):
                    position[slot] = rank
                orders[sort.key], positions[sort.key] = order, position
        return orders, positions

    # What views ask of it -----------------------------------------------------------------

    def search(self, params: QueryDict, page_size: int = PAGE_SIZE) -> Search:
        """The search of these parameters; when some of its words match nothing at all and a
        spelling correction makes them find something, the corrected search, which names
        what it replaced (as a search engine shows "results for smelter" for "smeltr").
        A correction that finds nothing is neither made nor offered."""
        search = Search(self, params, page_size)
        if search.has_unknown_words:
            correction = search.suggestion
            if correction:
                params = params.copy()
                params["q"] = correction.query
                better = Search(self, params, page_size, search.state)
                if better.total and better.unknown_groups < search.unknown_groups:
                    better.corrected_from, better.correction = search.query, correction
                    return better
        return search

    def nearest(
        self, pk: int, pools: list[list[dict[str, list[str]]]], order: str, count: int = 5
    ) -> list[int]:
        """Up to count rows other than pk, taken pool by pool in the given sort order.

        A pool is a list of selections ({facet: keys}); a row is in the pool when it matches
        any of them. The "related resources" of a resource's page."""
        index = self.index_and_thesaurus()[0]
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

    def refresh_words(self) -> None:
        """Refresh the words view ("did you mean") if the catalogue changed since it was.

        A full scan, so never in a visitor's request: the job engine runs it after edits
        (eprm_hub/tasks.py) and importers after an import. Concurrently, so that searches
        keep reading the view meanwhile. The thesaurus's words are part of it, so its version
        counts too."""
        marker = f"{self.name}-words"
        versions = self._versions(marker)
        with connection.cursor() as cursor:
            # Sequence values: the larger of the two changes whenever either does.
            current = max(versions.get(self.name, 0), versions.get(thesaurus.VERSION_NAME, 0))
            if marker in versions and versions[marker] == current:
                return
            cursor.execute(
                "SELECT ispopulated FROM pg_matviews WHERE matviewname = %s", [self.words_view]
            )
            found = cursor.fetchone()
            if found is None:  # not created yet (a migration back in time)
                return
            populated = found[0]
            # The first refresh cannot be concurrent: there is nothing to read meanwhile.
            concurrently = "CONCURRENTLY " if populated else ""
            cursor.execute(f"REFRESH MATERIALIZED VIEW {concurrently}{self.words_view}")
            cursor.execute(
                "INSERT INTO eprm_hub_indexversion (name, version) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version",
                [marker, current],
            )
