"""The facet engine: faceted full-text search over a catalogue (docs/facets.md).

bitsets: sets of primary keys as Python integers · definitions: facets, terms, sorts ·
catalogue: the shared in-memory index and its version · params: the query string's form ·
search: one request's matches, counts and page · text: the free text, by PostgreSQL ·
presentation: chips, suggestions, page links, JSON · listing: rendering a catalogue's page.
"""

from .bitsets import bitset, in_order, members
from .catalogue import Catalogue, Index
from .definitions import Facet, Sort, Term, choice_terms, country_term, country_terms, terms_of
from .listing import page_rows, render_listing
from .search import ENOUGH, PAGE_SIZE, Search

__all__ = [
    "ENOUGH",
    "PAGE_SIZE",
    "Catalogue",
    "Facet",
    "Index",
    "Search",
    "Sort",
    "Term",
    "bitset",
    "choice_terms",
    "country_term",
    "country_terms",
    "in_order",
    "members",
    "page_rows",
    "render_listing",
    "terms_of",
]
