"""What a listing page shows besides its rows: facet values with counts, the active filters
as chips, ways out of an empty result, filters the query's words name, the page links.

It reads a SearchView, the figures and labels a search worked out (Search.view), and never
the search's sets of rows."""

import functools
import heapq
import re
from dataclasses import dataclass
from typing import Any

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import textquery
from .definitions import Sort, Term


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    nested: bool = False  # part of the value above it (a sub-region)
    dom_id: str = ""  # its checkbox's id


@dataclass
class FacetResult:
    """A facet's values with their counts. Each value is (key, term, count, selected), in the
    terms' order; a long facet shows the most frequent first, and only its first ten unless
    asked for in full: hundreds of publishers or partners cost more to render, and to make
    into objects, than the search does to count."""

    name: str
    label: str | Promise
    entries: list  # (key, term, count, selected)
    long: bool
    expanded: bool = False  # a long facet asked for in full (?more=publisher)

    @functools.cached_property
    def offered(self):
        """The entries the page offers: a value with no result, and not selected, is left out
        (ticking it could only empty the page). The JSON export keeps every value."""
        return [entry for entry in self.entries if entry[2] or entry[3]]

    @property
    def empty(self):
        """Nothing to offer: the page leaves the facet out."""
        return not self.offered

    @staticmethod
    def _rank(entry):
        return (not entry[3], -entry[2])  # selected first, then the most frequent

    def _value(self, entry):
        key, term, count, selected = entry
        dom_id = f"f-{self.name}-{slugify(key)}"
        return FacetValue(key, term.label, count, selected, term.colour, bool(term.parent), dom_id)

    @functools.cached_property
    def values(self):
        """Every value, in the order shown (ties keep the terms' order)."""
        entries = sorted(self.entries, key=self._rank) if self.long else self.entries
        return [self._value(entry) for entry in entries]

    @functools.cached_property
    def cut(self):
        """How many values show: all of a short facet, or of a long one asked for in full;
        of another long one the first ten, or more when more are selected."""
        if not self.long or self.expanded:
            return len(self.offered)
        return max(10, sum(1 for entry in self.offered if entry[3]))

    @functools.cached_property
    def shown(self):
        """The values on the page: those offered, of a long facet the first few."""
        if not self.long:
            return [self._value(entry) for entry in self.offered]
        if self.expanded:
            return [self._value(entry) for entry in sorted(self.offered, key=self._rank)]
        # The first few of a sort, without sorting (or making objects of) all of them.
        return [self._value(e) for e in heapq.nsmallest(self.cut, self.offered, key=self._rank)]

    @property
    def hidden_count(self):
        return max(0, len(self.offered) - self.cut)

    @property
    def collapsible(self):
        """A long facet asked for in full that has more than its first ten to fold away."""
        return self.expanded and len(self.offered) > 10


@dataclass
class Chip:
    label: str
    facet_label: str | Promise
    remove_query: str
    count_without: int = 0  # the results there would be without this filter


@dataclass
class FilterSuggestion:
    """A vocabulary term the query names, offered as a filter instead of words."""

    facet_label: str | Promise
    label: str
    query: str


Folded = tuple[str, ...]  # a name's words, normalised and folded (textquery.key)


@dataclass(frozen=True)
class SearchView:
    """What a listing page shows of a search besides its rows, as the search worked it out."""

    params: QueryDict  # the query string
    query: str  # the text, as cleaned
    language: str  # of the page
    has_text: bool
    total: int
    page: int
    pages: int
    facets: list[FacetResult]
    labels: dict[str, str | Promise]  # {facet: its heading}
    selected: dict[str, list[str]]  # {facet: the keys chosen}
    terms: dict[str, dict[str, Term]]  # {facet: {key: its value}}
    year_min: int | None
    year_max: int | None
    year_bounds: tuple[int | str, int | str]  # the first and last years of the visible rows
    sorts: list[Sort]  # the orders offered
    without: dict[tuple[str, str], int]  # results without a selected value; ("year", "")
    in_use: dict[str, frozenset[str]]  # {short facet: the keys some visible row has}
    filters: dict[Folded, tuple[str, str]]  # the thesaurus's {term: (facet, key)} it names


def context(view: SearchView) -> dict[str, Any]:
    """What the listing template (templates/listing.html) shows besides the results."""
    chip_list = chips(view)
    return {
        "chips": chip_list,
        "relaxations": relaxations(view, chip_list),
        "filter_suggestions": filter_suggestions(view),
        "sorts": view.sorts,
        "year_bounds": view.year_bounds,
    }


