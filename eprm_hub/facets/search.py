"""One listing request: what the filters and the text allow, the facet counts, the page.

The invariant every count keeps (docs/facets.md): a count is the number of results the page
would show with that selection. With text, that is the rows with all its words, or, when
fewer than ENOUGH have them all, those rows and then the rows with any of them.
"""

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.http import QueryDict
from django.utils.translation import get_language

from .. import textquery
from ..thesaurus import Thesaurus
from . import compounds, presentation, ranking, spelling
from . import tsquery as tsqueries
from .bitsets import members, walk
from .definitions import Facet
from .matching import TextMatch, match
from .params import ListingForm, Parsed
from .presentation import Chip, FacetResult, SearchView

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .index import Index

PAGE_SIZE = 20
# Below this many matches a page is picked by sorting the matches; above, by walking the order.
SPARSE = 5000
# With fewer results than this having all the words, the list goes on with those having most.
ENOUGH = 3


class Search:
    """The matches of a listing's query string, its facet counts and its page of rows."""

    corrected_from = ""  # the query as typed, when this search shows a spelling correction's
    correction: "spelling.Correction | None" = None  # that correction: which word it replaced
    max_words = textquery.MAX_CLAUSES  # meaningful words searched; the page names the others

    def __init__(
        self,
        catalogue: "Catalogue",
        params: QueryDict,
        page_size: int = PAGE_SIZE,
        state: "tuple[Index, Thesaurus] | None" = None,
    ):
        self.catalogue = catalogue
        self.params = params
        self.page_size = page_size
        # The index and thesaurus as they are now, unless a search of this request read them.
        self.state = state or catalogue.index_and_thesaurus()
        self.index, self.thesaurus = self.state
        self._read(ListingForm(params, catalogue, self.index).parsed())
        self.language = get_language() or "en"
        self.text = (
            textquery.parse(
                self.query,
                self.thesaurus,
                self.language,
                compounds.split(catalogue, textquery.words(self.query), self.language),
            )
            if self.query
            else None
        )
        # The words past textquery.MAX_CLAUSES, which the search leaves out and the page names.
        self.words_beyond = self.text.beyond if self.text else []

        # The sets: what the years and each facet allow, then what the text allows.
        self.allowed = {name: self.index.union(name, keys) for name, keys in self.selected.items()}
        self.in_years = self.index.universe & self._year_bits()
        self.text_match = self._match()
        # Some rows have some words but not all (without text, or when the rows with any word
        # are those with all, results_in(x) is x & complete: a facet's count is exact at once).
        self.partial_matches = self.text_match.anymatch != self.text_match.complete
        filtered = self.filtered()
        self.matches = self.results_in(filtered)
        # "No result has all your words; these match most of them."
        self.relaxed = bool(self.text) and self.matches != filtered & self.text_match.complete
        self.total = self.matches.bit_count()
        self.facets = [self._count(facet) for facet in catalogue.facets]

        self.pages = max(1, -(-self.total // page_size))
        self.page = min(max(self.requested_page or 1, 1), self.pages)

    def _read(self, parsed: Parsed) -> None:
        """Take what the query string asks for, as the form parsed it."""
        self.ignored = parsed.ignored  # (parameter, value) pairs that were not understood
        self.query, self.query_was_cut = parsed.query, parsed.query_was_cut
        self.selected = parsed.selected
        self.terms = {
            f.name: self.index.terms[f.name] | parsed.others[f.name] for f in self.catalogue.facets
        }
        self.year_min, self.year_max = parsed.year_min, parsed.year_max
        self.sort, self.default_sort = parsed.sort, parsed.default_sort
        self.expanded = parsed.expanded
        self.requested_page, self.page_given = parsed.page, parsed.page_given

    def _match(self) -> TextMatch:
        if not self.text:
            return TextMatch.of_rows(self.index.universe)
        if self.text.is_empty:  # only filler words: nothing to look for
            return TextMatch.of_rows(0)
        return match(self.catalogue, self.index, self.text)

    @property
    def page_adjusted(self) -> bool:
        """A page was asked for that is not the one shown (past the last, or not a number)."""
        return self.page_given and self.requested_page != self.page

    @functools.cached_property
    def ids(self) -> list[int]:
        """The page's primary keys: ranked only when asked for, so a search the catalogue
        replaces with its spelling correction never ranks."""
        return self.ordered((self.page - 1) * self.page_size, self.page_size)

    def results_in(self, bits: int) -> int:
        """What a page filtered to these rows shows: those with all the words; when fewer than
        ENOUGH have them all, also those with any (all the words first)."""
        complete = bits & self.text_match.complete
        if complete.bit_count() >= ENOUGH:
            return complete
        return bits & self.text_match.anymatch  # which holds the complete rows

    def filtered(
        self, facet: str | None = None, bits: int | None = None, years: int | None = None
    ) -> int:
        """The rows the filters allow, with one facet's selection replaced by bits (None: that
        facet unconstrained) or with other years."""
        rows = self.in_years if years is None else years
        for name, allowed in self.allowed.items():
            if name != facet:
                rows &= allowed
            elif bits is not None:
                rows &= bits
        return rows

    def matching(self, pks: Iterable[int]) -> list[int]:
        """Those of these primary keys that the search finds with all its words and every
        filter (not the "most of your words" a page falls back on), in their order. A row made
        visible since the index was built is not found until the next index."""
        rows = self.filtered() & self.text_match.complete
        found = []
        for pk in pks:
            slot = self.index.slots.slot(pk)
            if slot is not None and rows >> slot & 1:
                found.append(pk)
        return found

    def _count(self, facet: Facet) -> FacetResult:
        """A facet's values with their counts under every other facet's selection."""
        others = self.filtered(facet.name)
        chosen = set(self.selected.get(facet.name, []))
        bitsets = self.index.facets[facet.name]
        # results_in() of each value's rows, with two ANDs fewer: complete is within anymatch.
        complete, partial = others & self.text_match.complete, others & self.text_match.anymatch
        entries = []
        for key, term in self.terms[facet.name].items():
            rows = bitsets.get(key, 0)
            count = (complete & rows).bit_count() if rows else 0
            if self.partial_matches and rows and count < ENOUGH:
                count = (partial & rows).bit_count()
            entries.append((key, term, count, key in chosen))
        expanded = self.expanded == facet.name
        return FacetResult(facet.name, facet.label, entries, facet.long, expanded)

    def _year_bits(self) -> int:
        if self.year_min is None and self.year_max is None:
            return self.index.universe
        low, high = self.year_min or 0, self.year_max or 9999
        bits = 0
        for year, rows in self.index.years.items():
            if low <= year <= high:
                bits |= rows
        return bits

    def ordered(self, offset: int, limit: int | None) -> list[int]:
        """The matches' primary keys in this search's order, limit from offset (None: all)."""
        pks = self.index.slots.pks
        return [pks[slot] for slot in self._ordered_slots(offset, limit)]

    def _ordered_slots(self, offset: int, limit: int | None) -> list[int]:
        if not self.total:
            return []
        if self.sort == "relevance" and self.text and not self.text.is_empty:
            return ranking.ranked(self, self.matches, offset, limit)
        # Here the sort is not relevance: with text of filler words only, nothing matches.
        position = self.index.positions[self.sort]
        if self.total <= SPARSE or limit is None:
            slots = sorted(members(self.matches), key=position.__getitem__)
            return slots[offset:] if limit is None else slots[offset : offset + limit]
        return walk(self.index.orders[self.sort], self.matches, offset, limit)

    def all_ids(self) -> list[int]:
        """Every match in this search's order (for exports)."""
        return self.ordered(0, None)

    @property
    def unknown_groups(self) -> int:
        """How many groups of the text's words match no row at all."""
        return self.text_match.counts.count(0)

    @property
    def has_unknown_words(self) -> bool:
        return self.unknown_groups > 0

    @property
    def only_common_words(self) -> bool:
        return bool(self.text and self.text.is_empty)

    @property
    def first_number(self) -> int:
        """The position of the page's first row in the whole result list."""
        return (self.page - 1) * self.page_size + 1

    @property
    def suggestion(self) -> "spelling.Correction | None":
        """The spelling correction of the query, if it has words found nowhere (the catalogue
        searches it, and shows it only if it finds something)."""
        return spelling.suggestion(self)

    def tsquery(self, forms: int | None = None) -> str:
        """The text's tsquery (any of its words; every form, or each clause's first `forms`),
        to highlight the words of the page's rows: its text, for `%s::tsquery`."""
        assert self.text is not None, "highlighted only with text"
        return tsqueries.of_text(self.text, self.text_match.tsqueries, forms)

    # What the page shows besides its rows (presentation.py), from the figures it needs.

    @functools.cached_property
    def view(self) -> SearchView:
        """What presentation reads of this search: figures and labels, never bitsets."""
        facets, years = self.catalogue.facets, self.index.years
        return SearchView(
            params=self.params,
            query=self.query,
            language=self.language,
            has_text=bool(self.text),
            total=self.total,
            page=self.page,
            pages=self.pages,
            facets=self.facets,
            labels={facet.name: facet.label for facet in facets},
            selected=self.selected,
            terms=self.terms,
            year_min=self.year_min,
            year_max=self.year_max,
            year_bounds=(min(years, default=""), max(years, default="")),
            sorts=[
                s for key, s in self.catalogue.sorts.items() if key != "relevance" or self.query
            ],
            without=self._without(),
            in_use={f.name: self._in_use(f.name) for f in facets if not f.long},
            filters=self.thesaurus.filters,
        )

    def _without(self) -> dict[tuple[str, str], int]:
        """{(facet, key): the results without that selected value}; ("year", "") without the
        years chosen."""
        counts = {}
        for name, keys in self.selected.items():
            for key in keys:
                rest = [k for k in keys if k != key]
                rows = self.filtered(name, self.index.union(name, rest) if rest else None)
                counts[name, key] = self.results_in(rows).bit_count()
        if self.year_min is not None or self.year_max is not None:
            rows = self.filtered(years=self.index.universe)
            counts["year", ""] = self.results_in(rows).bit_count()
        return counts

    def _in_use(self, facet: str) -> frozenset[str]:
        """The keys of the facet's values that some visible row has."""
        return frozenset(key for key, rows in self.index.facets[facet].items() if rows)

    def context(self) -> dict[str, Any]:
        """What the listing template (templates/listing.html) shows besides the results."""
        return presentation.context(self.view) | {"search": self}

    def chips(self) -> list[Chip]:
        return presentation.chips(self.view)

    def as_facets_json(self) -> dict[str, list[dict[str, Any]]]:
        return presentation.as_facets_json(self.view)

    @property
    def page_window(self) -> list[int | None]:
        return presentation.page_window(self.view)
