"""A listing's declaration, and the building of its in-memory index (index.py).

The index is rebuilt when the catalogue's version changes: triggers renew it on every write
that can change the listing (eprm_hub/triggers.py), and each request reads it in one small
query, so every process follows every other's edits (docs/facets.md).
"""

import functools
import logging
import threading
import time
from array import array
from collections.abc import Callable
from typing import cast

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone

from .. import metrics, thesaurus
from ..thesaurus import Thesaurus
from .bitsets import Slots, bitset, bitsets_by_key
from .changes import changed_keys, patched
from .definitions import Facet, Sort, Term
from .index import Figures, Index, roll_up
from .lexemes import frequent_lexemes, term_names
from .search import PAGE_SIZE, Search
from .vectors import SQL, searchable, vectors_of

log = logging.getLogger(__name__)


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
        self._rebuilding = False

    def __str__(self) -> str:
        return f"catalogue {self.name!r}"

    @property
    def searchable(self) -> bool:
        """Whether its rows have the search vector that text queries read."""
        return searchable(self.visible().model)

    @functools.cached_property
    def vectors(self) -> SQL:
        """The visible rows' (pk, search vector) as SQL, compiled once: a text query's
        statements read it two or three times, and compiling the queryset each time cost
        0.1 ms."""
        return vectors_of(self.visible())

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
        figures). A process's first request builds the index; after that, the rows changed
        since are applied to it, and when they cannot be (the vocabulary changed, too many
        rows, a new day for a catalogue that depends on it) it is rebuilt in the background
        while requests read the index they have (docs/facets.md, "Changes")."""
        versions = self._versions(self.pruned)
        wanted = self._version(versions)
        with self._lock:
            if self._index is None:
                self._index = self._build()
            elif self._index.version != wanted:
                self._index = self._changed(self._index, versions, wanted)
            index = self._index
        return index, thesaurus.at(versions.get(thesaurus.VERSION_NAME, 0))

    @property
    def pruned(self) -> str:
        """The name of the newest version whose changes are no longer logged."""
        return f"{self.name}:pruned"

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

    def _changed(self, index: Index, versions: dict, wanted: tuple) -> Index:
        """The index with the rows changed since its version applied. When they cannot be,
        the index rebuilt: in the background, requests reading the index they have
        meanwhile; at once when it is small (FACET_REBUILD_AT_ONCE rows), or inside a
        transaction, whose writes another connection could not see."""
        applicable = (
            not index.tainted
            and index.version[1:] == wanted[1:]
            and versions.get(self.pruned, 0) <= index.version[0] < wanted[0]
        )
        if applicable:
            fresh = self._in_snapshot(lambda: self._applied(index, wanted))
            if fresh is not None:
                return fresh
        if connection.in_atomic_block or len(index.slots) <= settings.FACET_REBUILD_AT_ONCE:
            return self._build()
        self._rebuild_in_background(index.version, wanted)
        return index

    def _applied(self, index: Index, wanted: tuple) -> Index | None:
        started = time.perf_counter()
        changed = changed_keys(self, index.version[0], wanted[0])
        if changed is None:
            return None
        fresh = patched(self, index, changed, wanted)
        seconds = time.perf_counter() - started
        metrics.index_built(self.name, "changes", wanted[0], seconds)
        log.info(
            "%s: %d changed rows applied to the index (version %d) in %.1f ms",
            self.name, len(changed[0]), wanted[0], seconds * 1000,
        )  # fmt: skip
        return fresh

    def _rebuild_in_background(self, was: tuple, wanted: tuple) -> None:
        """Build the index anew in a thread of its own, unless one is already at it; the
        requests meanwhile read the index they have, then the new one (with the rows changed
        while it was built applied by the next request)."""
        if self._rebuilding:
            return
        self._rebuilding = True

        def rebuild():
            try:
                log.info(
                    "%s: rebuilding the index in the background (version %s, now %s)",
                    self.name, was, wanted,
                )  # fmt: skip
                fresh = self._build()
                with self._lock:
                    if self._index is None or self._index.version[0] <= fresh.version[0]:
                        self._index = fresh
                log.info("%s: index rebuilt (version %d)", self.name, fresh.version[0])
            finally:
                self._rebuilding = False
                connection.close()

        threading.Thread(target=rebuild, name=f"index {self.name}", daemon=True).start()

    def _build(self) -> Index:
        """The index, from one snapshot of the database: a row published while it is built is
        in all of it (the rows, each facet, each order) or in none, and the version it is
        labelled with is the one of that snapshot."""
        started = time.perf_counter()
        index = self._in_snapshot(lambda: self._build_in_snapshot(self._version(self._versions())))
        metrics.index_built(self.name, "full", index.version[0], time.perf_counter() - started)
        return index

    @staticmethod
    def _in_snapshot(work):
        """What work() gives (an index), read from one snapshot of the database. Inside a
        transaction already begun (a test, a caller's atomic block) the snapshot is that
        transaction's; when it wrote, the index is marked tainted: it may hold writes that
        will be rolled back and that no change will undo, so it is rebuilt, never changed."""
        fresh = not connection.in_atomic_block
        with transaction.atomic():
            with connection.cursor() as cursor:
                if fresh:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    tainted = False
                else:
                    cursor.execute("SELECT pg_current_xact_id_if_assigned() IS NOT NULL")
                    tainted = cursor.fetchone()[0]
            index = work()
            if index is not None:
                index.tainted = tainted
            return index

    def _build_in_snapshot(self, version: tuple) -> Index:
        visible = self.visible()
        slots = Slots(visible.order_by("pk").values_list("pk", flat=True))
        facets = {f.name: bitsets_by_key(f.pairs_of(visible), slots) for f in self.facets}
        known = {f.name: {term.key: term for term in f.terms()} for f in self.facets}
        terms = {}
        for facet in self.facets:
            roll_up(facets[facet.name], known[facet.name])
            found = {key: Term(key, key) for key in facets[facet.name]}
            terms[facet.name] = known[facet.name] | {
                key: term for key, term in found.items() if key not in known[facet.name]
            }
        years = {}
        if self.year_field:
            years = bitsets_by_key(visible.values_list("pk", self.year_field), slots)
        orders = {
            key: self._order(visible, slots, key) for key, s in self.sorts.items() if s.ordering
        }
        universe = bitset(slot for slot, pk in enumerate(slots.pks) if pk)
        lexemes, titled = frequent_lexemes(visible, slots) if self.searchable else ({}, {})
        return Index(
            version,
            slots,
            universe,
            facets,
            terms,
            years,
            orders,
            lexemes,
            titled,
            term_names(self.facets),
        )

    def _order(self, visible: QuerySet, slots: Slots, sort: str) -> array:
        """The slots of the visible rows in a sort's order."""
        # Every visible row of the snapshot has its slot.
        pks = visible.order_by(*self.sorts[sort].ordering).values_list("pk", flat=True)
        return array("l", [cast(int, slots.slot(pk)) for pk in pks])

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
