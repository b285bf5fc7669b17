"""The facet engine: faceted full-text search over a catalogue (docs/facets.md).

App code imports from here only; the modules inside are the engine's own. What it offers:

- declaring a listing: Catalogue, Facet, Sort, Term and the term loaders;
- asking it: Catalogue.search() (a Search: its page of ids, counts, Search.matching()),
  Catalogue.figures() and current() (Figures: totals, counts, each row's values and the rows
  nearest one, never bitsets);
- showing it: render_listing(), page_rows(), in_order();
- the query string's rules shared with other forms: shown(), CONTROL;
- check_catalogue(), which `manage.py check` runs on every registered catalogue;
- the listing stated in SQL, the tests' oracle: reference_filterset(), reference_counts().
"""

from .bitsets import in_order
from .catalogue import Catalogue
from .checks import check_catalogue
from .definitions import Facet, Sort, Term, choice_terms, country_term, country_terms, terms_of
from .index import Figures
from .listing import page_rows, render_listing
from .matching import TextMatch
from .params import CONTROL, shown
from .reference import reference_counts, reference_filterset
from .search import ENOUGH, PAGE_SIZE, Search

__all__ = [
    "CONTROL",
    "ENOUGH",
    "PAGE_SIZE",
    "Catalogue",
    "Facet",
    "Figures",
    "Search",
    "Sort",
    "Term",
    "TextMatch",
    "check_catalogue",
    "choice_terms",
    "country_term",
    "country_terms",
    "in_order",
    "page_rows",
    "reference_counts",
    "reference_filterset",
    "render_listing",
    "shown",
    "terms_of",
]
