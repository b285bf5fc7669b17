"""What a listing page shows besides its rows: facet values with counts, the active filters
as chips, ways out of an empty result, filters the query's words name, the page links."""

import functools
import heapq
import re
from dataclasses import dataclass

from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import textquery


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
    label: str
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
    facet_label: str
    remove_query: str
    count_without: int = 0  # the results there would be without this filter


@dataclass
class FilterSuggestion:
    """A vocabulary term the query names, offered as a filter instead of words."""

    facet_label: str
    label: str
    query: str


def context(search):
    """What the listing template (templates/listing.html) shows besides the results."""
    chip_list = chips(search)
    years = search.index.years
    return {
        "search": search,
        "chips": chip_list,
        "relaxations": relaxations(search, chip_list),
        "filter_suggestions": filter_suggestions(search),
        "suggestion": None if search.corrected_from else search.suggestion,
        "sorts": [
            s for key, s in search.catalogue.sorts.items() if key != "relevance" or search.query
        ],
        "year_bounds": (min(years, default=""), max(years, default="")),
    }


def chips(search):
    """The active filters, each with the query string that removes it and how many results
    there would be without it."""
    found = []
    labels = {f.name: f.label for f in search.catalogue.facets}
    for name, keys in search.selected.items():
        for key in keys:
            rest = [k for k in keys if k != key]
            without = search.filtered(name, search.index.union(name, rest) if rest else None)
            found.append(
                Chip(
                    search.terms[name][key].label,
                    labels[name],
                    _query_string(search, (name, key)),
                    search.results_in(without).bit_count(),
                )
            )
    if search.year_min is not None or search.year_max is not None:
        without = search.filtered(years=search.index.universe)
        found.append(
            Chip(
                f"{search.year_min or '…'}–{search.year_max or '…'}",
                _("Year"),
                _query_string(search, ("year_min", None), ("year_max", None)),
                search.results_in(without).bit_count(),
            )
        )
    return found


def relaxations(search, chip_list, enough=3):
    """No dead ends: when there are fewer than enough results, the single filters whose
    removal would give more, with how many, most first."""
    if search.total >= enough:
        return []
    better = [chip for chip in chip_list if chip.count_without > search.total]
    return sorted(better, key=lambda chip: -chip.count_without)


def _query_string(search, *drop):
    """The search's query string without the given (parameter, value) pairs (None: all)."""
    params = search.params.copy()
    for name, value in drop:
        if value is None:
            params.pop(name, None)
        else:
            params.setlist(name, [v for v in params.getlist(name) if v != value])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def filter_suggestions(search):
    """The vocabulary terms the query names ("tin", "étain", "step 4", "Great Lakes"), each
    as a filter that replaces its words, keeping the rest of the query."""
    if not search.text:
        return []
    names = _term_names(search)
    fillers = textquery.fillers_for(search.language)
    tokens = _plain_words(search.query)
    words = [word for word, _, _ in tokens]
    found, i = [], 0
    longest = max((len(k) for k in names), default=0)
    while i < len(tokens):
        matched = textquery.longest_term(words, i, longest, names.get, fillers)
        if not matched:
            i += 1
            continue
        size, hit = matched
        # The filler words just before go too: "fondeurs d'étain" → "fondeurs".
        first = i
        while first > 0 and words[first - 1] in fillers:
            first -= 1
        found.append((hit, tokens[first][1], tokens[i + size - 1][2]))
        i += size
    suggestions, seen = [], set()
    labels = {f.name: f.label for f in search.catalogue.facets}
    for (facet, key), start, end in found:
        if (facet, key) in seen or key in search.selected.get(facet, []):
            continue
        if not search.index.facets[facet].get(key, 0):
            continue
        seen.add((facet, key))
        params = search.params.copy()
        params["q"] = " ".join((search.query[:start] + " " + search.query[end:]).split())
        if not params["q"]:
            del params["q"]
        params.setlist(facet, [*params.getlist(facet), key])
        params.pop("page", None)
        term = search.terms[facet][key]
        suggestions.append(FilterSuggestion(labels[facet], term.label, f"?{params.urlencode()}"))
    return suggestions


def _term_names(search):
    """{folded words: (facet, key)} for the names, in both languages, of the values of the
    short facets, and for the thesaurus terms of concepts tied to such a value."""
    names = {}
    short = {f.name for f in search.catalogue.facets if not f.long}
    for folded, (facet, key) in search.thesaurus.filters.items():
        if facet in short and key in search.terms[facet]:
            names.setdefault(folded, (facet, key))
    for facet in short:
        for key, term in search.terms[facet].items():
            for name in term.names:
                folded = textquery.key(textquery.words(name))
                if folded:
                    names.setdefault(folded, (facet, key))
    return names


def _plain_words(text):
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


def page_window(search):
    """Page numbers to link: the first, the last and two each side of the current one; None
    marks a gap."""
    shown = {1, search.pages, *range(search.page - 2, search.page + 3)}
    window, previous = [], 0
    for number in sorted(n for n in shown if 1 <= n <= search.pages):
        if number - previous > 1:
            window.append(None)
        window.append(number)
        previous = number
    return window


def as_facets_json(search):
    return {
        facet.name: [
            {"value": v.key, "label": v.label, "count": v.count, "selected": v.selected}
            for v in facet.values
        ]
        for facet in search.facets
    }