def chips(view: SearchView) -> list[Chip]:
    """The active filters, each with the query string that removes it and how many results
    there would be without it."""
    found = [
        Chip(
            view.terms[name][key].label,
            view.labels[name],
            _query_string(view.params, (name, key)),
            view.without[name, key],
        )
        for name, keys in view.selected.items()
        for key in keys
    ]
    if view.year_min is not None or view.year_max is not None:
        found.append(
            Chip(
                f"{view.year_min or '…'}–{view.year_max or '…'}",
                _("Year"),
                _query_string(view.params, ("year_min", None), ("year_max", None)),
                view.without["year", ""],
            )
        )
    return found


def relaxations(view: SearchView, chip_list: list[Chip], enough: int = 3) -> list[Chip]:
    """No dead ends: when there are fewer than enough results, the single filters whose
    removal would give more, with how many, most first."""
    if view.total >= enough:
        return []
    better = [chip for chip in chip_list if chip.count_without > view.total]
    return sorted(better, key=lambda chip: -chip.count_without)


def _query_string(params: QueryDict, *drop: tuple[str, str | None]) -> str:
    """The query string without the given (parameter, value) pairs (None: all)."""
    params = params.copy()
    for name, value in drop:
        if value is None:
            params.pop(name, None)
        else:
            params.setlist(name, [v for v in params.getlist(name) if v != value])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def filter_suggestions(view: SearchView) -> list[FilterSuggestion]:
    """The vocabulary terms the query names ("tin", "étain", "step 4", "Great Lakes"), each
    as a filter that replaces its words, keeping the rest of the query."""
    if not view.has_text:
        return []
    suggestions, seen = [], set()
    for (facet, key), start, end in _named(view):
        if (facet, key) in seen or key in view.selected.get(facet, []):
            continue
        if key not in view.in_use[facet]:
            continue
        seen.add((facet, key))
        params = view.params.copy()
        params["q"] = " ".join((view.query[:start] + " " + view.query[end:]).split())
        if not params["q"]:
            del params["q"]
        params.setlist(facet, [*params.getlist(facet), key])
        params.pop("page", None)
        term = view.terms[facet][key]
        suggestions.append(
            FilterSuggestion(view.labels[facet], term.label, f"?{params.urlencode()}")
        )
    return suggestions


def _named(view: SearchView) -> list[tuple[tuple[str, str], int, int]]:
    """((facet, key), start, end) of the values the query's words name, in the query's
    order, with the filler words just before ("fondeurs d'étain" → "fondeurs")."""
    names = _term_names(view)
    fillers = textquery.fillers_for(view.language)
    tokens = _plain_words(view.query)
    words = [word for word, _, _ in tokens]
    found, i = [], 0
    longest = max((len(k) for k in names), default=0)
    while i < len(tokens):
        matched = textquery.longest_term(words, i, longest, names.get, fillers)
        if not matched:
            i += 1
            continue
        size, hit = matched
        first = i
        while first > 0 and words[first - 1] in fillers:
            first -= 1
        found.append((hit, tokens[first][1], tokens[i + size - 1][2]))
        i += size
    return found


def _term_names(view: SearchView) -> dict[Folded, tuple[str, str]]:
    """{folded words: (facet, key)} for the names, in both languages, of the values of the
    short facets, and for the thesaurus terms of concepts tied to such a value."""
    names: dict[Folded, tuple[str, str]] = {}
    for folded, (facet, key) in view.filters.items():
        if facet in view.in_use and key in view.terms[facet]:
            names.setdefault(folded, (facet, key))
    for facet in view.in_use:
        for key, term in view.terms[facet].items():
            for name in term.names:
                folded = _folded(name)
                if folded:
                    names.setdefault(folded, (facet, key))
    return names


@functools.lru_cache(maxsize=10_000)
def _folded(name: str) -> Folded:
    """A value's name as textquery.key() folds its words: the same few hundred names on
    every page with text, where folding them each time cost more than the search."""
    return textquery.key(textquery.words(name))


def _plain_words(text: str) -> list[tuple[str, int, int]]:
    """(normalised word, start, end) of the words a query asks for: not those excluded with a
    minus sign."""
    found = []
    for token in re.finditer(r'-?"[^"]*"?|\S+', text):
        if token[0].startswith("-"):
            continue
        for word in re.finditer(r"\w+", token[0]):
            start = token.start() + word.start()
            found.append((textquery.normalise(word[0]), start, start + len(word[0])))
    return found


def page_window(view: SearchView) -> list[int | None]:
    """Page numbers to link: the first, the last and two each side of the current one; None
    marks a gap."""
    shown = {1, view.pages, *range(view.page - 2, view.page + 3)}
    window: list[int | None] = []
    previous = 0
    for number in sorted(n for n in shown if 1 <= n <= view.pages):
        if number - previous > 1:
            window.append(None)
        window.append(number)
        previous = number
    return window


def as_facets_json(view: SearchView) -> dict[str, list[dict[str, Any]]]:
    return {
        facet.name: [
            {"value": v.key, "label": v.label, "count": v.count, "selected": v.selected}
            for v in facet.values
        ]
        for facet in view.facets
    }
