"""The SQL reference of a listing: a django-filter FilterSet generated from a catalogue's
declaration, stating in SQL what the engine answers from its bitsets (docs/facets.md, "The
SQL reference").

Its rows are the visible ones; each facet keeps the rows with any of the values chosen
(through the facet's path, or its `pairs` where it declares them), a region those of the
regions inside it; the years bound the year field; the sort orders them. It does no text.
The property tests (tests/test_listing_reference.py) hold the engine to it: the same ids in
the same order, the same count for every facet value. It is never on the request path: it
asks PostgreSQL a query per facet where the engine does an AND and a popcount.
"""

import functools
import types
from collections.abc import Callable, Iterable

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django_filters.widgets import RangeWidget

from .catalogue import Catalogue
from .definitions import Facet, Sort, Term


class KeysField(forms.MultipleChoiceField):
    """A facet's values as given. Which of them the facet takes depends on the rows, so the
    filter says (FacetFilter.keys); none is refused, as the listing refuses none."""

    def valid_value(self, value):
        return True


class FacetFilter(django_filters.Filter):
    """One facet: OR within its values, each value with the values inside it (roll-up)."""

    field_class = KeysField

    def __init__(self, facet: Facet, visible: Callable[[], QuerySet]):
        super().__init__(field_name=facet.name, label=facet.label)
        self.facet, self.visible = facet, visible

    @functools.cached_property
    def terms(self) -> dict[str, Term]:
        # A FilterSet copies its filters, so this is read once per FilterSet.
        return {term.key: term for term in self.facet.terms()}

    def filter(self, qs, value):
        keys = self.keys(value)
        return qs.filter(self.having(keys)) if keys else qs

    def keys(self, values: Iterable[str] | None) -> list[str]:
        """The keys of the values the facet takes: a term's, one some visible row has, or a
        valid value under its proper key (`other`: "cd" is CD); the rest are left out."""
        raws = [raw for raw in dict.fromkeys(values or []) if raw]
        present = self.in_data([raw for raw in raws if raw not in self.terms])
        keys = []
        for raw in raws:
            if raw in self.terms or raw in present:
                keys.append(raw)
            elif self.facet.other and (term := self.facet.other(raw)):
                keys.append(term.key)
        return list(dict.fromkeys(keys))

    def values(self, chosen: Iterable[str]) -> list[str]:
        """The values the listing counts: the terms, those in the data, those chosen."""
        listed = [*self.terms, *sorted(self.in_data() - self.terms.keys())]
        return list(dict.fromkeys([*listed, *self.keys(chosen)]))

    def having(self, keys: list[str]) -> Q:
        """The rows with any of these values, or of the values inside them."""
        keys = self.rolled_up(keys)
        if self.facet.pairs:
            sql, params = self.pairs_sql()
            rows = RawSQL(
                f"SELECT id FROM {sql} WHERE key::text = ANY(%s::text[])", [*params, keys]
            )
            return Q(pk__in=rows)
        model = self.visible().model
        return Q(pk__in=model._base_manager.filter(**{f"{self.facet.path}__in": keys}).values("pk"))

    def rolled_up(self, keys: list[str]) -> list[str]:
        """These keys and those of the terms inside them, at any depth (Africa: the Great Lakes
        and what the Great Lakes hold)."""
        inside: dict[str, list[str]] = {}
        for term in self.terms.values():
            if term.parent:
                inside.setdefault(term.parent, []).append(term.key)
        found: set[str] = set()
        todo = list(keys)
        while todo:
            key = todo.pop()
            if key not in found:
                found.add(key)
                todo += inside.get(key, [])
        return sorted(found)

    def in_data(self, raws: list[str] | None = None) -> set[str]:
        """The values some visible row has (of raws, if given); no value is no key."""
        if raws is not None and not raws:
            return set()
        if self.facet.pairs:
            sql, params = self.pairs_sql()
            among = "" if raws is None else " AND key::text = ANY(%s::text[])"
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT DISTINCT key::text FROM {sql} "
                    f"WHERE key IS NOT NULL AND key::text <> ''{among}",
                    [*params, *([] if raws is None else [raws])],
                )
                return {key for (key,) in cursor.fetchall()}
        found = self.visible().order_by().values_list(self.facet.path, flat=True)
        if raws is not None:
            found = found.filter(**{f"{self.facet.path}__in": raws})
        return {str(key) for key in found.distinct() if key not in (None, "")}

    def pairs_sql(self) -> tuple[str, list]:
        """The facet's (pk, value) pairs of the visible rows as a FROM item: its `pairs` may
        unnest an array, which no WHERE can filter on, so they are read as a subquery."""
        pairs = self.facet.pairs_of(self.visible()).order_by()
        sql, params = pairs.query.sql_with_params()
        return f"({sql}) AS pairs(id, key)", list(params)


