"""One listing request: what the filters and the text allow, the facet counts, the page.

The invariant every count keeps (docs/facets.md): a count is the number of results the page
would show with that selection. With text, that is the rows with all its words, or, when
fewer than ENOUGH have them all, those rows and then the rows with any of them.
"""

import functools

from django.utils.translation import get_language

from .. import textquery
from . import presentation, text
from .bitsets import members, walk
from .params import ListingForm
from .presentation import FacetResult

PAGE_SIZE = 20
# Below this many matches a page is picked by sorting the matches; above, by walking the order.
SPARSE = 5000
# With fewer results than this having all the words, the list goes on with those having most.
ENOUGH = 3


class Search:
    """The matches of a listing's query string, its facet counts and its page of rows."""

    corrected_from = ""  # the query as typed, when this search shows a spelling correction's
    group_counts = ()  # how many rows each group of the text's words matches
    max_words = textquery.MAX_CLAUSES  # meaningful words searched; the page names the others

    def __init__(self, catalogue, params, page_size=PAGE_SIZE, current=None):
        self.catalogue = catalogue
        self.params = params
        self.page_size = page_size
        # The index and thesaurus as they are now, unless a search of this request read them.
        index, self.thesaurus = current or catalogue.current()
        self.index = index
        parsed = ListingForm(params, catalogue, index).parsed()
        self.ignored = parsed.ignored  # (parameter, value) pairs that were not understood
        self.query, self.query_was_cut = parsed.query, parsed.query_was_cut
        self.selected = parsed.selected
        self.terms = {f.name: index.terms[f.name] | parsed.others[f.name] for f in catalogue.facets}
        self.year_min, self.year_max = parsed.year_min, parsed.year_max
        self.sort, self.default_sort = parsed.sort, parsed.default_sort
        self.expanded = parsed.expanded
        self.language = get_language() or "en"
        self.text = None
        if self.query:
            self.text = textquery.parse(self.query, self.thesaurus, self.language)
        # The words past textquery.MAX_CLAUSES, which the search leaves out and the page names.
        self.words_beyond = self.text.beyond if self.text else []

        # The sets: what the years and each facet allow, then what the text allows.
        self.allowed = {name: index.union(name, keys) for name, keys in self.selected.items()}
        self.in_years = index.universe & self._year_bits()
        filtered = self.in_years
        for bits in self.allowed.values():
            filtered &= bits
        if self.text and not self.text.is_empty:
            self.complete, self.anymatch = text.sets(self)
        elif self.text:  # only filler words: nothing to look for
            self.complete = self.anymatch = 0
        else:
            self.complete = self.anymatch = index.universe
        # Some rows have some words but not all (without text, or when the rows with any word
        # are those with all, results_in(x) is x & complete: a facet's count is exact at once).
        self.partial_matches = self.anymatch != self.complete
        self.matches = self.results_in(filtered)
        # "No result has all your words; these match most of them."
        self.relaxed = bool(self.text) and self.matches != filtered & self.complete
        self.total = self.matches.bit_count()
        self.facets = [self._count(facet) for facet in catalogue.facets]

        self.pages = max(1, -(-self.total // page_size))
        self.page = min(max(parsed.page or 1, 1), self.pages)
        self.page_adjusted = parsed.page_given and parsed.page != self.page

    @functools.cached_property
    def ids(self):
        """The page's primary keys: ranked only when asked for, so a search the catalogue
        replaces with its spelling correction never ranks."""
        return self.ordered((self.page - 1) * self.page_size, self.page_size)

    def results_in(self, bits):
        """What a page filtered to these rows shows: those with all the words; when fewer than
        ENOUGH have them all, also those with any (all the words first)."""
        complete = bits & self.complete
        if complete.bit_count() >= ENOUGH:
            return complete
        return bits & self.anymatch  # which holds the complete rows

    def filtered(self, facet=None, bits=None, years=None):
        """The rows the filters allow, with one facet's selection replaced by bits (None: that
        facet unconstrained) or with other years."""
        rows = self.in_years if years is None else years
        for name, allowed in self.allowed.items():
            if name != facet:
                rows &= allowed
            elif bits is not None:
                rows &= bits
        return rows

    def _count(self, facet):
        """A facet's values with their counts under every other facet's selection."""
        others = self.filtered(facet.name)
        chosen = set(self.selected.get(facet.name, []))
        bitsets = self.index.facets[facet.name]
        # results_in() of each value's rows, with two ANDs fewer: complete is within anymatch.
        complete, partial = others & self.complete, others & self.anymatch
        entries = []
        for key, term in self.terms[facet.name].items():
            rows = bitsets.get(key, 0)
            count = (complete & rows).bit_count() if rows else 0
            if self.partial_matches and rows and count < ENOUGH:
                count = (partial & rows).bit_count()
            entries.append((key, term, count, key in chosen))
        expanded = self.expanded == facet.name
        return FacetResult(facet.name, facet.label, entries, facet.long, expanded)

    def _year_bits(self):
        if self.year_min is None and self.year_max is None:
            return self.index.universe
        low, high = self.year_min or 0, self.year_max or 9999
        bits = 0
        for year, rows in self.index.years.items():
            if low <= year <= high:
                bits |= rows
        return bits

    def ordered(self, offset, limit):
        """The matches' primary keys in this search's order, limit from offset (None: all)."""
        pks = self.index.slots.pks
        return [pks[slot] for slot in self._ordered_slots(offset, limit)]

    def _ordered_slots(self, offset, limit):
        if not self.total:
            return []
        if self.sort == "relevance" and self.text and not self.text.is_empty:
            return text.ranked(self, self.matches, offset, limit)
        # Here the sort is not relevance: with text of filler words only, nothing matches.
        position = self.index.positions[self.sort]
        if self.total <= SPARSE or limit is None:
            slots = sorted(members(self.matches), key=position.__getitem__)
            return slots[offset:] if limit is None else slots[offset : offset + limit]
        return walk(self.index.orders[self.sort], self.matches, offset, limit)

    def all_ids(self):
        """Every match in this search's order (for exports)."""
        return self.ordered(0, None)

    @property
    def has_unknown_words(self):
        """Whether a group of the text's words matches no row at all."""
        return 0 in self.group_counts

    @property
    def only_common_words(self):
        return bool(self.text and self.text.is_empty)

    @property
    def first_number(self):
        """The position of the page's first row in the whole result list."""
        return (self.page - 1) * self.page_size + 1

    # What the page shows besides its rows (presentation.py).
    context = presentation.context
    chips = presentation.chips
    as_facets_json = presentation.as_facets_json
    page_window = property(presentation.page_window)
    # Asked by the catalogue (to correct the search) and by the page: worked out once.
    suggestion = functools.cached_property(text.suggestion)
    search_query = text.search_query