class YearsField(forms.MultiValueField):
    """year_min and year_max, each a four-digit year or left out; swapped when reversed."""

    widget = RangeWidget  # the parameters year_min and year_max

    def __init__(self, **kwargs):
        bounds = [forms.IntegerField(required=False, min_value=1000, max_value=9999) for _ in "mm"]
        super().__init__(bounds, require_all_fields=False, **kwargs)

    def clean(self, value):
        years: list[int | None] = []
        for field, raw in zip(self.fields, value or [None, None], strict=True):
            try:
                years.append(field.clean(raw))
            except ValidationError:  # a bound that is no year is left out, not refused
                years.append(None)
        low, high = years
        if low is not None and high is not None and low > high:
            low, high = high, low
        return low, high


class YearsFilter(django_filters.Filter):
    """The rows whose year is within the bounds given; with a bound, rows without a year are
    out."""

    field_class = YearsField

    def filter(self, qs, value):
        low, high = value or (None, None)
        if low is not None:
            qs = qs.filter(**{f"{self.field_name}__gte": low})
        if high is not None:
            qs = qs.filter(**{f"{self.field_name}__lte": high})
        return qs


class SortFilter(django_filters.ChoiceFilter):
    """One of the catalogue's orders; relevance, which needs text, is none of them here."""

    def __init__(self, sorts: Iterable[Sort]):
        self.orderings = {sort.key: sort.ordering for sort in sorts if sort.ordering}
        super().__init__(choices=[(key, key) for key in self.orderings], label="sort")

    def filter(self, qs, value):
        return qs.order_by(*self.orderings[value]) if value in self.orderings else qs


class ReferenceFilterSet(django_filters.FilterSet):
    """The FilterSets reference_filterset() generates: their rows are the catalogue's
    visible ones, in its first order unless a sort is chosen."""

    catalogue: Catalogue

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            first = next(sort for sort in self.catalogue.sorts.values() if sort.ordering)
            queryset = self.catalogue.visible().order_by(*first.ordering)
        super().__init__(data, queryset, **kwargs)


def reference_filterset(catalogue: Catalogue) -> type[django_filters.FilterSet]:
    """The FilterSet of a catalogue's declaration: a filter per facet, the years when it has
    a year field, its sorts."""
    filters: dict[str, django_filters.Filter] = {
        facet.name: FacetFilter(facet, catalogue.visible) for facet in catalogue.facets
    }
    if catalogue.year_field:
        filters["year"] = YearsFilter(field_name=catalogue.year_field)  # year_min, year_max
    filters["sort"] = SortFilter(catalogue.sorts.values())
    attributes = {"catalogue": catalogue, "__module__": __name__, **filters}
    return types.new_class(
        f"{catalogue.name.title()}ReferenceFilterSet",
        (ReferenceFilterSet,),
        exec_body=lambda namespace: namespace.update(attributes),
    )


def reference_counts(catalogue: Catalogue, data: QueryDict) -> dict[str, dict[str, int]]:
    """Every facet value's count as the engine counts without text (docs/facets.md,
    "Counts"): the rows the FilterSet finds with the facet's selection replaced by that value
    alone, every other facet's selection and the years applied: one count query a facet."""
    filterset = reference_filterset(catalogue)
    counts = {}
    for facet in catalogue.facets:
        others = data.copy()
        others.pop(facet.name, None)
        rest = filterset(others)
        values = rest.filters[facet.name].values(data.getlist(facet.name))
        having = rest.filters[facet.name].having
        found = rest.qs.aggregate(
            **{f"v{n}": Count("pk", filter=having([key])) for n, key in enumerate(values)}
        )
        counts[facet.name] = {key: found[f"v{n}"] for n, key in enumerate(values)}
    return counts
